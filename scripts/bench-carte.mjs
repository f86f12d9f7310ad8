#!/usr/bin/env node
// Part of `npm run bench`: <carte-mediation> built for production (dist/), in headless Chromium with real
// MapLibre on software WebGL, on the generated directory of 20,000 places. Prints:
// - the list shown after the data is ready (provider's `annuaire-charge` → first places in the list);
// - a filter change: list updated, then map updated (points re-clustered and drawn, `idle`);
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
  await el.updateComplete;
  const filtres = [];
  for (const id of ['f-besoin-demarche', 'f-gratuit', 'f-besoin-demarche', 'f-ouvert-samedi', 'f-ouvert-non', 'f-gratuit']) {
    const d = performance.now();
    el.shadowRoot.getElementById(id).click();
    await el.updateComplete;
    const liste = performance.now() - d;
    await el.carte.attendreRepos();
    filtres.push({ id, liste, carte: performance.now() - d, total: el.shadowRoot.querySelector('.compte').textContent.trim() });
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
  console.log(`  changement de filtre, liste à jour                : ${ms(med(f.map((x) => x.liste)))}   (max ${ms(Math.max(...f.map((x) => x.liste)))} ; cible ≤ 100 ms)`);
  console.log(`  changement de filtre, carte à jour (« idle »)     : ${ms(med(f.map((x) => x.carte)))}   (max ${ms(Math.max(...f.map((x) => x.carte)))})`);
  for (const x of runs[0].filtres) console.log(`    ${x.id.padEnd(20)} liste ${ms(x.liste)}, carte ${ms(x.carte)}  [${x.total}]`);
  const tas = med(runs.map((r) => r.tas ?? 0));
  console.log(`  tas JS une fois tout affiché                      : ${(tas / 1048576).toFixed(1)} Mo`);
} finally {
  await navigateur.close();
  serveur.close();
}
