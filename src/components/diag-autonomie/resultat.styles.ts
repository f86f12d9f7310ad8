import { css } from 'lit';

/** The result screen and the print (alone, or in two languages side by side): adopted when the chunk arrives. */
export const stylesResultat = css`
  .resultat .aide .titre,
  .resultat .suite .titre,
  .resultat .ateliers .titre,
  .resultat .caracteristiques .titre {
    font-size: 1.25rem;
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
  .progres {
    border-inline-start: 4px solid var(--_action);
    padding-inline-start: 0.75rem;
  }
  .garder {
    margin-top: 1.25rem;
  }
  @media print {
    .impression {
      font-size: 16pt;
    }
    /* The person's language and French side by side, each column in its own direction. */
    .deux {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 1.5rem;
      font-size: 13pt;
    }
    .deux .colonne + .colonne {
      border-inline-start: 1px solid #000;
      padding-inline-start: 1.5rem;
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
