/**
 * What the list itself shows, always loaded: the chips of the active filters and the standard's values in plain
 * words, the tap-to-call link. The panel, the sheet and the printed page are lazy chunks.
 */
import { html, nothing } from 'lit';
import type { EtatCarte } from '../../data/etat-url.js';
import { lienTelephone, telephoneLisible } from '../../data/telephone.js';
import type { MessagesCarte } from '../../i18n/carte.fr.js';
import type { Messages } from '../../i18n/fr.js';

/** A standard value in plain words: the element's own words, else the standard's translation, else as written. */
export const mot = (v: string, std: Record<string, string>, mots?: Record<string, string | undefined>): string => mots?.[v] ?? std[v] ?? v;

/** Phone as a big tap-to-call link, in the French dialled form. */
export function renderTelephone(tel: string | undefined, m: MessagesCarte, grand = false) {
  if (!tel) return nothing;
  const lisible = telephoneLisible(tel);
  return html`<a class=${grand ? 'telephone grand' : 'telephone'} href=${lienTelephone(tel)} aria-label=${m.fiche.appeler(lisible)}
    ><span aria-hidden="true">☎ </span><bdi dir="ltr">${lisible}</bdi></a
  >`;
}

export type FiltresCarte = EtatCarte['filtres'];

/** Half-days of « ouvert tel jour », in minutes since midnight. */
export const MATIN = { debut: 480, fin: 720 };
export const APRES_MIDI = { debut: 810, fin: 1080 };

/** Each active filter, in plain words, with the filters without it (for its chip's « retirer » button). */
export function filtresActifs(f: FiltresCarte, m: MessagesCarte, mg: Messages, std: Record<string, string>): { nom: string; sans: FiltresCarte }[] {
  const out: { nom: string; sans: FiltresCarte }[] = [];
  for (const b of f.besoins ?? []) out.push({ nom: mg.besoins[b].titre, sans: { ...f, besoins: f.besoins!.filter((x) => x !== b) } });
  const o = f.ouvert;
  if (o) {
    const nom =
      'maintenant' in o
        ? m.filtres.maintenant
        : 'debut' in o
          ? m.filtres.ouvertJourMoment(m.jours[o.jour] ?? '', o.debut === MATIN.debut ? m.filtres.matin : m.filtres.apresMidi)
          : m.filtres.ouvertJour(m.jours[o.jour] ?? '');
    out.push({ nom, sans: { ...f, ouvert: undefined } });
  }
  for (const v of f.frais ?? []) out.push({ nom: mot(v, std, m.frais), sans: { ...f, frais: f.frais!.filter((x) => x !== v) } });
  if (f.rdvEnLigne) out.push({ nom: m.filtres.rdv, sans: { ...f, rdvEnLigne: undefined } });
  for (const v of f.itinerance ?? []) {
    out.push({ nom: v === 'Itinérant' ? m.filtres.itinerant : mot(v, std), sans: { ...f, itinerance: f.itinerance!.filter((x) => x !== v) } });
  }
  for (const v of f.services ?? []) out.push({ nom: mot(v, std, m.services), sans: { ...f, services: f.services!.filter((x) => x !== v) } });
  for (const v of f.publics ?? []) out.push({ nom: mot(v, std, m.publics), sans: { ...f, publics: f.publics!.filter((x) => x !== v) } });
  for (const v of f.priseEnCharge ?? []) {
    out.push({ nom: mot(v, std, m.priseEnCharge), sans: { ...f, priseEnCharge: f.priseEnCharge!.filter((x) => x !== v) } });
  }
  for (const v of f.labels ?? []) out.push({ nom: mot(v, std, m.dispositifs), sans: { ...f, labels: f.labels!.filter((x) => x !== v) } });
  return out;
}
