/**
 * The printed page (a lazy chunk, fetched as the element connects: the first list does not wait for it). The
 * opened place, or the list (first places), with a QR code back to the page. When the person asks for it, the
 * same page twice side by side: in their language and in French (each column with its own lang and dir), so a
 * helper or an office reads the French while the person keeps their own.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Qr } from '../shared/qr.js';
import type { Resultat } from '../../data/requetes.js';
import type { Lieu } from '../../data/types.js';
import type { Langue } from '../../i18n/locale.js';
import { renderFiche, type ContexteFiche } from './fiche.js';
import { renderTelephone } from './puces.js';
import { horairesLieu, lignesAdresse } from './textes-lieu.js';

export { renderFicheEcran, textesALire } from './fiche.js';

/** At most this many places on a printed list (two or three A4 pages). */
const IMPRESSION_MAX = 30;

export interface ColonneImpression {
  code: Langue;
  /** The words of this column (m, mh, mt, std) and the sheet's settings (impression: true). */
  fiche: ContexteFiche;
  /** Today, in the column's language. */
  date: string;
  /** The search and filters, in plain words. */
  criteres: string[];
}

export interface ContexteImpression {
  lieu?: Lieu;
  url: string;
  qr?: Qr;
  resultats: readonly Resultat[];
  /** One column, or two: the person's language, then French. */
  colonnes: ColonneImpression[];
}

const feuille = css`
  /* The sheet on screen and on paper (fetched with it: the list does not carry these rules). */
  .fiche p,
  .fiche li {
    overflow-wrap: anywhere;
  }
  .fiche [tabindex='-1']:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .fiche section {
    margin-top: 0.5rem;
  }
  .fiche .type {
    margin: 0;
  }
  .attention {
    border-inline-start: 4px solid var(--_avertissement);
    padding-inline-start: 0.75rem;
  }
  .contacts,
  .puces-texte {
    padding-inline-start: 1.25rem;
    margin: 0.25rem 0;
  }
  .contacts {
    list-style: none;
    padding: 0;
  }
  .contacts li {
    min-height: 2.75rem;
    display: flex;
    align-items: center;
  }
  .semaine {
    list-style: none;
    padding: 0;
    margin: 0;
    max-width: 26rem;
  }
  .semaine li {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.125rem 0;
    border-bottom: 1px solid var(--_bordure);
  }
  .semaine .aujourdhui {
    font-weight: 700;
  }
  .jour::first-letter {
    text-transform: uppercase;
  }
  .actions-fiche {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 1rem 0;
  }
  .brut {
    font-family: monospace;
  }
  .maj {
    font-size: 0.875rem;
  }
  :host([dir='rtl']) .fleche {
    display: inline-block;
    transform: scaleX(-1);
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
    .impression a {
      color: #000;
      text-decoration: none;
    }
    .impression-entete {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      border-bottom: 2px solid #000;
      margin-bottom: 0.5rem;
    }
    .impression-titre {
      font-size: 20pt;
      font-weight: 700;
      margin: 0;
    }
    .qr {
      width: 3.5cm;
      height: 3.5cm;
      flex: none;
    }
    .impression-liste {
      padding-inline-start: 1.5rem;
    }
    .impression-liste li {
      break-inside: avoid;
      margin-bottom: 0.5rem;
    }
    .impression-liste p {
      margin: 0;
    }
    .impression-liste .nom {
      font-weight: 700;
      font-size: 16pt;
    }
    .impression .titre-2 {
      font-size: 20pt;
    }
    .impression .titre-3 {
      font-size: 15pt;
      margin-top: 0.5rem;
    }
    .impression .semaine {
      max-width: none;
    }
    .impression section {
      break-inside: avoid;
    }
    .impression-lien {
      margin-top: 1rem;
      overflow-wrap: anywhere;
      font-size: 11pt;
    }
      .colonnes {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 1rem;
      font-size: 11pt;
    }
    .colonnes > * + * {
      border-inline-start: 1px solid #000;
      padding-inline-start: 1rem;
    }
    .colonnes .impression-titre,
    .colonnes .titre-2 {
      font-size: 15pt;
    }
    .colonnes .impression-liste .nom {
      font-size: 12pt;
    }
  }
`;

/** The sheet's and print styles, adopted once into the element's shadow root (no inline style: strict CSP allowed). */
export function adopter(racine: HTMLElement | DocumentFragment): void {
  if (!(racine instanceof ShadowRoot) || !feuille.styleSheet) return;
  if (!racine.adoptedStyleSheets.includes(feuille.styleSheet)) racine.adoptedStyleSheets = [...racine.adoptedStyleSheets, feuille.styleSheet];
}

function colonne(c: ContexteImpression, col: ColonneImpression, deux: boolean): TemplateResult {
  const { m, mh, maintenant } = col.fiche;
  const { lieu, resultats } = c;
  return html`<div lang=${col.code} dir=${col.code === 'ar' ? 'rtl' : 'ltr'}>
    <div class="impression-entete">
      <div>
        <p class="impression-titre">${lieu ? m.impression.titreLieu : m.impression.titre}</p>
        ${!lieu && col.criteres.length ? html`<p>${m.impression.criteres(col.criteres.join(', '))}</p>` : nothing}
        <p>${m.impression.le(col.date)}</p>
      </div>
      ${c.qr && !deux ? qr(c.qr, m.impression.qr) : nothing}
    </div>
    ${lieu
      ? renderFiche(lieu, col.fiche)
      : html`<ol class="impression-liste">
            ${resultats.slice(0, IMPRESSION_MAX).map((r) => {
              const h = horairesLieu(r.lieu, maintenant, mh);
              const [a1, a2] = lignesAdresse(r.lieu);
              return html`<li>
                <p class="nom"><bdi>${r.lieu.nom}</bdi></p>
                <p><bdi>${a1}, ${a2}</bdi>${r.distanceKm !== undefined ? ` · ${m.resultats.distance(r.distanceKm)}` : ''}</p>
                ${r.lieu.telephone ? html`<p class="telephone">${renderTelephone(r.lieu.telephone, m)}</p>` : nothing}
                ${h.semaine
                  ? html`<p class="horaires">${h.semaine.filter((j) => j.ouvert).map((j) => `${j.jour} : ${j.texte}`).join(' · ')}</p>`
                  : html`<p class="horaires">${m.fiche.aVerifier}${h.brut ? ` : ${h.brut}` : ''}</p>`}
              </li>`;
            })}
          </ol>
          ${resultats.length > IMPRESSION_MAX ? html`<p>${m.impression.plusDe(resultats.length - IMPRESSION_MAX)}</p>` : nothing}`}
    <p class="impression-lien">${m.impression.retrouver} <bdi>${c.url}</bdi></p>
  </div>`;
}

const qr = (q: Qr, nom: string) =>
  html`<svg class="qr" viewBox="-2 -2 ${q.taille + 4} ${q.taille + 4}" role="img" aria-label=${nom}>
    <rect x="-2" y="-2" width=${q.taille + 4} height=${q.taille + 4} fill="#fff"></rect>
    <path d=${q.d} fill="#000"></path>
  </svg>`;

/** What goes on paper. Two columns: the QR code once, above them. */
export function renderImpression(c: ContexteImpression): TemplateResult {
  const deux = c.colonnes.length > 1;
  return html`<div class="impression" aria-hidden="true">
    ${deux && c.qr ? qr(c.qr, c.colonnes[0]!.fiche.m.impression.qr) : nothing}
    <div class=${deux ? 'colonnes' : 'colonne'}>${c.colonnes.map((col) => colonne(c, col, deux))}</div>
  </div>`;
}
