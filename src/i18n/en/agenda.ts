/** `<agenda-ateliers>` in English (same keys as src/i18n/agenda.fr.ts). */
import type { MessagesAgenda } from '../agenda.fr.js';

const s = (n: number, un: string, plusieurs: string) => `${n} ${n === 1 ? un : plusieurs}`;

export const agenda: MessagesAgenda = {
  titre: 'Digital skills workshops',
  intro: 'Workshops to learn how to use computers, phones and the internet, near you. Most of them are free.',
  recherche: {
    libelle: 'Search for a workshop',
    aide: 'One or more words: smartphone, CAF, e-mail, scams…',
  },
  vues: { legende: 'Show', liste: 'List', semaine: 'Week', carte: 'Map' },
  filtres: {
    ouvrir: 'Filters',
    actifs: (n: number) => `Filters (${n} chosen)`,
    effacer: 'Clear the filters',
  },
  niveau: {
    case: (n: string) => `Suited to my level (${n})`,
    aide: 'Based on the short digital skills test: workshops at your level come first.',
    sections: {
      adaptes: 'At your level or open to everyone',
      faciles: 'Easier than your level',
      avances: 'Need more confidence',
    },
    noms: {
      eloigne: 'first steps',
      debutant: 'beginner',
      intermediaire: 'intermediate',
      avance: 'confident',
      autonome: 'independent',
    },
    adequation: {
      'a-votre-niveau': 'At your level',
      'ouvert-a-tous': 'Open to all levels',
      'plus-facile': 'Easier than your level: to go over the basics again',
      'plus-avance': 'Needs more confidence than your level: start with a beginners’ workshop instead',
    },
  },
  compte: (n: number) => (n === 0 ? 'No workshop matches.' : `${s(n, 'workshop session', 'workshop sessions')}`),
  plus: (n: number, reste: number) => `Show ${n} more sessions (of ${reste})`,
  chargement: 'Loading…',
  jours: { aujourdhui: 'Today', demain: 'Tomorrow' },
  aucun: 'No workshop matches your search.',
  aucunConseil: 'Try with fewer filters, another period or a nearby town.',
  aucunAtelier: 'This directory has no workshops yet.',
  rejets: (n: number) =>
    n === 1
      ? '1 workshop in the file is not filled in correctly: it is not shown.'
      : `${n} workshops in the file are not filled in correctly: they are not shown.`,
  rejetsDetail: 'See why',
  seance: {
    quand: (jour: string, debut: string, fin: string) => `${jour}, from ${debut} to ${fin}`,
    enLigne: 'Online',
    distance: (km: string) => `${km} km away`,
    niveaux: {
      debutant: 'Beginner level',
      intermediaire: 'Intermediate level',
      avance: 'Advanced level',
    },
    tousNiveaux: 'All levels',
    formats: { collectif: 'In a group', individuel: 'One to one' },
    modalites: {
      sur_place: 'In person',
      a_distance: 'Remote',
      mixte: 'In person or remote',
    },
    frais: {
      gratuit: 'Free',
      pass_numerique: 'Pass numérique accepted',
      payant: 'Paid',
    },
    tarif: (t: string) => `Paid: ${t}`,
    statuts: {
      programme: '',
      complet: 'Full',
      annule: 'Cancelled',
      reporte: 'Postponed',
    },
    places: (n: number) => (n === 0 ? 'Full' : n === 1 ? '1 seat left' : `${n} seats left`),
    inscriptionObligatoire: 'You must register',
    inscriptionLien: 'Register online',
    appeler: (tel: string) => `Call ${tel}`,
    ecrire: (mail: string) => `Write to ${mail}`,
    visio: 'Link to join online',
    ics: 'Add to my calendar',
    icsNom: (titre: string) => `Add to my calendar: ${titre}`,
    details: 'More information',
    detailsNom: (titre: string) => `More information: ${titre}`,
    annuleAide: 'This session will not take place.',
    reporteAide: 'This session has been moved: ask the place for details.',
  },
  details: {
    animateur: (n: string) => `Led by ${n}`,
    serie: (titre: string | undefined, n: number | undefined) =>
      [titre ? `Part of the course “${titre}”` : 'Part of a course', n ? `${n} sessions` : ''].filter(Boolean).join(', ') + '.',
    publics: (p: string) => `For: ${p}`,
    accessible: 'Wheelchair accessible',
  },
  export: {
    ics: (n: number) => `Download the calendar (${s(n, 'session', 'sessions')}, .ics)`,
    icsAide: 'To add it to a calendar on a phone or computer.',
    affiche: 'Print a poster',
    imprimerListe: 'Print the list',
  },
};
