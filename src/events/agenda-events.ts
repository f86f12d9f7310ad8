import type { SeanceAgenda } from '../data/agenda.js';

/** Where a session was opened from. */
export type VueOrigine = 'liste' | 'semaine' | 'carte';

/** Detail of `agenda-seance-ouverte`: the person opened a session's details (list, week or map). */
export interface AgendaSeanceOuverteDetail {
  seance: SeanceAgenda;
  depuis: VueOrigine;
}

/** Detail of `agenda-inscription`: the person used a way to register (the link is followed by the browser). */
export interface AgendaInscriptionDetail {
  seance: SeanceAgenda;
  moyen: 'lien' | 'telephone' | 'courriel';
}

/** Detail of `agenda-export`: a calendar file was made, or a poster or the list was printed. */
export interface AgendaExportDetail {
  /** `ics-seance`: one session's « Ajouter à mon agenda »; `ics`: the filtered agenda; `affiche`; `liste`. */
  quoi: 'ics-seance' | 'ics' | 'affiche' | 'liste';
  /** Number of sessions in the file or on paper. */
  seances: number;
  /** For a poster: the place id or the commune chosen, and the paper size. */
  pour?: string;
  format?: 'A4' | 'A3';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'agenda-seance-ouverte': CustomEvent<AgendaSeanceOuverteDetail>;
    'agenda-inscription': CustomEvent<AgendaInscriptionDetail>;
    'agenda-export': CustomEvent<AgendaExportDetail>;
  }
}
