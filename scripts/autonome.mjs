#!/usr/bin/env node
// Self-contained files for any host or CDN (dist/autonome/): each element in ONE file with Lit and everything it
// needs at first paint, so a page makes exactly one request for it; what is only fetched on demand (the map and
// MapLibre with its worker, the banner's postal-code search, the agenda's views…) stays a lazy chunk beside it, in
// dist/autonome/chunks/. Also the all-in-one, kit-inclusion-numerique.js.
//
// Built from the main build's output (dist/*.js, already minified), not from the sources: Rollup only merges the
// static chunks into each entry, so this costs seconds and the code is byte-for-byte the tested one.
// dist/<tag>.js (shared chunks) stays what npm users and pages with several elements load.
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { rollup } from 'rollup';
import { ENTREES } from '../rollup.config.mjs';

const DIST = process.env.KIT_DIST || 'dist';
const SORTIE = `${DIST}/autonome`;
/** The public elements and the all-in-one (not the data API: it is not for pages). */
const entrees = Object.fromEntries(
  Object.keys(ENTREES)
    .filter((nom) => nom !== 'data')
    .map((nom) => [nom === 'index' ? 'kit-inclusion-numerique' : nom, `${DIST}/${nom}.js`]),
);

rmSync(SORTIE, { recursive: true, force: true });
for (const [nom, entree] of Object.entries(entrees)) {
  // One build per entry: a single-entry build can share nothing with another entry, so every static import is
  // merged into the file, and lazy chunks import what they share with it from the entry file itself. Lazy chunks common to several entries get the same content hash and are written once.
  const bundle = await rollup({ input: { [nom]: entree }, preserveEntrySignatures: 'allow-extension', onwarn: (w, avertir) => {
    if (w.code !== 'CIRCULAR_DEPENDENCY') avertir(w);
  } });
  await bundle.write({
    dir: SORTIE,
    format: 'es',
    entryFileNames: '[name].js',
    // Lazy chunks import what they share with the element from the element's own file ('allow-extension').
    chunkFileNames: (c) => `chunks/${c.name.replace(/-[\w-]{8}$/, '')}-[hash].js`,
  });
  await bundle.close();
}
// MapLibre starts its worker from `new URL('maplibre-gl-worker.mjs', import.meta.url)`: beside its chunk.
if (readdirSync(`${SORTIE}/chunks`).some((f) => f.startsWith('maplibre'))) {
  copyFileSync(`${DIST}/chunks/maplibre-gl-worker.mjs`, `${SORTIE}/chunks/maplibre-gl-worker.mjs`);
}
