// The JSON Schema of the directory file (data/annuaire.schema.json): up to date with scripts/schema.mjs, built
// from the kit's constants, accepts what the kit writes and refuses what the kit would refuse.
// Run: `node scripts/build.mjs --node-only && node --test test/node/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import {
  ENUM_FIELDS,
  FRAIS_ATELIER,
  JOURS,
  MODALITES_ATELIER,
  NIVEAUX_ATELIER,
  normaliserTelephone,
  STATUTS_ATELIER,
  THEMATIQUES,
} from '../../dist/node/data.mjs';
import { genererSchema, SORTIE, texteSchema } from '../../scripts/schema.mjs';

const RACINE = fileURLToPath(new URL('../../', import.meta.url));
const HUB = join(RACINE, '../shared/data/20230517-hub-du-sud-lieux-de-mediation-numeriques-provence-alpes-cote-d-azur.json');
const lireJson = (chemin) => JSON.parse(readFileSync(join(RACINE, chemin), 'utf8'));

const schemaFichier = JSON.parse(readFileSync(SORTIE, 'utf8'));

// ajv-formats is not a dependency: the two formats of the schema, checked simply.
const ajv = new Ajv2020({ allErrors: true, strictTypes: true, strictTuples: true });
ajv.addFormat('email', /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i);
ajv.addFormat('date', {
  type: 'string',
  validate: (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  },
});
const valider = ajv.compile(schemaFichier);

/** Validates and returns the errors, so that a failing assertion says why. */
function erreurs(donnees) {
  return valider(donnees) ? [] : valider.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
}
function assertValide(donnees, quoi) {
  assert.deepEqual(erreurs(donnees), [], `${quoi} devrait être valide selon le schéma`);
}
/** Invalid, and at least one error is about `chemin` (so the test fails for the right reason). */
function assertRefuse(donnees, chemin, quoi) {
  assert.equal(valider(donnees), false, `${quoi} devrait être refusé par le schéma`);
  const chemins = valider.errors.map((e) => e.instancePath);
  assert.ok(
    chemins.some((c) => c === chemin || c.startsWith(chemin + '/')),
    `${quoi} : aucune erreur sur ${chemin} (erreurs : ${chemins.join(', ')})`,
  );
}

