import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import type { Carte, PointCarte } from '../../carte/carte.js';
import { AnnuaireController } from '../../controllers/annuaire-controller.js';
import { BESOINS, type Besoin } from '../../data/besoins.js';
import type { EtatCarte } from '../../data/etat-url.js';
import type { ComptesFacettes } from '../../data/facettes.js';
import { localiserCommune, rechercher, type Filtres, type Resultat } from '../../data/requetes.js';
import { replier } from '../../data/texte.js';
import type { Annuaire, Lieu } from '../../data/types.js';
import type {
  CarteFiltresChangesDetail,
  CarteImpressionDetail,
  CarteLieuSelectionneDetail,
  CartePartageDetail,
} from '../../events/carte-events.js';
import { carteFr, type MessagesCarte } from '../../i18n/carte.fr.js';
import { choixLangue } from '../../i18n/choix-langue.js';
import { fr, type Messages } from '../../i18n/fr.js';
import { horairesFr, type MessagesHoraires } from '../../i18n/horaires.fr.js';
import { isoler } from '../../i18n/bidi.js';
import { Lecture } from '../../i18n/lecture.js';
import { typologiesFr } from '../../i18n/typologies.fr.js';
import { baseStyles } from '../../styles/base.js';
import { qrPour, type Qr } from '../shared/qr.js';
import { renderEtatAnnuaire } from '../shared/etat-annuaire.js';
import { styles } from './carte-mediation.styles.js';
import type { ContexteFiche } from './fiche.js';
import type { ColonneImpression, ContexteImpression } from './impression.js';
import { filtresActifs, renderTelephone, type FiltresCarte } from './puces.js';
import { horairesLieu, lignesAdresse } from './textes-lieu.js';

type Impression = typeof import('./impression.js');

/** Places drawn per page of the list; « Afficher 20 lieux de plus » adds as many. */
const PAGE = 20;
/** Below this width the element shows either the list or the map, with a switch. */
const LARGEUR_ETROITE = 768;
const RAYONS = [1, 2, 5, 10, 20, 50] as const;
const FOND_PAR_DEFAUT = 'https://data.geopf.fr/annexes/ressources/vectorTiles/styles/PLAN.IGN/standard.json';
const ADRESSE_PAR_DEFAUT = 'https://data.geopf.fr/geocodage/search';

interface Autour {
  latitude: number;
  longitude: number;
  /** What the search matched: « Tourcoing (59200) », an address, or undefined for « votre position ». */
  libelle?: string;
}

/** Per directory: the places sorted by name once, so that queries without distance need no sort. */
const triesParNom = new WeakMap<readonly Lieu[], Lieu[]>();
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const points = new WeakMap<Lieu, PointCarte>();
const attendre = (ms: number) => new Promise<void>((fin) => setTimeout(fin, ms));

const ACCENTS = /[\u0300-\u036f]/g;
/**
 * Places sorted by name, as French readers expect (accents and case aside, « 2 » before « 10 »). Sorting on
 * keys (lower case, accents removed, numbers padded) with a plain comparison is several times faster than
 * Intl.Collator on 20,000 names; the collator only breaks ties between names with the same key.
 */
function trierParNom(lieux: readonly Lieu[]): Lieu[] {
  const cles = lieux.map((l) => {
    let k = l.nom.toLowerCase().normalize('NFD').replace(ACCENTS, '');
    // Ligatures and other letters outside ASCII (« Œuvre ») are spelled out by the full folding.
    if (/[^\u0000-\u007f]/.test(k)) k = replier(l.nom);
    if (/\d/.test(k)) k = k.replace(/\d+/g, (n) => n.padStart(6, '0'));
    return { l, k };
  });
  cles.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : collator.compare(a.l.nom, b.l.nom)));
  return cles.map((c) => c.l);
}

function pointDe(l: Lieu): PointCarte {
  let p = points.get(l);
  if (!p) points.set(l, (p = { id: l.id, longitude: l.longitude!, latitude: l.latitude!, nom: l.nom }));
  return p;
}

