#!/usr/bin/env node
// `npm start`: serves the demo on localhost with the sample directory, and says where.
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const serveur = await startDevServer({
  config: { ...config, clearTerminalOnReload: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const port = serveur.config.port;
console.log(`\nDémonstration du kit : http://localhost:${port}/demo/`);
console.log('(annuaire d’exemple : data/tourcoing.json ; Ctrl+C pour arrêter)\n');
