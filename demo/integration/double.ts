/**
 * Which copy of the kit is in charge on this page. The two <script> tags of the page loaded the npm build and
 * the « CDN » copy; importing the same URLs again gives the same modules (one module per URL), so their classes
 * can be compared with what the page's registry holds.
 */
export const NPM = '/dist/index.js';
export const CDN = '/cdn-copie/dist/autonome/kit-inclusion-numerique.js';
export const ELEMENTS = {
  'annuaire-inclusion': 'AnnuaireInclusion',
  'annuaire-resume': 'AnnuaireResume',
  'carte-mediation': 'CarteMediation',
  'diag-autonomie': 'DiagAutonomie',
  'orientation-flow': 'OrientationFlow',
  'agenda-ateliers': 'AgendaAteliers',
  'bandeau-aide-demarche': 'BandeauAideDemarche',
} as const;

export interface CopiesDuKit {
  npm: Record<string, unknown>;
  cdn: Record<string, unknown>;
  /** Tags whose registered class is the npm build's. */
  tenusParNpm: string[];
}

declare global {
  interface Window {
    copiesDuKit?: CopiesDuKit;
  }
}

// Through variables: these are URLs of built files, not modules of this project for the type checker.
const adresses: string[] = [NPM, CDN];
const [npm, cdn] = (await Promise.all(adresses.map((a) => import(a)))) as Record<string, unknown>[];
const tenusParNpm = Object.entries(ELEMENTS)
  .filter(([tag, classe]) => customElements.get(tag) !== undefined && customElements.get(tag) === npm![classe])
  .map(([tag]) => tag);
window.copiesDuKit = { npm: npm!, cdn: cdn!, tenusParNpm };

const n = Object.keys(ELEMENTS).length;
const etat = document.getElementById('copies');
if (etat) {
  etat.textContent =
    tenusParNpm.length === n
      ? `Deux copies du kit chargées : les ${n} éléments sont ceux de la première (npm).`
      : `Attention : ${n - tenusParNpm.length} élément(s) ne viennent pas de la première copie du kit.`;
}
