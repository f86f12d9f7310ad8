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
  /** Rank of each entry when the whole list is sorted by name; built on the first sort by name. */
  rangNom?: Int32Array;
}

const indexes = new WeakMap<readonly Lieu[], IndexLieux>();

/** The index of a list of lieux, built on first use and kept as long as the list lives. */
export function indexer(lieux: readonly Lieu[]): IndexLieux {
  let index = indexes.get(lieux);
  if (index) return index;
  // Communes repeat (20,000 places, a few thousand communes): fold each name once.
  const communes = new Map<string, string>();
  const entrees = lieux.map((lieu): EntreeIndex => {
    const r = lieu.horaires ? horairesDe(lieu.horaires) : undefined;
    const h = r?.ok ? r.horaires : null;
    let besoins = 0;
    BESOINS.forEach((b, i) => {
      if (repondAuBesoin(lieu, b)) besoins |= 1 << i;
    });
    let communeRepliee = communes.get(lieu.commune);
    if (communeRepliee === undefined) communes.set(lieu.commune, (communeRepliee = replier(lieu.commune)));
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

/** Filters that show a count beside each of their values on the map (see `compterFacettes`). */
export const FACETTES = [
  'besoins',
  'services',
  'publics',
  'priseEnCharge',
  'frais',
  'labels',
  'itinerance',
  'rdvEnLigne',
  'ouvert',
] as const;
export type Facette = (typeof FACETTES)[number];

/** One active criterion of a query: does this entry of the index satisfy it? */
export interface Critere {
  /** Set when the criterion is a facet; text, territory, radius and access modes are not. */
  facette?: Facette;
  teste: (e: EntreeIndex) => boolean;
}

export interface Criteres {
  /** The active criteria only, cheapest first. A place matches the query when every one holds. */
  liste: Critere[];
  /** Day (0 = lundi) and minute of `maintenant` in a time zone, computed once per zone. */
  momentDe: (fuseau: string) => { jour: number; minute: number };
}

/**
 * The criteria of a query, compiled once per query so that the loop over places does no set-up work.
 * Shared by `rechercher` and `compterFacettes`: one definition of each criterion.
 */
export function compilerCriteres(filtres: Filtres, maintenant: Date = new Date()): Criteres {
  const liste: Critere[] = [];
  const ajouter = (teste: (e: EntreeIndex) => boolean, facette?: Facette) =>
    liste.push(facette ? { facette, teste } : { teste });
  const parValeurs = <T>(
    voulus: readonly T[] | undefined,
    champ: (l: Lieu) => readonly T[] | undefined,
    facette?: Facette,
  ) => {
    if (voulus?.length) ajouter((e) => contientUn(champ(e.lieu), voulus), facette);
  };

  let masqueBesoins = 0;
  for (const b of filtres.besoins ?? []) masqueBesoins |= 1 << BESOINS.indexOf(b);
  if (masqueBesoins) ajouter((e) => (e.besoins & masqueBesoins) !== 0, 'besoins');
  parValeurs(filtres.services, (l) => l.services, 'services');
  parValeurs(filtres.publics, (l) => l.publics_specifiquement_adresses, 'publics');
  parValeurs(filtres.priseEnCharge, (l) => l.prise_en_charge_specifique, 'priseEnCharge');
  parValeurs(filtres.frais, (l) => l.frais_a_charge, 'frais');
  parValeurs(filtres.modalitesAcces, (l) => l.modalites_acces);
  parValeurs(filtres.modalitesAccompagnement, (l) => l.modalites_accompagnement);
  parValeurs(filtres.itinerance, (l) => l.itinerance, 'itinerance');
  if (filtres.rdvEnLigne) ajouter((e) => !!e.lieu.prise_rdv, 'rdvEnLigne');

  const labels = filtres.labels?.length ? filtres.labels : undefined;
  if (labels) {
    ajouter((e) => {
      const l = e.lieu;
      return (
        contientUn<string>(l.dispositif_programmes_nationaux, labels) ||
        contientUn<string>(l.formations_labels, labels) ||
        contientUn<string>(l.autres_formations_labels, labels)
      );
    }, 'labels');
  }

  const communes = filtres.communes?.length ? new Set(filtres.communes.map(replier)) : undefined;
  const cps = filtres.codesPostaux?.length ? new Set(filtres.codesPostaux) : undefined;
  const insees = filtres.codesInsee?.length ? new Set(filtres.codesInsee) : undefined;
  const deps = filtres.departements?.length ? new Set(filtres.departements.map((d) => d.toUpperCase())) : undefined;
  if (communes || cps || insees || deps) {
    ajouter((e) => {
      const l = e.lieu;
      return !!(
        communes?.has(e.communeRepliee) ||
        cps?.has(l.code_postal) ||
        (l.code_insee !== undefined && insees?.has(l.code_insee)) ||
        deps?.has(departement(l.code_postal))
      );
    });
  }

  // « Now » in each time zone, computed once per zone, not once per place.
  const moments = new Map<string, { jour: number; minute: number }>();
  const momentDe = (fuseau: string) => {
    let m = moments.get(fuseau);
    if (!m) moments.set(fuseau, (m = momentLocal(maintenant, fuseau)));
    return m;
  };
  const ouvert = filtres.ouvert;
  if (ouvert) {
    let teste: (h: Horaires, e: EntreeIndex) => boolean;
    if ('maintenant' in ouvert) {
      teste = (h, e) => {
        const m = momentDe(e.fuseau);
        return estOuvertA(h, m.jour, m.minute);
      };
    } else if ('debut' in ouvert) {
      const { jour, debut, fin } = ouvert;
      teste = (h) => ouvertPendant(h, jour, debut, fin);
    } else if (ouvert.minute !== undefined) {
      const { jour, minute } = ouvert;
      teste = (h) => estOuvertA(h, jour, minute);
    } else {
      const { jour } = ouvert;
      teste = (h) => ouvertLeJour(h, jour);
    }
    // A place whose hours are absent or not understood is never counted as open.
    ajouter((e) => e.horaires !== null && teste(e.horaires, e), 'ouvert');
  }

  const mots = filtres.texte ? replier(filtres.texte).split(' ').filter(Boolean) : [];
  if (mots.length) {
    ajouter((e) => {
      const texte = (e.texte ??= texteDe(e.lieu));
      for (const m of mots) if (!texte.includes(m)) return false;
      return true;
    });
  }

  const autour = filtres.autour;
  const rayon = autour?.rayonKm;
  if (autour && rayon !== undefined) {
    // Places without coordinates cannot be within the radius.
    ajouter((e) => {
      const l = e.lieu;
      return l.latitude !== undefined && l.longitude !== undefined && !(distanceKm(autour, l as Point) > rayon);
    });
  }
  return { liste, momentDe };
}

/** Does the entry satisfy every criterion of the list? */
function satisfait(liste: readonly Critere[], e: EntreeIndex): boolean {
  for (let i = 0; i < liste.length; i++) if (!liste[i]!.teste(e)) return false;
  return true;
}

/**
 * The places that match every given criterion. Sorted by distance when `autour` is given (places without
 * coordinates last), else by name; `tri` overrides.
 */
export function rechercher(
  lieux: readonly Lieu[],
  filtres: Filtres = {},
  options: { maintenant?: Date; tri?: Tri } = {},
): Resultat[] {
  const index = indexer(lieux);
  const { liste } = compilerCriteres(filtres, options.maintenant ?? new Date());
  const autour = filtres.autour;
  const resultats: Resultat[] = [];
  const rangs: number[] = [];
  for (let i = 0; i < index.entrees.length; i++) {
    const e = index.entrees[i]!;
    if (!satisfait(liste, e)) continue;
    const l = e.lieu;
    rangs.push(i);
    if (autour && l.latitude !== undefined && l.longitude !== undefined) {
      resultats.push({ lieu: l, distanceKm: distanceKm(autour, l as Point) });
    } else {
      resultats.push({ lieu: l });
    }
  }

  const tri = options.tri ?? (autour ? 'distance' : 'nom');
  if (tri === 'distance') {
    resultats.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  } else if (tri === 'nom') {
    if (index.rangNom || resultats.length >= index.entrees.length / 4) {
      // Many results: the order of the whole list by name, computed once per index, turns every later sort
      // by name into a sort of numbers (20,000 names: ~120 ms with the collator, a few ms by rank).
      const rangNom = rangsParNom(index);
      const ordre = resultats.map((_, k) => k).sort((a, b) => rangNom[rangs[a]!]! - rangNom[rangs[b]!]!);
      return ordre.map((k) => resultats[k]!);
    }
    resultats.sort((a, b) => collator.compare(a.lieu.nom, b.lieu.nom));
  }
  return resultats;
}

/**
 * Rank of each entry in the list sorted by name (French collation, ties kept in the directory's order). Sorting
 * any subset by this rank gives the same order as sorting it with the collator, since both sorts are stable.
 */
function rangsParNom(index: IndexLieux): Int32Array {
  if (index.rangNom) return index.rangNom;
  const { entrees } = index;
  const ordre = entrees.map((_, i) => i).sort((a, b) => collator.compare(entrees[a]!.lieu.nom, entrees[b]!.lieu.nom));
  const rangNom = new Int32Array(entrees.length);
  ordre.forEach((i, r) => (rangNom[i] = r));
  return (index.rangNom = rangNom);
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
