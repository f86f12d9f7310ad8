import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import { AnnuaireController } from '../../controllers/annuaire-controller.js';
import { DiagnosticController } from '../../controllers/diagnostic-controller.js';
import { ARBRE_PAR_DEFAUT } from '../../data/arbre-orientation.js';
import type { SeanceDatee } from '../../data/ateliers.js';
import type { ResultatDiagnostic } from '../../data/diagnostic.js';
import {
  parcourir,
  reponsesConnues,
  texteVoix,
  traduireArbre,
  type ArbreOrientation,
  type NoeudQuestion,
  type Parcours,
} from '../../data/orientation.js';
import type { Disponibilite, Propositions } from '../../data/propositions.js';
import type { PriseEnChargeSpecifique } from '../../data/standard.js';
import type { Lieu } from '../../data/types.js';
import type { OrientationDiagnosticDetail, OrientationTermineeDetail } from '../../events/orientation-events.js';
import { isoler } from '../../i18n/bidi.js';
import { choixLangue } from '../../i18n/choix-langue.js';
import { fr } from '../../i18n/fr.js';
import { Lecture } from '../../i18n/lecture.js';
import type { TexteNoeud } from '../../i18n/locale.js';
import { orientationFr } from '../../i18n/orientation.fr.js';
import { baseStyles } from '../../styles/base.js';
import type { Qr } from '../shared/qr.js';
import { renderEtatAnnuaire } from '../shared/etat-annuaire.js';
import { aujourdhuiDans, heureFr, heureLocale, parcoursStyles, renderEtape, renderTitre } from '../shared/parcours.js';
import { styles } from './orientation-flow.styles.js';

type Outils = typeof import('./outils-resultat.js');
type VueResultat = import('./resultat.js').VueResultat;
type MessagesHoraires = import('../../i18n/horaires.fr.js').MessagesHoraires;
type Validation = typeof import('../../data/valider-arbre.js');

type Voix = 'moi' | 'aidant';
type Ecran = 'accueil' | 'question' | 'ou-quand' | 'resultat';

interface OuQuand {
  saisie: string;
  autour?: { latitude: number; longitude: number };
  rayonKm: number;
  jours: number[];
  moment: Disponibilite['moment'];
  priseEnCharge: PriseEnChargeSpecifique[];
  gratuit: boolean;
}


