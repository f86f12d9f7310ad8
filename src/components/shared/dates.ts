/** Small date helpers shared by the elements (no Lit, no styles). */

/** « 09:30 » → « 9 h 30 », « 14:00 » → « 14 h » (French). */
export function heureFr(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return m && m !== '00' ? `${Number(h)} h ${m}` : `${Number(h)} h`;
}

/**
 * A time of day « HH:MM » in the element's language (`this.intl`): French « 9 h 30 », English « 9:30 am » (as the
 * opening hours of src/i18n/en/horaires.ts), otherwise Intl's 24-hour clock (« 9:30 », « 09:30 »).
 */
export function heureLocale(hhmm: string, intl: string): string {
  if (intl.startsWith('fr')) return heureFr(hhmm);
  const [h, m] = hhmm.split(':').map(Number);
  const cycle = intl.startsWith('en') ? { hour12: true } : { hourCycle: 'h23' as const };
  return new Intl.DateTimeFormat(intl, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC', ...cycle }).format(
    Date.UTC(2000, 0, 1, h ?? 0, m ?? 0),
  );
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using it. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** Today's local date `YYYY-MM-DD` in a time zone (src/data/temps.ts does this and more, at a higher cost). */
export function aujourdhuiDans(fuseau: string): string {
  let f = formats.get(fuseau);
  if (!f) formats.set(fuseau, (f = new Intl.DateTimeFormat('fr-FR', { timeZone: fuseau, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const p: Record<string, string> = {};
  for (const { type, value } of f.formatToParts(new Date())) p[type] = value;
  return `${p.year}-${p.month}-${p.day}`;
}
