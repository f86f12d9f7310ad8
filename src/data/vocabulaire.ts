/**
 * Our own vocabularies for ateliers (workshops): the standard has no workshop object, so we reuse La Coop de
 * la médiation numérique's level scale and thématiques (slugs from its public API), OpenAgenda's statuses and
 * attendance modes, and the field's five autonomy levels. French words for each value live in the messages.
 */
import type {
  Atelier,
  FormatAtelier,
  FraisAtelier,
  JourSemaine,
  ModaliteAtelier,
  NiveauAtelier,
  NiveauAutonomie,
  StatutAtelier,
} from './types.js';

export const NIVEAUX_ATELIER: readonly NiveauAtelier[] = ['debutant', 'intermediaire', 'avance'];

/** Lowest first: the order matters for « adapté à mon niveau ». */
export const NIVEAUX_AUTONOMIE: readonly NiveauAutonomie[] = [
  'eloigne',
  'debutant',
  'intermediaire',
  'avance',
  'autonome',
];

/** The autonomy level a workshop asks for when it does not say: a beginners' workshop welcomes Éloigné. */
export const NIVEAU_REQUIS_PAR_DEFAUT: Record<NiveauAtelier, NiveauAutonomie> = {
  debutant: 'eloigne',
  intermediaire: 'debutant',
  avance: 'intermediaire',
};

export const STATUTS_ATELIER: readonly StatutAtelier[] = ['programme', 'complet', 'annule', 'reporte'];
export const MODALITES_ATELIER: readonly ModaliteAtelier[] = ['sur_place', 'a_distance', 'mixte'];
export const FORMATS_ATELIER: readonly FormatAtelier[] = ['collectif', 'individuel'];
export const FRAIS_ATELIER: readonly FraisAtelier[] = ['gratuit', 'pass_numerique', 'payant'];

/** Monday first, as French calendars and OSM `opening_hours` (`Mo`) do. */
export const JOURS: readonly JourSemaine[] = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
];

/** Levels in order, for comparisons (`eloigne` = 0 … `autonome` = 4). */
export function rangNiveau(n: NiveauAutonomie): number {
  return NIVEAUX_AUTONOMIE.indexOf(n);
}

/**
 * Does this workshop fit a person at this level? It must not ask more than the person has (`niveau_requis`, else
 * derived from its `niveau`), nor be more than one level below (an intermédiaire is not sent to « allumer un
 * ordinateur »). A workshop without a level is open to everyone.
 */
export function atelierAdapte(atelier: Atelier, niveau: NiveauAutonomie): boolean {
  const requis = atelier.niveau_requis ?? (atelier.niveau ? NIVEAU_REQUIS_PAR_DEFAUT[atelier.niveau] : undefined);
  if (requis === undefined) return true;
  const ecart = rangNiveau(niveau) - rangNiveau(requis);
  return ecart >= 0 && ecart <= 1;
}
