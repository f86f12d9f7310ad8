/** `<agenda-ateliers>`'s separate feed, in Ukrainian. */
import type { Locale } from '../locale.js';

export const agendaFlux: Locale['agendaFlux'] = {
  erreur: 'Не вдалося завантажити додаткові заняття. Показано заняття з довідника.',
  reessayer: 'Спробувати ще раз',
};
