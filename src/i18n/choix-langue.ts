import { nothing } from 'lit';
import type { KitElement } from '../base/kit-element.js';

type Boutons = typeof import('./choix-langue-boutons.js');
let boutons: Boutons | undefined;
let enCours: Promise<unknown> | undefined;

/** Fetches the language choice once for the page (KitElement waits for it before rendering an element with `langues`). */
export const chargerChoixLangue = (): Promise<unknown> =>
  (enCours ??= import('./choix-langue-boutons.js').then(
    (m) => (boutons = m),
    () => (enCours = undefined),
  ));

/**
 * The language choice an element shows when the page gives `langues="fr en ar uk"` (choix-langue-boutons.ts).
 * Its code is a small lazy file: pages without `langues` never fetch it, and French bundles do not carry it.
 */
export function choixLangue(el: KitElement, libelle: string) {
  return (el.langues && boutons?.boutonsLangues(el, libelle)) || nothing;
}
