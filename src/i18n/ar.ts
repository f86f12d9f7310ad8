/**
 * Every word of the kit in العربية: one file fetched on demand (src/i18n/locale.ts), assembled from one file per
 * element in src/i18n/ar/. Same keys and signatures as the French tables (test/i18n/cles.test.ts).
 */
import { agenda } from './ar/agenda.js';
import { agendaFlux } from './ar/agendaFlux.js';
import { agendaVues } from './ar/agendaVues.js';
import { bandeau } from './ar/bandeau.js';
import { bandeauForm } from './ar/bandeauForm.js';
import { bandeauProches } from './ar/bandeauProches.js';
import { carte } from './ar/carte.js';
import { diag } from './ar/diag.js';
import { commun } from './ar/commun.js';
import { horaires } from './ar/horaires.js';
import type { Locale } from './locale.js';
import { maplibre } from './ar/maplibre.js';
import { standard } from './ar/standard.js';
import { arbre } from './ar/arbre.js';
import { orientation } from './ar/orientation.js';
import { typologies } from './ar/typologies.js';

const ar: Locale = {
  nom: 'العربية',
  dir: 'rtl',
  intl: 'ar-u-nu-latn',
  commun,
  horaires,
  typologies,
  standard,
  maplibre,
  diag,
  orientation,
  arbre,
  carte,
  agenda,
  agendaVues,
  agendaFlux,
  bandeau,
  bandeauForm,
  bandeauProches,
};
export default ar;
