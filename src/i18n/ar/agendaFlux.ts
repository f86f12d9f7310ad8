/** `<agenda-ateliers>`'s separate feed, in Arabic. */
import type { Locale } from '../locale.js';

export const agendaFlux: Locale['agendaFlux'] = {
  erreur: 'تعذّر تحميل الورشات الإضافية. تظهر ورشات الدليل.',
  reessayer: 'أعد المحاولة',
};
