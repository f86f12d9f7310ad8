import { css } from 'lit';

/**
 * What only the diagnosis has on top of the step-by-step styles (shared/parcours.ts): the answers and their icons.
 * The result's and the print's styles come with the result's chunk (resultat.styles.ts).
 */
export const styles = css`
  :host {
    max-width: 48rem;
    --_reponse-min: 15rem;
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
`;
