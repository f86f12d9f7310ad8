import { css } from 'lit';

/**
 * Layout of `<carte-mediation>`: search, bar, filters, then list and map side by side from 768 px (the
 * element's own width, not the window's: it may sit in a column), one at a time below. Print shows only the
 * paper version: large text, no map, no buttons.
 */
export const styles = css`
  :host {
    --_hauteur: var(--kit-carte-hauteur, 32rem);
    --_succes: var(--kit-couleur-succes, var(--text-default-success, #18753c));
    --_avertissement: var(--kit-couleur-avertissement, var(--text-default-warning, #b34000));
  }
  .titre-1,
  .titre-2 {
    color: var(--_titre);
    font-size: 1.5rem;
    font-weight: 700;
    margin: 0 0 0.75rem;
  }
  .titre-3,
  .titre-4,
  .titre-5,
  .titre-6 {
    color: var(--_titre);
    font-size: 1.125rem;
    font-weight: 700;
    margin: 1rem 0 0.25rem;
  }
  .ligne {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }
  .recherche {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: flex-end;
    margin-bottom: 0.5rem;
  }
  .recherche .champ {
    flex: 1 1 18rem;
    min-width: 0;
  }
  .recherche label {
    display: block;
    font-weight: 700;
  }
  .aide {
    margin: 0;
    font-size: 0.875rem;
  }
  input[type='search'],
  select,
  .lien-copie {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_texte);
    border-radius: var(--_rayon);
    background: var(--_fond);
    color: var(--_texte);
    max-width: 100%;
  }
  input[type='search'] {
    flex: 1 1 10rem;
    min-width: 0;
  }
  label.rayon {
    display: flex;
    flex-direction: column;
  }
  .message {
    flex-basis: 100%;
    margin: 0;
    min-height: 1.5rem;
  }
  .message.erreur {
    color: var(--_erreur);
    font-weight: 700;
  }
  .lien-bouton {
    background: none;
    border: none;
    color: var(--_lien);
    text-decoration: underline;
    padding: 0.5rem 0;
    text-align: start;
    min-width: 0;
  }
  .barre {
    margin: 0.5rem 0;
  }
  .bascule {
    display: inline-flex;
  }
  .bascule button {
    border: 1px solid var(--_action);
    background: var(--_fond);
    color: var(--_lien);
    border-radius: 0;
  }
  .bascule button[aria-pressed='true'] {
    background: var(--_action);
    color: var(--_action-texte);
  }
  .puces {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0;
    margin: 0.5rem 0;
  }
  .puce {
    border: 1px solid var(--_bordure);
    background: var(--_info);
    color: var(--_titre);
    border-radius: 1.5rem;
    padding: 0.25rem 0.75rem;
    text-align: start;
  }
  .puce.effacer {
    background: var(--_fond);
    color: var(--_lien);
    text-decoration: underline;
  }
  .compte {
    margin: 0.25rem 0;
  }
  .filtres {
    border: 1px solid var(--_bordure);
    border-radius: var(--_rayon);
    padding: 1rem;
    margin-bottom: 1rem;
  }
  fieldset {
    border: none;
    padding: 0;
    margin: 0 0 1rem;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .options {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: 0 1rem;
  }
  .options li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }
  .options input {
    width: 1.5rem;
    height: 1.5rem;
    flex: none;
    margin: 0;
    accent-color: var(--_action);
  }
  .nombre {
    font-variant-numeric: tabular-nums;
  }
  .jour-moment {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    margin-top: 0.5rem;
  }
  .jour-moment label {
    display: flex;
    flex-direction: column;
  }
  .vues {
    display: flex;
    gap: 1rem;
    align-items: stretch;
  }
  .panneau {
    flex: 1 1 22rem;
    min-width: 0;
  }
  .large .panneau {
    max-height: var(--_hauteur);
    overflow-y: auto;
    padding-inline-end: 0.25rem;
  }
  .carte {
    flex: 2 1 24rem;
    position: relative;
    min-width: 0;
  }
  .carte[hidden] {
    display: none;
  }
  .carte-maplibre {
    height: var(--_hauteur);
    width: 100%;
    border: 1px solid var(--_bordure);
    border-radius: var(--_rayon);
    background: #eef2f5;
  }
  .etroit .carte-maplibre {
    height: min(var(--_hauteur), 70vh);
  }
  .carte-info {
    position: absolute;
    inset-inline: 0.5rem 3.5rem;
    top: 0.5rem;
    font-size: 0.875rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    background: var(--_fond);
    border: 1px solid var(--_bordure);
    border-radius: var(--_rayon);
  }
  .sans-carte-message {
    background: var(--_info);
    padding: 0.75rem 1rem;
    border-radius: var(--_rayon);
    margin: 0;
    align-self: flex-start;
    flex: 1 1 16rem;
  }
  .etroit .vues,
  .sans-carte .vues {
    flex-direction: column;
  }
  .entete-liste {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 1rem;
  }
  .actions-liste {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .lieux {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .lieu {
    border-bottom: 1px solid var(--_bordure);
    padding: 0.5rem 0 0.75rem;
  }
  .lieu .nom {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
  }
  .lieu .nom button {
    font-weight: 700;
  }
  .lieu p {
    margin: 0.125rem 0;
    overflow-wrap: anywhere;
  }
  .etat.ouvert {
    color: var(--_succes);
    font-weight: 700;
  }
  .a-verifier-etat {
    color: var(--_avertissement);
  }
  .telephone {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    font-weight: 700;
  }
  .telephone span {
    margin-inline-end: 0.25rem;
  }
  .telephone.grand {
    font-size: 1.25rem;
  }
  .plus {
    margin-top: 0.75rem;
  }
  .vide {
    background: var(--_info);
    padding: 0.75rem 1rem;
    border-radius: var(--_rayon);
  }
  .vide p {
    margin: 0.25rem 0;
  }
  .copie {
    flex-basis: 100%;
    margin: 0;
  }
  .lien-copie {
    width: 100%;
  }
  .impression {
    display: none;
  }
`;
