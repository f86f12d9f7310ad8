/**
 * What an integration page reports while it runs: uncaught errors, rejected promises, files that failed to
 * load, console.error and console.warn. Imported (or loaded) first by every page of demo/integration/, so that
 * nothing the kit does is missed; the tests read `window.journalIntegration` from the page's frame.
 */
export interface JournalIntegration {
  erreurs: string[];
  avertissements: string[];
}

declare global {
  interface Window {
    journalIntegration?: JournalIntegration;
  }
}

const journal: JournalIntegration = { erreurs: [], avertissements: [] };
window.journalIntegration = journal;

/** An error (Error, DOMException…) as « name: message »; anything else as a string. */
const enTexte = (valeurs: unknown[]) =>
  valeurs
    .map((v) => (typeof v === 'object' && v !== null && 'message' in v ? `${String((v as Error).name)}: ${String((v as Error).message)}` : String(v)))
    .join(' ');

// Capture phase: a script or a style sheet that fails to load fires `error` on its element, not on window.
addEventListener(
  'error',
  (e: Event) => {
    if (e instanceof ErrorEvent) journal.erreurs.push(`Erreur non rattrapée : ${e.error !== undefined && e.error !== null ? enTexte([e.error]) : e.message}`);
    else if (e.target instanceof Element) {
      const cible = e.target;
      journal.erreurs.push(`Fichier non chargé : ${cible.getAttribute('src') ?? cible.getAttribute('href') ?? cible.localName}`);
    }
  },
  true,
);
addEventListener('unhandledrejection', (e) => journal.erreurs.push(`Promesse rejetée : ${enTexte([e.reason])}`));

const erreur = console.error.bind(console);
console.error = (...valeurs: unknown[]) => {
  journal.erreurs.push(`console.error : ${enTexte(valeurs)}`);
  erreur(...valeurs);
};
const avertir = console.warn.bind(console);
console.warn = (...valeurs: unknown[]) => {
  journal.avertissements.push(enTexte(valeurs));
  avertir(...valeurs);
};
