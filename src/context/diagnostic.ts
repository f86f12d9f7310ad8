import { createContext } from '@lit/context';
import type { ResultatDiagnostic } from '../data/diagnostic.js';

/**
 * The last diagnosis made on this page, shared by `<annuaire-inclusion>` with every element inside it: the map
 * and the orientation can start from the person's level and need. Kept in memory only, never stored.
 */
export interface ValeurDiagnostic {
  resultat?: ResultatDiagnostic;
  /** Shares a new result with the page's elements (undefined: forgotten, e.g. « Effacer mes réponses »). */
  publier: (resultat: ResultatDiagnostic | undefined) => void;
}

/** A global key, so that two copies of the kit on one page still talk to each other. */
export const diagnosticContext = createContext<ValeurDiagnostic>(Symbol.for('kit-inclusion-numerique.diagnostic'));
