/** Detail of `bandeau-ferme` (cancelable: cancel it to move the focus yourself). */
export type BandeauFermeDetail = Record<string, never>;

/** Detail of `bandeau-action`: the person followed the call to action. */
export interface BandeauActionDetail {
  href: string;
  organisme?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bandeau-ferme': CustomEvent<BandeauFermeDetail>;
    'bandeau-action': CustomEvent<BandeauActionDetail>;
  }
}
