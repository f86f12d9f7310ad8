import type { Langue } from '../i18n/locale.js';

/** Detail of `kit-langue` (cancelable: cancel it to apply the choice yourself, to every element of the page). */
export interface KitLangueDetail {
  langue: Langue;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kit-langue': CustomEvent<KitLangueDetail>;
  }
}
