/**
 * The self-diagnosis of digital autonomy (`<diag-autonomie>`): its questions and how answers become a result.
 * Pure: no DOM, no texts (the words are in `src/i18n/diag.fr.ts`).
 *
 * The result follows the Grand-Nancy working groups (DOMAIN.md): one of five levels — éloigné, débutant,
 * intermédiaire, avancé, autonome — always recorded with three characteristics: équipement, niveau de français,
 * capacité d'apprentissage (the last one only a helper gives: the person is never asked). Then the kind of help
 * that fits (Les Bons Clics typology): assistance, coup de pouce, formation, autonomie; urgency first.
 *
 * How the level is read from what the person does alone (each skill: alone, with help, no, « je ne sais pas »):
 *
 * | The person…                                                            | Level          |
 * |------------------------------------------------------------------------|----------------|
 * | does not use a device alone, and has none or prefers that others do it | éloigné        |
 * | does not use a device alone, but has one (or would like to learn)      | débutant       |
 * | uses a device alone, but not messages and links both alone            | intermédiaire  |
 * | does messages and links alone, not yet accounts, documents and procedures | avancé      |
 * | does all of it alone, online procedures included                      | autonome       |
 *
 * « Je ne sais pas » counts as « not alone » for the level (a mediator does not assume a skill), and three or
 * more of them on the six skills mark the result `incertain`: a helper should confirm it with the person.
 *
 * The help (`aide`) that fits now, then (`ensuite`):
 * - an urgent procedure the person cannot do alone: `assistance` now (France Services, Aidants Connect, the
 *   operator's desk); then learning (`formation`), unless the person prefers that it is done with them;
 * - French read with difficulty or not at all, and procedures not done alone: `assistance` (and French classes
 *   or translation: `francais`);
 * - a person who prefers that it is done with them (« je préfère qu'on le fasse avec moi ») is not pushed to
 *   training: `assistance` below avancé (the person chooses; DOMAIN.md, posture);
 * - a helper who says the person learns very slowly, at éloigné or débutant: lasting `assistance`;
 * - otherwise by level: éloigné and débutant → `formation` (from the first steps), intermédiaire → `formation`,
 *   avancé → `coup-de-pouce` (one online service, safety), autonome → `autonomie`.
 */
import type { Besoin } from './besoins.js';
import type { Atelier, NiveauAutonomie } from './types.js';
import { rangNiveau } from './vocabulaire.js';

// Level comparison and workshop matching live with the vocabulary (the agenda needs them without the questions).
export { atelierAdapte, rangNiveau } from './vocabulaire.js';

/** « Je ne sais pas »: allowed on every question. */
export const NSP = 'nsp';
export type Nsp = typeof NSP;

export type Appareil = 'smartphone' | 'ordinateur' | 'tablette' | 'aucun';
export type Internet = 'maison' | 'telephone' | 'non';
/** Done alone, with help, or not. */
export type Maitrise = 'seul' | 'aide' | 'non';
export type Francais = 'facile' | 'un-peu' | 'difficile' | 'pas-du-tout';
/** Wish to learn, and the confidence behind it. */
export type Envie = 'oui' | 'oui-peur' | 'non-avec-moi';
export type Urgence = 'oui' | 'non';
export type Organisme = 'caf' | 'cpam' | 'impots' | 'france-travail' | 'ants' | 'retraite' | 'autre';
/** Given by a helper only. */
export type Apprentissage = 'facile' | 'avec-du-temps' | 'tres-difficile';

/** The six skills, from the first to the last a person usually learns. */
export const COMPETENCES = ['allumer', 'message', 'lien', 'mot-de-passe', 'photo-document', 'demarche'] as const;
export type Competence = (typeof COMPETENCES)[number];

/** Who answers: the person, or a helper who answers for them or observes (« la personne »). */
export type Voix = 'moi' | 'aidant';

export interface Reponses {
  /** Several devices may be chosen; `aucun` alone. */
  appareils?: readonly Appareil[] | Nsp;
  internet?: Internet | Nsp;
  competences?: Partial<Record<Competence, Maitrise | Nsp>>;
  francais?: Francais | Nsp;
  envie?: Envie | Nsp;
  urgence?: Urgence | Nsp;
  /** Asked only when `urgence` is `oui`. */
  organisme?: Organisme | Nsp;
  /** Asked only to a helper. */
  apprentissage?: Apprentissage | Nsp;
}