/**
 * A map and a list of the places where a person gets help with digital tools, kept in sync: find near me
 * (commune or postal code, offline from the directory; optional address search; « Me localiser »), filters in
 * plain words with counts, a sheet per place (hours, tap-to-call, directions, accessibility), print and share.
 *
 * The list works before the map has loaded, without WebGL and on small screens (« Liste / Carte » switch).
 * MapLibre is loaded only when the map becomes visible. Nothing about the person leaves the browser: the
 * only requests are the directory, the tile style (`fond`) and, when enabled, the address search.
 *
 * @tagname carte-mediation
 * @summary Carte et liste des lieux d’aide au numérique, avec filtres, fiche, impression et partage.
 * @attr {string} lang - Langue des textes : `fr`, `en`, `ar` (de droite à gauche) ou `uk` ; par défaut celle de la page, sinon le français. Une autre langue est chargée à la demande.
 * @attr {string} langues - Langues proposées à la personne en haut de l’élément (`fr en ar uk`) ; vide : pas de choix. Hors du français, la fiche s’imprime aussi en deux colonnes (sa langue et le français).
 * @fires {CustomEvent<CarteLieuSelectionneDetail>} carte-lieu-selectionne - La personne a ouvert la fiche d’un lieu : `detail.lieu` (le lieu, tel que dans l’annuaire), `detail.depuis` (`liste` ou `carte`).
 * @fires {CustomEvent<CarteFiltresChangesDetail>} carte-filtres-changes - Les filtres ou le lieu cherché ont changé (pas au premier affichage) : `detail.filtres` (les choix, territoire non compris), `detail.total` (le nombre de lieux trouvés).
 * @fires {CustomEvent<CarteImpressionDetail>} carte-impression - La personne a demandé à imprimer la liste (`detail.quoi` = `liste`) ou une fiche (`lieu`, avec `detail.lieu`).
 * @fires {CustomEvent<CartePartageDetail>} carte-partage - La personne a copié le lien (`detail.moyen` = `lien`) ou préparé un SMS (`sms`), pour la liste ou un lieu (`detail.lieu`).
 * @csspart recherche - Le formulaire « près de chez moi » (commune, distance, « Me localiser »).
 * @csspart filtres - Le panneau des filtres, quand il est ouvert.
 * @csspart liste - Le panneau de la liste des lieux (ou de la fiche ouverte).
 * @csspart carte - Le cadre de la carte.
 * @csspart fiche - La fiche d’un lieu, à l’écran et sur papier.
 * @csspart etat - Le message de chargement, d’annuaire vide ou d’erreur (avec « Réessayer »).
 * @csspart erreur - Le message d’erreur de chargement (il porte aussi la partie `etat`).
 * @cssproperty [--kit-carte-hauteur=32rem] - Hauteur de la carte (et de la liste à côté, sur grand écran). L’attribut `hauteur` la remplace.
 * @cssproperty [--kit-couleur-texte=var(--text-default-grey, #3a3a3a)] - Texte.
 * @cssproperty [--kit-couleur-titre=var(--text-title-grey, #161616)] - Titres et texte des pastilles de filtres.
 * @cssproperty [--kit-couleur-action=var(--background-action-high-blue-france, #000091)] - Fond des boutons principaux, choix « Liste / Carte » actif, cases cochées, points et groupes de la carte, bord des boutons secondaires.
 * @cssproperty [--kit-couleur-action-texte=var(--text-inverted-blue-france, #f5f5fe)] - Texte sur `--kit-couleur-action` (boutons principaux, nombres des groupes sur la carte).
 * @cssproperty [--kit-couleur-lien=var(--text-action-high-blue-france, #000091)] - Liens et texte des boutons secondaires.
 * @cssproperty [--kit-couleur-bordure=var(--border-default-grey, #ddd)] - Bordures (panneau des filtres, lieux de la liste, carte).
 * @cssproperty [--kit-couleur-fond=var(--background-default-grey, #fff)] - Fond des boutons secondaires et des champs.
 * @cssproperty [--kit-couleur-info=var(--background-contrast-info, #e8edff)] - Fond des pastilles de filtres et des messages « aucun lieu », « carte indisponible ».
 * @cssproperty [--kit-couleur-erreur=var(--text-default-error, #ce0500)] - Messages d’erreur de la recherche.
 * @cssproperty [--kit-couleur-succes=var(--text-default-success, #18753c)] - « Ouvert ».
 * @cssproperty [--kit-couleur-avertissement=var(--text-default-warning, #b34000)] - « Horaires à vérifier » et mises en garde de la fiche.
 * @cssproperty [--kit-couleur-focus=#0a76f6] - Contour de l’élément qui a le focus (points de la carte compris).
 * @cssproperty [--kit-rayon=0.25rem] - Arrondi des boutons, champs et cadres.
 */
