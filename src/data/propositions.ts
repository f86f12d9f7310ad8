/**
 * The places an orientation proposes (pure): the three best places of the directory for an outcome of the tree,
 * each with why it fits. Hard rules, never bent: a proposed place serves the outcome (`NoeudIssue.lieux`), is
 * within the distance when one is given, is open when the person is free when days are given, is free when the
 * person asked for free places, and offers the prise en charge asked for. When nothing passes, the answer is not
 * empty: the nearest France Services (whatever the other criteria) and the tree's phone line.
 *
 * Order: the outcome's `enPremier` places first, then places open when the person is free, then the nearest
 * (or by name without a position), places that help in foreign languages first for a person who reads French
 * with difficulty.
 */
import { repondAuBesoin } from './besoins.js';
import { distanceKm, type Point } from './distance.js';
import { horairesDe, ouvertLeJour, ouvertPendant } from './horaires.js';
import type { ArbreOrientation, CritereLieu, NoeudIssue } from './orientation.js';
import type { PriseEnChargeSpecifique } from './standard.js';
import type { Lieu } from './types.js';

/** When the person is free: a day (0 = lundi … 6 = dimanche) and a half-day, or the whole day. */
export interface Disponibilite {
  jour: number;
  moment: 'matin' | 'apres-midi' | 'journee';
}

/** Half-days, in minutes since midnight (as the map's filter). */
export const MOMENTS = { matin: { debut: 480, fin: 720 }, 'apres-midi': { debut: 810, fin: 1080 } } as const;

export interface CriteresPersonne {
  /** Where the person is, and how far they can go. */
  autour?: Point & { rayonKm?: number };
  /** Any of these. */
  disponibilites?: readonly Disponibilite[];
  gratuit?: boolean;
  /** Every one of these. */
  priseEnCharge?: readonly PriseEnChargeSpecifique[];
  /** The person reads French with difficulty: places that help in other languages come first. */
  francais?: boolean;
}

export type Raison = 'besoin' | 'en-premier' | 'ouvert' | 'distance' | 'gratuit' | 'accessible' | 'langues' | 'prise-en-charge';

export interface Proposition {
  lieu: Lieu;
  distanceKm?: number;
  /** Why it fits, most important first (the element words them). */
  raisons: Raison[];
}

export interface Propositions {
  /** At most `n` places, best first. */
  lieux: Proposition[];
  /** Nothing fitted: the nearest France Services (if the directory has one) and the tree's phone line. */
  repli?: { franceServices?: Proposition; recours?: { nom: string; telephone: string } };
}

const LANGUES: readonly string[] = ['Langues étrangères (anglais)', 'Langues étrangères (autres)'];

function labelsDe(l: Lieu): string[] {
  return [...(l.dispositif_programmes_nationaux ?? []), ...(l.formations_labels ?? []), ...(l.autres_formations_labels ?? [])];
}

/** Does the place have every field of the criterion (any value of each list)? */
export function correspond(l: Lieu, c: CritereLieu): boolean {
  if (c.besoins && !c.besoins.some((b) => repondAuBesoin(l, b))) return false;
  if (c.services && !c.services.some((s) => l.services?.includes(s))) return false;
  if (c.tousServices && !c.tousServices.every((s) => l.services?.includes(s))) return false;
  if (c.labels) {
    const a = labelsDe(l).map((x) => x.toLowerCase());
    if (!c.labels.some((x) => a.includes(x.toLowerCase()))) return false;
  }
  if (c.typologies && !c.typologies.some((t) => l.typologie?.includes(t))) return false;
  return true;
}

/** Does the place give what this outcome is about? */
export function sertIssue(l: Lieu, issue: NoeudIssue): boolean {
  return issue.lieux.some((c) => correspond(l, c));
}

