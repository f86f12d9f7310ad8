#!/usr/bin/env node
// `npm start`: serves the demo on localhost with the sample directory, and says where.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

// The main demo runs from the sources; the pages that show the kit as an integrator serves it (banner, configurator,
// strict CSP, double loading) use the built files of dist/. Build them when missing or older than the sources.
const CONSTRUIT = 'dist/autonome/kit-inclusion-numerique.js';
const plusRecent = (dossier, date) =>
  readdirSync(dossier, { withFileTypes: true }).some((e) => {
    const chemin = join(dossier, e.name);
    return e.isDirectory() ? plusRecent(chemin, date) : statSync(chemin).mtimeMs > date;
  });
if (!existsSync(CONSTRUIT) || plusRecent('src', statSync(CONSTRUIT).mtimeMs)) {
  console.log('Construction du kit (dist/) pour les pages d’intégration, environ une minute…');
  const r = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const serveur = await startDevServer({
  config: { ...config, clearTerminalOnReload: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const port = serveur.config.port;
console.log(`\nDémonstration du kit : http://localhost:${port}/demo/`);
console.log('(annuaire d’exemple : data/tourcoing.json ; Ctrl+C pour arrêter)\n');
