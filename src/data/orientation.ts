/**
 * The orientation logic of `<orientation-flow>` as data: a tree of questions whose leaves are outcomes (the kind
 * of help and which places give it). Pure: no DOM. The default tree (`arbre-orientation.ts`) is built from the
 * CAF « livret des cas d'orientation » (DOMAIN.md); an operator can give its own (a CAF putting its Point relais
 * CAF first for CAF files). A tree from outside is checked by `validerArbre` before use: a faulty tree is refused
 * with messages that name the faulty node, never half used.
 *
 * Shape:
 * ```json
 * { "version": 1, "depart": "besoin",
 *   "recours": { "nom": "Solidarité Numérique", "telephone": "01 70 77 23 72" },
 *   "noeuds": {
 *     "besoin": { "type": "question", "texte": { "moi": "De quoi avez-vous besoin ?", "aidant": "De quoi la personne a-t-elle besoin ?" },
 *                 "reponses": [ { "valeur": "materiel", "texte": "…", "suite": "materiel-seul" }, … ] },
 *     "acces-materiel": { "type": "issue", "aide": "acces-materiel", "titre": "…", "pourquoi": "…",
 *                         "lieux": [ { "services": ["Accès internet et matériel informatique"] } ],
 *                         "enPremier": [ { "typologies": ["CAF"] } ] } } }
 * ```
 * - A text is a string, or `{ moi, aidant }` when the words differ for a helper (« la personne »).
 * - An answer may `marquer` the path: `francais` (French classes or translation will help too), `urgence`.
 * - An outcome's `lieux` are alternatives: a place serves the outcome when it matches one of them, and matches
 *   one when it has every field given (any value of each list). `enPremier`: places matching one of these come
 *   first (same form).
 */
import { BESOINS, type Besoin } from './besoins.js';
import { SERVICES, type Service } from './standard.js';
import { normaliserTelephone } from './telephone.js';

/** A text for the person, or one for each voice. */
export type Texte = string | { moi: string; aidant: string };

/** The kinds of outcome of the CAF booklet, plus assistance by a habilitated structure. */
export const AIDES_ORIENTATION = [
  'acces-materiel',
  'materiel-mediation',
  'formation',
  'aide-demarches',
  'facilitation',
  'assistance',
  'thematique',
] as const;
export type AideOrientation = (typeof AIDES_ORIENTATION)[number];

export const MARQUES = ['francais', 'urgence'] as const;
export type Marque = (typeof MARQUES)[number];

export interface Reponse {
  valeur: string;
  texte: Texte;
  /** Id of the next node. */
  suite: string;
  marquer?: Marque[];
}

/**
 * What a question is about, when something else may already know the answer (the diagnosis): `besoin` (answer
 * values are the kit's needs), `urgence` (`oui` / `non`), `francais` (`facile` / `difficile`).
 */
export const SUJETS = ['besoin', 'urgence', 'francais'] as const;
export type Sujet = (typeof SUJETS)[number];

export interface NoeudQuestion {
  type: 'question';
  sujet?: Sujet;
  texte: Texte;
  /** Examples or a short explanation under the question. */
  aide?: Texte;
  reponses: Reponse[];
}

/** What a place must have (every field given; any value of each list). */
export interface CritereLieu {
  besoins?: Besoin[];
  services?: Service[];
  /** All of these services (equipment and mediation in the same place). */
  tousServices?: Service[];
  /** Dispositifs nationaux, formation labels or « autres » labels. */
  labels?: string[];
  /** Typologies of the standard (`RFS`, `CAF`, `CPAM`, `FT`…). */
  typologies?: string[];
}

export interface NoeudIssue {
  type: 'issue';
  aide: AideOrientation;
  /** The need of the kit this outcome answers (the map's `besoin`). */
  besoin: Besoin;
  titre: Texte;
  /** Why, in two sentences. */
  pourquoi: Texte;
  /** Alternatives: a place serves the outcome when it matches one. */
  lieux: CritereLieu[];
  /** Places matching one of these come first. */
  enPremier?: CritereLieu[];
}

export type Noeud = NoeudQuestion | NoeudIssue;

