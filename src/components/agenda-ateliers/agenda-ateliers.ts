import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import { lienSur } from '../../base/liens.js';
import type { Carte } from '../../carte/carte.js';
import { AnnuaireController } from '../../controllers/annuaire-controller.js';
import { DiagnosticController } from '../../controllers/diagnostic-controller.js';
import { libelleJour, parJour, pourNiveau, seancesAgenda } from '../../data/agenda.js';
import { ajouterJours } from '../../data/ateliers.js';
import type { ResultatDiagnostic } from '../../data/diagnostic.js';
import { lienTelephone, telephoneLisible } from '../../data/telephone.js';
import type { Atelier, Lieu, Rejet } from '../../data/types.js';
import type {
  AgendaExportDetail,
  AgendaInscriptionDetail,
  AgendaSeanceOuverteDetail,
  VueOrigine,
} from '../../events/agenda-events.js';
import { agendaFr, type VueAgenda } from '../../i18n/agenda.fr.js';
import { choixLangue } from '../../i18n/choix-langue.js';
import { fr } from '../../i18n/fr.js';
import { baseStyles } from '../../styles/base.js';
import { renderEtatAnnuaire } from '../shared/etat-annuaire.js';
import { aujourdhuiDans } from '../shared/dates.js';
import { styles } from './agenda-ateliers.styles.js';
import {
  cleSeance,
  FILTRES_VIDES,
  FOND_PAR_DEFAUT,
  heure,
  idSeance,
  IMPRESSION_MAX,
  km,
  PAR_PAGE,
  type Calcul,
  type FiltresUi,
  type Seance,
} from './commun.js';

type Vues = typeof import('./vues.js');

/**
 * The shared agenda of workshops: by day, by week or on the map, searched by keywords and filtered, matched to the
 * person's level, with calendar files and a poster to print.
 *
 * Reads the `ateliers` of the directory (from `<annuaire-inclusion>` or `src`, plus an optional separate feed in
 * the same format, `flux`), expands their recurrences over a window (`semaines`, 4 by default, from `du` or today
 * in the territory's time zone) and shows each session with its date and time in the person's language (French, English, Arabic, Ukrainian), its place, level, format,
 * price, seats or « Complet » / « Annulé » / « Reporté », how to register, and « Ajouter à mon agenda ». Given a
 * diagnosis result (property, context of `<annuaire-inclusion>`, or the page's `diag-termine` event), workshops
 * above the person's level never come first and each card says why it fits. Nothing leaves the browser: the
 * map tiles (`fond`, only in the map view; `aucun` turns them off) are the only request besides the files.
 *
 * @tagname agenda-ateliers
 * @summary L’agenda partagé des ateliers : par jour, par semaine ou sur la carte, avec recherche, filtres, niveau de la personne, fichiers .ics et affiche à imprimer.
 * @attr {string} lang - Langue des textes (`fr`, `en`, `ar`, `uk`) ; par défaut celle de la page, sinon le français. En arabe, l’agenda se lit de droite à gauche.
 * @attr {string} langues - Langues proposées à la personne, en haut de l’agenda (`fr en ar uk`) ; vide : pas de choix.
 *
 * @fires {CustomEvent<AgendaSeanceOuverteDetail>} agenda-seance-ouverte - La personne a ouvert le détail d’une séance : `detail.seance`, `detail.depuis` (`liste`, `semaine` ou `carte`).
 * @fires {CustomEvent<AgendaInscriptionDetail>} agenda-inscription - La personne a suivi un moyen de s’inscrire : `detail.moyen` (`lien`, `telephone` ou `courriel`), `detail.seance`.
 * @fires {CustomEvent<AgendaExportDetail>} agenda-export - Un fichier .ics a été préparé (`detail.quoi` = `ics-seance` pour une séance, `ics` pour l’agenda filtré), ou une affiche (`affiche`, avec `pour` et `format`) ou la liste (`liste`) imprimée ; `detail.seances` est le nombre de séances.
 *
 * @csspart seance - Chaque carte de séance.
 * @csspart filtres - Le panneau des filtres, quand il est ouvert.
 * @csspart semaine - La vue « Semaine ».
 * @csspart carte - Le cadre de la carte (vue « Carte »).
 * @csspart affiche - L’affiche imprimée.
 * @csspart etat - Le message de chargement, d’annuaire vide ou d’erreur (avec « Réessayer »).
 * @csspart erreur - Le message d’erreur de chargement (il porte aussi la partie `etat`).
 *
 * @cssproperty [--kit-agenda-carte-hauteur=28rem] - Hauteur de la carte (au plus 70 % de la hauteur de la fenêtre).
 * @cssproperty [--kit-couleur-texte=var(--text-default-grey, #3a3a3a)] - Texte et bord des champs.
 * @cssproperty [--kit-couleur-titre=var(--text-title-grey, #161616)] - Titres (jours, séances).
 * @cssproperty [--kit-couleur-action=var(--background-action-high-blue-france, #000091)] - Boutons principaux, vue choisie, cases cochées, filet des cartes de séance, jour d’aujourd’hui, points de la carte, bord des boutons secondaires.
 * @cssproperty [--kit-couleur-action-texte=var(--text-inverted-blue-france, #f5f5fe)] - Texte sur `--kit-couleur-action` (boutons principaux, vue choisie, nombres des groupes sur la carte).
 * @cssproperty [--kit-couleur-lien=var(--text-action-high-blue-france, #000091)] - Liens et texte des boutons secondaires.
 * @cssproperty [--kit-couleur-bordure=var(--border-default-grey, #ddd)] - Bord des cartes de séance, des jours de la semaine et des cadres.
 * @cssproperty [--kit-couleur-fond=var(--background-default-grey, #fff)] - Fond des champs et des boutons secondaires.
 * @cssproperty [--kit-couleur-fond-contraste=var(--background-contrast-grey, #eee)] - Repères des séances (niveau, format, prix), jours hors de la période.
 * @cssproperty [--kit-couleur-info=var(--background-contrast-info, #e8edff)] - Case « Adapté à mon niveau », messages, séance ouverte dans la semaine.
 * @cssproperty [--kit-couleur-erreur=var(--text-default-error, #ce0500)] - « Annulé », « Reporté » et messages d’erreur.
 * @cssproperty [--kit-couleur-erreur-fond=var(--background-contrast-error, #ffe9e9)] - Fond des messages d’erreur.
 * @cssproperty [--kit-couleur-succes=var(--text-default-success, #18753c)] - Places restantes, ateliers à la portée de la personne.
 * @cssproperty [--kit-couleur-avertissement=var(--text-default-warning, #b34000)] - « Complet », ateliers qui demandent plus d’aisance.
 * @cssproperty [--kit-couleur-focus=#0a76f6] - Contour de l’élément qui a le focus (points de la carte compris).
 * @cssproperty [--kit-rayon=0.25rem] - Arrondi des boutons, champs, cartes et cadres.
 */
