/**
 * `<diag-autonomie>` in English (same keys as src/i18n/diag.fr.ts). Two voices: the person (« you ») and a helper
 * who answers for someone (« the person »).
 */
import type { Voix } from '../../data/diagnostic.js';
import type { MessagesDiag, TexteQuestion } from '../diag.fr.js';

const T = 'en-GB';
const date = (d: Date) => new Intl.DateTimeFormat(T, { day: 'numeric', month: 'long', year: 'numeric' }).format(d);

/** « you » for the person, « the person » for a helper. */
const v = (voix: Voix, moi: string, aidant: string) => (voix === 'moi' ? moi : aidant);

const competence = (voix: Voix, quoi: string, exemple: string): TexteQuestion => ({
  question: v(voix, `Can you ${quoi}?`, `Can the person ${quoi}?`),
  aide: exemple,
  choix: { seul: v(voix, 'Yes, on my own', 'Yes, on their own'), aide: 'Yes, with some help', non: 'No' },
});

export const diag: MessagesDiag = {
  titre: 'How are you doing with digital tools?',
  titreAidant: 'How is the person doing with digital tools?',
  intro:
    'About ten questions, around 5 minutes. This is not a test: there are no right or wrong answers. Your answers stay on this device.',
  pourQui: 'Who is answering?',
  pourMoi: 'It is for me',
  pourAutre: 'I am helping someone',
  pourAutreAide: 'You answer for the person, or you watch them.',
  commencer: 'Start',
  etape: (i: number, n: number) => `Step ${i} of ${n}`,
  retour: 'Back',
  recommencer: 'Start again',
  continuer: 'Continue',
  nsp: 'I don’t know',
  plusieurs: 'You can choose more than one.',
  effacer: 'Delete my answers',
  efface: 'The answers are deleted from this device.',
  gardeAvant: (d: Date) => `A result from ${date(d)} is kept on this device.`,

  question: (id, voix): TexteQuestion => {
    switch (id) {
      case 'appareils':
        return {
          question: v(voix, 'Which devices do you have?', 'Which devices does the person have?'),
          aide: v(voix, 'Your own, or ones you can use whenever you want.', 'Their own, or ones they can use whenever they want.'),
          choix: {
            smartphone: 'A smartphone (a phone with internet)',
            ordinateur: 'A computer',
            tablette: 'A tablet',
            aucun: 'None',
          },
        };
      case 'internet':
        return {
          question: v(voix, 'Do you have internet at home?', 'Does the person have internet at home?'),
          choix: { maison: 'Yes, a box or Wi-Fi', telephone: 'Only on the phone', non: 'No' },
        };
      case 'allumer':
        return competence(voix, 'switch on the device and open an app', 'For example: open the camera or the weather.');
      case 'message':
        return competence(voix, 'write and send a message', 'A text (SMS), a WhatsApp message or an e-mail.');
      case 'lien':
        return competence(voix, 'open a link you receive or search the internet', 'For example: open the link in a text, look up an address.');
      case 'mot-de-passe':
        return competence(voix, 'create a password and log in to an account', 'For example: the ameli or CAF account.');
      case 'photo-document':
        return competence(voix, 'send a photo of a document', 'For example: an identity card or a proof of address.');
      case 'demarche':
        return competence(voix, 'do an online procedure from start to finish', 'For example: declare income, apply for benefits.');
      case 'francais':
        return {
          question: v(voix, 'Reading and writing French, for you, is:', 'Reading and writing French, for the person, is:'),
          choix: {
            facile: 'Easy',
            'un-peu': 'A little difficult',
            difficile: 'Difficult',
            'pas-du-tout': v(voix, 'I cannot read French', 'They cannot read French'),
          },
        };
      case 'envie':
        return {
          question: v(voix, 'Would you like to learn to do it on your own?', 'Would the person like to learn to do it on their own?'),
          choix: {
            oui: 'Yes',
            'oui-peur': v(voix, 'Yes, but I am afraid of making mistakes', 'Yes, but they are afraid of making mistakes'),
            'non-avec-moi': v(voix, 'No, I prefer someone to do it with me', 'No, they prefer someone to do it with them'),
          },
        };
      case 'urgence':
        return {
          question: v(voix, 'Do you have a procedure to do right now?', 'Does the person have a procedure to do right now?'),
          aide: 'A procedure that cannot wait.',
          choix: { oui: 'Yes', non: 'No' },
        };
      case 'organisme':
        return {
          question: 'It is a procedure for:',
          choix: {
            caf: 'The CAF (family benefits)',
            cpam: 'Health insurance: Assurance Maladie (ameli)',
            impots: 'Taxes',
            'france-travail': 'France Travail (jobs)',
            ants: 'Identity card, driving licence, vehicle registration (ANTS)',
            retraite: 'Pension',
            autre: 'Something else',
          },
        };
      case 'apprentissage':
        return {
          question: 'In your opinion, does the person learn easily?',
          aide: 'This question is only asked to the person who is helping.',
          choix: { facile: 'Easily', 'avec-du-temps': 'With time', 'tres-difficile': 'With great difficulty' },
        };
    }
  },

  resultat: {
    titre: 'The result',
    niveau: (n, voix) => {
      switch (n) {
        case 'eloigne':
          return {
            titre: v(voix, 'You are discovering digital tools', 'The person is discovering digital tools'),
            sens: v(
              voix,
              'Digital tools are still new to you. Many people are in the same situation. Someone can do your procedures with you. You can also learn the first steps, at your own pace.',
              'Digital tools are still new to them. Someone can do their procedures with them. They can also learn the first steps, at their own pace.',
            ),
          };
        case 'debutant':
          return {
            titre: v(voix, 'You are taking your first steps', 'The person is taking their first steps'),
            sens: v(
              voix,
              'You have a device, but you do not know how to use it well yet. Beginner workshops teach you how to get started with it.',
              'They have a device, but do not know how to use it well yet. Beginner workshops teach them how to get started with it.',
            ),
          };
        case 'intermediaire':
          return {
            titre: v(voix, 'You can use your device', 'The person can use their device'),
            sens: v(
              voix,
              'You know how to use your device. Now you can learn about the internet, messages and apps.',
              'They know how to use their device. Now they can learn about the internet, messages and apps.',
            ),
          };
        case 'avance':
          return {
            titre: v(voix, 'You are at ease on the internet', 'The person is at ease on the internet'),
            sens: v(
              voix,
              'You know how to use the internet. A little help can be useful for online procedures, passwords and safety.',
              'They know how to use the internet. A little help can be useful for online procedures, passwords and safety.',
            ),
          };
        case 'autonome':
          return {
            titre: v(voix, 'You are independent', 'The person is independent'),
            sens: v(
              voix,
              'You do your online procedures on your own. If one day you get stuck, help is available near you.',
              'They do their online procedures on their own. If one day they get stuck, help is available near them.',
            ),
          };
      }
    },
    incertain: 'Several answers were “I don’t know”. Someone who helps can make this result more precise.',
    aideTitre: 'The help that suits you',
    aideTitreAidant: 'The help that suits',
    maintenant: 'First',
    ensuite: 'Then',
    aide: (a, voix) =>
      ({
        assistance: {
          titre: 'Do the procedure with someone',
          sens: v(
            voix,
            'In a place like France Services, an adviser does the procedure with you. If you agree, an authorised helper can also do it for you (Aidants Connect).',
            'In a place like France Services, an adviser does the procedure with them. If they agree, an authorised helper can also do it for them (Aidants Connect).',
          ),
        },
        'coup-de-pouce': {
          titre: 'A little help',
          sens: v(
            voix,
            'A digital adviser shows you how to do it, on the website you need.',
            'A digital adviser shows them how to do it, on the website they need.',
          ),
        },
        formation: {
          titre: 'Learn step by step',
          sens: v(
            voix,
            'Workshops, alone or in a group, to learn at your own pace. They are often free.',
            'Workshops, alone or in a group, to learn at their own pace. They are often free.',
          ),
        },
        autonomie: {
          titre: 'Carry on alone',
          sens: v(
            voix,
            'You do not need help for now. There are workshops if you want to go further.',
            'They do not need help for now. There are workshops if they want to go further.',
          ),
        },
      })[a],
    francais: (voix) =>
      v(voix, 'French lessons, or help with a translator, will also help you.', 'French lessons, or help with a translator, will also help them.'),
    urgence: (o, voix) => {
      const quoi = v(voix, 'Your urgent procedure', 'Their urgent procedure');
      return o ? `${quoi} (${o}) comes first.` : `${quoi} comes first.`;
    },
    caracteristiques: 'Good to know',
    appareils: (liste) => (liste.length ? `Devices: ${liste.join(', ')}.` : 'No device for now.'),
    internet: (i) => ({ maison: 'Internet at home.', telephone: 'Internet only on the phone.', non: 'No internet at home.' })[i],
    francaisNiveau: (f) =>
      ({
        facile: 'Reads and writes French easily.',
        'un-peu': 'Reads and writes French with a little difficulty.',
        difficile: 'Reads and writes French with difficulty.',
        'pas-du-tout': 'Cannot read French.',
      })[f],
    apprentissage: (a) =>
      ({ facile: 'Learns easily.', 'avec-du-temps': 'Learns with time.', 'tres-difficile': 'Learns with great difficulty.' })[a],
    appareilsMots: { smartphone: 'mobile phone', ordinateur: 'computer', tablette: 'tablet' },
    organismes: {
      caf: 'CAF',
      cpam: 'Assurance Maladie',
      impots: 'taxes',
      'france-travail': 'France Travail',
      ants: 'ANTS',
      retraite: 'pension',
      autre: '',
    },
    suiteTitre: 'What now?',
    versCarte: (voix) => v(voix, 'Find a place near you', 'Find a place near them'),
    versOrientation: 'Be guided to the right help',
    ateliersTitre: (voix) => v(voix, 'Workshops at your level', 'Workshops at their level'),
    versAgenda: 'See all the workshops',
    ateliersAucun: (voix) =>
      v(voix, 'No workshop at your level in the next 4 weeks.', 'No workshop at their level in the next 4 weeks.'),
    imprimer: 'Print the result',
    imprimerDeux: 'Print in two languages',
    seance: (jour, debut) =>
      new Intl.DateTimeFormat(T, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
        new Date(`${jour}T${debut}:00Z`),
      ),
    garder: 'Keep this result on this device',
    garderAide: 'To see your progress next time. Do not do it on a shared computer.',
    garde: 'The result is kept on this device. “Delete my answers” removes it.',
    progres: (d, avant, maintenant, mieux, pareil) =>
      pareil
        ? `On ${date(d)}, the result was the same: ${avant}.`
        : mieux
          ? `Well done: on ${date(d)}, the result was “${avant}”. Today: “${maintenant}”.`
          : `On ${date(d)}, the result was “${avant}”.`,
    refaire: 'Take this test again later to see your progress.',
    fait: (d) => `Test taken on ${date(d)}.`,
  },
};
