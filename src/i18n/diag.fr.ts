/**
 * Every French word a person reads in `<diag-autonomie>`, as one table (the shape of `Locale['diag']`): the start
 * and the questions (diag-questions.fr.ts, loaded with the element) and the result (diag-resultat.fr.ts, loaded
 * with the result's chunk). The element imports the two parts, never this file.
 */
import { diagQuestionsFr } from './diag-questions.fr.js';
import { diagResultatFr } from './diag-resultat.fr.js';

export type { TexteQuestion } from './diag-questions.fr.js';

export const diagFr = { ...diagQuestionsFr, resultat: diagResultatFr };

export type MessagesDiag = typeof diagFr;
