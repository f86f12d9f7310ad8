/**
 * The orientation logic of `<orientation-flow>` as data: a tree of questions whose leaves are outcomes (the kind
 * of help and which places give it). Pure: no DOM. The default tree (`arbre-orientation.ts`) is built from the
 * CAF « livret des cas d'orientation » (DOMAIN.md); an operator can give its own (a CAF putting its Point relais
 * CAF first for CAF files). A tree from outside is checked by `validerArbre` (valider-arbre.ts, loaded only
 * then) before use: a faulty tree is refused with messages that name the faulty node, never half used.
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
import type { TexteNoeud } from '../i18n/locale.js';
import type { Besoin } from './besoins.js';
import type { Service } from './standard.js';

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

/**
 * The tree with the words of another language laid over it (`Locale['arbre']`: per node id, its texts and its
 * answers by `valeur`). Ids, values, links and criteria are untouched, so the walk and the answers already
 * given stay valid; a node or a text the table does not cover stays as written. Only for the kit's default
 * tree: a tree given by an operator is shown as written.
 */
export function traduireArbre(arbre: ArbreOrientation, mots: Readonly<Record<string, TexteNoeud>>): ArbreOrientation {
  const noeuds: Record<string, Noeud> = {};
  for (const [id, n] of Object.entries(arbre.noeuds)) {
    const t = mots[id];
    noeuds[id] = !t
      ? n
      : n.type === 'question'
        ? {
            ...n,
            texte: t.texte ?? n.texte,
            ...(n.aide !== undefined ? { aide: t.aide ?? n.aide } : {}),
            reponses: n.reponses.map((r) => ({ ...r, texte: t.reponses?.[r.valeur] ?? r.texte })),
          }
        : { ...n, titre: t.titre ?? n.titre, pourquoi: t.pourquoi ?? n.pourquoi };
  }
  return { ...arbre, noeuds };
}
