import type { Besoin } from '../data/besoins.js';
import type { ResultatDiagnostic } from '../data/diagnostic.js';

/** Detail of `diag-termine`: the last question was answered; the structured result (level, needs, help…). */
export interface DiagTermineDetail {
  resultat: ResultatDiagnostic;
}

/**
 * Detail of `diag-suite` (cancelable): the person chose the next step. Cancel it to handle the step in the page
 * (e.g. show the map below with `besoin`); otherwise the link configured for it is followed.
 */
export interface DiagSuiteDetail {
  vers: 'carte' | 'orientation';
  besoin: Besoin;
  resultat: ResultatDiagnostic;
}

/** Detail of `diag-efface`: the person cleared the answers (and what was kept on the device). */
export type DiagEffaceDetail = Record<string, never>;

declare global {
  interface GlobalEventHandlersEventMap {
    'diag-termine': CustomEvent<DiagTermineDetail>;
    'diag-suite': CustomEvent<DiagSuiteDetail>;
    'diag-efface': CustomEvent<DiagEffaceDetail>;
  }
}
