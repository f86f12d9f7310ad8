// Demo server (`npm start`): serves the project from its sources (TypeScript compiled on the fly).
import { esbuildPlugin } from '@web/dev-server-esbuild';

/**
 * `import css from 'maplibre-gl/dist/maplibre-gl.css'` gives the CSS text, as in the build (rollup.config.mjs):
 * that one file is served as a JavaScript module whose default export is its text. Also used by the test runner.
 */
export function cssMaplibreEnTexte() {
  const estCss = (chemin) => chemin.endsWith('/maplibre-gl/dist/maplibre-gl.css');
  return {
    name: 'css-maplibre-en-texte',
    resolveMimeType(context) {
      if (estCss(context.path)) return 'js';
      return undefined;
    },
    transform(context) {
      if (!estCss(context.path) || typeof context.body !== 'string') return undefined;
      return { body: `export default ${JSON.stringify(context.body)};` };
    },
  };
}

export default {
  rootDir: '.',
  nodeResolve: true,
  port: Number(process.env.PORT) || 8000,
  appIndex: undefined,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), cssMaplibreEnTexte()],
};
