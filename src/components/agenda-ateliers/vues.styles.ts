import { css } from 'lit';

/**
 * Styles of the views loaded on demand (vues.ts): filter panel, week, map, poster form and the printed poster.
 * Adopted into the element's shadow root when those views arrive.
 */
export const stylesVues = css`
  .lien-bouton {
    background: none;
    border: none;
    color: var(--_lien);
    text-decoration: underline;
    padding: 0.25rem;
    text-align: start;
  }
  .filtres,
  .form-affiche {
    border: 1px solid var(--_bordure);
    border-radius: var(--_rayon);
    padding: 0.75rem 1rem;
    margin: 0.5rem 0 1rem;
  }
  .filtres {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: 0.5rem 1.5rem;
    align-items: start;
  }
  .filtres > .titre,
  .filtres > .actions {
    grid-column: 1 / -1;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .champ {
    margin-bottom: 0.5rem;
  }

  /* Week: one day under the other when narrow; seven columns when the element is wide enough. */
  .semaine-tete .titre {
    margin: 0;
    flex: 1 1 12rem;
    text-align: center;
  }
  /* « ‹ Semaine précédente » / « Semaine suivante › »: the arrows point the other way in right-to-left. */
  :host([dir='rtl']) .fleche {
    display: inline-block;
    transform: scaleX(-1);
  }
  .semaine-grille {
    display: grid;
    gap: 0.5rem;
  }
  .semaine-jour {
    border: 1px solid var(--_bordure);
    border-radius: var(--_rayon);
    padding: 0.5rem;
    min-width: 0;
  }
  .semaine-jour.aujourdhui {
    border: 2px solid var(--_action);
  }
  .semaine-jour.hors {
    background: var(--_fond-contraste);
  }
  .titre-jour-court {
    margin: 0 0 0.25rem;
    font-size: 1rem;
    text-transform: capitalize;
  }
  .semaine-seance {
    display: block;
    width: 100%;
    text-align: start;
    margin: 0 0 0.25rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_action);
    background: var(--_fond);
    color: var(--_lien);
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }
  .semaine-seance[aria-expanded='true'] {
    background: var(--_info);
  }
  .semaine-seance.statut-annule,
  .semaine-seance.statut-reporte {
    border-color: var(--_erreur);
    color: var(--_erreur);
  }
  .heure {
    font-weight: 700;
  }
  .semaine-vide {
    font-size: 0.875rem;
  }
  .semaine-detail {
    margin-top: 1rem;
  }
  @container (min-width: 48rem) {
    .semaine-grille {
      grid-template-columns: repeat(7, minmax(0, 1fr));
    }
    .semaine-seance {
      font-size: 0.875rem;
    }
  }
  .carte {
    position: relative;
  }
  .carte-maplibre {
    height: min(var(--_hauteur-carte), 70vh);
    width: 100%;
    border: 1px solid var(--_bordure);
    border-radius: var(--_rayon);
    background: #eef2f5;
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

  .affiche {
    display: none;
  }
  @media print {
    .imprime-affiche .ecran {
      display: none;
    }
    .imprime-affiche .affiche {
      display: block;
      color: #000;
      font-size: 16pt;
      line-height: 1.35;
    }
    .affiche-A3 {
      font-size: 22pt !important;
    }
    .affiche h1 {
      font-size: 2.2em;
      margin: 0 0 0.2em;
    }
    .affiche-periode {
      font-size: 1.2em;
      margin-bottom: 0.8em;
    }
    .affiche-jour {
      break-inside: avoid;
      border-top: 2px solid #000;
      padding-top: 0.3em;
      margin-bottom: 0.6em;
    }
    .affiche h2 {
      font-size: 1.3em;
      margin: 0 0 0.2em;
    }
    .affiche ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .affiche li {
      margin-bottom: 0.3em;
    }
    .affiche-heure {
      display: inline-block;
      min-width: 7.5em;
      font-weight: 700;
    }
    .affiche-infos {
      display: block;
      padding-inline-start: 7.5em;
      font-size: 0.85em;
    }
    .affiche-pied {
      margin-top: 1em;
      font-size: 0.8em;
    }
  }
`;
