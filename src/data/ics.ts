/**
 * Calendar files (`.ics`, RFC 5545) for workshop sessions: « Ajouter à mon agenda » for one session, and the
 * export of a filtered agenda. Pure: builds the text; the element offers it as a download.
 *
 * Choices, for calendars people actually use (Google, Apple, Outlook, Thunderbird, phones):
 * - times in UTC (`DTSTART:20261124T130000Z`), computed from the session's local date and time in the place's
 *   own time zone (Europe/Paris, overseas zones), across daylight-saving changes: no VTIMEZONE to get wrong;
 * - CRLF line ends, lines folded at 75 octets (UTF-8 bytes, never inside a character), TEXT values escaped
 *   (`\\`, `;`, `,`, new lines);
 * - a stable UID per session (workshop id + local start), so that importing again updates instead of doubling;
 * - cancelled or postponed sessions keep `STATUS:CANCELLED` (a calendar that had it marks it cancelled);
 * - a session past midnight ends on the next day (`finDate`).
 */
import type { SeanceDatee } from './ateliers.js';
import { fuseauHoraire, instantLocal } from './temps.js';
import type { Lieu } from './types.js';

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function echapperTexte(t: string): string {
  return t.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets: continuation lines start with one space (RFC 5545 §3.1). */
export function plier(ligne: string): string {
  // ASCII only (most lines): one octet per character.
  if (/^[\x00-\x7f]*$/.test(ligne)) {
    if (ligne.length <= 75) return ligne;
    let out = ligne.slice(0, 75);
    for (let i = 75; i < ligne.length; i += 74) out += '\r\n ' + ligne.slice(i, i + 74);
    return out;
  }
  const morceaux: string[] = [];
  let courant = '';
  let octets = 0;
  for (const c of ligne) {
    // UTF-8 length of one code point.
    const cp = c.codePointAt(0)!;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    // The first line holds 75 octets; the next ones 74 after their leading space.
    const max = morceaux.length === 0 ? 75 : 74;
    if (octets + n > max) {
      morceaux.push(courant);
      courant = '';
      octets = 0;
    }
    courant += c;
    octets += n;
  }
  morceaux.push(courant);
  return morceaux.join('\r\n ');
}

const deuxChiffres = (n: number) => String(n).padStart(2, '0');

/** `20261124T130000Z` */
function dateUtc(d: Date): string {
  return (
    `${d.getUTCFullYear()}${deuxChiffres(d.getUTCMonth() + 1)}${deuxChiffres(d.getUTCDate())}` +
    `T${deuxChiffres(d.getUTCHours())}${deuxChiffres(d.getUTCMinutes())}${deuxChiffres(d.getUTCSeconds())}Z`
  );
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Local wall time → instant, memoized: an export repeats the same few days and times thousands of times. */
const instants = new Map<string, Date>();
function instant(date: string, minute: number, fuseau: string): Date {
  const cle = `${fuseau} ${date} ${minute}`;
  let d = instants.get(cle);
  if (!d) instants.set(cle, (d = instantLocal(date, minute, fuseau)));
  return d;
}

/** The UTC start and end of a session, from its local date and times at the place. */
export function instantsSeance(s: SeanceDatee, fuseau: string): { debut: Date; fin: Date } {
  const debut = instant(s.date, minutes(s.debut), fuseau);
  const fin = instant(s.finDate ?? s.date, minutes(s.fin), fuseau);
  return { debut, fin: fin > debut ? fin : new Date(debut.getTime() + 3600e3) };
}

export interface OptionsIcs {
  /** The places of the directory, by id (address and time zone of each session). */
  lieux?: ReadonlyMap<string, Lieu>;
  /** When the file is made (DTSTAMP); now by default. */
  maintenant?: Date;
  /** Time zone when the session's place is unknown (online workshops). */
  fuseauParDefaut?: string;
  /** Words of the events in the person's language (French by default): place of online sessions, phone prefix. */
  mots?: { enLigne: string; tel: string };
}

function evenement(s: SeanceDatee, o: OptionsIcs, stamp: string): string[] {
  const a = s.atelier;
  const lieu = a.lieu_id ? o.lieux?.get(a.lieu_id) : undefined;
  const fuseau = lieu ? fuseauHoraire(lieu.code_postal) : (o.fuseauParDefaut ?? 'Europe/Paris');
  const { debut, fin } = instantsSeance(s, fuseau);
  const description = [a.description, a.inscription?.consignes, a.inscription?.telephone && `${o.mots?.tel ?? 'Tél.'} ${a.inscription.telephone}`]
    .filter((x): x is string => !!x)
    .join('\n');
  const lignes = [
    'BEGIN:VEVENT',
    `UID:${echapperTexte(`${a.id}-${s.date}T${s.debut.replace(':', '')}`)}@kit-inclusion-numerique`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${dateUtc(debut)}`,
    `DTEND:${dateUtc(fin)}`,
    `SUMMARY:${echapperTexte(a.titre)}`,
  ];
  if (lieu) {
    lignes.push(`LOCATION:${echapperTexte(`${lieu.nom}, ${lieu.adresse}, ${lieu.code_postal} ${lieu.commune}`)}`);
    if (lieu.latitude !== undefined && lieu.longitude !== undefined) lignes.push(`GEO:${lieu.latitude};${lieu.longitude}`);
  } else if (a.modalite === 'a_distance') {
    lignes.push(`LOCATION:${echapperTexte(o.mots?.enLigne ?? 'En ligne')}`);
  }
  if (description) lignes.push(`DESCRIPTION:${echapperTexte(description)}`);
  const lien = a.inscription?.lien ?? a.lien_visio;
  if (lien && /^https?:\/\//i.test(lien)) lignes.push(`URL:${lien}`);
  // A postponed session will not happen at this date either: cancelled in the calendar.
  lignes.push(s.statut === 'annule' || s.statut === 'reporte' ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED');
  lignes.push('END:VEVENT');
  return lignes;
}

/** A calendar file holding these sessions (one or many). */
export function fichierIcs(seances: readonly SeanceDatee[], options: OptionsIcs = {}): string {
  const stamp = dateUtc(options.maintenant ?? new Date());
  const lignes = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kit inclusion numerique//Agenda des ateliers//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...seances.flatMap((s) => evenement(s, options, stamp)),
    'END:VCALENDAR',
  ];
  return lignes.map(plier).join('\r\n') + '\r\n';
}
