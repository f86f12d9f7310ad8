/**
 * What `<orientation-flow>` needs only from « Où et quand » on: finding the commune, choosing the places, their
 * hours and phone, the workshops, the result screen and the printed fiche (resultat.ts, fiche.ts). A lazy chunk, fetched when the person reaches that step: the questions before
 * it load fast on an old phone.
 */
export { agenda, ajouterJours } from '../../data/ateliers.js';
export { proposer } from '../../data/propositions.js';
export { localiserCommune } from '../../data/requetes.js';
export { lienTelephone, normaliserTelephone, telephoneLisible } from '../../data/telephone.js';
export { horairesLieu, lignesAdresse } from '../carte-mediation/textes-lieu.js';
export { qrPour } from '../shared/qr.js';
export { renderFicheResultat, renderResultat } from './resultat.js';
