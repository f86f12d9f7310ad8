/**
 * Counts beside each filter value of the map (faceted search), in one pass over the index of the places.
 *
 * The count beside a value is the number of places that match every OTHER active criterion and carry that
 * value: what ticking it would add. Within a facet values are alternatives, so ticking a second service never
 * zeroes the counts of the other services. Criteria that are not facets (text, territory, radius, access modes)
 * simply apply to every count.
 *
 * Each call is one pass over the index, with the same criteria as `rechercher` (`compilerCriteres`). What each
 * place carries is turned into bit masks once per directory, on the first count, and kept with its index.
 */
import { BESOINS, type Besoin } from './besoins.js';
import { estOuvertA, ouvertLeJour } from './horaires.js';
import { compilerCriteres, indexer, type Facette, type Filtres, type IndexLieux } from './requetes.js';
import {
  DISPOSITIF_PROGRAMMES_NATIONAUX,
  FORMATIONS_LABELS,
  FRAIS_A_CHARGE,
  ITINERANCE,
  PRISE_EN_CHARGE_SPECIFIQUE,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
  type Frais,
  type Itinerance,
  type PriseEnChargeSpecifique,
  type PublicSpecifiquementAdresse,
  type Service,
} from './standard.js';
import type { Lieu } from './types.js';

export interface ComptesFacettes {
  /** Places matching every criterion (same as rechercher(...).length). */
  total: number;
  besoins: Record<Besoin, number>;
  services: Partial<Record<Service, number>>;
  publics: Partial<Record<PublicSpecifiquementAdresse, number>>;
  priseEnCharge: Partial<Record<PriseEnChargeSpecifique, number>>;
  frais: Partial<Record<Frais, number>>;
  /** dispositif_programmes_nationaux and formations_labels values (not autres_formations_labels). */
  labels: Record<string, number>;
  itinerance: Partial<Record<Itinerance, number>>;
  /** Places with prise_rdv among those matching every other criterion. */
  rdvEnLigne: number;
  /**
   * Among places matching every other criterion (all but `ouvert`): open now, and open on each weekday
   * (0 = lundi … 6 = dimanche).
   */
  ouvertMaintenant: number;
  ouvertLeJour: number[]; // length 7
}

/** The values whose counts are shown under « labels »: the standard's national programmes and labels. */
const LABELS_COMPTES: readonly string[] = [...DISPOSITIF_PROGRAMMES_NATIONAUX, ...FORMATIONS_LABELS];

/** The facets whose values are the standard's lists, with the field of a lieu each one reads. */
const CHAMPS = [
  ['services', SERVICES, (l: Lieu) => l.services],
  ['publics', PUBLICS_SPECIFIQUEMENT_ADRESSES, (l: Lieu) => l.publics_specifiquement_adresses],
  ['priseEnCharge', PRISE_EN_CHARGE_SPECIFIQUE, (l: Lieu) => l.prise_en_charge_specifique],
  ['frais', FRAIS_A_CHARGE, (l: Lieu) => l.frais_a_charge],
  ['itinerance', ITINERANCE, (l: Lieu) => l.itinerance],
] as const satisfies readonly (readonly [Facette, readonly string[], (l: Lieu) => readonly string[] | undefined])[];

/**
 * What a place carries, as bit masks over the standard's lists (bit i: value i of the list), computed once per
 * index so that counting is a few bit operations per place. Struct of arrays, one slot per entry of the index.
 */
interface Porte {
  /** One mask per facet of CHAMPS. */
  champs: Record<FacetteListe, Uint32Array>;
  /** Bit i: the place carries LABELS_COMPTES[i] in any of its three label fields. */
  labels: Uint32Array;
  /** Bit j: open at some time on day j (0 = lundi). */
  jours: Uint8Array;
  /** 1 when a field of CHAMPS holds a value outside the standard's list (a lieu not from the loader). */
  horsListe: Uint8Array;
}

