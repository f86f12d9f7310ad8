/**
 * The default orientation tree, from the CAF « livret des cas d'orientation » (seeds/000, DOMAIN.md) and the
 * field's rule « l'urgence d'abord ». Step 1 is the need, in plain words; step 2 the booklet's validating
 * questions for that need; the leaves say which kind of help fits and which places give it.
 *
 * The booklet's equipment page, as written:
 * - « J'ai juste besoin d'accéder à du matériel informatique, mais pas forcément d'être accompagné » → places
 *   with equipment (`acces-materiel`);
 * - « Je ne suis pas à l'aise avec les outils numériques et j'aimerais être accompagné » → equipment + mediation;
 * - « J'ai accès à du matériel mais je ne sais pas l'utiliser seul » → training;
 * - « … pas à l'aise pour l'utiliser pour mes démarches administratives spécifiquement » → help with procedures.
 * An urgent procedure the person cannot do, even with help, goes to a habilitated structure (France Services,
 * Aidants Connect, the operator's desk); a person who reads French with difficulty is also offered French
 * classes or translation (mark `francais`).
 */
import type { ArbreOrientation, NoeudQuestion, Reponse } from './orientation.js';

/** « Lisez-vous le français ? » before an outcome: both answers lead to it, one marks the path. */
function francais(suite: string): NoeudQuestion {
  return {
    type: 'question',
    sujet: 'francais',
    texte: { moi: 'Lire et écrire en français, pour vous, c’est :', aidant: 'Lire et écrire en français, pour la personne, c’est :' },
    reponses: [
      { valeur: 'facile', texte: 'Facile', suite },
      { valeur: 'difficile', texte: 'Difficile, ou pas du tout', suite, marquer: ['francais'] },
    ],
  };
}

const oui = (suite: string, plus: Partial<Reponse> = {}): Reponse => ({ valeur: 'oui', texte: 'Oui', suite, ...plus });
const non = (suite: string, plus: Partial<Reponse> = {}): Reponse => ({ valeur: 'non', texte: 'Non', suite, ...plus });

