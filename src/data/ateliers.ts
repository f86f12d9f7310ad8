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
  statut: StatutAtelier;
  places_restantes?: number;
}

const JOUR_MS = 86_400_000;

function versJour(d: string): number {
  return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / JOUR_MS;
}

function versDate(j: number): string {
  return new Date(j * JOUR_MS).toISOString().slice(0, 10);
}

/** 0 = lundi … 6 = dimanche, for a day number since 1970-01-01 (a Thursday). */
function jourSemaine(j: number): number {
  return (j + 3) % 7;
}

function dansLaRecurrence(r: Recurrence, j: number, sauf: Set<string>): boolean {
  const js = jourSemaine(j);
  if (!r.jours.some((n) => JOURS.indexOf(n) === js)) return false;
  const pas = r.intervalle ?? 1;
  const debut = versJour(r.du);
  if (r.frequence === 'hebdomadaire') {
    // Weeks counted from the Monday of the first date.
    const semaine = Math.floor((j - (debut - jourSemaine(debut))) / 7);
    if (semaine % pas !== 0) return false;
  } else {
    const d = new Date(j * JOUR_MS);
    const d0 = new Date(debut * JOUR_MS);
    const mois = (d.getUTCFullYear() - d0.getUTCFullYear()) * 12 + d.getUTCMonth() - d0.getUTCMonth();
    if (mois % pas !== 0) return false;
    const quantieme = d.getUTCDate();
    const rang = Math.ceil(quantieme / 7);
    const joursDansLeMois = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    const dernier = quantieme + 7 > joursDansLeMois;
    if (!(r.rangs ?? [1]).some((n) => n === rang || (n === -1 && dernier))) return false;
  }
  return !sauf.has(versDate(j));
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
      fin: s.fin.slice(0, 10) === date ? s.fin.slice(11, 16) : '24:00',
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
    const sauf = new Set(r.sauf ?? []);
    const dates = new Set(out.map((s) => s.date + s.debut));
    const fin = Math.min(versJour(au), versJour(r.au));
    for (let j = Math.max(versJour(du), versJour(r.du)); j <= fin; j++) {
      if (!dansLaRecurrence(r, j, sauf)) continue;
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
  return out.sort((a, b) => (a.date + a.debut < b.date + b.debut ? -1 : 1));
}

/** Every session of every workshop in the window, in time order. */
export function agenda(ateliers: readonly Atelier[], du: string, au: string): SeanceDatee[] {
  return ateliers
    .flatMap((a) => seancesEntre(a, du, au))
    .sort((a, b) => (a.date + a.debut < b.date + b.debut ? -1 : a.date + a.debut > b.date + b.debut ? 1 : 0));
}

/** `YYYY-MM-DD` plus n days. */
export function ajouterJours(date: string, n: number): string {
  return versDate(versJour(date) + n);
}