type FacetteListe = (typeof CHAMPS)[number][0];

function parChamp<T>(f: (liste: readonly string[]) => T): Record<FacetteListe, T> {
  const out = {} as Record<FacetteListe, T>;
  for (const [facette, liste] of CHAMPS) out[facette] = f(liste);
  return out;
}

/** The standard's list of each facet of CHAMPS. */
const LISTES = parChamp((liste) => liste);

const portes = new WeakMap<IndexLieux, Porte>();

/** Position of each value in its list, for building masks without searching the lists. */
const positions = new Map<readonly string[], Map<string, number>>();
function positionsDe(liste: readonly string[]): Map<string, number> {
  let m = positions.get(liste);
  if (!m) positions.set(liste, (m = new Map(liste.map((v, k) => [v, k]))));
  return m;
}

/** Bit mask of the values over the list; -1 when a value is not in the list. */
function masque(valeurs: readonly string[] | undefined, liste: readonly string[]): number {
  if (!valeurs) return 0;
  const pos = positionsDe(liste);
  let m = 0;
  for (let k = 0; k < valeurs.length; k++) {
    const p = pos.get(valeurs[k]!);
    if (p === undefined) return -1;
    m |= 1 << p;
  }
  return m;
}

/** Bit mask of the values over the list, ignoring values that are not in it. */
function masqueConnus(valeurs: readonly string[] | undefined, liste: readonly string[]): number {
  if (!valeurs) return 0;
  const pos = positionsDe(liste);
  let m = 0;
  for (let k = 0; k < valeurs.length; k++) {
    const p = pos.get(valeurs[k]!);
    if (p !== undefined) m |= 1 << p;
  }
  return m;
}

function porte(index: IndexLieux): Porte {
  let p = portes.get(index);
  if (p) return p;
  const n = index.entrees.length;
  p = {
    champs: parChamp(() => new Uint32Array(n)),
    labels: new Uint32Array(n),
    jours: new Uint8Array(n),
    horsListe: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const e = index.entrees[i]!;
    const l = e.lieu;
    for (const [facette, liste, champ] of CHAMPS) {
      const m = masque(champ(l), liste);
      if (m === -1) p.horsListe[i] = 1;
      else p.champs[facette][i] = m;
    }
    // `rechercher` finds a label in any of the three label fields: a standard value among « autres » counts too.
    p.labels[i] =
      masqueConnus(l.dispositif_programmes_nationaux, LABELS_COMPTES) |
      masqueConnus(l.formations_labels, LABELS_COMPTES) |
      masqueConnus(l.autres_formations_labels, LABELS_COMPTES);
    const h = e.horaires;
    if (h) for (let j = 0; j < 7; j++) if (ouvertLeJour(h, j)) p.jours[i]! |= 1 << j;
  }
  portes.set(index, p);
  return p;
}

/** +1 in `comptes[k]` for each bit k set in the mask. */
function compterBits(m: number, comptes: Int32Array): void {
  for (; m !== 0; m &= m - 1) comptes[31 - Math.clz32(m & -m)]!++;
}

/** +1 for each distinct value of the field (a value written twice is still one place). */
function compterValeurs(valeurs: readonly string[] | undefined, comptes: Record<string, number>): void {
  if (!valeurs) return;
  for (let i = 0; i < valeurs.length; i++) {
    const v = valeurs[i]!;
    if (valeurs.indexOf(v) === i) comptes[v] = (comptes[v] ?? 0) + 1;
  }
}

/** The counts of a list as a record: values in the list's order, only those above zero; then `autres`. */
function versRecord(
  liste: readonly string[],
  comptes: Int32Array,
  autres?: Record<string, number>,
): Record<string, number> {
  const out: Record<string, number> = {};
  liste.forEach((v, k) => comptes[k]! > 0 && (out[v] = comptes[k]!));
  if (autres) for (const [v, n] of Object.entries(autres)) out[v] = (out[v] ?? 0) + n;
  return out;
}