export const ARBRE_PAR_DEFAUT: ArbreOrientation = {
  version: 1,
  depart: 'besoin',
  // A free national line for online procedures, for when no place fits.
  recours: { nom: 'Solidarité Numérique', telephone: '01 70 77 23 72' },
  noeuds: {
    besoin: {
      type: 'question',
      sujet: 'besoin',
      texte: { moi: 'De quoi avez-vous besoin ?', aidant: 'De quoi la personne a-t-elle besoin ?' },
      reponses: [
        { valeur: 'materiel', texte: 'Utiliser un ordinateur ou internet, ou s’équiper', suite: 'materiel-seul' },
        { valeur: 'autonomie', texte: 'Apprendre à se servir du numérique (téléphone, ordinateur, internet)', suite: 'formation-francais' },
        { valeur: 'demarche', texte: 'Faire une démarche en ligne (CAF, impôts, ameli, France Travail…)', suite: 'demarche-urgence' },
        { valeur: 'accompagnement', texte: 'Être aidé sur son dossier (CAF, Assurance Maladie, retraite…)', suite: 'facilitation-francais' },
        { valeur: 'emploi', texte: 'Chercher un emploi ou une formation en ligne', suite: 'emploi' },
        { valeur: 'parentalite', texte: 'Accompagner ses enfants avec le numérique', suite: 'parentalite' },
        { valeur: 'securite', texte: 'Se protéger en ligne (arnaques, mots de passe)', suite: 'securite' },
      ],
    },

    // Step 2 for equipment: the booklet's two questions, as one choice among its four cases.
    'materiel-seul': {
      type: 'question',
      texte: {
        moi: 'Avec un ordinateur et internet, que pourriez-vous faire ?',
        aidant: 'Avec un ordinateur et internet, que pourrait faire la personne ?',
      },
      aide: 'Pensez à la prochaine fois que vous aurez une démarche à faire.',
      reponses: [
        { valeur: 'seul', texte: { moi: 'Me débrouiller seul ou seule', aidant: 'Se débrouiller seule' }, suite: 'acces-materiel' },
        {
          valeur: 'accompagne',
          texte: { moi: 'Je ne suis pas à l’aise : j’aimerais être accompagné', aidant: 'Elle n’est pas à l’aise : elle aimerait être accompagnée' },
          suite: 'materiel-mediation',
        },
        {
          valeur: 'ne-sait-pas-utiliser',
          texte: { moi: 'J’en ai un, mais je ne sais pas m’en servir seul', aidant: 'Elle en a un, mais ne sait pas s’en servir seule' },
          suite: 'formation-francais',
        },
        {
          valeur: 'demarches',
          texte: { moi: 'Je m’en sers, sauf pour les démarches administratives', aidant: 'Elle s’en sert, sauf pour les démarches administratives' },
          suite: 'demarche-urgence',
        },
      ],
    },

    // Step 2 for procedures: urgency first.
    'demarche-urgence': {
      type: 'question',
      sujet: 'urgence',
      texte: { moi: 'Cette démarche est-elle urgente ?', aidant: 'Cette démarche est-elle urgente ?' },
      aide: 'À faire dans les jours qui viennent, ou des droits sont en jeu.',
      reponses: [oui('demarche-urgente', { marquer: ['urgence'] }), non('demarche-apprendre')],
    },
    'demarche-urgente': {
      type: 'question',
      texte: {
        moi: 'Pouvez-vous la faire vous-même si quelqu’un vous montre ?',
        aidant: 'La personne peut-elle la faire elle-même si quelqu’un lui montre ?',
      },
      reponses: [oui('demarches-francais'), non('assistance-francais')],
    },
    'demarche-apprendre': {
      type: 'question',
      texte: {
        moi: 'Voulez-vous apprendre à la faire, ou seulement qu’elle soit faite ?',
        aidant: 'La personne veut-elle apprendre à la faire, ou seulement qu’elle soit faite ?',
      },
      reponses: [
        { valeur: 'apprendre', texte: 'Apprendre à la faire', suite: 'demarches-francais' },
        { valeur: 'faite', texte: 'Qu’elle soit faite, avec quelqu’un', suite: 'assistance-francais' },
      ],
    },

    'formation-francais': francais('formation'),
    'demarches-francais': francais('aide-demarches'),
    'assistance-francais': francais('assistance'),
    'facilitation-francais': francais('facilitation'),

    // Outcomes.
    'acces-materiel': {
      type: 'issue',
      aide: 'acces-materiel',
      besoin: 'materiel',
      titre: 'Un ordinateur et internet en libre accès',
      pourquoi: {
        moi: 'Vous savez vous débrouiller : il vous faut seulement un ordinateur et une connexion. Ces lieux en prêtent, souvent gratuitement.',
        aidant: 'La personne sait se débrouiller : il lui faut seulement un ordinateur et une connexion. Ces lieux en prêtent, souvent gratuitement.',
      },
      lieux: [{ services: ['Accès internet et matériel informatique'] }],
    },
    'materiel-mediation': {
      type: 'issue',
      aide: 'materiel-mediation',
      besoin: 'materiel',
      titre: 'Un ordinateur, avec quelqu’un pour vous aider',
      pourquoi: {
        moi: 'Vous avez besoin d’un ordinateur et d’être accompagné. Dans ces lieux, on trouve les deux.',
        aidant: 'La personne a besoin d’un ordinateur et d’être accompagnée. Dans ces lieux, on trouve les deux.',
      },
      lieux: [{ tousServices: ['Accès internet et matériel informatique', 'Maîtrise des outils numériques du quotidien'] }],
    },
    formation: {
      type: 'issue',
      aide: 'formation',
      besoin: 'autonomie',
      titre: 'Apprendre pas à pas',
      pourquoi: {
        moi: 'Vous pouvez apprendre à utiliser votre appareil, à votre rythme. Ces lieux proposent des ateliers, seul ou en groupe.',
        aidant: 'La personne peut apprendre à utiliser son appareil, à son rythme. Ces lieux proposent des ateliers, seul ou en groupe.',
      },
      lieux: [{ besoins: ['autonomie'] }],
    },
    'aide-demarches': {
      type: 'issue',
      aide: 'aide-demarches',
      besoin: 'demarche',
      titre: 'De l’aide pour la démarche',
      pourquoi: {
        moi: 'Quelqu’un vous montre comment faire votre démarche, sur le bon site. La prochaine fois, vous saurez la faire.',
        aidant: 'Quelqu’un montre à la personne comment faire sa démarche, sur le bon site. La prochaine fois, elle saura la faire.',
      },
      lieux: [{ besoins: ['demarche'] }],
    },
    facilitation: {
      type: 'issue',
      aide: 'facilitation',
      besoin: 'accompagnement',
      titre: 'De l’aide sur votre dossier',
      pourquoi: {
        moi: 'Votre question porte sur votre dossier lui-même, pas seulement sur le site. Ces lieux peuvent regarder votre situation avec vous.',
        aidant: 'La question porte sur le dossier lui-même, pas seulement sur le site. Ces lieux peuvent regarder la situation avec la personne.',
      },
      lieux: [{ besoins: ['accompagnement'] }],
    },
    assistance: {
      type: 'issue',
      aide: 'assistance',
      besoin: 'demarche',
      titre: 'Faire la démarche avec quelqu’un',
      pourquoi: {
        moi: 'Votre démarche ne peut pas attendre, ou vous préférez qu’elle soit faite avec vous. France Services et les aidants habilités (Aidants Connect) la font avec vous, ou pour vous avec votre accord.',
        aidant: 'La démarche ne peut pas attendre, ou la personne préfère qu’elle soit faite avec elle. France Services et les aidants habilités (Aidants Connect) la font avec elle, ou pour elle avec son accord.',
      },
      lieux: [{ labels: ['France Services'] }, { labels: ['Aidants Connect'] }, { typologies: ['RFS', 'MSAP'] }],
      enPremier: [{ labels: ['France Services'] }, { typologies: ['RFS'] }],
    },
    emploi: {
      type: 'issue',
      aide: 'thematique',
      besoin: 'autonomie',
      titre: 'Chercher un emploi avec le numérique',
      pourquoi: 'Ces lieux aident à chercher un emploi ou une formation en ligne : CV, candidatures, sites d’offres.',
      lieux: [{ services: ['Insertion professionnelle via le numérique'] }],
    },
    parentalite: {
      type: 'issue',
      aide: 'thematique',
      besoin: 'autonomie',
      titre: 'Accompagner ses enfants avec le numérique',
      pourquoi: 'Ces lieux aident les parents : écrans, espace numérique de l’école, démarches pour la famille.',
      lieux: [{ services: ['Parentalité et éducation avec le numérique'] }],
    },
    securite: {
      type: 'issue',
      aide: 'thematique',
      besoin: 'autonomie',
      titre: 'Se protéger en ligne',
      pourquoi: 'Ces lieux apprennent à reconnaître les arnaques, à choisir ses mots de passe et à protéger ses comptes.',
      lieux: [{ services: ['Utilisation sécurisée du numérique'] }],
    },
  },
};
