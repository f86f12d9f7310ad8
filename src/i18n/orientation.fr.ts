/**
 * Every French word a person reads in `<orientation-flow>` outside the tree (the tree carries its own questions
 * and outcomes). Two voices: the person (« vous ») and a helper (« la personne »).
 */
import type { Disponibilite, Raison } from '../data/propositions.js';
import type { PriseEnChargeSpecifique } from '../data/standard.js';

type Voix = 'moi' | 'aidant';
const v = (voix: Voix, moi: string, aidant: string) => (voix === 'moi' ? moi : aidant);
const km = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
const dateSeance = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

export const orientationFr = {
  titre: 'Trouver la bonne aide',
  intro: 'Quelques questions simples, puis trois lieux près de chez vous, à garder sur papier si vous voulez.',
  pourQui: 'Qui répond ?',
  pourMoi: 'C’est pour moi',
  pourAutre: 'J’accompagne quelqu’un',
  commencer: 'Commencer',
  chargement: 'Chargement des questions…',
  jeNeSaisPas: 'Je ne sais pas ce dont j’ai besoin',
  jeNeSaisPasAide: 'Un petit test de 5 minutes aide à le savoir.',
  diagnosticRepris: 'Les réponses du petit test sont reprises : elles ne sont pas redemandées.',
  etapes: ['Votre besoin', 'Votre situation', 'Où et quand'] as readonly [string, string, string],
  etape: (i: number, nom: string) => `Étape ${i} sur 3 : ${nom}`,
  retour: 'Retour',
  recommencer: 'Recommencer',
  /** Shown to the integrator when the tree given is refused (the validator's messages follow). */
  arbreInvalide: 'L’arbre d’orientation fourni n’est pas valable :',
  arbreIllisible: (raison: string) => `L’arbre d’orientation n’a pas pu être lu (${raison}).`,
  ouQuand: {
    titre: (voix: Voix) => v(voix, 'Où et quand pouvez-vous y aller ?', 'Où et quand la personne peut-elle y aller ?'),
    ou: 'Où ?',
    champ: 'Commune ou code postal',
    champAide: 'Par exemple : Tourcoing ou 59200',
    localiser: 'Me localiser',
    position: 'Votre position est utilisée (elle reste dans ce navigateur).',
    positionErreur: 'La position n’a pas pu être trouvée. Tapez une commune ou un code postal.',
    introuvable: (s: string) => `Nous ne trouvons pas « ${s} » dans l’annuaire. Essayez le code postal ou une commune voisine.`,
    distance: 'Jusqu’à quelle distance ?',
    distances: [
      [2, 'Moins de 2 km'],
      [5, 'Moins de 5 km'],
      [10, 'Moins de 10 km'],
      [20, 'Moins de 20 km'],
      [0, 'Peu importe'],
    ] as [number, string][],
    quand: (voix: Voix) => v(voix, 'Quand êtes-vous libre ?', 'Quand la personne est-elle libre ?'),
    quandAide: 'Ne cochez rien si cela ne compte pas.',
    jours: ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi'],
    moment: 'Plutôt',
    moments: { journee: 'Toute la journée', matin: 'Le matin', 'apres-midi': 'L’après-midi' } satisfies Record<Disponibilite['moment'], string>,
    besoins: 'Besoins particuliers',
    priseEnCharge: {
      Surdité: 'Personnes sourdes ou malentendantes',
      'Handicaps moteurs': 'Handicap moteur (fauteuil…)',
      'Handicaps mentaux': 'Handicap mental',
      Illettrisme: 'Difficultés pour lire et écrire',
      'Langues étrangères (anglais)': 'Parle anglais',
      'Langues étrangères (autres)': 'Parle une autre langue',
      'Déficience visuelle': 'Personnes aveugles ou malvoyantes',
    } satisfies Record<PriseEnChargeSpecifique, string>,
    gratuit: 'Seulement les lieux gratuits',
    voir: 'Voir les lieux',
  },
  resultat: {
    urgence: (voix: Voix) =>
      v(
        voix,
        'La démarche est urgente : appelez avant d’y aller, ces lieux peuvent vous recevoir rapidement.',
        'La démarche est urgente : appelez avant d’y aller, ces lieux peuvent recevoir la personne rapidement.',
      ),
    francais: (voix: Voix) =>
      v(
        voix,
        'Des cours de français, ou une aide avec un traducteur, vous aideront aussi : demandez-le dans ces lieux.',
        'Des cours de français, ou une aide avec un traducteur, l’aideront aussi : demandez-le dans ces lieux.',
      ),
    lieuxTitre: 'Les lieux qui conviennent',
    raison: (r: Raison, d: number | undefined, voix: Voix): string =>
      ({
        besoin: 'Propose cette aide',
        'en-premier': 'Le mieux placé pour cette aide',
        ouvert: v(voix, 'Ouvert quand vous êtes libre', 'Ouvert quand la personne est libre'),
        distance: d === undefined ? 'Proche' : `À ${km.format(d)} km`,
        gratuit: 'Gratuit',
        accessible: 'Accessibilité décrite (Accès libre)',
        langues: 'Accueil dans d’autres langues',
        'prise-en-charge': v(voix, 'Accueil adapté à vos besoins', 'Accueil adapté à ses besoins'),
      })[r],
    aucun: 'Aucun lieu de l’annuaire ne correspond à tous ces choix.',
    repliFs: (voix: Voix) =>
      v(
        voix,
        'Le France Services le plus proche peut vous aider ou vous dire où aller :',
        'Le France Services le plus proche peut aider la personne ou lui dire où aller :',
      ),
    repliTel: (nom: string) => `Ou appelez ${nom} (gratuit) :`,
    appeler: (n: string) => `Appeler le ${n}`,
    horairesInconnus: 'Horaires non renseignés : appelez avant d’y aller.',
    ateliersTitre: 'Des ateliers bientôt dans ces lieux',
    seance: (date: string, heure: string) => `${dateSeance.format(new Date(`${date}T12:00:00Z`))}, ${heure}`,
    voirCarte: 'Voir tous les lieux sur la carte',
    voirAgenda: 'Voir l’agenda des ateliers',
    ficheTitre: 'La fiche d’orientation',
    ficheAide: (voix: Voix) =>
      v(
        voix,
        'À imprimer ou à envoyer : gardez-la, ou montrez-la dans le lieu.',
        'À imprimer ou à envoyer : la personne la garde, ou la montre dans le lieu.',
      ),
    note: (voix: Voix) => v(voix, 'Un mot à garder avec la fiche (facultatif)', 'Un mot pour la personne (facultatif)'),
    noteAide: 'Ce mot n’est gardé nulle part : il part seulement sur la fiche.',
    imprimer: 'Imprimer la fiche',
    /** Offered only in another language: the fiche with that language and French side by side. */
    imprimerDeuxLangues: 'Imprimer en deux langues (avec le français)',
    sms: 'Envoyer par SMS',
    courriel: 'Envoyer par e-mail',
    sujet: 'Votre fiche d’orientation',
  },
  fiche: {
    titre: 'Fiche d’orientation',
    besoin: 'Votre besoin',
    aide: 'L’aide qui convient',
    lieux: 'Où aller',
    ateliers: 'Ateliers',
    note: 'Note',
    date: (d: Date) => `Fiche faite le ${dateFormat.format(d)}.`,
    retrouver: 'Pour retrouver ces lieux :',
    tel: (n: string) => `Tél. ${n}`,
  },
};

export type MessagesOrientation = typeof orientationFr;
