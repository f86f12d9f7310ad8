import { css } from 'lit';

/** What only the orientation has on top of the step-by-step styles (shared/parcours.ts): the form, the places. */
export const styles = css`
  :host {
    max-width: 52rem;
    --_reponse-min: 16rem;
  }
  .resultat .titre:not(#titre-resultat),
  .lieu .titre {
    font-size: 1.25rem;
    margin-top: 1.25rem;
  }
  fieldset {
    margin-bottom: 1.25rem;
  }
  legend {
    font-weight: 700;
    margin-bottom: 0.5rem;
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
  .envoi {
    margin-top: 1.5rem;
  }
  @media print {
    .impression {
      font-size: 14pt;
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
    /* Two languages side by side: the person's (first, at the start of the line) and French. */
    .impression.deux-langues {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 1.5rem;
      font-size: 12pt;
    }
    .deux-langues .colonne {
      min-width: 0;
      text-align: start;
    }
    .deux-langues .colonne + .colonne {
      border-inline-start: 1px solid #000;
      padding-inline-start: 1.5rem;
    }
    .deux-langues .impression-titre {
      font-size: 18pt;
    }
  }
`;
