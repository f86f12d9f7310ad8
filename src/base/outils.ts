/** Helpers shared by every element, with no dependency on Lit's template engine. */

/**
 * Registers an element under `tag`. When another copy of the kit already did (the npm build and a CDN copy on
 * one page), the first copy stays in charge and the page's developer is warned: no crash, one element.
 */
export function definir(tag: string, classe: CustomElementConstructor): void {
  const deja = customElements.get(tag);
  if (!deja) customElements.define(tag, classe);
  else if (deja !== classe) {
    console.warn(
      `Kit inclusion numérique : <${tag}> est déjà défini par une autre copie du kit sur cette page ; cette copie-ci n’est pas utilisée. Chargez le kit une seule fois.`,
    );
  }
}

/** Dispatches a public event: bubbles, crosses shadow roots, cancelable when asked. */
export function emettre<T>(el: HTMLElement, name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return el.dispatchEvent(
    new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
