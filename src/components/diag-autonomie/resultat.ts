/**
 * The result screen and the printed result of `<diag-autonomie>`: a lazy chunk, fetched while the last questions
 * are answered (the element waits for it before showing the result), so that the questions load alone.
 * The print can put the person's language and French side by side (two columns, each with its `lang` and `dir`):
 * the French one is for the agent the person shows the paper to.
 */
import { html, nothing } from 'lit';
import { agenda, ajouterJours, type SeanceDatee } from '../../data/ateliers.js';
import type { ResultatDiagnostic } from '../../data/diagnostic.js';
import type { NiveauAutonomie } from '../../data/types.js';
import { atelierAdapte, rangNiveau } from '../../data/vocabulaire.js';
import type { DiagSuiteDetail } from '../../events/diag-events.js';
import type { diagQuestionsFr } from '../../i18n/diag-questions.fr.js';
import { diagResultatFr } from '../../i18n/diag-resultat.fr.js';
import type { fr } from '../../i18n/fr.js';
import { localeChargee, type Langue } from '../../i18n/locale.js';
import { aujourdhuiDans, renderTitre } from '../shared/parcours.js';
import type { DiagAutonomie, Garde } from './diag-autonomie.js';

export { stylesResultat } from './resultat.styles.js';

type R = typeof diagResultatFr;

/** Same key as diag-autonomie.ts reads (a copy: that module's values are not imported by this chunk). */
const CLE_STOCKAGE = 'kit-inclusion-numerique.diagnostic';

/** Keeps the level and the date on this device, when the person asks for it. */
function ecrireGarde(el: DiagAutonomie, r: ResultatDiagnostic): void {
  try {
    localStorage.setItem(CLE_STOCKAGE, JSON.stringify({ date: new Date().toISOString(), niveau: r.niveau } satisfies Garde));
    el.garde = true;
  } catch {
    el.garde = false;
  }
}

/** Prints the result, alone or (another language) beside French. */
async function imprimer(el: DiagAutonomie, deux: boolean): Promise<void> {
  el.deuxLangues = deux;
  await el.updateComplete;
  window.print();
}

/** The page of the next step with `?besoin=` (written out on paper). */
function lien(base: string, besoin: string): string {
  const u = new URL(base, document.baseURI);
  u.searchParams.set('besoin', besoin);
  return u.href;
}
/** The result's words in the element's language (French: this chunk's own table). */
const mots = (el: DiagAutonomie): R => localeChargee(el.code)?.diag.resultat ?? diagResultatFr;

/** The next workshops of the directory that fit the level (4 weeks, at most 3 sessions). */
function seancesAdaptees(el: DiagAutonomie, niveau: NiveauAutonomie): SeanceDatee[] | undefined {
  const etat = el.annuaire.etat;
  if (etat.statut !== 'pret' || !etat.annuaire.ateliers.length) return undefined;
  // Today where the workshops are (the territory's time zone), not where the browser thinks it is.
  const fuseau = etat.annuaire.territoire?.fuseau_horaire ?? 'Europe/Paris';
  const aujourdhui = aujourdhuiDans(fuseau);
  const adaptes = etat.annuaire.ateliers.filter((a) => atelierAdapte(a, niveau));
  return agenda(adaptes, aujourdhui, ajouterJours(aujourdhui, 27))
    .filter((s) => s.statut === 'programme')
    .slice(0, 3);
}

function caracteristiques(r: ResultatDiagnostic, m: R): string[] {
  const c = r.caracteristiques;
  return [
    c.appareils ? m.appareils(c.appareils.map((a) => m.appareilsMots[a] ?? a)) : undefined,
    c.internet ? m.internet(c.internet) : undefined,
    c.francais ? m.francaisNiveau(c.francais) : undefined,
    c.apprentissage ? m.apprentissage(c.apprentissage) : undefined,
  ].filter((l): l is string => !!l);
}

const organisme = (r: ResultatDiagnostic, m: R) => (r.organisme ? m.organismes[r.organisme] || undefined : undefined);

