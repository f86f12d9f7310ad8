#!/usr/bin/env node
// Entry of the command line; the code is built into dist/node by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/node/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('kit-inclusion : la ligne de commande n’est pas construite ; lancez « npm install » ou « npm run build ».');
  process.exit(1);
}
const { main } = await import(cli);
process.exitCode = await main(process.argv.slice(2));
