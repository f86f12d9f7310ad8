/** `<orientation-flow>` in English (same keys as src/i18n/orientation.fr.ts). Two voices: the person and a helper. */
import type { Raison } from '../../data/propositions.js';
import type { MessagesOrientation } from '../orientation.fr.js';

type Voix = 'moi' | 'aidant';
const v = (voix: Voix, moi: string, aidant: string) => (voix === 'moi' ? moi : aidant);
const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const dateSeance = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

export const orientation: MessagesOrientation = {
  titre: 'Find the right help',
  intro: 'A few simple questions, then three locations near you, to keep on paper if you like.',
  pourQui: 'Who is answering?',
  pourMoi: 'It is for me',
  pourAutre: 'I am helping someone',
  commencer: 'Start',
  chargement: 'Loading the questions…',
  jeNeSaisPas: 'I do not know what I need',
  jeNeSaisPasAide: 'A short 5-minute test helps you find out.',
  diagnosticRepris: 'Your answers to the short test are used: you will not be asked again.',
  etapes: ['Your need', 'Your situation', 'Where and when'],
  etape: (i: number, nom: string) => `Step ${i} of 3: ${nom}`,
  retour: 'Back',
  recommencer: 'Start again',
  arbreInvalide: 'The orientation tree given is not valid:',
  arbreIllisible: (raison: string) => `The orientation tree could not be read (${raison}).`,
  ouQuand: {
    titre: (voix: Voix) => v(voix, 'Where and when can you go?', 'Where and when can the person go?'),
    ou: 'Where?',
    champ: 'Town or postcode',
    champAide: 'For example: Tourcoing or 59200',
    localiser: 'Find my location',
    position: 'Your location is used (it stays in this browser).',
    positionErreur: 'Your location could not be found. Type a town or a postcode.',
    introuvable: (s: string) => `We cannot find “${s}” in the directory. Try the postcode or a nearby town.`,
    distance: 'How far can you go?',
    distances: [
      [2, 'Less than 2 km'],
      [5, 'Less than 5 km'],
      [10, 'Less than 10 km'],
      [20, 'Less than 20 km'],
      [0, 'Any distance'],
    ] as [number, string][],
    quand: (voix: Voix) => v(voix, 'When are you free?', 'When is the person free?'),
    quandAide: 'Tick nothing if it does not matter.',
    jours: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    moment: 'Preferably',
    moments: { journee: 'All day', matin: 'In the morning', 'apres-midi': 'In the afternoon' },
    besoins: 'Special needs',
    priseEnCharge: {
      Surdité: 'Deaf or hard of hearing people',
      'Handicaps moteurs': 'Physical disability (wheelchair…)',
      'Handicaps mentaux': 'Mental disability',
      Illettrisme: 'Difficulty reading and writing',
      'Langues étrangères (anglais)': 'Speaks English',
      'Langues étrangères (autres)': 'Speaks another language',
      'Déficience visuelle': 'Blind or partially sighted people',
    },
    gratuit: 'Free locations only',
    voir: 'See the locations',
  },
  resultat: {
    urgence: (voix: Voix) =>
      v(
        voix,
        'This is urgent: call before you go, these locations can see you quickly.',
        'This is urgent: call before going, these locations can see the person quickly.',
      ),
    francais: (voix: Voix) =>
      v(
        voix,
        'French classes, or help with a translator, will help you too: ask for them in these locations.',
        'French classes, or help with a translator, will help the person too: ask for them in these locations.',
      ),
    lieuxTitre: 'Locations that fit',
    raison: (r: Raison, d: number | undefined, voix: Voix): string =>
      ({
        besoin: 'Offers this help',
        'en-premier': 'Best placed for this help',
        ouvert: v(voix, 'Open when you are free', 'Open when the person is free'),
        distance: d === undefined ? 'Nearby' : `${km.format(d)} km away`,
        gratuit: 'Free',
        accessible: 'Accessibility described',
        langues: 'Help in other languages',
        'prise-en-charge': v(voix, 'Suited to your needs', 'Suited to their needs'),
      })[r],
    aucun: 'No place in the directory matches all these choices.',
    repliFs: (voix: Voix) =>
      v(
        voix,
        'The nearest France Services can help you or tell you where to go:',
        'The nearest France Services can help the person or say where to go:',
      ),
    repliTel: (nom: string) => `Or call ${nom} (free):`,
    appeler: (n: string) => `Call ${n}`,
    horairesInconnus: 'Opening hours not given: call before you go.',
    ateliersTitre: 'Workshops soon in these locations',
    seance: (date: string, heure: string) => `${dateSeance.format(new Date(`${date}T12:00:00Z`))}, ${heure}`,
    voirCarte: 'See all the locations on the map',
    voirAgenda: 'See the workshop calendar',
    ficheTitre: 'The referral sheet',
    ficheAide: (voix: Voix) =>
      v(
        voix,
        'To print or to send: keep it, or show it at the place.',
        'To print or to send: the person keeps it, or shows it at the place.',
      ),
    note: (voix: Voix) => v(voix, 'A note to keep with the sheet (optional)', 'A note for the person (optional)'),
    noteAide: 'This note is not kept anywhere: it only goes on the sheet.',
    imprimer: 'Print the sheet',
    imprimerDeuxLangues: 'Print in English and French',
    sms: 'Send by text message',
    courriel: 'Send by e-mail',
    sujet: 'Your referral sheet',
  },
  fiche: {
    titre: 'Referral sheet',
    besoin: 'Your need',
    aide: 'The right help',
    lieux: 'Where to go',
    ateliers: 'Workshops',
    note: 'Note',
    date: (d: Date) => `Sheet made on ${dateFormat.format(d)}.`,
    retrouver: 'To find these locations:',
    tel: (n: string) => `Tel. ${n}`,
  },
};