export function renderResultat(el: DiagAutonomie, mm: typeof diagQuestionsFr, c: typeof fr) {
  const r = el.resultat!;
  const m = mots(el);
  const voix = r.voix;
  const niveau = m.niveau(r.niveau, voix);
  const aide = m.aide(r.aide, voix);
  const ensuite = r.ensuite ? m.aide(r.ensuite, voix) : undefined;
  const avant = el.gardeAvant;
  const lieux = el.annuaire.etat.statut === 'pret' ? el.annuaire.etat.annuaire.lieux : [];
  const seances = seancesAdaptees(el, r.niveau);
  const sous = Math.min(6, el.niveauTitre + 1);
  const lignes = caracteristiques(r, m);
  const textesLus = [niveau.titre, niveau.sens, aide.titre, aide.sens, ...(ensuite ? [ensuite.titre, ensuite.sens] : [])];
  const suite = (vers: DiagSuiteDetail['vers'], base: string, texte: string) =>
    base
      ? html`<a class="bouton-principal lien-bouton" href=${lien(base, r.besoin)} @click=${(e: Event) => el.suite(e, vers)}>${texte}</a>`
      : html`<button type="button" class="bouton-principal" @click=${(e: Event) => el.suite(e, vers)}>${texte}</button>`;
  return html`<section class="resultat" part="resultat" aria-labelledby="titre-resultat">
    ${renderTitre('titre-resultat', niveau.titre, el.niveauTitre)}
    <p class="sens">${niveau.sens}</p>
    ${r.incertain ? html`<p class="note">${m.incertain}</p>` : nothing}
    ${avant
      ? html`<p class="progres">${m.progres(
          new Date(avant.date),
          m.niveau(avant.niveau, voix).titre,
          niveau.titre,
          rangNiveau(r.niveau) > rangNiveau(avant.niveau),
          r.niveau === avant.niveau,
        )}</p>`
      : nothing}
    <div class="aide">
      ${renderTitre('titre-aide', voix === 'moi' ? m.aideTitre : m.aideTitreAidant, sous)}
      ${r.urgence && r.aide !== 'autonomie' ? html`<p>${m.urgence(organisme(r, m), voix)}</p>` : nothing}
      <dl>
        <dt>${ensuite ? m.maintenant : nothing} <strong>${aide.titre}</strong></dt>
        <dd>${aide.sens}</dd>
        ${ensuite ? html`<dt>${m.ensuite} <strong>${ensuite.titre}</strong></dt><dd>${ensuite.sens}</dd>` : nothing}
      </dl>
      ${r.francais ? html`<p>${m.francais(voix)}</p>` : nothing}
    </div>
    ${lignes.length
      ? html`<div class="caracteristiques">
          ${renderTitre('titre-caracteristiques', m.caracteristiques, sous)}
          <ul>${lignes.map((l) => html`<li>${l}</li>`)}</ul>
        </div>`
      : nothing}
    <div class="suite">
      ${renderTitre('titre-suite', m.suiteTitre, sous)}
      <ul class="liens-suite">
        <li>${suite('carte', el.lienCarte, m.versCarte(voix))}</li>
        ${el.lienOrientation ? html`<li>${suite('orientation', el.lienOrientation, m.versOrientation)}</li>` : nothing}
      </ul>
    </div>
    ${seances !== undefined && r.niveau !== 'autonome'
      ? html`<div class="ateliers">
          ${renderTitre('titre-ateliers', m.ateliersTitre(voix), sous)}
          ${seances.length
            ? html`<ul>
                ${seances.map((s) => {
                  const lieu = lieux.find((l) => l.id === s.atelier.lieu_id);
                  return html`<li><strong><bdi>${s.atelier.titre}</bdi></strong><br />${m.seance(s.date, s.debut)}${lieu
                      ? html`\u0020· <bdi>${lieu.nom}, ${lieu.commune}</bdi>`
                      : nothing}</li>`;
                })}
              </ul>`
            : html`<p>${m.ateliersAucun(voix)}</p>`}
          ${el.lienAgenda ? html`<p><a href=${el.lienAgenda}>${m.versAgenda}</a></p>` : nothing}
        </div>`
      : nothing}
    <div class="garder">
      ${el.garde
        ? html`<p role="status">${m.garde}</p>`
        : html`<button type="button" class="bouton-secondaire" @click=${() => ecrireGarde(el, r)}>${m.garder}</button>
            <p class="precision">${m.garderAide}</p>`}
    </div>
    <p class="refaire">${m.refaire}</p>
    <div class="actions" part="actions">
      <button type="button" class="bouton-principal" @click=${() => imprimer(el, false)}>${m.imprimer}</button>
      ${el.code !== 'fr'
        ? html`<button type="button" class="bouton-secondaire deux-langues" @click=${() => imprimer(el, true)}>${m.imprimerDeux}</button>`
        : nothing}
      ${el.lecteur.bouton(textesLus, c)}
      <button type="button" class="bouton-secondaire" @click=${() => el.retour()}>${mm.retour}</button>
      <button type="button" class="bouton-secondaire" @click=${() => el.recommencer()}>${mm.recommencer}</button>
      <button type="button" class="bouton-lien" @click=${() => el.effacer()}>${mm.effacer}</button>
    </div>
  </section>`;
}

/** One column of the printed result, in one language: large text, the next step written out (a link is useless on paper). */
function colonne(el: DiagAutonomie, r: ResultatDiagnostic, m: R, langue: Langue) {
  const niveau = m.niveau(r.niveau, r.voix);
  const aide = m.aide(r.aide, r.voix);
  const ensuite = r.ensuite ? m.aide(r.ensuite, r.voix) : undefined;
  const adresse = el.lienCarte ? lien(el.lienCarte, r.besoin) : undefined;
  return html`<div class="colonne" lang=${langue} dir=${langue === 'ar' ? 'rtl' : 'ltr'}>
    <p class="impression-titre">${niveau.titre}</p>
    <p>${niveau.sens}</p>
    ${r.urgence && r.aide !== 'autonomie' ? html`<p>${m.urgence(organisme(r, m), r.voix)}</p>` : nothing}
    <p><strong>${aide.titre}</strong> : ${aide.sens}</p>
    ${ensuite ? html`<p><strong>${m.ensuite} : ${ensuite.titre}</strong> : ${ensuite.sens}</p>` : nothing}
    ${r.francais ? html`<p>${m.francais(r.voix)}</p>` : nothing}
    ${adresse ? html`<p>${m.versCarte(r.voix)} : <bdi>${adresse}</bdi></p>` : nothing}
    <p class="impression-refaire">${m.refaire}</p>
    <p>${m.fait(new Date())}</p>
  </div>`;
}

/** The printed result: in the element's language, or (bilingual print) that language and French side by side. */
export function renderImpression(el: DiagAutonomie) {
  const r = el.resultat!;
  const deux = el.deuxLangues && el.code !== 'fr';
  return html`<div class="impression ${deux ? 'deux' : ''}" aria-hidden="true">
    ${colonne(el, r, mots(el), el.code)} ${deux ? colonne(el, r, diagResultatFr, 'fr') : nothing}
  </div>`;
}
