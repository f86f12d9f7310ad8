// The map itself, on MapLibre GL. The only module that imports 'maplibre-gl'; it is itself only reached through
// `import()` from ./carte.ts, so MapLibre stays a lazy chunk (with its worker beside it, see
// scripts/rollup-maplibre.mjs).
//
// What a person sees: the places as circles (clusters when they are close, with their count), over a base map or
// a plain background. Every cluster and place in view is also a real <button> (a MapLibre HTML marker over the
// circle drawn on the canvas): reachable with the keyboard, named in words, big enough to hit. The circles are
// drawn by the canvas too, so they stay right during zoom animations and `queryRenderedFeatures` sees them.
//
// Clustering happens here, in the page, with Supercluster, for the current zoom level and the area around the view
// only: MapLibre gets a plain GeoJSON source of the clusters and places near the view. Handing it every point of
// the directory as a clustered source made its worker re-cluster every zoom level after each filter change
// (~340 ms at 20,000 places); one level here costs ~15 ms, and MapLibre then tiles a few hundred features.
import Supercluster, { type AnyProps, type ClusterFeature, type PointFeature } from 'supercluster';
import {
  AttributionControl,
  Map as MapLibre,
  Marker,
  NavigationControl,
  type ErrorEvent,
  type GeoJSONSource,
  type LngLatBounds,
  type StyleSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Point as PointGeo } from 'geojson';
import cssMaplibre from 'maplibre-gl/dist/maplibre-gl.css';
import type { Carte, OptionsCarte, PointCarte } from './carte.js';

const SOURCE = 'lieux';
const SOURCE_SELECTION = 'lieu-selectionne';
const COUCHES = { groupes: 'lieux-groupes', points: 'lieux-points', selection: 'lieu-selectionne' } as const;
const ZOOM_MAX = 18;
const ZOOM_CADRAGE_MAX = 15;
const GROUPES_ZOOM_MAX = 14;
const GROUPES_RAYON = 50;
/** At most this many marker buttons at once (clusters first): the DOM stays small whatever the data. */
const MARQUEURS_MAX = 250;
/** Plain background (no style, no tiles, no glyphs: no request at all). */
const FOND_UNI = '#eef2f5';

interface Proprietes {
  id: string;
  nom: string;
}
type Point = Feature<PointGeo, Proprietes>;
type Collection = FeatureCollection<PointGeo, Proprietes>;
/** What the map draws: a cluster (Supercluster's properties: cluster, cluster_id, point_count) or a place. */
type Dessine = ClusterFeature<AnyProps> | PointFeature<Proprietes>;
/** [ouest, sud, est, nord], in degrees. */
type Zone = [number, number, number, number];

const estGroupe = (f: Dessine): f is ClusterFeature<AnyProps> => (f.properties as AnyProps).cluster === true;
const coordonnees = (f: Dessine) => f.geometry.coordinates as [number, number];

/** The view grown by its own size on every side: panning within it needs no new clusters. */
function autour(b: LngLatBounds): Zone {
  const l = b.getEast() - b.getWest();
  const h = b.getNorth() - b.getSouth();
  return [
    Math.max(-180, b.getWest() - l),
    Math.max(-90, b.getSouth() - h),
    Math.min(180, b.getEast() + l),
    Math.min(90, b.getNorth() + h),
  ];
}

/** Does zone `z` hold the whole view `b`? (A view wider than the world is never held: recompute, it is cheap.) */
const contient = (z: Zone, b: LngLatBounds) =>
  b.getWest() >= z[0] && b.getSouth() >= z[1] && b.getEast() <= z[2] && b.getNorth() <= z[3];

// ---------------------------------------------------------------------------------------------------------------
// Styles: MapLibre's own CSS (imported as text at build time) and the markers', adopted once per shadow root.

