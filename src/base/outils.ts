/** Helpers shared by every element, with no dependency on Lit's template engine. */

/**
 * Registers an element under `tag`. When another copy of the kit already did (the npm build and a CDN copy on
 * one page), the first copy stays in charge and the page's developer is warned: no crash, one element.
 */
export function definir(tag: string, classe: CustomElementConstructor): void {
  // A module runs once per URL: a tag already defined was defined by another copy.
  if (customElements.get(tag)) console.warn(`Kit inclusion numérique chargé deux fois : <${tag}> déjà défini.`);
  else customElements.define(tag, classe);
}

/** Dispatches a public event: bubbles, crosses shadow roots, cancelable when asked. */
export function emettre<T>(el: HTMLElement, name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return el.dispatchEvent(
    new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
