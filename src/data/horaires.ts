/**
 * Opening hours (`horaires`): our own parser for the subset of OpenStreetMap `opening_hours` that real data uses.
 *
 * Supported: rules separated by `;`; weekday selectors (`Mo`, `Mo-Fr`, wrap `Fr-Mo`, lists `Mo-We,Fr`), `PH off`;
 * time spans `HH:MM-HH:MM` (also `H:MM`, `24:00`, overnight `22:00-02:00`), `off` / `closed`, `24/7`, a quoted comment.
 * A later rule naming a day replaces that day's spans (OSM semantics). An overnight span belongs to the day it
 * starts on: a later rule for the next day does not cut its spill after midnight.
 * Anything else is rejected with a reason code and a position: a string we do not understand is never guessed.
 */

/** A span of minutes since midnight, `0 <= debut < fin <= 1440`. */
export interface Plage {
  debut: number;
  fin: number;
}

export interface Horaires {
  /** The string as written. */
  source: string;
  /** Index 0 = lundi … 6 = dimanche; spans sorted and merged (touching spans are joined). */
  semaine: Plage[][];
  /** `PH off`: closed on public holidays. */
  feriesFermes: boolean;
  /** Quoted comments, as written (`"sur rendez-vous"`). */
  commentaires: string[];
  /** Open 24 hours a day, 7 days a week. */
  toujours: boolean;
}

/** Why a string was not understood. Codes are stable; the words live in the messages. */
export type RaisonHoraires =
  | 'vide'
  | 'syntaxe'
  | 'heure_invalide'
  | 'plage_incomplete'
  | 'plage_inversee'
  | 'non_pris_en_charge';

export type ResultatHoraires =
  | { ok: true; horaires: Horaires }
  | { ok: false; source: string; raison: RaisonHoraires; /** 0-based index in `source`. */ position?: number };

/** A moment within the next 7 days, relative to the moment asked about. */
export interface Moment {
  /** 0 = lundi. */
  jour: number;
  /** Minutes since midnight; 1440 = midnight at the end of `jour`. */
  minute: number;
  /** Days ahead: 0 today, 1 tomorrow … 7 the same weekday next week. */
  dans: number;
  memeJour: boolean;
  demain: boolean;
}

export type EtatOuverture =
  /** `fermeA`/`fermeture` are absent when it never closes (24/7). `fermeture.dans > 0`: open past midnight. */
  | { ouvert: true; fermeA?: number; fermeture?: Moment }
  /** No `prochaine` when the place is never open. */
  | { ouvert: false; prochaine?: Moment };

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const OSM_NAMES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
/** Valid OSM we choose not to support (months, school holidays, weeks, sun events, states). */
const UNSUPPORTED = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sh|week|sunrise|sunset|dawn|dusk|easter|unknown|open)$/;
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => /^[a-z]$/i.test(c);

type Failure = [RaisonHoraires, number];

const lus = new Map<string, ResultatHoraires>();

/**
 * `parseHoraires`, remembered per string: a directory repeats the same few hours strings, and both the loader
 * (to report what it cannot read) and the query index need the result.
 */
export function horairesDe(source: string): ResultatHoraires {
  let r = lus.get(source);
  if (!r) lus.set(source, (r = parseHoraires(source)));
  return r;
}

