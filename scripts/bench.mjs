#!/usr/bin/env node
// `npm run bench`: load + validate time of big generated directories, and the time of combined queries.
// Runs the data layer built for Node (V8, the engine of Chromium) on the files of scripts/generate.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ajouterJours, chargerAnnuaire, fichierIcs, indexer, rechercher, seancesAgenda } from '../dist/node/data.mjs';

const TAILLES = [20000, 100000];
const fichier = (n) => `bench/generated/annuaire-${n}.json`;
const manquants = TAILLES.filter((n) => !existsSync(fichier(n)));
if (manquants.length) {
  console.log(`Génération des annuaires de test (${manquants.join(', ')} lieux)…`);
  const r = spawnSync(process.execPath, ['scripts/generate.mjs', ...manquants.map(String)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

const mediane = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1).padStart(7)} ms`;
async function mesurer(fn, fois) {
  const t = [];
  for (let i = 0; i < fois; i++) {
    const d = performance.now();
    await fn();
    t.push(performance.now() - d);
  }
  return { mediane: mediane(t), min: Math.min(...t) };
}

// Tuesday 24 November 2026, 10:30 in Paris: a working morning.
const maintenant = new Date('2026-11-24T09:30:00Z');
const lyon = { latitude: 45.764, longitude: 4.8357 };
const REQUETES = {
  'besoin + ouvert maintenant + texte + tri par distance': {
    besoins: ['demarche'],
    ouvert: { maintenant: true },
    texte: 'centre social',
    autour: lyon,
  },
  'besoin + ouvert maintenant + tri par distance (sans texte)': {
    besoins: ['demarche'],
    ouvert: { maintenant: true },
    autour: lyon,
  },
  'besoin + gratuit + ouvert samedi + rayon 30 km': {
    besoins: ['materiel'],
    frais: ['Gratuit'],
    ouvert: { jour: 5 },
    autour: { ...lyon, rayonKm: 30 },
  },
};

console.log(`Node ${process.version} (V8 ${process.versions.v8}), ${new Date().toISOString().slice(0, 10)}\n`);
for (const n of TAILLES) {
  const texte = readFileSync(fichier(n), 'utf8');
  const fois = n >= 100000 ? 3 : 7;
  const objet = JSON.parse(texte);
  const parse = await mesurer(() => JSON.parse(texte), fois);
  const validation = await mesurer(() => chargerAnnuaire(objet), fois);
  const total = await mesurer(() => chargerAnnuaire(texte), fois);
  // Reference point for this machine: the cheapest possible pass over the same records (copy each field).
  const copie = await mesurer(() => {
    for (const l of objet.lieux) {
      const c = {};
      for (const k in l) c[k] = typeof l[k] === 'string' ? l[k].trim() : l[k];
    }
  }, fois);
  const { annuaire, rapport } = await chargerAnnuaire(texte);
  const ligne = (nom, t) => console.log(`  ${nom.padEnd(58)} : médiane ${ms(t.mediane)}, min ${ms(t.min)}`);
  console.log(`${n} lieux (${(texte.length / 1e6).toFixed(1)} Mo, ${annuaire.ateliers.length} ateliers)`);
  console.log(`  [${rapport.gardes.lieux} lieux gardés, ${rapport.rejets.length} refusés, ${rapport.avertissements.length} remarques]`);
  ligne('chargement + validation (texte du fichier → annuaire)', total);
  ligne('  dont JSON.parse seul', parse);
  ligne('  dont validation seule (objet déjà lu → annuaire)', validation);
  ligne('repère machine : simple copie champ par champ', copie);
  let d = performance.now();
  indexer(annuaire.lieux);
  ligne('index (une fois par annuaire, au premier filtre)', { mediane: performance.now() - d, min: performance.now() - d });
  d = performance.now();
  rechercher(annuaire.lieux, { texte: 'numerique' });
  ligne('première recherche de texte (replie les textes une fois)', { mediane: performance.now() - d, min: performance.now() - d });
  for (const [nom, filtres] of Object.entries(REQUETES)) {
    let resultats = 0;
    const t = await mesurer(() => {
      resultats = rechercher(annuaire.lieux, filtres, { maintenant }).length;
    }, 50);
    console.log(`  ${nom.padEnd(58)} : médiane ${ms(t.mediane)}, min ${ms(t.min)}   [${resultats} résultats]`);
  }
  console.log('');
}
console.log('Cibles (issue 2) : chargement + validation de 20 000 lieux ≤ 300 ms ; requête combinée ≤ 16 ms à 20 000 lieux, ≤ 50 ms à 100 000.');

// Issue 6: the agenda. 2,000 recurring workshops of the 100,000-place directory, expanded over 4 weeks and
// filtered as a person would (keywords, level, free, 20 km around Lyon, seats left).
{
  const { annuaire } = await chargerAnnuaire(readFileSync(fichier(100000), 'utf8'));
  const recurrents = annuaire.ateliers.filter((a) => a.recurrence).slice(0, 2000);
  const lieux = new Map(annuaire.lieux.map((l) => [l.id, l]));
  const du = '2026-11-24';
  const au = ajouterJours(du, 27);
  let n = 0;
  const seul = await mesurer(() => {
    n = seancesAgenda(recurrents, lieux, du, au).length;
  }, 21);
  let m = 0;
  const filtre = await mesurer(() => {
    m = seancesAgenda(recurrents, lieux, du, au, {
      texte: 'numerique',
      niveaux: ['debutant'],
      frais: ['gratuit'],
      autour: { ...lyon, rayonKm: 20 },
      placesDisponibles: true,
    }).length;
  }, 21);
  const seances = seancesAgenda(recurrents, lieux, du, au);
  const ics = await mesurer(() => fichierIcs(seances, { lieux, maintenant }), 5);
  console.log(`Agenda : ${recurrents.length} ateliers récurrents, 4 semaines`);
  console.log(`  développer en séances (sans filtre)                        : médiane ${ms(seul.mediane)}, min ${ms(seul.min)}   [${n} séances]`);
  console.log(`  développer + filtrer (texte, niveau, gratuit, 20 km, places) : médiane ${ms(filtre.mediane)}, min ${ms(filtre.min)}   [${m} séances]`);
  console.log(`  fichier .ics de toutes les séances                          : médiane ${ms(ics.mediane)}, min ${ms(ics.min)}`);
  console.log('Cible (issue 6) : développer 2 000 ateliers récurrents sur 4 semaines et filtrer ≤ 50 ms.');
}
