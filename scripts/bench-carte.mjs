#!/usr/bin/env node
// Part of `npm run bench`: <carte-mediation> built for production (dist/), in headless Chromium with real
// MapLibre on software WebGL, on the generated directory of 20,000 places. Prints:
// - the list shown after the data is ready (provider's `annuaire-charge` → first places in the list);
// - a filter change: list and map updated in the page (the update done: the list, and the map's buttons showing
//   every cluster and place in view with the new counts, the canvas circles hidden until re-tiled; checked, else
//   the map counts at `idle`); the next frame painted; the map `idle` (canvas re-tiled and drawn too);
// - the map `idle` after first load (from the data being ready; includes fetching the MapLibre chunk);
// - the JS heap once everything is shown.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium.mjs';

const N = Number(process.argv[2]) || 20000;
const racine = resolve('.');
const fichier = `bench/generated/annuaire-${N}.json`;
if (!existsSync(fichier)) {
  const r = spawnSync(process.execPath, ['scripts/generate.mjs', String(N)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
if (!existsSync('dist/carte-mediation.js')) {
  console.error('dist/ absent : lancez « npm run build » d’abord.');
  process.exit(1);
}

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench carte</title></head>
<body style="margin:0;width:1280px">
<annuaire-inclusion id="a"><carte-mediation fond="aucun"></carte-mediation></annuaire-inclusion>
<script type="module" src="/bench-carte.js"></script></body></html>`;

// Runs in the page. Times are taken with performance.now() around what a person waits for.
const SCRIPT = `
import '/dist/annuaire-inclusion.js';
import '/dist/carte-mediation.js';
const a = document.getElementById('a');
const el = a.querySelector('carte-mediation');
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const peint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
// What the map shows right now, from its buttons: every place in view counted once (clusters by their count)?
// And does the canvas show nothing stale (circles hidden, or the source re-tiled)?
const carteAJour = () => {
  const map = el.carte.instance;
  const boutons = [...map.getContainer().querySelectorAll('.carte-groupe, .carte-lieu')];
  const montres = boutons.reduce((n, b) => n + (b.classList.contains('carte-groupe') ? Number(b.dataset.nombre) : 1), 0);
  const vue = map.getBounds();
  const attendus = el.resultats.filter((r) => r.lieu.latitude !== undefined && vue.contains([r.lieu.longitude, r.lieu.latitude])).length;
  const toile = map.getPaintProperty('lieux-points', 'circle-opacity') === 0 || map.isSourceLoaded('lieux');
  return boutons.length < 250 && montres === attendus && toile;
};
const attendre = async (f) => { while (!f()) await frame(); };
window.mesurer = async () => {
  const texte = await (await fetch('/${fichier}')).text();
  const charge = new Promise((r) => a.addEventListener('annuaire-charge', () => r(performance.now()), { once: true }));
  a.donnees = texte;
  const tDonnees = await charge;
  await attendre(() => el.shadowRoot?.querySelector('.lieux li'));
  const tListe = performance.now();
  await attendre(() => el.carte);
  await el.carte.attendreRepos();
  const tCarte = performance.now();
  el.shadowRoot.querySelector('#bouton-filtres').click();
  await attendre(() => el.shadowRoot.getElementById('filtres'));
  const filtres = [];
  for (const id of ['f-besoin-demarche', 'f-gratuit', 'f-besoin-demarche', 'f-ouvert-samedi', 'f-ouvert-non', 'f-gratuit']) {
    const d = performance.now();
    el.shadowRoot.getElementById(id).click();
    await el.updateComplete;
    const liste = performance.now() - d;
    const complete = carteAJour();
    await peint();
    const peinte = performance.now() - d;
    await el.carte.attendreRepos();
    const idle = performance.now() - d;
    const vue = complete ? liste : idle;
    filtres.push({ id, liste, vue, complete, peinte, carte: idle, total: el.shadowRoot.querySelector('.compte').textContent.trim() });
  }
  return { liste: tListe - tDonnees, carte: tCarte - tDonnees, filtres, tas: performance.memory?.usedJSHeapSize };
};
`;

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const serveur = createServer((req, res) => {
  const chemin = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (chemin === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  if (chemin === '/bench-carte.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(SCRIPT);
  const f = join(racine, chemin);
  if (!f.startsWith(racine + '/') || !(f.includes('/dist/') || f.includes('/bench/generated/')) || !existsSync(f) || !statSync(f).isFile()) {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': TYPES[extname(f)] ?? 'application/octet-stream' });
  createReadStream(f).pipe(res);
});
await new Promise((r) => serveur.listen(0, '127.0.0.1', r));
const port = serveur.address().port;

const navigateur = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: [
    '--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--disable-dev-shm-usage', '--enable-precise-memory-info',
  ],
});
const ms = (x) => `${x.toFixed(0).padStart(5)} ms`;
try {
  const fois = 3;
  const runs = [];
  for (let i = 0; i < fois; i++) {
    const page = await navigateur.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction('window.mesurer');
    runs.push(await page.evaluate('window.mesurer()'));
    await page.close();
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`<carte-mediation>, ${N} lieux, Chromium headless (WebGL logiciel SwiftShader), médiane de ${fois} pages :`);
  console.log(`  liste affichée après les données                 : ${ms(med(runs.map((r) => r.liste)))}   (cible ≤ 300 ms)`);
  console.log(`  carte « idle » après les données (1er chargement) : ${ms(med(runs.map((r) => r.carte)))}   (cible ≤ 2 000 ms)`);
  const f = runs.flatMap((r) => r.filtres);
  const stat = (cle) => `${ms(med(f.map((x) => x[cle])))}   (max ${ms(Math.max(...f.map((x) => x[cle])))})`;
  console.log(`  changement de filtre, liste à jour                : ${stat('liste')}   cible ≤ 100 ms`);
  console.log(`  changement de filtre, carte à jour (boutons)      : ${stat('vue')}   cible ≤ 100 ms ; ${f.filter((x) => x.complete).length}/${f.length} fois complète avec la liste`);
  console.log(`  changement de filtre, image suivante peinte       : ${stat('peinte')}`);
  console.log(`  changement de filtre, carte « idle » (toile)      : ${stat('carte')}`);
  for (const x of runs[0].filtres) console.log(`    ${x.id.padEnd(20)} liste ${ms(x.liste)}, peinte ${ms(x.peinte)}, idle ${ms(x.carte)}  [${x.total}]`);
  const tas = med(runs.map((r) => r.tas ?? 0));
  console.log(`  tas JS une fois tout affiché                      : ${(tas / 1048576).toFixed(1)} Mo`);
} finally {
  await navigateur.close();
  serveur.close();
}
