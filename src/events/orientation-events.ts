import type { Besoin } from '../data/besoins.js';
import type { AideOrientation, Marque } from '../data/orientation.js';
import type { Lieu } from '../data/types.js';

/**
 * Detail of `orientation-terminee`: the outcome reached and the places proposed (a host counts « orientations
 * réussies »; the element sends nothing anywhere).
 */
export interface OrientationTermineeDetail {
  /** Id of the outcome node of the tree. */
  issue: string;
  aide: AideOrientation;
  besoin: Besoin;
  marques: Marque[];
  lieux: Lieu[];
  /** No place fitted: the fallback was shown. */
  repli: boolean;
}

/** Detail of `orientation-diagnostic` (cancelable): « Je ne sais pas ce dont j'ai besoin » was chosen. */
export type OrientationDiagnosticDetail = Record<string, never>;

declare global {
  interface GlobalEventHandlersEventMap {
    'orientation-terminee': CustomEvent<OrientationTermineeDetail>;
    'orientation-diagnostic': CustomEvent<OrientationDiagnosticDetail>;
  }
}
