import { css } from 'lit';

/**
 * Shared host styles. Colours go through three layers: the kit's public custom property, then the DSFR
 * decision token when the page has DSFR, then a light fallback. Sizes in rem; the host's font is inherited.
 */
export const baseStyles = css`
  :host {
    --_texte: var(--kit-couleur-texte, var(--text-default-grey, #3a3a3a));
    --_titre: var(--kit-couleur-titre, var(--text-title-grey, #161616));
    --_action: var(--kit-couleur-action, var(--background-action-high-blue-france, #000091));
    --_action-texte: var(--kit-couleur-action-texte, var(--text-inverted-blue-france, #f5f5fe));
    --_lien: var(--kit-couleur-lien, var(--text-action-high-blue-france, #000091));
    --_bordure: var(--kit-couleur-bordure, var(--border-default-grey, #ddd));
    --_fond: var(--kit-couleur-fond, var(--background-default-grey, #fff));
    --_fond-contraste: var(--kit-couleur-fond-contraste, var(--background-contrast-grey, #eee));
    --_info: var(--kit-couleur-info, var(--background-contrast-info, #e8edff));
    --_erreur: var(--kit-couleur-erreur, var(--text-default-error, #ce0500));
    --_erreur-fond: var(--kit-couleur-erreur-fond, var(--background-contrast-error, #ffe9e9));
    --_focus: var(--kit-couleur-focus, #0a76f6);
    --_rayon: var(--kit-rayon, 0.25rem);
    display: block;
    color: var(--_texte);
    font-family: inherit;
    font-size: 1rem;
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_lien);
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_rayon);
    cursor: pointer;
  }
  .bouton-principal {
    background: var(--_action);
    color: var(--_action-texte);
    border: 2px solid transparent;
  }
  /* The secondary action of every element: a button or a link that looks like one. */
  .bouton-secondaire {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_action);
    border-radius: var(--_rayon);
    background: var(--_fond);
    color: var(--_lien);
    text-decoration: none;
    font: inherit;
  }
  .visuellement-cache {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .bouton-principal {
      border-color: ButtonText;
    }
  }
`;
