// The reference pages (docs/elements/*.md) against the code: they must be what scripts/docs.mjs writes from a
// manifest analysed now from the sources (not the custom-elements.json of the last build, which may be stale), and
// that manifest must describe every public attribute and say what the code does (events, parts, slots, --kit-*).
// Run: node --test test/node/docs.test.mjs (also part of `npm test`). After a change: `npm run docs`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { apiPublique, elementsPublics, faitsDuCode, genererPages, manifesteFrais, RACINE } from '../../scripts/docs.mjs';

const manifeste = await manifesteFrais();
const elements = elementsPublics(manifeste);
const POUR_CORRIGER = 'lancez `npm run docs` (ou `npm run manifest && node scripts/docs.mjs`)';

test('every element built for pages is in the manifest, with a tag name', () => {
  // The entries of the build (`export const ENTREES = { … }` in rollup.config.mjs), read as text: importing the
  // config would start its plugins.
  const config = readFileSync(join(RACINE, 'rollup.config.mjs'), 'utf8');
  const entrees = /export const ENTREES\s*=\s*\{([^}]*)\}/.exec(config)?.[1] ?? '';
  const attendus = [...entrees.matchAll(/^\s*'?([\w-]+)'?\s*:/gm)].map((m) => m[1]).filter((n) => n !== 'index' && n !== 'data').sort();
  assert.ok(attendus.length, 'ENTREES introuvable dans rollup.config.mjs');
  assert.deepEqual(elements.map((e) => e.tagName), attendus);
});

test('docs/elements/*.md are up to date with the manifest', () => {
  const pages = genererPages(manifeste);
  const dossier = join(RACINE, 'docs/elements');
  const presents = existsSync(dossier) ? readdirSync(dossier).filter((f) => f.endsWith('.md')).sort() : [];
  assert.deepEqual(presents, [...pages.keys()].map((t) => `${t}.md`).sort(), `pages en trop ou manquantes dans docs/elements/ : ${POUR_CORRIGER}`);
  const perimees = [...pages].filter(([tag, attendu]) => readFileSync(join(dossier, `${tag}.md`), 'utf8') !== attendu);
  assert.deepEqual(perimees.map(([tag]) => `docs/elements/${tag}.md`), [], `pages plus à jour : ${POUR_CORRIGER}`);
});

test('every public attribute has a description', () => {
  const sans = [];
  for (const e of elements) {
    for (const a of apiPublique(e, manifeste).attributs) if (!a.description.trim()) sans.push(`<${e.tagName} ${a.nom}>`);
  }
  assert.deepEqual(sans, [], `attributs sans description (un commentaire /** … */ au-dessus du champ, ou @attr sur la classe) : ${sans.join(', ')}`);
});

test('every property, event, slot, CSS custom property and part has a description, and every element a summary', () => {
  const sans = [];
  for (const e of elements) {
    const api = apiPublique(e, manifeste);
    if (!api.resume.trim()) sans.push(`<${e.tagName}> @summary`);
    for (const [sorte, liste] of Object.entries({
      propriété: api.proprietes,
      événement: api.evenements,
      emplacement: api.emplacements,
      'propriété CSS': api.proprietesCss,
      partie: api.parties,
    })) {
      for (const x of liste) if (!x.description.trim()) sans.push(`<${e.tagName}> ${sorte} ${x.nom || '(sans nom)'}`);
    }
  }
  assert.deepEqual(sans, [], `sans description : ${sans.join(', ')}`);
});

test('the manifest says what the code does: events dispatched, parts, slots, --kit-* custom properties', () => {
  // The shared colours of src/styles/base.ts may go undocumented on an element that shows nothing they colour;
  // every other custom property an element reads must be documented, and none that it does not read.
  const base = new Set([...readFileSync(join(RACINE, 'src/styles/base.ts'), 'utf8').matchAll(/var\((--kit-[\w-]+)/g)].map((m) => m[1]));
  const ecarts = [];
  const comparer = (tag, sorte, code, manifeste_) => {
    const manquants = [...code].filter((x) => !manifeste_.has(x));
    const enTrop = [...manifeste_].filter((x) => !code.has(x));
    if (manquants.length) ecarts.push(`<${tag}> ${sorte} dans le code mais pas documenté : ${manquants.map((x) => x || '(sans nom)').join(', ')}`);
    if (enTrop.length) ecarts.push(`<${tag}> ${sorte} documenté mais absent du code : ${enTrop.map((x) => x || '(sans nom)').join(', ')}`);
  };
  for (const e of elements) {
    const code = faitsDuCode(e.chemin);
    comparer(e.tagName, 'événement', new Set(code.evenements.keys()), new Set((e.events ?? []).map((x) => x.name)));
    comparer(e.tagName, 'partie', code.parties, new Set((e.cssParts ?? []).map((x) => x.name)));
    comparer(e.tagName, 'emplacement', code.emplacements, new Set((e.slots ?? []).map((x) => x.name)));
    const documentees = new Set((e.cssProperties ?? []).map((x) => x.name));
    const lues = new Set([...code.proprietesCss].filter((p) => !base.has(p) || documentees.has(p)));
    comparer(e.tagName, 'propriété CSS', lues, documentees);
  }
  assert.deepEqual(ecarts, [], ecarts.join('\n'));
});

test('the shipped manifest lists only the public API: no internal state or private field as an attribute', () => {
  const carte = elements.find((e) => e.tagName === 'carte-mediation');
  const agenda = elements.find((e) => e.tagName === 'agenda-ateliers');
  const bandeau = elements.find((e) => e.tagName === 'bandeau-aide-demarche');
  const noms = (e) => (e.attributes ?? []).map((a) => a.fieldName ?? a.name);
  // Internal state of each (custom-elements-manifest.config.mjs removes them), next to a real attribute.
  assert.ok(noms(carte).includes('fond') && !noms(carte).includes('etatCarte') && !noms(carte).includes('filtres'));
  assert.ok(noms(agenda).includes('semaines') && !noms(agenda).includes('vueActive'));
  assert.ok(noms(bandeau).includes('organisme') && !noms(bandeau).includes('reponse') && !noms(bandeau).includes('enCours'));
});
