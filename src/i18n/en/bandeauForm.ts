import type { Locale } from '../locale.js';

export const bandeauForm: Locale['bandeauForm'] = {
  libelle: 'Your postal code or your town',
  chercher: 'Show nearby locations',
};