/** One screen of the diagnosis. */
export type Question =
  | { id: 'appareils'; multiple: true; choix: readonly Appareil[] }
  | { id: 'internet'; choix: readonly Internet[] }
  | { id: Competence; competence: true; choix: readonly Maitrise[] }
  | { id: 'francais'; choix: readonly Francais[] }
  | { id: 'envie'; choix: readonly Envie[] }
  | { id: 'urgence'; choix: readonly Urgence[] }
  | { id: 'organisme'; choix: readonly Organisme[] }
  | { id: 'apprentissage'; choix: readonly Apprentissage[] };

export type IdQuestion = Question['id'];

const MAITRISES: readonly Maitrise[] = ['seul', 'aide', 'non'];

const TOUTES: readonly Question[] = [
  { id: 'appareils', multiple: true, choix: ['smartphone', 'ordinateur', 'tablette', 'aucun'] },
  { id: 'internet', choix: ['maison', 'telephone', 'non'] },
  ...COMPETENCES.map((id) => ({ id, competence: true as const, choix: MAITRISES })),
  { id: 'francais', choix: ['facile', 'un-peu', 'difficile', 'pas-du-tout'] },
  { id: 'envie', choix: ['oui', 'oui-peur', 'non-avec-moi'] },
  { id: 'urgence', choix: ['oui', 'non'] },
  { id: 'organisme', choix: ['caf', 'cpam', 'impots', 'france-travail', 'ants', 'retraite', 'autre'] },
  { id: 'apprentissage', choix: ['facile', 'avec-du-temps', 'tres-difficile'] },
];

/**
 * The screens for this voice and these answers so far, in order: `organisme` only after an urgent procedure,
 * `apprentissage` only for a helper. Every screen also offers « je ne sais pas ».
 */
export function questions(voix: Voix, reponses: Reponses = {}): Question[] {
  return TOUTES.filter((q) => {
    if (q.id === 'organisme') return reponses.urgence === 'oui';
    if (q.id === 'apprentissage') return voix === 'aidant';
    return true;
  });
}

/** The answer given to a question, if any. */
export function reponseA(reponses: Reponses, id: IdQuestion): string | readonly string[] | undefined {
  if ((COMPETENCES as readonly string[]).includes(id)) return reponses.competences?.[id as Competence];
  return reponses[id as Exclude<IdQuestion, Competence>];
}

/** The answers with one more: an answer that removes a later screen (no more urgency) removes its answer too. */
export function repondre(reponses: Reponses, id: IdQuestion, valeur: string | readonly string[]): Reponses {
  if ((COMPETENCES as readonly string[]).includes(id)) {
    return { ...reponses, competences: { ...reponses.competences, [id]: valeur as Maitrise | Nsp } };
  }
  const suite: Reponses = { ...reponses, [id]: valeur };
  if (id === 'urgence' && valeur !== 'oui') delete suite.organisme;
  return suite;
}

export type Aide = 'assistance' | 'coup-de-pouce' | 'formation' | 'autonomie';
export const AIDES: readonly Aide[] = ['assistance', 'coup-de-pouce', 'formation', 'autonomie'];

export interface ResultatDiagnostic {
  niveau: NiveauAutonomie;
  /** Three or more « je ne sais pas » on the six skills: a helper should confirm the level with the person. */
  incertain: boolean;
  caracteristiques: {
    /** Devices the person has; empty: none; undefined: not known. */
    appareils?: readonly Appareil[];
    internet?: Internet;
    francais?: Francais;
    /** Only when a helper gave it. */
    apprentissage?: Apprentissage;
  };
  /** The help that fits now. */
  aide: Aide;
  /** And after it, when it differs (after the urgency: learning). */
  ensuite?: Aide;
  /** The four needs of the kit this person has, most pressing first. */
  besoins: Besoin[];
  /** The need to look for first (the map's `besoin`). */
  besoin: Besoin;
  /** French classes (FLE) or translation would help. */
  francais: boolean;
  /** The urgent procedure's organisme, when there is one. */
  organisme?: Organisme;
  urgence: boolean;
  voix: Voix;
  reponses: Reponses;
}

const rang = rangNiveau;

function niveauDe(r: Reponses): NiveauAutonomie {
  const c = r.competences ?? {};
  const seul = (k: Competence) => c[k] === 'seul';
  const appareils = r.appareils === NSP ? undefined : r.appareils;
  const sansAppareil = appareils !== undefined && (appareils.length === 0 || appareils.includes('aucun'));
  if (!seul('allumer')) {
    // Cannot use a device alone: « éloigné » when there is none to learn on, or when the person would rather
    // others do it; « débutant » when a device is there to learn on.
    return sansAppareil || r.envie === 'non-avec-moi' ? 'eloigne' : 'debutant';
  }
  if (!seul('message') || !seul('lien')) return 'intermediaire';
  if (!seul('mot-de-passe') || !seul('photo-document') || !seul('demarche')) return 'avance';
  return 'autonome';
}

