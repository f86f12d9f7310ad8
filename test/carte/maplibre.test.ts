// The map module on real MapLibre (software WebGL in headless Chromium): what a person sees and can do.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Map as MapLibre } from 'maplibre-gl';
import { creerCarte, webglDisponible, type Carte, type OptionsCarte, type PointCarte, type TextesCarte } from '../../src/carte/carte.js';

// The page keeps every resource entry (the default buffer of 250 could silently drop the ones checked below).
performance.setResourceTimingBufferSize(100000);

const textes: TextesCarte = {
  region: 'Carte des lieux',
  groupe: (n) => `${n} lieux ici : zoomer`,
  point: (nom) => `Voir la fiche : ${nom}`,
  locale: {
    'NavigationControl.ZoomIn': 'Zoom avant',
    'NavigationControl.ZoomOut': 'Zoom arrière',
    'AttributionControl.ToggleAttribution': 'Afficher ou masquer les crédits',
    'CooperativeGesturesHandler.WindowsHelpText': 'Utilisez Ctrl + molette pour zoomer sur la carte',
    'CooperativeGesturesHandler.MacHelpText': 'Utilisez ⌘ + molette pour zoomer sur la carte',
    'CooperativeGesturesHandler.MobileHelpText': 'Utilisez deux doigts pour déplacer la carte',
  },
};

/** Deterministic points around Tourcoing (mulberry32). */
function pointsAutourDeTourcoing(n: number, graine = 42): PointCarte[] {
  let a = graine >>> 0;
  const hasard = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, (_, i) => ({
    id: `lieu-${i}`,
    nom: `Lieu n° ${i}`,
    longitude: 3.16 + (hasard() - 0.5) * 0.16,
    latitude: 50.72 + (hasard() - 0.5) * 0.1,
  }));
}

/** Five places far enough apart to never be grouped once the view is fitted. */
const cinqLieux: PointCarte[] = [0, 1, 2, 3, 4].map((i) => ({
  id: `seul-${i}`,
  nom: `Espace numérique ${i}`,
  longitude: 3.1 + i * 0.03,
  latitude: 50.7 + (i % 2) * 0.02,
}));

interface Montage {
  carte: Carte;
  map: MapLibre;
  racine: ShadowRoot;
  conteneur: HTMLElement;
  selections: string[];
  fondsIndisponibles: number;
}

let cartes: Carte[] = [];
afterEach(async () => {
  for (const c of cartes) c.detruire();
  cartes = [];
  await resetMouse();
});

/** The map conteneur lives in a shadow root, as in the element: MapLibre's CSS must be adopted there. */
async function monter(options: Partial<OptionsCarte> = {}): Promise<Montage> {
  const hote = await fixture<HTMLDivElement>(html`<div style="width: 800px; height: 500px"></div>`);
  const racine = hote.attachShadow({ mode: 'open' });
  const conteneur = document.createElement('div');
  conteneur.style.cssText = 'width: 800px; height: 500px';
  racine.append(conteneur);
  const suivi = { selections: [] as string[], fondsIndisponibles: 0 };
  const carte = await creerCarte({
    conteneur,
    fond: 'aucun',
    centre: [3.16, 50.72],
    zoom: 11,
    textes,
    surSelection: (id) => suivi.selections.push(id),
    surFondIndisponible: () => suivi.fondsIndisponibles++,
    ...options,
  });
  cartes.push(carte);
  return Object.assign(suivi, { carte, map: carte.instance as MapLibre, racine, conteneur });
}

/** What the canvas draws: clusters (each once, whatever the tiles) and single places. */
function totalDessine(map: MapLibre): { groupes: number; lieux: number; total: number } {
  const groupes = new Map<number, number>();
  for (const f of map.queryRenderedFeatures({ layers: ['lieux-groupes'] })) {
    groupes.set(f.properties.cluster_id as number, f.properties.point_count as number);
  }
  const lieux = new Set(map.queryRenderedFeatures({ layers: ['lieux-points'] }).map((f) => f.properties.id as string));
  const dansGroupes = [...groupes.values()].reduce((a, b) => a + b, 0);
  return { groupes: groupes.size, lieux: lieux.size, total: dansGroupes + lieux.size };
}

