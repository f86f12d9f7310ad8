/** Every word a person reads about opening hours, in French. Another language implements `MessagesHoraires`. */
import type { RaisonHoraires } from '../data/horaires.js';

export interface MessagesHoraires {
  /** Monday first. */
  jours: readonly [string, string, string, string, string, string, string];
  /** The same weekday next week: « lundi prochain ». */
  jourProchain: (jour: string) => string;
  /** A time of day: « 9 h », « 17 h 30 », « minuit » (0:00 and 24:00). */
  heure: (heures: number, minutes: number) => string;
  /** A span: « 9 h – 12 h ». */
  plage: (debut: string, fin: string) => string;
  separateurPlages: string;
  /** A day open from midnight to midnight. */
  journeeEntiere: string;
  /** A closed day, in the week table. */
  ferme: string;
  ouvert24: string;
  ouvertFermeA: (heure: string) => string;
  /** Closes after midnight, early in the morning. */
  ouvertFermeCetteNuit: (heure: string) => string;
  ouvertFermeDemain: (heure: string) => string;
  ouvertFermeJour: (jour: string, heure: string) => string;
  fermeOuvreAujourdhui: (heure: string) => string;
  fermeOuvreDemain: (heure: string) => string;
  fermeOuvreJour: (jour: string, heure: string) => string;
  /** Closed, with no opening in the week. */
  jamaisOuvert: string;
  feriesFermes: string;
  /** Hours we could not read, shown as written. */
  nonCompris: (source: string) => string;
  nonRenseignes: string;
  /** For reports to data producers. */
  raisons: Record<RaisonHoraires, string>;
}

export const horairesFr: MessagesHoraires = {
  jours: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  jourProchain: (jour) => `${jour} prochain`,
  heure: (h, m) => (m ? `${h} h ${String(m).padStart(2, '0')}` : h % 24 ? `${h} h` : 'minuit'),
  plage: (debut, fin) => `${debut} – ${fin}`,
  separateurPlages: ', ',
  journeeEntiere: '24 h/24',
  ferme: 'Fermé',
  ouvert24: 'Ouvert 24 h/24',
  ouvertFermeA: (heure) => `Ouvert · ferme à ${heure}`,
  ouvertFermeCetteNuit: (heure) => `Ouvert · ferme cette nuit à ${heure}`,
  ouvertFermeDemain: (heure) => `Ouvert · ferme demain à ${heure}`,
  ouvertFermeJour: (jour, heure) => `Ouvert · ferme ${jour} à ${heure}`,
  fermeOuvreAujourdhui: (heure) => `Fermé · ouvre à ${heure}`,
  fermeOuvreDemain: (heure) => `Fermé · ouvre demain à ${heure}`,
  fermeOuvreJour: (jour, heure) => `Fermé · ouvre ${jour} à ${heure}`,
  jamaisOuvert: 'Fermé · aucune ouverture indiquée',
  feriesFermes: 'Fermé les jours fériés',
  nonCompris: (source) => `Horaires tels qu’indiqués : ${source}`,
  nonRenseignes: 'Horaires non renseignés',
  raisons: {
    vide: 'Horaires vides',
    syntaxe: 'Écriture non reconnue',
    heure_invalide: 'Heure invalide',
    plage_incomplete: 'Plage horaire incomplète',
    plage_inversee: 'Heure de fin avant l’heure de début',
    non_pris_en_charge: 'Forme d’horaires non prise en charge',
  },
};
