/**
 * Words of opening hours by language (apart from index.ts: elements without hours, such as the agenda, do not
 * load them). Only French exists today.
 */
import { horairesFr, type MessagesHoraires } from './horaires.fr.js';

export function horairesPour(_langue: string): MessagesHoraires {
  return horairesFr;
}
