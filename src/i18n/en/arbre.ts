/** The default orientation tree (src/data/arbre-orientation.ts) in English, by node id. */
import type { TexteNoeud } from '../locale.js';

const francais: TexteNoeud = {
  texte: { moi: 'For you, reading and writing in French is:', aidant: 'For the person, reading and writing in French is:' },
  reponses: { facile: 'Easy', difficile: 'Hard, or not possible at all' },
};
const ouiNon = { oui: 'Yes', non: 'No' };

export const arbre: Record<string, TexteNoeud> = {
  besoin: {
    texte: { moi: 'What do you need?', aidant: 'What does the person need?' },
    reponses: {
      materiel: 'Use a computer or the internet, or get equipped',
      autonomie: 'Learn to use digital tools (phone, computer, internet)',
      demarche: 'Do a procedure online (CAF, taxes, ameli, France Travail…)',
      accompagnement: 'Get help with my file (CAF, Assurance Maladie, pension…)',
      emploi: 'Look for a job or a training course online',
      parentalite: 'Support my children with digital tools',
      securite: 'Stay safe online (scams, passwords)',
    },
  },
  'materiel-seul': {
    texte: { moi: 'With a computer and the internet, what could you do?', aidant: 'With a computer and the internet, what could the person do?' },
    aide: 'Think of the next time you have a procedure to do.',
    reponses: {
      seul: { moi: 'Manage on my own', aidant: 'Manage on their own' },
      accompagne: { moi: 'I am not at ease: I would like someone with me', aidant: 'They are not at ease: they would like someone with them' },
      'ne-sait-pas-utiliser': { moi: 'I have one, but I cannot use it alone', aidant: 'They have one, but cannot use it alone' },
      demarches: { moi: 'I use it, except for official procedures', aidant: 'They use it, except for official procedures' },
    },
  },
  'demarche-urgence': {
    texte: { moi: 'Is this procedure urgent?', aidant: 'Is this procedure urgent?' },
    aide: 'It must be done in the coming days, or rights are at stake.',
    reponses: ouiNon,
  },
  'demarche-urgente': {
    texte: { moi: 'Can you do it yourself if someone shows you?', aidant: 'Can the person do it themselves if someone shows them?' },
    reponses: ouiNon,
  },
  'demarche-apprendre': {
    texte: {
      moi: 'Do you want to learn how to do it, or just have it done?',
      aidant: 'Does the person want to learn how to do it, or just have it done?',
    },
    reponses: { apprendre: 'Learn how to do it', faite: 'Have it done, with someone' },
  },
  'formation-francais': francais,
  'demarches-francais': francais,
  'assistance-francais': francais,
  'facilitation-francais': francais,
  'acces-materiel': {
    titre: 'A computer and the internet, free to use',
    pourquoi: {
      moi: 'You know how to manage: you only need a computer and a connection. These locations lend them, often for free.',
      aidant: 'The person knows how to manage: they only need a computer and a connection. These locations lend them, often for free.',
    },
  },
  'materiel-mediation': {
    titre: 'A computer, with someone to help you',
    pourquoi: {
      moi: 'You need a computer and someone with you. These locations have both.',
      aidant: 'The person needs a computer and someone with them. These locations have both.',
    },
  },
  formation: {
    titre: 'Learn step by step',
    pourquoi: {
      moi: 'You can learn to use your device, at your own pace. These locations run workshops, alone or in a group.',
      aidant: 'The person can learn to use their device, at their own pace. These locations run workshops, alone or in a group.',
    },
  },
  'aide-demarches': {
    titre: 'Help with the procedure',
    pourquoi: {
      moi: 'Someone shows you how to do your procedure, on the right website. Next time, you will know how to do it.',
      aidant: 'Someone shows the person how to do the procedure, on the right website. Next time, they will know how to do it.',
    },
  },
  facilitation: {
    titre: 'Help with your file',
    pourquoi: {
      moi: 'Your question is about your file itself, not only the website. These locations can look at your situation with you.',
      aidant: 'The question is about the file itself, not only the website. These locations can look at the situation with the person.',
    },
  },
  assistance: {
    titre: 'Do the procedure with someone',
    pourquoi: {
      moi: 'Your procedure cannot wait, or you prefer to do it with someone. France Services and approved helpers (Aidants Connect) do it with you, or for you with your consent.',
      aidant: 'The procedure cannot wait, or the person prefers to do it with someone. France Services and approved helpers (Aidants Connect) do it with them, or for them with their consent.',
    },
  },
  emploi: {
    titre: 'Look for a job with digital tools',
    pourquoi: 'These locations help you look for a job or a training course online: CV, applications, job websites.',
  },
  parentalite: {
    titre: 'Support your children with digital tools',
    pourquoi: 'These locations help parents: screens, the school’s online space, procedures for the family.',
  },
  securite: {
    titre: 'Stay safe online',
    pourquoi: 'These locations teach you to spot scams, choose passwords and protect your accounts.',
  },
};