/** `kit-inclusion importer <fichier> -o <tmp>`, and the directory it wrote. */
function importer(fichier) {
  const dossier = mkdtempSync(join(tmpdir(), 'kit-schema-'));
  try {
    const sortie = join(dossier, 'annuaire.json');
    const r = spawnSync(process.execPath, ['bin/kit-inclusion.mjs', 'importer', fichier, '-o', sortie], {
      cwd: RACINE,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, `importer ${fichier} : code ${r.status}, ${r.stderr}`);
    return JSON.parse(readFileSync(sortie, 'utf8'));
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

/** A small valid directory, to break one thing at a time. */
function annuaireMinimal() {
  return {
    version: 1,
    lieux: [
      {
        id: 'tcg-epn-centre',
        nom: 'Espace numérique du centre',
        commune: 'Tourcoing',
        code_postal: '59200',
        adresse: '12 rue Nationale',
        telephone: '+33353012301',
        site_web: ['https://www.exemple.fr/epn'],
        services: ['Aide aux démarches administratives'],
      },
    ],
    ateliers: [
      {
        id: 'tcg-at-tablette',
        titre: 'Découvrir sa tablette',
        lieu_id: 'tcg-epn-centre',
        modalite: 'sur_place',
        seances: [{ debut: '2027-01-12T14:00', fin: '2027-01-12T16:00' }],
      },
    ],
  };
}

test('data/annuaire.schema.json est à jour avec scripts/schema.mjs (sinon : npm run schema)', () => {
  assert.equal(readFileSync(SORTIE, 'utf8'), texteSchema());
  assert.deepEqual(schemaFichier, genererSchema());
});

test('le schéma est un draft 2020-12 qui se compile sans avertissement, avec son $id', () => {
  assert.equal(schemaFichier.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(schemaFichier.$id, /^urn:kit-inclusion-numerique:schema:annuaire:v\d+$/);
  const avertissements = [];
  const strict = new Ajv2020({
    strict: true,
    strictRequired: false,
    logger: { log() {}, warn: (m) => avertissements.push(m), error: (m) => avertissements.push(m) },
  });
  strict.addFormat('email', true);
  strict.addFormat('date', true);
  strict.compile(schemaFichier);
  assert.deepEqual(avertissements, []);
});

test('les listes de valeurs du schéma sont celles du kit (standard.ts, vocabulaire.ts)', () => {
  const lieu = schemaFichier.$defs.lieu.properties;
  for (const [champ, valeurs] of Object.entries(ENUM_FIELDS)) {
    assert.deepEqual(lieu[champ]?.items?.enum, [...valeurs], `lieu.${champ}`);
  }
  const atelier = schemaFichier.$defs.atelier.properties;
  assert.deepEqual(atelier.thematiques.items.enum, [...THEMATIQUES]);
  assert.deepEqual(atelier.niveau.enum, [...NIVEAUX_ATELIER]);
  assert.deepEqual(atelier.statut.enum, [...STATUTS_ATELIER]);
  assert.deepEqual(atelier.modalite.enum, [...MODALITES_ATELIER]);
  assert.deepEqual(atelier.frais.items.enum, [...FRAIS_ATELIER]);
  assert.deepEqual(atelier.recurrence.properties.jours.items.enum, [...JOURS]);
  assert.deepEqual(atelier.publics.items.enum, [...ENUM_FIELDS.publics_specifiquement_adresses]);
});

test('chaque propriété du schéma a un titre et une description en français', () => {
  const manques = [];
  const parcourir = (s, chemin) => {
    if (!s || typeof s !== 'object') return;
    for (const [nom, p] of Object.entries(s.properties ?? {})) {
      if (!p.title || !p.description) manques.push(`${chemin}.${nom}`);
      parcourir(p, `${chemin}.${nom}`);
    }
    if (s.items) parcourir(s.items, `${chemin}[]`);
    if (s.additionalProperties && typeof s.additionalProperties === 'object') parcourir(s.additionalProperties, `${chemin}.*`);
    for (const [nom, d] of Object.entries(s.$defs ?? {})) parcourir(d, `$defs.${nom}`);
  };
  parcourir(schemaFichier, '');
  assert.deepEqual(manques, []);
  // French, not English: at least accents or French words in every description of a lieu.
  const lieu = schemaFichier.$defs.lieu.properties;
  assert.match(lieu.code_postal.description, /chiffres/);
  assert.match(lieu.horaires.description, /Horaires d’ouverture/);
});

test('le téléphone du schéma suit la politique du kit (telephone.ts) : un numéro est accepté si et seulement si le kit le garde', () => {
  const telephone = ajv.compile(schemaFichier.$defs.lieu.properties.telephone);
  // Short numbers: every string of 1 to 3 digits, then samples of 4 to 7 digits.
  const candidats = new Set();
  for (let n = 0; n < 1000; n++) for (const l of [1, 2, 3]) candidats.add(String(n).padStart(l, '0'));
  for (let n = 1000; n < 10000; n += 37) candidats.add(String(n));
  for (const c of ['3646', '3949', '3939', '116000', '116006', '116111', '116117', '11600', '1160000', '117000', '30000']) candidats.add(c);
  const desaccords = [];
  for (const c of candidats) {
    const garde = normaliserTelephone(c) === c;
    if (garde !== telephone(c)) desaccords.push(`${c} (kit : ${garde ? 'gardé' : 'refusé'})`);
  }
  assert.deepEqual(desaccords, []);
  // What the kit stores for numbers as people write them is accepted.
  for (const ecrit of ['03 20 46 38 50', '+33 (0)3 20 46 38 50', '0033 3 20 46 38 50', '0690 12 34 56', '0262 26 12 34', '+687 28 12 34', '+689 40 12 34 56']) {
    const stocke = normaliserTelephone(ecrit);
    assert.ok(stocke, ecrit);
    assert.ok(telephone(stocke), `${ecrit} → ${stocke} refusé par le schéma`);
  }
});

test('l’annuaire d’exemple data/tourcoing.json est valide', () => {
  const tourcoing = lireJson('data/tourcoing.json');
  assert.ok(tourcoing.lieux.length > 0 && tourcoing.ateliers.length > 0);
  assertValide(tourcoing, 'data/tourcoing.json');
});

test('ce que « importer » écrit à partir d’un CSV du standard est valide', () => {
  const annuaire = importer('test/fixtures/lieux.csv');
  assert.ok(annuaire.lieux.length >= 5);
  assertValide(annuaire, 'l’import de test/fixtures/lieux.csv');
});

test('ce que « importer » écrit à partir d’un tableau JSON v0 est valide', () => {
  const annuaire = importer('test/fixtures/lieux-v0.json');
  assert.ok(annuaire.lieux.length >= 4);
  assertValide(annuaire, 'l’import de test/fixtures/lieux-v0.json');
});

test('ce que « importer » garde d’un fichier plein de défauts est valide', () => {
  const annuaire = importer('test/fixtures/annuaire-defauts.json');
  assert.ok(annuaire.lieux.length > 0 && annuaire.ateliers.length > 0);
  // The values set aside (a javascript: link, an unknown service) stay in valeurs_inconnues, which is allowed.
  assert.ok(annuaire.lieux.some((l) => l.valeurs_inconnues));
  assertValide(annuaire, 'l’import de test/fixtures/annuaire-defauts.json');
});

if (existsSync(HUB)) {
  test('ce que « importer » écrit à partir de l’export réel du Hub du Sud est valide', () => {
    const annuaire = importer(HUB);
    assert.ok(annuaire.lieux.length > 600);
    assertValide(annuaire, 'l’import de l’export du Hub du Sud');
  });
}

test('un annuaire minimal est valide, ainsi qu’un atelier à distance sans lieu et des extensions en tête', () => {
  assertValide(annuaireMinimal(), 'l’annuaire minimal');
  const a = annuaireMinimal();
  a.ateliers.push({
    id: 'at-visio',
    titre: 'Se protéger des arnaques',
    modalite: 'a_distance',
    recurrence: { frequence: 'mensuelle', jours: ['mardi'], rangs: [1, -1], heure_debut: '18:00', heure_fin: '19:00', du: '2027-01-01', au: '2027-06-30' },
  });
  a.extension_locale = { note: 'champ propre à un intégrateur' };
  assertValide(a, 'un atelier à distance sans lieu_id');
  const sansAteliers = annuaireMinimal();
  delete sansAteliers.ateliers;
  assertValide(sansAteliers, 'un annuaire sans ateliers');
});

test('le schéma refuse un lieu sans nom', () => {
  const a = annuaireMinimal();
  delete a.lieux[0].nom;
  assertRefuse(a, '/lieux/0', 'un lieu sans nom');
  assert.ok(valider.errors.some((e) => e.keyword === 'required' && e.params.missingProperty === 'nom'));
});

test('le schéma refuse un code postal qui n’a pas 5 chiffres', () => {
  for (const cp of ['5920', '59 200', 'F59200', 59200]) {
    const a = annuaireMinimal();
    a.lieux[0].code_postal = cp;
    assertRefuse(a, '/lieux/0/code_postal', `le code postal ${JSON.stringify(cp)}`);
  }
});

test('le schéma refuse une valeur de services inconnue du standard, et un service écrit en texte', () => {
  const a = annuaireMinimal();
  a.lieux[0].services = ['Aide aux démarches administratives', 'Réparer son ordinateur'];
  assertRefuse(a, '/lieux/0/services/1', 'le service « Réparer son ordinateur »');
  const b = annuaireMinimal();
  b.lieux[0].services = 'Aide aux démarches administratives';
  assertRefuse(b, '/lieux/0/services', 'services en texte (le CSV, pas le format normalisé)');
});

test('le schéma refuse un lien javascript: dans site_web, fiche_acces_libre ou inscription.lien', () => {
  const a = annuaireMinimal();
  a.lieux[0].site_web = ["javascript:alert('bonjour')"];
  assertRefuse(a, '/lieux/0/site_web/0', 'un site_web javascript:');
  const b = annuaireMinimal();
  b.lieux[0].fiche_acces_libre = 'javascript:void(0)';
  assertRefuse(b, '/lieux/0/fiche_acces_libre', 'une fiche_acces_libre javascript:');
  const c = annuaireMinimal();
  c.ateliers[0].inscription = { lien: 'javascript:void(0)' };
  assertRefuse(c, '/ateliers/0/inscription/lien', 'un lien d’inscription javascript:');
});

test('le schéma refuse un atelier sans séances ni récurrence', () => {
  const a = annuaireMinimal();
  delete a.ateliers[0].seances;
  assertRefuse(a, '/ateliers/0', 'un atelier sans dates');
  assert.ok(valider.errors.some((e) => e.keyword === 'anyOf' && e.instancePath === '/ateliers/0'));
});

test('le schéma refuse un atelier sur place (ou sans modalité) sans lieu_id', () => {
  for (const modalite of ['sur_place', 'mixte', undefined]) {
    const a = annuaireMinimal();
    delete a.ateliers[0].lieu_id;
    if (modalite) a.ateliers[0].modalite = modalite;
    else delete a.ateliers[0].modalite;
    assertRefuse(a, '/ateliers/0', `un atelier ${modalite ?? 'sans modalité'} sans lieu_id`);
    assert.ok(valider.errors.some((e) => e.keyword === 'required' && e.params.missingProperty === 'lieu_id'));
  }
});

test('le schéma refuse les séances, récurrences et rangs mal écrits', () => {
  const cas = [
    ['/ateliers/0/seances/0/debut', (at) => (at.seances[0].debut = '12/01/2027 14:00')],
    ['/ateliers/0/recurrence', (at) => {
      delete at.seances;
      at.recurrence = { frequence: 'hebdomadaire', jours: ['mardi'], heure_debut: '14:00', heure_fin: '16:00', du: '2027-01-01' };
    }],
    ['/ateliers/0/recurrence/rangs/0', (at) => {
      delete at.seances;
      at.recurrence = { frequence: 'mensuelle', jours: ['samedi'], rangs: [6], heure_debut: '10:00', heure_fin: '12:00', du: '2027-01-01', au: '2027-06-30' };
    }],
    ['/ateliers/0/recurrence/jours/0', (at) => {
      delete at.seances;
      at.recurrence = { frequence: 'hebdomadaire', jours: ['Tu'], heure_debut: '10:00', heure_fin: '12:00', du: '2027-01-01', au: '2027-06-30' };
    }],
  ];
  for (const [chemin, casser] of cas) {
    const a = annuaireMinimal();
    casser(a.ateliers[0]);
    assertRefuse(a, chemin, `l’atelier cassé en ${chemin}`);
  }
});

test('le schéma refuse des valeurs qu’un intégrateur écrit souvent mal', () => {
  const cas = [
    ['/lieux/0/telephone', (l) => (l.telephone = '03 20 46 38 50')],
    ['/lieux/0/latitude', (l) => Object.assign(l, { latitude: 95, longitude: 3.16 })],
    ['/lieux/0', (l) => (l.latitude = 50.72)],
    ['/lieux/0/courriels/0', (l) => (l.courriels = ['accueil.exemple.fr'])],
    ['/lieux/0/date_maj', (l) => (l.date_maj = '2026-02-30')],
    ['/lieux/0/code_insee', (l) => (l.code_insee = '2C123')],
    ['/lieux/0/pivot', (l) => (l.pivot = '123 456 789')],
    ['/lieux/0/typologie/0', (l) => (l.typologie = ['cs'])],
    ['/lieux/0', (l) => (l.courriel = 'accueil@exemple.fr')],
  ];
  for (const [chemin, casser] of cas) {
    const a = annuaireMinimal();
    casser(a.lieux[0]);
    assertRefuse(a, chemin, `le lieu cassé en ${chemin}`);
  }
  // A French short number is a valid phone.
  const court = annuaireMinimal();
  court.lieux[0].telephone = '3646';
  assertValide(court, 'le numéro court 3646');
});
