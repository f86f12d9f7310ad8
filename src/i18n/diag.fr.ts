/**
 * Every French word a person reads in `<diag-autonomie>`. Plain words, short sentences; no score, no jargon
 * (« médiation numérique » means nothing to the public). Two voices: the person (« vous ») and a helper who
 * answers for someone (« la personne »). Kept apart from fr.ts so that other elements do not carry it.
 */
import type {
  Aide,
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
import type { NiveauAutonomie } from '../data/types.js';

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

export const diagFr = {
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
  ecouter: 'Écouter',
  arreter: 'Arrêter la lecture',
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

  resultat: {
    titre: 'Le résultat',
    niveau: (n: NiveauAutonomie, voix: Voix): { titre: string; sens: string } => {
      switch (n) {
        case 'eloigne':
          return {
            titre: v(voix, 'Vous découvrez le numérique', 'La personne découvre le numérique'),
            sens: v(
              voix,
              'Le numérique est encore nouveau pour vous. Beaucoup de personnes sont dans ce cas. Quelqu’un peut faire vos démarches avec vous. Vous pouvez aussi apprendre les premiers gestes, à votre rythme.',
              'Le numérique est encore nouveau pour elle. Quelqu’un peut faire ses démarches avec elle. Elle peut aussi apprendre les premiers gestes, à son rythme.',
            ),
          };
        case 'debutant':
          return {
            titre: v(voix, 'Vous faites vos premiers pas', 'La personne fait ses premiers pas'),
            sens: v(
              voix,
              'Vous avez un appareil, mais vous ne savez pas encore bien vous en servir. Des ateliers pour débuter vous apprennent à le prendre en main.',
              'Elle a un appareil, mais ne sait pas encore bien s’en servir. Des ateliers pour débuter lui apprennent à le prendre en main.',
            ),
          };
        case 'intermediaire':
          return {
            titre: v(voix, 'Vous vous servez de votre appareil', 'La personne se sert de son appareil'),
            sens: v(
              voix,
              'Vous savez utiliser votre appareil. Vous pouvez maintenant apprendre internet, les messages et les applications.',
              'Elle sait utiliser son appareil. Elle peut maintenant apprendre internet, les messages et les applications.',
            ),
          };
        case 'avance':
          return {
            titre: v(voix, 'Vous êtes à l’aise sur internet', 'La personne est à l’aise sur internet'),
            sens: v(
              voix,
              'Vous savez utiliser internet. Un coup de pouce peut vous aider pour les démarches en ligne, les mots de passe et la sécurité.',
              'Elle sait utiliser internet. Un coup de pouce peut l’aider pour les démarches en ligne, les mots de passe et la sécurité.',
            ),
          };
        case 'autonome':
          return {
            titre: v(voix, 'Vous êtes autonome', 'La personne est autonome'),
            sens: v(
              voix,
              'Vous faites vos démarches en ligne seul ou seule. Si un jour vous bloquez, des lieux près de chez vous peuvent vous aider.',
              'Elle fait ses démarches en ligne seule. Si un jour elle bloque, des lieux près de chez elle peuvent l’aider.',
            ),
          };
      }
    },
    incertain: 'Plusieurs réponses étaient « Je ne sais pas ». Une personne qui accompagne pourra préciser ce résultat.',
    aideTitre: 'L’aide qui vous convient',
    aideTitreAidant: 'L’aide qui convient',
    maintenant: 'D’abord',
    ensuite: 'Ensuite',
    aide: (a: Aide, voix: Voix): { titre: string; sens: string } =>
      ({
        assistance: {
          titre: 'Faire la démarche avec quelqu’un',
          sens: v(
            voix,
            'Dans un lieu comme France Services, un conseiller fait la démarche avec vous. Avec votre accord, un aidant habilité peut aussi la faire pour vous (Aidants Connect).',
            'Dans un lieu comme France Services, un conseiller fait la démarche avec elle. Avec son accord, un aidant habilité peut aussi la faire pour elle (Aidants Connect).',
          ),
        },
        'coup-de-pouce': {
          titre: 'Un coup de pouce',
          sens: v(
            voix,
            'Un conseiller numérique vous montre comment faire, sur le site dont vous avez besoin.',
            'Un conseiller numérique lui montre comment faire, sur le site dont elle a besoin.',
          ),
        },
        formation: {
          titre: 'Apprendre pas à pas',
          sens: v(
            voix,
            'Des ateliers, seul ou en groupe, pour apprendre à votre rythme. Ils sont souvent gratuits.',
            'Des ateliers, seule ou en groupe, pour apprendre à son rythme. Ils sont souvent gratuits.',
          ),
        },
        autonomie: {
          titre: v(voix, 'Continuer seul ou seule', 'Continuer seule'),
          sens: v(
            voix,
            'Vous n’avez pas besoin d’aide pour l’instant. Des ateliers existent si vous voulez aller plus loin.',
            'Elle n’a pas besoin d’aide pour l’instant. Des ateliers existent si elle veut aller plus loin.',
          ),
        },
      })[a],
    francais: (voix: Voix) =>
      v(
        voix,
        'Des cours de français, ou une aide avec un traducteur, vous aideront aussi.',
        'Des cours de français, ou une aide avec un traducteur, l’aideront aussi.',
      ),
    urgence: (o: string | undefined, voix: Voix) => {
      const quoi = v(voix, 'Votre démarche urgente', 'Sa démarche urgente');
      return o ? `${quoi} (${o}) passe en premier.` : `${quoi} passe en premier.`;
    },
    caracteristiques: 'Ce qu’il faut savoir',
    appareils: (liste: string[]) => (liste.length ? `Appareils : ${liste.join(', ')}.` : 'Pas d’appareil pour l’instant.'),
    internet: (i: Internet) =>
      ({ maison: 'Internet à la maison.', telephone: 'Internet seulement sur le téléphone.', non: 'Pas d’internet à la maison.' })[i],
    francaisNiveau: (f: Francais) =>
      ({
        facile: 'Lit et écrit le français facilement.',
        'un-peu': 'Lit et écrit le français avec un peu de difficulté.',
        difficile: 'Lit et écrit le français avec difficulté.',
        'pas-du-tout': 'Ne lit pas le français.',
      })[f],
    apprentissage: (a: Apprentissage) =>
      ({
        facile: 'Apprend facilement.',
        'avec-du-temps': 'Apprend avec du temps.',
        'tres-difficile': 'Apprend très difficilement.',
      })[a],
    appareilsMots: { smartphone: 'smartphone', ordinateur: 'ordinateur', tablette: 'tablette' } as Record<string, string>,
    organismes: {
      caf: 'CAF',
      cpam: 'Assurance Maladie',
      impots: 'impôts',
      'france-travail': 'France Travail',
      ants: 'ANTS',
      retraite: 'retraite',
      autre: '',
    } as Record<Organisme, string>,
    suiteTitre: 'Et maintenant ?',
    versCarte: (voix: Voix) => v(voix, 'Trouver un lieu près de chez vous', 'Trouver un lieu près de chez elle'),
    versOrientation: 'Être guidé vers la bonne aide',
    ateliersTitre: (voix: Voix) => v(voix, 'Des ateliers à votre niveau', 'Des ateliers à son niveau'),
    versAgenda: 'Voir tout l’agenda des ateliers',
    ateliersAucun: (voix: Voix) =>
      v(voix, 'Pas d’atelier à votre niveau dans les 4 prochaines semaines.', 'Pas d’atelier à son niveau dans les 4 prochaines semaines.'),
    imprimer: 'Imprimer le résultat',
    garder: 'Garder ce résultat sur cet appareil',
    garderAide: 'Pour voir vos progrès la prochaine fois. Ne le faites pas sur un ordinateur partagé.',
    garde: 'Le résultat est gardé sur cet appareil. « Effacer mes réponses » l’enlève.',
    progres: (date: Date, avant: string, maintenant: string, mieux: boolean, pareil: boolean) =>
      pareil
        ? `Le ${dateFormat.format(date)}, le résultat était le même : ${avant}.`
        : mieux
          ? `Bravo : le ${dateFormat.format(date)}, le résultat était « ${avant} ». Aujourd’hui : « ${maintenant} ».`
          : `Le ${dateFormat.format(date)}, le résultat était « ${avant} ».`,
    refaire: 'Refaites ce test plus tard pour voir vos progrès.',
    fait: (date: Date) => `Test fait le ${dateFormat.format(date)}.`,
  },
};

export type MessagesDiag = typeof diagFr;
