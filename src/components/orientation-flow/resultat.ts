/**
 * The result screen of `<orientation-flow>` (the kind of help, why, the places, the fiche to send) and the words
 * of its printed fiche: in the lazy chunk of the result (outils-resultat.ts), so the questions never carry them.
 * The element gives what it knows as a `VueResultat`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SeanceDatee } from '../../data/ateliers.js';
import { texteVoix, type ArbreOrientation, type NoeudIssue, type Parcours } from '../../data/orientation.js';
import type { Propositions } from '../../data/propositions.js';
import { lienTelephone, normaliserTelephone, telephoneLisible } from '../../data/telephone.js';
import type { Lieu } from '../../data/types.js';
import { horairesFr, type MessagesHoraires } from '../../i18n/horaires.fr.js';
import type { Lecture } from '../../i18n/lecture.js';
import type { Langue } from '../../i18n/locale.js';
import { orientationFr, type MessagesOrientation } from '../../i18n/orientation.fr.js';
import { horairesLieu, lignesAdresse } from '../carte-mediation/textes-lieu.js';
import type { Qr } from '../shared/qr.js';
import { renderFiche as fiche, type LangueFiche } from './fiche.js';

type Voix = 'moi' | 'aidant';

export interface Resultat {
  arbre: ArbreOrientation;
  parcours: Parcours;
  issue: { id: string; noeud: NoeudIssue };
  propositions: Propositions;
  /** The places shown (proposed, else the fallback France Services). */
  montres: Lieu[];
  seances: SeanceDatee[];
}

/** What the element gives the result screen. */
export interface VueResultat {
  m: MessagesOrientation;
  ecouter: { ecouter: string; arreter: string };
  voix: Voix;
  code: Langue;
  niveau: number;
  /** Opening-hours words of the current language, or undefined until they arrive (then French). */
  horaires: MessagesHoraires | undefined;
  heure: (hhmm: string, code: Langue) => string;
  isoler: (s: string) => string;
  lienCarte: string | undefined;
  lienAgenda: string;
  note: string;
  qr: Qr | undefined;
  bilingue: boolean;
  /** The tree as written (French), for the French column. */
  arbreFrancais: ArbreOrientation | undefined;
  reponses: Readonly<Record<string, string>>;
  lecture: Lecture;
  titre: (id: string, texte: string, niveau?: number) => TemplateResult;
  retour: () => void;
  recommencer: () => void;
  imprimer: (bilingue: boolean) => void;
  saisirNote: (t: string) => void;
}

const horairesDe = (v: VueResultat) => v.horaires ?? horairesFr;

function renderLieu(v: VueResultat, l: Lieu, raisons: string[], niveau: number) {
  const h = horairesLieu(l, new Date(), horairesDe(v));
  const [a1, a2] = lignesAdresse(l);
  return html`<li class="lieu" part="lieu">
    <div id="lieu-${l.id}" class="titre" role="heading" aria-level=${Math.min(6, niveau)} tabindex="-1"><bdi>${l.nom}</bdi></div>
    ${raisons.length ? html`<ul class="raisons">${raisons.map((r) => html`<li>${r}</li>`)}</ul>` : nothing}
    <p><bdi>${a1}</bdi><br /><bdi>${a2}</bdi></p>
    <p>${h.etat ?? (h.brut ? h.brut : v.m.resultat.horairesInconnus)}</p>
    ${l.telephone
      ? html`<p><a class="telephone" href=${lienTelephone(l.telephone)} aria-label=${v.m.resultat.appeler(telephoneLisible(l.telephone))}
          ><span aria-hidden="true">☎ </span>${telephoneLisible(l.telephone)}</a></p>`
      : nothing}
  </li>`;
}

export function renderResultat(v: VueResultat, r: Resultat): TemplateResult {
  const m = v.m.resultat;
  const voix = v.voix;
  const issue = r.issue.noeud;
  const sous = Math.min(6, v.niveau + 1);
  const { lieux, repli } = r.propositions;
  // On screen, workshops only at the places proposed (the printed fiche also lists the fallback's).
  const seances = lieux.length ? r.seances : [];
  const titre = texteVoix(issue.titre, voix);
  const pourquoi = [
    texteVoix(issue.pourquoi, voix),
    ...(r.parcours.marques.includes('urgence') ? [m.urgence(voix)] : []),
    ...(r.parcours.marques.includes('francais') ? [m.francais(voix)] : []),
  ];
  // « Écouter »: the kind of help, why, and the places proposed (name and address), or what to do instead.
  const lus = [
    titre,
    ...pourquoi,
    m.lieuxTitre,
    ...(lieux.length
      ? lieux.map((p) => [p.lieu.nom, ...lignesAdresse(p.lieu)].join(', '))
      : [
          m.aucun,
          ...(repli?.franceServices ? [m.repliFs(voix), [repli.franceServices.lieu.nom, ...lignesAdresse(repli.franceServices.lieu)].join(', ')] : []),
          ...(repli?.recours ? [`${m.repliTel(repli.recours.nom)} ${telephoneLisible(repli.recours.telephone)}`] : []),
        ]),
  ];
  const tel = repli?.recours ? (normaliserTelephone(repli.recours.telephone) ?? repli.recours.telephone) : '';
  return html`<section class="resultat" part="resultat" aria-labelledby="titre-resultat">
    ${v.titre('titre-resultat', titre)}
    ${v.lecture.bouton(lus, v.ecouter)}
    <div class="pourquoi">${pourquoi.map((t) => html`<p>${t}</p>`)}</div>
    ${v.titre('titre-lieux', m.lieuxTitre, sous)}
    ${lieux.length
      ? html`<ol class="lieux">
          ${lieux.map((p) => renderLieu(v, p.lieu, p.raisons.map((x) => m.raison(x, p.distanceKm, voix)), Math.min(6, sous + 1)))}
        </ol>`
      : html`<div class="repli" role="status">
          <p>${m.aucun}</p>
          ${repli?.franceServices
            ? html`<p>${m.repliFs(voix)}</p><ul class="lieux">${renderLieu(v, repli.franceServices.lieu, [], Math.min(6, sous + 1))}</ul>`
            : nothing}
          ${repli?.recours
            ? html`<p>${m.repliTel(v.isoler(repli.recours.nom))}
                <a class="telephone" href=${lienTelephone(tel)}>${telephoneLisible(tel)}</a></p>`
            : nothing}
        </div>`}
    ${seances.length
      ? html`${v.titre('titre-ateliers', m.ateliersTitre, sous)}
          <ul class="ateliers">
            ${seances.map((s) => html`<li><strong><bdi>${s.atelier.titre}</bdi></strong> : ${m.seance(s.date, v.heure(s.debut, v.code))}</li>`)}
          </ul>`
      : nothing}
    <div class="actions">
      ${v.lienCarte ? html`<a class="bouton-secondaire" href=${v.lienCarte}>${m.voirCarte}</a>` : nothing}
      ${v.lienAgenda ? html`<a class="bouton-secondaire" href=${v.lienAgenda}>${m.voirAgenda}</a>` : nothing}
      <button type="button" class="bouton-secondaire" @click=${v.retour}>${v.m.retour}</button>
      <button type="button" class="bouton-secondaire" @click=${v.recommencer}>${v.m.recommencer}</button>
    </div>
    ${renderEnvoi(v, r, sous)}
  </section>`;
}