export function parseHoraires(source: string): ResultatHoraires {
  const s = source;
  let i = 0;
  const fail = (raison: RaisonHoraires, position = i): never => {
    throw [raison, position] satisfies Failure;
  };
  const ws = () => {
    while (i < s.length && /\s/.test(s.charAt(i))) i++;
  };
  const word = () => {
    const start = i;
    while (isLetter(s.charAt(i))) i++;
    return s.slice(start, i).toLowerCase();
  };
  const keyword = (w: string, at: number) => fail(UNSUPPORTED.test(w) ? 'non_pris_en_charge' : 'syntaxe', at);
  const time = (): number => {
    const start = i;
    while (isDigit(s.charAt(i))) i++;
    const digits = i - start;
    if (digits === 0) fail('syntaxe');
    // A year (`2024 Jan…`) is valid OSM; `0900-1200` is a malformed time.
    if (digits === 4 && !/[-:]/.test(s.charAt(i))) fail('non_pris_en_charge', start);
    if (digits > 2 || s.charAt(i) !== ':') fail('heure_invalide', start);
    const m0 = ++i;
    while (isDigit(s.charAt(i))) i++;
    if (i - m0 !== 2) fail('heure_invalide', start);
    const h = +s.slice(start, m0 - 1);
    const m = +s.slice(m0, i);
    if (m > 59 || h > 24 || (h === 24 && m > 0)) fail('heure_invalide', start);
    return h * 60 + m;
  };
  const spanList = (): number[] => {
    const spans: number[] = [];
    for (;;) {
      const start = i;
      const a = time();
      ws();
      if (s.charAt(i) === '+') fail('non_pris_en_charge'); // open end `10:00+`
      if (s.charAt(i) !== '-') fail('plage_incomplete', start); // `Sa 17:00`
      i++;
      ws();
      let b = time();
      if (/[+/]/.test(s.charAt(i))) fail('non_pris_en_charge'); // `10:00-12:00+`, periods `/01:30`
      ws();
      if (s.charAt(i) === '-') fail('syntaxe'); // `12:00-14:00-17:00`
      if (a === 1440) fail('heure_invalide', start);
      if (b <= a) {
        // Until midnight (`18:00-00:00`), or overnight: evening to morning, at most 16 hours.
        if (b === 0 && a > 0) b = 1440;
        else if (a >= 720 && b <= 720 && 1440 - a + b <= 960) b += 1440;
        else fail('plage_inversee', start);
      }
      spans.push(a, b);
      if (s.charAt(i) !== ',') return spans;
      i++;
      ws();
      // `Mo 10:00-12:00, We 14:00-16:00`: an additional rule, valid OSM we do not support.
      if (isLetter(s.charAt(i))) fail('non_pris_en_charge');
    }
  };

  // Spans per day as flat pairs [debut, fin, …]; fin may exceed 1440 (overnight).
  const own: number[][] = [[], [], [], [], [], [], []];
  let feriesFermes = false;
  const commentaires: string[] = [];
  try {
    if (!s.trim()) fail('vide', 0);
    for (;;) {
      ws();
      if (i >= s.length) break;
      if (s.charAt(i) === ';') {
        i++; // empty rule, e.g. a trailing `;`
        continue;
      }
      const ruleStart = i;
      let mask = 0;
      let ph = false;
      let selector = false;
      let spans: number[] | undefined;
      // Weekday selector, or a keyword (`off`).
      while (isLetter(s.charAt(i))) {
        const at = i;
        const w = word();
        const d = DAYS.indexOf(w);
        if (w === 'ph') ph = true;
        else if (d >= 0) {
          ws();
          if (s.charAt(i) === '-') {
            i++;
            ws();
            const at2 = i;
            const w2 = word();
            const e = DAYS.indexOf(w2);
            if (e < 0) keyword(w2, at2);
            for (let k = d; ; k = (k + 1) % 7) {
              mask |= 1 << k;
              if (k === e) break;
            }
          } else mask |= 1 << d;
        } else if (!selector && (w === 'off' || w === 'closed')) {
          spans = [];
          break;
        } else keyword(w, at);
        selector = true;
        if (s.charAt(i) === '[') fail('non_pris_en_charge'); // `Mo[1]`
        ws();
        if (s.charAt(i) !== ',') break;
        i++;
        ws();
        if (!isLetter(s.charAt(i))) fail('syntaxe');
      }
      if (!spans) {
        ws();
        const c = s.charAt(i);
        if (s.startsWith('24/7', i)) {
          i += 4;
          spans = [0, 1440];
        } else if (isDigit(c)) spans = spanList();
        else if (isLetter(c)) {
          const at = i;
          const w = word();
          if (w === 'off' || w === 'closed') spans = [];
          else keyword(w, at);
        } else if (c === '"') fail('non_pris_en_charge'); // a comment alone: state unknown
        else if (c === ';' || c === '' || c === '|') fail('plage_incomplete'); // `Mo-Fr` alone
        else fail('syntaxe');
      }
      ws();
      if (s.charAt(i) === '"') {
        const end = s.indexOf('"', i + 1);
        if (end < 0) fail('syntaxe');
        const text = s.slice(i + 1, end).trim();
        if (text && !commentaires.includes(text)) commentaires.push(text);
        i = end + 1;
        ws();
      }
      if (s.startsWith('||', i)) fail('non_pris_en_charge');
      if (i < s.length && s.charAt(i) !== ';') fail('syntaxe');
      const found = spans ?? [];
      if (ph) {
        if (found.length) fail('non_pris_en_charge', ruleStart); // hours on public holidays
        feriesFermes = true;
      } else if (!selector) mask = 127;
      for (let d = 0; d < 7; d++) if (mask & (1 << d)) own[d] = found;
    }
  } catch (e) {
    if (!Array.isArray(e)) throw e;
    const [raison, position] = e as Failure;
    return { ok: false, source, raison, position };
  }

  // Spill overnight spans into the next day, then sort and merge.
  const days: number[][] = [[], [], [], [], [], [], []];
  own.forEach((pairs, d) => {
    for (let k = 0; k < pairs.length; k += 2) {
      const a = pairs[k]!;
      const b = pairs[k + 1]!;
      days[d]!.push(a, Math.min(b, 1440));
      if (b > 1440) days[(d + 1) % 7]!.push(0, b - 1440);
    }
  });
  const semaine = days.map((pairs) => {
    const list: Plage[] = [];
    for (let k = 0; k < pairs.length; k += 2) list.push({ debut: pairs[k]!, fin: pairs[k + 1]! });
    list.sort((x, y) => x.debut - y.debut);
    const merged: Plage[] = [];
    for (const p of list) {
      const last = merged[merged.length - 1];
      if (last && p.debut <= last.fin) last.fin = Math.max(last.fin, p.fin);
      else merged.push(p);
    }
    return merged;
  });
  const toujours = semaine.every((d) => d.length === 1 && d[0]!.debut === 0 && d[0]!.fin === 1440);
  return { ok: true, horaires: { source, semaine, feriesFermes, commentaires, toujours } };
}

