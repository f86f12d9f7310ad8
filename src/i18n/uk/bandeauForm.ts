import type { Locale } from '../locale.js';

export const bandeauForm: Locale['bandeauForm'] = {
  libelle: 'Ваш поштовий індекс або населений пункт',
  chercher: 'Показати місця поруч',
};
