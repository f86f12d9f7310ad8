/**
 * Every word of the kit in Українська: one file fetched on demand (src/i18n/locale.ts), assembled from one file per
 * element in src/i18n/uk/. Same keys and signatures as the French tables (test/i18n/cles.test.ts).
 */
import { agenda } from './uk/agenda.js';
import { agendaFlux } from './uk/agendaFlux.js';
import { agendaVues } from './uk/agendaVues.js';
import { bandeau } from './uk/bandeau.js';
import { bandeauForm } from './uk/bandeauForm.js';
import { bandeauProches } from './uk/bandeauProches.js';
import { carte } from './uk/carte.js';
import { diag } from './uk/diag.js';
import { commun } from './uk/commun.js';
import { horaires } from './uk/horaires.js';
import type { Locale } from './locale.js';
import { maplibre } from './uk/maplibre.js';
import { standard } from './uk/standard.js';
import { arbre } from './uk/arbre.js';
import { orientation } from './uk/orientation.js';
import { typologies } from './uk/typologies.js';

const uk: Locale = {
  nom: 'Українська',
  dir: 'ltr',
  intl: 'uk-UA',
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
export default uk;
