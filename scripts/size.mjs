#!/usr/bin/env node
// `npm run size`: for each public entry, what a page downloads when it loads it: the entry and every chunk it
// imports statically (minified, gzip), against the budgets of the issues. Lazy chunks are listed apart.
// `--details`: the modules in each chunk, largest first.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Budgets in gzip bytes, from the issues. The opening-hours parser is counted apart (issue 2). */
const BUDGETS = {
  'annuaire-inclusion.js': 12 * 1024,
  'data.js': null,
  'index.js': null,
  'annuaire-resume.js': null,
  'carte-mediation.js': 35 * 1024,
  'diag-autonomie.js': 20 * 1024,
  'orientation-flow.js': 25 * 1024,
  'agenda-ateliers.js': 25 * 1024,
  'bandeau-aide-demarche.js': 10 * 1024,
};

// KIT_DIST: measure a build made in another folder (see rollup.config.mjs).
const DIST = process.env.KIT_DIST || 'dist';
const modules = JSON.parse(readFileSync(`${DIST}/modules.json`, 'utf8'));
const taille = (f) => {
  const b = readFileSync(`${DIST}/${f}`);
  return { min: b.length, gz: gzipSync(b, { level: 9 }).length };
};
const fermeture = (f, vus = new Set()) => {
  if (vus.has(f)) return vus;
  vus.add(f);
  for (const i of modules[f]?.imports ?? []) fermeture(i, vus);
  return vus;
};
const ko = (n) => (n / 1024).toFixed(1).padStart(6) + ' Ko';

let depasse = false;
// MapLibre is only ever reached through a dynamic import (src/carte/maplibre.ts): no entry may pull it in.
for (const entree of Object.keys(BUDGETS)) {
  for (const f of fermeture(entree)) {
    if (Object.keys(modules[f]?.modules ?? {}).some((m) => m.includes('node_modules/maplibre-gl/'))) {
      console.log(`${entree} charge MapLibre dès le départ (${f}) : il ne doit l’atteindre que par import().`);
      depasse = true;
    }
  }
}
// Other languages are one lazy file each (src/i18n/locale.ts): no entry may load one before it is chosen.
for (const entree of Object.keys(BUDGETS)) {
  for (const f of fermeture(entree)) {
    const langue = Object.keys(modules[f]?.modules ?? {}).find((m) => /src\/i18n\/(en|ar|uk)(\.ts|\/)/.test(m));
    if (langue) {
      console.log(`${entree} charge une autre langue dès le départ (${langue}) : elle ne doit venir que par import().`);
      depasse = true;
    }
  }
}
console.log('Entrée                      minifié      gzip   budget gzip');
for (const [entree, budget] of Object.entries(BUDGETS)) {
  const fichiers = [...fermeture(entree)];
  const t = fichiers.map(taille).reduce((a, b) => ({ min: a.min + b.min, gz: a.gz + b.gz }), { min: 0, gz: 0 });
  const ok = budget === null || t.gz <= budget;
  if (!ok) depasse = true;
  console.log(
    `${entree.padEnd(26)} ${ko(t.min)} ${ko(t.gz)}   ${budget === null ? '     —' : ko(budget)} ${budget === null ? '' : ok ? 'OK' : 'DÉPASSÉ'}`,
  );
  const lazy = new Set();
  for (const f of fichiers) for (const d of modules[f]?.dynamicImports ?? []) if (!fichiers.includes(d)) lazy.add(d);
  for (const d of lazy) {
    const td = [...fermeture(d)].filter((x) => !fichiers.includes(x)).map(taille).reduce((a, b) => ({ min: a.min + b.min, gz: a.gz + b.gz }), { min: 0, gz: 0 });
    const langue = Object.keys(modules[d].modules).map((m) => /src\/i18n\/(en|ar|uk)\.ts$/.exec(m)?.[1]).find(Boolean);
    const nom = langue ? `langue ${langue} (src/i18n/${langue}.ts et ${langue}/)` : Object.keys(modules[d].modules).map((m) => m.split('/').pop()).join(', ');
    console.log(`  + à la demande : ${nom.slice(0, 40).padEnd(40)} ${ko(td.min)} ${ko(td.gz)}`);
  }
}
// dist/autonome: the self-contained files for any host or CDN (scripts/autonome.mjs). One file is all a page
// downloads for an element at first: the same budgets apply to that single file.
console.log('\nFichiers autonomes (dist/autonome/, un seul fichier par élément, Lit compris)');
for (const [entree, budget] of Object.entries({ ...BUDGETS, 'kit-inclusion-numerique.js': null })) {
  if (['data.js', 'index.js'].includes(entree)) continue;
  const b = readFileSync(`${DIST}/autonome/${entree}`);
  const gz = gzipSync(b, { level: 9 }).length;
  const ok = budget === null || gz <= budget;
  if (!ok) depasse = true;
  // MapLibre is never in the file itself: only its lazy chunk names its worker.
  if (b.includes('maplibre-gl-worker')) {
    console.log(`autonome/${entree} contient MapLibre : il ne doit l’atteindre que par import().`);
    depasse = true;
  }
  console.log(
    `${entree.padEnd(26)} ${ko(b.length)} ${ko(gz)}   ${budget === null ? '     —' : ko(budget)} ${budget === null ? '' : ok ? 'OK' : 'DÉPASSÉ'}`,
  );
}
if (process.argv.includes('--details')) {
  for (const [f, c] of Object.entries(modules)) {
    console.log(`\n${f} (${ko(taille(f).gz)} gzip)`);
    for (const [m, n] of Object.entries(c.modules).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(7)}  ${m}`);
  }
}
if (depasse) {
  console.log('\nUn budget est dépassé.');
  process.exit(1);
}
