/**
 * The shared agenda of workshops (`<agenda-ateliers>`), pure: the sessions of a window filtered as a person asks
 * (keywords without accents, theme, level, format, public, free or Pass numérique, commune and distance, dates,
 * seats left), grouped by day with day names in the person's language, and ordered for a person's level (a diagnosis result):
 * workshops above that level never come first, and each one says why it fits.
 */
import { agenda, type SeanceDatee } from './ateliers.js';
import { distanceKm, type Point } from './distance.js';
import { replier } from './texte.js';
import type {
  Atelier,
  FormatAtelier,
  FraisAtelier,
  Lieu,
  ModaliteAtelier,
  NiveauAtelier,
  NiveauAutonomie,
} from './types.js';
import type { PublicSpecifiquementAdresse } from './standard.js';
import { atelierAdapte, NIVEAU_REQUIS_PAR_DEFAUT, rangNiveau } from './vocabulaire.js';

export interface FiltresAgenda {
  /** Words that must all appear (accents and case aside) in the title, description, themes or the place. */
  texte?: string;
  thematiques?: readonly string[];
  niveaux?: readonly NiveauAtelier[];
  formats?: readonly FormatAtelier[];
  /** `a_distance`: online; `sur_place`; `mixte` matches both. */
  modalites?: readonly ModaliteAtelier[];
  publics?: readonly PublicSpecifiquementAdresse[];
  frais?: readonly FraisAtelier[];
  /** Commune names (folded), postal codes or INSEE codes of the place. */
  communes?: readonly string[];
  autour?: Point & { rayonKm: number };
  /** Local dates `YYYY-MM-DD`, both included. */
  du?: string;
  au?: string;
  /** Only sessions that are on, not full, with seats left when known. */
  placesDisponibles?: boolean;
}

export interface SeanceAgenda extends SeanceDatee {
  lieu?: Lieu;
  distanceKm?: number;
}

const contientUn = <T>(valeurs: readonly T[] | undefined, voulus: readonly T[]) => !!valeurs?.some((v) => voulus.includes(v));

/** What text search looks into, folded once per workshop. */
const textes = new WeakMap<Atelier, string>();
function texteDe(a: Atelier, l: Lieu | undefined): string {
  let t = textes.get(a);
  if (t === undefined) {
    t = replier([a.titre, a.description ?? '', a.thematiques.join(' ').replace(/_/g, ' '), a.animateur ?? '', a.serie?.titre ?? ''].join(' '));
    textes.set(a, t);
  }
  return l ? `${t} ${replier(`${l.nom} ${l.commune} ${l.code_postal}`)}` : t;
}

/** Does a workshop pass the criteria that do not depend on the session? */
function atelierPasse(a: Atelier, l: Lieu | undefined, f: FiltresAgenda, mots: string[], communes: Set<string> | undefined): boolean {
  if (f.thematiques?.length && !contientUn(a.thematiques, f.thematiques)) return false;
  if (f.niveaux?.length && a.niveau !== undefined && !f.niveaux.includes(a.niveau)) return false;
  if (f.formats?.length && !f.formats.includes(a.format)) return false;
  if (f.modalites?.length && !(f.modalites.includes(a.modalite) || (a.modalite === 'mixte' && f.modalites.length > 0))) return false;
  // No public given: open to everyone, so it passes any public filter.
  if (f.publics?.length && a.publics?.length && !contientUn(a.publics, f.publics)) return false;
  if (f.frais?.length && !contientUn(a.frais, f.frais)) return false;
  if (communes) {
    if (!l || !(communes.has(replier(l.commune)) || communes.has(l.code_postal) || (l.code_insee && communes.has(l.code_insee)))) return false;
  }
  if (mots.length) {
    const t = texteDe(a, l);
    for (const m of mots) if (!t.includes(m)) return false;
  }
  return true;
}

/**
 * The sessions between `du` and `au` (local dates, both included) that match, in time order, each with its
 * place and its distance when `autour` is given. Online workshops pass a distance or commune filter when they
 * have no place (they are reachable from anywhere), and so do `mixte` ones when the person asked for online ones.
 */
