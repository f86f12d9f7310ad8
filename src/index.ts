/** All elements of the kit and the public types, in one entry. */
export * from './components/annuaire-inclusion/annuaire-inclusion.js';
export * from './components/annuaire-resume/annuaire-resume.js';
export * from './components/carte-mediation/carte-mediation.js';
export * from './components/diag-autonomie/diag-autonomie.js';
export * from './components/orientation-flow/orientation-flow.js';
export * from './components/agenda-ateliers/agenda-ateliers.js';
export * from './components/bandeau-aide-demarche/bandeau-aide-demarche.js';
export * from './context/annuaire.js';
export * from './context/diagnostic.js';
export * from './events/diag-events.js';
export * from './events/orientation-events.js';
export * from './events/annuaire-events.js';
export * from './events/carte-events.js';
export * from './events/agenda-events.js';
export * from './events/bandeau-events.js';
export * from './events/langue-events.js';
export { AnnuaireController } from './controllers/annuaire-controller.js';
export { KitElement } from './base/kit-element.js';
