/** The data layer of the kit: types, loader, validation, queries, hours, distance. No DOM. */
export * from './types.js';
export * from './standard.js';
export * from './vocabulaire.js';
export { chargerAnnuaire, ErreurFormat } from './charger.js';
export { validerLieu, normaliserUrl, estCourriel, normaliserDate } from './valider.js';
export { validerAtelier } from './valider-ateliers.js';
export { normaliserTelephone, telephoneLisible, lienTelephone } from './telephone.js';
export { replier } from './texte.js';
export { lireCsv, csvVersObjets, celluleCsv } from './csv.js';
export * from './besoins.js';
export * from './distance.js';
export * from './requetes.js';
export * from './ateliers.js';
export * from './horaires.js';
export * from './temps.js';
export * from './horaires-texte.js';
export * from './facettes.js';
export * from './etat-url.js';
