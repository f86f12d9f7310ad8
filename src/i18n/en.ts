/**
 * Every word of the kit in English: one file fetched on demand (src/i18n/locale.ts), assembled from one file per
 * element in src/i18n/en/. Same keys and signatures as the French tables (test/i18n/cles.test.ts).
 */
import { agendaFr } from './agenda.fr.js';
import { fluxFr } from './agenda-flux.fr.js';
import { agendaVuesFr } from './agenda-vues.fr.js';
import { bandeauFormFr, bandeauFr } from './bandeau.fr.js';
import { bandeauProchesFr } from './bandeau-proches.fr.js';
import { carteFr } from './carte.fr.js';
import { diagFr } from './diag.fr.js';
import { fr } from './fr.js';
import { horairesFr } from './horaires.fr.js';
import type { Locale } from './locale.js';
import { maplibreFr } from './maplibre.fr.js';
import { orientationFr } from './orientation.fr.js';
import { typologiesFr } from './typologies.fr.js';

const en: Locale = {
  nom: 'English',
  dir: 'ltr',
  intl: 'en-GB',
  commun: fr,
  horaires: horairesFr,
  typologies: typologiesFr,
  standard: {},
  maplibre: maplibreFr,
  diag: diagFr,
  orientation: orientationFr,
  arbre: {},
  carte: carteFr,
  agenda: agendaFr,
  agendaVues: agendaVuesFr,
  agendaFlux: fluxFr,
  bandeau: bandeauFr,
  bandeauForm: bandeauFormFr,
  bandeauProches: bandeauProchesFr,
};
export default en;
