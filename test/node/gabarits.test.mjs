// Lit templates are minified at build time (rollup-plugin-minify-template-literals): a template that starts with a
// space loses it (html` · ${n}` gives « 54 lieux· 2 » in the build, « 54 lieux · 2 » from the sources). Such a
// space must be written \u0020, which the minifier leaves alone and JavaScript turns into a space.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function* fichiers(dossier) {
  for (const nom of readdirSync(dossier)) {
    const chemin = join(dossier, nom);
    if (statSync(chemin).isDirectory()) yield* fichiers(chemin);
    else if (chemin.endsWith('.ts')) yield chemin;
  }
}

test('aucun gabarit html`…` ne commence par une espace que la minification effacerait', () => {
  const fautifs = [];
  for (const f of fichiers('src')) {
    readFileSync(f, 'utf8')
      .split('\n')
      .forEach((ligne, i) => {
        if (/html`[ \t]+[^\s]/.test(ligne)) fautifs.push(`${f}:${i + 1}`);
      });
  }
  assert.deepEqual(fautifs, [], 'écrire \\u0020 au lieu de l’espace de tête');
});
