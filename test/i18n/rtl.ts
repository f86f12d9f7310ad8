/**
 * Right-to-left checks, shared by the element tests: nothing wider than the element (no horizontal scroll,
 * no box sticking out), and the element really mirrored (its direction, and its first heading set against
 * the right edge).
 */

/** Boxes of the element's shadow tree that stick out of the host, left or right (1 px tolerance). */
export function debordements(hote: HTMLElement): string[] {
  const cadre = hote.getBoundingClientRect();
  const out: string[] = [];
  const visiter = (racine: ShadowRoot | Element) => {
    for (const e of racine.querySelectorAll('*')) {
      if (e.shadowRoot) visiter(e.shadowRoot);
      const r = e.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      // Boxes clipped on purpose (visually hidden texts, a scrolling strip) are allowed.
      if (e.closest('.visuellement-cache, .sr-only, [data-defile]')) continue;
      if (r.left < cadre.left - 1 || r.right > cadre.right + 1) {
        out.push(`${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''} [${Math.round(r.left)}, ${Math.round(r.right)}] hors de [${Math.round(cadre.left)}, ${Math.round(cadre.right)}]`);
      }
    }
  };
  visiter(hote.shadowRoot!);
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) {
    out.push(`la page défile en largeur (${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth})`);
  }
  return out;
}

/** The element is mirrored: direction rtl, and the given box (a heading) starts from the right edge. */
export function miroir(hote: HTMLElement, boite: Element): { direction: string; ecartDroite: number; ecartGauche: number } {
  const cadre = hote.getBoundingClientRect();
  const r = boite.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(boite);
  const t = range.getBoundingClientRect();
  return {
    direction: getComputedStyle(boite).direction,
    ecartDroite: Math.round(cadre.right - (t.width ? t.right : r.right)),
    ecartGauche: Math.round((t.width ? t.left : r.left) - cadre.left),
  };
}
