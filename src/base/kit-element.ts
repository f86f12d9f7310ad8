import { LitElement, type PropertyDeclarations } from 'lit';
import { chargerChoixLangue } from '../i18n/choix-langue.js';
import { langueDe } from '../i18n/langue.js';
import { chargerLocale, codeLangue, INTL_FR, localeChargee, type Langue, type Locale } from '../i18n/locale.js';
import type { KitLangueDetail } from '../events/langue-events.js';
import { definir, emettre } from './outils.js';

/**
 * Base of every rendering element of the kit: typed events that reach the host page, a `define()` that
 * tolerates two copies of the kit on one page, and the language resolved from `lang` (own, else ancestors',
 * else French).
 *
 * Another language is fetched before the first render in it (`scheduleUpdate` waits for it), so a person never
 * sees French flash; the host then carries `dir="rtl"` for Arabic when the page around it is not.
 *
 * Reactive properties are declared with `static properties` rather than decorators: the down-levelled
 * standard decorators cost about 3 KB gzip (tslib helpers plus per-class boilerplate) on every entry.
 *
 * @fires {CustomEvent<KitLangueDetail>} kit-langue - La personne a choisi une langue dans l’élément (`langues`) : `detail.langue`. Annulable : la page applique alors le choix elle-même (par exemple à tous ses éléments).
 */
export class KitElement extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { type: String },
    langues: { type: String },
  };

  /**
   * Langue des textes : `fr`, `en`, `ar` (de droite à gauche) ou `uk` ; par défaut celle de l’ancêtre le plus proche
   * (la page), sinon le français. Une autre langue est un fichier téléchargé seulement quand elle est choisie.
   */
  declare lang: string;
  /**
   * Langues proposées à la personne, par codes séparés d’espaces (`fr en ar uk`) : un bouton par langue, écrit dans
   * sa langue, en haut de l’élément. Vide : pas de choix.
   */
  declare langues: string;

  static define(tag: string): void {
    definir(tag, this);
  }

  /** The element's language as written (`lang`, else an ancestor's, read at each render: a page that changes an
   *  ancestor's `lang` afterwards sets the elements' own `lang`, or calls `requestUpdate()`). */
  protected get langue(): string {
    return this.lang || langueDe(this);
  }

  /** The kit's language for it: fr, en, ar or uk (French for any other). */
  get code(): Langue {
    return codeLangue(this.langue);
  }

  /** Tag for `Intl` formats (dates, numbers) in the current language. */
  protected get intl(): string {
    return localeChargee(this.code)?.intl ?? INTL_FR;
  }

  /** The table `k` in the current language; the French one (imported by the element) until another has arrived. */
  protected textes<K extends keyof Locale>(k: K, fr: Locale[K]): Locale[K] {
    return localeChargee(this.code)?.[k] ?? fr;
  }

  /** Waits for the language's file before rendering in it (a failed fetch renders French). */
  protected override async scheduleUpdate(): Promise<unknown> {
    // Again after each wait: the language may have changed meanwhile (a person going through en to reach ar).
    for (let l = this.code; l !== 'fr' && !localeChargee(l); l = this.code) if (!(await chargerLocale(l))) break;
    if (this.langues) await chargerChoixLangue();
    return super.scheduleUpdate();
  }

  /** A `dir` written by the page before the first render wins; otherwise the host follows its language. */
  private dirDeLaPage?: boolean;

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.dirDeLaPage ??= this.hasAttribute('dir');
    // Arabic inside a left-to-right page turns right-to-left, and French or English inside an Arabic page left-to-right.
    if (!this.dirDeLaPage) this.setAttribute('dir', this.code === 'ar' ? 'rtl' : 'ltr');
  }

  /** The person's choice of language: the element switches, and tells the page (`kit-langue`, cancelable). */
  choisirLangue(l: Langue): void {
    if (this.emit<KitLangueDetail>('kit-langue', { langue: l }, { cancelable: true })) this.setAttribute('lang', l);
  }

  protected emit<T>(name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return emettre(this, name, detail, options);
  }
}
