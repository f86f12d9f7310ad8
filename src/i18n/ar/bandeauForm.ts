import type { Locale } from '../locale.js';

export const bandeauForm: Locale['bandeauForm'] = {
  libelle: 'الرمز البريدي أو اسم البلدية',
  chercher: 'اعرض الأماكن القريبة',
};
