// Web Test Runner: every test in headless Chromium with real WebGL (SwiftShader), real fetch, real axe.
import { createReadStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium } from './scripts/chromium.mjs';

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

export default {
  rootDir: here,
  files: ['test/**/*.test.ts', ...(hasSharedData ? [] : ['!test/real-data/**'])],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: resolve(here, 'tsconfig.json') })],
  middleware: [
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
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--headless=new',
          '--no-sandbox',
          '--use-angle=swiftshader',
          '--enable-unsafe-swiftshader',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
};