const CSS_MARQUEURS = `
.carte-groupe, .carte-lieu {
  box-sizing: border-box; margin: 0; padding: 0; border: 0; min-width: 0; min-height: 0;
  font: inherit; cursor: pointer; border-radius: 50%; display: grid; place-items: center;
  -webkit-tap-highlight-color: transparent;
}
.carte-groupe {
  width: 44px; height: 44px;
  background: var(--_action, #000091); color: var(--_action-texte, #fff);
  border: 2px solid #fff; box-shadow: 0 1px 3px rgb(0 0 0 / 0.4);
  font-size: 14px; font-weight: 700; line-height: 1; font-variant-numeric: tabular-nums;
}
.carte-groupe.moyen { width: 52px; height: 52px; }
.carte-groupe.grand { width: 60px; height: 60px; font-size: 13px; }
.carte-lieu { width: 28px; height: 28px; background: transparent; }
.carte-lieu::before {
  content: ''; box-sizing: content-box; width: 14px; height: 14px; border-radius: 50%;
  background: var(--_action, #000091); border: 2px solid #fff; box-shadow: 0 1px 3px rgb(0 0 0 / 0.4);
}
.carte-lieu.selectionne { width: 32px; height: 32px; z-index: 1; }
.carte-lieu.selectionne::before { width: 20px; height: 20px; border-width: 3px; background: var(--_selection, #e1000f); }
.carte-groupe:focus-visible, .carte-lieu:focus-visible { outline: 2px solid var(--_focus, #0a76f6); outline-offset: 2px; z-index: 2; }
@media (forced-colors: active) {
  .carte-groupe { forced-color-adjust: none; background: ButtonFace; color: ButtonText; border-color: ButtonText; }
  .carte-lieu::before { forced-color-adjust: none; background: ButtonText; border-color: ButtonFace; }
  .carte-lieu.selectionne::before { background: Highlight; }
}
`;

let feuille: CSSStyleSheet | undefined;

/** MapLibre's CSS does not cross a shadow boundary: adopt it (and the markers' CSS) into the conteneur's root, once. */
function adopterStyles(conteneur: HTMLElement): void {
  const racine = conteneur.getRootNode();
  if (!(racine instanceof ShadowRoot) && !(racine instanceof Document)) return;
  if (!feuille) {
    feuille = new CSSStyleSheet();
    feuille.replaceSync(cssMaplibre + CSS_MARQUEURS);
  }
  if (!racine.adoptedStyleSheets.includes(feuille)) racine.adoptedStyleSheets = [...racine.adoptedStyleSheets, feuille];
}

/** A CSS colour of the host (custom property), normalised by the canvas 2D parser; `defaut` when absent or invalid. */
function couleur(el: HTMLElement, propriete: string, defaut: string): string {
  const valeur = getComputedStyle(el).getPropertyValue(propriete).trim();
  if (!valeur) return defaut;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return defaut;
  ctx.fillStyle = defaut;
  ctx.fillStyle = valeur;
  return ctx.fillStyle;
}

// ---------------------------------------------------------------------------------------------------------------
// Data: one GeoJSON feature per point object, built once (20,000 points: `afficher` only walks an array).

const features = new WeakMap<PointCarte, Point>();

function feature(p: PointCarte): Point {
  let f = features.get(p);
  const [lon, lat] = f?.geometry.coordinates ?? [];
  if (!f || lon !== p.longitude || lat !== p.latitude || f.properties.id !== p.id || f.properties.nom !== p.nom) {
    f = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.longitude, p.latitude] },
      properties: { id: p.id, nom: p.nom },
    };
    features.set(p, f);
  }
  return f;
}

const valide = (p: PointCarte) =>
  Number.isFinite(p.longitude) && Number.isFinite(p.latitude) && Math.abs(p.longitude) <= 180 && Math.abs(p.latitude) <= 90;

const collection = (fs: Point[]): Collection => ({ type: 'FeatureCollection', features: fs });

function styleUni(): StyleSpecification {
  return { version: 8, sources: {}, layers: [{ id: 'fond', type: 'background', paint: { 'background-color': FOND_UNI } }] };
}

// ---------------------------------------------------------------------------------------------------------------

interface Marqueur {
  marker: Marker;
  bouton: HTMLButtonElement;
  /** Cluster: its id and count; place: its id. */
  groupe?: { id: number; nombre: number };
  lieu?: { id: string; nom: string };
  lngLat: [number, number];
}

