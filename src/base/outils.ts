/** Helpers shared by every element, with no dependency on Lit's template engine. */

/** Registers an element under `tag`, unless a copy of the kit already did (npm + CDN on one page). */
export function definir(tag: string, classe: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, classe);
}

/** Dispatches a public event: bubbles, crosses shadow roots, cancelable when asked. */
export function emettre<T>(el: HTMLElement, name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return el.dispatchEvent(
    new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
