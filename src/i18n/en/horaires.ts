/** Opening hours in English: « Open · closes at 5 pm ». Times through Intl (12-hour clock, as people say them). */
import type { MessagesHoraires } from '../horaires.fr.js';

const avecMinutes = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' });
const sansMinutes = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hour12: true, timeZone: 'UTC' });

export const horaires: MessagesHoraires = {
  jours: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  jourProchain: (jour) => `next ${jour}`,
  heure: (h, m) =>
    h % 24 || m ? (m ? avecMinutes : sansMinutes).format(Date.UTC(2000, 0, 1, h, m)) : 'midnight',
  plage: (debut, fin) => `${debut} – ${fin}`,
  separateurPlages: ', ',
  journeeEntiere: '24 hours',
  ferme: 'Closed',
  ouvert24: 'Open 24 hours a day',
  ouvertFermeA: (heure) => `Open · closes at ${heure}`,
  ouvertFermeCetteNuit: (heure) => `Open · closes tonight at ${heure}`,
  ouvertFermeDemain: (heure) => `Open · closes tomorrow at ${heure}`,
  ouvertFermeJour: (jour, heure) => `Open · closes ${jour} at ${heure}`,
  fermeOuvreAujourdhui: (heure) => `Closed · opens at ${heure}`,
  fermeOuvreDemain: (heure) => `Closed · opens tomorrow at ${heure}`,
  fermeOuvreJour: (jour, heure) => `Closed · opens ${jour} at ${heure}`,
  jamaisOuvert: 'Closed · no opening times given',
  feriesFermes: 'Closed on public holidays',
  nonCompris: (source) => `Opening hours as written: ${source}`,
  nonRenseignes: 'Opening hours not given',
  raisons: {
    vide: 'Empty opening hours',
    syntaxe: 'Format not recognised',
    heure_invalide: 'Invalid time',
    plage_incomplete: 'Incomplete time range',
    plage_inversee: 'End time before start time',
    non_pris_en_charge: 'Form of opening hours not supported',
  },
};
