/**
 * Queries on the places of a directory (pure, no DOM). An index is built once per list of lieux (folded text,
 * needs, parsed hours, time zone) so that a combined query on 100,000 places stays within a frame.
 *
 * Semantics: within one criterion the values are alternatives (« Jeunes ou Seniors »), across criteria they
 * all apply (« Jeunes ou Seniors » and « Gratuit » and « ouvert maintenant »).
 */
import { BESOINS, repondAuBesoin, type Besoin } from './besoins.js';
import { distanceKm, type Point } from './distance.js';
import { estOuvertA, horairesDe, ouvertLeJour, ouvertPendant, type Horaires } from './horaires.js';
import type {
  DispositifProgrammeNational,
  Frais,
  Itinerance,
  ModaliteAcces,
  ModaliteAccompagnement,
  PriseEnChargeSpecifique,
  PublicSpecifiquementAdresse,
  Service,
} from './standard.js';
import { fuseauHoraire, momentLocal } from './temps.js';
import { replier } from './texte.js';
import type { Lieu } from './types.js';

export interface EntreeIndex {
  lieu: Lieu;
  /** Folded name, commune, postal code, address and descriptions; built on the first text search. */
  texte?: string;
  /** Bit i set when the place answers BESOINS[i]. */
  besoins: number;
  /** Parsed hours; null when absent or not understood. */
  horaires: Horaires | null;
  fuseau: string;
  communeRepliee: string;
}

export interface IndexLieux {
  entrees: EntreeIndex[];
}

const indexes = new WeakMap<readonly Lieu[], IndexLieux>();

/** The index of a list of lieux, built on first use and kept as long as the list lives. */
export function indexer(lieux: readonly Lieu[]): IndexLieux {
  let index = indexes.get(lieux);
  if (index) return index;
  const entrees = lieux.map((lieu): EntreeIndex => {
    const r = lieu.horaires ? horairesDe(lieu.horaires) : undefined;
    const h = r?.ok ? r.horaires : null;
    let besoins = 0;
    BESOINS.forEach((b, i) => {
      if (repondAuBesoin(lieu, b)) besoins |= 1 << i;
    });
    const communeRepliee = replier(lieu.commune);
    return {
      lieu,
      besoins,
      horaires: h,
      fuseau: fuseauHoraire(lieu.code_postal),
      communeRepliee,
    };
  });
  index = { entrees };
  indexes.set(lieux, index);
  return index;
}

/** What text search looks into, folded (accents, case, punctuation). */
function texteDe(l: Lieu): string {
  let t = l.nom + ' ' + l.commune + ' ' + l.code_postal + ' ' + l.adresse;
  if (l.complement_adresse) t += ' ' + l.complement_adresse;
  if (l.presentation_resume) t += ' ' + l.presentation_resume;
  if (l.presentation_detail) t += ' ' + l.presentation_detail;
  return replier(t);
}

/** When the person wants the place to be open. `jour`: 0 = lundi … 6 = dimanche; minutes since midnight. */
export type Ouverture =
  | { maintenant: true }
  | { jour: number; minute?: number }
  | { jour: number; debut: number; fin: number };

export interface Filtres {
  besoins?: readonly Besoin[];
  services?: readonly Service[];
  publics?: readonly PublicSpecifiquementAdresse[];
  priseEnCharge?: readonly PriseEnChargeSpecifique[];
  frais?: readonly Frais[];
  modalitesAcces?: readonly ModaliteAcces[];
  modalitesAccompagnement?: readonly ModaliteAccompagnement[];
  /** Dispositifs nationaux, formation labels and « autres » labels (QPV, APTIC…), all in one list. */
  labels?: readonly (DispositifProgrammeNational | string)[];
  itinerance?: readonly Itinerance[];
  /** Words that must all appear in the name, commune, postal code, address or description. */
  texte?: string;
  /** Territory: any of these communes (names), postal codes, INSEE codes or départements. */
  communes?: readonly string[];
  codesPostaux?: readonly string[];
  codesInsee?: readonly string[];
  departements?: readonly string[];
  ouvert?: Ouverture;
  /** Only places with coordinates within `rayonKm` of this point (when given); adds the distance. */
  autour?: Point & { rayonKm?: number };
  /** Places with online booking (`prise_rdv`). */
  rdvEnLigne?: boolean;
}

export interface Resultat {
  lieu: Lieu;
  /** Kilometres from `autour`, when the place has coordinates. */
  distanceKm?: number;
}

export type Tri = 'distance' | 'nom' | 'aucun';

function contientUn<T>(valeurs: readonly T[] | undefined, voulus: readonly T[]): boolean {
  if (!valeurs) return false;
  for (const v of voulus) if (valeurs.includes(v)) return true;
  return false;
}

