import { css } from 'lit';

/**
 * One question per screen, big answers (at least 3.5 rem high, icon and words), readable at 320 px and 200 %
 * zoom: everything stacks, nothing has a fixed width.
 */
export const styles = css`
  :host {
    max-width: 48rem;
  }
  .titre {
    color: var(--_titre);
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 0.75rem;
  }
  .titre:focus {
    outline: none;
  }
  .titre:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .resultat .aide .titre,
  .resultat .suite .titre,
  .resultat .ateliers .titre,
  .resultat .caracteristiques .titre {
    font-size: 1.25rem;
    margin-top: 1.25rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    width: 100%;
  }
  .choix-voix legend {
    font-weight: 700;
    margin-bottom: 0.5rem;
  }
  .precision {
    display: block;
    font-size: 0.9375rem;
    font-weight: 400;
  }
  .etape p {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  /* The progress bar is a <progress> (no inline style: the element works under a strict CSP). */
  .barre {
    display: block;
    appearance: none;
    width: 100%;
    height: 0.5rem;
    border: 0;
    border-radius: 0.25rem;
    background: var(--_fond-contraste);
    margin-bottom: 1.25rem;
    overflow: hidden;
    color: var(--_action);
  }
  .barre::-webkit-progress-bar {
    background: var(--_fond-contraste);
  }
  .barre::-webkit-progress-value {
    background: var(--_action);
  }
  .barre::-moz-progress-bar {
    background: var(--_action);
  }
  .reponses {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: 0.75rem;
    margin: 0.75rem 0;
  }
  .reponse {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 3.5rem;
    padding: 0.75rem 1rem;
    text-align: start;
    font-size: 1.125rem;
    color: var(--_texte);
    background: var(--_fond);
    border: 2px solid var(--_bordure);
    border-radius: var(--_rayon);
  }
  .reponse:hover {
    border-color: var(--_action);
  }
  .reponse[aria-pressed='true'],
  .reponse[aria-current='true'] {
    border-color: var(--_action);
    background: var(--_info);
    box-shadow: inset 0 0 0 1px var(--_action);
  }
  .reponse .icone {
    flex: none;
    color: var(--_action);
  }
  .reponse[aria-pressed='true']::after {
    content: '✓';
    margin-inline-start: auto;
    font-weight: 700;
    color: var(--_action);
  }
  .bouton-principal,
  .bouton-secondaire {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-decoration: none;
  }
  a.bouton-principal,
  a.bouton-secondaire {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_rayon);
  }
  .bouton-principal:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .bouton-secondaire {
    border: 1px solid var(--_action);
    background: var(--_fond);
    color: var(--_lien);
  }
  .bouton-lien {
    background: none;
    border: none;
    color: var(--_lien);
    text-decoration: underline;
    padding-inline: 0.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 1.25rem;
  }
  .aide {
    background: var(--_info);
    border-radius: var(--_rayon);
    padding: 0.25rem 1rem 0.5rem;
    margin: 1rem 0;
  }
  dl {
    margin: 0;
  }
  dt {
    margin-top: 0.5rem;
  }
  dd {
    margin: 0.25rem 0 0.5rem;
  }
  .liens-suite {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .ateliers ul,
  .caracteristiques ul {
    padding-inline-start: 1.25rem;
  }
  .ateliers li {
    margin-bottom: 0.5rem;
  }
  .note,
  .progres {
    border-inline-start: 4px solid var(--_action);
    padding-inline-start: 0.75rem;
  }
  .garder {
    margin-top: 1.25rem;
  }
  .impression {
    display: none;
  }
  @media (forced-colors: active) {
    .reponse[aria-pressed='true'],
    .reponse[aria-current='true'] {
      border-width: 4px;
    }
    .barre {
      forced-color-adjust: auto;
    }
  }
  @media print {
    .ecran {
      display: none !important;
    }
    .impression {
      display: block;
      color: #000;
      font-size: 16pt;
      line-height: 1.4;
    }
    .impression-titre {
      font-size: 24pt;
      font-weight: 700;
    }
    .impression-refaire {
      font-size: 18pt;
      font-weight: 700;
      border: 2px solid #000;
      padding: 0.5rem;
    }
  }
`;
