// The map, seen from the elements: a small, MapLibre-free interface. MapLibre (about 280 KB gzip plus its worker)
// is only reached through `import('./maplibre.js')`, so it stays a lazy chunk that pages without a map never load.

/** A place on the map. */
export interface PointCarte {
  id: string;
  longitude: number;
  latitude: number;
  nom: string;
}

/** The words the map shows or says, in the element's language (the element owns its messages). */
export interface TextesCarte {
  /** Accessible name of the map region, e.g. « Carte des lieux ». */
  region: string;
  /** Accessible name of a group (cluster) button, e.g. « 12 lieux ici : zoomer ». */
  groupe: (n: number) => string;
  /** Accessible name of a place button, e.g. « Voir la fiche : {nom} ». */
  point: (nom: string) => string;
  /** MapLibre's UI strings (keys of its default locale: `NavigationControl.ZoomIn`, `CooperativeGesturesHandler.WindowsHelpText`…). */
  locale: Record<string, string>;
}

export interface OptionsCarte {
  /** The element the map fills (inside the element's shadow root); it must have a size. */
  conteneur: HTMLElement;
  /** A MapLibre style URL, or `'aucun'`: a plain background, without any network request (offline, tests). */
  fond: string;
  /** [longitude, latitude] */
  centre?: [number, number];
  zoom?: number;
  textes: TextesCarte;
  /** A place was activated (click, Enter or Space on its marker). */
  surSelection: (id: string) => void;
  /** Right-to-left (Arabic): MapLibre's controls on the left, mirrored like the rest of the element. */
  rtl?: boolean;
  /** The style or its tiles failed: the map went on with a plain background (called once). */
  surFondIndisponible: () => void;
}

export interface Carte {
  /** Replaces the points (setData on a clustered GeoJSON source). `cadrer`: fit the view to them (padding, maxZoom 15). */
  afficher(points: readonly PointCarte[], options?: { cadrer?: boolean }): void;
  /** Highlights one point (distinct colour, larger) and eases to it if it is out of view; undefined clears. */
  selectionner(id: string | undefined): void;
  centrer(longitude: number, latitude: number, zoom?: number): void;
  redimensionner(): void;
  /** Resolves when the map is idle (rendered, sources loaded) and its markers are up to date. */
  attendreRepos(): Promise<void>;
  detruire(): void;
  /** The maplibre Map, for tests only. */
  readonly instance: unknown;
}

let webgl: boolean | undefined;

/** Whether this browser can run MapLibre (a WebGL2 context can be created). Cheap; caches its answer. */
export function webglDisponible(): boolean {
  if (webgl !== undefined) return webgl;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    webgl = gl !== null;
    // Browsers cap live WebGL contexts (16 in Chromium): give this probe's back at once.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    webgl = false;
  }
  return webgl;
}

/** Loads MapLibre (lazy chunk) and creates the map; rejects if MapLibre cannot start (then show the list only). */
export async function creerCarte(options: OptionsCarte): Promise<Carte> {
  if (!webglDisponible()) throw new Error('WebGL2 indisponible : la carte ne peut pas s’afficher.');
  const { creer } = await import('./maplibre.js');
  return creer(options);
}
