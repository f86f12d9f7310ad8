/**
 * The shared words (`commun`) in an element's language. Elements call `this.textes('commun', fr)` (src/base/
 * kit-element.ts); `messagesPour` is the same for code that only has a language tag: the loaded language's table,
 * French until that language's file has arrived (it is fetched by the element, src/i18n/locale.ts).
 */
import { fr, type Messages } from './fr.js';
import type { MessagesHoraires } from './horaires.fr.js';
import { codeLangue, localeChargee } from './locale.js';

export type { Messages, MessagesHoraires };
export { langueDe } from './langue.js';

export function messagesPour(langue: string): Messages {
  return localeChargee(codeLangue(langue))?.commun ?? fr;
}
