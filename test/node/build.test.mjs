// The build puts MapLibre in a lazy chunk of its own, with its worker beside it (MapLibre v6 starts its worker
// from new URL('maplibre-gl-worker.mjs', import.meta.url)); the entry that reaches it dynamically stays small.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import { maplibre } from '../../scripts/rollup-maplibre.mjs';

test('MapLibre devient un morceau chargé à la demande, avec son worker à côté', async () => {
  const dossier = mkdtempSync(join(tmpdir(), 'kit-build-'));
  try {
    const bundle = await rollup({
      input: { carte: 'test/fixtures/build/carte-factice.js' },
      plugins: [nodeResolve({ browser: true }), maplibre()],
    });
    await bundle.write({ dir: dossier, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' });
    await bundle.close();

    const morceaux = readdirSync(join(dossier, 'chunks'));
    const morceau = morceaux.find((f) => /^maplibre-.*\.js$/.test(f));
    assert.ok(morceau, `pas de morceau maplibre dans ${morceaux.join(', ')}`);
    assert.ok(morceaux.includes('maplibre-gl-worker.mjs'), 'le worker doit être à côté du morceau MapLibre');
    assert.deepEqual(
      readFileSync(join(dossier, 'chunks', 'maplibre-gl-worker.mjs')),
      readFileSync('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'),
    );
    const entree = readFileSync(join(dossier, 'carte.js'), 'utf8');
    assert.match(entree, new RegExp(`import\\(['"]\\./chunks/${morceau.replace(/[.$]/g, '\\$&')}['"]\\)`));
    assert.ok(entree.length < 1000, `l’entrée doit rester petite (${entree.length} octets)`);
    assert.match(readFileSync(join(dossier, 'chunks', morceau), 'utf8'), /MapLibre GL JS/);
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
});