class CarteMaplibre implements Carte {
  readonly instance: MapLibre;
  private readonly options: OptionsCarte;
  private donnees: Point[] = [];
  /** The points shown (with valid coordinates). No map by id: building one for 20,000 points costs more than
   * the rare linear search of a selection. */
  private points: PointCarte[] = [];
  /** The clusters of `donnees` at one zoom level (none above GROUPES_ZOOM_MAX: every place is drawn alone). */
  private index: { niveau: number; version: number; groupes?: Supercluster<Proprietes, AnyProps> } | undefined;
  /** Bumped by every `afficher`: the index of an older version is rebuilt. */
  private version = 0;
  /** What the source holds now: the clusters and places of `zone`. */
  private dessines: Dessine[] = [];
  private zone: Zone | undefined;
  /** The canvas circles of the clusters and places are hidden while MapLibre re-tiles new ones. */
  private cerclesCaches = false;
  private selection: string | undefined;
  private choisi: PointCarte | undefined;
  private readonly marqueurs = new Map<string, Marqueur>();
  private fondTombe = false;
  private styleCharge = false;
  private detruite = false;
  private image = 0;
  private readonly couleurs: { action: string; selection: string };

  constructor(options: OptionsCarte) {
    this.options = options;
    const { conteneur, fond, textes } = options;
    adopterStyles(conteneur);
    this.couleurs = {
      action: couleur(conteneur, '--_action', '#000091'),
      selection: couleur(conteneur, '--_selection', '#e1000f'),
    };
    const map = new MapLibre({
      container: conteneur,
      style: fond === 'aucun' ? styleUni() : fond,
      center: options.centre ?? [2.35, 46.6],
      zoom: options.zoom ?? 5,
      maxZoom: ZOOM_MAX,
      locale: { ...textes.locale, 'Map.Title': textes.region },
      attributionControl: false,
      cooperativeGestures: true,
      // No cross-fade of tiles after a filter: the new points show as soon as they are ready.
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    this.instance = map;
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    const cote = options.rtl ? 'left' : 'right';
    map.addControl(new NavigationControl({ showCompass: false }), `top-${cote}`);
    map.addControl(new AttributionControl({ compact: false }), `bottom-${cote}`);

    map.on('style.load', () => {
      this.styleCharge = true;
      this.installer();
    });
    map.on('error', (e: ErrorEvent & { sourceId?: string }) => {
      // Before the style is there: the style itself failed. After: a tile of the base map failed (a 404 tile is
      // not an error for MapLibre, an empty tile). Our own GeoJSON sources never fetch anything.
      const fond = !this.styleCharge || (e.sourceId !== undefined && e.sourceId !== SOURCE && e.sourceId !== SOURCE_SELECTION);
      if (fond && !this.fondTombe) this.tomberSurFondUni();
      else if (!fond) console.warn('carte :', e.error?.message ?? e.error);
    });
    map.on('move', () => this.planifier());
    map.on('moveend', () => this.regrouper());
    map.on('resize', () => this.regrouper());
  }

  /** The base map failed: go on with the plain background, keeping the points, and say so once. */
  private tomberSurFondUni(): void {
    this.fondTombe = true;
    this.styleCharge = false;
    this.instance.setStyle(styleUni(), { diff: false });
    this.options.surFondIndisponible();
  }

  /** Adds our sources and layers to the style just loaded (initial style or the plain fallback). */
  private installer(): void {
    const map = this.instance;
    if (map.getSource(SOURCE)) return;
    map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, maxzoom: ZOOM_MAX });
    map.addSource(SOURCE_SELECTION, { type: 'geojson', data: this.donneesSelection(), maxzoom: ZOOM_MAX });
    this.cerclesCaches = false;
    const contour = { 'circle-stroke-color': '#ffffff', 'circle-pitch-alignment': 'map' } as const;
    // Hidden and shown at once (see cacherCercles), not faded over the style's default 300 ms.
    const immediat = { duration: 0, delay: 0 };
    const opacite = { 'circle-opacity-transition': immediat, 'circle-stroke-opacity-transition': immediat } as const;
    map.addLayer({
      id: COUCHES.groupes,
      type: 'circle',
      source: SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        ...contour,
        ...opacite,
        'circle-color': this.couleurs.action,
        'circle-radius': ['step', ['get', 'point_count'], 22, 100, 26, 1000, 30],
        'circle-stroke-width': 2,
      },
    });
    map.addLayer({
      id: COUCHES.points,
      type: 'circle',
      source: SOURCE,
      filter: ['!', ['has', 'point_count']],
      paint: { ...contour, ...opacite, 'circle-color': this.couleurs.action, 'circle-radius': 7, 'circle-stroke-width': 2 },
    });
    map.addLayer({
      id: COUCHES.selection,
      type: 'circle',
      source: SOURCE_SELECTION,
      paint: { ...contour, 'circle-color': this.couleurs.selection, 'circle-radius': 10, 'circle-stroke-width': 3 },
    });
    this.regrouper(true);
  }

  /**
   * Gives the source the clusters and places around the view, at the current zoom level. Clusters are only
   * recomputed when the data or the level changed; panning within the zone already drawn costs nothing (unless
   * `redessiner`: the source is new), and panning out of it only asks the index for another area.
   */
  private regrouper(redessiner = false): void {
    const source = this.source();
    if (this.detruite || !source) return;
    const map = this.instance;
    const vue = map.getBounds();
    const niveau = Math.min(Math.floor(map.getZoom()), GROUPES_ZOOM_MAX + 1);
    const nouveauNiveau = this.index?.niveau !== niveau || this.index.version !== this.version;
    if (!nouveauNiveau && !redessiner && this.zone && contient(this.zone, vue)) return;
    if (nouveauNiveau) {
      this.index = { niveau, version: this.version };
      if (niveau <= GROUPES_ZOOM_MAX && this.donnees.length > 1) {
        // One level only (minZoom = maxZoom): the cost of the whole index at every level is what we avoid.
        this.index.groupes = new Supercluster<Proprietes, AnyProps>({
          radius: GROUPES_RAYON,
          minZoom: niveau,
          maxZoom: niveau,
        }).load(this.donnees);
      }
    }
    const zone = autour(vue);
    const [o, s, e, n] = zone;
    this.dessines = this.index?.groupes
      ? this.index.groupes.getClusters(zone, niveau)
      : this.donnees.filter(({ geometry: { coordinates: [x, y] } }) => x! >= o && x! <= e && y! >= s && y! <= n);
    this.zone = zone;
    // New clusters (new data or zoom level): the buttons show them in this very frame, while MapLibre re-tiles
    // them in its worker for the canvas. Until the canvas has them, its circles (the old clusters) are hidden, so
    // that no stale circle shows between the new buttons.
    if (nouveauNiveau) this.cacherCercles(true);
    source.setData({ type: 'FeatureCollection', features: this.dessines });
    if (nouveauNiveau) map.once('idle', () => this.cacherCercles(false));
    this.majMarqueurs();
  }

  private cacherCercles(cacher: boolean): void {
    if (this.cerclesCaches === cacher || !this.source()) return;
    this.cerclesCaches = cacher;
    for (const couche of [COUCHES.groupes, COUCHES.points]) {
      this.instance.setPaintProperty(couche, 'circle-opacity', cacher ? 0 : 1);
      this.instance.setPaintProperty(couche, 'circle-stroke-opacity', cacher ? 0 : 1);
    }
  }

  private source(id = SOURCE): GeoJSONSource | undefined {
    return this.styleCharge ? this.instance.getSource<GeoJSONSource>(id) : undefined;
  }

  private donneesSelection(): Collection {
    return collection(this.choisi ? [feature(this.choisi)] : []);
  }

  afficher(points: readonly PointCarte[], options: { cadrer?: boolean } = {}): void {
    if (this.detruite) return;
    const fs: Point[] = [];
    const valides: PointCarte[] = [];
    let ouest = Infinity, sud = Infinity, est = -Infinity, nord = -Infinity;
    for (const p of points) {
      if (!valide(p)) continue;
      fs.push(feature(p));
      valides.push(p);
      if (p.longitude < ouest) ouest = p.longitude;
      if (p.longitude > est) est = p.longitude;
      if (p.latitude < sud) sud = p.latitude;
      if (p.latitude > nord) nord = p.latitude;
    }
    this.donnees = fs;
    this.version++;
    this.points = valides;
    const avant = this.choisi;
    this.choisi = this.selection === undefined ? undefined : valides.find((p) => p.id === this.selection);
    if (!this.choisi) this.selection = undefined;
    // Only when it changed: each setData re-tiles the source in the worker, and the map is idle only after.
    if (this.choisi !== avant) this.source(SOURCE_SELECTION)?.setData(this.donneesSelection());
    if (options.cadrer && fs.length > 0) {
      const map = this.instance;
      if (fs.length === 1 || (ouest === est && sud === nord)) {
        map.jumpTo({ center: [ouest, sud], zoom: ZOOM_CADRAGE_MAX });
      } else {
        const { clientWidth: l, clientHeight: h } = map.getContainer();
        const marge = Math.max(0, Math.min(48, Math.floor(l / 4), Math.floor(h / 4)));
        map.fitBounds([ouest, sud, est, nord], { padding: marge, maxZoom: ZOOM_CADRAGE_MAX, animate: false });
      }
    }
    this.regrouper();
  }

  selectionner(id: string | undefined): void {
    if (this.detruite) return;
    const p = id === undefined ? undefined : this.points.find((x) => x.id === id);
    this.selection = p?.id;
    this.choisi = p;
    this.source(SOURCE_SELECTION)?.setData(this.donneesSelection());
    if (p && !this.instance.getBounds().contains([p.longitude, p.latitude])) {
      this.instance.easeTo({ center: [p.longitude, p.latitude] });
    }
    this.majMarqueurs();
  }

  centrer(longitude: number, latitude: number, zoom?: number): void {
    if (this.detruite) return;
    this.instance.easeTo({ center: [longitude, latitude], ...(zoom === undefined ? {} : { zoom }) });
  }

  redimensionner(): void {
    if (!this.detruite) this.instance.resize();
  }

  async attendreRepos(): Promise<void> {
    if (this.detruite) return;
    await new Promise<void>((fin) => {
      const map = this.instance;
      const finir = () => {
        map.off('idle', finir);
        map.off('remove', finir);
        fin();
      };
      map.on('idle', finir);
      map.on('remove', finir);
      map.triggerRepaint();
    });
    this.majMarqueurs();
  }

  detruire(): void {
    if (this.detruite) return;
    this.detruite = true;
    cancelAnimationFrame(this.image);
    for (const m of this.marqueurs.values()) m.marker.remove();
    this.marqueurs.clear();
    this.instance.remove();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Marker buttons: one per cluster or place in view, reused by key, at most MARQUEURS_MAX.

  private planifier(): void {
    if (this.image || this.detruite) return;
    this.image = requestAnimationFrame(() => {
      this.image = 0;
      this.majMarqueurs();
    });
  }

  private majMarqueurs(): void {
    const map = this.instance;
    if (this.detruite || !this.source()) return;
    const limites = map.getBounds();
    const groupes: ClusterFeature<AnyProps>[] = [];
    const lieux: PointFeature<Proprietes>[] = [];
    for (const f of this.dessines) {
      if (!limites.contains(coordonnees(f))) continue;
      if (estGroupe(f)) groupes.push(f);
      else lieux.push(f);
    }
    const gardes = new Set<string>();
    for (const f of groupes.slice(0, MARQUEURS_MAX)) {
      gardes.add(this.marqueurGroupe(f.properties.cluster_id, f.properties.point_count, coordonnees(f)));
    }
    for (const f of lieux.slice(0, Math.max(0, MARQUEURS_MAX - groupes.length))) {
      gardes.add(this.marqueurLieu(f.properties.id, f.properties.nom, coordonnees(f)));
    }
    // The selected place keeps its button (drawn larger) even when it sits inside a cluster.
    const choisi = this.choisi;
    if (choisi && limites.contains([choisi.longitude, choisi.latitude])) {
      gardes.add(this.marqueurLieu(choisi.id, choisi.nom, [choisi.longitude, choisi.latitude]));
    }
    // Remove the others; if one of them had the keyboard focus, give it to the nearest button left.
    let focusPerdu: [number, number] | undefined;
    for (const [cle, m] of this.marqueurs) {
      if (gardes.has(cle)) continue;
      if (m.bouton.matches(':focus')) focusPerdu = m.lngLat;
      m.marker.remove();
      this.marqueurs.delete(cle);
    }
    if (focusPerdu) this.rendreFocus(focusPerdu);
  }

  private rendreFocus(lngLat: [number, number]): void {
    const map = this.instance;
    const ici = map.project(lngLat);
    let proche: Marqueur | undefined;
    let distance = Infinity;
    for (const m of this.marqueurs.values()) {
      const d = map.project(m.lngLat).dist(ici);
      if (d < distance) [proche, distance] = [m, d];
    }
    (proche?.bouton ?? map.getCanvas()).focus({ preventScroll: true });
  }

  private nouveauMarqueur(cle: string, lngLat: [number, number], surActivation: (m: Marqueur) => void): Marqueur {
    const bouton = document.createElement('button');
    bouton.type = 'button';
    const m: Marqueur = { bouton, lngLat, marker: new Marker({ element: bouton, anchor: 'center' }) };
    bouton.addEventListener('click', (e) => {
      e.stopPropagation();
      surActivation(m);
    });
    m.marker.setLngLat(lngLat).addTo(this.instance);
    this.marqueurs.set(cle, m);
    return m;
  }

  private placer(m: Marqueur, lngLat: [number, number]): void {
    if (m.lngLat[0] !== lngLat[0] || m.lngLat[1] !== lngLat[1]) {
      m.lngLat = lngLat;
      m.marker.setLngLat(lngLat);
    }
  }

  private marqueurGroupe(id: number, nombre: number, lngLat: [number, number]): string {
    const cle = `g${id}`;
    const m = this.marqueurs.get(cle) ?? this.nouveauMarqueur(cle, lngLat, (x) => this.deplier(x));
    this.placer(m, lngLat);
    // Cluster ids are reused by MapLibre after a setData: always refresh the count.
    const ancien = m.groupe?.nombre;
    m.groupe = { id, nombre };
    if (ancien !== nombre) {
      // classList, not className: Marker put its own class (maplibregl-marker, which positions it) on the button.
      m.bouton.classList.add('carte-groupe');
      m.bouton.classList.toggle('moyen', nombre >= 100 && nombre < 1000);
      m.bouton.classList.toggle('grand', nombre >= 1000);
      m.bouton.setAttribute('aria-label', this.options.textes.groupe(nombre));
      m.bouton.dataset.nombre = String(nombre);
      m.bouton.textContent = nombre.toLocaleString('fr-FR');
    }
    return cle;
  }

  private marqueurLieu(id: string, nom: string, lngLat: [number, number]): string {
    const cle = `p${id}`;
    const m = this.marqueurs.get(cle) ?? this.nouveauMarqueur(cle, lngLat, (x) => {
      if (x.lieu) this.options.surSelection(x.lieu.id);
    });
    this.placer(m, lngLat);
    if (m.lieu?.id !== id || m.lieu.nom !== nom) {
      m.lieu = { id, nom };
      m.bouton.setAttribute('aria-label', this.options.textes.point(nom));
      m.bouton.dataset.id = id;
    }
    const choisi = id === this.selection;
    m.bouton.classList.add('carte-lieu');
    m.bouton.classList.toggle('selectionne', choisi);
    if (choisi) m.bouton.setAttribute('aria-current', 'true');
    else m.bouton.removeAttribute('aria-current');
    return cle;
  }

  /** A cluster was activated: show the area where its places are (at least one level closer, so it splits). */
  private deplier(m: Marqueur): void {
    const groupes = this.index?.groupes;
    if (!m.groupe || !groupes) return;
    const map = this.instance;
    const avant = map.getZoom();
    let ouest = Infinity, sud = Infinity, est = -Infinity, nord = -Infinity;
    for (const f of groupes.getLeaves(m.groupe.id, Infinity)) {
      const [x, y] = f.geometry.coordinates as [number, number];
      if (x < ouest) ouest = x;
      if (x > est) est = x;
      if (y < sud) sud = y;
      if (y > nord) nord = y;
    }
    const { clientWidth: l, clientHeight: h } = map.getContainer();
    const marge = Math.max(0, Math.min(48, Math.floor(l / 4), Math.floor(h / 4)));
    const camera =
      ouest < est || sud < nord ? map.cameraForBounds([ouest, sud, est, nord], { padding: marge, maxZoom: ZOOM_MAX }) : undefined;
    const centre = camera?.center ?? m.lngLat;
    const zoom = Math.min(ZOOM_MAX, Math.max(camera?.zoom ?? avant + 2, Math.floor(avant) + 1));
    map.easeTo({ center: centre, zoom });
  }
}

/** Creates the map (MapLibre is loaded by now); throws if MapLibre cannot start. */
export function creer(options: OptionsCarte): Carte {
  return new CarteMaplibre(options);
}
