import type { Filtres } from '../data/requetes.js';
import type { Lieu } from '../data/types.js';

/** Detail of `carte-lieu-selectionne`: the person opened a place's sheet (from the list, the map or a link). */
export interface CarteLieuSelectionneDetail {
  lieu: Lieu;
  /** Where it was opened from. */
  depuis: 'liste' | 'carte' | 'lien';
}

/** Detail of `carte-filtres-changes`: the filters or the place searched around changed. */
export interface CarteFiltresChangesDetail {
  filtres: Filtres;
  /** How many places match now. */
  total: number;
}

/** Detail of `carte-impression`: the person asked to print the list or one place. */
export interface CarteImpressionDetail {
  quoi: 'liste' | 'lieu';
  lieu?: Lieu;
}

/** Detail of `carte-partage`: the person copied a link or prepared an SMS. */
export interface CartePartageDetail {
  moyen: 'lien' | 'sms';
  lieu?: Lieu;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'carte-lieu-selectionne': CustomEvent<CarteLieuSelectionneDetail>;
    'carte-filtres-changes': CustomEvent<CarteFiltresChangesDetail>;
    'carte-impression': CustomEvent<CarteImpressionDetail>;
    'carte-partage': CustomEvent<CartePartageDetail>;
  }
}