export class AgendaAteliers extends KitElement {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    src: { type: String },
    flux: { type: String },
    niveauTitre: { type: Number, attribute: 'niveau-titre' },
    du: { type: String },
    semaines: { type: Number },
    vue: { type: String },
    fond: { type: String },
    sansCarte: { type: Boolean, attribute: 'sans-carte' },
    diagnostic: { attribute: false },
    vueActive: { state: true },
    filtres: { state: true },
    filtresOuverts: { state: true },
    niveauDesactive: { state: true },
    limite: { state: true },
    semaineIndex: { state: true },
    ouvertes: { state: true },
    seanceSemaine: { state: true },
    lieuChoisi: { state: true },
    affiche: { state: true },
    impression: { state: true },
    message: { state: true },
    etatCarte: { state: true },
    fondIndisponible: { state: true },
    fluxEtat: { state: true },
  };

  /** Adresse (URL) de l’annuaire, quand l’élément n’est pas dans `<annuaire-inclusion>` (sinon, ignoré). */
  declare src: string;
  /**
   * Adresse (URL) d’un fichier d’ateliers en plus, au format de l’annuaire ; il peut ne contenir que des `ateliers`
   * qui nomment les lieux de l’annuaire.
   */
  declare flux: string;
  /** Niveau du titre de l’élément (1 à 6) ; les jours et les séances suivent (niveau + 1, + 2). */
  declare niveauTitre: number;
  /** Premier jour affiché (`AAAA-MM-JJ`) ; par défaut aujourd’hui, dans le fuseau horaire du territoire. */
  declare du: string;
  /** Nombre de semaines affichées (1 à 52). */
  declare semaines: number;
  /** Vue de départ : `liste`, `semaine` ou `carte`. */
  declare vue: VueAgenda;
  /**
   * Style du fond de carte, demandé seulement dans la vue « Carte » : l’adresse d’un style MapLibre (JSON) ; par
   * défaut le Plan IGN de la Géoplateforme ; `aucun` : un fond uni avec les points, sans aucune requête.
   */
  declare fond: string;
  /** Pas de vue « Carte » du tout (même avec `vue="carte"`) : MapLibre n’est jamais chargé. */
  declare sansCarte: boolean;
  /**
   * Un résultat de `<diag-autonomie>` (`detail.resultat` de `diag-termine`) : les ateliers à son niveau passent
   * d’abord. Sans elle, le résultat donné par `<annuaire-inclusion>` ou le dernier `diag-termine` de la page.
   */
  declare diagnostic: ResultatDiagnostic | undefined;

  declare vueActive: VueAgenda | undefined;
  declare filtres: FiltresUi;
  declare filtresOuverts: boolean;
  declare niveauDesactive: boolean;
  declare limite: number;
  /** Week shown in the week view (0: the window's first); undefined: the week of the first session. */
  declare semaineIndex: number | undefined;
  declare ouvertes: ReadonlySet<string>;
  declare seanceSemaine: string | undefined;
  declare lieuChoisi: string | undefined;
  declare affiche: { pour: string; format: 'A4' | 'A3' } | undefined;
  declare impression: { quoi: 'affiche' | 'liste'; format: 'A4' | 'A3'; pour?: string } | undefined;
  declare message: { texte: string; erreur?: boolean } | undefined;
  declare etatCarte: 'attente' | 'chargement' | 'prete' | 'sans-webgl' | 'erreur';
  declare fondIndisponible: boolean;
  declare fluxEtat: { statut: 'chargement' | 'erreur' } | { statut: 'pret'; ateliers: Atelier[]; rejets: Rejet[] } | undefined;

  private readonly annuaire = new AnnuaireController(this);
  /** A new diagnosis on the page turns level matching back on. */
  private readonly diagnostics = new DiagnosticController(this, () => (this.niveauDesactive = false));
  focusApres?: string;
  carte?: Carte;
  carteDemandee = false;
  carteVisible = false;
  pointsAffiches?: unknown;
  urlsIcs: string[] = [];
  feuillePage?: CSSStyleSheet;
  calculCache?: { cle: unknown[]; valeur: Calcul };
  lieuxCache?: { lieux: readonly Lieu[]; map: Map<string, Lieu> };
  fluxDemande = '';
  /** flux.ts, once a feed was asked for (it also says when the feed failed). */
  private moduleFlux?: typeof import('./flux.js');
  fluxPour?: unknown;

  constructor() {
    super();
    this.src = '';
    this.flux = '';
    this.niveauTitre = 2;
    this.du = '';
    this.semaines = 4;
    this.vue = 'liste';
    this.fond = FOND_PAR_DEFAUT;
    this.sansCarte = false;
    this.diagnostic = undefined;
    this.vueActive = undefined;
    this.filtres = FILTRES_VIDES;
    this.filtresOuverts = false;
    this.niveauDesactive = false;
    this.limite = PAR_PAGE;
    this.semaineIndex = undefined;
    this.ouvertes = new Set();
    this.seanceSemaine = undefined;
    this.lieuChoisi = undefined;
    this.affiche = undefined;
    this.impression = undefined;
    this.message = undefined;
    this.etatCarte = 'attente';
    this.fondIndisponible = false;
    this.fluxEtat = undefined;
  }

  get m() {
    return this.textes('agenda', agendaFr);
  }

  /** The element's `commun` table (states of the directory, « Écouter », the language choice). */
  get mc() {
    return this.textes('commun', fr);
  }

  /** « Aujourd’hui », « Demain » and the day names, in the element's language. */
  get jours() {
    return { ...this.m.jours, intl: this.intl };
  }

  /** `Intl` tag of the element's language, for the views loaded on demand. */
  get tag(): string {
    return this.intl;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.carte?.detruire();
    this.carte = undefined;
    this.carteDemandee = false;
    this.etatCarte = 'attente';
    for (const u of this.urlsIcs) URL.revokeObjectURL(u);
    this.urlsIcs = [];
  }

  /** The diagnosis known here: property, context, or the last `diag-termine` of the page. */
  get diag(): ResultatDiagnostic | undefined {
    return this.diagnostic ?? this.diagnostics.resultat;
  }

  get niveauActif(): boolean {
    return !!this.diag && !this.niveauDesactive;
  }

  get vueCourante(): VueAgenda {
    const v = this.vueActive ?? this.vue;
    if (v === 'carte' && this.sansCarte) return 'liste';
    return v === 'semaine' || v === 'carte' ? v : 'liste';
  }

  // -------------------------------------------------------------------------------------------------------------
  // Data

  get pret() {
    const e = this.annuaire.etat;
    return e.statut === 'pret' ? e : undefined;
  }

  get lieux(): Map<string, Lieu> {
    const l = this.pret?.annuaire.lieux ?? [];
    if (this.lieuxCache?.lieux !== l) this.lieuxCache = { lieux: l, map: new Map(l.map((x) => [x.id, x])) };
    return this.lieuxCache.map;
  }

  get ateliers(): Atelier[] {
    const a = this.pret?.annuaire.ateliers ?? [];
    return this.fluxEtat?.statut === 'pret' ? [...a, ...this.fluxEtat.ateliers] : a;
  }

  get fuseau(): string {
    return this.pret?.annuaire.territoire?.fuseau_horaire ?? 'Europe/Paris';
  }

  get aujourdhui(): string {
    return aujourdhuiDans(this.fuseau);
  }

  get debutFenetre(): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(this.du) ? this.du : this.aujourdhui;
  }

  get finFenetre(): string {
    const n = Number.isFinite(this.semaines) && this.semaines > 0 ? Math.min(52, Math.round(this.semaines)) : 4;
    return ajouterJours(this.debutFenetre, n * 7 - 1);
  }

  /** The sessions to show, computed once per change of data, window, filters or level. */
  get calcul(): Calcul {
    const cle = [this.pret, this.fluxEtat, this.filtres, this.du, this.semaines, this.niveauActif && this.diag?.niveau, this.aujourdhui];
    if (this.calculCache && cle.every((v, i) => v === this.calculCache!.cle[i])) return this.calculCache.valeur;
    // Only the search field is there before the filter panel (vues.ts) is loaded: no other filter can be set.
    const { filtres, du, au, erreurCommune } = this.vues
      ? this.vues.filtresAgenda(this, this.filtres)
      : { filtres: { texte: this.filtres.texte }, du: this.debutFenetre, au: this.finFenetre, erreurCommune: undefined };
    let seances: Seance[] = erreurCommune ? [] : seancesAgenda(this.ateliers, this.lieux, du, au, filtres);
    if (this.niveauActif) seances = pourNiveau(seances, this.diag!.niveau);
    const valeur: Calcul = { seances, du, au, ...(erreurCommune ? { erreurCommune } : {}) };
    this.calculCache = { cle, valeur };
    return valeur;
  }

  get rejetsAteliers(): Rejet[] {
    const r = (this.pret?.rapport.rejets ?? []).filter((x) => x.type === 'atelier');
    return this.fluxEtat?.statut === 'pret' ? [...r, ...this.fluxEtat.rejets] : r;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The separate feed names the directory's places: read once the directory is there.
    const pret = this.pret;
    if (this.flux && pret && (this.flux !== this.fluxDemande || this.fluxPour !== pret)) void this.lireFlux(pret);
    if (!this.flux && this.fluxEtat) this.fluxEtat = undefined;
    if (changed.has('vue')) this.vueActive = undefined;
  }

  /** The separate feed, read by a small module loaded only when `flux` is set. */
  lireFlux(pret: NonNullable<AgendaAteliers['pret']>, cache: RequestCache = 'default'): Promise<void> {
    this.fluxDemande = this.flux;
    this.fluxPour = pret;
    return import('./flux.js').then(
      (f) => {
        this.moduleFlux = f;
        return f.lireFlux(this, pret, cache);
      },
      () => void (this.fluxEtat = { statut: 'erreur' }),
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const cible = this.focusApres ? this.renderRoot.querySelector<HTMLElement>(this.focusApres) : null;
    if (cible) {
      this.focusApres = undefined;
      cible.focus();
    }
    if (this.vueCourante === 'carte' && this.vues && this.calcul.seances.length) void this.vues.mettreAJourCarte(this);
    else this.carteVisible = false;
    if (changed.has('impression') && this.impression) void this.chargerVues().then((v) => v.imprimer(this), () => {});
  }

  // -------------------------------------------------------------------------------------------------------------
  // Filters

  changerFiltres(f: Partial<FiltresUi>): void {
    this.filtres = { ...this.filtres, ...f };
    this.limite = PAR_PAGE;
    this.semaineIndex = undefined;
    this.seanceSemaine = undefined;
    this.lieuChoisi = undefined;
    this.message = undefined;
  }

  get nombreFiltres(): number {
    const f = this.filtres;
    return (
      (f.periode !== 'tout' ? 1 : 0) +
      (f.theme ? 1 : 0) +
      f.niveaux.length +
      f.formats.length +
      f.publics.length +
      f.frais.length +
      (f.commune.trim() || f.position ? 1 : 0) +
      (f.placesDisponibles ? 1 : 0)
    );
  }

  // -------------------------------------------------------------------------------------------------------------
  // Actions on a session

  ouvrir(s: Seance, depuis: VueOrigine): void {
    const cle = cleSeance(s);
    const ouvertes = new Set(this.ouvertes);
    if (ouvertes.has(cle)) ouvertes.delete(cle);
    else {
      // The themes' names come with the views loaded on demand.
      this.chargerVues().catch(() => {});
      ouvertes.add(cle);
      this.emit<AgendaSeanceOuverteDetail>('agenda-seance-ouverte', { seance: s, depuis });
    }
    this.ouvertes = ouvertes;
  }

  ouvrirDansSemaine(s: Seance): void {
    this.seanceSemaine = cleSeance(s);
    this.focusApres = `#titre-${idSeance(s)}`;
    this.emit<AgendaSeanceOuverteDetail>('agenda-seance-ouverte', { seance: s, depuis: 'semaine' });
  }

  /**
   * Puts a calendar file behind the link just clicked, and the browser downloads it (nothing is requested). The
   * file is written by the views loaded on demand; the first time, they are loaded and the link clicked again.
   */
  preparerIcs(e: Event, seances: readonly Seance[], quoi: 'ics-seance' | 'ics'): void {
    const a = e.currentTarget as HTMLAnchorElement;
    if (!this.vues) {
      e.preventDefault();
      this.chargerVues().then(() => a.click(), () => {});
      return;
    }
    this.vues.preparerIcs(this, a, seances, quoi);
  }

  /** `agenda-export` (the views loaded on demand call it too). */
  exporter(detail: AgendaExportDetail): void {
    this.emit<AgendaExportDetail>('agenda-export', detail);
  }

  inscription(s: Seance, moyen: AgendaInscriptionDetail['moyen']): void {
    this.emit<AgendaInscriptionDetail>('agenda-inscription', { seance: s, moyen });
  }

  // -------------------------------------------------------------------------------------------------------------
  // Poster and print

  imprimerListe(): void {
    this.impression = { quoi: 'liste', format: 'A4' };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Map (lazy: MapLibre is only fetched when the map view is chosen)

  // -------------------------------------------------------------------------------------------------------------
  // Rendering

  titre(decalage: number, id: string | undefined, contenu: unknown, classe = '') {
    const niveau = Math.min(6, Math.max(1, this.niveauTitre + decalage));
    return html`<div class="titre ${classe}" role="heading" aria-level=${niveau} id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>
      ${contenu}
    </div>`;
  }

  /** The views loaded on demand (vues.ts): filters, week, map, poster, calendar files. */
  vues?: Vues;
  private vuesEnCours?: Promise<Vues>;

  chargerVues(): Promise<Vues> {
    this.vuesEnCours ??= import('./vues.js').then(
      (v) => {
        this.vues = v;
        // Their styles join the element's (constructable sheets: no inline style, fine under a strict CSP).
        const racine = this.renderRoot as ShadowRoot;
        const feuille = v.stylesVues.styleSheet;
        if (feuille && !racine.adoptedStyleSheets.includes(feuille)) racine.adoptedStyleSheets = [...racine.adoptedStyleSheets, feuille];
        this.requestUpdate();
        return v;
      },
      (e: unknown) => {
        // A lost connection: say so, and try again at the next click.
        this.vuesEnCours = undefined;
        this.message = { texte: this.mc.etat.erreurReseau, erreur: true };
        throw e;
      },
    );
    return this.vuesEnCours;
  }

  /** Renders with the views when they are there; else starts loading them and says so meanwhile. */
  private avecVues(rendu: (v: Vues) => TemplateResult): TemplateResult {
    if (this.vues) return rendu(this.vues);
    this.chargerVues().catch(() => {});
    return html`<p class="info" role="status">${this.m.chargement}</p>`;
  }

  override render(): TemplateResult {
    const m = this.m;
    const etat = renderEtatAnnuaire(this.annuaire.valeur, this.mc);
    const impression = this.impression;
    return html`<div class="racine ${impression ? `imprime-${impression.quoi}` : ''}">
      <div class="ecran">
        ${choixLangue(this, this.mc.langue)}
        ${this.titre(0, 'titre', m.titre, 'titre-principal')}
        <p class="intro">${m.intro}</p>
        ${etat ?? this.renderAgenda()}
      </div>
      ${impression?.quoi === 'affiche' && this.vues ? this.vues.renderAffiche(this, impression.pour!, impression.format) : nothing}
    </div>`;
  }

  renderAgenda(): TemplateResult {
    const m = this.m;
    const { seances, erreurCommune } = this.calcul;
    const vue = this.vueCourante;
    const sansAtelier = this.ateliers.length === 0;
    return html`
      ${this.renderRejets()}
      ${this.fluxEtat?.statut === 'erreur' && this.moduleFlux ? this.moduleFlux.renderErreur(this) : nothing}
      ${sansAtelier
        ? html`<p class="etat" role="status">${m.aucunAtelier}</p>`
        : html`
            ${this.renderControles()}
            <p class="compte" role="status" aria-live="polite">${m.compte(seances.length)}</p>
            ${erreurCommune && this.vues ? html`<p class="alerte" role="alert">${this.vues.vuesDe(this).filtres.introuvable(erreurCommune)}</p>` : nothing}
            ${this.message ? html`<p class=${this.message.erreur ? 'alerte' : 'info'} role=${this.message.erreur ? 'alert' : 'status'}>${this.message.texte}</p>` : nothing}
            ${this.affiche ? this.avecVues((v) => v.renderFormAffiche(this)) : nothing}
            ${this.vues && (this.carteDemandee || vue === 'carte')
              ? this.vues.renderCadreCarte(this, vue === 'carte' && seances.length > 0)
              : nothing}
            ${seances.length === 0
              ? html`<div class="vide">
                  <p>${m.aucun}</p>
                  <p>${m.aucunConseil}</p>
                  ${this.nombreFiltres || this.filtres.texte
                    ? html`<button type="button" class="bouton-secondaire" @click=${() => {
                        this.changerFiltres({ ...FILTRES_VIDES });
                        // The button goes away with the empty state: the search field (now empty) takes the focus.
                        this.focusApres = '#texte';
                      }}>${m.filtres.effacer}</button>`
                    : nothing}
                </div>`
              : vue === 'semaine'
                ? this.avecVues((v) => v.renderSemaine(this, seances))
                : vue === 'carte'
                  ? this.avecVues((v) => v.renderCarte(this, seances))
                  : this.renderListe(seances)}
            ${seances.length ? this.renderExports(seances) : nothing}
          `}
    `;
  }

  renderRejets() {
    const rejets = this.rejetsAteliers;
    if (!rejets.length) return nothing;
    // The reasons are written by the views loaded on demand, when the person opens the details.
    return html`<details class="rejets" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && this.chargerVues().catch(() => {})}>
      <summary>${this.m.rejets(rejets.length)} ${this.m.rejetsDetail}</summary>
      ${this.vues ? this.vues.renderRaisons(this, rejets) : nothing}
    </details>`;
  }

  renderControles(): TemplateResult {
    const m = this.m;
    const f = this.filtres;
    const n = this.nombreFiltres;
    const vue = this.vueCourante;
    const vues: VueAgenda[] = this.sansCarte ? ['liste', 'semaine'] : ['liste', 'semaine', 'carte'];
    return html`<div class="controles">
      <form class="recherche" role="search" @submit=${(e: Event) => e.preventDefault()}>
        <label for="texte">${m.recherche.libelle}</label>
        <p class="aide" id="texte-aide">${m.recherche.aide}</p>
        <input
          id="texte"
          type="search"
          autocomplete="off"
          aria-describedby="texte-aide"
          .value=${f.texte}
          @input=${(e: Event) => this.changerFiltres({ texte: (e.target as HTMLInputElement).value })}
        />
      </form>
      ${this.diag
        ? html`<div class="niveau">
            <input
              id="niveau"
              type="checkbox"
              .checked=${this.niveauActif}
              aria-describedby="niveau-aide"
              @change=${(e: Event) => {
                this.niveauDesactive = !(e.target as HTMLInputElement).checked;
                this.limite = PAR_PAGE;
              }}
            />
            <label for="niveau">${m.niveau.case(m.niveau.noms[this.diag.niveau])}</label>
            <p class="aide" id="niveau-aide">${m.niveau.aide}</p>
          </div>`
        : nothing}
      <div class="barre">
        <button
          type="button"
          id="bouton-filtres"
          class="bouton-secondaire"
          aria-expanded=${this.filtresOuverts ? 'true' : 'false'}
          aria-controls="filtres"
          @click=${() => (this.filtresOuverts = !this.filtresOuverts)}
        >
          ${n ? m.filtres.actifs(n) : m.filtres.ouvrir}
        </button>
        <div class="vues" role="group" aria-label=${m.vues.legende}>
          ${vues.map(
            (v) => html`<button
              type="button"
              aria-pressed=${vue === v ? 'true' : 'false'}
              @click=${() => {
                this.vueActive = v;
                this.seanceSemaine = undefined;
              }}
            >
              ${m.vues[v]}
            </button>`,
          )}
        </div>
      </div>
      ${this.filtresOuverts ? this.avecVues((v) => v.renderFiltres(this, f)) : nothing}
    </div>`;
  }

  /** List by day; with a diagnosis, in three parts: at the level first, then easier, then harder. */
  renderListe(seances: readonly Seance[]): TemplateResult {
    const m = this.m;
    // On paper, the whole selection (up to IMPRESSION_MAX sessions); on screen, page by page.
    const visibles = seances.slice(0, this.impression?.quoi === 'liste' ? IMPRESSION_MAX : this.limite);
    const aujourdhui = this.aujourdhui;
    const demain = ajouterJours(aujourdhui, 1);
    const jours = (liste: readonly Seance[], decalage: number) =>
      parJour(liste, aujourdhui, demain, this.jours).map(
        (j) => html`<section class="jour" aria-labelledby="jour-${decalage}-${j.date}">
          ${this.titre(decalage, `jour-${decalage}-${j.date}`, j.libelle, 'titre-jour')}
          <ul class="seances">
            ${j.seances.map((s) => html`<li>${this.renderSeance(s as Seance, decalage + 1, 'liste')}</li>`)}
          </ul>
        </section>`,
      );
    let contenu: unknown;
    if (this.niveauActif) {
      const groupes: [keyof typeof m.niveau.sections, Seance[]][] = [
        ['adaptes', visibles.filter((s) => s.adequation === 'a-votre-niveau' || s.adequation === 'ouvert-a-tous')],
        ['faciles', visibles.filter((s) => s.adequation === 'plus-facile')],
        ['avances', visibles.filter((s) => s.adequation === 'plus-avance')],
      ];
      contenu = groupes
        .filter(([, l]) => l.length)
        .map(
          ([g, l]) => html`<section class="groupe-niveau" aria-labelledby="groupe-${g}">
            ${this.titre(1, `groupe-${g}`, m.niveau.sections[g], 'titre-groupe')} ${jours(l, 2)}
          </section>`,
        );
    } else contenu = jours(visibles, 1);
    const reste = seances.length - visibles.length;
    return html`<div class="liste">
      ${contenu}
      ${reste > 0
        ? html`<button
            type="button"
            class="bouton-secondaire plus"
            @click=${() => {
              const premiere = seances[this.limite];
              this.limite += PAR_PAGE;
              if (premiere) this.focusApres = `#titre-${idSeance(premiere)}`;
            }}
          >
            ${m.plus(Math.min(PAR_PAGE, reste), reste)}
          </button>`
        : nothing}
    </div>`;
  }

  marqueStatut(s: Seance): string {
    if (s.statut !== 'programme') return this.m.seance.statuts[s.statut];
    return s.places_restantes === 0 ? this.m.seance.statuts.complet : '';
  }

  /** One session card: everything a person needs to decide and register. */
  renderSeance(s: Seance, decalage: number, depuis: VueOrigine, detailOuvert = false): TemplateResult {
    const m = this.m.seance;
    const a = s.atelier;
    const l = s.lieu;
    const id = idSeance(s);
    const cle = cleSeance(s);
    const ouvert = detailOuvert || this.ouvertes.has(cle);
    const aujourdhui = this.aujourdhui;
    const jour = libelleJour(s.date, aujourdhui, ajouterJours(aujourdhui, 1), this.jours);
    const tag = this.intl;
    const md = this.m.details;
    const statut = this.marqueStatut(s);
    const inactive = s.statut === 'annule' || s.statut === 'reporte';
    const ins = a.inscription;
    const lien = lienSur(ins?.lien);
    const visio = a.modalite !== 'sur_place' ? lienSur(a.lien_visio) : undefined;
    const frais = a.frais.map((f) => (f === 'payant' && a.tarif ? m.tarif(a.tarif) : m.frais[f]));
    return html`<article class="seance statut-${s.statut} ${inactive ? 'inactive' : ''}" part="seance" aria-labelledby="titre-${id}">
      ${this.titre(decalage, `titre-${id}`, html`${statut ? html`<span class="marque-statut">${statut}<span class="visuellement-cache"> : </span></span>` : nothing}${a.titre}`, 'titre-seance')}
      <p class="quand">${m.quand(jour, heure(s.debut, tag), heure(s.fin, tag))}</p>
      ${s.statut === 'annule' ? html`<p class="statut-aide">${m.annuleAide}</p>` : nothing}
      ${s.statut === 'reporte' ? html`<p class="statut-aide">${m.reporteAide}</p>` : nothing}
      <p class="ou">
        ${l
          ? html`<strong><bdi>${l.nom}</bdi></strong><br /><bdi>${l.adresse}${l.complement_adresse ? `, ${l.complement_adresse}` : ''}, ${l.code_postal}
              ${l.commune}</bdi>${s.distanceKm !== undefined ? html`\u0020· ${m.distance(km(s.distanceKm, tag))}` : nothing}`
          : m.enLigne}
      </p>
      <ul class="reperes">
        <li>${a.niveau ? m.niveaux[a.niveau] : m.tousNiveaux}</li>
        <li>${m.formats[a.format]}</li>
        <li>${m.modalites[a.modalite]}</li>
        ${frais.map((f) => html`<li>${f}</li>`)}
        ${s.statut === 'programme' && s.places_restantes !== undefined ? html`<li class="places">${m.places(s.places_restantes)}</li>` : nothing}
      </ul>
      ${s.adequation ? html`<p class="adequation adequation-${s.adequation}">${this.m.niveau.adequation[s.adequation]}</p>` : nothing}
      ${!inactive && ins
        ? html`<div class="inscription">
            ${ins.obligatoire ? html`<p><strong>${m.inscriptionObligatoire}</strong></p>` : nothing}
            ${ins.consignes ? html`<p>${ins.consignes}</p>` : nothing}
            <p class="liens">
              ${lien
                ? html`<a href=${lien} rel="noopener noreferrer" target="_blank" @click=${() => this.inscription(s, 'lien')}>${m.inscriptionLien}</a>`
                : nothing}
              ${ins.telephone
                ? html`<a href=${lienTelephone(ins.telephone)} @click=${() => this.inscription(s, 'telephone')}>${m.appeler(telephoneLisible(ins.telephone))}</a>`
                : nothing}
              ${ins.courriel
                ? html`<a href="mailto:${ins.courriel}" @click=${() => this.inscription(s, 'courriel')}>${m.ecrire(ins.courriel)}</a>`
                : nothing}
            </p>
          </div>`
        : nothing}
      ${!inactive && visio ? html`<p><a href=${visio} rel="noopener noreferrer" target="_blank">${m.visio}</a></p>` : nothing}
      ${ouvert
        ? html`<div class="details" id="details-${id}">
            ${a.description ? html`<p>${a.description}</p>` : nothing}
            ${a.animateur ? html`<p>${md.animateur(a.animateur)}</p>` : nothing}
            ${a.serie ? html`<p>${md.serie(a.serie.titre, a.serie.nombre_seances)}</p>` : nothing}
            ${a.thematiques.length && this.vues ? html`<p>${a.thematiques.map((t) => this.vues!.libelleTheme(this, t)).join(' · ')}</p>` : nothing}
            ${a.publics?.length ? html`<p>${md.publics(a.publics.map((p) => this.textes('standard', {})[p] ?? p).join(', '))}</p>` : nothing}
          </div>`
        : nothing}
      <div class="actions-seance">
        ${detailOuvert
          ? nothing
          : html`<button
              type="button"
              class="bouton-secondaire"
              aria-expanded=${ouvert ? 'true' : 'false'}
              aria-controls="details-${id}"
              aria-label=${m.detailsNom(a.titre)}
              @click=${() => this.ouvrir(s, depuis)}
            >
              ${m.details}
            </button>`}
        ${inactive
          ? nothing
          : html`<a
              class="bouton-secondaire"
              href="#"
              aria-label=${m.icsNom(a.titre)}
              @click=${(e: Event) => this.preparerIcs(e, [s], 'ics-seance')}
              >${m.ics}</a
            >`}
      </div>
    </article>`;
  }

  renderExports(seances: readonly Seance[]): TemplateResult {
    const m = this.m.export;
    return html`<div class="exports">
      <p class="aide" id="ics-aide">${m.icsAide}</p>
      <div class="actions">
        <a
          class="bouton-secondaire"
          href="#"
          aria-describedby="ics-aide"
          @click=${(e: Event) => this.preparerIcs(e, seances, 'ics')}
          >${m.ics(seances.length)}</a
        >
        <button
          type="button"
          id="bouton-affiche"
          class="bouton-secondaire"
          @click=${() => this.chargerVues().then((v) => v.ouvrirAffiche(this), () => {})} aria-expanded=${this.affiche ? 'true' : 'false'}>
          ${m.affiche}
        </button>
        <button type="button" class="bouton-secondaire" @click=${() => this.imprimerListe()}>${m.imprimerListe}</button>
      </div>
    </div>`;
  }
}

AgendaAteliers.define('agenda-ateliers');

declare global {
  interface HTMLElementTagNameMap {
    'agenda-ateliers': AgendaAteliers;
  }
}
