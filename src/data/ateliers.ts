/**
 * Workshops: expanding one-off sessions and recurrences into dated sessions over a window (pure).
 * Dates are local to the place (`YYYY-MM-DD`, `HH:MM`); calendar arithmetic is done on UTC days so that no
 * time zone or daylight-saving change can shift a session to another day.
 */
import type { Atelier, Recurrence, StatutAtelier } from './types.js';
import { JOURS } from './vocabulaire.js';

export interface SeanceDatee {
  atelier: Atelier;
  /** Local date and times at the place. */
  date: string;
  debut: string;
  fin: string;
  /** The end's local date, when the session ends on a later day (past midnight). */
  finDate?: string;
  statut: StatutAtelier;
  places_restantes?: number;
}

const JOUR_MS = 86_400_000;

// Dates repeat a lot (a few weeks of sessions for thousands of workshops): both conversions are memoized.
const jours = new Map<string, number>();
const dates = new Map<number, string>();

function versJour(d: string): number {
  let j = jours.get(d);
  if (j === undefined) jours.set(d, (j = Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / JOUR_MS));
  return j;
}

function versDate(j: number): string {
  let d = dates.get(j);
  if (d === undefined) dates.set(j, (d = new Date(j * JOUR_MS).toISOString().slice(0, 10)));
  return d;
}

/** 0 = lundi … 6 = dimanche, for a day number since 1970-01-01 (a Thursday). */
function jourSemaine(j: number): number {
  return (j + 3) % 7;
}

/**
 * A recurrence prepared once per expansion (weekday mask, first Monday, excluded days as day numbers), so that
 * the loop over days does no parsing: 2,000 weekly workshops over 4 weeks are 56,000 days to test.
 */
function preparer(r: Recurrence): (j: number) => boolean {
  const masque = r.jours.reduce((m, n) => m | (1 << JOURS.indexOf(n)), 0);
  const pas = r.intervalle ?? 1;
  const debut = versJour(r.du);
  // Weeks counted from the Monday of the first date.
  const lundi0 = debut - jourSemaine(debut);
  const d0 = new Date(debut * JOUR_MS);
  const rangs = r.rangs ?? [1];
  const sauf = new Set((r.sauf ?? []).map(versJour));
  return (j) => {
    if (!(masque & (1 << jourSemaine(j)))) return false;
    if (r.frequence === 'hebdomadaire') {
      if (Math.floor((j - lundi0) / 7) % pas !== 0) return false;
    } else {
      const d = new Date(j * JOUR_MS);
      const mois = (d.getUTCFullYear() - d0.getUTCFullYear()) * 12 + d.getUTCMonth() - d0.getUTCMonth();
      if (mois % pas !== 0) return false;
      const quantieme = d.getUTCDate();
      const rang = Math.ceil(quantieme / 7);
      const joursDansLeMois = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      const dernier = quantieme + 7 > joursDansLeMois;
      if (!rangs.some((n) => n === rang || (n === -1 && dernier))) return false;
    }
    return !sauf.has(j);
  };
}

function finDe(date: string, fin: string): { fin: string; finDate?: string } {
  const jour = fin.slice(0, 10);
  const heure = fin.slice(11, 16);
  if (jour === date) return { fin: heure };
  if (heure === '00:00' && jour === ajouterJours(date, 1)) return { fin: '24:00' };
  return { fin: heure, finDate: jour };
}

/**
 * The sessions of one workshop between two local dates (both included), sorted. Cancelled or postponed
 * sessions are included with their status, so that a person sees « annulé » rather than a silent gap.
 */
export function seancesEntre(atelier: Atelier, du: string, au: string): SeanceDatee[] {
  const out: SeanceDatee[] = [];
  for (const s of atelier.seances ?? []) {
    const date = s.debut.slice(0, 10);
    if (date < du || date > au) continue;
    out.push({
      atelier,
      date,
      debut: s.debut.slice(11, 16),
      // Ends the same day; at midnight: « 24:00 »; later than that: the end time and its date.
      ...finDe(date, s.fin),
      statut: s.statut ?? atelier.statut,
      ...(s.places_restantes !== undefined
        ? { places_restantes: s.places_restantes }
        : atelier.places_restantes !== undefined
          ? { places_restantes: atelier.places_restantes }
          : {}),
    });
  }
  const r = atelier.recurrence;
  if (r) {
    const dedans = preparer(r);
    const dates = new Set(out.map((s) => s.date + s.debut));
    const fin = Math.min(versJour(au), versJour(r.au));
    for (let j = Math.max(versJour(du), versJour(r.du)); j <= fin; j++) {
      if (!dedans(j)) continue;
      const date = versDate(j);
      if (dates.has(date + r.heure_debut)) continue;
      out.push({
        atelier,
        date,
        debut: r.heure_debut,
        fin: r.heure_fin,
        statut: atelier.statut,
        ...(atelier.places_restantes !== undefined ? { places_restantes: atelier.places_restantes } : {}),
      });
    }
  }
  return out.length > 1 ? out.sort((a, b) => (a.date + a.debut < b.date + b.debut ? -1 : 1)) : out;
}

/** Every session of every workshop in the window, in time order. */
export function agenda(ateliers: readonly Atelier[], du: string, au: string): SeanceDatee[] {
  // Sorted on numeric keys built once (minutes since 1970 in local time), not strings compared pairwise.
  const avecCles = ateliers
    .flatMap((a) => seancesEntre(a, du, au))
    .map((s) => ({ s, k: versJour(s.date) * 1440 + Number(s.debut.slice(0, 2)) * 60 + Number(s.debut.slice(3, 5)) }));
  avecCles.sort((a, b) => a.k - b.k);
  return avecCles.map((x) => x.s);
}

/** `YYYY-MM-DD` plus n days. */
export function ajouterJours(date: string, n: number): string {
  return versDate(versJour(date) + n);
}
