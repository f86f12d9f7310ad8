import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import { AnnuaireController } from '../../controllers/annuaire-controller.js';
import { BESOINS } from '../../data/besoins.js';
import { compterBesoins } from '../../data/requetes.js';
import type { Rapport } from '../../data/types.js';
import { choixLangue } from '../../i18n/choix-langue.js';
import { decrireAvertissement, decrireRejet } from '../../i18n/decrire.js';
import { fr, type Messages } from '../../i18n/fr.js';
import { typologiesFr } from '../../i18n/typologies.fr.js';
import { baseStyles } from '../../styles/base.js';
import { renderEtatAnnuaire } from '../shared/etat-annuaire.js';

/** At most this many report lines are drawn per list; the count says how many there are in all. */
const LIGNES_MAX = 300;

/**
 * What a directory holds: places per need and per kind of structure, workshops, and the check of the file
 * (records rejected and why, values set aside). For integrators and for the desk page.
 *
 * @tagname annuaire-resume
 * @summary Résumé d’un annuaire : lieux par besoin et par type, ateliers, contrôle du fichier.
 * @attr {string} lang - Langue des textes (fr, en, ar, uk) ; par défaut celle de la page, sinon le français. En arabe, l’élément s’affiche de droite à gauche.
 * @attr {string} langues - Langues proposées à la personne, séparées par des espaces (`fr en ar uk`) ; vide : pas de choix affiché.
 * @csspart etat - Le message de chargement, d’annuaire vide ou d’erreur (avec « Réessayer »).
 * @csspart erreur - Le message d’erreur de chargement (il porte aussi la partie `etat`).
 * @csspart tableau - Les deux tableaux de comptes (par besoin, par type de structure).
 * @csspart rapport - Le contrôle du fichier : enregistrements lus, refusés et remarques.
 * @cssproperty [--kit-couleur-texte=var(--text-default-grey, #3a3a3a)] - Texte.
 * @cssproperty [--kit-couleur-titre=var(--text-title-grey, #161616)] - Titres.
 * @cssproperty [--kit-couleur-action=var(--background-action-high-blue-france, #000091)] - Fond du bouton « Réessayer ».
 * @cssproperty [--kit-couleur-action-texte=var(--text-inverted-blue-france, #f5f5fe)] - Texte du bouton « Réessayer ».
 * @cssproperty [--kit-couleur-bordure=var(--border-default-grey, #ddd)] - Lignes des tableaux.
 * @cssproperty [--kit-couleur-erreur=var(--text-default-error, #ce0500)] - Filet du message d’erreur.
 * @cssproperty [--kit-couleur-erreur-fond=var(--background-contrast-error, #ffe9e9)] - Fond du message d’erreur.
 * @cssproperty [--kit-couleur-focus=#0a76f6] - Contour de l’élément qui a le focus.
 * @cssproperty [--kit-rayon=0.25rem] - Arrondi des boutons.
 */
