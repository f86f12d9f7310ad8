// The command line as a person at a terminal sees it: `kit-inclusion valider` and `kit-inclusion importer`,
// run as a child process. Run: `node scripts/build.mjs --node-only && node --test test/node/`.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENUM_FIELDS, SERVICES, V0_ONLY_FIELDS } from '../../dist/node/data.mjs';

const RACINE = fileURLToPath(new URL('../../', import.meta.url));
const HUB_RELATIF = '../shared/data/20230517-hub-du-sud-lieux-de-mediation-numeriques-provence-alpes-cote-d-azur.json';
const HUB = join(RACINE, HUB_RELATIF);
const DEFAUTS = 'test/fixtures/annuaire-defauts.json';

const TMP = mkdtempSync(join(tmpdir(), 'kit-cli-'));
after(() => rmSync(TMP, { recursive: true, force: true }));

/** Runs `node bin/kit-inclusion.mjs …args` from the root of the project. */
function kit(...args) {
  const r = spawnSync(process.execPath, ['bin/kit-inclusion.mjs', ...args], { cwd: RACINE, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lignes: r.stdout.split('\n') };
}
const lireJson = (chemin) => JSON.parse(readFileSync(join(RACINE, chemin), 'utf8'));

/** The counts line of the report, as numbers. */
function comptes(texte, sorte) {
  // French agreement: « 0 refusé », « 1 gardé », « 2 gardés ».
  const m = new RegExp(`^${sorte} : (\\d+) lus?, (\\d+) gardés?, (\\d+) refusés?$`, 'm').exec(texte);
  assert.ok(m, `pas de ligne « ${sorte} : … lus, … gardés, … refusés » dans :\n${texte}`);
  return { lus: +m[1], gardes: +m[2], refuses: +m[3] };
}

/** The bulleted lines of the « Refusés (n) : » block. */
function refuses(texte) {
  const lignes = texte.split('\n');
  const debut = lignes.findIndex((l) => /^Refusés \(\d+\) :$/.test(l));
  if (debut < 0) return [];
  const out = [];
  for (const l of lignes.slice(debut + 1)) {
    if (!l.startsWith('  - ')) break;
    out.push(l.slice(4));
  }
  return out;
}

test('valider data/tourcoing.json : code 0 et tous les lieux et ateliers gardés', () => {
  const exemple = lireJson('data/tourcoing.json');
  const n = exemple.lieux.length;
  const r = kit('valider', 'data/tourcoing.json');
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  assert.ok(r.lignes.includes(`Lieux : ${n} lus, ${n} gardés, 0 refusé`), r.stdout);
  const na = exemple.ateliers.length;
  assert.ok(r.lignes.includes(`Ateliers : ${na} lus, ${na} gardés, 0 refusé`), r.stdout);
  assert.ok(r.lignes.includes('Format lu : annuaire du kit (JSON)'));
  assert.deepEqual(refuses(r.stdout), []);
});

test('valider un fichier avec des défauts : code 0, les refusés sont listés avec leur position et la raison', () => {
  const fichier = lireJson(DEFAUTS);
  const r = kit('valider', DEFAUTS);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');

  // Positions are 1-based, counted in the file, as a person counts them.
  const n = (predicat) => fichier.lieux.findIndex(predicat) + 1;
  const sansNom = n((l) => typeof l === 'object' && !('nom' in l));
  const cpCourt = n((l) => l?.code_postal === '5920');
  const pasObjet = n((l) => typeof l !== 'object');
  const liste = refuses(r.stdout);
  assert.deepEqual(liste.slice(0, 3), [
    `lieu n° ${sansNom} (def-sans-nom) : champ obligatoire absent : nom`,
    `lieu n° ${cpCourt} (def-cp-court · Permanence numérique du Pile) : code postal invalide (5 chiffres attendus) : « 5920 »`,
    `lieu n° ${pasObjet} (sans nom) : l’enregistrement n’est pas un objet : « ${fichier.lieux[pasObjet - 1]} »`,
  ]);
  const ateliers = liste.slice(3);
  assert.equal(ateliers.length, 3, liste.join('\n'));
  assert.equal(
    ateliers[0],
    'atelier n° 1 (def-at-lieu-inconnu · Découvrir sa tablette) : lieu inconnu dans l’annuaire : « def-lieu-qui-n-existe-pas »',
  );
  // The reason says what to fix, not only that no date is usable.
  assert.match(ateliers[1], /^atelier n° 2 \(def-at-fin-avant-debut · Créer son compte ameli\) : .*aucune date ni récurrence utilisable/);
  assert.match(ateliers[1], /la fin est avant le début \(seances\[0\]\) : « 2027-02-03T16:00 → 2027-02-03T14:00 »/);
  assert.match(ateliers[2], /^atelier n° 3 \(def-at-recurrence-sans-fin · Permanence e-mail du jeudi\) : .*aucune date ni récurrence utilisable/);
  assert.match(ateliers[2], /récurrence sans date de fin \(recurrence\.au\)/);

  // Counts: the duplicate is neither kept nor refused, it is announced on its own line.
  const lieux = comptes(r.stdout, 'Lieux');
  assert.deepEqual(lieux, { lus: fichier.lieux.length, gardes: fichier.lieux.length - 4, refuses: 3 });
  assert.deepEqual(comptes(r.stdout, 'Ateliers'), { lus: fichier.ateliers.length, gardes: fichier.ateliers.length - 3, refuses: 3 });
  assert.ok(r.lignes.includes('Identifiants en double (gardés une fois) : 1'), r.stdout);
  assert.ok(r.lignes.includes(`Refusés (${liste.length}) :`));

  // Kept records with something set aside: each remark names the lieu and the value.
  for (const attendu of [
    /lieu n° \d+ \(def-cyber-alma\) : lien refusé \(site_web\) : seuls les liens http et https sont acceptés : « javascript:alert\('bonjour'\) »/,
    /lieu n° \d+ \(def-mediatheque-bourgogne\) : valeur inconnue du standard \(services\), mise de côté : « Réparer son ordinateur »/,
    /lieu n° \d+ \(def-asso-entraide\) : numéro de téléphone non reconnu, mis de côté : « 03 20 12 »/,
    /lieu n° \d+ \(def-mjc-croise\) : horaires non compris, affichés tels quels : « le mardi après-midi, sauf vacances »/,
    /lieu n° 9 \(def-cs-epeule\) : identifiant en double : seul le premier enregistrement est gardé : « def-cs-epeule »/,
  ]) {
    assert.match(r.stdout, attendu);
  }
});

test('--strict : code 2 quand un enregistrement est refusé, 0 sinon, et le rapport est quand même affiché', () => {
  const r = kit('valider', DEFAUTS, '--strict');
  assert.equal(r.code, 2);
  assert.equal(refuses(r.stdout).length, 6);
  assert.equal(kit('valider', 'data/tourcoing.json', '--strict').code, 0);
});

test('--json : le rapport est du JSON sur la sortie standard, avec rejets et avertissements', () => {
  const fichier = lireJson(DEFAUTS);
  const r = kit('valider', DEFAUTS, '--json');
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  const rapport = JSON.parse(r.stdout);
  assert.ok(Array.isArray(rapport.rejets) && Array.isArray(rapport.avertissements));
  assert.deepEqual(rapport.lus, { lieux: fichier.lieux.length, ateliers: fichier.ateliers.length });
  assert.equal(rapport.rejets.length, 6);
  const sansNom = rapport.rejets.find((x) => x.id === 'def-sans-nom');
  assert.deepEqual(sansNom, { type: 'lieu', index: 5, id: 'def-sans-nom', raisons: [{ code: 'required', champ: 'nom' }] });
  assert.ok(rapport.avertissements.some((a) => a.code === 'unsafe_url' && a.id === 'def-cyber-alma'));
  assert.ok(rapport.avertissements.some((a) => a.code === 'duplicate_id' && a.id === 'def-cs-epeule'));
});

test('importer un CSV du standard avec -o : annuaire JSON normalisé, textes entre guillemets intacts, ligne refusée nommée', () => {
  const csv = readFileSync(join(RACINE, 'test/fixtures/lieux.csv'), 'utf8');
  const sortie = join(TMP, 'depuis-csv.json');
  const r = kit('importer', 'test/fixtures/lieux.csv', '-o', sortie);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.lignes.includes('Format lu : CSV du standard'));

  // The rejected row is named by its line in the file (a quoted field spans two lines before it).
  const ligne = csv.split('\n').findIndex((l) => l.startsWith('wat-mairie-beck,')) + 1;
  assert.ok(ligne > 1);
  assert.deepEqual(refuses(r.stdout), [`lieu ligne ${ligne} (wat-mairie-beck) : champ obligatoire absent : nom`]);
  assert.ok(r.lignes.includes(`Annuaire écrit : ${sortie} (5 lieux, 0 ateliers)`), r.stdout);

  const annuaire = JSON.parse(readFileSync(sortie, 'utf8'));
  assert.equal(annuaire.version, 1);
  assert.deepEqual(annuaire.ateliers, []);
  const parId = Object.fromEntries(annuaire.lieux.map((l) => [l.id, l]));
  assert.deepEqual(Object.keys(parId), ['lil-epn-moulins', 'rbx-cyber-gare', 'crx-mediatheque', 'tcg-bus-numerique', 'mvx-ccas']);
  for (const l of annuaire.lieux) {
    for (const champ of [...Object.keys(ENUM_FIELDS), 'courriels', 'site_web', 'typologie', 'autres_formations_labels']) {
      if (champ in l) assert.ok(Array.isArray(l[champ]), `${l.id}.${champ} devrait être un tableau`);
    }
  }
  const moulins = parId['lil-epn-moulins'];
  assert.equal(moulins.adresse, "45, rue d'Arras");
  assert.equal(moulins.complement_adresse, 'Rez-de-chaussée, porte B');
  assert.equal(moulins.presentation_resume, 'Ordinateurs, imprimante et scanner en accès libre. Aide pour la CAF, ameli et les impôts.');
  assert.equal(moulins.horaires, 'Mo-Fr 09:00-12:00,14:00-17:30; PH off');
  assert.deepEqual(moulins.services, ['Aide aux démarches administratives', 'Accès internet et matériel informatique']);
  assert.deepEqual(moulins.dispositif_programmes_nationaux, ['Conseillers numériques', 'France Services']);
  assert.equal(moulins.telephone, '+33353012011');
  assert.equal(moulins.latitude, 50.6197);
  const gare = parId['rbx-cyber-gare'];
  assert.equal(gare.nom, 'Le "Cyber" de la gare');
  assert.equal(gare.presentation_detail.split('\n').length, 2);
  assert.deepEqual(gare.autres_formations_labels, ['Pass numérique', 'QPV']);
  // Values written without accents or capitals are stored as the standard spells them.
  assert.deepEqual(parId['crx-mediatheque'].services, ['Maîtrise des outils numériques du quotidien', 'Compréhension du monde numérique']);
  assert.deepEqual(parId['crx-mediatheque'].typologie, ['BIB']);
  assert.deepEqual(parId['tcg-bus-numerique'].itinerance, ['Itinérant', 'Fixe']);
});

