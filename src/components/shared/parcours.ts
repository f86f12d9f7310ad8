/**
 * What the step-by-step elements (`<diag-autonomie>`, `<orientation-flow>`) share: one question per screen with
 * big answers, a focusable heading per step, the « Étape n sur m » line with a decorative <progress> (no inline
 * style: they work under a strict CSP), the action row, the print switch; and two small French helpers.
 */
import { css, html } from 'lit';

/** A heading that receives the focus when its step appears (level clamped to 1–6). */
export function renderTitre(id: string, texte: string, niveau: number) {
  return html`<div id=${id} class="titre" role="heading" aria-level=${Math.min(6, Math.max(1, niveau))} tabindex="-1">${texte}</div>`;
}

/** « Étape 3 sur 11 » and a progress bar that only repeats it for the eyes. */
export function renderEtape(texte: string, valeur: number, max: number) {
  return html`<div class="etape" part="etape">
    <p>${texte}</p>
    <progress class="barre" aria-hidden="true" max=${max} .value=${valeur}></progress>
  </div>`;
}

// Shared with the agenda, which does not need the step styles: they live in dates.ts.
export { aujourdhuiDans, heureFr, heureLocale } from './dates.js';

/**
 * Styles of a step-by-step element. Answers are at least 3.5 rem high; the grid's column width comes from
 * `--_reponse-min` (set by each element); everything stacks at 320 px and 200 % zoom.
 */
export const parcoursStyles = css`
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
  .precision {
    display: block;
    font-size: 0.9375rem;
    font-weight: 400;
  }
  .etape p {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
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
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_reponse-min, 15rem)), 1fr));
    gap: 0.75rem;
    margin: 0.75rem 0;
  }
  .reponse {
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
  }
  .bouton-principal {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  .bouton-principal,
  .bouton-secondaire {
    justify-content: center;
  }
  a.bouton-principal {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_rayon);
  }
  .bouton-principal:disabled {
    opacity: 0.6;
    cursor: not-allowed;
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
  .note {
    border-inline-start: 4px solid var(--_action);
    padding-inline-start: 0.75rem;
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
      line-height: 1.4;
    }
  }
`;
