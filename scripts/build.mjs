#!/usr/bin/env node
// `npm run build`: Rollup (browser entries + Node build), the self-contained files (dist/autonome), type declarations and custom-elements.json.
// `--node-only`: only the Node build of the data layer and the command line (used by `prepare`, bench, CLI).
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';

const nodeOnly = process.argv.includes('--node-only');
function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const bin = (name) => `node_modules/.bin/${name}`;

if (nodeOnly) {
  rmSync('dist/node', { recursive: true, force: true });
  run(bin('rollup'), ['-c', '--silent'], { KIT_NODE_ONLY: '1' });
} else {
  rmSync('dist', { recursive: true, force: true });
  run(bin('rollup'), ['-c', '--silent']);
  run('node', ['scripts/autonome.mjs']);
  // The banner's place, reserved by the page before its script arrives (to copy into the site's stylesheet).
  for (const dossier of ['dist', 'dist/autonome']) {
    copyFileSync('src/components/bandeau-aide-demarche/reserve.css', `${dossier}/bandeau-aide-demarche.reserve.css`);
  }
  run(bin('tsc'), ['-p', 'tsconfig.build.json', '--declaration', '--emitDeclarationOnly', '--outDir', 'dist/types', '--sourceMap', 'false']);
  run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/components/**/*.ts', 'src/base/*.ts', '--exclude', 'src/**/*.test.ts', '--quiet']);
}
