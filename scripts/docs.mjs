#!/usr/bin/env node
// `npm run docs` (the build first: it writes custom-elements.json), or `node scripts/docs.mjs` when the manifest is
// fresh (`npm run manifest`): writes the reference page of each public element, docs/elements/<tag>.md.
//
// A page is its hand-written source, docs/sources/<tag>.md (what the element is for, examples, RGAA criteria,
// notes), in which the line `<!-- référence -->` is replaced by the reference generated from the manifest:
// attributes, JavaScript properties without an attribute, events, slots, CSS custom properties and CSS parts, as
// French tables. Edit the source or the element's doc comments, never docs/elements/ (the pages say so at the
// top); test/node/docs.test.mjs fails when a page is out of date.
//
// The descriptions are the JSDoc of the element classes and of their public fields (src/components/*/<tag>.ts:
// `@summary`, `@attr`, `@fires`, `@slot`, `@cssproperty`, `@csspart`, and a comment above each `declare`d field).
// They are written in French on purpose, unlike the code's other comments: integrators read them, here, in the
// manifest shipped with the package and in their editor.
//
// Three facts the analyzer does not record are read from the element's own source, so that the pages stay true
// to the code:
// - which entries of `static properties` are internal state (`state: true`: the analyzer wrongly lists them as
//   attributes; they are left out, as are private and protected fields) or have no attribute (`attribute: false`:
//   listed as « Propriétés JavaScript »; other public members of the class are implementation details);
// - which events are cancelable (`cancelable: true` in the `emit`/`emettre` call that dispatches them);
// - the fields of each event's `detail` (the `…Detail` interface named in `@fires {CustomEvent<…Detail>}`, found in
//   src/events/*.ts).
// `faitsDuCode` also collects what the templates and styles use (events dispatched, `part=`, `<slot>`, `--kit-*`),
// for the test that compares it with the manifest.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const RACINE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MARQUE = '<!-- référence -->';
/** The globs of `npm run manifest` and scripts/build.mjs. */
const GLOBS = ['src/components/**/*.ts', 'src/base/*.ts'];
const EXCLUS = ['src/**/*.test.ts'];

// ---------------------------------------------------------------------------------------------------------------
// The manifest

export function lireManifeste(racine = RACINE) {
  const chemin = join(racine, 'custom-elements.json');
  if (!existsSync(chemin)) {
    throw new Error('custom-elements.json manque : lancez `npm run manifest` (ou `npm run docs`, qui construit tout).');
  }
  return JSON.parse(readFileSync(chemin, 'utf8'));
}

/** A manifest computed now from the sources, in memory (what `npm run manifest` would write), for the test. */
export async function manifesteFrais(racine = RACINE) {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  // A config file only to keep the analyzer from touching package.json (`packagejson: false`); the project's own
  // config, if one is ever added, is kept.
  const propre = ['mjs', 'js', 'cjs'].map((e) => join(racine, `custom-elements-manifest.config.${e}`)).find(existsSync);
  const config = join(tmpdir(), `kit-docs-cem-${process.pid}.mjs`);
  writeFileSync(
    config,
    propre
      ? `import c from ${JSON.stringify(pathToFileURL(propre).href)};\nexport default { ...c, packagejson: false };\n`
      : 'export default { packagejson: false };\n',
  );
  try {
    return await cli({
      argv: ['analyze', '--litelement', '--globs', ...GLOBS, '--exclude', ...EXCLUS, '--quiet', '--config', config],
      cwd: racine,
      noWrite: true,
    });
  } finally {
    rmSync(config, { force: true });
  }
}

