import type { ErreurChargement } from '../context/annuaire.js';
import type { Rapport } from '../data/types.js';

/** Detail of `annuaire-charge`: the directory is ready; the report says what was kept and rejected. */
export interface AnnuaireChargeDetail {
  src?: string;
  rapport: Rapport;
}

/** Detail of `annuaire-erreur`: the directory could not be loaded. */
export interface AnnuaireErreurDetail {
  src: string;
  erreur: ErreurChargement;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'annuaire-charge': CustomEvent<AnnuaireChargeDetail>;
    'annuaire-erreur': CustomEvent<AnnuaireErreurDetail>;
  }
}
