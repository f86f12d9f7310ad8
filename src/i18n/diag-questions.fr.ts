/**
 * Every French word a person reads in `<diag-autonomie>`. Plain words, short sentences; no score, no jargon
 * (« médiation numérique » means nothing to the public). Two voices: the person (« vous ») and a helper who
 * answers for someone (« la personne »). Kept apart from fr.ts so that other elements do not carry it.
 *
 * This file: the start and the questions (what the element loads first); the result's words are in
 * diag-resultat.fr.ts (fetched with the result's chunk); diag.fr.ts puts both together as one table.
 */
import type {
  Appareil,
  Apprentissage,
  Competence,
  Envie,
  Francais,
  IdQuestion,
  Internet,
  Maitrise,
  Organisme,
  Urgence,
  Voix,
} from '../data/diagnostic.js';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

/** « vous » for the person, « la personne » for a helper. */
const v = (voix: Voix, moi: string, aidant: string) => (voix === 'moi' ? moi : aidant);

export interface TexteQuestion {
  question: string;
  /** A short example or explanation under the question. */
  aide?: string;
  /** Word for each answer (« je ne sais pas » is common to all). */
  choix: Record<string, string>;
}

const competence = (voix: Voix, quoi: string, exemple: string): TexteQuestion => ({
  question: v(voix, `Pouvez-vous ${quoi} ?`, `La personne peut-elle ${quoi} ?`),
  aide: exemple,
  choix: {
    seul: v(voix, 'Oui, seul ou seule', 'Oui, seule'),
    aide: 'Oui, avec de l’aide',
    non: 'Non',
  } satisfies Record<Maitrise, string>,
});

export const diagQuestionsFr = {
  titre: 'Où en êtes-vous avec le numérique ?',
  titreAidant: 'Où en est la personne avec le numérique ?',
  intro:
    'Une dizaine de questions, environ 5 minutes. Ce n’est pas un examen : il n’y a pas de bonne ou de mauvaise réponse. Les réponses restent sur cet appareil.',
  pourQui: 'Qui répond ?',
  pourMoi: 'C’est pour moi',
  pourAutre: 'J’accompagne quelqu’un',
  pourAutreAide: 'Vous répondez pour la personne, ou vous l’observez.',
  commencer: 'Commencer',
  etape: (i: number, n: number) => `Étape ${i} sur ${n}`,
  retour: 'Retour',
  recommencer: 'Recommencer',
  continuer: 'Continuer',
  nsp: 'Je ne sais pas',
  plusieurs: 'Vous pouvez en choisir plusieurs.',
  effacer: 'Effacer mes réponses',
  efface: 'Les réponses sont effacées de cet appareil.',
  gardeAvant: (date: Date) => `Un résultat du ${dateFormat.format(date)} est gardé sur cet appareil.`,

  question: (id: IdQuestion, voix: Voix): TexteQuestion => {
    switch (id) {
      case 'appareils':
        return {
          question: v(voix, 'Quels appareils avez-vous ?', 'Quels appareils la personne a-t-elle ?'),
          aide: v(voix, 'À vous, ou que vous pouvez utiliser quand vous voulez.', 'À elle, ou qu’elle peut utiliser quand elle veut.'),
          choix: {
            smartphone: 'Un smartphone (téléphone avec internet)',
            ordinateur: 'Un ordinateur',
            tablette: 'Une tablette',
            aucun: 'Aucun',
          } satisfies Record<Appareil, string>,
        };
      case 'internet':
        return {
          question: v(voix, 'Avez-vous internet chez vous ?', 'La personne a-t-elle internet chez elle ?'),
          choix: {
            maison: 'Oui, une box ou le wifi',
            telephone: 'Seulement sur le téléphone',
            non: 'Non',
          } satisfies Record<Internet, string>,
        };
      case 'allumer':
        return competence(voix, 'allumer l’appareil et ouvrir une application', 'Par exemple : ouvrir l’appareil photo ou la météo.');
      case 'message':
        return competence(voix, 'écrire et envoyer un message', 'Un SMS, un message WhatsApp ou un e-mail.');
      case 'lien':
        return competence(voix, 'ouvrir un lien reçu ou chercher sur internet', 'Par exemple : ouvrir le lien d’un SMS, chercher une adresse.');
      case 'mot-de-passe':
        return competence(voix, 'créer un mot de passe et se connecter à un compte', 'Par exemple : le compte ameli ou CAF.');
      case 'photo-document':
        return competence(voix, 'envoyer la photo d’un document', 'Par exemple : une pièce d’identité ou un justificatif de domicile.');
      case 'demarche':
        return competence(voix, 'faire une démarche en ligne du début à la fin', 'Par exemple : déclarer ses revenus, demander une aide.');
      case 'francais':
        return {
          question: v(voix, 'Lire et écrire en français, pour vous, c’est :', 'Lire et écrire en français, pour la personne, c’est :'),
          choix: {
            facile: 'Facile',
            'un-peu': 'Un peu difficile',
            difficile: 'Difficile',
            'pas-du-tout': v(voix, 'Je ne lis pas le français', 'Elle ne lit pas le français'),
          } satisfies Record<Francais, string>,
        };
      case 'envie':
        return {
          question: v(voix, 'Aimeriez-vous apprendre à faire seul ?', 'La personne aimerait-elle apprendre à faire seule ?'),
          choix: {
            oui: 'Oui',
            'oui-peur': v(voix, 'Oui, mais j’ai peur de me tromper', 'Oui, mais elle a peur de se tromper'),
            'non-avec-moi': v(voix, 'Non, je préfère qu’on le fasse avec moi', 'Non, elle préfère qu’on le fasse avec elle'),
          } satisfies Record<Envie, string>,
        };
      case 'urgence':
        return {
          question: v(voix, 'Avez-vous une démarche à faire tout de suite ?', 'La personne a-t-elle une démarche à faire tout de suite ?'),
          aide: 'Une démarche qui ne peut pas attendre.',
          choix: { oui: 'Oui', non: 'Non' } satisfies Record<Urgence, string>,
        };
      case 'organisme':
        return {
          question: 'C’est une démarche pour :',
          choix: {
            caf: 'La CAF',
            cpam: 'L’Assurance Maladie (ameli)',
            impots: 'Les impôts',
            'france-travail': 'France Travail',
            ants: 'Carte d’identité, permis, carte grise (ANTS)',
            retraite: 'La retraite',
            autre: 'Autre chose',
          } satisfies Record<Organisme, string>,
        };
      case 'apprentissage':
        return {
          question: 'D’après vous, la personne apprend-elle facilement ?',
          aide: 'Cette question n’est posée qu’à la personne qui accompagne.',
          choix: {
            facile: 'Facilement',
            'avec-du-temps': 'Avec du temps',
            'tres-difficile': 'Très difficilement',
          } satisfies Record<Apprentissage, string>,
        };
    }
  },
};
