import { LitElement, type PropertyDeclarations } from 'lit';
import { langueDe } from '../i18n/langue.js';
import { definir, emettre } from './outils.js';

/**
 * Base of every rendering element of the kit: typed events that reach the host page, a `define()` that
 * tolerates two copies of the kit on one page, and the language resolved from `lang` (own, else ancestors').
 *
 * Reactive properties are declared with `static properties` rather than decorators: the down-levelled
 * standard decorators cost about 3 KB gzip (tslib helpers plus per-class boilerplate) on every entry.
 */
export class KitElement extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { type: String },
  };

  /** Language of the texts; defaults to the nearest ancestor's `lang` (the page's), else French. */
  declare lang: string;

  static define(tag: string): void {
    definir(tag, this);
  }

  protected get langue(): string {
    return this.lang || langueDe(this);
  }

  protected emit<T>(name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return emettre(this, name, detail, options);
  }
}
