#!/usr/bin/env node
// Screenshots of every element in a language (default Arabic) at 360 and 1280 px, from demo/langues.html served
// from the sources, with the figures that say the layout holds: the page never scrolls sideways, no box of the
// element sticks out of it, and its direction. Not a test (the tests check the same in test/i18n/): pictures for
// a person to look at.   node scripts/captures-langues.mjs [ar|en|uk] [dossier]   (default /tmp/captures-<lang>)
import { mkdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium.mjs';
import config from '../web-dev-server.config.mjs';

const langue = process.argv[2] ?? 'ar';
const dossier = process.argv[3] ?? `/tmp/captures-${langue}`;
mkdirSync(dossier, { recursive: true });
const TAGS = ['bandeau-aide-demarche', 'diag-autonomie', 'orientation-flow', 'carte-mediation', 'agenda-ateliers', 'annuaire-resume'];

const serveur = await startDevServer({ config: { ...config, port: 8690, open: false, watch: false, clearTerminalOnReload: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const navigateur = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
let ok = true;
try {
  for (const largeur of [360, 1280]) {
    const page = await navigateur.newPage();
    const erreurs = [];
    page.on('pageerror', (e) => erreurs.push(String(e)));
    await page.setViewport({ width: largeur, height: 900 });
    await page.goto(`http://localhost:8690/demo/langues.html?lang=${langue}&fond=aucun`, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 1500));
    for (const tag of TAGS) {
      const mesure = await page.evaluate((tag) => {
        const hote = document.querySelector(tag);
        const cadre = hote.getBoundingClientRect();
        let dehors = 0;
        const visiter = (racine) => {
          for (const e of racine.querySelectorAll('*')) {
            if (e.shadowRoot) visiter(e.shadowRoot);
            const r = e.getBoundingClientRect();
            if (!r.width || !r.height || e.closest('.visuellement-cache, .sr-only')) continue;
            if (r.left < cadre.left - 1 || r.right > cadre.right + 1) dehors++;
          }
        };
        visiter(hote.shadowRoot);
        hote.scrollIntoView();
        return {
          direction: getComputedStyle(hote).direction,
          lang: hote.getAttribute('lang'),
          largeur: Math.round(cadre.width),
          hauteur: Math.round(cadre.height),
          dehors,
          defilementHorizontal: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        };
      }, tag);
      const el = await page.$(tag);
      const boite = await el.boundingBox();
      const fichier = `${dossier}/${tag}-${largeur}.png`;
      // The clip is in page coordinates; the box is in the window's.
      const haut = boite.y + (await page.evaluate(() => scrollY));
      await page.screenshot({ path: fichier, clip: { x: boite.x, y: haut, width: boite.width, height: Math.min(boite.height, 1400) }, captureBeyondViewport: true });
      const bon = mesure.dehors === 0 && !mesure.defilementHorizontal && mesure.direction === (langue === 'ar' ? 'rtl' : 'ltr');
      if (!bon) ok = false;
      console.log(`${tag.padEnd(24)} ${String(largeur).padStart(4)} px  dir ${mesure.direction}  ${mesure.largeur}×${mesure.hauteur}  boîtes dehors ${mesure.dehors}  défilement horizontal ${mesure.defilementHorizontal ? 'OUI' : 'non'}  ${bon ? 'OK' : 'À REVOIR'}  → ${fichier}`);
    }
    if (erreurs.length) {
      ok = false;
      console.log(`Erreurs de la page à ${largeur} px :\n${erreurs.join('\n')}`);
    }
    await page.close();
  }
} finally {
  await navigateur.close();
  await serveur.stop();
}
process.exit(ok ? 0 : 1);