/**
 * From « I can't do my procedure » to the right kind of help and three places, on paper if needed.
 *
 * Step 1, the need in plain words; step 2, the CAF booklet's validating questions for that need (equipment,
 * alone or not, urgency, learn or have it done, French); step 3, where and when. The result says which kind of
 * help fits and why, proposes the three best places of the directory (never one that does not serve the need or
 * lies beyond the distance; when nothing fits, the nearest France Services and a phone line), the upcoming
 * workshops there, and a fiche d'orientation to print or send by SMS or e-mail, with a note typed on the spot
 * (never stored). The decision logic is a JSON tree (`arbre`), checked before use; a diagnosis result
 * (property, context of `<annuaire-inclusion>`, or the page's `diag-termine` event) answers what it knows.
 *
 * @tagname orientation-flow
 * @summary De « je n’arrive pas à faire ma démarche » à la bonne aide et à trois lieux proches, avec une fiche d’orientation à imprimer ou à envoyer.
 * @attr {string} lang - Langue des textes : `fr`, `en`, `ar` ou `uk` ; par défaut celle de la page, sinon le français. Les questions et les issues de l’arbre par défaut sont traduites ; un arbre fourni par l’intégrateur (`arbre`) s’affiche tel qu’il est écrit, dans toutes les langues. Hors français, la fiche d’orientation peut s’imprimer en deux colonnes : la langue de la personne et le français.
 * @attr {string} langues - Langues proposées à la personne en haut de l’élément (`fr en ar uk`) ; vide : aucun choix affiché.
 *
 * @fires {CustomEvent<OrientationTermineeDetail>} orientation-terminee - Le résultat s’affiche : `detail.issue` (l’issue de l’arbre), `detail.aide` (le type d’aide), `detail.besoin`, `detail.marques` (`urgence`, `francais`), `detail.lieux` (les lieux proposés), `detail.repli` (aucun lieu ne convenait : France Services le plus proche et ligne téléphonique). Pour compter les orientations : l’élément n’envoie rien.
 * @fires {CustomEvent<OrientationDiagnosticDetail>} orientation-diagnostic - La personne a choisi « Je ne sais pas ce dont j’ai besoin ». Annulez-le (`preventDefault()`) pour afficher le petit test dans la page ; sinon le lien `lien-diagnostic` est suivi.
 *
 * @csspart etape - La ligne « Étape 2 sur 3 » et sa barre de progression.
 * @csspart question - La question et ses réponses.
 * @csspart reponse - Chaque bouton de réponse (écran d’accueil compris).
 * @csspart resultat - L’écran du résultat.
 * @csspart lieu - Chaque lieu proposé.
 * @csspart fiche - Le bloc de la fiche d’orientation (mot à ajouter, imprimer, SMS, e-mail).
 * @csspart etat - Le message de chargement, d’annuaire vide ou d’erreur (avec « Réessayer »), à l’étape « Où et quand ».
 * @csspart erreur - Le message d’erreur de chargement (il porte aussi la partie `etat`).
 *
 * @cssproperty [--kit-couleur-texte=var(--text-default-grey, #3a3a3a)] - Texte, réponses et bord des champs.
 * @cssproperty [--kit-couleur-titre=var(--text-title-grey, #161616)] - Titres.
 * @cssproperty [--kit-couleur-action=var(--background-action-high-blue-france, #000091)] - Boutons principaux, barre de progression, bord des réponses choisies, filet des notes.
 * @cssproperty [--kit-couleur-action-texte=var(--text-inverted-blue-france, #f5f5fe)] - Texte des boutons principaux.
 * @cssproperty [--kit-couleur-lien=var(--text-action-high-blue-france, #000091)] - Liens et texte des boutons secondaires.
 * @cssproperty [--kit-couleur-bordure=var(--border-default-grey, #ddd)] - Bord des réponses, séparation des lieux proposés.
 * @cssproperty [--kit-couleur-fond=var(--background-default-grey, #fff)] - Fond des réponses, des champs et des boutons secondaires.
 * @cssproperty [--kit-couleur-fond-contraste=var(--background-contrast-grey, #eee)] - Barre de progression, raisons qui rendent un lieu adapté.
 * @cssproperty [--kit-couleur-info=var(--background-contrast-info, #e8edff)] - Fond de la réponse choisie et du message « aucun lieu ne convient ».
 * @cssproperty [--kit-couleur-erreur=var(--text-default-error, #ce0500)] - Message d’erreur du champ commune.
 * @cssproperty [--kit-couleur-focus=#0a76f6] - Contour de l’élément qui a le focus.
 * @cssproperty [--kit-rayon=0.25rem] - Arrondi des réponses, boutons, champs et encadrés.
 */
export class OrientationFlow extends KitElement {
  static override styles = [baseStyles, parcoursStyles, styles];

  static override properties: PropertyDeclarations = {
    voix: { type: String },
    niveauTitre: { type: Number, attribute: 'niveau-titre' },
    src: { type: String },
    arbre: { attribute: false },
    arbreSrc: { type: String, attribute: 'arbre' },
    lienCarte: { type: String, attribute: 'lien-carte' },
    lienAgenda: { type: String, attribute: 'lien-agenda' },
    lienDiagnostic: { type: String, attribute: 'lien-diagnostic' },
    diagnostic: { attribute: false },
    ecran: { state: true },
    voixChoisie: { state: true },
    reponses: { state: true },
    ouQuand: { state: true },
    message: { state: true },
    erreurArbre: { state: true },
    qr: { state: true },
    questionAffichee: { state: true },
    bilingue: { state: true },
  };

