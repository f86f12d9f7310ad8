#!/usr/bin/env node
// `npm test`: find (or install) a Chromium, check types, build, run the command-line tests with Node's test
// runner, every browser test in headless Chromium through Web Test Runner, then Lighthouse on the banner's pages.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

let chrome = findChromium();
if (!chrome) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('Aucun Chromium trouvé : installation du paquet Debian « chromium » (apt-get)…');
    run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], {});
    chrome = findChromium();
  }
  if (!chrome) {
    console.error(
      'Aucun Chromium trouvé : installez Chromium ou Chrome (Debian : « sudo apt-get install chromium ») ou indiquez son chemin dans CHROME_PATH.',
    );
    process.exit(1);
  }
}
console.log(`Navigateur de test : ${chrome}`);
process.env.CHROME_PATH = chrome;

const bin = (nom) => `node_modules/.bin/${nom}`;
console.log('\n1/5 Vérification des types (TypeScript strict)');
run(bin('tsc'), ['--noEmit']);
console.log('\n2/5 Construction et budgets de taille');
run('node', ['scripts/build.mjs']);
run('node', ['scripts/size.mjs']);
console.log('\n3/5 Ligne de commande et schéma (Node)');
run('node', ['--test', 'test/node/']);
console.log('\n4/5 Tests dans Chromium (Web Test Runner)');
run(bin('web-test-runner'), process.argv.slice(2));
console.log('\n5/5 Lighthouse sur les pages du bandeau (accessibilité 100, CLS 0)');
run('node', ['scripts/lighthouse.mjs']);