export interface ArbreOrientation {
  version: 1;
  /** Id of the first question. */
  depart: string;
  /** When no place fits: a phone line that helps (national or the operator's). */
  recours?: { nom: string; telephone: string };
  noeuds: Record<string, Noeud>;
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a tree given from outside.

const estObjet = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const estTexte = (x: unknown) =>
  (typeof x === 'string' && x.trim() !== '') ||
  (estObjet(x) && typeof x.moi === 'string' && x.moi.trim() !== '' && typeof x.aidant === 'string' && x.aidant.trim() !== '');

function verifierCritere(c: unknown, ou: string, erreurs: string[]): void {
  if (!estObjet(c)) return void erreurs.push(`${ou} : un critère doit être un objet.`);
  const listes: [string, readonly string[] | undefined][] = [
    ['besoins', BESOINS],
    ['services', SERVICES],
    ['tousServices', SERVICES],
    ['labels', undefined],
    ['typologies', undefined],
  ];
  let vide = true;
  for (const [champ, permis] of listes) {
    const v = c[champ];
    if (v === undefined) continue;
    vide = false;
    if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string' || x === '')) {
      erreurs.push(`${ou} : « ${champ} » doit être une liste de textes non vide.`);
      continue;
    }
    const inconnus = permis ? v.filter((x) => !permis.includes(x)) : [];
    if (inconnus.length) erreurs.push(`${ou} : « ${champ} » a des valeurs hors du standard : ${inconnus.join(', ')}.`);
  }
  for (const champ of Object.keys(c)) {
    if (!listes.some(([k]) => k === champ)) erreurs.push(`${ou} : champ inconnu « ${champ} ».`);
  }
  if (vide) erreurs.push(`${ou} : un critère vide laisserait passer tous les lieux.`);
}

/**
 * Checks a tree (parsed JSON). Returns it when valid, else every error found, each naming its node
 * (« Nœud « materiel-seul », réponse « oui » : … »). Checks: shape, texts, answers leading to existing nodes,
 * values of the standard, no loop, every node reachable from `depart`, every path ending on an outcome.
 */
export function validerArbre(x: unknown): { arbre?: ArbreOrientation; erreurs: string[] } {
  const erreurs: string[] = [];
  if (!estObjet(x)) return { erreurs: ['L’arbre doit être un objet JSON.'] };
  if (x.version !== 1) erreurs.push('« version » doit valoir 1.');
  if (!estObjet(x.noeuds)) return { erreurs: [...erreurs, '« noeuds » doit être un objet (id → nœud).'] };
  const noeuds = x.noeuds;
  // Own nodes only: `in` would also find « constructor » or « toString » on any object.
  const existe = (id: unknown) => typeof id === 'string' && Object.hasOwn(noeuds, id);
  if (!existe(x.depart)) {
    erreurs.push(`« depart » doit être l’id d’un nœud (reçu : ${JSON.stringify(x.depart)}).`);
  }
  if (x.recours !== undefined) {
    const r = x.recours;
    // The kit's one phone rule (dots, dashes, spaces, +33, short numbers such as 3646): as for the places.
    if (!estObjet(r) || typeof r.nom !== 'string' || !r.nom.trim() || typeof r.telephone !== 'string' || !normaliserTelephone(r.telephone)) {
      erreurs.push('« recours » doit avoir un « nom » et un numéro de « telephone » valable.');
    }
  }
  for (const [id, n] of Object.entries(noeuds)) {
    const ou = `Nœud « ${id} »`;
    if (!estObjet(n)) {
      erreurs.push(`${ou} : doit être un objet.`);
      continue;
    }
    if (n.type === 'question') {
      if (!estTexte(n.texte)) erreurs.push(`${ou} : « texte » manque (un texte, ou { moi, aidant }).`);
      if (n.aide !== undefined && !estTexte(n.aide)) erreurs.push(`${ou} : « aide » doit être un texte.`);
      if (n.sujet !== undefined && !SUJETS.includes(n.sujet as Sujet)) erreurs.push(`${ou} : « sujet » doit être l’un de ${SUJETS.join(', ')}.`);
      if (!Array.isArray(n.reponses) || n.reponses.length < 2) {
        erreurs.push(`${ou} : une question a au moins deux réponses.`);
        continue;
      }
      const valeurs = new Set<string>();
      n.reponses.forEach((r: unknown, i: number) => {
        const ouR = `${ou}, réponse ${estObjet(r) && typeof r.valeur === 'string' ? `« ${r.valeur} »` : i + 1}`;
        if (!estObjet(r)) return void erreurs.push(`${ouR} : doit être un objet.`);
        if (typeof r.valeur !== 'string' || !r.valeur) erreurs.push(`${ouR} : « valeur » manque.`);
        else if (valeurs.has(r.valeur)) erreurs.push(`${ouR} : valeur en double.`);
        else valeurs.add(r.valeur);
        if (!estTexte(r.texte)) erreurs.push(`${ouR} : « texte » manque.`);
        if (!existe(r.suite)) {
          erreurs.push(`${ouR} : mène à ${JSON.stringify(r.suite)}, qui n’est pas un nœud de l’arbre.`);
        }
        if (r.marquer !== undefined && (!Array.isArray(r.marquer) || r.marquer.some((m) => !MARQUES.includes(m as Marque)))) {
          erreurs.push(`${ouR} : « marquer » ne peut contenir que ${MARQUES.join(', ')}.`);
        }
      });
    } else if (n.type === 'issue') {
      if (!AIDES_ORIENTATION.includes(n.aide as AideOrientation)) {
        erreurs.push(`${ou} : « aide » doit être l’une de ${AIDES_ORIENTATION.join(', ')}.`);
      }
      if (!BESOINS.includes(n.besoin as Besoin)) erreurs.push(`${ou} : « besoin » doit être l’un de ${BESOINS.join(', ')}.`);
      if (!estTexte(n.titre)) erreurs.push(`${ou} : « titre » manque.`);
      if (!estTexte(n.pourquoi)) erreurs.push(`${ou} : « pourquoi » manque.`);
      if (!Array.isArray(n.lieux) || n.lieux.length === 0) erreurs.push(`${ou} : « lieux » doit donner au moins un critère.`);
      else n.lieux.forEach((c: unknown, i: number) => verifierCritere(c, `${ou}, lieux[${i}]`, erreurs));
      if (n.enPremier !== undefined) {
        if (!Array.isArray(n.enPremier)) erreurs.push(`${ou} : « enPremier » doit être une liste de critères.`);
        else n.enPremier.forEach((c: unknown, i: number) => verifierCritere(c, `${ou}, enPremier[${i}]`, erreurs));
      }
    } else {
      erreurs.push(`${ou} : « type » doit être « question » ou « issue ».`);
    }
  }
  if (erreurs.length) return { erreurs };

  // Loops and unreachable nodes: a depth-first walk from the start.
  const arbre = x as unknown as ArbreOrientation;
  const etat = new Map<string, 'encours' | 'fait'>();
  const visiter = (id: string, depuis: string | undefined): void => {
    const e = etat.get(id);
    if (e === 'encours') return void erreurs.push(`Nœud « ${depuis} » : mène à « ${id} », ce qui fait une boucle.`);
    if (e === 'fait') return;
    etat.set(id, 'encours');
    const n = arbre.noeuds[id]!;
    if (n.type === 'question') for (const r of n.reponses) visiter(r.suite, id);
    etat.set(id, 'fait');
  };
  visiter(arbre.depart, undefined);
  for (const id of Object.keys(arbre.noeuds)) {
    if (!etat.has(id)) erreurs.push(`Nœud « ${id} » : aucune réponse n’y mène depuis « ${arbre.depart} ».`);
  }
  return erreurs.length ? { erreurs } : { arbre, erreurs };
}