export function seancesAgenda(
  ateliers: readonly Atelier[],
  lieux: ReadonlyMap<string, Lieu>,
  du: string,
  au: string,
  f: FiltresAgenda = {},
): SeanceAgenda[] {
  const debut = f.du && f.du > du ? f.du : du;
  const fin = f.au && f.au < au ? f.au : au;
  const mots = f.texte ? replier(f.texte).split(' ').filter(Boolean) : [];
  const communes = f.communes?.length ? new Set(f.communes.map((c) => (/^\d/.test(c) ? c : replier(c)))) : undefined;
  const gardes: Atelier[] = [];
  const distances = new Map<Atelier, number | undefined>();
  for (const a of ateliers) {
    const l = a.lieu_id ? lieux.get(a.lieu_id) : undefined;
    // Reachable from anywhere: an online workshop without place; and, when the person asked for « à distance »,
    // any workshop that can be followed online (a `mixte` one held in another town included).
    const enLigne = (!l && a.modalite === 'a_distance') || (!!f.modalites?.includes('a_distance') && a.modalite !== 'sur_place');
    if (!atelierPasse(a, l, f, mots, enLigne ? undefined : communes)) continue;
    let d: number | undefined;
    if (f.autour) {
      if (l?.latitude !== undefined && l.longitude !== undefined) {
        d = distanceKm(f.autour, l as Lieu & Point);
        if (d > f.autour.rayonKm && !enLigne) continue;
      } else if (!enLigne) continue;
    }
    distances.set(a, d);
    gardes.push(a);
  }
  const out: SeanceAgenda[] = [];
  for (const s of agenda(gardes, debut, fin) as SeanceAgenda[]) {
    if (f.placesDisponibles && (s.statut !== 'programme' || s.places_restantes === 0)) continue;
    // The sessions are fresh objects of this call: completed in place rather than copied.
    const l = s.atelier.lieu_id ? lieux.get(s.atelier.lieu_id) : undefined;
    if (l) s.lieu = l;
    const d = distances.get(s.atelier);
    if (d !== undefined) s.distanceKm = d;
    out.push(s);
  }
  return out;
}

export interface JourAgenda {
  date: string;
  /** « Aujourd'hui », « Demain », or the day's name and date: « mardi 2 décembre ». */
  libelle: string;
  seances: SeanceAgenda[];
}

/** The words of day labels in one language: « Aujourd’hui », « Demain », and the `Intl` tag of its dates. */
export interface MotsJours {
  aujourdhui: string;
  demain: string;
  intl: string;
}

export const JOURS_FR: MotsJours = { aujourdhui: 'Aujourd’hui', demain: 'Demain', intl: 'fr-FR' };

/** One formatter per language: building an Intl.DateTimeFormat costs far more than using it. */
const formatsJour = new Map<string, Intl.DateTimeFormat>();

/**
 * Day labels as a person says them, in the language of `mots` (French by default): « Demain », « Mardi 24 novembre »,
 * « Tuesday 24 November », « الثلاثاء، 24 نوفمبر », « Вівторок, 24 листопада ».
 */
export function libelleJour(date: string, aujourdhui: string, demain: string, mots: MotsJours = JOURS_FR): string {
  if (date === aujourdhui) return mots.aujourdhui;
  if (date === demain) return mots.demain;
  let f = formatsJour.get(mots.intl);
  if (!f) formatsJour.set(mots.intl, (f = new Intl.DateTimeFormat(mots.intl, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })));
  let t = f.format(new Date(`${date}T12:00:00Z`));
  // French writes the first of the month « 1er » (« mardi 1er décembre »); Intl does not.
  if (mots.intl.startsWith('fr')) t = t.replace(/ 1 /, ' 1er ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Sessions (in time order) grouped by local day. */
export function parJour(seances: readonly SeanceAgenda[], aujourdhui: string, demain: string, mots: MotsJours = JOURS_FR): JourAgenda[] {
  const jours: JourAgenda[] = [];
  for (const s of seances) {
    let j = jours[jours.length - 1];
    if (!j || j.date !== s.date) jours.push((j = { date: s.date, libelle: libelleJour(s.date, aujourdhui, demain, mots), seances: [] }));
    j.seances.push(s);
  }
  return jours;
}

/** Why a workshop fits (or not) a person's level. */
export type Adequation = 'a-votre-niveau' | 'ouvert-a-tous' | 'plus-facile' | 'plus-avance';

export function adequation(a: Atelier, niveau: NiveauAutonomie): Adequation {
  const requis = a.niveau_requis ?? (a.niveau ? NIVEAU_REQUIS_PAR_DEFAUT[a.niveau] : undefined);
  if (requis === undefined) return 'ouvert-a-tous';
  if (atelierAdapte(a, niveau)) return 'a-votre-niveau';
  return rangNiveau(requis) > rangNiveau(niveau) ? 'plus-avance' : 'plus-facile';
}

/**
 * Sessions ordered for a person's level: those at their level or open to all first (in time order), then easier
 * ones, then those above the level (never first). Stable within each group.
 */
export function pourNiveau(seances: readonly SeanceAgenda[], niveau: NiveauAutonomie): (SeanceAgenda & { adequation: Adequation })[] {
  const rangs: Record<Adequation, number> = { 'a-votre-niveau': 0, 'ouvert-a-tous': 0, 'plus-facile': 1, 'plus-avance': 2 };
  return seances
    .map((s) => ({ ...s, adequation: adequation(s.atelier, niveau) }))
    .map((s, i) => ({ s, i }))
    .sort((x, y) => rangs[x.s.adequation] - rangs[y.s.adequation] || x.i - y.i)
    .map(({ s }) => s);
}