/**
 * Counts for every facet of the map's filters. `comptes.besoins.demarche` is the number of places that
 * `rechercher(lieux, { ...filtres, besoins: ['demarche'] })` would show; `total` the number it shows now.
 * Labels are counted wherever `rechercher` finds them: a standard label written among a place's « autres »
 * labels counts too. Values of the standard's lists come first, in the standard's order.
 */
export function compterFacettes(
  lieux: readonly Lieu[],
  filtres: Filtres,
  options: { maintenant?: Date } = {},
): ComptesFacettes {
  const index = indexer(lieux);
  const { entrees } = index;
  const p = porte(index);
  const { liste, momentDe } = compilerCriteres(filtres, options.maintenant ?? new Date());
  let total = 0;
  const besoins = new Int32Array(BESOINS.length);
  const champs = parChamp((liste) => new Int32Array(liste.length));
  /** Counts of values outside the standard's lists, by name (rare: a lieu not from the loader). */
  const horsListe = parChamp((): Record<string, number> => ({}));
  const labels = new Int32Array(LABELS_COMPTES.length);
  let rdvEnLigne = 0;
  let ouvertMaintenant = 0;
  const parJour = new Int32Array(7);

  for (let i = 0; i < entrees.length; i++) {
    const e = entrees[i]!;
    // The one facet this place fails, if any. A failed criterion that is not a facet, or a second failed facet,
    // leaves the place out of every count.
    let echec: Facette | undefined;
    let garde = true;
    for (let k = 0; k < liste.length; k++) {
      const c = liste[k]!;
      if (c.teste(e)) continue;
      if (c.facette === undefined || echec !== undefined) {
        garde = false;
        break;
      }
      echec = c.facette;
    }
    if (!garde) continue;
    const tous = echec === undefined;
    if (tous) total++;
    if (tous || echec === 'besoins') compterBits(e.besoins, besoins);
    if (p.horsListe[i]) {
      for (const [facette, , champ] of CHAMPS) {
        if (tous || echec === facette) compterValeurs(champ(e.lieu), horsListe[facette]);
      }
    } else {
      const m = p.champs;
      if (tous || echec === 'services') compterBits(m.services[i]!, champs.services);
      if (tous || echec === 'publics') compterBits(m.publics[i]!, champs.publics);
      if (tous || echec === 'priseEnCharge') compterBits(m.priseEnCharge[i]!, champs.priseEnCharge);
      if (tous || echec === 'frais') compterBits(m.frais[i]!, champs.frais);
      if (tous || echec === 'itinerance') compterBits(m.itinerance[i]!, champs.itinerance);
    }
    if (tous || echec === 'labels') compterBits(p.labels[i]!, labels);
    if ((tous || echec === 'rdvEnLigne') && e.lieu.prise_rdv) rdvEnLigne++;
    const h = e.horaires;
    if (h && (tous || echec === 'ouvert')) {
      const m = momentDe(e.fuseau);
      if (estOuvertA(h, m.jour, m.minute)) ouvertMaintenant++;
      compterBits(p.jours[i]!, parJour);
    }
  }

  const parBesoin = {} as Record<Besoin, number>;
  BESOINS.forEach((b, k) => (parBesoin[b] = besoins[k]!));
  const record = (facette: FacetteListe) =>
    versRecord(LISTES[facette], champs[facette], horsListe[facette]);
  return {
    total,
    besoins: parBesoin,
    services: record('services'),
    publics: record('publics'),
    priseEnCharge: record('priseEnCharge'),
    frais: record('frais'),
    labels: versRecord(LABELS_COMPTES, labels),
    itinerance: record('itinerance'),
    rdvEnLigne,
    ouvertMaintenant,
    ouvertLeJour: Array.from(parJour),
  };
}
