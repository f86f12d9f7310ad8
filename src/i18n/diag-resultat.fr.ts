/**
 * The French words of `<diag-autonomie>`'s result (and of its print): apart from the questions
 * (diag-questions.fr.ts), so that they come with the result's lazy chunk. Same two voices.
 */
import type { Aide, Apprentissage, Francais, Internet, Organisme, Voix } from '../data/diagnostic.js';
import type { NiveauAutonomie } from '../data/types.js';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
const jourFormat = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** « vous » for the person, « la personne » for a helper. */
const v = (voix: Voix, moi: string, aidant: string) => (voix === 'moi' ? moi : aidant);

export const diagResultatFr = {
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
  /** Shown only in another language: the person's language and French side by side, for the agent. */
  imprimerDeux: 'Imprimer en deux langues',
  /** A workshop session: day `YYYY-MM-DD` and start `HH:MM` (« mardi 14 janvier, 9 h 30 »). */
  seance: (jour: string, debut: string) => {
    const [h, mn] = debut.split(':');
    return `${jourFormat.format(new Date(`${jour}T12:00:00Z`))}, ${Number(h)} h${mn && mn !== '00' ? ` ${mn}` : ''}`;
  },
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
};