// ---------------------------------------------------------------------------------------------------------------
// Walking a tree.

export interface Parcours {
  /** Ids of the questions answered, in order. */
  chemin: string[];
  /** The next question to ask, when the answers stop before an outcome. */
  question?: { id: string; noeud: NoeudQuestion };
  /** The outcome reached. */
  issue?: { id: string; noeud: NoeudIssue };
  /** Marks collected along the path. */
  marques: Marque[];
}

/**
 * Follows the answers (question id → answer value) from the start. Stops at the first question without a valid
 * answer (the one to ask now), or at an outcome.
 */
export function parcourir(arbre: ArbreOrientation, reponses: Readonly<Record<string, string>>): Parcours {
  const chemin: string[] = [];
  const marques = new Set<Marque>();
  let id = arbre.depart;
  for (;;) {
    const n = arbre.noeuds[id]!;
    if (n.type === 'issue') return { chemin, issue: { id, noeud: n }, marques: [...marques] };
    const r = n.reponses.find((x) => x.valeur === reponses[id]);
    if (!r) return { chemin, question: { id, noeud: n }, marques: [...marques] };
    chemin.push(id);
    for (const m of r.marquer ?? []) marques.add(m);
    id = r.suite;
  }
}

/** What is already known about the person (from `<diag-autonomie>`'s result). */
export interface DejaConnu {
  besoin?: string;
  urgence?: boolean;
  francais?: boolean;
}

/**
 * The answers already known, for the questions of the tree that have a `sujet`: the flow skips them. Only values
 * that the question offers are used (a tree may not offer every need).
 */
export function reponsesConnues(arbre: ArbreOrientation, connu: DejaConnu): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, n] of Object.entries(arbre.noeuds)) {
    if (n.type !== 'question' || !n.sujet) continue;
    const v =
      n.sujet === 'besoin'
        ? connu.besoin
        : n.sujet === 'urgence'
          ? connu.urgence === undefined ? undefined : connu.urgence ? 'oui' : 'non'
          : connu.francais === undefined ? undefined : connu.francais ? 'difficile' : 'facile';
    if (v !== undefined && n.reponses.some((r) => r.valeur === v)) out[id] = v;
  }
  return out;
}

/** The words for this voice. */
export function texteVoix(t: Texte, voix: 'moi' | 'aidant'): string {
  return typeof t === 'string' ? t : t[voix];
}

/** Every outcome of the tree, with its id (for checks and tests). */
export function issues(arbre: ArbreOrientation): { id: string; noeud: NoeudIssue }[] {
  return Object.entries(arbre.noeuds)
    .filter((e): e is [string, NoeudIssue] => e[1].type === 'issue')
    .map(([id, noeud]) => ({ id, noeud }));
}