/** What the buttons say: « N lieux ici : zoomer » and « Voir la fiche : … », each inside the map. */
function totalBoutons(m: Montage): { groupes: HTMLButtonElement[]; lieux: HTMLButtonElement[]; total: number } {
  const cadre = m.conteneur.getBoundingClientRect();
  const boutons = [...m.conteneur.querySelectorAll('button')].filter((b) => {
    const r = b.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    return x >= cadre.left && x <= cadre.right && y >= cadre.top && y <= cadre.bottom;
  });
  const groupes = boutons.filter((b) => /^\d+ lieux ici : zoomer$/.test(b.getAttribute('aria-label') ?? ''));
  const lieux = boutons.filter((b) => (b.getAttribute('aria-label') ?? '').startsWith('Voir la fiche : '));
  const total = groupes.reduce((s, b) => s + Number(/^\d+/.exec(b.getAttribute('aria-label')!)![0]), 0) + lieux.length;
  return { groupes, lieux, total };
}

const centre = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

describe('carte (MapLibre, WebGL logiciel)', () => {
  it('this browser can run MapLibre', () => {
    expect(webglDisponible()).to.equal(true);
    expect(webglDisponible()).to.equal(true);
  });

  it('shows every place once, as clusters and single places, on the canvas and as buttons', async () => {
    const m = await monter();
    const points = pointsAutourDeTourcoing(300);
    m.carte.afficher(points, { cadrer: true });
    await m.carte.attendreRepos();

    const dessine = totalDessine(m.map);
    expect(dessine.total).to.equal(300);
    expect(dessine.groupes).to.be.greaterThan(1);
    const boutons = totalBoutons(m);
    expect(boutons.total).to.equal(300);
    expect(boutons.groupes.length).to.equal(dessine.groupes);
    expect(boutons.lieux.length).to.equal(dessine.lieux);
    // Buttons and only buttons: one per cluster or place, nothing hidden behind the limit.
    expect(m.conteneur.querySelectorAll('.maplibregl-marker').length).to.equal(dessine.groupes + dessine.lieux);
  });

  it('a new selection of places replaces the old one, on the canvas and in the buttons', async () => {
    const m = await monter();
    const points = pointsAutourDeTourcoing(300);
    m.carte.afficher(points, { cadrer: true });
    await m.carte.attendreRepos();
    const zoom = m.map.getZoom();

    m.carte.afficher(points.filter((_, i) => i % 3 === 0));
    await m.carte.attendreRepos();
    expect(m.map.getZoom()).to.equal(zoom);
    expect(totalDessine(m.map).total).to.equal(100);
    expect(totalBoutons(m).total).to.equal(100);

    m.carte.afficher(points.slice(0, 7), { cadrer: true });
    await m.carte.attendreRepos();
    expect(totalDessine(m.map).total).to.equal(7);
    expect(totalBoutons(m).total).to.equal(7);

    m.carte.afficher([]);
    await m.carte.attendreRepos();
    expect(totalDessine(m.map).total).to.equal(0);
    expect(m.conteneur.querySelectorAll('button.carte-groupe, button.carte-lieu').length).to.equal(0);
  });

  it('a new selection shows at once in the buttons, and no stale circle is drawn while the canvas catches up', async () => {
    const m = await monter();
    const points = pointsAutourDeTourcoing(300);
    m.carte.afficher(points, { cadrer: true });
    await m.carte.attendreRepos();
    const opacites = () =>
      ['lieux-groupes', 'lieux-points'].flatMap((c) => [
        m.map.getPaintProperty(c, 'circle-opacity'),
        m.map.getPaintProperty(c, 'circle-stroke-opacity'),
      ]);
    expect(opacites()).to.deep.equal([1, 1, 1, 1]);

    m.carte.afficher(points.slice(0, 120));
    // In the same task, before any frame: the buttons already count the new places…
    expect(totalBoutons(m).total).to.equal(120);
    // …and the canvas, which still holds the old clusters until MapLibre re-tiles, draws none of them.
    expect(opacites()).to.deep.equal([0, 0, 0, 0]);
    expect(m.map.isSourceLoaded('lieux')).to.equal(false);

    await m.carte.attendreRepos();
    expect(opacites()).to.deep.equal([1, 1, 1, 1]);
    expect(totalDessine(m.map).total).to.equal(120);
  });

  it('20,000 places: all counted, and only a bounded number of buttons in the page', async () => {
    const m = await monter();
    m.carte.afficher(pointsAutourDeTourcoing(20000, 7), { cadrer: true });
    await m.carte.attendreRepos();
    expect(totalDessine(m.map).total).to.equal(20000);
    const boutons = totalBoutons(m);
    expect(boutons.total).to.equal(20000);
    expect(m.conteneur.querySelectorAll('button').length).to.be.at.most(260);
  });

  it('clicking a place, or pressing Enter on it, opens its card (surSelection with its id)', async () => {
    const m = await monter();
    m.carte.afficher(cinqLieux, { cadrer: true });
    await m.carte.attendreRepos();
    const { lieux, groupes } = totalBoutons(m);
    expect(groupes).to.have.length(0);
    expect(lieux).to.have.length(5);

    const bouton = lieux.find((b) => b.getAttribute('aria-label') === 'Voir la fiche : Espace numérique 2')!;
    expect(bouton, 'bouton du lieu 2').to.exist;
    await sendMouse({ type: 'click', position: centre(bouton) });
    await waitUntil(() => m.selections.length === 1, 'le clic doit choisir le lieu');
    expect(m.selections).to.deep.equal(['seul-2']);

    const autre = lieux.find((b) => b.getAttribute('aria-label') === 'Voir la fiche : Espace numérique 4')!;
    autre.focus();
    expect(m.racine.activeElement).to.equal(autre);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => m.selections.length === 2, 'Entrée doit choisir le lieu');
    expect(m.selections).to.deep.equal(['seul-2', 'seul-4']);
  });

  it('activating a cluster zooms in where it splits, and the keyboard focus stays on the map', async () => {
    const m = await monter();
    m.carte.afficher(pointsAutourDeTourcoing(300), { cadrer: true });
    await m.carte.attendreRepos();
    const avant = m.map.getZoom();
    const [groupe] = totalBoutons(m).groupes.sort(
      (a, b) => Number(b.getAttribute('aria-label')!.split(' ')[0]) - Number(a.getAttribute('aria-label')!.split(' ')[0]),
    );
    expect(groupe).to.exist;
    groupe!.focus();
    await sendKeys({ press: 'Enter' });
    await m.carte.attendreRepos();
    expect(m.map.getZoom()).to.be.greaterThan(avant);
    // The cluster button is gone with its cluster; the focus went to the nearest button, not to the page.
    expect(groupe!.isConnected).to.equal(false);
    const actif = m.racine.activeElement;
    expect(actif?.tagName).to.equal('BUTTON');
    expect(m.conteneur.contains(actif)).to.equal(true);

    const zoom = m.map.getZoom();
    const suivant = totalBoutons(m).groupes[0];
    expect(suivant, 'encore un groupe après un premier zoom').to.exist;
    await sendMouse({ type: 'click', position: centre(suivant!) });
    await waitUntil(() => m.map.getZoom() > zoom, 'le clic sur un groupe doit zoomer');
    await m.carte.attendreRepos();
    // Zoomed in: one button per cluster or place whose centre is in view, saying what the canvas draws there.
    const bornes = m.map.getBounds();
    const dansLaVue = (f: { geometry: GeoJSON.Geometry }) =>
      f.geometry.type === 'Point' && bornes.contains(f.geometry.coordinates as [number, number]);
    const comptesDessines = new Map<number, number>();
    for (const f of m.map.queryRenderedFeatures({ layers: ['lieux-groupes'] }).filter(dansLaVue)) {
      comptesDessines.set(f.properties.cluster_id as number, f.properties.point_count as number);
    }
    const lieuxDessines = new Set(
      m.map.queryRenderedFeatures({ layers: ['lieux-points'] }).filter(dansLaVue).map((f) => f.properties.id as string),
    );
    const boutons = totalBoutons(m);
    const nombre = (b: Element) => Number(b.getAttribute('aria-label')!.split(' ')[0]);
    expect(boutons.groupes.map(nombre).sort((a, b) => a - b)).to.deep.equal([...comptesDessines.values()].sort((a, b) => a - b));
    expect(boutons.lieux.length).to.equal(lieuxDessines.size);
    expect(boutons.total).to.be.below(300);
  });

  it('the selected place is drawn apart (even inside a cluster), and the map goes to it when it is out of view', async () => {
    const m = await monter();
    const points = pointsAutourDeTourcoing(300);
    m.carte.afficher(points, { cadrer: true });
    await m.carte.attendreRepos();
    const visibles = new Set(m.map.queryRenderedFeatures({ layers: ['lieux-points'] }).map((f) => f.properties.id));
    const cache = points.find((p) => !visibles.has(p.id))!; // inside a cluster at this zoom

    m.carte.selectionner(cache.id);
    await m.carte.attendreRepos();
    const choisis = m.map.queryRenderedFeatures({ layers: ['lieu-selectionne'] });
    expect(choisis.map((f) => f.properties.id)).to.deep.equal([cache.id]);
    const bouton = m.conteneur.querySelector<HTMLButtonElement>('button[aria-current="true"]')!;
    expect(bouton.getAttribute('aria-label')).to.equal(`Voir la fiche : ${cache.nom}`);

    m.carte.centrer(2.35, 48.85, 12); // Paris
    await m.carte.attendreRepos();
    expect(m.map.getBounds().contains([cache.longitude, cache.latitude])).to.equal(false);
    m.carte.selectionner(cache.id);
    await m.carte.attendreRepos();
    expect(m.map.getBounds().contains([cache.longitude, cache.latitude])).to.equal(true);

    m.carte.selectionner(undefined);
    await m.carte.attendreRepos();
    expect(m.map.queryRenderedFeatures({ layers: ['lieu-selectionne'] })).to.have.length(0);
    expect(m.conteneur.querySelector('[aria-current]')).to.equal(null);
  });

  it('MapLibre’s CSS and the markers’ CSS apply inside the shadow root', async () => {
    const m = await monter();
    const isoles = [
      { id: 'ouest', nom: 'Isolé à l’ouest', longitude: 2.85, latitude: 50.72 },
      { id: 'est', nom: 'Isolé à l’est', longitude: 3.45, latitude: 50.72 },
    ];
    m.carte.afficher([...pointsAutourDeTourcoing(300), ...isoles], { cadrer: true });
    await m.carte.attendreRepos();
    // Properties only maplibre-gl.css sets.
    const canvas = m.conteneur.querySelector('canvas')!;
    expect(getComputedStyle(canvas).position).to.equal('absolute');
    expect(getComputedStyle(m.conteneur.querySelector('.maplibregl-ctrl-top-right')!).position).to.equal('absolute');
    expect(getComputedStyle(m.conteneur.querySelector('.maplibregl-ctrl-group')!).borderRadius).to.equal('4px');
    // Targets big enough to hit.
    const { groupes, lieux } = totalBoutons(m);
    expect(groupes.length).to.be.greaterThan(0);
    expect(lieux.length).to.be.greaterThan(0);
    for (const b of groupes) expect(b.getBoundingClientRect().width).to.be.at.least(44);
    for (const b of lieux) expect(b.getBoundingClientRect().height).to.be.at.least(24);
    // A visible focus ring when reached with the keyboard (Tab from the map canvas lands on the first button).
    canvas.focus();
    await sendKeys({ press: 'Tab' });
    const actif = m.racine.activeElement as HTMLElement;
    expect(actif.tagName).to.equal('BUTTON');
    expect(actif.matches(':focus-visible')).to.equal(true);
    const style = getComputedStyle(actif);
    expect([style.outlineStyle, style.outlineWidth, style.outlineColor]).to.deep.equal(['solid', '2px', 'rgb(10, 118, 246)']);
  });

  it('speaks French: region name, zoom buttons, scroll help', async () => {
    const m = await monter();
    await m.carte.attendreRepos();
    expect(m.conteneur.querySelector('canvas')!.getAttribute('aria-label')).to.equal('Carte des lieux');
    const zoomAvant = m.conteneur.querySelector('.maplibregl-ctrl-zoom-in')!;
    expect(zoomAvant.getAttribute('aria-label')).to.equal('Zoom avant');
    expect(zoomAvant.getAttribute('title')).to.equal('Zoom avant');
    expect(m.conteneur.querySelector('.maplibregl-ctrl-zoom-out')!.getAttribute('aria-label')).to.equal('Zoom arrière');
    expect(m.conteneur.querySelector('.maplibregl-ctrl-compass')).to.equal(null);
    expect(m.conteneur.querySelector('.maplibregl-cooperative-gesture-screen')!.textContent).to.include('Ctrl + molette');
    expect(m.conteneur.textContent).not.to.match(/Zoom in|Zoom out|to zoom the map/);
  });

  it('passes axe with its buttons and controls', async () => {
    const m = await monter();
    m.carte.afficher(pointsAutourDeTourcoing(300), { cadrer: true });
    await m.carte.attendreRepos();
    await expect(m.racine.host).to.be.accessible();
  });

  it('the plain background makes no network request', async () => {
    const debut = performance.now();
    const m = await monter({ fond: 'aucun' });
    m.carte.afficher(pointsAutourDeTourcoing(300), { cadrer: true });
    await m.carte.attendreRepos();
    const requetes = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= debut)
      .map((e) => new URL(e.name).pathname)
      // The code itself (the lazy map module, MapLibre, its CSS and worker) when this page did not have it yet.
      .filter((p) => !p.startsWith('/node_modules/maplibre-gl/dist/') && !p.startsWith('/src/carte/'));
    expect(requetes).to.deep.equal([]);
    expect(m.fondsIndisponibles).to.equal(0);
    expect(m.map.getStyle().layers[0]).to.include({ id: 'fond', type: 'background' });
  });

  it('a base map given by URL is used, with the places over it', async () => {
    const m = await monter({ fond: '/test/fixtures/carte/style-uni.json' });
    m.carte.afficher(pointsAutourDeTourcoing(300), { cadrer: true });
    await m.carte.attendreRepos();
    expect(m.fondsIndisponibles).to.equal(0);
    expect(m.map.getStyle().layers.map((c) => c.id)).to.deep.equal(['fond-blanc', 'lieux-groupes', 'lieux-points', 'lieu-selectionne']);
    expect(totalDessine(m.map).total).to.equal(300);
  });

  it('a base map style that does not exist (404): plain background, places kept, said once', async () => {
    const m = await monter({ fond: '/test/fixtures/carte/style-absent.json' });
    m.carte.afficher(pointsAutourDeTourcoing(300), { cadrer: true });
    await waitUntil(() => m.fondsIndisponibles > 0, 'surFondIndisponible doit être appelé');
    await m.carte.attendreRepos();
    expect(m.fondsIndisponibles).to.equal(1);
    expect(m.map.getStyle().layers[0]).to.include({ id: 'fond', type: 'background' });
    expect(totalDessine(m.map).total).to.equal(300);
    expect(totalBoutons(m).total).to.equal(300);
  });

  it('base map tiles that fail (500): plain background, places kept, said once', async () => {
    const m = await monter({ fond: '/test-carte/style-tuiles-en-panne.json' });
    m.carte.afficher(pointsAutourDeTourcoing(300), { cadrer: true });
    await waitUntil(() => m.fondsIndisponibles > 0, 'surFondIndisponible doit être appelé', { timeout: 5000 });
    await m.carte.attendreRepos();
    expect(m.fondsIndisponibles).to.equal(1);
    expect(m.map.getStyle().sources).not.to.have.property('fond');
    expect(totalDessine(m.map).total).to.equal(300);
    expect(totalBoutons(m).total).to.equal(300);
  });

  it('detruire() leaves nothing in the conteneur', async () => {
    const m = await monter();
    m.carte.afficher(pointsAutourDeTourcoing(300), { cadrer: true });
    await m.carte.attendreRepos();
    expect(m.conteneur.querySelectorAll('button').length).to.be.greaterThan(0);
    m.carte.detruire();
    expect(m.conteneur.querySelector('canvas')).to.equal(null);
    expect(m.conteneur.querySelectorAll('.maplibregl-marker, button').length).to.equal(0);
    expect(m.conteneur.children.length).to.equal(0);
    expect(m.conteneur.classList.contains('maplibregl-map')).to.equal(false);
    // Harmless afterwards.
    m.carte.afficher(pointsAutourDeTourcoing(10));
    m.carte.selectionner('lieu-1');
    await m.carte.attendreRepos();
  });
});
