// Demo server (`npm start`): serves the project from its sources (TypeScript compiled on the fly).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { copieCdn, paquetsIntegration } from './scripts/dev-server-paquets.mjs';

/**
 * `import css from 'maplibre-gl/dist/maplibre-gl.css'` gives the CSS text, as in the build (rollup.config.mjs):
 * that one file is served as a JavaScript module whose default export is its text. Also used by the test runner.
 */
export function cssMaplibreEnTexte() {
  // Also any CSS file asked with `?texte` (the configurator reads reserve.css so; a <link> to it stays CSS).
  const estCss = (chemin, requete) => chemin.endsWith('/maplibre-gl/dist/maplibre-gl.css') || (chemin.endsWith('.css') && requete?.texte !== undefined);
  return {
    name: 'css-maplibre-en-texte',
    resolveMimeType(context) {
      if (estCss(context.path, context.query)) return 'js';
      return undefined;
    },
    transform(context) {
      if (!estCss(context.path, context.query) || typeof context.body !== 'string') return undefined;
      return { body: `export default ${JSON.stringify(context.body)};` };
    },
  };
}

export default {
  rootDir: '.',
  nodeResolve: true,
  port: Number(process.env.PORT) || 8000,
  appIndex: undefined,
  // /cdn-copie/<chemin>: a second URL for each file, for demo/integration/double.html (two copies of the kit).
  middleware: [copieCdn()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), cssMaplibreEnTexte(), paquetsIntegration()],
};
