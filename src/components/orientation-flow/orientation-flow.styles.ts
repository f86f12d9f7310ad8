import { css } from 'lit';

/** One question per screen, big answers; everything stacks at 320 px and 200 % zoom. */
export const styles = css`
  :host {
    max-width: 52rem;
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
  .resultat .titre:not(#titre-resultat),
  .lieu .titre {
    font-size: 1.25rem;
    margin-top: 1.25rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  fieldset {
    border: 0;
    margin: 0 0 1.25rem;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    width: 100%;
    font-weight: 700;
    margin-bottom: 0.5rem;
  }
  legend .titre {
    font-weight: 700;
  }
  .precision {
    display: block;
    font-size: 0.9375rem;
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
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
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
  .reponse:hover,
  .reponse[aria-current='true'] {
    border-color: var(--_action);
  }
  .reponse[aria-current='true'] {
    background: var(--_info);
  }
  .bouton-principal,
  .bouton-secondaire {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_rayon);
    text-decoration: none;
    font: inherit;
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
  label {
    display: block;
    font-weight: 700;
    margin-top: 0.5rem;
  }
  input[type='text'],
  select,
  textarea {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_texte);
    border-radius: var(--_rayon);
    background: var(--_fond);
    color: var(--_texte);
    max-width: 100%;
  }
  textarea {
    width: 100%;
  }
  .ligne {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .ligne input {
    flex: 1 1 12rem;
  }
  .cases {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.25rem 1rem;
  }
  .cases li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }
  .cases input {
    width: 1.5rem;
    height: 1.5rem;
    flex: none;
  }
  .cases label {
    font-weight: 400;
    margin: 0;
  }
  .message.erreur {
    color: var(--_erreur);
    font-weight: 700;
  }
  .pourquoi,
  .repli {
    background: var(--_info);
    border-radius: var(--_rayon);
    padding: 0.75rem 1rem 0.25rem;
  }
  .lieux {
    padding: 0;
    list-style: none;
    margin: 0;
  }
  .lieu {
    border-top: 1px solid var(--_bordure);
    padding-top: 0.25rem;
  }
  .raisons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    list-style: none;
    padding: 0;
    margin: 0 0 0.5rem;
  }
  .raisons li {
    background: var(--_fond-contraste);
    border-radius: 1rem;
    padding: 0 0.625rem;
    font-size: 0.9375rem;
  }
  .telephone span {
    margin-inline-end: 0.25rem;
  }
  .telephone {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    font-weight: 700;
    font-size: 1.125rem;
  }
  .note {
    border-inline-start: 4px solid var(--_action);
    padding-inline-start: 0.75rem;
  }
  .envoi {
    margin-top: 1.5rem;
  }
  .impression {
    display: none;
  }
  @media print {
    .ecran {
      display: none !important;
    }
    .impression {
      display: block;
      color: #000;
      font-size: 14pt;
      line-height: 1.4;
    }
    .impression-titre {
      font-size: 22pt;
      font-weight: 700;
    }
    .impression-section {
      font-size: 16pt;
      font-weight: 700;
      margin-top: 1rem;
    }
    .impression-lieu {
      break-inside: avoid;
      border-top: 1px solid #000;
      padding-top: 0.5rem;
    }
    .lien {
      word-break: break-all;
      font-size: 10pt;
    }
  }
`;
