/** Text helpers shared by validation and search. Pure. */

const COMBINING = /[\u0300-\u036f]/g;

/**
 * Lower-case, without accents, ligatures spelled out, apostrophes and dashes as spaces, runs of spaces
 * folded: « Médiathèque L’Œuf » → « mediatheque l oeuf ». Used for accent- and case-insensitive search.
 */
export function replier(s: string): string {
  return s
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[’'`´\-‐‑–—_/.,;:()«»"!?]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Control characters (except tab and newline) are removed from every string we keep. */
const CONTROLE = '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f\\u200b\\u2028\\u2029\\ufeff]';
const CONTROLES = new RegExp(CONTROLE, 'g');
/** Without the `g` flag: `test` keeps no state between calls. */
const A_DES_CONTROLES = new RegExp(CONTROLE);

/** A clean single value: control characters removed, trimmed; empty becomes undefined. */
export function nettoyer(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  let s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  // Most values are clean: test first, replace only when needed (this runs on every field of every record).
  if (A_DES_CONTROLES.test(s)) s = s.replace(CONTROLES, '');
  s = s.trim();
  return s === '' ? undefined : s;
}

/** For the report: the value as text, at most 120 characters. */
export function apercu(v: unknown): string {
  let s: string;
  if (typeof v === 'string') s = v;
  else {
    try {
      s = JSON.stringify(v) ?? String(v);
    } catch {
      s = String(v);
    }
  }
  return s.length > 120 ? s.slice(0, 119) + '…' : s;
}

/**
 * A multi-valued field as a list: an array as is, or a string split on `|` (v1) or `;` (v0). Empty parts are
 * dropped, each part is cleaned.
 */
export function valeurs(v: unknown, separateurs: RegExp = /[|;]/): string[] {
  if (v == null) return [];
  // One value without separator (the common case): no split. `separateurs` has no `g` flag, `test` is stateless.
  if (typeof v === 'string' && !separateurs.test(v)) {
    const s = nettoyer(v);
    return s === undefined ? [] : [s];
  }
  const parts: unknown[] = Array.isArray(v) ? v : typeof v === 'string' ? v.split(separateurs) : [v];
  const out: string[] = [];
  for (const p of parts) {
    const s = nettoyer(p);
    if (s !== undefined) out.push(s);
  }
  return out;
}
