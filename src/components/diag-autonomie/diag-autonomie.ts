import { ContextConsumer } from '@lit/context';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import { diagnosticContext, type ValeurDiagnostic } from '../../context/diagnostic.js';
import { AnnuaireController } from '../../controllers/annuaire-controller.js';
import { agenda, ajouterJours, type SeanceDatee } from '../../data/ateliers.js';
import {
  atelierAdapte,
  evaluer,
  NSP,
  questions,
  rangNiveau,
  repondre,
  reponseA,
  type Question,
  type Reponses,
  type ResultatDiagnostic,
  type Voix,
} from '../../data/diagnostic.js';
import type { NiveauAutonomie } from '../../data/types.js';
import { NIVEAUX_AUTONOMIE } from '../../data/vocabulaire.js';
import type { DiagEffaceDetail, DiagSuiteDetail, DiagTermineDetail } from '../../events/diag-events.js';
import { diagFr, type TexteQuestion } from '../../i18n/diag.fr.js';
import { baseStyles } from '../../styles/base.js';
import { aujourdhuiDans, heureFr, parcoursStyles, renderEtape, renderTitre } from '../shared/parcours.js';
import { styles } from './diag-autonomie.styles.js';
import { icone, ICONE_DE } from './icones.js';

/** What is kept on the device, only when the person asks for it: the level and the date, nothing else. */
const CLE_STOCKAGE = 'kit-inclusion-numerique.diagnostic';
interface Garde {
  date: string;
  niveau: NiveauAutonomie;
}

/**
 * The browser's French voice that speaks on this device (`localService`). Some browsers also offer online voices
 * (the text is then sent to the browser's maker): never those, the person's answers stay in the browser.
 */
const voixFrancaise = () =>
  globalThis.speechSynthesis?.getVoices().find((v) => v.localService && /^fr/i.test(v.lang));

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

