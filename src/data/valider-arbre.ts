/**
 * Checking an orientation tree given from outside (an operator's own): see orientation.ts for the format.
 * Apart from orientation.ts so that pages using the default tree never download it.
 */
import { BESOINS, type Besoin } from './besoins.js';
import {
  AIDES_ORIENTATION,
  MARQUES,
  SUJETS,
  type AideOrientation,
  type ArbreOrientation,
  type Marque,
  type Sujet,
} from './orientation.js';
import { SERVICES } from './standard.js';
import { normaliserTelephone } from './telephone.js';

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

