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
import { bandeauProchesFr as m } from '../../i18n/bandeau-proches.fr.js';
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

const km = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** The answer under the form: three places, or why there are none. */
export function renderReponse(r: Reponse, toutes: string | undefined, reessayer: () => void): TemplateResult {
  if (r.statut === 'erreur') {
    return html`<div class="reponse" role="alert">
      <p>${m.erreur}</p>
      <button type="button" class="secondaire" @click=${reessayer}>${m.reessayer}</button>
    </div>`;
  }
  if (r.statut === 'introuvable') return html`<p class="reponse" role="alert">${m.introuvable(r.saisie)}</p>`;
  const maintenant = new Date();
  return html`<div class="reponse">
    <p role="status">${r.lieux.length ? m.trouves(r.lieux.length, r.commune) : m.aucun(r.commune)}</p>
    <ol class="proches">
      ${r.lieux.map(({ lieu, km: d }) => {
        const h = horairesLieu(lieu, maintenant, horairesFr);
        const [l1, l2] = lignesAdresse(lieu);
        return html`<li>
          <strong>${lieu.nom}</strong> <span>(${m.distance(km.format(d))})</span><br />
          ${l1}, ${l2}<br />
          ${h.etat ? html`${h.etat}<br />` : nothing}
          ${lieu.telephone ? html`<a href=${lienTelephone(lieu.telephone)}>${m.appeler(telephoneLisible(lieu.telephone))}</a>` : nothing}
        </li>`;
      })}
    </ol>
    ${toutes ? html`<a href=${toutes}>${m.toutes}</a>` : nothing}
  </div>`;
}
