/**
 * Every word of the kit in English: one file fetched on demand (src/i18n/locale.ts), assembled from one file per
 * element in src/i18n/en/. Same keys and signatures as the French tables (test/i18n/cles.test.ts).
 */
import { agenda } from './en/agenda.js';
import { agendaFlux } from './en/agendaFlux.js';
import { agendaVues } from './en/agendaVues.js';
import { bandeau } from './en/bandeau.js';
import { bandeauForm } from './en/bandeauForm.js';
import { bandeauProches } from './en/bandeauProches.js';
import { carte } from './en/carte.js';
import { diag } from './en/diag.js';
import { commun } from './en/commun.js';
import { horaires } from './en/horaires.js';
import type { Locale } from './locale.js';
import { maplibre } from './en/maplibre.js';
import { standard } from './en/standard.js';
import { arbre } from './en/arbre.js';
import { orientation } from './en/orientation.js';
import { typologies } from './en/typologies.js';

const en: Locale = {
  nom: 'English',
  dir: 'ltr',
  intl: 'en-GB',
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
export default en;
