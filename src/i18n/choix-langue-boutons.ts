import { css, html } from 'lit';
import type { KitElement } from '../base/kit-element.js';
import { codeLangue, LANGUES, type Langue } from './locale.js';

/** Own names, written in each language (shown to people who may not read French). */
export const NOMS_LANGUES: Record<Langue, string> = { fr: 'Français', en: 'English', ar: 'العربية', uk: 'Українська' };

const styles = css`
  .kit-langues {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 1rem;
  }
  .kit-langues button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_action);
    border-radius: var(--_rayon, 0.25rem);
    background: var(--_fond, var(--kit-couleur-fond, var(--background-default-grey, #fff)));
    color: var(--_action);
    cursor: pointer;
  }
  .kit-langues [aria-pressed='true'] {
    background: var(--_action);
    color: var(--_fond, var(--kit-couleur-fond, var(--background-default-grey, #fff)));
  }
`;

/**
 * The buttons of the language choice (src/i18n/choix-langue.ts loads this file only for an element with
 * `langues`): one per language, each written in its own language with its `lang` (so a screen reader says it
 * right), the current one pressed. Its styles join the element's own (a constructed sheet: allowed by a strict CSP).
 */
export function boutonsLangues(el: KitElement, libelle: string) {
  const racine = el.shadowRoot;
  const feuille = styles.styleSheet;
  if (racine && feuille && !racine.adoptedStyleSheets.includes(feuille)) racine.adoptedStyleSheets = [...racine.adoptedStyleSheets, feuille];
  const offertes = new Set(el.langues.split(/[\s,]+/).filter(Boolean).map(codeLangue));
  if (offertes.size < 2) return undefined;
  const actuelle = el.code;
  return html`<div class="kit-langues" role="group" aria-label=${libelle}>
    ${LANGUES.filter((l) => offertes.has(l)).map(
      (l) =>
        html`<button type="button" lang=${l} dir=${l === 'ar' ? 'rtl' : 'ltr'} aria-pressed=${l === actuelle ? 'true' : 'false'}
          @click=${() => l !== actuelle && el.choisirLangue(l)}>${NOMS_LANGUES[l]}</button>`,
    )}
  </div>`;
}
