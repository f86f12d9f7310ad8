/**
 * The only links the kit ever renders from data: `http(s):`, `tel:` and `mailto:`. Anything else
 * (`javascript:`, `data:`, relative paths…) gives undefined and the element shows plain text instead.
 */
const SURS = new Set(['http:', 'https:', 'tel:', 'mailto:']);

export function lienSur(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url.trim());
    return SURS.has(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}