test('importer un tableau JSON v0 sans -o : l’annuaire v1 sur la sortie standard, le rapport sur la sortie d’erreur', () => {
  const entree = lireJson('test/fixtures/lieux-v0.json');
  const r = kit('importer', 'test/fixtures/lieux-v0.json');
  assert.equal(r.code, 0, r.stderr);
  const annuaire = JSON.parse(r.stdout);
  assert.match(r.stderr, /^Format lu : tableau de lieux \(JSON\)$/m);
  assert.match(r.stderr, new RegExp(`^Enregistrements v0 convertis en v1 : ${entree.length}$`, 'm'));
  assert.match(r.stderr, /« A ma place : une personne habilitée fait les démarches à ma place »/);

  assert.equal(annuaire.version, 1);
  assert.equal(annuaire.lieux.length, entree.length);
  for (const l of annuaire.lieux) {
    for (const champ of V0_ONLY_FIELDS) assert.ok(!(champ in l), `${l.id} garde le champ v0 ${champ}`);
    for (const s of l.services ?? []) assert.ok(SERVICES.includes(s), `${l.id} : service non v1 « ${s} »`);
  }
  const [phalempin, roubaix, clic] = annuaire.lieux;
  assert.deepEqual(phalempin.services, ['Maîtrise des outils numériques du quotidien', 'Accès internet et matériel informatique']);
  assert.deepEqual(phalempin.dispositif_programmes_nationaux, ['Conseillers numériques', 'France Services']);
  assert.deepEqual(phalempin.autres_formations_labels, ['Point relais CAF']);
  assert.deepEqual(phalempin.frais_a_charge, ['Gratuit']);
  assert.deepEqual(phalempin.courriels, ['epn.phalempin@exemple.fr']);
  assert.deepEqual(phalempin.publics_specifiquement_adresses, ['Seniors', 'Familles et/ou enfants']);
  assert.equal(phalempin.fiche_acces_libre, entree[0].accessibilite);
  assert.equal(phalempin.site_web.length, 2);
  assert.deepEqual(roubaix.modalites_accompagnement, ['Accompagnement individuel']);
  assert.deepEqual(roubaix.prise_en_charge_specifique, ['Langues étrangères (autres)', 'Illettrisme']);
  assert.deepEqual(roubaix.dispositif_programmes_nationaux, ['France Services', 'Aidants Connect']);
  assert.deepEqual(clic.formations_labels, ['Fabriques de Territoire']);
  assert.deepEqual(clic.frais_a_charge, ['Gratuit sous condition']);
});