function departement(cp: string): string {
  // Corsica: 20000–20199 → 2A, 20200–20999 → 2B; overseas: three digits.
  if (cp.startsWith('20')) return +cp < 20200 ? '2A' : '2B';
  return cp.startsWith('97') || cp.startsWith('98') ? cp.slice(0, 3) : cp.slice(0, 2);
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The places that match every given criterion. Sorted by distance when `autour` is given (places without
 * coordinates last), else by name; `tri` overrides.
 */
export function rechercher(
  lieux: readonly Lieu[],
  filtres: Filtres = {},
  options: { maintenant?: Date; tri?: Tri } = {},
): Resultat[] {
  const { entrees } = indexer(lieux);
  let masqueBesoins = 0;
  for (const b of filtres.besoins ?? []) masqueBesoins |= 1 << BESOINS.indexOf(b);
  const mots = filtres.texte ? replier(filtres.texte).split(' ').filter(Boolean) : [];
  const communes = filtres.communes?.length ? new Set(filtres.communes.map(replier)) : undefined;
  const cps = filtres.codesPostaux?.length ? new Set(filtres.codesPostaux) : undefined;
  const insees = filtres.codesInsee?.length ? new Set(filtres.codesInsee) : undefined;
  const deps = filtres.departements?.length ? new Set(filtres.departements.map((d) => d.toUpperCase())) : undefined;
  const territoire = communes || cps || insees || deps;
  const labels = filtres.labels?.length ? filtres.labels : undefined;

  // « Now » in each time zone, computed once per zone, not once per place.
  const ouvert = filtres.ouvert;
  const maintenant = options.maintenant ?? new Date();
  const moments = new Map<string, { jour: number; minute: number }>();
  const momentDe = (fuseau: string) => {
    let m = moments.get(fuseau);
    if (!m) moments.set(fuseau, (m = momentLocal(maintenant, fuseau)));
    return m;
  };

  const autour = filtres.autour;
  const rayon = autour?.rayonKm;
  const resultats: Resultat[] = [];
  for (const e of entrees) {
    const l = e.lieu;
    if (masqueBesoins && !(e.besoins & masqueBesoins)) continue;
    if (filtres.services?.length && !contientUn(l.services, filtres.services)) continue;
    if (filtres.publics?.length && !contientUn(l.publics_specifiquement_adresses, filtres.publics)) continue;
    if (filtres.priseEnCharge?.length && !contientUn(l.prise_en_charge_specifique, filtres.priseEnCharge)) continue;
    if (filtres.frais?.length && !contientUn(l.frais_a_charge, filtres.frais)) continue;
    if (filtres.modalitesAcces?.length && !contientUn(l.modalites_acces, filtres.modalitesAcces)) continue;
    if (filtres.modalitesAccompagnement?.length && !contientUn(l.modalites_accompagnement, filtres.modalitesAccompagnement)) continue;
    if (filtres.itinerance?.length && !contientUn(l.itinerance, filtres.itinerance)) continue;
    if (filtres.rdvEnLigne && !l.prise_rdv) continue;
    if (
      labels &&
      !contientUn<string>(l.dispositif_programmes_nationaux, labels) &&
      !contientUn<string>(l.formations_labels, labels) &&
      !contientUn<string>(l.autres_formations_labels, labels)
    ) {
      continue;
    }
    if (
      territoire &&
      !(communes?.has(e.communeRepliee) ||
        cps?.has(l.code_postal) ||
        (l.code_insee !== undefined && insees?.has(l.code_insee)) ||
        deps?.has(departement(l.code_postal)))
    ) {
      continue;
    }
    if (mots.length) {
      const texte = (e.texte ??= texteDe(l));
      let ok = true;
      for (const m of mots) {
        if (!texte.includes(m)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
    }
    if (ouvert) {
      const h = e.horaires;
      if (!h) continue;
      if ('maintenant' in ouvert) {
        const m = momentDe(e.fuseau);
        if (!estOuvertA(h, m.jour, m.minute)) continue;
      } else if ('debut' in ouvert) {
        if (!ouvertPendant(h, ouvert.jour, ouvert.debut, ouvert.fin)) continue;
      } else if (ouvert.minute !== undefined) {
        if (!estOuvertA(h, ouvert.jour, ouvert.minute)) continue;
      } else if (!ouvertLeJour(h, ouvert.jour)) continue;
    }
    if (autour) {
      if (l.latitude === undefined || l.longitude === undefined) {
        if (rayon !== undefined) continue;
        resultats.push({ lieu: l });
        continue;
      }
      const d = distanceKm(autour, l as Point);
      if (rayon !== undefined && d > rayon) continue;
      resultats.push({ lieu: l, distanceKm: d });
      continue;
    }
    resultats.push({ lieu: l });
  }

  const tri = options.tri ?? (autour ? 'distance' : 'nom');
  if (tri === 'distance') {
    resultats.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  } else if (tri === 'nom') {
    resultats.sort((a, b) => collator.compare(a.lieu.nom, b.lieu.nom));
  }
  return resultats;
}

/** For each value of a facet, how many of the given places carry it (filter counts). */
export function compterBesoins(lieux: readonly Lieu[]): Record<Besoin, number> {
  const { entrees } = indexer(lieux);
  const out = { materiel: 0, autonomie: 0, demarche: 0, accompagnement: 0 } as Record<Besoin, number>;
  for (const e of entrees) BESOINS.forEach((b, i) => e.besoins & (1 << i) && out[b]++);
  return out;
}

/**
 * Where is « Tourcoing », « 59200 » or « 59599 »? Answered offline from the directory itself: the centre of
 * the places of that commune, postal code or INSEE code. Undefined when the directory has none.
 */
export function localiserCommune(
  lieux: readonly Lieu[],
  saisie: string,
): { commune: string; codePostal: string; latitude: number; longitude: number } | undefined {
  const s = saisie.trim();
  if (!s) return undefined;
  const cle = replier(s);
  const { entrees } = indexer(lieux);
  let lat = 0;
  let lon = 0;
  let n = 0;
  let premier: Lieu | undefined;
  for (const e of entrees) {
    const l = e.lieu;
    if (l.code_postal !== s && l.code_insee !== s.toUpperCase() && e.communeRepliee !== cle) continue;
    if (l.latitude === undefined || l.longitude === undefined) continue;
    premier ??= l;
    lat += l.latitude;
    lon += l.longitude!;
    n++;
  }
  if (!premier) return undefined;
  return { commune: premier.commune, codePostal: premier.code_postal, latitude: lat / n, longitude: lon / n };
}