/** The need in the person's words: the answer chosen at the first question. */
function besoinEnMots(v: VueResultat, arbre: ArbreOrientation): string {
  const depart = arbre.noeuds[arbre.depart];
  if (!depart || depart.type !== 'question') return '';
  const rep = depart.reponses.find((x) => x.valeur === v.reponses[arbre.depart]);
  return rep ? texteVoix(rep.texte, 'moi') : '';
}

/** The fiche as text, for SMS and e-mail. */
function texteFiche(v: VueResultat, r: Resultat): string {
  const f = v.m.fiche;
  const lignes = [f.titre, `${f.besoin} : ${besoinEnMots(v, r.arbre)}`, `${f.aide} : ${texteVoix(r.issue.noeud.titre, 'moi')}`, ''];
  for (const l of r.montres) {
    lignes.push(l.nom, ...lignesAdresse(l));
    if (l.telephone) lignes.push(f.tel(telephoneLisible(l.telephone)));
    lignes.push('');
  }
  if (r.propositions.repli?.recours) lignes.push(`${r.propositions.repli.recours.nom} : ${telephoneLisible(r.propositions.repli.recours.telephone)}`);
  if (v.note.trim()) lignes.push(`${f.note} : ${v.note.trim()}`);
  return lignes.join('\n').trim();
}

function renderEnvoi(v: VueResultat, r: Resultat, niveau: number) {
  const m = v.m.resultat;
  const corps = texteFiche(v, r);
  return html`<div class="envoi" part="fiche">
    ${v.titre('titre-fiche', m.ficheTitre, niveau)}
    <p class="precision">${m.ficheAide(v.voix)}</p>
    <label for="note">${m.note(v.voix)}</label>
    <span class="precision" id="note-aide">${m.noteAide}</span>
    <textarea id="note" rows="3" aria-describedby="note-aide" .value=${v.note}
      @input=${(e: Event) => v.saisirNote((e.target as HTMLTextAreaElement).value)}></textarea>
    <div class="actions">
      <button type="button" class="bouton-principal" @click=${() => v.imprimer(false)}>${m.imprimer}</button>
      ${v.code === 'fr' ? nothing : html`<button type="button" class="bouton-secondaire" @click=${() => v.imprimer(true)}>${m.imprimerDeuxLangues}</button>`}
      <a class="bouton-secondaire" href=${`sms:?&body=${encodeURIComponent(corps)}`}>${m.sms}</a>
      <a class="bouton-secondaire" href=${`mailto:?subject=${encodeURIComponent(m.sujet)}&body=${encodeURIComponent(corps)}`}>${m.courriel}</a>
    </div>
  </div>`;
}

/** The words of the fiche in one language: the current one, or French (the tree as written). */
function langueFiche(v: VueResultat, r: Resultat, enFrancais: boolean): LangueFiche {
  const arbre = (enFrancais ? v.arbreFrancais : undefined) ?? r.arbre;
  const issue = arbre.noeuds[r.issue.id];
  const noeud = issue?.type === 'issue' ? issue : r.issue.noeud;
  const code: Langue = enFrancais ? 'fr' : v.code;
  return {
    lang: code,
    dir: code === 'ar' ? 'rtl' : 'ltr',
    m: enFrancais ? orientationFr : v.m,
    horaires: enFrancais ? horairesFr : horairesDe(v),
    heure: (h) => v.heure(h, code),
    besoin: besoinEnMots(v, arbre),
    titre: texteVoix(noeud.titre, 'moi'),
    pourquoi: texteVoix(noeud.pourquoi, 'moi'),
  };
}

/** The printed fiche: the current language, or it and French side by side (`bilingue`, outside French). */
export function renderFicheResultat(v: VueResultat, r: Resultat) {
  return fiche(
    { lieux: r.montres, seances: r.seances, recours: r.propositions.repli?.recours, note: v.note.trim(), qr: v.qr, lien: v.lienCarte },
    v.bilingue && v.code !== 'fr' ? [langueFiche(v, r, false), langueFiche(v, r, true)] : [langueFiche(v, r, false)],
  );
}
