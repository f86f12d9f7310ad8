// Web Test Runner: every test in headless Chromium with real WebGL (SwiftShader), real fetch, real axe.
import { createReadStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium } from './scripts/chromium.mjs';
import { cssMaplibreEnTexte } from './web-dev-server.config.mjs';
import { pageCollee } from './test/serveur/page-collee.mjs';
import { copieCdn, paquetsIntegration } from './scripts/dev-server-paquets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// The real regional export lives beside the project (../shared/data), never inside it. When it is there
// (always in CI), the test server exposes it under /shared-data/ and the real-data tests run.
const sharedData = resolve(here, '../shared/data');
const hasSharedData = existsSync(sharedData);
if (!hasSharedData) {
  console.log('Données réelles ../shared/data absentes : les tests sur données réelles ne sont pas lancés.');
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('Aucun Chromium trouvé : lancez « npm test », qui l’installe, ou définissez CHROME_PATH.');
  process.exit(1);
}

// Test-only server behaviours (real HTTP responses, not mocks):
// - /test-compte/<clé>/<fichier>: serves test/fixtures/<fichier> and counts requests per key;
//   /test-compte-lire/<clé> answers the count, so a test can check how many requests the page really made.
// - /test-instable/<clé>/<fichier>: answers 503 the first time for a key, then serves the file (retry).
// - /test-lent/<ms>/<fichier>: serves the file after a delay (to see the loading state).
// - /test-carte/style-tuiles-en-panne.json: a valid MapLibre style whose raster tiles (/test-carte/tuile-en-panne/…)
//   all answer 500 (a 404 tile is an empty tile for MapLibre, not an error).
const compteurs = new Map();
const instables = new Set();
function servirFixture(ctx, fichier) {
  const chemin = resolve(here, 'test/fixtures', fichier);
  if (!chemin.startsWith(resolve(here, 'test/fixtures') + '/') || !existsSync(chemin)) {
    ctx.status = 404;
    return;
  }
  ctx.type = chemin.endsWith('.csv') ? 'text/csv' : 'application/json';
  ctx.body = createReadStream(chemin);
}

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
const chrome = (plus = []) => chromeLauncher({ launchOptions: { executablePath, headless: true, args: [...ARGS, ...plus] } });

/**
 * `executeServerCommand('geolocaliser', {latitude, longitude})` grants the page the geolocation permission and
 * sets the position the browser reports (Chromium's own emulation: the page's code runs unchanged);
 * `executeServerCommand('geolocaliser', null)` makes the browser refuse it, as a person saying « Bloquer » would.
 */
function geolocalisation() {
  return {
    name: 'geolocalisation',
    async executeCommand({ command, payload, session }) {
      if (command !== 'geolocaliser') return undefined;
      const page = session.browser.getPage(session.id);
      const origine = new URL(page.url()).origin;
      await page.browserContext().overridePermissions(origine, payload ? ['geolocation'] : []);
      if (payload) await page.setGeolocation(payload);
      return true;
    },
  };
}

/** `executeServerCommand('premier-plan')`: the test's page gets the browser's focus back and may write to the
 *  clipboard, as a page a person is using (the clipboard only answers a focused page that has the permission;
 *  after other test files of a run, it may have neither). */
function premierPlan() {
  return {
    name: 'premier-plan',
    async executeCommand({ command, session }) {
      if (command !== 'premier-plan') return undefined;
      const page = session.browser.getPage(session.id);
      await page.browserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      await page.bringToFront();
      return true;
    },
  };
}

