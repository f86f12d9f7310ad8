import { css } from 'lit';

/**
 * Layout of `<agenda-ateliers>`: search, level switch, bar (filters, views), then the list by day, the week
 * (seven columns from 48 rem of the element's own width, one day under the other below) or the map. Print shows
 * the list without buttons, or only the poster (large type, A4 or A3).
 */
export const styles = css`
  :host {
    --_hauteur-carte: var(--kit-agenda-carte-hauteur, 28rem);
    --_succes: var(--kit-couleur-succes, var(--text-default-success, #18753c));
    --_avertissement: var(--kit-couleur-avertissement, var(--text-default-warning, #b34000));
  }
  .racine {
    container-type: inline-size;
  }
  .titre {
    color: var(--_titre);
    font-weight: 700;
    font-size: 1.125rem;
    margin: 1rem 0 0.25rem;
  }
  .titre:focus {
    outline: none;
  }
  .titre:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .titre-principal {
    font-size: 1.5rem;
    margin-top: 0;
  }
  .titre-groupe {
    font-size: 1.375rem;
    border-bottom: 2px solid var(--_action);
    padding-bottom: 0.25rem;
    margin-top: 1.5rem;
  }
  .titre-jour {
    font-size: 1.25rem;
  }
  .titre-seance {
    margin-top: 0;
    font-size: 1.125rem;
  }
  p {
    margin: 0.25rem 0;
  }
  .intro {
    margin-bottom: 1rem;
  }
  .aide {
    font-size: 0.875rem;
    margin: 0 0 0.25rem;
  }
  label {
    cursor: pointer;
  }
  .recherche label,
  .champ label {
    display: block;
    font-weight: 700;
  }
  input:not([type='checkbox'], [type='radio']),
  select {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    max-width: 100%;
    border: 1px solid var(--_texte);
    border-radius: var(--_rayon);
    background: var(--_fond);
    color: var(--_texte);
  }
  input[type='search'] {
    width: min(100%, 32rem);
  }
  [type='checkbox'],
  [type='radio'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_action);
  }
  .case {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }
  .niveau {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5rem;
    margin: 0.75rem 0;
    padding: 0.5rem 0.75rem;
    background: var(--_info);
    border-radius: var(--_rayon);
  }
  .niveau label {
    font-weight: 700;
    flex: 1 1 12rem;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
  }
  .niveau .aide {
    flex-basis: 100%;
  }
  .barre,
  .actions,
  .actions-seance,
  .semaine-tete {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0.75rem 0;
  }
  .vues {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .vues button {
    border: 1px solid var(--_action);
    background: var(--_fond);
    color: var(--_lien);
  }
  .vues button[aria-pressed='true'] {
    background: var(--_action);
    color: var(--_action-texte);
    font-weight: 700;
  }
  .bouton-secondaire:disabled {
    border-color: var(--_bordure);
    color: var(--_texte);
    cursor: not-allowed;
    opacity: 0.75;
  }
  .compte {
    font-weight: 700;
    margin: 0.5rem 0;
  }
  .alerte {
    color: var(--_erreur);
    background: var(--_erreur-fond);
    padding: 0.5rem 0.75rem;
    border-radius: var(--_rayon);
  }
  .info,
  .etat {
    background: var(--_info);
    padding: 0.5rem 0.75rem;
    border-radius: var(--_rayon);
  }
  .vide {
    padding: 1rem;
    border: 1px dashed var(--_bordure);
    border-radius: var(--_rayon);
  }
  .rejets {
    margin: 0.5rem 0;
    font-size: 0.875rem;
  }
  .rejets summary {
    cursor: pointer;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
  }
  ul.seances,
  .semaine-grille,
  .semaine-jour ul,
  .reperes {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.seances > li {
    margin: 0 0 0.75rem;
  }
  .seance {
    border: 1px solid var(--_bordure);
    border-inline-start: 0.375rem solid var(--_action);
    border-radius: var(--_rayon);
    padding: 0.75rem 1rem;
    overflow-wrap: anywhere;
  }
  .seance.inactive {
    border-inline-start-color: var(--_erreur);
  }
  .seance.inactive .titre-seance > :not(.marque-statut) {
    text-decoration: line-through;
  }
  .marque-statut {
    display: inline-block;
    margin-inline-end: 0.5rem;
    padding: 0 0.5rem;
    border: 2px solid currentColor;
    border-radius: var(--_rayon);
    color: var(--_erreur);
    text-transform: uppercase;
    font-size: 0.875rem;
  }
  .statut-complet .marque-statut {
    color: var(--_avertissement);
  }
  .quand {
    font-weight: 700;
  }
  .statut-aide {
    color: var(--_erreur);
  }
  .reperes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0.5rem 0;
  }
  .reperes li {
    padding: 0 0.5rem;
    border-radius: var(--_rayon);
    background: var(--_fond-contraste);
    font-size: 0.875rem;
  }
  .reperes .places {
    color: var(--_succes);
    font-weight: 700;
    background: none;
    border: 1px solid currentColor;
  }
  .adequation {
    font-size: 0.9375rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid var(--_succes);
  }
  .adequation-plus-avance {
    border-inline-start-color: var(--_avertissement);
  }
  .inscription .liens {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .inscription a,
  .seance a:not(.bouton-secondaire) {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
  }
  .details {
    margin-top: 0.5rem;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_bordure);
  }
  .plus {
    margin: 0.5rem 0 1rem;
  }
  .exports {
    margin-top: 1.5rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_bordure);
  }
  @media (forced-colors: active) {
    .vues button[aria-pressed='true'] {
      border-width: 3px;
    }
  }
  @media print {
    :host {
      color: #000;
      font-size: 12pt;
    }
    .controles,
    .actions,
    .actions-seance,
    .exports,
    .form-affiche,
    .rejets,
    .niveau,
    .carte,
    .semaine-tete button,
    button.plus {
      display: none !important;
    }
    .seance {
      break-inside: avoid;
      border-inline-start-width: 2px;
    }
  }
`;
