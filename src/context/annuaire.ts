import { createContext } from '@lit/context';
import type { Annuaire, Rapport } from '../data/types.js';

/** Why a directory could not be loaded. */
export type ErreurChargement =
  | { type: 'reseau'; detail?: string }
  | { type: 'http'; status: number }
  | { type: 'format'; detail?: string };

/** Where a directory stands. */
export type EtatAnnuaire =
  | { statut: 'attente' }
  | { statut: 'chargement'; src: string }
  | { statut: 'pret'; src?: string; annuaire: Annuaire; rapport: Rapport }
  | { statut: 'erreur'; src: string; erreur: ErreurChargement };

/** What the provider hands to the elements inside it. */
export interface ValeurAnnuaire {
  etat: EtatAnnuaire;
  /** Loads again after an error (every element sharing the same source follows). */
  reessayer: () => void;
}

/** A global key, so that two copies of the kit on one page still talk to each other. */
export const annuaireContext = createContext<ValeurAnnuaire>(Symbol.for('kit-inclusion-numerique.annuaire'));