export default {
  rootDir: here,
  // WTR_PORT: another port, so that two runs (or `npm start` on 8000) can share the machine.
  port: Number(process.env.WTR_PORT) || 8000,
  files: ['test/**/*.test.ts', '!test/sans-webgl/**', ...(hasSharedData ? [] : ['!test/real-data/**'])],
  nodeResolve: true,
  // One test page at a time: a page in a background tab gets no animation frames, and fixtures (and MapLibre)
  // wait for frames. Measured: with 2 pages at once, fixtures hung in one run out of two.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: resolve(here, 'tsconfig.json') }),
    cssMaplibreEnTexte(),
    geolocalisation(),
    premierPlan(),
    paquetsIntegration(),
  ],
  middleware: [
    pageCollee,
    // /cdn-copie/<chemin>: the project's file again under another URL (a second copy of the kit on one page).
    copieCdn(),
    async function fixturesDeTest(ctx, next) {
      let m = /^\/test-compte\/([^/]+)\/(.+)$/.exec(ctx.path);
      if (m) {
        compteurs.set(m[1], (compteurs.get(m[1]) ?? 0) + 1);
        return servirFixture(ctx, decodeURIComponent(m[2]));
      }
      m = /^\/test-compte-lire\/([^/]+)$/.exec(ctx.path);
      if (m) {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ requetes: compteurs.get(m[1]) ?? 0 });
        return;
      }
      m = /^\/test-lent\/(\d+)\/(.+)$/.exec(ctx.path);
      if (m) {
        await new Promise((r) => setTimeout(r, Math.min(5000, Number(m[1]))));
        return servirFixture(ctx, decodeURIComponent(m[2]));
      }
      m = /^\/test-instable\/([^/]+)\/(.+)$/.exec(ctx.path);
      if (m) {
        if (!instables.has(m[1])) {
          instables.add(m[1]);
          ctx.status = 503;
          ctx.set('Cache-Control', 'no-store');
          ctx.body = 'indisponible';
          return;
        }
        return servirFixture(ctx, decodeURIComponent(m[2]));
      }
      if (ctx.path === '/test-carte/style-tuiles-en-panne.json') {
        ctx.type = 'application/json';
        ctx.set('Cache-Control', 'no-store');
        ctx.body = JSON.stringify({
          version: 8,
          sources: {
            fond: { type: 'raster', tileSize: 256, tiles: [`http://${ctx.host}/test-carte/tuile-en-panne/{z}/{x}/{y}.png`] },
          },
          layers: [{ id: 'fond', type: 'raster', source: 'fond' }],
        });
        return;
      }
      if (ctx.path.startsWith('/test-carte/tuile-en-panne/')) {
        ctx.status = 500;
        ctx.set('Cache-Control', 'no-store');
        ctx.body = 'panne';
        return;
      }
      return next();
    },
    // A slow network: /test-reseau-lent/<ms>/<clé>/<chemin> serves <chemin> as is, and the kit's built files (dist/)
    // after <ms>. A page opened this way (demo/bandeau.html) finds its script under the same prefix (relative
    // URL): it paints before the element's file arrives, as on a phone on 3G; a new <clé> is a URL the browser has
    // never cached.
    async function reseauLent(ctx, next) {
      const m = /^\/test-reseau-lent\/(\d+)\/[\w-]+(\/.*)$/.exec(ctx.path);
      if (!m) return next();
      if (m[2].startsWith('/dist/')) await new Promise((r) => setTimeout(r, Math.min(5000, Number(m[1]))));
      ctx.url = m[2] + ctx.search;
      return next();
    },
    async function sharedDataMiddleware(ctx, next) {
      if (hasSharedData && ctx.path.startsWith('/shared-data/')) {
        const file = resolve(sharedData, decodeURIComponent(ctx.path.slice('/shared-data/'.length)));
        if (file.startsWith(sharedData + '/') && existsSync(file)) {
          ctx.type = file.endsWith('.json') ? 'application/json' : 'text/plain';
          ctx.body = createReadStream(file);
          return;
        }
      }
      return next();
    },
  ],
  browsers: [chrome()],
  // A browser without WebGL (old phones, some locked-down PCs): the map gives way to the list. Real Chromium
  // started with WebGL turned off, not a stub of getContext.
  groups: [{ name: 'sans-webgl', files: 'test/sans-webgl/**/*.test.ts', browsers: [chrome(['--disable-webgl', '--disable-3d-apis'])] }],
};