test('une entrée illisible : code non nul et une seule ligne sur la sortie d’erreur', () => {
  const dossier = join(TMP, 'un-dossier');
  const pasJson = join(TMP, 'coupe.json');
  const vide = join(TMP, 'vide.json');
  mkdirSync(dossier, { recursive: true });
  writeFileSync(pasJson, '{ "lieux": [');
  writeFileSync(vide, '');
  const cas = [
    [['valider', join(TMP, 'absent.json')], /absent\.json : fichier introuvable/],
    [['valider', dossier], /c’est un dossier/],
    [['importer', pasJson], /coupe\.json illisible : JSON invalide/],
    [['valider', vide], /vide\.json illisible : le fichier est vide/],
    [['verifier', 'data/tourcoing.json'], /commande inconnue : verifier/],
    [[], /commande manquante/],
    [['valider'], /fichier manquant/],
  ];
  for (const [args, raison] of cas) {
    const r = kit(...args);
    const quoi = `kit-inclusion ${args.join(' ')}`;
    assert.notEqual(r.code, 0, quoi);
    assert.equal(r.stdout, '', quoi);
    const lignes = r.stderr.split('\n').filter((l) => l !== '');
    assert.equal(lignes.length, 1, `${quoi} : ${r.stderr}`);
    assert.match(lignes[0], /^kit-inclusion : /, quoi);
    assert.match(lignes[0], raison, quoi);
  }
});

