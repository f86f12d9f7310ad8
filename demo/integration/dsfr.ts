/**
 * A page of the French State design system (DSFR 1.14): its style sheet and its script (the « Paramètres
 * d’affichage » radios switch `data-fr-theme` on <html>). The kit reads the DSFR's tokens (`--text-default-grey`,
 * `--background-default-grey`…) through its own custom properties: nothing else to do.
 */
import './journal.js';
import '../../src/index.js';
