/**
 * Local time of a place: its IANA time zone from the postal code, and conversions between an instant and the
 * local wall time (day of week, minute of the day), right across daylight-saving changes.
 */

const ZONES: Record<string, string> = {
  '971': 'America/Guadeloupe',
  '977': 'America/Guadeloupe',
  '978': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
  '986': 'Pacific/Wallis',
  '987': 'Pacific/Tahiti',
  '988': 'Pacific/Noumea',
};

/** IANA time zone of a French postal code: overseas zones by their 3-digit prefix, otherwise Europe/Paris. */
export function fuseauHoraire(codePostal: string): string {
  return ZONES[codePostal.trim().slice(0, 3)] ?? 'Europe/Paris';
}

const formats = new Map<string, Intl.DateTimeFormat>();
const FIELDS: Record<string, number> = { year: 0, month: 1, day: 2, hour: 3, minute: 4, second: 5 };

/** Wall-clock [year, month, day, hour, minute, second] of an instant in a zone. Throws on an unknown zone. */
function wall(t: number, fuseau: string): number[] {
  let f = formats.get(fuseau);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: fuseau,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(fuseau, f);
  }
  const r = [0, 0, 0, 0, 0, 0];
  for (const p of f.formatToParts(t)) {
    const k = FIELDS[p.type];
    if (k !== undefined) r[k] = +p.value;
  }
  r[3] = r[3]! % 24; // some engines write midnight as 24
  return r;
}

/** Offset of the zone at instant t, in ms (wall clock minus UTC). */
function offset(t: number, fuseau: string): number {
  const [y, mo, d, h, mi, s] = wall(t, fuseau) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(t / 1000) * 1000;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Local day of week (0 = lundi), minute of the day and date `YYYY-MM-DD` of an instant in a zone. */
export function momentLocal(date: Date, fuseau: string): { jour: number; minute: number; date: string } {
  const [y, mo, d, h, mi] = wall(date.getTime(), fuseau) as [number, number, number, number, number];
  return {
    jour: (new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7,
    minute: h * 60 + mi,
    date: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`,
  };
}

/**
 * The instant at which the wall clock of a zone shows this date and minute (`minute` may be 1440: next midnight).
 * A time skipped by the spring change (02:30) gives the instant one hour later on the clock (03:30); a time
 * repeated in autumn gives the first of the two. Invalid Date for a malformed date.
 */
export function instantLocal(dateLocale: string, minute: number, fuseau: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateLocale);
  if (!m) return new Date(NaN);
  const guess = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, 0, minute);
  // The offset a day before and a day after: at most one change lies between them.
  const before = offset(guess - 864e5, fuseau);
  let best = NaN;
  for (const o of [before, offset(guess + 864e5, fuseau)]) {
    const t = guess - o;
    if (offset(t, fuseau) === o && !(t >= best)) best = t;
  }
  return new Date(Number.isNaN(best) ? guess - before : best);
}
