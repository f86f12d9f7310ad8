/**
 * Languages of the kit. French is built into every element (its tables are imported where they are used);
 * every other language is one lazy file, `src/i18n/<code>.ts`, with every table of every element: a page
 * fetches it only when a person or the page chooses that language, so French bundles do not carry it.
 *
 * `Locale` is the shape of such a file: one entry per French table, same keys, same function signatures
 * (test/i18n/cles.test.ts fails on any missing or extra key). Two entries have no French table, because French
 * shows the data as written: `standard` (the national standard's values: services, publics, modalités…) and
 * `arbre` (the words of the default orientation tree, by node).
 */
import type { MessagesAgenda } from './agenda.fr.js';
import type { fluxFr } from './agenda-flux.fr.js';
import type { agendaVuesFr } from './agenda-vues.fr.js';
import type { bandeauFormFr, bandeauFr } from './bandeau.fr.js';
import type { bandeauProchesFr } from './bandeau-proches.fr.js';
import type { MessagesCarte } from './carte.fr.js';
import type { MessagesDiag } from './diag.fr.js';
import type { Messages } from './fr.js';
import type { MessagesHoraires } from './horaires.fr.js';
import type { MessagesOrientation } from './orientation.fr.js';

/** The words of one node of the orientation tree, in another language (missing parts stay as written). */
export interface TexteNoeud {
  texte?: string | { moi: string; aidant: string };
  aide?: string | { moi: string; aidant: string };
  titre?: string | { moi: string; aidant: string };
  pourquoi?: string | { moi: string; aidant: string };
  /** Answers, by `valeur`. */
  reponses?: Record<string, string | { moi: string; aidant: string }>;
}

export interface Locale {
  /** The language's own name (« English », « العربية »), for the language choice. */
  nom: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for `Intl` (dates, numbers, lists). */
  intl: string;
  commun: Messages;
  horaires: MessagesHoraires;
  typologies: Record<string, string>;
  /** Values of the national standard (services, publics, prises en charge, frais, modalités, labels, itinérance) and workshop themes, by their French value. */
  standard: Record<string, string>;
  maplibre: Record<string, string>;
  diag: MessagesDiag;
  orientation: MessagesOrientation;
  /** The default orientation tree, by node id. */
  arbre: Record<string, TexteNoeud>;
  carte: MessagesCarte;
  agenda: MessagesAgenda;
  agendaVues: typeof agendaVuesFr;
  agendaFlux: typeof fluxFr;
  bandeau: typeof bandeauFr;
  bandeauForm: typeof bandeauFormFr;
  bandeauProches: typeof bandeauProchesFr;
}

export const LANGUES = ['fr', 'en', 'ar', 'uk'] as const;
export type Langue = (typeof LANGUES)[number];

/** « en-GB » → en, « AR » → ar; a language the kit does not have → French. */
export const codeLangue = (lang: string): Langue =>
  LANGUES.find((l) => lang.toLowerCase().split('-')[0] === l) ?? 'fr';


/** Intl tag of French (other languages carry theirs). */
export const INTL_FR = 'fr-FR';

// One file per language, fetched once per page. The map is written out so the bundler sees each import.
const chargeurs: Record<Exclude<Langue, 'fr'>, () => Promise<{ default: Locale }>> = {
  en: () => import('./en.js'),
  ar: () => import('./ar.js'),
  uk: () => import('./uk.js'),
};
const chargees: Partial<Record<Langue, Locale>> = {};
const enCours: Partial<Record<Langue, Promise<Locale | undefined>>> = {};

/** The loaded tables of a language, or undefined (French, or not arrived yet). */
export const localeChargee = (l: Langue): Locale | undefined => chargees[l];

/** Fetches a language once; a failure (offline) leaves French, with a console warning, and may be retried. */
export function chargerLocale(l: Langue): Promise<Locale | undefined> {
  if (l === 'fr') return Promise.resolve(undefined);
  return (enCours[l] ??= chargeurs[l]().then(
    (m) => (chargees[l] = m.default),
    (e) => {
      delete enCours[l];
      console.warn(`Kit inclusion numérique : langue ${l} non chargée`, e);
      return undefined;
    },
  ));
}