  /**
   * Qui répond : `moi` (la personne elle-même), `aidant` (quelqu’un qui l’accompagne : les questions disent « la
   * personne »), ou `les-deux` (la personne choisit au début).
   */
  declare voix: 'moi' | 'aidant' | 'les-deux';
  /** Niveau des titres de l’élément (1 à 6) ; les sous-titres du résultat suivent (niveau + 1). */
  declare niveauTitre: number;
  /** Adresse (URL) de l’annuaire, quand l’élément n’est pas dans `<annuaire-inclusion>` (sinon, ignoré). */
  declare src: string;
  /**
   * Un arbre d’orientation déjà lu (objet JSON), vérifié avant usage ; a la priorité sur l’attribut `arbre`. Par
   * défaut, l’arbre du livret des cas d’orientation de la CAF (traduit dans les langues du kit). Un arbre invalide est
   * refusé, avec des messages qui nomment le nœud fautif. Un arbre fourni s’affiche tel qu’il est écrit, quelle que soit
   * la langue : ses textes ne sont pas traduits.
   */
  declare arbre: unknown;
  /**
   * Adresse (URL) d’un arbre d’orientation (JSON), par exemple celui d’un organisme ; vérifié avant usage. Par
   * défaut, l’arbre du livret des cas d’orientation de la CAF.
   */
  declare arbreSrc: string;
  /**
   * Page de la carte : « Voir tous les lieux sur la carte » y mène avec les mêmes choix (`?besoin=…&pres=…&rayon=…`,
   * `frais=Gratuit`) ; c’est aussi l’adresse du code QR de la fiche imprimée.
   */
  declare lienCarte: string;
  /** Page de l’agenda (`<agenda-ateliers>`) : « Voir l’agenda des ateliers » sur le résultat. */
  declare lienAgenda: string;
  /**
   * Page du petit test (`<diag-autonomie>`), pour « Je ne sais pas ce dont j’ai besoin » ; sans lui, un bouton qui
   * envoie seulement `orientation-diagnostic`.
   */
  declare lienDiagnostic: string;
  /**
   * Un résultat de `<diag-autonomie>` (`detail.resultat` de `diag-termine`) : ce qu’il sait déjà (besoin, urgence,
   * français) n’est pas redemandé. Sans elle, le résultat donné par `<annuaire-inclusion>` ou le dernier
   * `diag-termine` de la page.
   */
  declare diagnostic: ResultatDiagnostic | undefined;

  declare private ecran: Ecran;
  declare private voixChoisie: Voix | undefined;
  declare private reponses: Record<string, string>;
  declare private ouQuand: OuQuand;
  declare private message: { texte: string; erreur?: boolean } | undefined;
  declare private erreurArbre: string[] | undefined;
  declare private qr: Qr | undefined;
  /** The next print has two columns: the person's language and French (until `afterprint`). */
  declare private bilingue: boolean;
  private readonly lecture = new Lecture(this);

  private readonly annuaire = new AnnuaireController(this);
  /** Loaded when the person reaches « Où et quand » (see outils-resultat.ts). */
  private outils?: Outils;
  /** Loaded only for a tree from outside. */
  private validation?: Validation;
  private readonly diagnostics = new DiagnosticController(this);
  private arbreCharge?: { source: unknown; arbre?: ArbreOrientation };
  private focusApres?: string;
  private note = '';
  /** The question on screen (the path may already hold its answer: after « Retour »). */
  declare private questionAffichee: string | undefined;
  /** Questions answered by the diagnosis: never shown, skipped by « Retour » too. */
  private prerempli = new Set<string>();
  /** « Commencer » was pressed while the tree was still loading. */
  private attenteArbre?: Voix;

  constructor() {
    super();
    this.voix = 'les-deux';
    this.niveauTitre = 2;
    this.src = '';
    this.arbreSrc = '';
    this.lienCarte = '';
    this.lienAgenda = '';
    this.lienDiagnostic = '';
    this.diagnostic = undefined;
    this.ecran = 'accueil';
    this.voixChoisie = undefined;
    this.reponses = {};
    this.ouQuand = { saisie: '', rayonKm: 10, jours: [], moment: 'journee', priseEnCharge: [], gratuit: false };
    this.message = undefined;
    this.erreurArbre = undefined;
    this.qr = undefined;
    this.questionAffichee = undefined;
    this.bilingue = false;
  }