function aideDe(niveau: NiveauAutonomie, r: Reponses, urgence: boolean): { aide: Aide; ensuite?: Aide } {
  const demarcheSeul = r.competences?.demarche === 'seul';
  const avecMoi = r.envie === 'non-avec-moi';
  const francaisDifficile = r.francais === 'difficile' || r.francais === 'pas-du-tout';
  const lent = r.apprentissage === 'tres-difficile';
  const parNiveau: Aide =
    niveau === 'autonome' ? 'autonomie' : niveau === 'avance' ? 'coup-de-pouce' : 'formation';
  // What fits once the urgency is answered.
  let apres: Aide = parNiveau;
  if (avecMoi && rang(niveau) < rang('avance')) apres = 'assistance';
  if (lent && rang(niveau) <= rang('debutant')) apres = 'assistance';
  if (urgence && !demarcheSeul) {
    // Urgency first: at avancé a one-off help with that procedure is enough; below, someone does it with them.
    const maintenant: Aide = niveau === 'avance' ? 'coup-de-pouce' : 'assistance';
    return apres === maintenant ? { aide: maintenant } : { aide: maintenant, ensuite: apres };
  }
  if (francaisDifficile && !demarcheSeul) {
    return apres === 'assistance' ? { aide: 'assistance' } : { aide: 'assistance', ensuite: apres };
  }
  return { aide: apres };
}

/**
 * The result of a diagnosis, whatever was answered (every answer may be missing or « je ne sais pas »).
 */
export function evaluer(reponses: Reponses, voix: Voix = 'moi'): ResultatDiagnostic {
  const r = reponses;
  const niveau = niveauDe(r);
  const inconnues = COMPETENCES.filter((k) => {
    const v = r.competences?.[k];
    return v === undefined || v === NSP;
  }).length;
  const urgence = r.urgence === 'oui';
  const { aide, ensuite } = aideDe(niveau, r, urgence);

  const appareils =
    r.appareils === undefined || r.appareils === NSP ? undefined : r.appareils.filter((a) => a !== 'aucun');
  const internet = r.internet === undefined || r.internet === NSP ? undefined : r.internet;
  const francais = r.francais === undefined || r.francais === NSP ? undefined : r.francais;
  const apprentissage =
    voix === 'aidant' && r.apprentissage !== undefined && r.apprentissage !== NSP ? r.apprentissage : undefined;

  // Needs, most pressing first (the map's `besoin` is the first):
  // - procedures, when they come first: an urgency not handled alone, or assistance (someone does them with
  //   the person: a free computer is no use to someone who wants them done with them);
  // - equipment, when the person has none (or no connection) and will practise: learning, or alone;
  // - a one-off help is about procedures when the person does not do them alone (the CAF booklet's « à l'aise
  //   sauf pour les démarches »), else about skills (safety, accounts);
  // - learning for training.
  const besoins: Besoin[] = [];
  const ajouter = (b: Besoin) => besoins.includes(b) || besoins.push(b);
  const demarcheSeul = r.competences?.demarche === 'seul';
  if (urgence && !demarcheSeul) ajouter('demarche');
  if (aide === 'assistance') ajouter('demarche');
  const pratique = [aide, ensuite].some((a) => a !== undefined && a !== 'assistance');
  if (pratique && ((appareils !== undefined && appareils.length === 0) || internet === 'non')) ajouter('materiel');
  for (const a of [aide, ensuite]) {
    if (a === 'coup-de-pouce') ajouter(demarcheSeul ? 'autonomie' : 'demarche');
    if (a === 'formation') ajouter('autonomie');
    if (a === 'assistance') ajouter('demarche');
  }
  if (besoins.length === 0) ajouter(niveau === 'autonome' ? 'demarche' : 'autonomie');

  const organisme = urgence && r.organisme !== undefined && r.organisme !== NSP ? r.organisme : undefined;
  return {
    niveau,
    incertain: inconnues >= 3,
    caracteristiques: {
      ...(appareils !== undefined ? { appareils } : {}),
      ...(internet !== undefined ? { internet } : {}),
      ...(francais !== undefined ? { francais } : {}),
      ...(apprentissage !== undefined ? { apprentissage } : {}),
    },
    aide,
    ...(ensuite ? { ensuite } : {}),
    besoins,
    besoin: besoins[0]!,
    francais: francais === 'difficile' || francais === 'pas-du-tout',
    ...(organisme ? { organisme } : {}),
    urgence,
    voix,
    reponses: r,
  };
}

