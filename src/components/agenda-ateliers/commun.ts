/**
 * What `<agenda-ateliers>` and its views loaded on demand (vues.ts) share: constants, the form's filters, session
 * keys, and dates, times and distances in the element's language.
 */
import type { Adequation, SeanceAgenda } from '../../data/agenda.js';
import { ajouterJours } from '../../data/ateliers.js';
import type { PublicSpecifiquementAdresse } from '../../data/standard.js';
import { replier } from '../../data/texte.js';
import type { FraisAtelier, NiveauAtelier } from '../../data/types.js';
import type { Periode } from '../../i18n/agenda.fr.js';
import { heureLocale } from '../shared/dates.js';

export const FOND_PAR_DEFAUT = 'https://data.geopf.fr/annexes/ressources/vectorTiles/styles/PLAN.IGN/standard.json';
/** Sessions shown at first in the list, then this many more at each « Voir plus ». */
export const PAR_PAGE = 40;
/** At most this many sessions on a printed list (about fifteen A4 pages). */
export const IMPRESSION_MAX = 300;
export type FormatUi = 'collectif' | 'individuel' | 'a_distance';

/** What the person chose, as the form holds it. */
export interface FiltresUi {
  texte: string;
  periode: Periode;
  jour: string;
  theme: string;
  niveaux: NiveauAtelier[];
  formats: FormatUi[];
  publics: PublicSpecifiquementAdresse[];
  frais: FraisAtelier[];
  commune: string;
  rayonKm: number;
  /** From « Me localiser » (never stored, never sent). */
  position?: { latitude: number; longitude: number };
  placesDisponibles: boolean;
}

export const FILTRES_VIDES: FiltresUi = {
  texte: '',
  periode: 'tout',
  jour: '',
  theme: '',
  niveaux: [],
  formats: [],
  publics: [],
  frais: [],
  commune: '',
  rayonKm: 0,
  placesDisponibles: false,
};

export type Seance = SeanceAgenda & { adequation?: Adequation };

export interface Calcul {
  seances: Seance[];
  /** Window actually shown (local dates, both included). */
  du: string;
  au: string;
  erreurCommune?: string;
}

export const cleSeance = (s: SeanceAgenda) => `${s.atelier.id}|${s.date}|${s.debut}`;
export const idSeance = (s: SeanceAgenda) => 's-' + replier(cleSeance(s)).replace(/[^a-z0-9]+/g, '-');
export const slug = (t: string) => replier(t).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'atelier';
export const jourSemaine = (date: string) => (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
export const lundiDe = (date: string) => ajouterJours(date, -jourSemaine(date));


/** Formatters by language and kind: building one costs far more than using it. */
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function format<T extends Intl.DateTimeFormat | Intl.NumberFormat>(cle: string, creer: () => T): T {
  let f = formats.get(cle);
  if (!f) formats.set(cle, (f = creer()));
  return f as T;
}

/** « 09:30 » in the language of `tag`: « 9 h 30 » in French, « 9:30 am » in English, 24-hour otherwise (as the opening hours). */
export const heure = (hhmm: string, tag: string): string => heureLocale(hhmm, tag);

/** A distance in km, with the language's decimal sign (« 2,5 », « 2.5 »). */
export const km = (n: number, tag: string): string =>
  format('k' + tag, () => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 })).format(n);

/** A date `YYYY-MM-DD` with the given parts, in the language of `tag` (French « 1er » for the first of the month). */
export function date(d: string, tag: string, o: Intl.DateTimeFormatOptions): string {
  const t = format('d' + tag + JSON.stringify(o), () => new Intl.DateTimeFormat(tag, { ...o, timeZone: 'UTC' })).format(
    new Date(`${d}T12:00:00Z`),
  );
  return tag === 'fr-FR' && o.month ? t.replace(/^1 /, '1er ') : t;
}
