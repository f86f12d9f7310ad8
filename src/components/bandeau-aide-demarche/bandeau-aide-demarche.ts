import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import { definir, emettre } from '../../base/outils.js';
import type { BandeauActionDetail, BandeauFermeDetail } from '../../events/bandeau-events.js';
import { bandeauFormFr, bandeauFr, SITES_ORGANISMES, type Organisme } from '../../i18n/bandeau.fr.js';
import { choixLangue } from '../../i18n/choix-langue.js';
import type { Lecture } from '../../i18n/lecture.js';
import type { Locale } from '../../i18n/locale.js';

type Proches = typeof import('./proches.js');

/** The person's « Fermer » is kept for this browsing session only (sessionStorage), never beyond. */
const CLE_FERME = 'kit-inclusion-numerique.bandeau-ferme';

/** The three words of the shared table (src/i18n/fr.ts) the banner says, without carrying that whole table. */
const COMMUN_FR = { ecouter: 'Écouter', arreter: 'Arrêter la lecture', langue: 'Langue' } as Locale['commun'];

const FOCUSABLES = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The banner « Vous n’arrivez pas à faire une démarche en ligne ? » that an operator's page (CAF, CPAM, MSA, impôts,
 * France Travail…) carries, with a link to the map of help pre-filtered on help with procedures.
 *
 * Tiny and quiet: no request at all, nothing announced on load (it is read in the page's order), a labelled
 * close button; after closing, the focus goes to what comes next on the page, and the choice is kept for this
 * browsing session only. To reserve its space before the script arrives (no layout shift), the page copies the
 * rules of reserve.css (dist/bandeau-aide-demarche.reserve.css) into its own stylesheet.
 *
 * @tagname bandeau-aide-demarche
 * @summary Le bandeau « Vous n’arrivez pas à faire une démarche en ligne ? » d’une page d’organisme, avec un lien vers l’aide près de chez soi.
 * @slot titre - Remplace le titre « Vous n’arrivez pas à faire une démarche en ligne ? ».
 * @slot texte - Remplace la phrase sous le titre.
 * @slot action - Remplace les mots du lien « Trouver de l’aide près de chez moi » (sans `src` seulement : avec `src`, le lien laisse la place au champ).
 * @fires {CustomEvent<BandeauActionDetail>} bandeau-action - La personne a suivi le lien « Trouver de l’aide près de chez moi » (sans `src`) : `detail.href` est l’adresse suivie, `detail.organisme` l’organisme s’il est connu.
 * @fires {CustomEvent<BandeauFermeDetail>} bandeau-ferme - La personne a fermé le bandeau. Annulez l’événement (`preventDefault()`) pour placer le focus vous-même ; sinon il va à ce qui suit le bandeau dans la page.
 * @csspart bandeau - Le bandeau entier.
 * @csspart action - Le lien vers la page de l’aide (sans `src`).
 * @cssproperty [--kit-couleur-info=var(--background-contrast-info, #e8edff)] - Fond du bandeau (comme une notice d’information du DSFR).
 * @cssproperty [--kit-couleur-bandeau=var(--text-default-info, #0063cb)] - Filet à gauche et icône.
 * @cssproperty [--kit-couleur-titre=var(--text-title-grey, #161616)] - Texte du bandeau.
 * @cssproperty [--kit-couleur-action=var(--text-action-high-blue-france, #000091)] - Liens, bouton « Fermer » et bouton du champ code postal.
 * @cssproperty [--kit-couleur-fond=var(--background-default-grey, #fff)] - Fond du bouton « Voir les lieux proches » (avec `src`).
 * @cssproperty [--kit-couleur-focus=#0a76f6] - Contour de l’élément qui a le focus.
 */
export class BandeauAideDemarche extends KitElement {
  // Its own few styles rather than the shared base (baseStyles): operators carry only what is tiny.
  static override styles = [
    css`
      :host {
        --_bleu: var(--kit-couleur-bandeau, var(--text-default-info, #0063cb));
        --_info: var(--kit-couleur-info, var(--background-contrast-info, #e8edff));
        --_titre: var(--kit-couleur-titre, var(--text-title-grey, #161616));
        --_action: var(--kit-couleur-action, var(--text-action-high-blue-france, #000091));
        --_focus: var(--kit-couleur-focus, #0a76f6);
        /* The page may reserve the banner's place (a min-height, see the docs): the banner fills it. */
        display: flex;
        flex-direction: column;
        box-sizing: border-box;
        font-family: inherit;
        line-height: 1.5;
      }
      :host([hidden]) {
        display: none;
      }
      :focus-visible {
        outline: 2px solid var(--_focus);
        outline-offset: 2px;
      }
      a {
        color: var(--_action);
      }
      /* The icon, the title and « Fermer » on the first row; the text and the action under the title, or across the
         whole width on a phone, where every column counts. The reading order stays the DOM's. */
      .bandeau {
        flex: 1 0 auto;
        display: grid;
        grid-template-columns: 1.5rem minmax(0, 1fr) 2.75rem;
        column-gap: 0.75rem;
        align-content: start;
        padding: 1rem;
        background: var(--_info);
        border-inline-start: 0.25rem solid var(--_bleu);
        color: var(--_titre);
      }
      .icone {
        grid-area: 1 / 1;
        width: 1.5rem;
        height: 1.5rem;
        fill: var(--_bleu);
        margin-top: 0.125rem;
      }
      .contenu {
        display: contents;
      }
      .contenu > * {
        grid-column: 2;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .contenu > .titre {
        grid-area: 1 / 2;
        align-self: center;
      }
      @media (max-width: 35.99em) {
        .bandeau {
          padding: 0.75rem;
        }
        .contenu > :not(.titre) {
          grid-column: 1 / -1;
        }
      }
      .titre {
        font-weight: 700;
        margin: 0;
      }
      .texte {
        margin: 0.25rem 0 0.5rem;
      }
      .action {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
        font-weight: 700;
      }
      .fermer {
        grid-area: 1 / 3;
      }
      /* With the language choice (langues=), it takes the first row, and the icon, title and « Fermer » the second. */
      .kit-langues {
        grid-area: 1 / 1 / 2 / -1;
      }
      .l > .icone,
      .l .titre,
      .l > .fermer {
        grid-row: 2;
      }
      .fermer {
        align-self: start;
        /* A 44 px target that does not make the title's row taller than a line. */
        margin-block: -0.625rem;
        min-width: 2.75rem;
        min-height: 2.75rem;
        cursor: pointer;
        border-radius: 0.25rem;
        background: none;
        border: 1px solid transparent;
        color: var(--_action);
        padding: 0;
        display: inline-flex;
        align-items: center;
        justify-content: center;
      }
      .fermer svg {
        width: 1.25rem;
        height: 1.25rem;
        fill: none;
        stroke: currentColor;
        stroke-width: 2.5;
      }
      .cp label {
        display: block;
        font-weight: 700;
      }
      .ligne {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      input {
        font: inherit;
        min-height: 2.75rem;
        padding: 0.25rem 0.5rem;
        width: 12rem;
        max-width: 100%;
        border: 1px solid currentColor;
        border-radius: 0.25rem;
      }
      .secondaire {
        font: inherit;
        min-height: 2.75rem;
        padding: 0.5rem 1rem;
        border: 1px solid var(--_action);
        border-radius: 0.25rem;
        background: var(--kit-couleur-fond, var(--background-default-grey, #fff));
        color: var(--_action);
        cursor: pointer;
      }
      .reponse {
        margin-top: 0.75rem;
      }
      .proches {
        padding-inline-start: 1.25rem;
      }
      .proches li {
        margin-bottom: 0.5rem;
      }
      .proches a,
      .reponse > a {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
      }
      @media (forced-colors: active) {
        .bandeau {
          border: 1px solid CanvasText;
        }
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    organisme: { type: String },
    href: { type: String },
    besoin: { type: String },
    ferme: { type: Boolean, reflect: true },
    src: { type: String },
    reponse: { state: true },
    enCours: { state: true },
  };

  /**
   * L’organisme dont le site porte le bandeau : `caf`, `cpam`, `msa`, `impots`, `france-travail`, `ants` ou
   * `retraite`. La phrase nomme alors son site (« Pour votre démarche sur caf.fr… ») ; autre valeur ou absent : une
   * phrase sans nom de site.
   */
  declare organisme: string;
  /**
   * La page de la carte de l’aide (`<carte-mediation synchro-url>`) ; `?besoin=…` y est ajouté. Seules les adresses
   * `http(s)` sont suivies ; sans `href`, pas de lien.
   */
  declare href: string;
  /** Le besoin sur lequel la carte s’ouvre (`besoin=` ajouté au lien) ; vide : aucun. */
  declare besoin: string;
  /**
   * Présent quand la personne a fermé le bandeau (gardé pour la session de navigation) ; l’élément est alors caché.
   * La page peut aussi le poser elle-même.
   */
  declare ferme: boolean;
  /**
   * Un annuaire : le lien laisse la place à un champ « Votre code postal ou votre commune » qui montre les trois
   * lieux les plus proches qui aident aux démarches, puis « Voir toutes les adresses » (`href`, avec `pres=`).
   * L’annuaire n’est demandé qu’au moment où la personne cherche.
   */
  declare src: string;
  declare private reponse: import('./proches.js').Reponse | undefined;
  declare private enCours: boolean;
  private proches?: Proches;
  /** « Écouter », loaded only once the device has a voice of the banner's language (most pages never need it). */
  private lecture?: Lecture;
  private voix = (): void => {
    const l = this.code;
    if (
      !this.lecture &&
      globalThis.speechSynthesis?.getVoices().some((v) => v.localService && v.lang.toLowerCase().split(/[-_]/)[0] === l)
    ) {
      void import('../../i18n/lecture.js').then(({ Lecture }) => {
        this.lecture ??= new Lecture(this);
        this.requestUpdate();
      });
    }
  };
  private saisie = '';

  constructor() {
    super();
    this.organisme = '';
    this.href = '';
    this.besoin = 'demarche';
    this.ferme = false;
    this.src = '';
    this.reponse = undefined;
    this.enCours = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.speechSynthesis?.addEventListener?.('voiceschanged', this.voix);
    try {
      if (sessionStorage.getItem(CLE_FERME) === '1') this.ferme = true;
    } catch {
      // Storage refused (private browsing, policy): the banner shows.
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.speechSynthesis?.removeEventListener?.('voiceschanged', this.voix);
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.hidden = this.ferme;
    this.voix();
  }

  /** The link, with the need (and, after a search, the commune) for the map page. */
  private lienVers(pres?: string): string | undefined {
    if (!this.href) return undefined;
    try {
      const u = new URL(this.href, document.baseURI);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
      if (this.besoin) u.searchParams.set('besoin', this.besoin);
      if (pres) u.searchParams.set('pres', pres);
      return u.href;
    } catch {
      return undefined;
    }
  }

  /** Loads the postal-code mode (first time only), then the directory, then shows the nearest places. */
  private async chercher(e?: SubmitEvent, reessai = false): Promise<void> {
    e?.preventDefault();
    if (e) this.saisie = String(new FormData(e.target as HTMLFormElement).get('pres') ?? '').trim();
    if (!this.saisie || this.enCours) return;
    this.enCours = true;
    try {
      this.proches ??= await import('./proches.js');
      this.reponse = await this.proches.chercher(this.src, this.saisie, this.besoin, reessai);
    } catch {
      this.reponse = { statut: 'erreur' };
    } finally {
      this.enCours = false;
    }
  }

  private fermer(): void {
    this.ferme = true;
    try {
      sessionStorage.setItem(CLE_FERME, '1');
    } catch {
      // Not kept: it shows again on the next page, which is better than an error.
    }
    if (!emettre<BandeauFermeDetail>(this, 'bandeau-ferme', {}, { cancelable: true })) return;
    // The focus goes where Tab would have led next: the first focusable thing after the banner.
    const suivant = [...document.querySelectorAll<HTMLElement>(FOCUSABLES)].find(
      (el) => !this.contains(el) && !!(this.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && el.offsetParent !== null,
    );
    if (suivant) suivant.focus();
    else (document.activeElement as HTMLElement | null)?.blur();
  }

  /** What « Écouter » reads: the title and the text as shown (the page's own words when it gave them), then the answer. */
  private aLire(m: typeof bandeauFr, site: string | undefined): string[] {
    const propre = (nom: string) => this.querySelector(`[slot="${nom}"]`)?.textContent?.trim();
    return [
      propre('titre') ?? m.titre,
      propre('texte') ?? m.texte(site),
      ...(this.reponse && this.proches ? this.proches.textesReponse(this.reponse, this.code) : []),
    ];
  }

  override render(): TemplateResult {
    const m = this.textes('bandeau', bandeauFr);
    const f = this.textes('bandeauForm', bandeauFormFr);
    const c = this.textes('commun', COMMUN_FR);
    const site = (SITES_ORGANISMES as Record<string, string>)[this.organisme as Organisme];
    const lien = this.lienVers();
    const ecouter = this.lecture ? this.lecture.bouton(this.aLire(m, site), c, 'secondaire') : nothing;
    const langues = choixLangue(this, c.langue);
    return html`<div class="bandeau${langues === nothing ? '' : ' l'}" part="bandeau" role="region" aria-label=${m.region}>
      ${langues}
      <svg class="icone" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm1 8h-2v8h2v-8Zm0-4h-2v2h2V6Z" />
      </svg>
      <div class="contenu">
        <p class="titre" id="titre"><slot name="titre">${m.titre}</slot></p>
        <p class="texte"><slot name="texte">${m.texte(site && this.code === 'ar' ? `\u2068${site}\u2069` : site)}</slot></p>
        ${this.src
          ? html`<form class="cp" @submit=${(e: SubmitEvent) => this.chercher(e)}>
              <label for="pres">${f.libelle}</label>
              <span class="ligne">
                <input id="pres" name="pres" type="text" autocomplete="postal-code" required />
                <button type="submit" class="secondaire" ?disabled=${this.enCours}>${f.chercher}</button>
                ${ecouter}
              </span>
            </form>
            ${this.reponse && this.proches
              ? this.proches.renderReponse(
                  this.reponse,
                  this.reponse.statut === 'ok' ? this.lienVers(this.saisie) : lien,
                  () => void this.chercher(undefined, true),
                  this.code,
                )
              : nothing}`
          : html`<span class="ligne"
              >${lien
                ? html`<a
                    class="action"
                    part="action"
                    href=${lien}
                    @click=${() => emettre<BandeauActionDetail>(this, 'bandeau-action', { href: lien, ...(site ? { organisme: this.organisme } : {}) })}
                    ><slot name="action">${m.action}</slot></a
                  >`
                : nothing}${ecouter}</span
            >`}
      </div>
      <button type="button" class="fermer" aria-label=${m.fermer} title=${m.fermer} @click=${() => this.fermer()}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18" /></svg>
      </button>
    </div>`;
  }
}

definir('bandeau-aide-demarche', BandeauAideDemarche);

declare global {
  interface HTMLElementTagNameMap {
    'bandeau-aide-demarche': BandeauAideDemarche;
  }
}
