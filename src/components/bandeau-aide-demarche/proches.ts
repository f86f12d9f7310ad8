/**
 * The banner's postal-code mode, loaded only when the person asks (the banner itself makes no request): reads
 * the directory (shared source: one request per page), finds the commune among its places, and shows the three
 * nearest places that help with procedures, with today's hours and a number to tap. Never loads the map.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { sourcePour } from '../../controllers/sources.js';
import { repondAuBesoin, BESOINS, type Besoin } from '../../data/besoins.js';
import { distanceKm } from '../../data/distance.js';
import { localiserCommune } from '../../data/requetes.js';
import { lienTelephone, telephoneLisible } from '../../data/telephone.js';
import type { Lieu } from '../../data/types.js';
import { horairesFr } from '../../i18n/horaires.fr.js';
import { bandeauProchesFr } from '../../i18n/bandeau-proches.fr.js';
import { isoler } from '../../i18n/bidi.js';
import { localeChargee, type Langue } from '../../i18n/locale.js';
import { horairesLieu, lignesAdresse } from '../carte-mediation/textes-lieu.js';

export type Reponse =
  | { statut: 'ok'; commune: string; lieux: { lieu: Lieu; km: number }[] }
  | { statut: 'introuvable'; saisie: string }
  | { statut: 'erreur' };

/** The directory once loaded (or its failure); a retry goes to the network again. */
function annuaire(src: string, reessai: boolean): Promise<Lieu[] | undefined> {
  const source = sourcePour(src);
  if (reessai && source.etat.statut === 'erreur') source.recharger();
  return new Promise((resoudre) => {
    let fini = false;
    let desabonner: (() => void) | undefined;
    desabonner = source.abonner((etat) => {
      if (fini || etat.statut === 'chargement' || etat.statut === 'attente') return;
      fini = true;
      resoudre(etat.statut === 'pret' ? etat.annuaire.lieux : undefined);
      // Called during abonner() when already loaded: unsubscribe once it has returned.
      queueMicrotask(() => desabonner?.());
    });
    if (fini) desabonner();
  });
}

export async function chercher(src: string, saisie: string, besoin: string, reessai: boolean): Promise<Reponse> {
  const lieux = await annuaire(src, reessai);
  if (!lieux) return { statut: 'erreur' };
  const c = localiserCommune(lieux, saisie);
  if (!c) return { statut: 'introuvable', saisie };
  const b: Besoin = (BESOINS as readonly string[]).includes(besoin) ? (besoin as Besoin) : 'demarche';
  const proches = lieux
    .filter((l) => l.latitude !== undefined && l.longitude !== undefined && repondAuBesoin(l, b))
    .map((lieu) => ({ lieu, km: distanceKm(c, lieu as Lieu & { latitude: number; longitude: number }) }))
    .sort((x, y) => x.km - y.km)
    .slice(0, 3);
  return { statut: 'ok', commune: c.commune, lieux: proches };
}

/** The words in the banner's language (French until that language's file is there, which the banner waits for). */
const mots = (code: Langue) => {
  const l = localeChargee(code);
  return { m: l?.bandeauProches ?? bandeauProchesFr, mh: l?.horaires ?? horairesFr };
};

/** Data inside an Arabic sentence keeps its own order (a commune, a phone number's groups of digits). */
const iso = (code: Langue, s: string) => (code === 'ar' ? isoler(s) : s);

/** The sentence that heads the answer (shown, and read by « Écouter »). */
function tete(r: Reponse, code: Langue): string {
  const { m } = mots(code);
  if (r.statut === 'erreur') return m.erreur;
  if (r.statut === 'introuvable') return m.introuvable(iso(code, r.saisie));
  return r.lieux.length ? m.trouves(r.lieux.length, iso(code, r.commune)) : m.aucun(iso(code, r.commune));
}

/** What « Écouter » reads of the answer: its sentence, then each place with its distance, address and today's hours. */
export function textesReponse(r: Reponse, code: Langue): string[] {
  const { m, mh } = mots(code);
  const maintenant = new Date();
  return [
    tete(r, code),
    ...(r.statut === 'ok'
      ? r.lieux.map(({ lieu, km }) => [lieu.nom, m.distance(km), ...lignesAdresse(lieu), horairesLieu(lieu, maintenant, mh).etat ?? ''].filter(Boolean).join(', '))
      : []),
  ];
}

/** The answer under the form: three places, or why there are none. */
export function renderReponse(r: Reponse, toutes: string | undefined, reessayer: () => void, code: Langue): TemplateResult {
  const { m, mh } = mots(code);
  if (r.statut === 'erreur') {
    return html`<div class="reponse" role="alert">
      <p>${m.erreur}</p>
      <button type="button" class="secondaire" @click=${reessayer}>${m.reessayer}</button>
    </div>`;
  }
  if (r.statut === 'introuvable') return html`<p class="reponse" role="alert">${tete(r, code)}</p>`;
  const maintenant = new Date();
  return html`<div class="reponse">
    <p role="status">${tete(r, code)}</p>
    <ol class="proches">
      ${r.lieux.map(({ lieu, km }) => {
        const h = horairesLieu(lieu, maintenant, mh);
        const [l1, l2] = lignesAdresse(lieu);
        return html`<li>
          <strong><bdi>${lieu.nom}</bdi></strong> <span>(${m.distance(km)})</span><br />
          <bdi>${l1}</bdi>, <bdi>${l2}</bdi><br />
          ${h.etat ? html`${h.etat}<br />` : nothing}
          ${lieu.telephone ? html`<a href=${lienTelephone(lieu.telephone)}>${m.appeler(iso(code, telephoneLisible(lieu.telephone)))}</a>` : nothing}
        </li>`;
      })}
    </ol>
    ${toutes ? html`<a href=${toutes}>${m.toutes}</a>` : nothing}
  </div>`;
}