const dateSeance = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

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
 * @attr {string} lang - Langue des textes ; par défaut celle de la page, sinon le français. Seul le français est fourni aujourd’hui.
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
    lecture: { state: true },
    voixDispo: { state: true },
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
  declare private resultat: ResultatDiagnostic | undefined;
  /** The result is kept on this device (the person chose it). */
  declare private garde: boolean;
  /** What was kept from an earlier run, read once at the start. */
  declare private gardeAvant: Garde | undefined;
  /** Said by the live region: the step, « effacé »… */
  declare private annonce: string;
  declare private lecture: boolean;
  declare private voixDispo: boolean;

  private readonly annuaire = new AnnuaireController(this);
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
    this.lecture = false;
    this.voixDispo = false;
    new ContextConsumer(this, {
      context: diagnosticContext,
      subscribe: true,
      callback: (v) => (this.partage = v),
    });
  }

  private get m() {
    return diagFr;
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
    const synthese = globalThis.speechSynthesis;
    if (synthese) {
      this.majVoix();
      synthese.addEventListener?.('voiceschanged', this.majVoix);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.speechSynthesis?.removeEventListener?.('voiceschanged', this.majVoix);
    this.arreterLecture();
  }

  /** « Écouter » is offered only when the browser has a French voice on this device (hidden, no error, otherwise). */
  private majVoix = (): void => {
    this.voixDispo = !!voixFrancaise();
  };

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
    this.arreterLecture();
    const liste = this.liste;
    if (index >= liste.length) return this.terminer();
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

  private retour(): void {
    if (this.ecran === 'resultat') return this.aller(this.liste.length - 1);
    if (this.index === 0) {
      this.arreterLecture();
      this.ecran = 'accueil';
      this.annonce = '';
      this.focusApres = '#titre';
      return;
    }
    this.aller(this.index - 1);
  }

  private recommencer(): void {
    this.arreterLecture();
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
    this.emit<DiagTermineDetail>('diag-termine', { resultat });
  }

  private ecrireGarde(r: ResultatDiagnostic): void {
    try {
      localStorage.setItem(CLE_STOCKAGE, JSON.stringify({ date: new Date().toISOString(), niveau: r.niveau } satisfies Garde));
      this.garde = true;
    } catch {
      this.garde = false;
    }
  }

  /** Clears the answers, the result, what was kept on the device and what the page's elements were given. */
  private effacer(): void {
    this.arreterLecture();
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

  private suite(e: Event, vers: DiagSuiteDetail['vers']): void {
    const r = this.resultat;
    if (!r) return;
    const suivi = this.emit<DiagSuiteDetail>('diag-suite', { vers, besoin: r.besoin, resultat: r }, { cancelable: true });
    if (!suivi) e.preventDefault();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Read aloud (Web Speech API, a French voice of this device). Nothing is sent.

  private lire(textes: string[]): void {
    const synthese = globalThis.speechSynthesis;
    const voix = voixFrancaise();
    if (!voix) return;
    if (this.lecture) return this.arreterLecture();
    synthese.cancel();
    const enonce = new SpeechSynthesisUtterance(textes.join('. '));
    enonce.voice = voix;
    enonce.onend = enonce.onerror = () => (this.lecture = false);
    this.lecture = true;
    synthese.speak(enonce);
  }

  private arreterLecture(): void {
    if (this.lecture) globalThis.speechSynthesis?.cancel();
    this.lecture = false;
  }

  private boutonEcouter(textes: string[]) {
    if (!this.voixDispo) return nothing;
    return html`<button type="button" class="bouton-secondaire ecouter" aria-pressed=${this.lecture ? 'true' : 'false'}
      @click=${() => this.lire(textes)}>${this.lecture ? this.m.arreter : this.m.ecouter}</button>`;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Rendering

  private titre(id: string, texte: string, niveau = this.niveauTitre) {
    return renderTitre(id, texte, niveau);
  }

  override render() {
    return html`
      <div class="ecran">
        ${this.ecran === 'accueil' ? this.renderAccueil() : this.ecran === 'question' ? this.renderQuestion() : this.renderResultat()}
        <div class="visuellement-cache" role="status">${this.annonce}</div>
      </div>
      ${this.resultat ? this.renderImpression(this.resultat) : nothing}
    `;
  }

  private renderAccueil(): TemplateResult {
    const m = this.m;
    const garde = this.gardeAvant;
    return html`<section class="accueil" aria-labelledby="titre">
      ${this.titre('titre', this.voix === 'aidant' ? m.titreAidant : m.titre)}
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
        <legend>${this.titre('question', t.question, this.niveauTitre)}</legend>
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
        ${this.boutonEcouter([t.question, ...(t.aide ? [t.aide] : []), ...valeurs.map(mot)])}
        <button type="button" class="bouton-lien" @click=${() => this.recommencer()}>${m.recommencer}</button>
      </div>
    </section>`;
  }

  /** The next workshops of the directory that fit the level (4 weeks, at most 3 sessions). */
  private seancesAdaptees(niveau: NiveauAutonomie): SeanceDatee[] | undefined {
    const etat = this.annuaire.etat;
    if (etat.statut !== 'pret' || !etat.annuaire.ateliers.length) return undefined;
    // Today where the workshops are (the territory's time zone), not where the browser thinks it is.
    const fuseau = etat.annuaire.territoire?.fuseau_horaire ?? 'Europe/Paris';
    const aujourdhui = aujourdhuiDans(fuseau);
    const adaptes = etat.annuaire.ateliers.filter((a) => atelierAdapte(a, niveau));
    return agenda(adaptes, aujourdhui, ajouterJours(aujourdhui, 27))
      .filter((s) => s.statut === 'programme')
      .slice(0, 3);
  }

  private lien(base: string, besoin: string): string {
    const u = new URL(base, document.baseURI);
    u.searchParams.set('besoin', besoin);
    return u.href;
  }

  private renderResultat(): TemplateResult {
    const r = this.resultat!;
    const m = this.m.resultat;
    const voix = r.voix;
    const niveau = m.niveau(r.niveau, voix);
    const aide = m.aide(r.aide, voix);
    const ensuite = r.ensuite ? m.aide(r.ensuite, voix) : undefined;
    const avant = this.gardeAvant;
    const lieux = this.annuaire.etat.statut === 'pret' ? this.annuaire.etat.annuaire.lieux : [];
    const seances = this.seancesAdaptees(r.niveau);
    const sous = Math.min(6, this.niveauTitre + 1);
    const textesLus = [niveau.titre, niveau.sens, aide.titre, aide.sens, ...(ensuite ? [ensuite.titre, ensuite.sens] : [])];
    return html`<section class="resultat" part="resultat" aria-labelledby="titre-resultat">
      ${this.titre('titre-resultat', niveau.titre)}
      <p class="sens">${niveau.sens}</p>
      ${r.incertain ? html`<p class="note">${m.incertain}</p>` : nothing}
      ${avant
        ? html`<p class="progres">${m.progres(
            new Date(avant.date),
            m.niveau(avant.niveau, voix).titre,
            niveau.titre,
            rangNiveau(r.niveau) > rangNiveau(avant.niveau),
            r.niveau === avant.niveau,
          )}</p>`
        : nothing}
      <div class="aide">
        ${this.titre('titre-aide', voix === 'moi' ? m.aideTitre : m.aideTitreAidant, sous)}
        ${r.urgence && r.aide !== 'autonomie' ? html`<p>${m.urgence(r.organisme ? m.organismes[r.organisme] || undefined : undefined, voix)}</p>` : nothing}
        <dl>
          <dt>${ensuite ? m.maintenant : nothing} <strong>${aide.titre}</strong></dt>
          <dd>${aide.sens}</dd>
          ${ensuite ? html`<dt>${m.ensuite} <strong>${ensuite.titre}</strong></dt><dd>${ensuite.sens}</dd>` : nothing}
        </dl>
        ${r.francais ? html`<p>${m.francais(voix)}</p>` : nothing}
      </div>
      ${this.renderCaracteristiques(r, sous)}
      <div class="suite">
        ${this.titre('titre-suite', m.suiteTitre, sous)}
        <ul class="liens-suite">
          <li>${this.renderSuite('carte', this.lienCarte, m.versCarte(voix))}</li>
          ${this.lienOrientation ? html`<li>${this.renderSuite('orientation', this.lienOrientation, m.versOrientation)}</li>` : nothing}
        </ul>
      </div>
      ${seances !== undefined && r.niveau !== 'autonome'
        ? html`<div class="ateliers">
            ${this.titre('titre-ateliers', m.ateliersTitre(voix), sous)}
            ${seances.length
              ? html`<ul>
                  ${seances.map((s) => {
                    const lieu = lieux.find((l) => l.id === s.atelier.lieu_id);
                    return html`<li><strong>${s.atelier.titre}</strong><br />${dateSeance.format(new Date(`${s.date}T12:00:00Z`))},
                      ${heureFr(s.debut)}${lieu ? html`\u0020· ${lieu.nom}, ${lieu.commune}` : nothing}</li>`;
                  })}
                </ul>`
              : html`<p>${m.ateliersAucun(voix)}</p>`}
            ${this.lienAgenda ? html`<p><a href=${this.lienAgenda}>${m.versAgenda}</a></p>` : nothing}
          </div>`
        : nothing}
      <div class="garder">
        ${this.garde
          ? html`<p role="status">${m.garde}</p>`
          : html`<button type="button" class="bouton-secondaire" @click=${() => this.ecrireGarde(r)}>${m.garder}</button>
              <p class="precision">${m.garderAide}</p>`}
      </div>
      <p class="refaire">${m.refaire}</p>
      <div class="actions" part="actions">
        <button type="button" class="bouton-principal" @click=${() => window.print()}>${m.imprimer}</button>
        ${this.boutonEcouter(textesLus)}
        <button type="button" class="bouton-secondaire" @click=${() => this.retour()}>${this.m.retour}</button>
        <button type="button" class="bouton-secondaire" @click=${() => this.recommencer()}>${this.m.recommencer}</button>
        ${this.boutonEffacer()}
      </div>
    </section>`;
  }

  private renderSuite(vers: DiagSuiteDetail['vers'], base: string, texte: string) {
    const besoin = this.resultat!.besoin;
    return base
      ? html`<a class="bouton-principal lien-bouton" href=${this.lien(base, besoin)} @click=${(e: Event) => this.suite(e, vers)}>${texte}</a>`
      : html`<button type="button" class="bouton-principal" @click=${(e: Event) => this.suite(e, vers)}>${texte}</button>`;
  }

  private renderCaracteristiques(r: ResultatDiagnostic, niveau: number) {
    const m = this.m.resultat;
    const c = r.caracteristiques;
    const lignes = [
      c.appareils ? m.appareils(c.appareils.map((a) => m.appareilsMots[a] ?? a)) : undefined,
      c.internet ? m.internet(c.internet) : undefined,
      c.francais ? m.francaisNiveau(c.francais) : undefined,
      c.apprentissage ? m.apprentissage(c.apprentissage) : undefined,
    ].filter((l): l is string => !!l);
    if (!lignes.length) return nothing;
    return html`<div class="caracteristiques">
      ${this.titre('titre-caracteristiques', m.caracteristiques, niveau)}
      <ul>${lignes.map((l) => html`<li>${l}</li>`)}</ul>
    </div>`;
  }

  /** The printed result: A4, large text, the next step written out (a link is useless on paper). */
  private renderImpression(r: ResultatDiagnostic) {
    const m = this.m.resultat;
    const niveau = m.niveau(r.niveau, r.voix);
    const aide = m.aide(r.aide, r.voix);
    const ensuite = r.ensuite ? m.aide(r.ensuite, r.voix) : undefined;
    const adresse = this.lienCarte ? this.lien(this.lienCarte, r.besoin) : undefined;
    return html`<div class="impression" aria-hidden="true">
      <p class="impression-titre">${niveau.titre}</p>
      <p>${niveau.sens}</p>
      <p><strong>${aide.titre}</strong> : ${aide.sens}</p>
      ${ensuite ? html`<p><strong>${m.ensuite} : ${ensuite.titre}</strong> : ${ensuite.sens}</p>` : nothing}
      ${r.francais ? html`<p>${m.francais(r.voix)}</p>` : nothing}
      ${adresse ? html`<p>${m.versCarte(r.voix)} : ${adresse}</p>` : nothing}
      <p class="impression-refaire">${m.refaire}</p>
      <p>${m.fait(new Date())}</p>
    </div>`;
  }
}

DiagAutonomie.define('diag-autonomie');

declare global {
  interface HTMLElementTagNameMap {
    'diag-autonomie': DiagAutonomie;
  }
}