test('--aide affiche l’utilisation et sort avec le code 0', () => {
  for (const option of ['--aide', '-h']) {
    const r = kit(option);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^Utilisation :/);
    assert.match(r.stdout, /kit-inclusion importer <fichier/);
    assert.match(r.stdout, /kit-inclusion valider <fichier>/);
    assert.match(r.stdout, /--strict/);
  }
});

if (existsSync(HUB)) {
  test('export réel du Hub du Sud (v0 et v1 mêlés) : tout est lu, rien de v0 ne reste dans l’annuaire', () => {
    const n = JSON.parse(readFileSync(HUB, 'utf8')).length;
    const v = kit('valider', HUB_RELATIF);
    assert.equal(v.code, 0, v.stderr);
    assert.match(v.stdout, /646 lus/);
    const c = comptes(v.stdout, 'Lieux');
    assert.equal(c.lus, n);
    assert.equal(c.gardes + c.refuses, c.lus);

    const i = kit('importer', HUB_RELATIF);
    assert.equal(i.code, 0, i.stderr);
    const annuaire = JSON.parse(i.stdout);
    assert.equal(annuaire.lieux.length, c.gardes);
    assert.doesNotMatch(i.stdout, /"(labels_nationaux|publics_accueillis|conditions_acces|courriel|accessibilite|cle_ban)":/);
    for (const l of annuaire.lieux) {
      for (const s of l.services ?? []) assert.ok(SERVICES.includes(s), `${l.id} : service non v1 « ${s} »`);
      for (const [champ, valeurs] of Object.entries(ENUM_FIELDS)) {
        for (const x of l[champ] ?? []) assert.ok(valeurs.includes(x), `${l.id}.${champ} : « ${x} »`);
      }
    }

    // What a person sees comes through, record by record, compared with the source file itself.
    const source = new Map(JSON.parse(readFileSync(HUB, 'utf8')).map((r) => [String(r.id), r]));
    let places = 0;
    let horaires = 0;
    for (const l of annuaire.lieux) {
      const r = source.get(l.id);
      assert.ok(r, `${l.id} absent de la source`);
      if (typeof r.latitude === 'number' && typeof r.longitude === 'number') {
        assert.deepEqual([l.latitude, l.longitude], [r.latitude, r.longitude], `${l.id} : coordonnées`);
        places++;
      }
      if (r.horaires) {
        assert.equal(l.horaires, r.horaires.trim(), `${l.id} : horaires gardés tels qu’écrits`);
        horaires++;
      }
      const labels = String(r.labels_nationaux ?? '').split(/[;|]/).map((x) => x.trim());
      const dispositifs = l.dispositif_programmes_nationaux ?? [];
      assert.equal(dispositifs.includes('Conseillers numériques'), labels.includes('CNFS'), `${l.id} : CNFS`);
      assert.equal(dispositifs.includes('France Services'), labels.includes('France Services'), `${l.id} : France Services`);
    }
    assert.ok(places > 0 && horaires > 0);
  });
}