export class CarteMediation extends KitElement {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    src: { type: String },
    territoire: { type: String },
    besoin: { type: String },
    centre: { type: String },
    zoom: { type: Number },
    fond: { type: String },
    rechercheAdresse: { attribute: 'recherche-adresse', type: String },
    lienSignalement: { attribute: 'lien-signalement', type: String },
    hauteur: { type: String },
    synchroUrl: { attribute: 'synchro-url', type: Boolean },
    niveauTitre: { attribute: 'niveau-titre', type: Number },
    maintenant: { attribute: false },
    filtres: { state: true },
    autour: { state: true },
    rayonKm: { state: true },
    selection: { state: true },
    vue: { state: true },
    etroit: { state: true },
    filtresOuverts: { state: true },
    limite: { state: true },
    message: { state: true },
    etatCarte: { state: true },
    fondIndisponible: { state: true },
    qr: { state: true },
    copie: { state: true },
    bilingue: { state: true },
  };

  /** Adresse (URL) de l’annuaire, quand l’élément n’est pas dans `<annuaire-inclusion>` (sinon, ignoré). */
  declare src: string;
  /**
   * Le territoire montré : codes INSEE ou codes postaux (5 caractères) et départements (2 ou 3), séparés par des
   * espaces, des virgules ou des points-virgules : `territoire="59599 59200"`, `territoire="59 62"`. Vide : tout
   * l’annuaire.
   */
  declare territoire: string;
  /**
   * Un besoin choisi d’avance (la personne peut le retirer) : `materiel`, `autonomie`, `demarche` ou
   * `accompagnement`.
   */
  declare besoin: string;
  /** Centre de la carte, `latitude,longitude` ; sinon celui du territoire de l’annuaire, sinon tous les lieux. */
  declare centre: string;
  /**
   * Niveau de zoom de départ ; sinon celui du territoire de l’annuaire. Sans aucun centre (`centre` ou celui du
   * territoire), la carte cadre tous les lieux et le zoom suit.
   */
  declare zoom: number | undefined;
  /**
   * Style du fond de carte : l’adresse d’un style MapLibre (JSON) ; par défaut le Plan IGN de la Géoplateforme
   * (gratuit, sans clé) ; `aucun` : un fond uni avec les points, sans aucune requête.
   */
  declare fond: string;
  /**
   * Recherche d’une adresse. Absent : pas de recherche d’adresse, la commune ou le code postal sont trouvés dans
   * l’annuaire, sans requête. Présent et vide : le service de géocodage de la Géoplateforme. Une URL : ce service
   * (même format de réponse). Seul ce qui est tapé est envoyé, et seulement pour une adresse.
   */
  declare rechercheAdresse: string | null;
  /**
   * Où mène « Signaler une erreur » : une adresse e-mail ou l’URL d’un formulaire. Par défaut
   * `territoire.contact_signalement` de l’annuaire ; sans l’un ni l’autre, le lien n’apparaît pas.
   */
  declare lienSignalement: string;
  /** Hauteur de la carte (longueur CSS, par exemple `40rem`) ; remplace `--kit-carte-hauteur`. */
  declare hauteur: string;
  /**
   * Garde les filtres, la recherche et le lieu ouvert dans l’adresse de la page (`?besoin=demarche&pres=…&lieu=…`),
   * pour partager ou recharger une vue filtrée ; les autres paramètres de la page sont laissés tels quels.
   */
  declare synchroUrl: boolean;
  /** Niveau du titre de l’élément (1 à 6) ; les titres de la liste et des fiches suivent. */
  declare niveauTitre: number;
  /** L’instant auquel « ouvert maintenant » se rapporte ; par défaut, maintenant. Pour le poste d’accueil et les tests. */
  declare maintenant: Date | undefined;

  declare private filtres: FiltresCarte;
  declare private autour: Autour | undefined;
  declare private rayonKm: number;
  declare private selection: string | undefined;
  declare private vue: 'liste' | 'carte';
  declare private etroit: boolean;
  declare private filtresOuverts: boolean;
  declare private limite: number;
  declare private message: { texte: string; erreur?: boolean } | undefined;
  declare private etatCarte: 'attente' | 'chargement' | 'prete' | 'sans-webgl' | 'erreur';
  declare private fondIndisponible: boolean;
  declare private qr: { url: string; qr: Qr } | undefined;
  declare private copie: { texte: string; url?: string } | undefined;
  /** Paper in the person's language and French side by side (asked with the bilingual print button). */
  declare private bilingue: boolean;

  private readonly annuaire = new AnnuaireController(this);
  private readonly lecture = new Lecture(this);
  /** The printed page (templates and print styles): a lazy chunk, fetched as the element connects. */
  private impression?: Impression;
  private chargementImpression?: Promise<Impression | undefined>;
  private carte?: Carte;
  /** The language the map's controls and markers were made in (a new language makes a new map). */
  private carteLangue?: string;
  private observateur?: IntersectionObserver;
  private redim?: ResizeObserver;
  private carteDemandee = false;
  private saisie = '';
  private etatUrlLu = false;
  /** URL state reading and writing, loaded only when `synchro-url` is set. */
  private url?: typeof import('../../data/etat-url.js');
  /** The filter panel and its counts, loaded when the panel is first opened. */
  private panneau?: typeof import('./filtres-panneau.js');
  private panneauDemande = false;
  private dernierAnnuaire?: Annuaire;
  private base: Lieu[] = [];
  private presents?: ComptesFacettes;
  private resultats: Resultat[] = [];
  private comptes?: ComptesFacettes;
  /** The query (`cleRequete`) the counts were computed for; another one: counts being recomputed. */
  private cleComptes = '';
  /** The query whose counts are planned (see prevoirComptes). */
  private comptesPrevusPour = '';
  private resultatsAffiches?: Resultat[];
  private cadrerProchain = true;
  private focusApres?: string;
  private cleRequete = '';
  private listeCommunes?: string[];

  constructor() {
    super();
    this.src = '';
    this.territoire = '';
    this.besoin = '';
    this.centre = '';
    this.zoom = undefined;
    this.fond = FOND_PAR_DEFAUT;
    this.rechercheAdresse = null;
    this.lienSignalement = '';
    this.hauteur = '';
    this.synchroUrl = false;
    this.niveauTitre = 2;
    this.maintenant = undefined;
    this.filtres = {};
    this.autour = undefined;
    this.rayonKm = 10;
    this.selection = undefined;
    this.vue = 'liste';
    this.etroit = false;
    this.filtresOuverts = false;
    this.limite = PAGE;
    this.message = undefined;
    this.etatCarte = 'attente';
    this.fondIndisponible = false;
    this.qr = undefined;
    this.copie = undefined;
    this.bilingue = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.chargerImpression();
    // The layout switch waits for the next frame: changing it inside the observer's callback would resize
    // the element again within the same frame (« ResizeObserver loop » error).
    this.redim = new ResizeObserver((entrees) => {
      const largeur = entrees[0]?.contentRect.width ?? 0;
      requestAnimationFrame(() => {
        if (largeur > 0) this.etroit = largeur < LARGEUR_ETROITE;
      });
    });
    this.redim.observe(this);
  }

  /** The sheet and print chunk, asked as the element connects (in parallel with the directory). */
  private chargerImpression(): Promise<Impression | undefined> {
    return (this.chargementImpression ??= import('./impression.js').then(
      (i) => {
        this.impression = i;
        i.adopter(this.renderRoot);
        this.requestUpdate();
        return i;
      },
      () => (this.chargementImpression = undefined),
    ));
  }

  /** A place's sheet is drawn once its chunk is there (`updateComplete` waits for it, as for a language). */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.selection && !this.impression) await this.chargerImpression();
    return super.scheduleUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.redim?.disconnect();
    this.arreterCarte();
  }

  private arreterCarte(): void {
    this.observateur?.disconnect();
    this.observateur = undefined;
    this.carte?.detruire();
    this.carte = undefined;
    this.carteDemandee = false;
    this.etatCarte = 'attente';
  }

  private get m(): MessagesCarte {
    return this.textes('carte', carteFr);
  }

  private get mg(): Messages {
    return this.textes('commun', fr);
  }

  private get mh(): MessagesHoraires {
    return this.textes('horaires', horairesFr);
  }

  /** The standard's values in the current language; French shows them as written (or in carte's plain words). */
  private get std(): Record<string, string> {
    return this.textes('standard', {});
  }

  private get niveau(): number {
    return Math.min(6, Math.max(1, Math.round(this.niveauTitre) || 2));
  }

  /** With `synchro-url`, nothing is shown before the choices in the page address are read. */
  private get attendUrl(): boolean {
    return this.synchroUrl && !this.etatUrlLu;
  }

  private get instant(): Date {
    return this.maintenant ?? new Date();
  }

  /** The filters as the data layer reads them: the person's choices, the integrator's territory, near me. */
  private filtresComplets(): Filtres {
    const f: Filtres = { ...this.filtres };
    if (this.autour) f.autour = { latitude: this.autour.latitude, longitude: this.autour.longitude, rayonKm: this.rayonKm };
    return f;
  }

  private territoireFiltres(): Filtres {
    const codes = this.territoire.split(/[\s,;]+/).filter(Boolean);
    if (!codes.length) return {};
    const cinq = codes.filter((c) => c.length === 5);
    return {
      codesInsee: cinq.map((c) => c.toUpperCase()),
      codesPostaux: cinq,
      departements: codes.filter((c) => c.length <= 3),
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Through the CSSOM, not a `style` attribute in the template: a strict Content-Security-Policy
    // (style-src 'self') blocks style attributes, not `style.setProperty`.
    if (changed.has('hauteur')) {
      if (this.hauteur) this.style.setProperty('--_hauteur', this.hauteur);
      else this.style.removeProperty('--_hauteur');
    }
    // A need set by the page replaces the one it set before (the person's own choices stay).
    if (changed.has('besoin')) {
      const besoins = (this.filtres.besoins ?? []).filter((b) => b !== changed.get('besoin'));
      if (BESOINS.includes(this.besoin as Besoin) && !besoins.includes(this.besoin as Besoin)) besoins.push(this.besoin as Besoin);
      this.filtres = { ...this.filtres, besoins };
    }
    if (this.synchroUrl && !this.url) {
      void import('../../data/etat-url.js').then((u) => {
        this.url = u;
        this.requestUpdate();
      });
    }
    if (this.url && !this.etatUrlLu) {
      this.etatUrlLu = true;
      const e = this.url.lireEtat(new URLSearchParams(location.search));
      this.filtres = { ...this.filtres, ...e.filtres };
      if (e.rayonKm) this.rayonKm = e.rayonKm;
      if (e.pres) this.saisie = e.pres;
      if (e.lieu) this.selection = e.lieu;
    }
    const etat = this.annuaire.etat;
    if (etat.statut !== 'pret' || this.attendUrl) return;
    const annuaire = etat.annuaire;
    if (annuaire !== this.dernierAnnuaire || changed.has('territoire')) {
      const premier = !this.dernierAnnuaire;
      this.dernierAnnuaire = annuaire;
      let tries = triesParNom.get(annuaire.lieux);
      if (!tries) {
        tries = trierParNom(annuaire.lieux);
        triesParNom.set(annuaire.lieux, tries);
      }
      const t = this.territoireFiltres();
      this.base = Object.keys(t).length ? rechercher(tries, t, { tri: 'aucun' }).map((r) => r.lieu) : tries;
      this.presents = undefined;
      this.listeCommunes = undefined;
      this.cadrerProchain = true;
      this.cleRequete = '';
      if (premier && this.saisie && !this.autour) void this.chercher(this.saisie, false);
    }
    const cle = JSON.stringify([this.filtres, this.autour, this.rayonKm, this.base.length, this.maintenant?.getTime()]);
    if (cle !== this.cleRequete) {
      const nouvelle = this.cleRequete !== '';
      this.cleRequete = cle;
      const f = this.filtresComplets();
      const options = { maintenant: this.instant, tri: this.autour ? ('distance' as const) : ('aucun' as const) };
      this.resultats = rechercher(this.base, f, options);
      this.limite = PAGE;
      if (nouvelle) this.emit<CarteFiltresChangesDetail>('carte-filtres-changes', { filtres: f, total: this.resultats.length });
      this.ecrireUrl();
      // The map first: MapLibre's worker tiles the new points while this update goes on (counts, list).
      this.envoyerALaCarte();
    }
    // Counts are only read in the filter panel: computed when it is open (not before the first list). When the
    // panel opens they are computed at once; after a filter change, once the list and the map are drawn (the
    // panel is marked busy meanwhile): the places come first, the numbers beside the filters a moment later.
    if (this.filtresOuverts && !this.panneau && !this.panneauDemande) {
      this.panneauDemande = true;
      void import('./filtres-panneau.js').then(
        (p) => {
          this.panneau = p;
          this.requestUpdate();
        },
        () => {
          this.panneauDemande = false;
          this.filtresOuverts = false;
          this.message = { texte: this.m.filtres.indisponibles, erreur: true };
        },
      );
    }
    if (this.filtresOuverts && this.panneau) {
      this.presents ??= this.panneau.compterFacettes(this.base, {}, { maintenant: this.instant });
      if (!this.comptes) this.compter();
      else if (this.cleComptes !== this.cleRequete) this.prevoirComptes();
    }
    if (changed.has('selection')) this.ecrireUrl();
  }

  private compter(): void {
    if (!this.panneau) return;
    this.comptes = this.panneau.compterFacettes(this.base, this.filtresComplets(), { maintenant: this.instant });
    this.cleComptes = this.cleRequete;
  }

  /** Counts for the current query, in a task of their own once the map has drawn it (at most 500 ms later). */
  private prevoirComptes(): void {
    const cle = this.cleRequete;
    if (this.comptesPrevusPour === cle) return;
    this.comptesPrevusPour = cle;
    const carte = this.carte;
    const dessinee = carte && this.etatCarte === 'prete' ? Promise.race([carte.attendreRepos(), attendre(500)]) : undefined;
    void (dessinee ?? Promise.resolve())
      .then(() => attendre(0))
      .then(() => {
        // A newer query planned its own counts: these would be stale, and early for the newer one's map.
        if (this.cleRequete !== cle || this.cleComptes === cle || !this.isConnected || !this.filtresOuverts) return;
        this.compter();
        this.requestUpdate();
      });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusApres) {
      const cible = this.renderRoot.querySelector<HTMLElement>(this.focusApres);
      this.focusApres = undefined;
      cible?.focus();
    }
    if (this.annuaire.etat.statut !== 'pret' || this.attendUrl) return;
    // Another language: the map's controls, region and markers are named at creation, so a new map is made.
    if (this.carteLangue && this.carteLangue !== this.code && this.carte) this.arreterCarte();
    this.suivreCarte();
    if (this.carte) {
      this.envoyerALaCarte();
      if (changed.has('selection')) this.carte.selectionner(this.selection);
    }
    void this.preparerQr();
  }

  /**
   * Hands the current results to the map, once per query: the results array is replaced only when the query
   * changes, so other updates (a sheet opened, the panel toggled) leave the map's data alone.
   */
  private envoyerALaCarte(): void {
    if (!this.carte || this.resultatsAffiches === this.resultats) return;
    this.resultatsAffiches = this.resultats;
    const pts: PointCarte[] = [];
    for (const r of this.resultats) if (r.lieu.latitude !== undefined) pts.push(pointDe(r.lieu));
    this.carte.afficher(pts, { cadrer: this.cadrerProchain });
    this.cadrerProchain = false;
  }

  /** Starts the map the first time its frame is visible (MapLibre is a lazy chunk: not fetched before). */
  private suivreCarte(): void {
    if (this.carteDemandee || this.observateur) return;
    const cadre = this.renderRoot.querySelector<HTMLElement>('.carte-maplibre');
    if (!cadre) return;
    this.observateur = new IntersectionObserver((entrees) => {
      // Still shown when the callback runs: on a phone, the first layout may show the map for one frame before
      // the element finds it is narrow and shows the list alone (MapLibre would be fetched for nothing).
      if (entrees.some((e) => e.isIntersecting) && cadre.getClientRects().length) {
        this.observateur?.disconnect();
        void this.demarrerCarte(cadre);
      }
    });
    this.observateur.observe(cadre);
  }

  private async demarrerCarte(cadre: HTMLElement): Promise<void> {
    this.carteDemandee = true;
    const langue = (this.carteLangue = this.code);
    const { creerCarte, webglDisponible } = await import('../../carte/carte.js');
    if (!webglDisponible()) {
      this.etatCarte = 'sans-webgl';
      return;
    }
    this.etatCarte = 'chargement';
    const centre = this.centre.split(',').map(Number);
    const territoire = this.dernierAnnuaire?.territoire;
    try {
      const carte = await creerCarte({
        conteneur: cadre,
        fond: this.fond || FOND_PAR_DEFAUT,
        centre:
          centre.length === 2 && centre.every(Number.isFinite)
            ? [centre[1]!, centre[0]!]
            : territoire?.centre
              ? [territoire.centre.longitude, territoire.centre.latitude]
              : undefined,
        zoom: this.zoom ?? territoire?.zoom,
        textes: {
          region: this.m.carte.region,
          groupe: this.m.carte.groupe,
          point: this.m.carte.point,
          locale: langue === 'fr' ? (await import('../../i18n/maplibre.fr.js')).maplibreFr : this.textes('maplibre', {}),
        },
        rtl: this.matches(':dir(rtl)'),
        surSelection: (id) => {
          const l = this.base.find((x) => x.id === id);
          if (l) this.ouvrir(l, 'carte');
        },
        surFondIndisponible: () => (this.fondIndisponible = true),
      });
      if (!this.isConnected || langue !== this.code) {
        carte.detruire();
        return;
      }
      this.carte = carte;
      this.etatCarte = 'prete';
      this.resultatsAffiches = undefined;
      // An explicit centre wins over fitting the view to the places.
      if (this.centre || territoire?.centre) this.cadrerProchain = !!this.autour;
      this.requestUpdate();
      await this.updateComplete;
      carte.selectionner(this.selection);
    } catch (e) {
      console.warn('carte-mediation : la carte n’a pas pu démarrer', e);
      this.etatCarte = 'erreur';
    }
  }

  private ecrireUrl(): void {
    if (!this.url || !this.etatUrlLu) return;
    const params = this.url.ecrireEtat(this.etatCourant(this.selection), new URLSearchParams(location.search));
    const q = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${q ? '?' + q : ''}${location.hash}`);
  }

  /** The person's choices as the page address keeps them (`lieu`: the opened place, if any). */
  private etatCourant(lieu: string | undefined): EtatCarte {
    return {
      filtres: this.filtres,
      pres: this.autour?.libelle ? this.saisie : undefined,
      rayonKm: this.autour ? this.rayonKm : undefined,
      lieu,
    };
  }

  /** The link a person can share or scan: this page, with the current choices when the page keeps them. */
  private lienPage(lieu?: string): string {
    const u = new URL(location.href);
    if (this.url) {
      const propres = new URLSearchParams([...u.searchParams].filter(([k]) => !this.url!.CLES_ETAT.includes(k)));
      u.search = this.url.ecrireEtat(this.etatCourant(lieu), propres).toString();
    }
    return u.href;
  }

  private changerFiltres = (f: FiltresCarte): void => {
    this.filtres = f;
    this.selection = undefined;
  };

  private ouvrir(l: Lieu, depuis: CarteLieuSelectionneDetail['depuis']): void {
    this.selection = l.id;
    this.copie = undefined;
    if (this.etroit) this.vue = 'liste';
    this.focusApres = '#fiche-titre';
    this.emit<CarteLieuSelectionneDetail>('carte-lieu-selectionne', { lieu: l, depuis });
  }

  private fermerFiche(): void {
    const id = this.selection;
    this.selection = undefined;
    this.copie = undefined;
    const i = this.resultats.findIndex((r) => r.lieu.id === id);
    if (i >= this.limite) this.limite = Math.ceil((i + 1) / PAGE) * PAGE;
    this.focusApres = i >= 0 ? `[data-lieu="${i}"]` : '#liste-titre';
  }

  /** Commune or postal code, found in the directory itself; else the address API when the integrator enabled it. */
  private async chercher(saisie: string, annoncer = true): Promise<void> {
    const s = saisie.trim();
    this.saisie = s;
    if (!s) {
      this.autour = undefined;
      this.message = undefined;
      return;
    }
    const trouve = localiserCommune(this.dernierAnnuaire?.lieux ?? this.base, s);
    if (trouve && !(this.rechercheAdresse !== null && /\d+\s*\D/.test(s) && !/^\d{5}$/.test(s))) {
      this.placerAutour({ latitude: trouve.latitude, longitude: trouve.longitude, libelle: `${trouve.commune} (${trouve.codePostal})` });
      return;
    }
    if (this.rechercheAdresse !== null) {
      try {
        const u = new URL(this.rechercheAdresse || ADRESSE_PAR_DEFAUT, location.href);
        u.searchParams.set('q', s);
        u.searchParams.set('limit', '1');
        const r = await fetch(u, { credentials: 'omit', referrerPolicy: 'no-referrer' });
        if (!r.ok) throw new Error(String(r.status));
        const json = (await r.json()) as { features?: { geometry?: { coordinates?: unknown }; properties?: { label?: unknown } }[] };
        const f = json.features?.[0];
        const c = f?.geometry?.coordinates;
        if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' && Math.abs(c[1]) <= 90) {
          this.placerAutour({ latitude: c[1], longitude: c[0], libelle: typeof f?.properties?.label === 'string' ? f.properties.label : s });
          return;
        }
        this.message = { texte: this.m.recherche.adresseIntrouvable(s), erreur: true };
      } catch {
        this.message = { texte: this.m.recherche.adresseErreur, erreur: true };
      }
      return;
    }
    if (annoncer) this.message = { texte: this.m.recherche.introuvable(s), erreur: true };
  }

  private placerAutour(a: Autour): void {
    this.autour = a;
    this.selection = undefined;
    this.cadrerProchain = true;
    this.message = { texte: a.libelle ? this.m.recherche.autour(a.libelle) : this.m.recherche.autourDeVous };
  }

  private localiser(): void {
    if (!navigator.geolocation) {
      this.message = { texte: this.m.recherche.geoIndisponible, erreur: true };
      return;
    }
    this.message = { texte: this.m.recherche.localisation };
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.saisie = '';
        this.placerAutour({ latitude: p.coords.latitude, longitude: p.coords.longitude });
      },
      (e) => {
        this.message = {
          texte: e.code === e.PERMISSION_DENIED ? this.m.recherche.geoRefusee : this.m.recherche.geoIndisponible,
          erreur: true,
        };
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  private effacerRecherche(): void {
    this.saisie = '';
    this.autour = undefined;
    this.message = undefined;
    this.cadrerProchain = true;
    this.focusApres = '#pres';
  }

  private toutEffacer(): void {
    this.filtres = {};
    this.effacerRecherche();
    this.selection = undefined;
  }

  private async preparerQr(): Promise<void> {
    const url = this.lienPage(this.selection);
    if (this.qr?.url === url) return;
    try {
      const qr = await qrPour(url);
      if (this.lienPage(this.selection) === url) this.qr = { url, qr };
    } catch {
      // No QR code on paper; the link is printed in full anyway.
    }
  }

  /** `bilingue`: the person's language and French side by side on paper (until the next print). */
  private async imprimer(lieu?: Lieu, bilingue = false): Promise<void> {
    this.emit<CarteImpressionDetail>('carte-impression', { quoi: lieu ? 'lieu' : 'liste', lieu });
    this.bilingue = bilingue;
    await this.preparerQr();
    await this.chargerImpression();
    await this.updateComplete;
    window.print();
  }

  private async copier(lieu?: Lieu): Promise<void> {
    const url = this.lienPage(lieu?.id);
    this.emit<CartePartageDetail>('carte-partage', { moyen: 'lien', lieu });
    try {
      await navigator.clipboard.writeText(url);
      this.copie = { texte: this.m.fiche.copie };
    } catch {
      // No clipboard (permissions, old browser): show the link so it can be copied by hand.
      this.copie = { texte: this.m.fiche.copieManuelle, url };
    }
  }

  protected override render() {
    const v = this.annuaire.valeur;
    const mg = this.mg;
    const etat = renderEtatAnnuaire(v, mg);
    const langues = choixLangue(this, mg.langue);
    if (etat !== undefined || v.etat.statut !== 'pret' || this.attendUrl) {
      return html`<div class="racine">${langues}<div class="titre-${this.niveau}" role="heading" aria-level=${this.niveau}>${this.m.titre}</div>${etat}</div>`;
    }
    const m = this.m;
    const lieu = this.selection ? this.base.find((l) => l.id === this.selection) : undefined;
    const sansCarte = this.etatCarte === 'sans-webgl' || this.etatCarte === 'erreur';
    const montrerListe = !this.etroit || this.vue === 'liste' || sansCarte;
    const montrerCarte = !sansCarte && (!this.etroit || this.vue === 'carte');
    return html`
      <div class="racine ecran ${this.etroit ? 'etroit' : 'large'} ${sansCarte ? 'sans-carte' : ''}">
        ${langues}
        <div class="titre-${this.niveau}" role="heading" aria-level=${this.niveau}>${m.titre}</div>
        ${this.renderRecherche()}
        ${this.renderBarre()}
        ${this.filtresOuverts && this.panneau && this.comptes && this.presents
          ? html`<section id="filtres" class="filtres" part="filtres" aria-labelledby="filtres-titre"
              aria-busy=${this.cleComptes === this.cleRequete ? 'false' : 'true'}>
              <div id="filtres-titre" class="titre-${Math.min(6, this.niveau + 1)}" role="heading" aria-level=${Math.min(6, this.niveau + 1)}>
                ${m.filtres.titre}
              </div>
              ${this.panneau.renderFiltres({ m, mg, std: this.std, filtres: this.filtres, comptes: this.comptes, presents: this.presents, changer: this.changerFiltres })}
              <button type="button" class="bouton-principal" @click=${() => { this.filtresOuverts = false; this.focusApres = '#bouton-filtres'; }}>
                ${m.filtres.fermer} (${m.resultats.nombre(this.resultats.length)})
              </button>
            </section>`
          : nothing}
        <div class="vues">
          ${montrerListe
            ? html`<div class="panneau" part="liste">${lieu ? this.renderFicheEcran(lieu) : this.renderListe()}</div>`
            : nothing}
          ${sansCarte
            ? html`<p class="sans-carte-message" role="status">${this.etatCarte === 'sans-webgl' ? m.carte.sansWebgl : m.carte.erreur}</p>`
            : html`<div class="carte" part="carte" ?hidden=${!montrerCarte}>
                <div class="carte-maplibre"></div>
                ${this.etatCarte === 'chargement' ? html`<p class="carte-info" role="status">${m.carte.chargement}</p>` : nothing}
                ${this.fondIndisponible ? html`<p class="carte-info" role="status">${m.carte.fondIndisponible}</p>` : nothing}
              </div>`}
        </div>
      </div>
      ${this.impression?.renderImpression(this.contexteImpression(lieu)) ?? nothing}
    `;
  }

  private renderRecherche() {
    const m = this.m;
    const communes = this.communes();
    return html`<form class="recherche" part="recherche" role="search" aria-label=${m.recherche.legende}
      @submit=${(e: Event) => {
        e.preventDefault();
        const champ = this.renderRoot.querySelector<HTMLInputElement>('#pres');
        void this.chercher(champ?.value ?? '');
      }}>
      <div class="champ">
        <label for="pres">${this.rechercheAdresse !== null ? m.recherche.champAdresse : m.recherche.champ}</label>
        <p id="pres-aide" class="aide">${m.recherche.aide}</p>
        <div class="ligne">
          <input id="pres" name="pres" type="search" autocomplete="off" enterkeyhint="search" aria-describedby="pres-aide"
            list=${communes.length ? 'communes' : nothing} .value=${this.saisie} />
          <button type="submit" class="bouton-principal">${m.recherche.chercher}</button>
        </div>
        ${communes.length ? html`<datalist id="communes">${communes.map((c) => html`<option value=${c}></option>`)}</datalist>` : nothing}
      </div>
      <div class="ligne">
        <label class="rayon">${m.recherche.rayon}
          <select @change=${(e: Event) => (this.rayonKm = +(e.target as HTMLSelectElement).value)}>
            ${RAYONS.map((r) => html`<option value=${r} ?selected=${r === this.rayonKm}>${m.recherche.km(r)}</option>`)}
          </select>
        </label>
        <button type="button" class="bouton-secondaire" @click=${() => this.localiser()}>
          ${m.recherche.localiser}
        </button>
      </div>
      <p class="message ${this.message?.erreur ? 'erreur' : ''}" role="status">${this.message?.texte ?? ''}</p>
    </form>`;
  }

  /** Communes offered as suggestions while typing (up to 500; beyond, a list would not help). */
  private communes(): string[] {
    if (this.listeCommunes) return this.listeCommunes;
    const vus = new Map<string, string>();
    for (const l of this.base) {
      const k = replier(l.commune);
      if (!vus.has(k)) vus.set(k, l.commune);
      if (vus.size > 500) return (this.listeCommunes = []);
    }
    return (this.listeCommunes = [...vus.values()].sort(new Intl.Collator(this.intl, { sensitivity: 'base', numeric: true }).compare));
  }

  private renderBarre() {
    const m = this.m;
    const actifs = filtresActifs(this.filtres, m, this.mg, this.std);
    const horsCarte = this.resultats.reduce((n, r) => n + (r.lieu.latitude === undefined ? 1 : 0), 0);
    return html`<div class="barre">
      <div class="ligne">
        <button id="bouton-filtres" type="button" class="bouton-secondaire" aria-expanded=${this.filtresOuverts ? 'true' : 'false'}
          aria-controls="filtres" @click=${() => (this.filtresOuverts = !this.filtresOuverts)}>
          ${actifs.length ? m.filtres.boutonActifs(actifs.length) : m.filtres.bouton}
        </button>
        ${this.etroit && this.etatCarte !== 'sans-webgl' && this.etatCarte !== 'erreur'
          ? html`<div class="bascule" role="group" aria-label=${m.resultats.vue}>
              <button type="button" aria-pressed=${this.vue === 'liste' ? 'true' : 'false'} @click=${() => (this.vue = 'liste')}>${m.resultats.liste}</button>
              <button type="button" aria-pressed=${this.vue === 'carte' ? 'true' : 'false'} @click=${() => (this.vue = 'carte')}>${m.resultats.carte}</button>
            </div>`
          : nothing}
      </div>
      ${actifs.length || this.autour
        ? html`<ul class="puces" aria-label=${m.filtres.actifs}>
            ${this.autour
              ? html`<li><button type="button" class="puce" aria-label=${m.filtres.retirer(`${this.autour.libelle ? isoler(this.autour.libelle) : m.recherche.autourDeVous} · ${m.recherche.km(this.rayonKm)}`)}
                  @click=${() => this.effacerRecherche()}>${this.autour.libelle ? html`<bdi>${this.autour.libelle}</bdi>` : m.recherche.autourDeVous} · ${m.recherche.km(this.rayonKm)} <span aria-hidden="true">✕</span></button></li>`
              : nothing}
            ${actifs.map(
              (a, i) => html`<li><button type="button" class="puce" data-puce=${i} aria-label=${m.filtres.retirer(a.nom)}
                @click=${() => {
                  this.changerFiltres(a.sans);
                  this.focusApres = actifs.length > 1 ? `[data-puce="${Math.min(i, actifs.length - 2)}"]` : '#bouton-filtres';
                }}>${a.nom} <span aria-hidden="true">✕</span></button></li>`,
            )}
            <li><button type="button" class="puce effacer" @click=${() => { this.toutEffacer(); this.focusApres = '#bouton-filtres'; }}>${m.filtres.toutEffacer}</button></li>
          </ul>`
        : nothing}
      <p class="compte" role="status" aria-live="polite">
        <strong>${m.resultats.nombre(this.resultats.length)}</strong>${horsCarte && this.etatCarte !== 'sans-webgl' ? html`\u0020· ${m.resultats.horsCarte(horsCarte)}` : nothing}
      </p>
    </div>`;
  }

  private renderListe() {
    const m = this.m;
    const mh = this.mh;
    const niveau = Math.min(6, this.niveau + 1);
    const montres = this.resultats.slice(0, this.limite);
    const reste = this.resultats.length - montres.length;
    return html`
      <div class="entete-liste">
        <div id="liste-titre" class="titre-${niveau}" role="heading" aria-level=${niveau} tabindex="-1">${m.resultats.listeTitre}</div>
        <div class="actions-liste">
          <button type="button" class="lien-bouton" @click=${() => this.imprimer()}>${m.partage.imprimerListe}</button>
          ${this.code !== 'fr' ? html`<button type="button" class="lien-bouton" @click=${() => this.imprimer(undefined, true)}>${m.impression.bilingue}</button>` : nothing}
          <button type="button" class="lien-bouton" @click=${() => this.copier()}>${m.partage.copierLien}</button>
        </div>
        ${this.copie && !this.selection ? this.renderCopie() : nothing}
      </div>
      ${this.resultats.length === 0
        ? html`<div class="vide" role="status"><p><strong>${m.resultats.aucun}</strong></p><p>${m.resultats.aucunConseil}</p></div>`
        : html`<ol class="lieux">
            ${montres.map((r, i) => {
              const l = r.lieu;
              const h = horairesLieu(l, this.instant, mh);
              const [a1, a2] = lignesAdresse(l);
              return html`<li class="lieu">
                <div role="heading" aria-level=${Math.min(6, niveau + 1)} class="nom">
                  <button type="button" class="lien-bouton" data-lieu=${i} @click=${() => this.ouvrir(l, 'liste')}><bdi>${l.nom}</bdi></button>
                </div>
                <p class="adresse"><bdi>${a1}, ${a2}</bdi>${r.distanceKm !== undefined ? html`\u0020· <strong>${m.resultats.distance(r.distanceKm)}</strong>` : nothing}</p>
                <p class="etat ${h.etat ? (h.ouvert ? 'ouvert' : 'ferme') : 'a-verifier-etat'}">${h.etat ?? m.fiche.aVerifier}</p>
                ${renderTelephone(l.telephone, m)}
              </li>`;
            })}
          </ol>
          ${reste > 0
            ? html`<button type="button" class="bouton-secondaire plus" @click=${() => {
                this.focusApres = `[data-lieu="${this.limite}"]`;
                this.limite += PAGE;
              }}>${m.resultats.plus(Math.min(PAGE, reste))}</button>
              <p class="aide">${m.resultats.affiches(montres.length, this.resultats.length)}</p>`
            : nothing}`}
    `;
  }

  private contexteFiche(impression: boolean, lieu: Lieu): ContexteFiche {
    return {
      m: this.m,
      mh: this.mh,
      mt: this.textes('typologies', typologiesFr),
      std: this.std,
      maintenant: this.instant,
      niveau: impression ? 2 : Math.min(6, this.niveau + 1),
      impression,
      distanceKm: this.resultats.find((r) => r.lieu === lieu)?.distanceKm,
    };
  }

  private renderCopie() {
    const c = this.copie!;
    return html`<p class="copie" role="status">${c.texte}
      ${c.url ? html`<input class="lien-copie" readonly aria-label=${this.m.fiche.copieManuelle} .value=${c.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />` : nothing}</p>`;
  }

  /** The sheet on screen (from the lazy chunk: until it arrives, a moment with nothing). */
  private renderFicheEcran(l: Lieu) {
    const i = this.impression;
    if (!i) return nothing;
    const c = this.contexteFiche(false, l);
    c.ecouter = this.lecture.bouton(i.textesALire(l, c), this.mg);
    return i.renderFicheEcran(l, c, {
      bilingue: this.code !== 'fr',
      page: this.lienPage(l.id),
      signalement: this.lienSignalement || this.dernierAnnuaire?.territoire?.contact_signalement,
      copie: this.copie ? this.renderCopie() : nothing,
      imprimer: (b) => void this.imprimer(l, b),
      sms: () => this.emit<CartePartageDetail>('carte-partage', { moyen: 'sms', lieu: l }),
      copier: () => void this.copier(l),
      fermer: () => this.fermerFiche(),
    });
  }

  /** What the print chunk needs: the page in the current language, and in French beside it when asked. */
  private contexteImpression(lieu: Lieu | undefined): ContexteImpression {
    const url = this.lienPage(lieu?.id);
    const colonne = (francais: boolean): ColonneImpression => {
      const c = this.contexteFiche(true, lieu ?? ({} as Lieu));
      if (francais) Object.assign(c, { m: carteFr, mh: horairesFr, mt: typologiesFr, std: {} });
      return {
        code: francais ? 'fr' : this.code,
        fiche: c,
        date: new Intl.DateTimeFormat(francais ? 'fr-FR' : this.intl, { dateStyle: 'long' }).format(this.instant),
        criteres: [
          ...(this.autour ? [this.autour.libelle ?? c.m.recherche.autourDeVous] : []),
          ...filtresActifs(this.filtres, c.m, francais ? fr : this.mg, c.std).map((a) => a.nom),
        ],
      };
    };
    return {
      lieu,
      url,
      qr: this.qr?.url === url ? this.qr.qr : undefined,
      resultats: this.resultats,
      colonnes: this.bilingue && this.code !== 'fr' ? [colonne(false), colonne(true)] : [colonne(false)],
    };
  }
}

CarteMediation.define('carte-mediation');

declare global {
  interface HTMLElementTagNameMap {
    'carte-mediation': CarteMediation;
  }
}