export class AnnuaireResume extends KitElement {
  static override styles = [
    baseStyles,
    css`
      .titre {
        color: var(--_titre);
        font-size: 1.5rem;
        font-weight: 700;
        margin: 0 0 0.5rem;
      }
      .sous-titre {
        color: var(--_titre);
        font-size: 1.25rem;
        font-weight: 700;
        margin: 1.5rem 0 0.5rem;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        max-width: 40rem;
      }
      caption {
        text-align: start;
        font-weight: 700;
        padding: 0.5rem 0;
      }
      th,
      td {
        text-align: start;
        padding: 0.5rem;
        border-bottom: 1px solid var(--_bordure);
        overflow-wrap: anywhere;
      }
      td.nombre,
      th.nombre {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .etat-erreur {
        background: var(--_erreur-fond);
        border-inline-start: 4px solid var(--_erreur);
        padding: 1rem;
      }
      details {
        margin: 0.5rem 0;
      }
      summary {
        cursor: pointer;
        min-height: 2.75rem;
        padding: 0.5rem 0;
        font-weight: 700;
      }
      ul {
        padding-inline-start: 1.25rem;
      }
      li {
        overflow-wrap: anywhere;
        margin: 0.25rem 0;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    src: { type: String },
    niveauTitre: { attribute: 'niveau-titre', type: Number },
  };

  /** Adresse (URL) de l’annuaire, quand l’élément n’est pas dans `<annuaire-inclusion>` (sinon, ignoré). */
  declare src: string;

  /** Niveau du titre de l’élément (1 à 6) ; les sous-titres suivent (niveau + 1). */
  declare niveauTitre: number;

  private readonly annuaire = new AnnuaireController(this);

  constructor() {
    super();
    this.src = '';
    this.niveauTitre = 2;
  }

  private get niveau(): number {
    return Math.min(6, Math.max(1, Math.round(this.niveauTitre) || 2));
  }

  protected override render() {
    const m = this.textes('commun', fr);
    const v = this.annuaire.valeur;
    const etat = renderEtatAnnuaire(v, m);
    const titre = html`${choixLangue(this, m.langue)}<div class="titre" role="heading" aria-level=${this.niveau}>${m.resume.titre}</div>`;
    if (etat !== undefined || v.etat.statut !== 'pret') {
      const rapport = v.etat.statut === 'pret' ? v.etat.rapport : undefined;
      return html`${titre}${etat}${rapport ? this.renderRapport(rapport, m) : nothing}`;
    }
    const { annuaire, rapport } = v.etat;
    const besoins = compterBesoins(annuaire.lieux);
    const types = new Map<string, number>();
    for (const l of annuaire.lieux) {
      const t = l.typologie?.length ? l.typologie : [''];
      for (const code of t) types.set(code, (types.get(code) ?? 0) + 1);
    }
    const typesTries = [...types].sort((a, b) => b[1] - a[1]);
    const typologies = this.textes('typologies', typologiesFr);
    return html`
      ${titre}
      ${annuaire.territoire?.nom ? html`<p>${m.resume.territoire(annuaire.territoire.nom)}</p>` : nothing}
      <p><strong>${m.resume.lieux(annuaire.lieux.length)}</strong> · <strong>${m.resume.ateliers(annuaire.ateliers.length)}</strong></p>
      <table part="tableau">
        <caption>${m.resume.parBesoin}</caption>
        <thead><tr><th scope="col">${m.resume.colonneBesoin}</th><th scope="col" class="nombre">${m.resume.nombre}</th></tr></thead>
        <tbody>
          ${BESOINS.map((b) => html`<tr><th scope="row">${m.besoins[b].titre}</th><td class="nombre">${besoins[b]}</td></tr>`)}
        </tbody>
      </table>
      <table part="tableau">
        <caption>${m.resume.parType}</caption>
        <thead><tr><th scope="col">${m.resume.colonneType}</th><th scope="col" class="nombre">${m.resume.nombre}</th></tr></thead>
        <tbody>
          ${typesTries.map(
            ([code, n]) =>
              html`<tr><th scope="row">${code ? (typologies[code] ?? html`<bdi>${code}</bdi>`) : m.resume.sansType}</th><td class="nombre">${n}</td></tr>`,
          )}
        </tbody>
      </table>
      ${this.renderRapport(rapport, m)}
    `;
  }

  private renderRapport(r: Rapport, m: Messages) {
    const sousTitre = html`<div class="sous-titre" role="heading" aria-level=${Math.min(6, this.niveau + 1)}>
      ${m.resume.rapportTitre}
    </div>`;
    return html`<section part="rapport">
      ${sousTitre}
      <p>${m.resume.lus(r.lus.lieux, r.lus.ateliers)}</p>
      ${r.v0 ? html`<p>${m.resume.v0(r.v0)}</p>` : nothing}
      ${!r.rejets.length && !r.avertissements.length ? html`<p>${m.resume.toutBon}</p>` : nothing}
      ${r.rejets.length
        ? html`<details open>
            <summary>${m.resume.rejets(r.rejets.length)}</summary>
            <ul>
              ${r.rejets.slice(0, LIGNES_MAX).map(
                (rj) => html`<li>${decrireRejet(rj, m)}</li>`,
              )}
              ${r.rejets.length > LIGNES_MAX ? html`<li>${m.resume.autres(r.rejets.length - LIGNES_MAX)}</li>` : nothing}
            </ul>
          </details>`
        : nothing}
      ${r.avertissements.length
        ? html`<details>
            <summary>${m.resume.avertissements(r.avertissements.length)}</summary>
            <ul>
              ${r.avertissements.slice(0, LIGNES_MAX).map(
                (a) => html`<li>${decrireAvertissement(a, m)}</li>`,
              )}
              ${r.avertissements.length > LIGNES_MAX
                ? html`<li>${m.resume.autres(r.avertissements.length - LIGNES_MAX)}</li>`
                : nothing}
            </ul>
          </details>`
        : nothing}
    </section>`;
  }
}

AnnuaireResume.define('annuaire-resume');

declare global {
  interface HTMLElementTagNameMap {
    'annuaire-resume': AnnuaireResume;
  }
}
