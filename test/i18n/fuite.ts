/**
 * « No French leaking into an English screen »: every text a person can see or hear in an element (text of the
 * rendered shadow trees, and the names given by `aria-label`, `title`, `placeholder`, `alt`) must come from the
 * language's tables or from the data. What comes from the data (a place's name, an address, a description,
 * a commune the person typed) is taken out first; what remains is then checked:
 * - English: no French letter (é, à, ç, «…) and no common French word;
 * - Arabic and Ukrainian: no word in Latin letters at all, but for the names every language keeps.
 */

/** Names every language writes as they are (organisations, brands, units, file types). */
export const NOMS_GARDES = [
  'France Services', 'France Travail', 'Aidants Connect', 'Pass numérique', 'Solidarité Numérique', 'Assurance Maladie',
  'Mon Espace Santé', 'OpenStreetMap', 'MapLibre', 'IGN', 'CAF', 'CPAM', 'MSA', 'ameli', 'ameli.fr', 'caf.fr',
  'impots.gouv.fr', 'France Connect', 'FranceConnect', 'QR', 'SMS', 'PDF', 'ics', 'Wi-Fi', 'wifi', 'km', 'Emmaüs Connect',
  // Programme and label names of the national standard, kept as names (with an explanation) in every language.
  'PIX', 'DUPLEX', 'Arnia/MedNum BFC', 'ORDI 3.0', 'SUD LABS',
  // The national accessibility service, named in the place sheet.
  'acceslibre',
];

const MOTS_FRANCAIS =
  /\b(le|la|les|des|du|une|et|est|pour|avec|vous|votre|vos|sur|dans|lieu|lieux|ouvert|ouverte|fermé|fermée|aujourd|demain|semaine|atelier|ateliers|aide|commune|chercher|rechercher|filtres|carte|liste|imprimer|retour|suivant|précédent|besoin|ferme|ouvre|heures?|jours?|gratuit|séance|inscription|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/i;

/** Is the element shown (not in a closed details, not display:none, not visually hidden for print only)? */
function montre(e: Element): boolean {
  return e.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

/**
 * Every text a person meets in the element: visible texts, and accessible names written in attributes. With
 * `langue`, parts marked with another `lang` are left out (a marked change of language is not a leak).
 */
export function textesVus(racine: Element | ShadowRoot, langue?: string): string[] {
  const out: string[] = [];
  const visiter = (n: Node) => {
    if (n instanceof Element) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(n.tagName)) return;
      // The language choice writes each language in itself (with its `lang`): a marked change of language.
      if (n.classList.contains('kit-langues')) return;
      // Any other part marked in another language (the French column of a bilingual sheet) is not a leak either.
      const l = n.getAttribute('lang');
      if (langue && l && l.split('-')[0] !== langue && n !== racine) return;
      if (!montre(n) && n.getAttribute('aria-hidden') !== 'true' && !n.matches('.visuellement-cache, .sr-only')) {
        // A hidden subtree: nothing in it is seen (except screen-reader-only texts, which are heard).
        const style = getComputedStyle(n);
        if (style.display === 'none' || style.visibility === 'hidden') return;
      }
      if (n.getAttribute('aria-hidden') === 'true') return;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext']) {
        const v = n.getAttribute(a);
        if (v?.trim()) out.push(v.trim());
      }
      if (n.shadowRoot) n.shadowRoot.childNodes.forEach(visiter);
      // Slotted content belongs to the page, not the element.
      if (n.tagName === 'SLOT') return;
    }
    if (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) out.push(n.textContent!.replace(/\s+/g, ' ').trim());
    n.childNodes.forEach(visiter);
  };
  racine.childNodes.forEach(visiter);
  return out;
}

/** Every string of the data (recursively), longest first, to take out of the texts. */
export function chainesDe(donnees: unknown, plus: string[] = []): string[] {
  const out = new Set<string>(plus);
  const visiter = (v: unknown) => {
    if (typeof v === 'string') v.split(/\n+/).forEach((s) => s.trim() && out.add(s.trim()));
    else if (Array.isArray(v)) v.forEach(visiter);
    else if (v && typeof v === 'object') Object.values(v).forEach(visiter);
  };
  visiter(donnees);
  return [...out].sort((a, b) => b.length - a.length);
}

const echapper = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What is left of a text once the data, the kept names, links, e-mails and numbers are taken out. */
export function reste(texte: string, donnees: string[]): string {
  // Links first: a link may carry data (`?pres=Tourcoing`), and cutting the data out would leave bits of it.
  let t = texte.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/https?:\/\/\S+|\S+@\S+|www\.\S+/g, ' ');
  for (const d of donnees) if (d.length > 2) t = t.split(d).join(' ');
  for (const n of NOMS_GARDES) t = t.replace(new RegExp(`(^|[^\\p{L}])${echapper(n)}(?=$|[^\\p{L}])`, 'gu'), '$1 ');
  return t
    .replace(/https?:\/\/\S+|\S+@\S+|www\.\S+/g, ' ')
    .replace(/[\d\s.,:;!?'’"«»()[\]\-–—·•/+%°#&*…]+/g, ' ')
    .trim();
}

/** The texts that leak French (or, in Arabic and Ukrainian, Latin words), with what leaked. */
export function fuites(textes: string[], langue: 'en' | 'ar' | 'uk', donnees: string[]): string[] {
  const out: string[] = [];
  for (const t of textes) {
    const r = reste(t, donnees);
    if (!r) continue;
    if (langue === 'en') {
      const m = r.match(/[àâçéèêëîïôûùüÿœæ«»]/i) ?? r.match(MOTS_FRANCAIS);
      if (m) out.push(`« ${t} » (${m[0]})`);
    } else {
      const m = r.match(/\p{Script=Latin}{2,}/u);
      if (m) out.push(`« ${t} » (${m[0]})`);
    }
  }
  return [...new Set(out)];
}
