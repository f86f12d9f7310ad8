/** Shape comparison of message tables (test/i18n/cles.test.ts). */

const genre = (v: unknown) => (Array.isArray(v) ? 'tableau' : v === null ? 'null' : typeof v);

/** Every difference of shape between the French table and another language's: missing, extra, wrong kind. */
export function ecarts(fr: unknown, autre: unknown, chemin: string): string[] {
  if (autre === undefined) return [`${chemin} : clé absente`];
  const gf = genre(fr);
  const ga = genre(autre);
  if (gf !== ga) return [`${chemin} : ${gf === 'function' ? 'fonction' : gf} attendue, ${ga} trouvé`];
  if (gf === 'tableau') {
    const a = autre as unknown[];
    const f = fr as unknown[];
    if (a.length !== f.length) return [`${chemin} : ${f.length} éléments attendus, ${a.length} trouvés`];
    return f.flatMap((x, i) => ecarts(x, a[i], `${chemin}[${i}]`));
  }
  if (gf === 'object') {
    const f = fr as Record<string, unknown>;
    const a = autre as Record<string, unknown>;
    return [
      ...Object.keys(f).flatMap((k) => ecarts(f[k], a[k], `${chemin}.${k}`)),
      ...Object.keys(a)
        .filter((k) => !(k in f))
        .map((k) => `${chemin}.${k} : clé en trop`),
    ];
  }
  if (gf === 'string' && !(autre as string).trim() && (fr as string).trim()) return [`${chemin} : texte vide`];
  return [];
}

/**
 * Texts that are still the French ones. Names stay names in every language (CAF, ameli, France Services…):
 * a text with no lowercase word of 4 letters or more is not counted, nor a text listed as a name.
 */
const NOMS = new Set(['Aidants Connect', 'France Services', 'France Travail', 'Pass numérique', 'Solidarité Numérique', 'Emmaüs Connect']);
export function nonTraduits(fr: unknown, autre: unknown, chemin: string): string[] {
  if (typeof fr === 'string') {
    const mot = /(^|[^\p{L}])\p{Ll}{4,}/u.test(fr);
    return fr === autre && mot && !NOMS.has(fr) ? [`${chemin} : « ${fr} »`] : [];
  }
  if (fr && typeof fr === 'object' && autre && typeof autre === 'object') {
    return Object.keys(fr).flatMap((k) =>
      nonTraduits((fr as Record<string, unknown>)[k], (autre as Record<string, unknown>)[k], Array.isArray(fr) ? `${chemin}[${k}]` : `${chemin}.${k}`),
    );
  }
  return [];
}