/** Open at this minute (0..1439) of this day (0 = lundi)? Allocation-free: called on every place of a search. */
export function estOuvertA(h: Horaires, jour: number, minute: number): boolean {
  const day = h.semaine[jour];
  if (!day) return false;
  for (let k = 0; k < day.length; k++) {
    const p = day[k]!;
    if (minute < p.debut) return false;
    if (minute < p.fin) return true;
  }
  return false;
}

/** Open at some time that day? */
export function ouvertLeJour(h: Horaires, jour: number): boolean {
  return (h.semaine[jour]?.length ?? 0) > 0;
}

/** Open at some point within [debut, fin) of that day (e.g. « le matin », 480–720)? */
export function ouvertPendant(h: Horaires, jour: number, debut: number, fin: number): boolean {
  const day = h.semaine[jour];
  if (!day) return false;
  for (let k = 0; k < day.length; k++) {
    const p = day[k]!;
    if (p.debut < fin && p.fin > debut) return true;
  }
  return false;
}

const moment = (jour: number, minute: number, dans: number): Moment => ({
  jour: (jour + dans) % 7,
  minute,
  dans,
  memeJour: dans === 0,
  demain: dans === 1,
});

/** Open now, and until when; or closed, and when it next opens (looking up to 7 days ahead). */
export function etatOuverture(h: Horaires, jour: number, minute: number): EtatOuverture {
  if (estOuvertA(h, jour, minute)) {
    let t = minute;
    for (let k = 0; k <= 7; k++) {
      const p = h.semaine[(jour + k) % 7]!.find((q) => q.debut <= t && t < q.fin);
      // Not open at midnight: it closed at the end of the previous day.
      const fermeture = !p ? moment(jour, 1440, k - 1) : p.fin < 1440 ? moment(jour, p.fin, k) : undefined;
      if (fermeture) return { ouvert: true, fermeA: fermeture.minute, fermeture };
      t = 0;
    }
    return { ouvert: true };
  }
  for (let k = 0; k <= 7; k++) {
    const p = h.semaine[(jour + k) % 7]!.find((q) => k > 0 || q.debut > minute);
    if (p) return { ouvert: false, prochaine: moment(jour, p.debut, k) };
  }
  return { ouvert: false };
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Canonical OSM serialisation of the parsed week: `Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off`. */
export function versOsm(h: Horaires): string {
  const rules: string[] = [];
  if (h.toujours) rules.push('24/7');
  else {
    const keys = h.semaine.map((d) => d.map((p) => `${hhmm(p.debut)}-${hhmm(p.fin)}`).join(','));
    const done = new Set<string>(['']);
    keys.forEach((key, d) => {
      if (done.has(key)) return;
      done.add(key);
      // Runs of consecutive days with these spans: `Mo-We,Fr`.
      const names: string[] = [];
      for (let a = d; a < 7; a++) {
        if (keys[a] !== key) continue;
        let b = a;
        while (b + 1 < 7 && keys[b + 1] === key) b++;
        names.push(b > a ? `${OSM_NAMES[a]}-${OSM_NAMES[b]}` : OSM_NAMES[a]!);
        a = b;
      }
      rules.push(`${names.join(',')} ${key}`);
    });
    if (!rules.length) rules.push('off');
  }
  if (h.commentaires.length) rules[rules.length - 1] += ` "${h.commentaires.join(' / ')}"`;
  if (h.feriesFermes) rules.push('PH off');
  return rules.join('; ');
}
