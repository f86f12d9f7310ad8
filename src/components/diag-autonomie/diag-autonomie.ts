import { ContextConsumer } from '@lit/context';
import { adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import { diagnosticContext, type ValeurDiagnostic } from '../../context/diagnostic.js';
import { AnnuaireController } from '../../controllers/annuaire-controller.js';
import { evaluer, NSP, questions, repondre, reponseA, type Question, type Reponses, type ResultatDiagnostic, type Voix } from '../../data/diagnostic.js';
import type { NiveauAutonomie } from '../../data/types.js';
import { NIVEAUX_AUTONOMIE } from '../../data/vocabulaire.js';
import type { DiagEffaceDetail, DiagSuiteDetail, DiagTermineDetail } from '../../events/diag-events.js';
import { choixLangue } from '../../i18n/choix-langue.js';
import { diagQuestionsFr } from '../../i18n/diag-questions.fr.js';
import type { MessagesDiag } from '../../i18n/diag.fr.js';
import { fr } from '../../i18n/fr.js';
import { Lecture } from '../../i18n/lecture.js';
import { baseStyles } from '../../styles/base.js';
import { parcoursStyles, renderEtape, renderTitre } from '../shared/parcours.js';
import { styles } from './diag-autonomie.styles.js';
import { icone, ICONE_DE } from './icones.js';

/** What is kept on the device, only when the person asks for it: the level and the date, nothing else. */
const CLE_STOCKAGE = 'kit-inclusion-numerique.diagnostic';
export interface Garde {
  date: string;
  niveau: NiveauAutonomie;
}

function lireGarde(): Garde | undefined {
  try {
    const brut = localStorage.getItem(CLE_STOCKAGE);
    if (!brut) return undefined;
    const g = JSON.parse(brut) as Partial<Garde>;
    if (typeof g.date !== 'string' || Number.isNaN(Date.parse(g.date))) return undefined;
    if (!NIVEAUX_AUTONOMIE.includes(g.niveau as NiveauAutonomie)) return undefined;
    return { date: g.date, niveau: g.niveau as NiveauAutonomie };
  } catch {
    return undefined; // storage refused (private browsing, policy): nothing kept, nothing shown
  }
}

/** The result screen and the print: a lazy chunk (resultat.ts). */
type VueResultat = typeof import('./resultat.js');

type Ecran = 'accueil' | 'question' | 'resultat';

/**
 * A short, kind self-diagnosis of digital autonomy (about ten questions, one per screen) that ends with a level in
 * words, the help that fits and where to find it.
 *
 * The person answers for themself, or a helper answers for them (« la personne »); « Je ne sais pas » is always
 * possible. The result gives one of the five levels of the Grand-Nancy working groups in plain words (never a
 * score), the equipment and French characteristics, the kind of help that fits now (an urgent procedure comes
 * first), the next step (the map or the orientation, with the right need) and the workshops of the directory
 * that match the level. Nothing leaves the browser; nothing is stored unless the person chooses to keep the
 * result on this device, to see progress next time. « Effacer mes réponses » clears everything.
 *
 * Inside `<annuaire-inclusion>`, the result is shared with the other elements (context) and the workshops come
 * from the page's directory; alone, `src` gives the directory (optional: without it, no workshops).
 *
 * @tagname diag-autonomie
 * @summary Un petit test bienveillant, une question par écran, qui dit où en est la personne avec le numérique et quelle aide lui convient.
 * @attr {string} lang - Langue des textes (`fr`, `en`, `ar`, `uk`) ; par défaut celle de la page, sinon le français. Dans une autre langue que le français, le résultat peut s’imprimer en deux colonnes : cette langue et le français.
 * @attr {string} langues - Langues proposées à la personne en haut de l’élément (`fr en ar uk`) ; vide : pas de choix.
 *
 * @fires {CustomEvent<DiagTermineDetail>} diag-termine - La dernière question a reçu sa réponse : `detail.resultat` (`niveau`, `incertain`, `caracteristiques`, `aide`, `ensuite`, `besoins`, `besoin`, `francais`, `urgence`, `organisme`, `voix`, `reponses`). À chaque arrivée sur le résultat.
 * @fires {CustomEvent<DiagSuiteDetail>} diag-suite - La personne a choisi la suite : `detail.vers` (`carte` ou `orientation`), `detail.besoin`, `detail.resultat`. Annulez-le (`preventDefault()`) pour afficher la suite dans la page ; sinon le lien `lien-carte` ou `lien-orientation` est suivi.
 * @fires {CustomEvent<DiagEffaceDetail>} diag-efface - La personne a effacé ses réponses et ce qui était gardé sur l’appareil (« Effacer mes réponses »).
 *
 * @csspart etape - La ligne « Étape 3 sur 11 » et sa barre de progression.
 * @csspart question - La question et ses réponses.
 * @csspart reponse - Chaque bouton de réponse (écran d’accueil compris).
 * @csspart resultat - L’écran du résultat.
 * @csspart actions - Les boutons sous la question ou le résultat.
 *
 * @cssproperty [--kit-couleur-texte=var(--text-default-grey, #3a3a3a)] - Texte et réponses.
 * @cssproperty [--kit-couleur-titre=var(--text-title-grey, #161616)] - Titres (questions, résultat).
 * @cssproperty [--kit-couleur-action=var(--background-action-high-blue-france, #000091)] - Boutons principaux, barre de progression, bord et icônes des réponses, filet des notes.
 * @cssproperty [--kit-couleur-action-texte=var(--text-inverted-blue-france, #f5f5fe)] - Texte des boutons principaux.
 * @cssproperty [--kit-couleur-lien=var(--text-action-high-blue-france, #000091)] - Liens et texte des boutons secondaires.
 * @cssproperty [--kit-couleur-bordure=var(--border-default-grey, #ddd)] - Bord des réponses.
 * @cssproperty [--kit-couleur-fond=var(--background-default-grey, #fff)] - Fond des réponses et des boutons secondaires.
 * @cssproperty [--kit-couleur-fond-contraste=var(--background-contrast-grey, #eee)] - Fond de la barre de progression.
 * @cssproperty [--kit-couleur-info=var(--background-contrast-info, #e8edff)] - Fond de la réponse choisie et de l’aide conseillée.
 * @cssproperty [--kit-couleur-focus=#0a76f6] - Contour de l’élément qui a le focus.
 * @cssproperty [--kit-rayon=0.25rem] - Arrondi des réponses, boutons et encadrés.
 */
export class DiagAutonomie extends KitElement {
  static override styles = [baseStyles, parcoursStyles, styles];

  static override properties: PropertyDeclarations = {
    voix: { type: String },
    niveauTitre: { type: Number, attribute: 'niveau-titre' },
    lienCarte: { type: String, attribute: 'lien-carte' },
    lienOrientation: { type: String, attribute: 'lien-orientation' },
    lienAgenda: { type: String, attribute: 'lien-agenda' },
    src: { type: String },
    ecran: { state: true },
    voixChoisie: { state: true },
    reponses: { state: true },
    index: { state: true },
    multiple: { state: true },
    resultat: { state: true },
    garde: { state: true },
    gardeAvant: { state: true },
    annonce: { state: true },
    deuxLangues: { state: true },
  };

  /**
   * Qui répond : `moi` (la personne elle-même), `aidant` (quelqu’un qui l’accompagne : les questions disent « la
   * personne »), ou `les-deux` (la personne choisit au début).
   */
  declare voix: 'moi' | 'aidant' | 'les-deux';
  /** Niveau des titres de l’élément (1 à 6) ; les sous-titres du résultat suivent (niveau + 1). */
  declare niveauTitre: number;
  /**
   * Page de la carte (`<carte-mediation>`) : « Trouver un lieu près de chez vous » y mène, avec `?besoin=…`. Sans
   * lui, un bouton qui envoie seulement `diag-suite`.
   */
  declare lienCarte: string;
  /** Page de l’orientation (`<orientation-flow>`), avec `?besoin=…` ; sans lui, pas de lien vers l’orientation. */
  declare lienOrientation: string;
  /** Page de l’agenda (`<agenda-ateliers>`) : « Voir tout l’agenda des ateliers » sous les ateliers proposés. */
  declare lienAgenda: string;
  /**
   * Adresse (URL) de l’annuaire, pour proposer ses ateliers, quand l’élément n’est pas dans `<annuaire-inclusion>` ;
   * facultatif : sans annuaire, pas d’ateliers.
   */
  declare src: string;

  declare private ecran: Ecran;
  declare private voixChoisie: Voix | undefined;
  declare private reponses: Reponses;
  declare private index: number;
  /** Devices ticked on the multiple-choice screen, before « Continuer ». */
  declare private multiple: string[];
  /** @internal */
  declare resultat: ResultatDiagnostic | undefined;
  /** The result is kept on this device (the person chose it). */
  /** @internal */
  declare garde: boolean;
  /** What was kept from an earlier run, read once at the start. */
  /** @internal */
  declare gardeAvant: Garde | undefined;
  /** Said by the live region: the step, « effacé »… */
  declare private annonce: string;
  /** @internal The print puts this language and French side by side (« Imprimer en deux langues »). */
  declare deuxLangues: boolean;

  /** @internal */
  readonly annuaire = new AnnuaireController(this);
  /** @internal « Écouter », in the voice of the element's language. */
  readonly lecteur = new Lecture(this);
  private vue?: VueResultat;
  private chargementVue?: Promise<unknown>;
  private partage?: ValeurDiagnostic;
  private focusApres?: string;

  constructor() {
    super();
    this.voix = 'les-deux';
    this.niveauTitre = 2;
    this.lienCarte = '';
    this.lienOrientation = '';
    this.lienAgenda = '';
    this.src = '';
    this.ecran = 'accueil';
    this.voixChoisie = undefined;
    this.reponses = {};
    this.index = 0;
    this.multiple = [];
    this.resultat = undefined;
    this.garde = false;
    this.gardeAvant = undefined;
    this.annonce = '';
    this.deuxLangues = false;
    new ContextConsumer(this, {
      context: diagnosticContext,
      subscribe: true,
      callback: (v) => (this.partage = v),
    });
  }

  /** The start and the questions (the result's words come with its chunk: see resultat.ts). */
  private get m(): typeof diagQuestionsFr {
    return this.textes('diag', diagQuestionsFr as MessagesDiag);
  }

  private get voixActive(): Voix {
    return this.voixChoisie ?? (this.voix === 'aidant' ? 'aidant' : 'moi');
  }

  private get liste(): Question[] {
    return questions(this.voixActive, this.reponses);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.gardeAvant = lireGarde();
  }

  /** Fetches the result's chunk once (again after a failure). */
  private chargerVue(): Promise<unknown> {
    return (this.chargementVue ??= import('./resultat.js').then(
      (v) => {
        this.vue = v;
        // The result's styles come with it (adopted sheets: no inline style, fine under a strict CSP).
        adoptStyles(this.renderRoot as ShadowRoot, [...DiagAutonomie.elementStyles, v.stylesResultat]);
      },
      () => (this.chargementVue = undefined),
    ));
  }

  /** The result is rendered only once its chunk is here (after the language file: see KitElement). */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.resultat && !this.vue) await this.chargerVue();
    return super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusApres) {
      const cible = this.renderRoot.querySelector<HTMLElement>(this.focusApres);
      this.focusApres = undefined;
      cible?.focus();
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Navigation

  private commencer(voix: Voix): void {
    this.voixChoisie = voix;
    this.reponses = {};
    this.resultat = undefined;
    this.aller(0);
  }

  private aller(index: number): void {
    this.lecteur.arreter();
    const liste = this.liste;
    if (index >= liste.length) return this.terminer();
    // The result's chunk comes while the last questions are answered.
    if (index >= liste.length - 2) void this.chargerVue();
    this.ecran = 'question';
    this.index = index;
    const q = liste[index]!;
    const deja = reponseA(this.reponses, q.id);
    this.multiple = Array.isArray(deja) ? [...deja] : [];
    this.annonce = this.m.etape(index + 1, liste.length);
    this.focusApres = '#question';
  }

  private choisir(q: Question, valeur: string | readonly string[]): void {
    this.reponses = repondre(this.reponses, q.id, valeur);
    this.aller(this.index + 1);
  }

  private basculerMultiple(valeur: string): void {
    // « Aucun » excludes the devices, and a device excludes « aucun ».
    if (valeur === 'aucun') this.multiple = this.multiple.includes('aucun') ? [] : ['aucun'];
    else {
      const sans = this.multiple.filter((v) => v !== 'aucun' && v !== valeur);
      this.multiple = this.multiple.includes(valeur) ? sans : [...sans, valeur];
    }
  }

  /** @internal */
  retour(): void {
    if (this.ecran === 'resultat') return this.aller(this.liste.length - 1);
    if (this.index === 0) {
      this.lecteur.arreter();
      this.ecran = 'accueil';
      this.annonce = '';
      this.focusApres = '#titre';
      return;
    }
    this.aller(this.index - 1);
  }

  /** @internal */
  recommencer(): void {
    this.lecteur.arreter();
    // What is kept now (possibly this run's result) is what the next run compares with.
    this.gardeAvant = lireGarde();
    this.garde = false;
    this.reponses = {};
    this.resultat = undefined;
    this.voixChoisie = this.voix === 'les-deux' ? undefined : this.voixChoisie;
    this.ecran = 'accueil';
    this.annonce = '';
    this.focusApres = '#titre';
  }

  private terminer(): void {
    const resultat = evaluer(this.reponses, this.voixActive);
    this.resultat = resultat;
    this.ecran = 'resultat';
    this.annonce = '';
    this.focusApres = '#titre-resultat';
    this.partage?.publier(resultat);
    // Never kept without asking, even when an earlier result is: this may be another person on a shared device.
    this.garde = false;
    this.deuxLangues = false;
    this.emit<DiagTermineDetail>('diag-termine', { resultat });
  }

  /** Clears the answers, the result, what was kept on the device and what the page's elements were given. */
  /** @internal */
  effacer(): void {
    this.lecteur.arreter();
    try {
      localStorage.removeItem(CLE_STOCKAGE);
    } catch {
      // nothing was stored
    }
    this.reponses = {};
    this.resultat = undefined;
    this.garde = false;
    this.gardeAvant = undefined;
    this.voixChoisie = this.voix === 'les-deux' ? undefined : this.voixChoisie;
    this.ecran = 'accueil';
    this.partage?.publier(undefined);
    this.annonce = this.m.efface;
    this.focusApres = '#titre';
    this.emit<DiagEffaceDetail>('diag-efface', {});
  }

  /** @internal */
  suite(e: Event, vers: DiagSuiteDetail['vers']): void {
    const r = this.resultat;
    if (!r) return;
    const suivi = this.emit<DiagSuiteDetail>('diag-suite', { vers, besoin: r.besoin, resultat: r }, { cancelable: true });
    if (!suivi) e.preventDefault();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Rendering

  override render() {
    const vue = this.ecran === 'resultat' && this.resultat ? this.vue : undefined;
    return html`
      <div class="ecran">
        ${choixLangue(this, this.textes('commun', fr).langue)}
        ${this.ecran === 'accueil'
          ? this.renderAccueil()
          : this.ecran === 'question'
            ? this.renderQuestion()
            : vue?.renderResultat(this, this.m, this.textes('commun', fr))}
        <div class="visuellement-cache" role="status">${this.annonce}</div>
      </div>
      ${this.resultat && this.vue ? this.vue.renderImpression(this) : nothing}
    `;
  }

  private renderAccueil(): TemplateResult {
    const m = this.m;
    const garde = this.gardeAvant;
    return html`<section class="accueil" aria-labelledby="titre">
      ${renderTitre('titre', this.voix === 'aidant' ? m.titreAidant : m.titre, this.niveauTitre)}
      <p>${m.intro}</p>
      ${garde ? html`<p class="garde">${m.gardeAvant(new Date(garde.date))}</p>` : nothing}
      ${this.voix === 'les-deux'
        ? html`<fieldset class="choix-voix">
            <legend>${m.pourQui}</legend>
            <div class="reponses">
              <button type="button" class="reponse" part="reponse" @click=${() => this.commencer('moi')}>
                ${icone('oui')}<span>${m.pourMoi}</span>
              </button>
              <button type="button" class="reponse" part="reponse" @click=${() => this.commencer('aidant')}>
                ${icone('aide')}<span>${m.pourAutre}<span class="precision">${m.pourAutreAide}</span></span>
              </button>
            </div>
          </fieldset>`
        : html`<button type="button" class="bouton-principal" @click=${() => this.commencer(this.voix === 'aidant' ? 'aidant' : 'moi')}>
            ${m.commencer}
          </button>`}
      ${garde ? html`<div class="actions" part="actions">${this.boutonEffacer()}</div>` : nothing}
    </section>`;
  }

  private boutonEffacer() {
    return html`<button type="button" class="bouton-lien" @click=${() => this.effacer()}>${this.m.effacer}</button>`;
  }

  private renderQuestion(): TemplateResult {
    const m = this.m;
    const liste = this.liste;
    const q = liste[this.index]!;
    const t = m.question(q.id, this.voixActive);
    const deja = reponseA(this.reponses, q.id);
    const multiple = 'multiple' in q;
    const valeurs: string[] = [...q.choix, NSP];
    const mot = (v: string) => (v === NSP ? m.nsp : t.choix[v] ?? v);
    const iconeDe = (v: string) => icone(ICONE_DE[v] ?? (q.id === 'organisme' ? 'document' : undefined));
    return html`<section class="question" part="question" aria-labelledby="question">
      ${renderEtape(m.etape(this.index + 1, liste.length), this.index + 1, liste.length)}
      <fieldset>
        <legend>${renderTitre('question', t.question, this.niveauTitre)}</legend>
        ${t.aide ? html`<p class="precision">${t.aide}</p>` : nothing}
        ${multiple ? html`<p class="precision">${m.plusieurs}</p>` : nothing}
        <div class="reponses">
          ${valeurs.map((v) =>
            multiple && v !== NSP
              ? html`<button type="button" class="reponse" part="reponse" aria-pressed=${this.multiple.includes(v) ? 'true' : 'false'}
                  @click=${() => this.basculerMultiple(v)}>${iconeDe(v)}<span>${mot(v)}</span></button>`
              : html`<button type="button" class="reponse" part="reponse"
                  aria-current=${deja === v ? 'true' : nothing}
                  @click=${() => this.choisir(q, v === NSP ? NSP : multiple ? [] : v)}>${iconeDe(v)}<span>${mot(v)}</span></button>`,
          )}
        </div>
        ${multiple
          ? html`<button type="button" class="bouton-principal continuer" ?disabled=${this.multiple.length === 0}
              @click=${() => this.choisir(q, this.multiple)}>${m.continuer}</button>`
          : nothing}
      </fieldset>
      <div class="actions" part="actions">
        <button type="button" class="bouton-secondaire" @click=${() => this.retour()}>${m.retour}</button>
        ${this.lecteur.bouton([t.question, ...(t.aide ? [t.aide] : []), ...valeurs.map(mot)], this.textes('commun', fr))}
        <button type="button" class="bouton-lien" @click=${() => this.recommencer()}>${m.recommencer}</button>
      </div>
    </section>`;
  }

}

DiagAutonomie.define('diag-autonomie');

declare global {
  interface HTMLElementTagNameMap {
    'diag-autonomie': DiagAutonomie;
  }
}
