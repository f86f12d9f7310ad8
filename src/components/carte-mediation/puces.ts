/**
 * The chips of the active filters, in plain words (always shown; the panel itself is a lazy chunk).
 */
import type { EtatCarte } from '../../data/etat-url.js';
import type { MessagesCarte } from '../../i18n/carte.fr.js';
import type { Messages } from '../../i18n/fr.js';

export type FiltresCarte = EtatCarte['filtres'];

/** Half-days of « ouvert tel jour », in minutes since midnight. */
export const MATIN = { debut: 480, fin: 720 };
export const APRES_MIDI = { debut: 810, fin: 1080 };

/** Each active filter, in plain words, with the filters without it (for its chip's « retirer » button). */
export function filtresActifs(f: FiltresCarte, m: MessagesCarte, mg: Messages): { nom: string; sans: FiltresCarte }[] {
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
  for (const v of f.frais ?? []) out.push({ nom: m.frais[v], sans: { ...f, frais: f.frais!.filter((x) => x !== v) } });
  if (f.rdvEnLigne) out.push({ nom: m.filtres.rdv, sans: { ...f, rdvEnLigne: undefined } });
  for (const v of f.itinerance ?? []) {
    out.push({ nom: v === 'Itinérant' ? m.filtres.itinerant : v, sans: { ...f, itinerance: f.itinerance!.filter((x) => x !== v) } });
  }
  for (const v of f.services ?? []) out.push({ nom: m.services[v], sans: { ...f, services: f.services!.filter((x) => x !== v) } });
  for (const v of f.publics ?? []) out.push({ nom: m.publics[v], sans: { ...f, publics: f.publics!.filter((x) => x !== v) } });
  for (const v of f.priseEnCharge ?? []) {
    out.push({ nom: m.priseEnCharge[v], sans: { ...f, priseEnCharge: f.priseEnCharge!.filter((x) => x !== v) } });
  }
  for (const v of f.labels ?? []) out.push({ nom: m.dispositifs[v] ?? v, sans: { ...f, labels: f.labels!.filter((x) => x !== v) } });
  return out;
}
