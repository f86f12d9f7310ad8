// Packages the integration pages (demo/integration/) import, served by the demo server and the test runner.
//
// - React 19 is CommonJS: the browser cannot import it as it is. `react`, `react-dom` and `react-dom/client` are
//   bundled by esbuild into ONE ES module (so there is one React, shared by react-dom), served at
//   /__paquets/react-tout.js; each bare name resolves to a small facade that re-exports from it. Only React is
//   bundled: the kit's own modules are served as usual, one copy on the page.
// - Vue 3 ships its own browser build (ES module, no `process`): `vue` resolves to it.
// - copieCdn(): /cdn-copie/<chemin> serves <projet>/<chemin>. Another URL is another module for the browser: a
//   page can load the npm build and a « CDN » copy of the kit side by side (the double registration page).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const racine = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(resolve(racine, 'package.json'));

const TOUT = '/__paquets/react-tout.js';
/** Bare name → [URL of its facade, namespace exported by the bundle, its production CommonJS file]. */
const FACADES = {
  react: ['/__paquets/react.js', 'React', 'react/cjs/react.production.js'],
  'react-dom': ['/__paquets/react-dom.js', 'ReactDOM', 'react-dom/cjs/react-dom.production.js'],
  'react-dom/client': ['/__paquets/react-dom-client.js', 'ReactDOMClient', 'react-dom/cjs/react-dom-client.production.js'],
};
const VUE = '/node_modules/vue/dist/vue.runtime.esm-browser.prod.js';

/**
 * `import { useState } from 'react'` needs named exports: the names the production file assigns
 * (`exports.useState = …`), read from its text (requiring React in the server would run its development build).
 */
function facade(espace, fichierCjs) {
  const paquet = fichierCjs.split('/cjs/')[0];
  const texte = readFileSync(resolve(dirname(require.resolve(`${paquet}/package.json`)), 'cjs', fichierCjs.split('/cjs/')[1]), 'utf8');
  const noms = [...new Set([...texte.matchAll(/\bexports\.([A-Za-z_$][\w$]*)\s*=/g)].map((m) => m[1]))].filter((n) => n !== 'default');
  return [`import { ${espace} } from '${TOUT}';`, `export default ${espace};`, `export const { ${noms.join(', ')} } = ${espace};`, ''].join('\n');
}

async function empaqueter() {
  const resultat = await build({
    stdin: {
      contents: [
        "import * as React from 'react';",
        "import * as ReactDOM from 'react-dom';",
        "import * as ReactDOMClient from 'react-dom/client';",
        'export { React, ReactDOM, ReactDOMClient };',
      ].join('\n'),
      resolveDir: racine,
      sourcefile: 'paquets-react.js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    legalComments: 'inline',
    write: false,
    logLevel: 'silent',
  });
  return resultat.outputFiles[0].text;
}

/** Dev-server plugin: React bundled once per server start, Vue's browser build. */
export function paquetsIntegration() {
  let tout;
  const facades = new Map();
  return {
    name: 'paquets-integration',
    resolveImport({ source }) {
      if (source in FACADES) return FACADES[source][0];
      if (source === 'vue') return VUE;
      return undefined;
    },
    async serve(context) {
      if (context.path === TOUT) {
        tout ??= empaqueter();
        return { body: await tout, type: 'js' };
      }
      for (const [url, espace, fichierCjs] of Object.values(FACADES)) {
        if (context.path !== url) continue;
        if (!facades.has(url)) facades.set(url, facade(espace, fichierCjs));
        return { body: facades.get(url), type: 'js' };
      }
      return undefined;
    },
  };
}

const TYPES = { '.js': 'application/javascript', '.mjs': 'application/javascript', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css' };

/** Middleware: /cdn-copie/<chemin> serves the project's file <chemin> as it is (a second URL for each module). */
export function copieCdn() {
  return async function copieCdn(ctx, next) {
    if (!ctx.path.startsWith('/cdn-copie/')) return next();
    const fichier = resolve(racine, decodeURIComponent(ctx.path.slice('/cdn-copie/'.length)));
    if (!fichier.startsWith(racine + sep) || !existsSync(fichier) || !statSync(fichier).isFile()) {
      ctx.status = 404;
      return undefined;
    }
    const extension = fichier.slice(fichier.lastIndexOf('.'));
    ctx.type = TYPES[extension] ?? 'application/octet-stream';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = createReadStream(fichier);
    return undefined;
  };
}
