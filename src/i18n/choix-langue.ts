import { html, nothing } from 'lit';
import type { KitElement } from '../base/kit-element.js';
import { codeLangue, LANGUES, NOMS_LANGUES } from './locale.js';

/**
 * The language choice an element shows when the page gives `langues="fr en ar uk"`: one button per language,
 * each written in its own language (with its `lang`, so a screen reader says it right), the current one pressed.
 * Choosing sets the element's `lang`; the file of that language is fetched then, not before.
 */
export function choixLangue(el: KitElement, libelle: string) {
  const offertes = [...new Set((el.langues ?? '').split(/[\s,]+/).filter(Boolean).map(codeLangue))];
  if (offertes.length < 2) return nothing;
  const actuelle = el.code;
  return html`<div class="kit-langues" role="group" aria-label=${libelle}>
    ${LANGUES.filter((l) => offertes.includes(l)).map(
      (l) =>
        html`<button type="button" lang=${l} dir=${l === 'ar' ? 'rtl' : 'ltr'} aria-pressed=${l === actuelle ? 'true' : 'false'}
          @click=${() => l !== actuelle && el.choisirLangue(l)}>${NOMS_LANGUES[l]}</button>`,
    )}
  </div>`;
}
