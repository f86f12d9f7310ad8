/** `<agenda-ateliers>`'s separate feed, in English. */
import type { Locale } from '../locale.js';

export const agendaFlux: Locale['agendaFlux'] = {
  erreur: 'The extra workshops could not be loaded. The ones from the directory are shown.',
  reessayer: 'Try again',
};
