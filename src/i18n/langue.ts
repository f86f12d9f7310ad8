/** Language of an element: its own `lang`, else the nearest ancestor's (crossing shadow roots), else French. */
export function langueDe(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!.toLowerCase();
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'fr';
}