/** The public elements: classes with a tag name, from src/components/, sorted by tag. */
export function elementsPublics(manifeste) {
  const elements = [];
  for (const module of manifeste.modules ?? []) {
    if (!module.path.startsWith('src/components/')) continue;
    for (const d of module.declarations ?? []) if (d.customElement && d.tagName) elements.push({ ...d, chemin: module.path });
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

// ---------------------------------------------------------------------------------------------------------------
// Facts read from the sources

/** The entries of the class's `static properties = { … }`: name → { etat, sansAttribut, convertisseur }. */
export function proprietesLit(source) {
  const debut = source.search(/static\s+(?:override\s+)?properties\b[^=]*=\s*\{/);
  if (debut < 0) return new Map();
  const ouverture = source.indexOf('{', source.indexOf('=', debut));
  const corps = source.slice(ouverture + 1, fermante(source, ouverture));
  const entrees = new Map();
  for (const m of corps.matchAll(/(\w+)\s*:\s*\{([^}]*)\}/g)) {
    entrees.set(m[1], {
      etat: /\bstate\s*:\s*true\b/.test(m[2]),
      sansAttribut: /\battribute\s*:\s*false\b/.test(m[2]),
      // Lit's converter for the attribute: String, Number, Boolean (Object and Array: JSON).
      convertisseur: /\btype\s*:\s*(\w+)/.exec(m[2])?.[1],
    });
  }
  return entrees;
}

/** Index of the bracket that closes the one at `ouverture` (strings and template literals are not special-cased). */
function fermante(texte, ouverture) {
  const paire = { '(': ')', '{': '}', '[': ']' }[texte[ouverture]];
  let profondeur = 0;
  for (let i = ouverture; i < texte.length; i++) {
    if (texte[i] === texte[ouverture]) profondeur++;
    else if (texte[i] === paire && --profondeur === 0) return i;
  }
  return texte.length;
}

/** The source files an element runs: its module and everything it imports from src/, statically or lazily. */
export function fichiersDe(cheminModule, racine = RACINE) {
  const vus = new Set();
  const aVoir = [resolve(racine, cheminModule)];
  while (aVoir.length) {
    const fichier = aVoir.pop();
    if (vus.has(fichier)) continue;
    vus.add(fichier);
    const texte = readFileSync(fichier, 'utf8');
    // `import … from './x.js'`, `export … from './x.js'`, `import('./x.js')`; not `import type`.
    const imports = /(?:^|[^\w.])(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/gm;
    for (const m of texte.matchAll(imports)) {
      const cible = resolve(dirname(fichier), (m[1] ?? m[2]).replace(/\.js$/, '.ts'));
      if (existsSync(cible)) aVoir.push(cible);
    }
  }
  return [...vus].sort();
}

/**
 * What the element's code does, read from its files: the events it dispatches (and whether cancelable), the
 * `part` names and slots of its templates, and the `--kit-*` custom properties its styles actually read (a
 * property counts when the private variable it feeds, `--_x: var(--kit-…)`, is used somewhere).
 */
export function faitsDuCode(cheminModule, racine = RACINE) {
  const fichiers = fichiersDe(cheminModule, racine);
  const texte = fichiers.map((f) => readFileSync(f, 'utf8')).join('\n');
  const evenements = new Map();
  for (const m of texte.matchAll(/\b(?:emit|emettre)\s*(?:<[^>()]*>)?\s*\(/g)) {
    const ouverture = m.index + m[0].length - 1;
    const appel = texte.slice(ouverture, fermante(texte, ouverture) + 1);
    const nom = /^\(\s*(?:[\w.]+\s*,\s*)?'([a-z][a-z-]*)'/.exec(appel)?.[1];
    if (!nom) continue; // a definition (`emit<T>(name: string…`) or a name in a variable
    const annulable = /\bcancelable\s*:\s*true\b/.test(appel);
    evenements.set(nom, { annulable: annulable || !!evenements.get(nom)?.annulable });
  }
  const parties = new Set([...texte.matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1].trim().split(/\s+/)));
  const emplacements = new Set([...texte.matchAll(/<slot(?:\s+name="([^"]+)")?/g)].map((m) => m[1] ?? ''));
  if (/createElement\(\s*'slot'\s*\)/.test(texte)) emplacements.add('');
  const alias = new Map();
  for (const m of texte.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--kit-[\w-]+)/g)) alias.set(m[1], m[2]);
  const proprietesCss = new Set();
  for (const m of texte.matchAll(/var\(\s*(--_[\w-]+)/g)) if (alias.has(m[1])) proprietesCss.add(alias.get(m[1]));
  for (const m of texte.matchAll(/([\w-]*)\s*:?\s*var\(\s*(--kit-[\w-]+)/g)) if (!m[1].startsWith('--_')) proprietesCss.add(m[2]);
  return { fichiers: fichiers.map((f) => relative(racine, f)), evenements, parties, emplacements, proprietesCss };
}

/** The `…Detail` types of src/events/*.ts: name → list of fields { nom, type, facultatif }, or [] for `{}`. */
export function typesDetail(racine = RACINE) {
  const types = new Map();
  const dossier = join(racine, 'src/events');
  for (const f of readdirSync(dossier).filter((x) => x.endsWith('.ts')).sort()) {
    const texte = readFileSync(join(dossier, f), 'utf8');
    for (const m of texte.matchAll(/export\s+type\s+(\w+)\s*=\s*Record<string,\s*never>\s*;/g)) types.set(m[1], []);
    for (const m of texte.matchAll(/export\s+interface\s+(\w+)\s*\{/g)) {
      const ouverture = m.index + m[0].length - 1;
      const corps = texte.slice(ouverture + 1, fermante(texte, ouverture)).replace(/\/\*[\s\S]*?\*\//g, '');
      const champs = [...corps.matchAll(/^\s*(\w+)(\?)?\s*:\s*([^;]+);/gm)].map((c) => ({
        nom: c[1],
        type: c[3].replace(/\s+/g, ' ').trim(),
        facultatif: !!c[2],
      }));
      types.set(m[1], champs);
    }
  }
  return types;
}

// ---------------------------------------------------------------------------------------------------------------
// What the pages show

/**
 * The public API of an element, as the pages show it: attributes (not internal state, not private), JavaScript
 * properties without an attribute, events with their `detail` and whether cancelable, slots, CSS custom
 * properties, CSS parts.
 */
export function apiPublique(element, manifeste, racine = RACINE) {
  const source = readFileSync(join(racine, element.chemin), 'utf8');
  const lit = proprietesLit(source);
  const membres = new Map((element.members ?? []).filter((m) => m.kind === 'field' && !m.static).map((m) => [m.name, m]));
  const public_ = (nom) => {
    const m = membres.get(nom);
    return !lit.get(nom)?.etat && (!m || !m.privacy || m.privacy === 'public');
  };
  const attributs = (element.attributes ?? [])
    .filter((a) => public_(a.fieldName ?? a.name))
    .map((a) => {
      const propriete = a.fieldName ?? a.name;
      const m = membres.get(propriete);
      const type = m?.type?.text ?? a.type?.text ?? '';
      // An attribute is text converted by Lit's `type` (String, Number, Boolean): say that, unless the field's type
      // lists the values (`'moi' | 'aidant'`). The member's default is the one the analyzer resolves best.
      const convertisseur = { String: 'string', Number: 'number', Boolean: 'boolean' }[lit.get(propriete)?.convertisseur];
      return {
        nom: a.name,
        propriete,
        type: /^'[^']*'(\s*\|\s*'[^']*')+$/.test(type) || !convertisseur ? type : convertisseur,
        defaut: constante(manifeste, element.chemin, m?.default ?? a.default),
        description: a.description ?? m?.description ?? '',
      };
    });
  const proprietes = [...lit]
    .filter(([nom, p]) => p.sansAttribut && !p.etat && public_(nom))
    .map(([nom]) => {
      const m = membres.get(nom);
      return { nom, type: m?.type?.text ?? '', defaut: m?.default, description: m?.description ?? '' };
    });
  const code = faitsDuCode(element.chemin, racine);
  const details = typesDetail(racine);
  const evenements = (element.events ?? []).map((e) => {
    const nomType = /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? '')?.[1];
    if (!nomType || !details.has(nomType)) {
      throw new Error(`<${element.tagName}> : l’événement ${e.name} doit être décrit par @fires {CustomEvent<…Detail>}, avec un type de src/events/ (trouvé : ${e.type?.text ?? 'aucun type'}).`);
    }
    return { nom: e.name, description: e.description ?? '', detail: details.get(nomType), annulable: !!code.evenements.get(e.name)?.annulable };
  });
  const liste = (l) => (l ?? []).map((x) => ({ nom: x.name, defaut: x.default, description: x.description ?? '' }));
  return {
    tag: element.tagName,
    resume: element.summary ?? '',
    attributs,
    proprietes,
    evenements,
    emplacements: liste(element.slots),
    proprietesCss: liste(element.cssProperties),
    parties: liste(element.cssParts),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown

/** Text for a table cell: one line, pipes escaped. */
const cellule = (s) => String(s ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (s) => (String(s).includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);

/** A TypeScript type in the words of the tables. */
function typeFr(type) {
  const t = String(type ?? '').replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  if (t === 'string') return 'texte';
  if (t === 'number') return 'nombre';
  if (t === 'boolean') return 'booléen';
  const litteraux = t.split(/\s*\|\s*/);
  if (litteraux.length > 1 && litteraux.every((x) => /^'[^']*'$/.test(x))) return litteraux.map((x) => code(x.slice(1, -1))).join(', ');
  return t ? code(t) : '';
}

/** A default value as an integrator reads it: `'liste'` → `liste`; `''`, `null`, `undefined` → (aucune); `false` → absent. */
function defautFr(defaut, { booleen = false } = {}) {
  const d = String(defaut ?? '').trim();
  if (d === '' || d === "''" || d === 'undefined' || d === 'null') return '(aucune)';
  if (d === 'false' && booleen) return 'absent';
  const chaine = /^'(.*)'$/.exec(d);
  return code(chaine ? chaine[1] : d);
}

function tableau(entetes, lignes) {
  return [`| ${entetes.join(' | ')} |`, `|${entetes.map(() => '---').join('|')}|`, ...lignes.map((l) => `| ${l.map(cellule).join(' | ')} |`)].join('\n');
}

/** The generated reference of one element (replaces the marker of its source page). */
export function reference(api) {
  const s = ['## Référence', '', `*${cellule(api.resume)}*`, ''];
  s.push('### Attributs', '');
  if (api.attributs.length) {
    s.push(
      tableau(
        ['Attribut', 'Propriété', 'Type', 'Par défaut', 'Rôle'],
        api.attributs.map((a) => [code(a.nom), code(a.propriete), typeFr(a.type), defautFr(a.defaut, { booleen: a.type === 'boolean' }), a.description]),
      ),
      '',
      'Un attribut se pose dans le HTML ; la propriété du même rôle se change en JavaScript, et l’élément se met à jour.',
    );
  } else s.push('Aucun.');
  s.push('', '### Propriétés JavaScript (sans attribut)', '');
  s.push(
    api.proprietes.length
      ? tableau(['Propriété', 'Type', 'Rôle'], api.proprietes.map((p) => [code(p.nom), typeFr(p.type), p.description]))
      : 'Aucune.',
  );
  s.push('', '### Événements', '');
  if (api.evenements.length) {
    s.push(
      'Ils remontent la page (`bubbles`) et sortent du shadow DOM (`composed`) : écoutez-les sur l’élément ou sur un parent. Ils restent dans la page : l’élément n’envoie rien sur le réseau.',
      '',
      tableau(
        ['Événement', 'Quand', '`detail`', 'Annulable'],
        api.evenements.map((e) => [
          code(e.nom),
          e.description,
          e.detail.length ? e.detail.map((c) => `${code(c.nom)}${c.facultatif ? ' (facultatif)' : ''} : ${code(c.type)}`).join('<br>') : '`{}`',
          e.annulable ? 'oui' : 'non',
        ]),
      ),
    );
  } else s.push('Aucun.');
  s.push('', '### Emplacements (`slot`)', '');
  s.push(
    api.emplacements.length
      ? tableau(['Emplacement', 'Rôle'], api.emplacements.map((e) => [e.nom ? code(e.nom) : '(sans nom)', e.description]))
      : 'Aucun : un contenu placé dans l’élément n’est pas affiché.',
  );
  s.push('', '### Propriétés CSS personnalisées', '');
  s.push(
    api.proprietesCss.length
      ? tableau(['Propriété', 'Par défaut', 'Ce qu’elle règle'], api.proprietesCss.map((p) => [code(p.nom), p.defaut ? code(p.defaut) : '', p.description]))
      : 'Aucune.',
  );
  if (api.proprietesCss.length) s.push('', 'Les couleurs, leurs valeurs par défaut et le mode sombre : [Couleurs et styles](../theming.md).');
  s.push('', '### Parties (`::part`)', '');
  s.push(
    api.parties.length
      ? tableau(['Partie', 'Ce que c’est'], api.parties.map((p) => [code(p.nom), p.description]))
      : 'Aucune.',
  );
  return s.join('\n') + '\n';
}

/**
 * A default that names a constant (`FOND_PAR_DEFAUT`) is replaced by the constant's value, from the element's
 * module or the one module of the manifest that declares it; else kept as written.
 */
function constante(manifeste, chemin, defaut) {
  if (!/^[A-Z][A-Z0-9_]*$/.test(String(defaut ?? ''))) return defaut;
  const valeurs = new Set();
  for (const module of manifeste.modules ?? []) {
    const v = (module.declarations ?? []).find((d) => d.kind === 'variable' && d.name === defaut)?.default;
    if (v === undefined) continue;
    if (module.path === chemin) return v;
    valeurs.add(v);
  }
  return valeurs.size === 1 ? [...valeurs][0] : defaut;
}

/** Every page: tag → Markdown. Throws when a source page is missing or has no marker. */
export function genererPages(manifeste, racine = RACINE) {
  const pages = new Map();
  for (const element of elementsPublics(manifeste)) {
    const tag = element.tagName;
    const chemin = join(racine, 'docs/sources', `${tag}.md`);
    if (!existsSync(chemin)) throw new Error(`docs/sources/${tag}.md manque : écrivez la page de <${tag}> (voir l’en-tête de scripts/docs.mjs).`);
    const source = readFileSync(chemin, 'utf8');
    const morceaux = source.split(MARQUE);
    if (morceaux.length !== 2) throw new Error(`docs/sources/${tag}.md doit contenir la ligne ${MARQUE} une fois, là où va la référence.`);
    const entete = `<!-- Page générée par scripts/docs.mjs (npm run docs) à partir de docs/sources/${tag}.md et de custom-elements.json : modifiez ces sources, pas ce fichier. -->\n\n`;
    pages.set(tag, entete + morceaux[0] + reference(apiPublique(element, manifeste, racine)).trimEnd() + morceaux[1]);
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------------------------

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const pages = genererPages(lireManifeste());
    const dossier = join(RACINE, 'docs/elements');
    mkdirSync(dossier, { recursive: true });
    for (const f of readdirSync(dossier)) if (f.endsWith('.md') && !pages.has(f.slice(0, -3))) rmSync(join(dossier, f));
    for (const [tag, texte] of pages) writeFileSync(join(dossier, `${tag}.md`), texte);
    console.log(`docs/elements/ : ${pages.size} pages (${[...pages.keys()].join(', ')}).`);
  } catch (e) {
    console.error(`docs : ${e.message}`);
    process.exit(1);
  }
}
