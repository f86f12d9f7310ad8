// Build: one ES module per element plus the all-in-one and the data API, sharing Lit and the data layer as
// chunks; the opening-hours parser, the v0 mapping and the CSV reader are lazy chunks. A Node build of the
// data layer and the command line goes to dist/node.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { maplibre, saufMaplibre } from './scripts/rollup-maplibre.mjs';

/** Public entries: each element on its own, the all-in-one, and the pure data API. */
export const ENTREES = {
  index: 'src/index.ts',
  'annuaire-inclusion': 'src/components/annuaire-inclusion/annuaire-inclusion.ts',
  'annuaire-resume': 'src/components/annuaire-resume/annuaire-resume.ts',
  'carte-mediation': 'src/components/carte-mediation/carte-mediation.ts',
  'diag-autonomie': 'src/components/diag-autonomie/diag-autonomie.ts',
  'orientation-flow': 'src/components/orientation-flow/orientation-flow.ts',
  'agenda-ateliers': 'src/components/agenda-ateliers/agenda-ateliers.ts',
  'bandeau-aide-demarche': 'src/components/bandeau-aide-demarche/bandeau-aide-demarche.ts',
  data: 'src/data/index.ts',
};

const ts = () => typescript({ tsconfig: './tsconfig.build.json' });

/** `import css from 'maplibre-gl/dist/maplibre-gl.css'` gives the CSS text (src/carte/maplibre.ts adopts it into the
 *  map's shadow root, which the page's stylesheets do not reach). Only that file: no other CSS is imported. */
const cssMaplibreEnTexte = () => ({
  name: 'css-maplibre-en-texte',
  transform(code, id) {
    if (!/maplibre-gl[\\/]dist[\\/]maplibre-gl\.css$/.test(id)) return null;
    return { code: `export default ${JSON.stringify(code)};`, map: { mappings: '' } };
  },
});

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
    // KIT_DIST: another output folder, so that two builds can run side by side (measuring sizes while working).
    dir: process.env.KIT_DIST || 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    // The loader (fetch, parsing, validation) is one chunk: the provider imports it, and an element alone on a
    // page fetches it on demand to load its own `src` (elements inside the provider never do). Small shared
    // modules (value lists, text folding, phone formatting) make one core chunk rather than four small files. Lit is split in two: its reactive core with the context
    // (every element), and the template engine (rendering elements only: the provider renders nothing).
    // The data API (data.js) loads no Lit at all.
    manualChunks(id) {
      // The kit's base class and its language plumbing go with the template engine: every rendering element
      // needs both, the provider neither (one file less per page).
      if (/node_modules\/(lit|lit-html|lit-element)\//.test(id) || /src\/(base\/kit-element|i18n\/(langue|locale|choix-langue))\.ts$/.test(id)) return 'lit';
      // With the kit's own define/emit helpers (src/base/outils.ts), which every element and the provider use.
      if (/node_modules\/@lit\/reactive-element\//.test(id) || /src\/base\/outils\.ts$/.test(id)) return 'lit-coeur';
      if (/src\/(controllers\/sources\.ts|data\/(charger|valider)\.ts)/.test(id)) return 'chargeur';
      if (/src\/data\/(texte|telephone|distance)\.ts/.test(id)) return 'noyau';
      // The page's shared contexts (directory, diagnosis) and the event helpers: tiny, used by every element.
      // @lit/context travels with them: the banner, which takes nothing from a provider, loads none of it.
      if (/src\/context\/(annuaire|diagnostic)\.ts/.test(id) || /node_modules\/@lit\/context\//.test(id)) return 'annuaire';
      // Workshops and their vocabulary (levels, matching) travel together (diag, agenda, orientation's results):
      // one chunk instead of two small ones. The diagnosis scoring stays apart: the agenda does not need it.
      if (/src\/data\/(ateliers|vocabulaire)\.ts/.test(id)) return 'ateliers';
      return undefined;
    },
  },
  preserveEntrySignatures: 'strict',
  plugins: [
    nodeResolve({ browser: true }),
    cssMaplibreEnTexte(),
    ts(),
    // Lit's html`` and css`` literals keep their indentation and line breaks through Terser: minify them.
    minifyTemplateLiterals({ include: ['src/**'], failOnError: true }),
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

export default process.env.KIT_NODE_ONLY ? [node] : process.env.KIT_DIST ? [navigateur] : [navigateur, node];
