#!/usr/bin/env node
/**
 * Synthetic directories for benchmarks: `node scripts/generate.mjs [--csv] 20000 100000`
 * writes bench/generated/annuaire-<N>.json (directory format, `version: 1`) for each N, and with `--csv` also
 * bench/generated/lieux-<N>.csv (the standard's 32 columns, multi-values joined with `|`).
 *
 * Deterministic: the same N always gives the same file (seeded PRNG, no clock, no Math.random). No dependencies.
 * Everything is invented. Phone numbers in mainland France use the ranges ARCEP reserves for fiction.
 * On purpose, the data is not clean: about 2 % of places have no coordinates, about 1 % are invalid (bad postal
 * code, missing `nom`…), about 1 % carry a recoverable defect (bad phone, unknown value…), some ids are duplicated,
 * some opening hours are not in OSM syntax. Ateliers: about one per 20 places.
 */
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

// ——— Vocabularies (copied from src/data/standard.ts and src/data/vocabulaire.ts: this script cannot import TS) ———

const SERVICES = [
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Insertion professionnelle via le numérique',
  'Utilisation sécurisée du numérique',
  'Parentalité et éducation avec le numérique',
  'Loisirs et créations numériques',
  'Compréhension du monde numérique',
  'Accès internet et matériel informatique',
  'Acquisition de matériel informatique à prix solidaire',
];
const [DEMARCHES, OUTILS, INSERTION, SECURITE, PARENTALITE, LOISIRS, COMPRENDRE, ACCES, ACHAT] = SERVICES;
const PUBLICS = ['Jeunes', 'Étudiants', 'Familles et/ou enfants', 'Seniors', 'Femmes'];
const PRISE_EN_CHARGE = [
  'Surdité',
  'Handicaps moteurs',
  'Handicaps mentaux',
  'Illettrisme',
  'Langues étrangères (anglais)',
  'Langues étrangères (autres)',
  'Déficience visuelle',
];
const FORMATIONS_LABELS = [
  'Formé à « Mon Espace Santé »',
  'Formé à « DUPLEX » (illettrisme)',
  'Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
  'Collectif ressources et acteurs réemploi (Normandie)',
  'Étapes numériques (La Poste)',
  'Fabriques de Territoire',
  'Les Éclaireurs du numérique (Drôme)',
  'Mes Papiers (Métropole de Lyon)',
  'ORDI 3.0',
  'SUD LABS (PACA)',
];
const MODALITES_ACCES = [
  'Se présenter',
  'Téléphoner',
  'Contacter par mail',
  'Prendre un RDV en ligne',
  "Ce lieu n'accueille pas de public",
  'Envoyer un mail avec une fiche de prescription',
];
const MODALITES_ACCOMPAGNEMENT = ['En autonomie', 'Accompagnement individuel', 'Dans un atelier collectif', 'À distance'];

/** The 32 columns of the standard's CSV, in schema order (CSV_COLUMNS in standard.ts). */
const CSV_COLUMNS = [
  'id', 'pivot', 'nom', 'commune', 'code_postal', 'code_insee', 'adresse', 'complement_adresse',
  'latitude', 'longitude', 'typologie', 'telephone', 'courriels', 'site_web', 'horaires',
  'presentation_resume', 'presentation_detail', 'source', 'itinerance', 'structure_parente', 'date_maj',
  'services', 'publics_specifiquement_adresses', 'prise_en_charge_specifique', 'frais_a_charge',
  'dispositif_programmes_nationaux', 'formations_labels', 'autres_formations_labels', 'modalites_acces',
  'modalites_accompagnement', 'fiche_acces_libre', 'prise_rdv',
];

const THEMATIQUES = [
  'diagnostic_numerique', 'prendre_en_main_du_materiel', 'maintenance_de_materiel', 'gerer_ses_contenus_numeriques',
  'navigation_sur_internet', 'email', 'bureautique', 'reseaux_sociaux', 'sante', 'banque_et_achats_en_ligne',
  'entrepreneuriat', 'insertion_professionnelle', 'securite_numerique', 'parentalite', 'scolarite_et_numerique',
  'creer_avec_le_numerique', 'culture_numerique', 'intelligence_artificielle', 'aide_aux_demarches_administratives',
  'papiers_elections_citoyennete', 'famille_scolarite', 'social_sante', 'travail_formation', 'logement',
  'transports_mobilite', 'argent_impots', 'justice', 'etrangers_europe', 'loisirs_sports_culture', 'associations',
];
const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