/** Open during one of the person's free times? Unknown hours: not counted as open. */
function ouvertQuandLibre(l: Lieu, dispo: readonly Disponibilite[]): boolean {
  if (!l.horaires) return false;
  const r = horairesDe(l.horaires);
  if (!r.ok) return false;
  const h = r.horaires;
  return dispo.some((d) =>
    d.moment === 'journee' ? ouvertLeJour(h, d.jour) : ouvertPendant(h, d.jour, MOMENTS[d.moment].debut, MOMENTS[d.moment].fin),
  );
}

const estFranceServices = (l: Lieu) =>
  !!l.dispositif_programmes_nationaux?.includes('France Services') || !!l.typologie?.includes('RFS');

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** The best places for an outcome, for this person; never an empty answer (see `repli`). */
export function proposer(
  lieux: readonly Lieu[],
  issue: NoeudIssue,
  personne: CriteresPersonne = {},
  options: { n?: number; recours?: ArbreOrientation['recours'] } = {},
): Propositions {
  const n = options.n ?? 3;
  const { autour, disponibilites, gratuit, priseEnCharge, francais } = personne;
  const rayon = autour?.rayonKm;
  const avecDistance = (l: Lieu): number | undefined =>
    autour && l.latitude !== undefined && l.longitude !== undefined ? distanceKm(autour, l as Lieu & Point) : undefined;

  const candidats: (Proposition & { premier: boolean; libre: boolean; langues: boolean })[] = [];
  for (const l of lieux) {
    if (!sertIssue(l, issue)) continue;
    const d = avecDistance(l);
    if (rayon !== undefined && !(d !== undefined && d <= rayon)) continue;
    if (gratuit && !l.frais_a_charge?.includes('Gratuit')) continue;
    if (priseEnCharge?.length && !priseEnCharge.every((p) => l.prise_en_charge_specifique?.includes(p))) continue;
    const libre = disponibilites?.length ? ouvertQuandLibre(l, disponibilites) : false;
    if (disponibilites?.length && !libre) continue;
    const premier = issue.enPremier?.some((c) => correspond(l, c)) ?? false;
    const langues = l.prise_en_charge_specifique?.some((p) => LANGUES.includes(p)) ?? false;
    const raisons: Raison[] = ['besoin'];
    if (premier) raisons.push('en-premier');
    if (libre) raisons.push('ouvert');
    if (d !== undefined) raisons.push('distance');
    if (l.frais_a_charge?.includes('Gratuit')) raisons.push('gratuit');
    if (priseEnCharge?.length) raisons.push('prise-en-charge');
    if (francais && langues) raisons.push('langues');
    if (l.fiche_acces_libre) raisons.push('accessible');
    candidats.push({ lieu: l, ...(d !== undefined ? { distanceKm: d } : {}), raisons, premier, libre, langues });
  }
  candidats.sort(
    (a, b) =>
      Number(b.premier) - Number(a.premier) ||
      (francais ? Number(b.langues) - Number(a.langues) : 0) ||
      (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
      collator.compare(a.lieu.nom, b.lieu.nom),
  );
  const choisis = candidats.slice(0, n).map(({ lieu, distanceKm, raisons }) => ({ lieu, raisons, ...(distanceKm !== undefined ? { distanceKm } : {}) }));
  if (choisis.length) return { lieux: choisis };

  // Nothing fits: the nearest France Services, whatever the other criteria, and a phone line.
  let fs: Proposition | undefined;
  for (const l of lieux) {
    if (!estFranceServices(l)) continue;
    const d = avecDistance(l);
    const p: Proposition = { lieu: l, raisons: d !== undefined ? ['distance'] : [], ...(d !== undefined ? { distanceKm: d } : {}) };
    if (!fs || (p.distanceKm ?? Infinity) < (fs.distanceKm ?? Infinity)) fs = p;
  }
  return { lieux: [], repli: { ...(fs ? { franceServices: fs } : {}), ...(options.recours ? { recours: options.recours } : {}) } };
}