  private readonly finImpression = () => (this.bilingue = false);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('afterprint', this.finImpression);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('afterprint', this.finImpression);
  }

  private get m() {
    return this.textes('orientation', orientationFr);
  }

  private get commun() {
    return this.textes('commun', fr);
  }

  /** Data inside a translated sentence, isolated (bidi) outside French, where nothing needs it. */
  private isoler(s: string): string {
    return this.code === 'fr' ? s : isoler(s);
  }

  /** « 14:00 » in the current language (French: « 14 h »). */
  private heure(hhmm: string, code = this.code): string {
    return code === 'fr' ? heureFr(hhmm) : heureLocale(hhmm, this.intl);
  }

  /** The default tree in the current language (one copy per language table). */
  private traductions = new WeakMap<Record<string, TexteNoeud>, ArbreOrientation>();
  private get arbreDefaut(): ArbreOrientation {
    const mots = this.textes('arbre', {});
    if (this.code === 'fr' || !Object.keys(mots).length) return ARBRE_PAR_DEFAUT;
    let a = this.traductions.get(mots);
    if (!a) this.traductions.set(mots, (a = traduireArbre(ARBRE_PAR_DEFAUT, mots)));
    return a;
  }

  /** The tree in use as written, for the French column of the two-language fiche. */
  private get arbreFrancais(): ArbreOrientation | undefined {
    return this.arbre === undefined && !this.arbreSrc ? ARBRE_PAR_DEFAUT : this.arbreCharge?.arbre;
  }

  private get voixActive(): Voix {
    return this.voixChoisie ?? (this.voix === 'aidant' ? 'aidant' : 'moi');
  }

  /** The result of a diagnosis made on this page (property, context, or the last `diag-termine`). */
  private get diag(): ResultatDiagnostic | undefined {
    return this.diagnostic ?? this.diagnostics.resultat;
  }

  /** The tree in use: the property, else the URL, else the default; a faulty one is refused (erreurArbre). */
  private get arbreActif(): ArbreOrientation | undefined {
    if (this.arbre === undefined && !this.arbreSrc) return this.arbreDefaut;
    const source = this.arbre ?? this.arbreDistant;
    if (source === undefined) return undefined;
    if (!this.validation) {
      void import('../../data/valider-arbre.js').then((v) => {
        this.validation = v;
        this.requestUpdate();
      });
      return undefined;
    }
    if (this.arbreCharge?.source !== source) {
      const r = this.validation.validerArbre(source);
      this.arbreCharge = { source, ...(r.arbre ? { arbre: r.arbre } : {}) };
      this.erreurArbre = r.erreurs.length ? r.erreurs : undefined;
    }
    return this.arbreCharge.arbre;
  }

  private arbreDistant?: unknown;
  private arbreDemande = '';

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('arbreSrc') && this.arbreSrc && this.arbreSrc !== this.arbreDemande) {
      this.arbreDemande = this.arbreSrc;
      const url = this.arbreSrc;
      fetch(url, { credentials: 'omit' })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
        .then(
          (json: unknown) => {
            if (this.arbreDemande === url) this.arbreDistant = json;
            this.requestUpdate();
          },
          (e: unknown) => {
            this.erreurArbre = [this.m.arbreIllisible(e instanceof Error ? e.message : String(e))];
          },
        );
    }
  }

  /** Checks the tree before rendering (not during: `erreurArbre` is state). */
  protected override update(changed: PropertyValues): void {
    void this.arbreActif;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Kept until its target is there (the form waits for a slow directory).
    const cible = this.focusApres ? this.renderRoot.querySelector<HTMLElement>(this.focusApres) : null;
    if (cible) {
      this.focusApres = undefined;
      cible.focus();
    }
    if (this.attenteArbre && this.arbreActif) {
      const voix = this.attenteArbre;
      this.attenteArbre = undefined;
      this.commencer(voix);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Navigation

  private get parcours(): Parcours | undefined {
    const a = this.arbreActif;
    return a ? parcourir(a, this.reponses) : undefined;
  }

  private commencer(voix: Voix): void {
    this.voixChoisie = voix;
    const a = this.arbreActif;
    if (!a) {
      // The tree is still on its way: start as soon as it is there (see updated).
      this.attenteArbre = voix;
      this.requestUpdate();
      return;
    }
    const d = this.diag;
    this.reponses = d ? reponsesConnues(a, { besoin: d.besoin, urgence: d.urgence, francais: d.francais }) : {};
    this.prerempli = new Set(Object.keys(this.reponses));
    this.afficherDepuis(a.depart);
  }

  private chargerOutils(): Promise<Outils> {
    return import('./outils-resultat.js').then((o) => (this.outils = o));
  }

  /**
   * Shows node `id` or, when the diagnosis already answered it, the first node after it that it did not: a
   * question (its earlier answer marked, if any), else « où et quand ».
   */
  private afficherDepuis(id: string): void {
    const a = this.arbreActif!;
    let n = a.noeuds[id]!;
    while (n.type === 'question' && this.prerempli.has(id)) {
      const r = n.reponses.find((x) => x.valeur === this.reponses[id]);
      if (!r) break;
      id = r.suite;
      n = a.noeuds[id]!;
    }
    this.message = undefined;
    if (n.type === 'question') {
      this.questionAffichee = id;
      this.ecran = 'question';
      this.focusApres = '#titre-question';
    } else {
      this.questionAffichee = undefined;
      void this.chargerOutils();
      this.ecran = 'ou-quand';
      this.focusApres = '#titre-ou-quand';
    }
  }

  /** The question on screen. */
  private get questionCourante(): { id: string; noeud: NoeudQuestion } | undefined {
    const n = this.questionAffichee ? this.arbreActif?.noeuds[this.questionAffichee] : undefined;
    return n?.type === 'question' ? { id: this.questionAffichee!, noeud: n } : undefined;
  }

  private repondre(id: string, valeur: string): void {
    this.reponses = { ...this.reponses, [id]: valeur };
    const n = this.arbreActif!.noeuds[id] as NoeudQuestion;
    this.afficherDepuis(n.reponses.find((r) => r.valeur === valeur)!.suite);
  }

  /** The questions shown to the person on the way to `jusqua` (or to the outcome), in order. */
  private questionsVues(jusqua?: string): string[] {
    const p = this.parcours;
    const ids = p ? [...p.chemin] : [];
    const fin = jusqua ? ids.indexOf(jusqua) : -1;
    return (fin >= 0 ? ids.slice(0, fin) : ids).filter((id) => !this.prerempli.has(id));
  }

  /** Back one screen, answers kept (the earlier answer is shown as chosen). */
  private retour(): void {
    if (this.ecran === 'resultat') {
      this.ecran = 'ou-quand';
      this.focusApres = '#titre-ou-quand';
      return;
    }
    const vues = this.questionsVues(this.ecran === 'question' ? this.questionAffichee : undefined);
    const precedente = vues[vues.length - 1];
    if (!precedente) {
      this.ecran = 'accueil';
      this.questionAffichee = undefined;
      this.focusApres = '#titre';
      return;
    }
    this.questionAffichee = precedente;
    this.ecran = 'question';
    this.message = undefined;
    this.focusApres = '#titre-question';
  }

  private recommencer(): void {
    this.questionAffichee = undefined;
    this.prerempli = new Set();
    this.reponses = {};
    this.voixChoisie = this.voix === 'les-deux' ? undefined : this.voixChoisie;
    this.ecran = 'accueil';
    this.message = undefined;
    this.qr = undefined;
    this.note = '';
    this.focusApres = '#titre';
  }

  private jeNeSaisPas(e: Event): void {
    if (!this.emit<OrientationDiagnosticDetail>('orientation-diagnostic', {}, { cancelable: true })) e.preventDefault();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Where and when

  private get lieux(): Lieu[] {
    const e = this.annuaire.etat;
    return e.statut === 'pret' ? e.annuaire.lieux : [];
  }

  private localiser(): void {
    if (!navigator.geolocation) return void (this.message = { texte: this.m.ouQuand.positionErreur, erreur: true });
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.ouQuand = { ...this.ouQuand, autour: { latitude: p.coords.latitude, longitude: p.coords.longitude }, saisie: '' };
        this.message = { texte: this.m.ouQuand.position };
      },
      () => (this.message = { texte: this.m.ouQuand.positionErreur, erreur: true }),
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 },
    );
  }

  private async valider(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const f = new FormData(form);
    let outils: Outils;
    try {
      outils = this.outils ?? (await this.chargerOutils());
    } catch {
      this.message = { texte: this.commun.etat.erreurReseau, erreur: true };
      return;
    }
    const saisie = String(f.get('pres') ?? '').trim();
    let autour = this.ouQuand.autour;
    if (saisie) {
      const c = outils.localiserCommune(this.lieux, saisie);
      if (!c) {
        this.message = { texte: this.m.ouQuand.introuvable(this.isoler(saisie)), erreur: true };
        this.focusApres = '#pres';
        return;
      }
      autour = { latitude: c.latitude, longitude: c.longitude };
    }
    this.ouQuand = {
      saisie,
      ...(autour ? { autour } : {}),
      rayonKm: Number(f.get('rayon') ?? 10),
      jours: f.getAll('jour').map(Number),
      moment: String(f.get('moment') ?? 'journee') as Disponibilite['moment'],
      priseEnCharge: f.getAll('pec').map(String) as PriseEnChargeSpecifique[],
      gratuit: f.get('gratuit') === 'on',
    };
    this.message = undefined;
    this.ecran = 'resultat';
    this.focusApres = '#titre-resultat';
    const r = this.resultat();
    if (r) {
      this.emit<OrientationTermineeDetail>('orientation-terminee', {
        issue: r.issue.id,
        aide: r.issue.noeud.aide,
        besoin: r.issue.noeud.besoin,
        marques: r.parcours.marques,
        lieux: r.propositions.lieux.map((p) => p.lieu),
        repli: r.propositions.lieux.length === 0,
      });
      void this.preparerQr();
    }
  }

  /** Last result and what it was computed from (compared by identity: answers and choices are replaced). */
  private calcul?: { cle: unknown[]; valeur: ReturnType<OrientationFlow['calculer']> };

  /**
   * The outcome, the places and their workshops, computed once per change of answers, choices or directory:
   * the result and the printed fiche both read it, and typing the note re-renders without recomputing.
   */
  private resultat() {
    const cle = [this.arbreActif, this.reponses, this.ouQuand, this.lieux, this.outils, this.annuaire.etat];
    if (!this.calcul || this.calcul.cle.some((x, i) => x !== cle[i])) this.calcul = { cle, valeur: this.calculer() };
    return this.calcul.valeur;
  }

  private calculer() {
    const a = this.arbreActif;
    const p = this.parcours;
    if (!a || !p?.issue) return undefined;
    const o = this.ouQuand;
    const o2 = this.outils;
    if (!o2) return undefined;
    const propositions: Propositions = o2.proposer(
      this.lieux,
      p.issue.noeud,
      {
        ...(o.autour ? { autour: { ...o.autour, ...(o.rayonKm ? { rayonKm: o.rayonKm } : {}) } } : {}),
        ...(o.jours.length ? { disponibilites: o.jours.map((jour) => ({ jour, moment: o.moment })) } : {}),
        gratuit: o.gratuit,
        priseEnCharge: o.priseEnCharge,
        francais: p.marques.includes('francais'),
      },
      { ...(a.recours ? { recours: a.recours } : {}) },
    );
    const montres = propositions.lieux.length
      ? propositions.lieux.map((x) => x.lieu)
      : propositions.repli?.franceServices
        ? [propositions.repli.franceServices.lieu]
        : [];
    return { arbre: a, parcours: p, issue: p.issue, propositions, montres, seances: this.seances(montres) };
  }

  /** Sessions in the next 4 weeks at the places proposed. */
  private seances(lieux: Lieu[]): SeanceDatee[] {
    const e = this.annuaire.etat;
    if (e.statut !== 'pret' || !lieux.length) return [];
    const ids = new Set(lieux.map((l) => l.id));
    const jour = aujourdhuiDans(e.annuaire.territoire?.fuseau_horaire ?? 'Europe/Paris');
    const o = this.outils;
    if (!o) return [];
    return o.agenda(e.annuaire.ateliers.filter((a) => a.lieu_id && ids.has(a.lieu_id)), jour, o.ajouterJours(jour, 27))
      .filter((s) => s.statut === 'programme')
      .slice(0, 4);
  }

  private get o(): Outils {
    return this.outils!;
  }

  private get lienVersCarte(): string | undefined {
    const r = this.parcours?.issue;
    if (!this.lienCarte || !r) return undefined;
    const u = new URL(this.lienCarte, document.baseURI);
    u.searchParams.set('besoin', r.noeud.besoin);
    if (this.ouQuand.saisie) u.searchParams.set('pres', this.ouQuand.saisie);
    if (this.ouQuand.saisie && this.ouQuand.rayonKm) u.searchParams.set('rayon', String(this.ouQuand.rayonKm));
    if (this.ouQuand.gratuit) u.searchParams.set('frais', 'Gratuit');
    return u.href;
  }

  private async preparerQr(): Promise<void> {
    const lien = this.lienVersCarte;
    this.qr = lien && this.outils ? await this.outils.qrPour(lien).catch(() => undefined) : undefined;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Rendering

  private titre(id: string, texte: string, niveau = this.niveauTitre) {
    return renderTitre(id, texte, niveau);
  }

  private etape(i: 1 | 2 | 3) {
    return renderEtape(this.m.etape(i, this.m.etapes[i - 1]!), i, 3);
  }

  override render() {
    const langues = choixLangue(this, this.commun.langue);
    if (this.erreurArbre) {
      return html`${langues}<div class="etat etat-erreur" role="alert">
        <p>${this.m.arbreInvalide}</p>
        <ul>${this.erreurArbre.map((e) => html`<li>${e}</li>`)}</ul>
      </div>`;
    }
    const etat = renderEtatAnnuaire(this.annuaire.valeur, this.commun);
    const ecran =
      this.ecran === 'accueil'
        ? this.renderAccueil()
        : this.ecran === 'question'
          ? this.renderQuestion()
          : this.ecran === 'ou-quand'
            ? this.renderOuQuand()
            : this.renderResultat();
    return html`<div class="ecran">${langues}${etat && this.ecran !== 'accueil' && this.ecran !== 'question' ? etat : ecran}</div>
      ${this.ecran === 'resultat' ? this.renderFiche() : nothing}`;
  }

  private renderAccueil(): TemplateResult {
    const m = this.m;
    const lienDiag = this.lienDiagnostic;
    return html`<section class="accueil" aria-labelledby="titre">
      ${this.titre('titre', m.titre)}
      <p>${m.intro}</p>
      ${this.diag ? html`<p class="note">${m.diagnosticRepris}</p>` : nothing}
      ${this.attenteArbre ? html`<p role="status">${m.chargement}</p>` : nothing}
      ${this.voix === 'les-deux'
        ? html`<fieldset>
            <legend>${m.pourQui}</legend>
            <div class="reponses">
              <button type="button" class="reponse" part="reponse" @click=${() => this.commencer('moi')}>${m.pourMoi}</button>
              <button type="button" class="reponse" part="reponse" @click=${() => this.commencer('aidant')}>${m.pourAutre}</button>
            </div>
          </fieldset>`
        : html`<button type="button" class="bouton-principal" @click=${() => this.commencer(this.voixActive)}>${m.commencer}</button>`}
      ${this.diag
        ? nothing
        : html`<p class="ne-sait-pas">
            ${lienDiag
              ? html`<a href=${lienDiag} @click=${(e: Event) => this.jeNeSaisPas(e)}>${m.jeNeSaisPas}</a>`
              : html`<button type="button" class="bouton-lien" @click=${(e: Event) => this.jeNeSaisPas(e)}>${m.jeNeSaisPas}</button>`}
            <span class="precision">${m.jeNeSaisPasAide}</span>
          </p>`}
    </section>`;
  }

  private renderQuestion(): TemplateResult {
    const p = this.parcours!;
    const q = this.questionCourante ?? p.question;
    if (!q) return this.renderOuQuand();
    const voix = this.voixActive;
    const deja = this.reponses[q.id];
    const question = texteVoix(q.noeud.texte, voix);
    const aide = q.noeud.aide ? texteVoix(q.noeud.aide, voix) : '';
    return html`<section class="question" part="question" aria-labelledby="titre-question">
      ${this.etape(q.id === this.arbreActif!.depart ? 1 : 2)}
      <fieldset>
        <legend>${this.titre('titre-question', question)}</legend>
        ${aide ? html`<p class="precision">${aide}</p>` : nothing}
        ${this.lecture.bouton([question, aide, ...q.noeud.reponses.map((r) => texteVoix(r.texte, voix))], this.commun)}
        <div class="reponses">
          ${q.noeud.reponses.map(
            (r) => html`<button type="button" class="reponse" part="reponse" aria-current=${deja === r.valeur ? 'true' : nothing}
              @click=${() => this.repondre(q.id, r.valeur)}>${texteVoix(r.texte, voix)}</button>`,
          )}
        </div>
      </fieldset>
      ${this.renderActions()}
    </section>`;
  }

  private renderActions() {
    return html`<div class="actions">
      <button type="button" class="bouton-secondaire" @click=${() => this.retour()}>${this.m.retour}</button>
      <button type="button" class="bouton-lien" @click=${() => this.recommencer()}>${this.m.recommencer}</button>
    </div>`;
  }

  private renderOuQuand(): TemplateResult {
    const m = this.m.ouQuand;
    const o = this.ouQuand;
    const voix = this.voixActive;
    return html`<section class="ou-quand" aria-labelledby="titre-ou-quand">
      ${this.etape(3)}
      ${this.titre('titre-ou-quand', m.titre(voix))}
      <form @submit=${(e: SubmitEvent) => this.valider(e)} novalidate>
        <fieldset>
          <legend>${m.ou}</legend>
          <label for="pres">${m.champ}</label>
          <span class="precision" id="pres-aide">${m.champAide}</span>
          <div class="ligne">
            <input id="pres" name="pres" type="text" autocomplete="postal-code" .value=${o.saisie}
              aria-invalid=${this.message?.erreur ? 'true' : 'false'}
              aria-describedby=${this.message?.erreur ? 'pres-aide pres-erreur' : 'pres-aide'} />
            <button type="button" class="bouton-secondaire" @click=${() => this.localiser()}>${m.localiser}</button>
          </div>
          ${this.message
            ? html`<p id="pres-erreur" class="message ${this.message.erreur ? 'erreur' : ''}" role=${this.message.erreur ? 'alert' : 'status'}>${this.message.texte}</p>`
            : nothing}
          <label for="rayon">${m.distance}</label>
          <select id="rayon" name="rayon">
            ${m.distances.map(([n, t]) => html`<option value=${n} ?selected=${o.rayonKm === n}>${t}</option>`)}
          </select>
        </fieldset>
        <fieldset>
          <legend>${m.quand(voix)}</legend>
          <p class="precision">${m.quandAide}</p>
          <ul class="cases">
            ${m.jours.map(
              (j, i) => html`<li><input type="checkbox" id="jour-${i}" name="jour" value=${i} ?checked=${o.jours.includes(i)} /><label for="jour-${i}">${j}</label></li>`,
            )}
          </ul>
          <label for="moment">${m.moment}</label>
          <select id="moment" name="moment">
            ${Object.entries(m.moments).map(([val, t]) => html`<option value=${val} ?selected=${o.moment === val}>${t}</option>`)}
          </select>
        </fieldset>
        <fieldset>
          <legend>${m.besoins}</legend>
          <ul class="cases">
            ${(Object.keys(m.priseEnCharge) as PriseEnChargeSpecifique[]).map(
              (p, i) => html`<li><input type="checkbox" id="pec-${i}" name="pec" value=${p} ?checked=${o.priseEnCharge.includes(p)} /><label for="pec-${i}">${m.priseEnCharge[p]}</label></li>`,
            )}
            <li><input type="checkbox" id="gratuit" name="gratuit" ?checked=${o.gratuit} /><label for="gratuit">${m.gratuit}</label></li>
          </ul>
        </fieldset>
        <button type="submit" class="bouton-principal">${m.voir}</button>
      </form>
      ${this.renderActions()}
    </section>`;
  }

  private renderResultat(): TemplateResult {
    const r = this.resultat();
    return r ? this.o.renderResultat(this.vue, r) : this.renderOuQuand();
  }

  /** What the result screen and the fiche (resultat.ts, lazy) need from the element. */
  private get vue(): VueResultat {
    return {
      m: this.m,
      ecouter: this.commun,
      voix: this.voixActive,
      code: this.code,
      niveau: this.niveauTitre,
      // undefined in French and until the language has arrived: the result then takes French from its chunk.
      horaires: this.textes('horaires', undefined as unknown as MessagesHoraires) as MessagesHoraires | undefined,
      heure: (h, code) => this.heure(h, code),
      isoler: (s) => this.isoler(s),
      lienCarte: this.lienVersCarte,
      lienAgenda: this.lienAgenda,
      note: this.note,
      qr: this.qr,
      bilingue: this.bilingue,
      arbreFrancais: this.arbreFrancais,
      reponses: this.reponses,
      lecture: this.lecture,
      titre: (id, texte, niveau) => this.titre(id, texte, niveau),
      retour: () => this.retour(),
      recommencer: () => this.recommencer(),
      imprimer: (b) => void this.imprimer(b),
      saisirNote: (t) => {
        this.note = t;
        this.requestUpdate();
      },
    };
  }

  /** Prints the fiche, in the current language alone or side by side with French (until `afterprint`). */
  private async imprimer(bilingue: boolean): Promise<void> {
    this.bilingue = bilingue;
    await this.updateComplete;
    window.print();
  }

  /** The printed fiche d'orientation (resultat.ts and fiche.ts, in the lazy chunk of the result). */
  private renderFiche() {
    const r = this.resultat();
    return r ? this.o.renderFicheResultat(this.vue, r) : nothing;
  }
}

OrientationFlow.define('orientation-flow');

declare global {
  interface HTMLElementTagNameMap {
    'orientation-flow': OrientationFlow;
  }
}