// ——— Seeded PRNG ———

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rand = mulberry32(1);
const chance = (p) => rand() < p;
const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
const pick = (list) => list[Math.floor(rand() * list.length)];
const pad = (n, w) => String(n).padStart(w, '0');
/** Pick by weight: `[[value, weight], …]`. */
function weighted(pairs) {
  let total = 0;
  for (const [, w] of pairs) total += w;
  let r = rand() * total;
  for (const [v, w] of pairs) if ((r -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
}
/** `n` distinct values of `list`, in list order. */
function some(list, n) {
  const idx = new Set();
  n = Math.min(n, list.length);
  while (idx.size < n) idx.add(Math.floor(rand() * list.length));
  return [...idx].sort((a, b) => a - b).map((i) => list[i]);
}
function gauss() {
  let u = 0;
  while (u === 0) u = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}
const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// ——— Geography: [commune, code postal, code INSEE, latitude, longitude, weight] ———

const VILLES = [
  ['Paris', '75000', '75056', 48.8566, 2.3522, 60], ['Marseille', '13001', '13055', 43.2965, 5.3698, 22],
  ['Lyon', '69001', '69123', 45.764, 4.8357, 16], ['Toulouse', '31000', '31555', 43.6047, 1.4442, 14],
  ['Nice', '06000', '06088', 43.7102, 7.262, 9], ['Nantes', '44000', '44109', 47.2184, -1.5536, 9],
  ['Montpellier', '34000', '34172', 43.6108, 3.8767, 8], ['Strasbourg', '67000', '67482', 48.5734, 7.7521, 8],
  ['Bordeaux', '33000', '33063', 44.8378, -0.5792, 8], ['Lille', '59000', '59350', 50.6292, 3.0573, 9],
  ['Rennes', '35000', '35238', 48.1173, -1.6778, 7], ['Reims', '51100', '51454', 49.2583, 4.0317, 5],
  ['Toulon', '83000', '83137', 43.1242, 5.928, 5], ['Saint-Étienne', '42000', '42218', 45.4397, 4.3872, 5],
  ['Le Havre', '76600', '76351', 49.4944, 0.1079, 5], ['Grenoble', '38000', '38185', 45.1885, 5.7245, 5],
  ['Dijon', '21000', '21231', 47.322, 5.0415, 5], ['Angers', '49000', '49007', 47.4784, -0.5632, 5],
  ['Nîmes', '30000', '30189', 43.8367, 4.3601, 4], ['Villeurbanne', '69100', '69266', 45.7719, 4.8902, 4],
  ['Clermont-Ferrand', '63000', '63113', 45.7772, 3.087, 4], ['Le Mans', '72000', '72181', 48.0061, 0.1996, 4],
  ['Aix-en-Provence', '13100', '13001', 43.5297, 5.4474, 4], ['Brest', '29200', '29019', 48.3904, -4.4861, 4],
  ['Tours', '37000', '37261', 47.3941, 0.6848, 4], ['Amiens', '80000', '80021', 49.8941, 2.2958, 4],
  ['Limoges', '87000', '87085', 45.8336, 1.2611, 4], ['Annecy', '74000', '74010', 45.8992, 6.1294, 3],
  ['Perpignan', '66000', '66136', 42.6887, 2.8948, 3], ['Metz', '57000', '57463', 49.1193, 6.1757, 3],
  ['Besançon', '25000', '25056', 47.2378, 6.0241, 3], ['Orléans', '45000', '45234', 47.9029, 1.9093, 3],
  ['Rouen', '76000', '76540', 49.4432, 1.0999, 3], ['Mulhouse', '68100', '68224', 47.7508, 7.3359, 3],
  ['Caen', '14000', '14118', 49.1829, -0.3707, 3], ['Nancy', '54000', '54395', 48.6921, 6.1844, 3],
  ['Saint-Denis', '93200', '93066', 48.9362, 2.3574, 3], ['Argenteuil', '95100', '95018', 48.9472, 2.2467, 3],
  ['Roubaix', '59100', '59512', 50.6942, 3.1746, 3], ['Tourcoing', '59200', '59599', 50.7239, 3.1612, 3],
  ['Avignon', '84000', '84007', 43.9493, 4.8055, 2], ['Poitiers', '86000', '86194', 46.5802, 0.3404, 2],
  ['Pau', '64000', '64445', 43.2951, -0.3708, 2], ['La Rochelle', '17000', '17300', 46.1603, -1.1511, 2],
  ['Calais', '62100', '62193', 50.9513, 1.8587, 2], ['Dunkerque', '59140', '59183', 51.0343, 2.3768, 2],
  ['Ajaccio', '20000', '2A004', 41.9192, 8.7386, 1], ['Bastia', '20200', '2B033', 42.6973, 9.4509, 1],
  ['Valence', '26000', '26362', 44.9334, 4.8924, 2], ['Quimper', '29000', '29232', 47.9975, -4.0979, 2],
  ['Troyes', '10000', '10387', 48.2973, 4.0744, 2], ['Chambéry', '73000', '73065', 45.5646, 5.9178, 2],
  ['Lorient', '56100', '56121', 47.7483, -3.3702, 2], ['Niort', '79000', '79191', 46.3237, -0.4588, 2],
  ['Beauvais', '60000', '60057', 49.4295, 2.0807, 2], ['Saint-Brieuc', '22000', '22278', 48.5141, -2.7603, 2],
  ['Vannes', '56000', '56260', 47.6582, -2.7608, 2], ['Colmar', '68000', '68066', 48.0794, 7.3585, 2],
  ['Bourges', '18000', '18033', 47.081, 2.3988, 2], ['Laval', '53000', '53130', 48.0706, -0.7734, 2],
  ['Angoulême', '16000', '16015', 45.6484, 0.1562, 2], ['Arras', '62000', '62041', 50.291, 2.7775, 2],
  ['Chartres', '28000', '28085', 48.4439, 1.489, 2], ['Albi', '81000', '81004', 43.9289, 2.1464, 2],
  ['Auxerre', '89000', '89024', 47.7982, 3.5673, 1], ['Agen', '47000', '47001', 44.2033, 0.6163, 1],
  ['Périgueux', '24000', '24322', 45.1847, 0.7214, 1], ['Tarbes', '65000', '65440', 43.2328, 0.0781, 1],
  ['Montauban', '82000', '82121', 44.0176, 1.355, 1], ['Gap', '05000', '05061', 44.5594, 6.0786, 1],
  ['Digne-les-Bains', '04000', '04070', 44.0925, 6.2356, 1], ['Mende', '48000', '48095', 44.5181, 3.5006, 1],
  ['Guéret', '23000', '23096', 46.1716, 1.8717, 1], ['Aurillac', '15000', '15014', 44.9264, 2.4397, 1],
  ['Rodez', '12000', '12202', 44.3506, 2.575, 1], ['Cahors', '46000', '46042', 44.4475, 1.4419, 1],
  ['Foix', '09000', '09122', 42.9653, 1.6069, 1], ['Nevers', '58000', '58194', 46.9908, 3.159, 1],
  ['Châteauroux', '36000', '36044', 46.8103, 1.6913, 1], ['Blois', '41000', '41018', 47.5861, 1.3359, 1],
  ['Épinal', '88000', '88160', 48.1724, 6.4496, 1], ['Charleville-Mézières', '08000', '08105', 49.7621, 4.7266, 1],
  ['Bar-le-Duc', '55000', '55029', 48.7727, 5.1601, 1], ['Chaumont', '52000', '52121', 48.1113, 5.1392, 1],
  ['Vesoul', '70000', '70550', 47.6222, 6.1557, 1], ['Lons-le-Saunier', '39000', '39300', 46.6744, 5.5547, 1],
  ['Bourg-en-Bresse', '01000', '01053', 46.2052, 5.2255, 1], ['Mâcon', '71000', '71270', 46.3069, 4.8287, 1],
  ['Moulins', '03000', '03190', 46.5646, 3.3326, 1], ['Le Puy-en-Velay', '43000', '43157', 45.0434, 3.885, 1],
  ['Privas', '07000', '07186', 44.7353, 4.5993, 1], ['Alençon', '61000', '61001', 48.4329, 0.0913, 1],
  ['Évreux', '27000', '27229', 49.0241, 1.1508, 1], ['Saint-Lô', '50000', '50502', 49.1157, -1.0906, 1],
  ['Saint-Quentin', '02100', '02691', 49.8465, 3.2876, 1], ['Belfort', '90000', '90010', 47.6397, 6.8638, 1],
  ['Mont-de-Marsan', '40000', '40192', 43.8902, -0.4999, 1], ['Bayonne', '64100', '64102', 43.4929, -1.4748, 1],
  ['Carcassonne', '11000', '11069', 43.2121, 2.3537, 1], ['Béziers', '34500', '34032', 43.3442, 3.2158, 1],
  ['Auch', '32000', '32013', 43.6465, 0.5855, 1], ['Tulle', '19000', '19272', 45.2658, 1.7722, 1],
  ['Lens', '62300', '62498', 50.4329, 2.8277, 1], ['Valenciennes', '59300', '59606', 50.3572, 3.5235, 1],
  ['Créteil', '94000', '94028', 48.7904, 2.4556, 2], ['Nanterre', '92000', '92050', 48.8924, 2.2071, 2],
  ['Versailles', '78000', '78646', 48.8049, 2.1204, 2], ['Évry-Courcouronnes', '91000', '91228', 48.6294, 2.4406, 1],
  ['Melun', '77000', '77288', 48.5421, 2.6554, 1], ['Cergy', '95000', '95127', 49.0364, 2.0761, 1],
  ['Bobigny', '93000', '93008', 48.9077, 2.4397, 1],
];
/** Overseas: [commune, code postal, code INSEE, lat, lon, phone prefix, weight]. */
const OUTRE_MER = [
  ['Pointe-à-Pitre', '97110', '97120', 16.2411, -61.5331, '+590', 1],
  ['Fort-de-France', '97200', '97209', 14.6037, -61.0742, '+596', 1],
  ['Cayenne', '97300', '97302', 4.9372, -52.326, '+594', 1],
  ['Saint-Denis', '97400', '97411', -20.8823, 55.4504, '+262', 2],
  ['Mamoudzou', '97600', '97611', -12.7806, 45.2279, '+269', 1],
];
const VILLES_PONDEREES = VILLES.map((v) => [v, v[5]]);
/** Reserved-for-fiction phone ranges (ARCEP), by first digit of the département zone. */
const FICTION = { 1: '199000', 2: '261910', 3: '353010', 4: '465710', 5: '536490' };
const ZONE_TEL = (dep) => {
  const d = dep.startsWith('2A') || dep.startsWith('2B') ? 20 : Number(dep.slice(0, 2));
  if ([75, 77, 78, 91, 92, 93, 94, 95].includes(d)) return 1;
  if ([2, 8, 10, 21, 25, 39, 51, 52, 54, 55, 57, 58, 59, 60, 62, 67, 68, 70, 71, 80, 88, 89, 90].includes(d)) return 3;
  if ([14, 18, 22, 27, 28, 29, 35, 36, 37, 41, 44, 45, 49, 50, 53, 56, 61, 72, 76, 85].includes(d)) return 2;
  if ([1, 3, 4, 5, 6, 7, 13, 15, 20, 26, 30, 38, 42, 43, 48, 63, 69, 73, 74, 83, 84].includes(d)) return 4;
  return 5;
};

const PREFIXES = ['Saint-', 'Sainte-', '', '', 'Le ', 'La ', 'Les ', 'Villeneuve-', 'Mont', 'Beau', 'Château', 'Val-'];
const RACINES = ['Martin', 'Genès', 'Étienne', 'Rémy', 'Aubin', 'Hilaire', 'Fontaine', 'Bois', 'Roche', 'Pré', 'Champ', 'Mesnil', 'Lac', 'Vallon', 'Chêne', 'Brûlé', 'Sauveur', 'Jouan', 'Ferréol', 'Thérèse'];
const SUFFIXES = ['', '', '', '-sur-Loire', '-en-Bresse', '-le-Château', '-les-Bains', '-sur-Mer', '-la-Forêt', "-d'Aunis", '-du-Lac', '-sur-Seine', '-lès-Nîmes', '-en-Vexin'];
const communeInventee = () => {
  const p = pick(PREFIXES);
  const r = pick(RACINES);
  return (p + (p.endsWith(' ') || p.endsWith('-') || p === '' ? r : r.toLowerCase()) + pick(SUFFIXES)).replace(/^./, (c) => c.toUpperCase());
};
const VOIES = [
  'rue Jean Jaurès', 'avenue de la République', 'place de la Mairie', 'rue Victor Hugo', 'boulevard Gambetta',
  'rue Pasteur', 'rue de la Gare', 'rue du Général de Gaulle', 'impasse des Lilas', 'chemin du Moulin',
  'allée des Érables', "rue de l'Église", 'avenue Jean Moulin', 'rue Émile Zola', 'place du Marché',
  'rue des Écoles', 'rue Louise Michel', 'boulevard de la Liberté', 'rue Aimé Césaire', 'quai des Bateliers',
];
const QUARTIERS = ['des Tilleuls', 'du Centre', 'de la Gare', 'des Acacias', 'du Moulin', 'Saint-Michel', 'des Chênes', 'Bellevue', 'du Château', 'des Peupliers', 'de la Source', 'des Érables', 'Beauséjour', 'Pasteur', 'Jean Moulin', 'des Épinettes', 'du Pré-Fleuri', 'de la Côte', 'Malakoff', 'des Aubépines'];
const PERSONNES = ['Louise Michel', 'Jean Jaurès', 'Victor Hugo', 'Simone Veil', 'Aimé Césaire', 'Émile Zola', 'Marguerite Yourcenar', 'George Sand', 'Albert Camus', 'Jacques Prévert', 'Colette', 'Françoise Sagan', 'Olympe de Gouges', 'Gisèle Halimi', 'Léopold Sédar Senghor'];
const COMPLEMENTS = ['Bâtiment B', '1er étage', 'Rez-de-chaussée, porte de gauche', 'Entrée par la cour', 'Au fond du parking', 'Salle polyvalente', 'Résidence Les Mimosas'];

// ——— Kinds of places: name, typologie, services, national programmes ———

const GENRES = [
  { w: 14, nom: (c) => `Centre social ${pick(QUARTIERS)}`, typo: ['CS'], services: [ACCES, DEMARCHES, OUTILS, PARENTALITE], dispositifs: [] },
  { w: 12, nom: (c) => `Médiathèque ${pick(PERSONNES)}`, typo: ['BIB'], services: [ACCES, OUTILS, LOISIRS, COMPRENDRE], dispositifs: ['Bibliothèques numérique de référence', 'Certification PIX'] },
  { w: 9, nom: (c) => `France Services ${c}`, typo: ['RFS'], services: [DEMARCHES, ACCES], dispositifs: ['France Services'] },
  { w: 8, nom: (c) => `Espace public numérique de ${c}`, typo: ['EPN'], services: [OUTILS, ACCES, SECURITE, COMPRENDRE], dispositifs: ['Certification PIX'] },
  { w: 6, nom: (c) => `Mairie de ${c} – accueil numérique`, typo: ['MUNI'], services: [ACCES, DEMARCHES], dispositifs: ['Aidants Connect'] },
  { w: 5, nom: (c) => `CCAS de ${c}`, typo: ['CCAS'], services: [DEMARCHES], dispositifs: ['Aidants Connect'] },
  { w: 4, nom: (c) => `Point numérique CAF de ${c}`, typo: ['CAF'], services: [ACCES, DEMARCHES], dispositifs: ["Point d'accès numérique CAF"] },
  { w: 3, nom: (c) => `PIMMS Médiation ${c}`, typo: ['PIMMS'], services: [DEMARCHES, ACCES, OUTILS], dispositifs: ['Aidants Connect'] },
  { w: 3, nom: (c) => `Mission locale de ${c}`, typo: ['ML'], services: [INSERTION, ACCES, DEMARCHES], dispositifs: ['Promeneurs du net'], publics: ['Jeunes'] },
  { w: 2, nom: (c) => `France Travail ${c}`, typo: ['FT'], services: [ACCES, INSERTION], dispositifs: [] },
  { w: 4, nom: (c) => `Secours populaire – comité de ${c}`, typo: ['ASSO'], services: [DEMARCHES, ACCES], dispositifs: [] },
  { w: 2, nom: (c) => `Secours catholique – accueil de ${c}`, typo: ['ASSO'], services: [DEMARCHES, ACCES, OUTILS], dispositifs: [] },
  { w: 2, nom: (c) => `Croix-Rouge française – unité locale de ${c}`, typo: ['ASSO'], services: [DEMARCHES, ACCES], dispositifs: ['La Croix Rouge'] },
  { w: 1, nom: (c) => `Emmaüs Connect – point relais de ${c}`, typo: ['ASSO'], services: [ACHAT, OUTILS, ACCES], dispositifs: ['Emmaüs Connect', 'Relais numérique (Emmaüs Connect)'] },
  { w: 3, nom: (c) => `Tiers-lieu ${pick(['La Fabrique', "L'Atelier", 'La Ruche', 'Le Hangar', 'La Coopérative', 'Le Bocal'])} de ${c}`, typo: ['TIERS_LIEUX', 'FABLAB'], services: [LOISIRS, COMPRENDRE, OUTILS], dispositifs: [], labels: ['Fabriques de Territoire'] },
  { w: 2, nom: (c) => `Ressourcerie numérique de ${c}`, typo: ['RESSOURCERIE'], services: [ACHAT, COMPRENDRE], dispositifs: [], labels: ['ORDI 3.0'] },
  { w: 3, nom: (c) => `Association ${pick(['Clic et Lien', 'Numérique pour tous', 'Les Connectés', 'Pas à pas numérique', 'Octet solidaire', 'Génération clavier'])} – ${c}`, typo: ['ASSO'], services: [OUTILS, SECURITE, DEMARCHES, LOISIRS], dispositifs: [] },
  { w: 2, nom: (c) => `Club informatique des aînés de ${c}`, typo: ['ASSO'], services: [OUTILS, SECURITE, LOISIRS], dispositifs: [], publics: ['Seniors'] },
  { w: 2, nom: (c) => `MJC de ${c}`, typo: ['MJC'], services: [LOISIRS, OUTILS, ACCES, PARENTALITE], dispositifs: ['Promeneurs du net'] },
  { w: 2, nom: (c) => `Maison départementale des solidarités de ${c}`, typo: ['MDS'], services: [DEMARCHES, PARENTALITE], dispositifs: [] },
  { w: 1, nom: (c) => `Point information jeunesse de ${c}`, typo: ['PIJ_BIJ'], services: [ACCES, INSERTION, SECURITE], dispositifs: ['Promeneurs du net'], publics: ['Jeunes', 'Étudiants'] },
  { w: 1, nom: (c) => `La Poste ${c} – espace connecté`, typo: ['LA_POSTE'], services: [ACCES, DEMARCHES], dispositifs: [], labels: ['Étapes numériques (La Poste)'] },
  { w: 1, nom: (c) => `Bus numérique du canton de ${c}`, typo: ['Autre'], services: [DEMARCHES, OUTILS, ACCES], dispositifs: ['Conseillers numériques'], itinerant: true },
];
const GENRES_PONDERES = GENRES.map((g) => [g, g.w]);

const HORAIRES = [
  ['Mo-Fr 09:00-12:00,14:00-17:00', 14],
  ['Mo-Fr 09:00-12:00,13:30-17:30; PH off', 14],
  ['Mo,Tu,Th,Fr 09:00-12:00,14:00-18:00; We off', 6],
  ['Tu-Fr 10:00-12:00,14:00-18:00; Sa 10:00-12:30', 6],
  ['Mo-Fr 08:30-12:30', 5],
  ['Mo-Fr 14:00-18:00', 4],
  ['Tu 14:00-18:00; We 10:00-18:00; Th 14:00-18:00; Fr 14:00-19:00; Sa 10:00-17:00; PH off', 8],
  ['Mo-Fr 09:00-17:00; Sa 09:00-12:00; PH off', 6],
  ['Tu,Th 09:00-12:00', 4],
  ['Mo-Fr 09:00-12:00,14:00-17:00 "sur rendez-vous"', 3],
  ['Mo-Fr 08:30-12:00,13:30-17:00; Aug off; PH off', 3],
  ['We 14:00-18:00; Sa 09:30-12:30', 3],
  ['24/7', 1],
  // Not OSM syntax, as found in real exports: kept as written, shown as text.
  ['Mo-Fr 9h-12h', 1.2],
  ['Lundi au vendredi 9h-12h / 14h-17h', 1],
  ['sur rendez-vous', 0.8],
  ['Mo-Fr 09:00-12:00 14:00-17:00', 0.5],
];

const PHRASES_RESUME = [
  'Aide gratuite pour vos démarches en ligne : CAF, impôts, ameli, France Travail.',
  'Ordinateurs en accès libre, wifi et imprimante.',
  "Ateliers pour apprendre à utiliser l'ordinateur, la tablette et le smartphone.",
  'Un conseiller numérique vous reçoit sur rendez-vous.',
  'Accueil sans rendez-vous le matin.',
  'Pour les personnes qui débutent : on va à votre rythme.',
  'Ordinateurs reconditionnés à prix solidaire.',
  'Aide pour créer une adresse e-mail et gérer ses mots de passe.',
  'Sécurité : reconnaître les arnaques et protéger ses données.',
  "Accompagnement des parents sur l'ENT et Pronote.",
  'Permanence numérique le samedi matin.',
  'Téléphonez avant de venir.',
  "Accessible aux personnes en fauteuil roulant.",
  'Des bénévoles vous aident pendant les permanences.',
];
const PHRASES_DETAIL = [
  "Venez avec vos papiers, votre téléphone et, si vous les avez, vos identifiants.",
  "L'équipe ne garde aucune copie de vos documents.",
  "Nous travaillons avec les travailleurs sociaux du secteur : ils peuvent vous orienter vers nous.",
  "Le lieu est à cinq minutes à pied de l'arrêt de bus « Mairie ».",
  "Interprétariat possible en arabe, en anglais et en roumain, sur demande.",
  "Pass numérique accepté pour les ateliers collectifs.",
  "Fermé pendant les vacances de Noël.",
  "Les ateliers durent deux heures, en groupe de six à dix personnes.",
];
const STRUCTURES_PARENTES = [(c) => `Ville de ${c}`, (c) => `Communauté de communes de ${c}`, () => 'Conseil départemental', () => 'Fédération des centres sociaux', () => 'Hub numérique régional', () => 'Réseau des médiathèques'];
const SOURCES = ['Hub numérique régional', 'Coop de la médiation numérique', 'Conseil départemental', 'Collectivité', 'Saisie manuelle'];

// ——— Records ———

const isoDate = (t) => new Date(t).toISOString().slice(0, 10);
const DAY = 86400000;
const T_MAJ_MIN = Date.UTC(2023, 0, 1);
const T_MAJ_MAX = Date.UTC(2026, 10, 15);

function uuid() {
  const h = () => pad(Math.floor(rand() * 65536).toString(16), 4);
  return `${h()}${h()}-${h()}-4${h().slice(1)}-${pick(['8', '9', 'a', 'b'])}${h().slice(1)}-${h()}${h()}${h()}`;
}
function pivot() {
  const r = rand();
  if (r < 0.05) return undefined;
  if (r < 0.15) return '00000000000000';
  if (r < 0.3) return 'W' + pad(int(0, 999999999), 9);
  let s = '';
  for (let i = 0; i < 14; i++) s += int(0, 9);
  return s;
}
function telephone(dep, outreMer) {
  const r = rand();
  if (r < 0.02) return pick(['3949', '3646', '3230', '3631']);
  if (outreMer) return outreMer + pad(int(0, 999999999), 9);
  if (r < 0.12) return '+33' + pick(['63998', '63998', '73999']) + pad(int(0, 9999), 4);
  return '+33' + FICTION[ZONE_TEL(dep)] + pad(int(0, 999), 3);
}

function lieu(i, idsVus) {
  const outre = chance(0.012) ? weighted(OUTRE_MER.map((o) => [o, o[6]])) : null;
  const ville = outre ?? weighted(VILLES_PONDEREES);
  const [villeNom, villeCp, villeInsee, vLat, vLon] = ville;
  const dep = villeInsee.startsWith('97') ? villeInsee.slice(0, 3) : villeInsee.slice(0, 2);
  const rural = !outre && chance(0.45);
  let commune = villeNom;
  let cp = villeCp;
  let insee = villeInsee;
  let lat;
  let lon;
  if (rural) {
    commune = communeInventee();
    cp = dep === '2A' || dep === '2B' ? '20' + int(1, 2) + pad(int(0, 9), 1) + '0' : dep + pad(int(1, 99) * 10, 3);
    insee = dep + pad(int(1, 899), 3);
    // Around the city, within about 40 km, kept inside mainland France's (or Corsica's) bounding box.
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    const corse = dep === '2A' || dep === '2B';
    lat = clamp(vLat + clamp(gauss(), -2, 2) * 0.15, corse ? 41.45 : 42.45, corse ? 42.95 : 51.0);
    lon = clamp(vLon + clamp(gauss(), -2, 2) * 0.2, corse ? 8.6 : -4.7, corse ? 9.5 : 8.2);
  } else {
    if (villeNom === 'Paris') {
      const arr = int(1, 20);
      cp = '750' + pad(arr, 2);
      insee = '751' + pad(arr, 2);
    } else if (villeNom === 'Marseille') {
      const arr = int(1, 16);
      cp = '130' + pad(arr, 2);
      insee = '132' + pad(arr, 2);
    } else if (villeNom === 'Lyon') {
      const arr = int(1, 9);
      cp = '6900' + arr;
      insee = '6938' + arr;
    }
    lat = vLat + gauss() * 0.02;
    lon = vLon + gauss() * 0.03;
  }
  const genre = weighted(GENRES_PONDERES);
  const nom = genre.nom(commune);
  let id = chance(0.7) ? uuid() : `${slug(commune).slice(0, 20)}-${slug(genre.typo[0])}-${pad(i, 6)}`;
  if (idsVus.length > 10 && chance(0.002)) id = pick(idsVus); // duplicate id, on purpose
  idsVus.push(id);
  const s = slug(nom).slice(0, 40);

  /** @type {Record<string, unknown>} */
  const l = { id };
  const pv = pivot();
  if (pv) l.pivot = pv;
  l.nom = nom;
  l.commune = commune;
  l.code_postal = cp;
  if (chance(0.85)) l.code_insee = insee;
  l.adresse = `${chance(0.9) ? int(1, 240) + (chance(0.05) ? ' bis' : '') + ' ' : ''}${pick(VOIES)}`;
  if (chance(0.12)) l.complement_adresse = pick(COMPLEMENTS);
  if (!chance(0.02)) {
    l.latitude = Math.round(lat * 1e6) / 1e6;
    l.longitude = Math.round(lon * 1e6) / 1e6;
  }
  l.typologie = chance(0.1) ? undefined : genre.typo;
  if (chance(0.8)) l.telephone = telephone(dep, outre?.[5]);
  if (chance(0.6)) l.courriels = chance(0.1) ? [`accueil.${s}@exemple.fr`, `numerique.${s}@exemple.fr`] : [`contact.${s}@exemple.fr`];
  if (chance(0.5)) l.site_web = chance(0.2) ? [`https://${s}.exemple.fr`, `https://www.facebook.com/${s.replace(/-/g, '')}`] : [`https://${s}.exemple.fr`];
  if (chance(0.92)) l.horaires = weighted(HORAIRES);
  if (chance(0.85)) l.presentation_resume = some(PHRASES_RESUME, int(1, 3)).join(' ');
  if (chance(0.4)) l.presentation_detail = some(PHRASES_DETAIL, int(2, 4)).join('\n');
  if (chance(0.6)) l.source = pick(SOURCES);
  if (genre.itinerant) l.itinerance = ['Itinérant'];
  else if (chance(0.7)) l.itinerance = chance(0.02) ? ['Itinérant', 'Fixe'] : ['Fixe'];
  if (chance(0.3)) l.structure_parente = pick(STRUCTURES_PARENTES)(commune);
  l.date_maj = isoDate(T_MAJ_MIN + Math.floor(rand() * ((T_MAJ_MAX - T_MAJ_MIN) / DAY)) * DAY);

  const services = some(genre.services, int(1, Math.min(4, genre.services.length)));
  if (chance(0.15)) {
    const extra = pick(SERVICES);
    if (!services.includes(extra)) services.push(extra);
  }
  l.services = services.slice(0, 4);
  const publics = genre.publics ?? (chance(0.12) ? some(PUBLICS, int(1, 2)) : undefined);
  if (publics) l.publics_specifiquement_adresses = publics;
  if (chance(0.1)) l.prise_en_charge_specifique = some(PRISE_EN_CHARGE, int(1, 3));
  if (chance(0.9)) {
    l.frais_a_charge = [weighted([['Gratuit', 70], ['Gratuit sous condition', 20], ['Payant', 10]])];
    if (chance(0.05)) l.frais_a_charge = ['Gratuit', 'Payant'];
  }
  const dispositifs = [...genre.dispositifs.filter(() => chance(0.7))];
  if (chance(0.35) && !dispositifs.includes('Conseillers numériques')) dispositifs.push('Conseillers numériques');
  if (chance(0.08) && !dispositifs.includes('Aidants Connect')) dispositifs.push('Aidants Connect');
  if (dispositifs.length) l.dispositif_programmes_nationaux = dispositifs;
  const labels = [...(genre.labels ?? []).filter(() => chance(0.6))];
  if (chance(0.04)) labels.push(pick(FORMATIONS_LABELS));
  if (labels.length) l.formations_labels = [...new Set(labels)];
  const autres = [];
  if (chance(0.15)) autres.push('QPV');
  if (rural && chance(0.2)) autres.push('ZRR');
  if (chance(0.05)) autres.push('APTIC');
  if (autres.length) l.autres_formations_labels = autres;
  if (chance(0.8)) l.modalites_acces = chance(0.01) ? ["Ce lieu n'accueille pas de public"] : some(MODALITES_ACCES.filter((m) => !m.startsWith('Ce lieu')), int(1, 3));
  if (chance(0.85)) l.modalites_accompagnement = some(MODALITES_ACCOMPAGNEMENT, int(1, 3));
  if (chance(0.1)) l.fiche_acces_libre = `https://acceslibre.beta.gouv.fr/app/${slug(dep)}-${slug(commune)}/a/espace-numerique/erp/${s}/`;
  if (chance(0.05)) l.prise_rdv = `https://rdv.exemple.fr/${s}`;
  for (const k of Object.keys(l)) if (l[k] === undefined) delete l[k];

  defauts(l);
  return l;
}

/** About 1 % invalid records and 1 % recoverable defects, as in real exports. */
function defauts(l) {
  const r = rand();
  if (r < 0.01) {
    switch (int(0, 5)) {
      case 0: l.code_postal = pick(['5920', '592000', 'ABCDE', '']); break;
      case 1: delete l.nom; break;
      case 2: l.nom = '   '; break;
      case 3: delete l.adresse; break;
      case 4: l.date_maj = pick(['12/03/2025', '2025-13-45', 'hier']); break;
      default: delete l.commune;
    }
  } else if (r < 0.02) {
    switch (int(0, 6)) {
      case 0: l.telephone = pick(['03 20 00 00 00', '12345', '+33 (0)3 20 00 00 00']); break;
      case 1: l.courriels = ['contact@', ...(l.courriels ?? [])]; break;
      case 2: l.services = [...(l.services ?? []), pick(['Aide numérique', 'Accéder à du matériel', 'Prendre en main un ordinateur'])]; break;
      case 3: l.site_web = ['javascript:alert(1)']; break;
      case 4: delete l.longitude; break;
      case 5: l.latitude = 0; l.longitude = 0; break;
      default: l.pivot = '123';
    }
  }
}

// ——— Ateliers ———

const TITRES = [
  ['Découvrir son smartphone', ['prendre_en_main_du_materiel'], 'debutant'],
  ["Premiers pas sur l'ordinateur", ['prendre_en_main_du_materiel'], 'debutant'],
  ['Mes e-mails sans stress', ['email'], 'debutant'],
  ['Déjouer les arnaques en ligne', ['securite_numerique'], 'debutant'],
  ['Mon compte ameli', ['sante', 'aide_aux_demarches_administratives'], 'debutant'],
  ['Déclarer ses ressources sur caf.fr', ['aide_aux_demarches_administratives', 'argent_impots'], 'intermediaire'],
  ['Mon espace France Travail', ['insertion_professionnelle', 'travail_formation'], 'debutant'],
  ['Faire son CV en ligne', ['insertion_professionnelle', 'bureautique'], 'intermediaire'],
  ["Suivre la scolarité de son enfant sur l'ENT", ['scolarite_et_numerique', 'parentalite'], 'debutant'],
  ['Appeler sa famille en vidéo', ['reseaux_sociaux', 'prendre_en_main_du_materiel'], 'debutant'],
  ['Ranger ses photos et ses documents', ['gerer_ses_contenus_numeriques'], 'intermediaire'],
  ['Acheter en ligne en toute sécurité', ['banque_et_achats_en_ligne', 'securite_numerique'], 'intermediaire'],
  ["L'intelligence artificielle, c'est quoi ?", ['intelligence_artificielle', 'culture_numerique'], 'intermediaire'],
  ['Word et Excel pour débuter', ['bureautique'], 'intermediaire'],
  ['Repair café numérique', ['maintenance_de_materiel'], 'intermediaire'],
  ['Impôts en ligne : mon espace particulier', ['argent_impots'], 'intermediaire'],
  ['Carte grise et permis : les démarches ANTS', ['transports_mobilite', 'papiers_elections_citoyennete'], 'intermediaire'],
  ['Demande de logement social en ligne', ['logement'], 'intermediaire'],
  ['Créer son entreprise : les outils en ligne', ['entrepreneuriat'], 'avance'],
  ['Retouche photo et montage vidéo', ['creer_avec_le_numerique'], 'avance'],
  ['Protéger sa vie privée sur les réseaux sociaux', ['reseaux_sociaux', 'securite_numerique'], 'avance'],
  ['Français et numérique', ['prendre_en_main_du_materiel', 'etrangers_europe'], 'debutant'],
  ['Test de niveau numérique', ['diagnostic_numerique'], 'debutant'],
];
const ANIMATEURS = ['Conseiller numérique', 'Conseillère numérique', 'Bénévoles de l’association', 'Médiatrice numérique', 'Animateur multimédia', 'Bibliothécaire'];

function hhmm(minutes) {
  return `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}
function atelier(i, lieux) {
  const [titre, thematiques, niveau] = pick(TITRES);
  const modalite = weighted([['sur_place', 85], ['mixte', 8], ['a_distance', 7]]);
  const host = lieux[int(0, lieux.length - 1)];
  /** @type {Record<string, unknown>} */
  const a = { id: `atelier-${pad(i, 6)}`, titre };
  if (chance(0.7)) a.description = `${titre}. ${pick(PHRASES_RESUME)} ${chance(0.5) ? pick(PHRASES_DETAIL) : ''}`.trim();
  a.lieu_id = chance(0.005) ? 'lieu-inexistant-' + i : host.id;
  a.thematiques = thematiques;
  a.niveau = niveau;
  if (chance(0.3)) a.niveau_requis = pick(['eloigne', 'debutant', 'intermediaire']);
  if (chance(0.15)) a.publics = some(PUBLICS, 1);
  if (chance(0.05)) a.prise_en_charge_specifique = some(PRISE_EN_CHARGE, 1);
  a.format = chance(0.75) ? 'collectif' : 'individuel';
  a.modalite = modalite;
  if (modalite !== 'sur_place') a.lien_visio = `https://visio.exemple.fr/atelier-${pad(i, 6)}`;
  a.frais = [weighted([['gratuit', 80], ['pass_numerique', 12], ['payant', 8]])];
  if (a.frais[0] === 'payant') a.tarif = pick(['2 € la séance', '5 € le cycle', 'Adhésion 10 € par an']);
  if (a.format === 'collectif') {
    a.capacite = int(4, 20);
    if (chance(0.6)) a.places_restantes = int(0, a.capacite);
  }
  a.statut = weighted([['programme', 85], ['complet', 7], ['annule', 5], ['reporte', 3]]);
  if (chance(0.8)) {
    a.inscription = { obligatoire: chance(0.6) };
    if (chance(0.5) && host.telephone) a.inscription.telephone = host.telephone;
    if (chance(0.3)) a.inscription.lien = `https://agenda.exemple.fr/inscription/${a.id}`;
    if (chance(0.3)) a.inscription.consignes = pick(["Inscription à l'accueil.", 'Apportez votre téléphone.', 'Sans inscription.']);
  }
  if (chance(0.7)) a.animateur = pick(ANIMATEURS);
  const debut = int(9 * 4, 18 * 4) * 15;
  const duree = pick([45, 60, 90, 120, 120, 180]);
  if (chance(0.5)) {
    const mensuelle = chance(0.3);
    a.recurrence = {
      frequence: mensuelle ? 'mensuelle' : 'hebdomadaire',
      jours: mensuelle ? [pick(JOURS.slice(0, 6))] : some(JOURS.slice(0, 6), chance(0.15) ? 2 : 1),
    };
    if (!mensuelle && chance(0.2)) a.recurrence.intervalle = 2;
    if (mensuelle) a.recurrence.rangs = [pick([1, 1, 2, 3, 4, -1])];
    a.recurrence.heure_debut = hhmm(debut);
    a.recurrence.heure_fin = hhmm(debut + duree);
    a.recurrence.du = pick(['2026-09-01', '2026-09-07', '2026-10-01', '2027-01-04']);
    a.recurrence.au = pick(['2026-12-18', '2027-06-30', '2027-07-03']);
    if (chance(0.4)) a.recurrence.sauf = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'].filter(() => chance(0.5));
    if (chance(0.003)) delete a.recurrence.au; // invalid on purpose
  } else {
    const start = Date.UTC(2026, 10, 23);
    const n = weighted([[1, 50], [2, 20], [3, 10], [4, 10], [8, 10]]);
    let t = start + int(0, 180) * DAY;
    a.seances = [];
    for (let k = 0; k < n; k++) {
      const jour = isoDate(t);
      a.seances.push({ debut: `${jour}T${hhmm(debut)}`, fin: `${jour}T${hhmm(debut + duree)}` });
      t += 7 * DAY;
    }
    if (n > 1) a.serie = { titre, nombre_seances: n };
    if (chance(0.003)) a.seances[0].fin = a.seances[0].debut.slice(0, 11) + hhmm(debut - 30); // ends before start
  }
  a.date_maj = isoDate(Date.UTC(2026, 8, 1) + int(0, 80) * DAY);
  return a;
}

// ——— Output ———

function annuaire(n) {
  rand = mulberry32(0x5eed ^ Math.imul(n, 2654435761));
  const lieux = [];
  const ids = [];
  for (let i = 0; i < n; i++) lieux.push(lieu(i, ids));
  const valides = lieux.filter((l) => typeof l.id === 'string' && l.nom);
  const ateliers = [];
  for (let i = 0, m = Math.round(n / 20); i < m; i++) ateliers.push(atelier(i, valides));
  return {
    version: 1,
    territoire: {
      nom: `Jeu de données synthétique (${n} lieux)`,
      fuseau_horaire: 'Europe/Paris',
      source: 'scripts/generate.mjs (données inventées)',
      date_maj: '2026-11-20',
    },
    lieux,
    ateliers,
  };
}

function csvCell(v) {
  if (v === undefined || v === null) return '';
  const s = Array.isArray(v) ? v.join('|') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function toCsv(lieux) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const l of lieux) lines.push(CSV_COLUMNS.map((c) => csvCell(l[c])).join(','));
  return lines.join('\n') + '\n';
}

function taille(bytes) {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} Mo` : `${(bytes / 1024).toFixed(1)} ko`;
}

const args = process.argv.slice(2);
const csv = args.includes('--csv');
const tailles = args.filter((a) => !a.startsWith('--')).map(Number);
if (args.includes('--help') || tailles.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error('Usage : node scripts/generate.mjs [--csv] <nombre de lieux>... (par défaut : 20000 100000)');
  process.exit(args.includes('--help') ? 0 : 1);
}
if (!tailles.length) tailles.push(20000, 100000);

const racine = join(dirname(fileURLToPath(import.meta.url)), '..');
const dossier = join(racine, 'bench', 'generated');
mkdirSync(dossier, { recursive: true });
for (const n of tailles) {
  const t0 = performance.now();
  const data = annuaire(n);
  const fichiers = [[join(dossier, `annuaire-${n}.json`), JSON.stringify(data)]];
  if (csv) fichiers.push([join(dossier, `lieux-${n}.csv`), toCsv(data.lieux)]);
  for (const [chemin, contenu] of fichiers) {
    writeFileSync(chemin, contenu);
    console.log(`${relative(process.cwd(), chemin)}  ${taille(statSync(chemin).size)}`);
  }
  console.log(`  ${data.lieux.length} lieux, ${data.ateliers.length} ateliers (${Math.round(performance.now() - t0)} ms)`);
}
