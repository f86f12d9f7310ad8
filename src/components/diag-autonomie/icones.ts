import { svg, type SVGTemplateResult } from 'lit';

/**
 * Small line icons for the answers: always next to words, never alone (decorative, hidden from screen readers).
 * Drawn with a few strokes each so that the set costs a few hundred bytes.
 */
const TRACES: Record<string, SVGTemplateResult> = {
  oui: svg`<path d="M5 12l5 5 9-10"/>`,
  non: svg`<path d="M6 6l12 12M18 6L6 18"/>`,
  nsp: svg`<path d="M9 9a3 3 0 1 1 4 2.8c-.8.4-1 1-1 2.2"/><path d="M12 18v.5"/>`,
  aide: svg`<circle cx="8" cy="7" r="2.5"/><circle cx="16" cy="7" r="2.5"/><path d="M3 19c0-4 2-6 5-6s5 2 5 6M11 19c0-4 2-6 5-6s5 2 5 6"/>`,
  peu: svg`<path d="M5 12h14"/>`,
  smartphone: svg`<rect x="7" y="2.5" width="10" height="19" rx="2"/><path d="M11 18.5h2"/>`,
  ordinateur: svg`<rect x="3" y="4" width="18" height="12" rx="1"/><path d="M8 20h8M12 16v4"/>`,
  tablette: svg`<rect x="4" y="3" width="16" height="18" rx="2"/><path d="M11 18h2"/>`,
  maison: svg`<path d="M3 11l9-7 9 7M6 9.5V20h12V9.5"/>`,
  horloge: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>`,
  document: svg`<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4M9 12h6M9 16h6"/>`,
  livre: svg`<path d="M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2z"/><path d="M4 21V5"/>`,
};

/** The icon for an answer, by name; nothing when there is none. */
export function icone(nom: string | undefined): SVGTemplateResult | undefined {
  const trace = nom === undefined ? undefined : TRACES[nom];
  return trace
    ? svg`<svg class="icone" viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${trace}</svg>`
    : undefined;
}

/** Which icon goes with which answer value (same value, same icon, whatever the question). */
export const ICONE_DE: Record<string, string> = {
  seul: 'oui',
  oui: 'oui',
  facile: 'oui',
  aide: 'aide',
  'non-avec-moi': 'aide',
  non: 'non',
  aucun: 'non',
  'pas-du-tout': 'non',
  'tres-difficile': 'non',
  'un-peu': 'peu',
  difficile: 'peu',
  'oui-peur': 'peu',
  'avec-du-temps': 'horloge',
  nsp: 'nsp',
  smartphone: 'smartphone',
  telephone: 'smartphone',
  ordinateur: 'ordinateur',
  tablette: 'tablette',
  maison: 'maison',
};
