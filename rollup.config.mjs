// Build: one ES module per element plus the all-in-one and the data API, sharing Lit and the data layer as
// chunks; the opening-hours parser, the v0 mapping and the CSV reader are lazy chunks. A Node build of the
// data layer and the command line goes to dist/node.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { maplibre, saufMaplibre } from './scripts/rollup-maplibre.mjs';

/** Public entries: each element on its own, the all-in-one, and the pure data API. */
export const ENTREES = {
  index: 'src/index.ts',
  'annuaire-inclusion': 'src/components/annuaire-inclusion/annuaire-inclusion.ts',
  'annuaire-resume': 'src/components/annuaire-resume/annuaire-resume.ts',
  data: 'src/data/index.ts',
};

const ts = () => typescript({ tsconfig: './tsconfig.build.json' });

/** Writes dist/modules.json: for each chunk, the rendered size of each module in it (for `npm run size`). */
const tailleModules = () => ({
  name: 'taille-modules',
  generateBundle(_options, bundle) {
    const out = {};
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      out[file] = {
        imports: chunk.imports,
        dynamicImports: chunk.dynamicImports,
        modules: Object.fromEntries(
          Object.entries(chunk.modules)
            .filter(([, m]) => m.renderedLength > 0)
            .map(([id, m]) => [id.replace(process.cwd() + '/', ''), m.renderedLength]),
        ),
      };
    }
    this.emitFile({ type: 'asset', fileName: 'modules.json', source: JSON.stringify(out, null, 1) });
  },
});

const navigateur = {
  input: ENTREES,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    // Every element needs the loader (its standalone fallback loads its own `src`): one core chunk for it
    // compresses better than five small files. Lit is split in two: its reactive core with the context
    // (every element), and the template engine (rendering elements only: the provider renders nothing).
    // The data API (data.js) loads no Lit at all.
    manualChunks(id) {
      if (/node_modules\/(lit|lit-html|lit-element)\//.test(id)) return 'lit';
      if (/node_modules\/(@lit\/reactive-element|@lit\/context)\//.test(id)) return 'lit-coeur';
      if (/src\/(base\/outils\.ts|controllers\/sources\.ts|data\/(charger|valider|standard|texte|telephone)\.ts)/.test(id)) {
        return 'noyau';
      }
      return undefined;
    },
  },
  preserveEntrySignatures: 'strict',
  plugins: [
    nodeResolve({ browser: true }),
    ts(),
    maplibre(),
    saufMaplibre(terser({ ecma: 2022, module: true, format: { comments: false } })),
    tailleModules(),
  ],
};

const node = {
  input: { data: 'src/data/index.ts', cli: 'src/cli/main.ts' },
  output: { dir: 'dist/node', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
  external: [/^node:/],
  plugins: [nodeResolve(), ts()],
};

export default process.env.KIT_NODE_ONLY ? [node] : [navigateur, node];
