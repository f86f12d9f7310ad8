/**
 * Words of opening hours in a language (apart from index.ts: elements without hours, such as the agenda, do not
 * load them). Elements call `this.textes('horaires', horairesFr)`; `horairesPour` is the same for code that only
 * has a language tag: the loaded language's table, French until that language's file has arrived.
 */
import { horairesFr, type MessagesHoraires } from './horaires.fr.js';
import { codeLangue, localeChargee } from './locale.js';

export function horairesPour(langue: string): MessagesHoraires {
  return localeChargee(codeLangue(langue))?.horaires ?? horairesFr;
}
