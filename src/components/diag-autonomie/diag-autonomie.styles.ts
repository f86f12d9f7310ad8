import { css } from 'lit';

/** What only the diagnosis has on top of the step-by-step styles (shared/parcours.ts): icons, the result. */
export const styles = css`
  :host {
    max-width: 48rem;
    --_reponse-min: 15rem;
  }
  .resultat .aide .titre,
  .resultat .suite .titre,
  .resultat .ateliers .titre,
  .resultat .caracteristiques .titre {
    font-size: 1.25rem;
    margin-top: 1.25rem;
  }
  .choix-voix legend {
    font-weight: 700;
    margin-bottom: 0.5rem;
  }
  .reponse {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .reponse[aria-pressed='true'],
  .reponse[aria-current='true'] {
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
