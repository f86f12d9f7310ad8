// Rollup plugin for MapLibre GL v6, which starts its worker from `new URL('maplibre-gl-worker.mjs',
// import.meta.url)`: the worker file must sit next to the chunk that contains MapLibre. This plugin names that
// chunk `maplibre`, emits the worker beside it, and keeps Terser off it (the file is already minified;
// minifying it again only adds about 20 s to a build).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const MAPLIBRE = /node_modules\/maplibre-gl\/dist\//;

export function maplibre() {
  return {
    name: 'kit-maplibre',
    outputOptions(options) {
      const manual = options.manualChunks;
      return {
        ...options,
        manualChunks(id, api) {
          if (MAPLIBRE.test(id)) return 'maplibre';
          return typeof manual === 'function' ? manual(id, api) : undefined;
        },
      };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !Object.keys(chunk.modules).some((id) => MAPLIBRE.test(id))) continue;
        const worker = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist/maplibre-gl-worker.mjs');
        this.emitFile({
          type: 'asset',
          fileName: join(dirname(chunk.fileName), 'maplibre-gl-worker.mjs'),
          source: readFileSync(worker),
        });
      }
    },
  };
}

/** Wraps a minifier plugin so that it leaves the MapLibre chunk alone. */
export function saufMaplibre(plugin) {
  const renderChunk = plugin.renderChunk;
  return {
    ...plugin,
    renderChunk(code, chunk, ...rest) {
      // Only the chunk that holds MapLibre's own code: our src/carte/maplibre.ts, also named « maplibre »
      // by Rollup, is minified like everything else.
      if (Object.keys(chunk.modules).some((id) => MAPLIBRE.test(id))) return null;
      return renderChunk.call(this, code, chunk, ...rest);
    },
  };
}
