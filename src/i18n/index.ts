/**
 * Messages by language. Only French exists today; `messagesPour` is where other locales will be looked up
 * (each one file of the same shape, loaded on demand so that French bundles do not grow).
 */
import { fr, type Messages } from './fr.js';
import type { MessagesHoraires } from './horaires.fr.js';

export type { Messages, MessagesHoraires };
export { langueDe } from './langue.js';

export function messagesPour(_langue: string): Messages {
  return fr;
}
