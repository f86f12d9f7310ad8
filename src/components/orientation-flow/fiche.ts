/**
 * The printed fiche d'orientation of `<orientation-flow>`: A4, large text, contact and week hours, the note, the
 * date, a QR code. In the lazy chunk of the result (outils-resultat.ts): the questions never carry it.
 *
 * In one language, or in two side by side (the person's language and French, each column with its own `lang`
 * and `dir`): the person reads theirs, the desk of the place reads French, and both see the same places.
 */
import { html, nothing } from 'lit';
import type { SeanceDatee } from '../../data/ateliers.js';
import { telephoneLisible } from '../../data/telephone.js';
import type { Lieu } from '../../data/types.js';
import type { MessagesHoraires } from '../../i18n/horaires.fr.js';
import type { MessagesOrientation } from '../../i18n/orientation.fr.js';
import { horairesLieu, lignesAdresse } from '../carte-mediation/textes-lieu.js';
import type { Qr } from '../shared/qr.js';

/** The words of one column. */
export interface LangueFiche {
  lang: string;
  dir: 'ltr' | 'rtl';
  m: MessagesOrientation;
  horaires: MessagesHoraires;
  /** « 14:00 » in this language. */
  heure: (hhmm: string) => string;
  /** The need in the person's words, the kind of help and why (from the tree, in this language). */
  besoin: string;
  titre: string;
  pourquoi: string;
}

/** What both columns show. */
export interface DonneesFiche {
  lieux: Lieu[];
  seances: SeanceDatee[];
  recours?: { nom: string; telephone: string } | undefined;
  note: string;
  qr?: Qr | undefined;
  lien?: string | undefined;
}

function colonne(d: DonneesFiche, l: LangueFiche) {
  const f = l.m.fiche;
  const maintenant = new Date();
  return html`<p class="impression-titre">${f.titre}</p>
    <p><strong>${f.besoin} :</strong> ${l.besoin}</p>
    <p><strong>${f.aide} :</strong> ${l.titre}. ${l.pourquoi}</p>
    <p class="impression-section">${f.lieux}</p>
    ${d.lieux.map((lieu) => {
      const h = horairesLieu(lieu, maintenant, l.horaires);
      return html`<div class="impression-lieu">
        <p><strong><bdi>${lieu.nom}</bdi></strong><br /><bdi>${lignesAdresse(lieu).join(', ')}</bdi></p>
        ${lieu.telephone ? html`<p>${f.tel(telephoneLisible(lieu.telephone))}</p>` : nothing}
        ${h.semaine
          ? html`<p>${h.semaine.filter((j) => j.ouvert).map((j) => html`${j.jour} : ${j.texte}<br />`)}</p>`
          : h.brut
            ? html`<p><bdi>${h.brut}</bdi></p>`
            : nothing}
      </div>`;
    })}
    ${d.recours ? html`<p><bdi>${d.recours.nom}</bdi> : ${telephoneLisible(d.recours.telephone)}</p>` : nothing}
    ${d.seances.length
      ? html`<p class="impression-section">${f.ateliers}</p>
          <ul>${d.seances.map((s) => html`<li><bdi>${s.atelier.titre}</bdi> : ${l.m.resultat.seance(s.date, l.heure(s.debut))}</li>`)}</ul>`
      : nothing}
    ${d.note ? html`<p><strong>${f.note} :</strong> <bdi>${d.note}</bdi></p>` : nothing}
    <p>${f.date(maintenant)}</p>
    ${d.qr && d.lien
      ? html`<p>${f.retrouver}</p>
          <svg class="qr" viewBox="-2 -2 ${d.qr.taille + 4} ${d.qr.taille + 4}" width="120" height="120" aria-hidden="true"><path d=${d.qr.d} /></svg>
          <p class="lien" dir="ltr">${d.lien}</p>`
      : nothing}`;
}

/** The fiche in one language, or two columns (the person's language first, then French). */
export function renderFiche(d: DonneesFiche, langues: LangueFiche[]) {
  return langues.length > 1
    ? html`<div class="impression deux-langues" aria-hidden="true">
        ${langues.map((l) => html`<div class="colonne" lang=${l.lang} dir=${l.dir}>${colonne(d, l)}</div>`)}
      </div>`
    : html`<div class="impression" aria-hidden="true">${colonne(d, langues[0]!)}</div>`;
}
