/**
 * The little of React 19 the React integration page uses, typed here: the project has no @types/react (React is
 * only a dev dependency, for this page). At run time `react` and `react-dom/client` are the real packages,
 * bundled by scripts/dev-server-paquets.mjs.
 */
declare module 'react' {
  export interface ElementReact {
    readonly type: unknown;
    readonly props: unknown;
    readonly key: string | null;
  }
  export type Noeud = ElementReact | string | number | boolean | null | undefined | Noeud[];
  export type Composant<P> = (props: P) => Noeud;
  /** Props of an HTML or custom element: React 19 sets a property when the element has it, else an attribute; a function under `on<nom-d-evenement>` listens to that event. */
  export type Props = Record<string, unknown>;
  export function createElement(type: string, props?: Props | null, ...enfants: Noeud[]): ElementReact;
  export function createElement<P extends object>(type: Composant<P>, props: P, ...enfants: Noeud[]): ElementReact;
  export function useState<T>(initial: T | (() => T)): [T, (valeur: T | ((avant: T) => T)) => void];
  export const StrictMode: Composant<{ children?: Noeud }>;
  export const Fragment: Composant<{ children?: Noeud }>;
  export const version: string;
}

declare module 'react-dom/client' {
  import type { Noeud } from 'react';
  export interface Racine {
    render(noeud: Noeud): void;
    unmount(): void;
  }
  export function createRoot(conteneur: Element): Racine;
}
