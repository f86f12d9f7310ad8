#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (accessibility, and layout shift from the performance audits) on the banner's
// demo pages, served from the built files, in the machine's Chromium, on a phone (Lighthouse's default: a Moto G
// Power on a slow 4G network, really slowed down in the browser, so the page paints before the banner's file
// arrives) and on a desktop screen. Prints the scores; fails below accessibility 100 or above CLS 0.
import { startDevServer } from '@web/dev-server';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium } from './chromium.mjs';

const PAGES = ['demo/bandeau.html', 'demo/bandeau-code-postal.html'];
const chemin = findChromium();
if (!chemin) {
  console.error('Aucun Chromium trouvé : lancez « npm test » (qui l’installe) ou définissez CHROME_PATH.');
  process.exit(1);
}
const serveur = await startDevServer({
  config: { rootDir: '.', port: Number(process.env.PORT) || 8499 },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const chrome = await chromeLauncher.launch({
  chromePath: chemin,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let echec = false;
try {
  console.log('Page                                   écran        accessibilité  CLS');
  for (const page of PAGES) {
    for (const [ecran, config] of [['téléphone', undefined], ['ordinateur', desktopConfig]]) {
      const url = `http://localhost:${serveur.config.port}/${page}`;
      const { lhr } = await lighthouse(
        url,
        { port: chrome.port, onlyCategories: ['accessibility', 'performance'], throttlingMethod: 'devtools', logLevel: 'error' },
        config,
      );
      const a11y = Math.round(lhr.categories.accessibility.score * 100);
      const cls = lhr.audits['cumulative-layout-shift'].numericValue;
      const ok = a11y === 100 && cls === 0;
      if (!ok) echec = true;
      console.log(`${page.padEnd(38)} ${ecran.padEnd(12)} ${String(a11y).padStart(13)}  ${cls}  ${ok ? 'OK' : 'ÉCHEC'}`);
      for (const audit of Object.values(lhr.audits)) {
        if (lhr.categories.accessibility.auditRefs.some((r) => r.id === audit.id) && audit.score !== null && audit.score < 1) {
          console.log(`  accessibilité : ${audit.id} — ${audit.title}`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  await serveur.stop();
}
if (echec) process.exit(1);
