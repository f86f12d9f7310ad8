#!/usr/bin/env node
// Génère data/annuaire.schema.json, le schéma JSON (draft 2020-12) du fichier annuaire du kit.
// Lancer : `npm run schema` (construit dist/node puis exécute ce script), ou, si dist/node est à jour,
// `node scripts/schema.mjs`. Ne pas modifier le fichier JSON à la main : il est vérifié par
// test/node/schema.test.mjs, qui échoue s'il ne correspond plus à ce que ce script produit.
//
// Les listes de valeurs viennent des constantes de dist/node/data.mjs (src/data/standard.ts et
// src/data/vocabulaire.ts) : elles ne sont jamais recopiées ici, pour que le schéma ne puisse pas diverger.
// Le schéma décrit le format normalisé qu'écrit `kit-inclusion importer` (champs multivalués en tableaux).
import { realpathSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ENUM_FIELDS,
  FORMATS_ATELIER,
  FRAIS_ATELIER,
  JOURS,
  MODALITES_ATELIER,
  NIVEAUX_ATELIER,
  NIVEAUX_AUTONOMIE,
  PRISE_EN_CHARGE_SPECIFIQUE,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  STATUTS_ATELIER,
  THEMATIQUES,
} from '../dist/node/data.mjs';

/** Where the schema is written, relative to the root of the project. */
export const SORTIE = fileURLToPath(new URL('../data/annuaire.schema.json', import.meta.url));
// A URN, not a web address: the project does not own a domain to publish the schema under.
export const ID_SCHEMA = 'urn:kit-inclusion-numerique:schema:annuaire:v1';

// Patterns (not value lists): the same rules as src/data/valider.ts and src/data/telephone.ts.
const CODE_POSTAL = '^\\d{5}$';
const CODE_INSEE = '^([013-9]\\d|2[AB1-9])\\d{3}$';
const PIVOT = '^[a-zA-Z0-9]{9,14}$';
/** The standard's pattern for `telephone` (E.164 without spaces, metropolitan and overseas codes). */
const TELEPHONE_E164 = '^(\\+33|\\+590|\\+594|\\+262|\\+596|\\+269|\\+687|\\+689|\\+508|\\+681)(\\d){6,9}$';
/** Short numbers of the phone policy: 3xxx services, 15 to 119 (115, 114), 116xxx European helplines. */
const TELEPHONE_COURT = '^(3\\d{3}|1[5-9]|11\\d|116\\d{3})$';
const LIEN = '^https?://';
const DATE_HEURE_LOCALE = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$';
const HEURE = '^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$';
const RESUME_MAX = 280;
/** Only in types.ts (`Recurrence['frequence']`): no exported constant to build it from. */
const FREQUENCES = ['hebdomadaire', 'mensuelle'];

/** Every property of the schema carries a French title and description, for integrators. */
const champ = (title, description, schema) => ({ title, description, ...schema });
const texte = (title, description, extra = {}) => champ(title, description, { type: 'string', minLength: 1, ...extra });
const url = (title, description) => texte(title, description, { pattern: LIEN });
const date = (title, description) => texte(title, description, { format: 'date' });
const liste = (title, description, items, extra = {}) =>
  champ(title, description, { type: 'array', minItems: 1, items, ...extra });
/** A multi-valued field of the standard: an array of allowed values, each at most once. */
const valeursAutorisees = (title, description, valeurs) =>
  liste(title, description, { type: 'string', enum: [...valeurs] }, { uniqueItems: true });

function telephone(title, description) {
  return champ(title, description, {
    type: 'string',
    anyOf: [
      {
        title: 'Numéro au format international',
        description:
          'Format E.164 sans espace, comme le demande le standard : indicatif +33 (métropole) ou d’outre-mer, puis le numéro sans le 0 (« +33320463850 »).',
        pattern: TELEPHONE_E164,
      },
      {
        title: 'Numéro court',
        description:
          'Numéro court : service à 4 chiffres commençant par 3 (« 3646 »), numéro d’urgence ou d’aide de 15 à 119 (« 115 », « 114 »), ou numéro européen 116 à 6 chiffres (« 116006 »).',
        pattern: TELEPHONE_COURT,
      },
    ],
  });
}

const valeursInconnues = (objet) =>
  champ(
    'Valeurs mises de côté',
    `Valeurs reçues que le kit n’a pas reconnues, rangées par nom de champ, pour qu’aucune information ne soit perdue. Elles ne sont pas affichées aux personnes : elles servent à corriger la source. Le kit les remplit lui-même quand il normalise ${objet}.`,
    {
      type: 'object',
      additionalProperties: liste(
        'Valeurs d’un champ',
        'Les valeurs non reconnues pour ce champ, telles qu’elles ont été reçues (texte).',
        { type: 'string', title: 'Valeur', description: 'Une valeur non reconnue, telle que reçue.' },
      ),
    },
  );

/** French words for the enumerated fields of the standard (the values themselves come from ENUM_FIELDS). */
const CHAMPS_ENUM = {
  services: [
    'Services',
    'Les services d’inclusion numérique proposés par le lieu (valeurs du standard v1). Au moins un service est conseillé : c’est ce qui permet d’orienter une personne selon son besoin.',
  ],
  publics_specifiquement_adresses: [
    'Publics spécifiquement adressés',
    'Les publics auxquels le lieu s’adresse en particulier. Absent : le lieu accueille tout le monde.',
  ],
  prise_en_charge_specifique: [
    'Prise en charge spécifique',
    'Les situations (handicap, langue, illettrisme) pour lesquelles le lieu sait accompagner les personnes.',
  ],
  frais_a_charge: ['Frais à charge', 'Ce que la personne paie : gratuit, gratuit sous condition, ou payant.'],
  itinerance: ['Itinérance', 'Le lieu est fixe, itinérant (bus, permanences dans plusieurs communes), ou les deux.'],
  dispositif_programmes_nationaux: [
    'Dispositifs et programmes nationaux',
    'Les dispositifs nationaux dont le lieu fait partie (Conseillers numériques, France Services, Aidants Connect…).',
  ],
  formations_labels: [
    'Formations et labels',
    'Les formations suivies par l’équipe et les labels reconnus par le standard. Les autres labels vont dans « autres_formations_labels ».',
  ],
  modalites_acces: [
    'Modalités d’accès',
    'Comment venir : se présenter, téléphoner, écrire, prendre rendez-vous en ligne…',
  ],
  modalites_accompagnement: [
    'Modalités d’accompagnement',
    'Comment la personne est aidée : en autonomie, seule avec un accompagnant, en atelier collectif, à distance.',
  ],
};

function schemaLieu() {
  const enums = {};
  for (const [nom, valeurs] of Object.entries(ENUM_FIELDS)) {
    const mots = CHAMPS_ENUM[nom];
    if (!mots) throw new Error(`schema.mjs : pas de titre ni de description pour le champ énuméré « ${nom} »`);
    enums[nom] = valeursAutorisees(mots[0], mots[1], valeurs);
  }
  const {
    services,
    publics_specifiquement_adresses,
    prise_en_charge_specifique,
    frais_a_charge,
    itinerance,
    dispositif_programmes_nationaux,
    formations_labels,
    modalites_acces,
    modalites_accompagnement,
    ...reste
  } = enums;
  if (Object.keys(reste).length) throw new Error(`schema.mjs : champs énumérés non placés : ${Object.keys(reste).join(', ')}`);

  return {
    title: 'Lieu',
    description:
      'Un lieu de médiation numérique, au format du standard national « lieux de médiation numérique » v1, normalisé : les champs à plusieurs valeurs sont des tableaux.',
    type: 'object',
    required: ['id', 'nom', 'commune', 'code_postal', 'adresse'],
    properties: {
      id: texte('Identifiant', 'Identifiant du lieu, unique dans l’annuaire et stable dans le temps (les ateliers y renvoient par « lieu_id »).'),
      pivot: texte(
        'SIRET, RNA ou RIDET',
        'Identifiant de la structure : SIRET (14 chiffres), RNA (W suivi de 9 chiffres) ou RIDET, sans espace. « 00000000000000 » veut dire « inconnu ».',
        { pattern: PIVOT },
      ),
      nom: texte('Nom', 'Nom du lieu tel que les habitants le connaissent.'),
      commune: texte('Commune', 'Nom de la commune.'),
      code_postal: texte('Code postal', 'Code postal à 5 chiffres, en texte (« 59200 », pas 59200).', { pattern: CODE_POSTAL }),
      code_insee: texte(
        'Code INSEE',
        'Code officiel géographique de la commune (5 caractères, « 2A » ou « 2B » pour la Corse).',
        { pattern: CODE_INSEE },
      ),
      adresse: texte('Adresse', 'Numéro et nom de la voie (« 19 boulevard d’Alsace »).'),
      complement_adresse: texte('Complément d’adresse', 'Bâtiment, étage, entrée… (« Rez-de-chaussée, porte B »).'),
      latitude: champ('Latitude', 'Latitude WGS84 en degrés décimaux. Donnée avec la longitude, ou pas du tout.', {
        type: 'number',
        minimum: -90,
        maximum: 90,
      }),
      longitude: champ('Longitude', 'Longitude WGS84 en degrés décimaux. Donnée avec la latitude, ou pas du tout.', {
        type: 'number',
        minimum: -180,
        maximum: 180,
      }),
      typologie: liste(
        'Typologie',
        'Types de structure, en codes de la typologie data·inclusion (« CS » centre social, « BIB » médiathèque, « FS » France Services…), en majuscules.',
        {
          type: 'string',
          title: 'Code de typologie',
          description: 'Un code en majuscules (« CS », « BIB »), ou « Autre ».',
          pattern: '^([^a-z]+|Autre)$',
        },
        { uniqueItems: true },
      ),
      telephone: telephone(
        'Téléphone',
        'Un seul numéro, au format international sans espace (« +33320463850 ») ou numéro court (« 3646 »). Le kit l’affiche comme on le compose (« 03 20 46 38 50 »).',
      ),
      courriels: liste(
        'Adresses e-mail',
        'Adresses e-mail du lieu, pour les personnes.',
        { type: 'string', format: 'email', title: 'Adresse e-mail', description: 'Une adresse e-mail (« accueil@exemple.fr »).' },
        { uniqueItems: true },
      ),
      site_web: liste('Sites web', 'Site du lieu et pages de réseaux sociaux : liens http ou https complets.', {
        type: 'string',
        pattern: LIEN,
        title: 'Lien',
        description: 'Un lien complet commençant par http:// ou https://.',
      }),
      horaires: texte(
        'Horaires',
        'Horaires d’ouverture dans la syntaxe OpenStreetMap « opening_hours » (« Mo-Fr 09:00-12:00,14:00-18:00; PH off »). Des horaires que le kit ne comprend pas sont affichés tels quels.',
      ),
      presentation_resume: texte(
        'Présentation courte',
        `Ce que le lieu propose, en une ou deux phrases simples : le standard demande ${RESUME_MAX} caractères au plus. Un texte plus long est gardé (rien n’est perdu) et signalé par « kit-inclusion valider ».`,
      ),
      presentation_detail: texte('Présentation détaillée', 'Présentation complète du lieu ; les retours à la ligne sont gardés.'),
      source: texte('Source', 'D’où vient la fiche (outil, structure ou export qui l’a produite).'),
      itinerance,
      structure_parente: texte('Structure parente', 'Structure dont dépend le lieu (commune, association, réseau).'),
      date_maj: date('Date de mise à jour', 'Date de dernière mise à jour de la fiche, au format AAAA-MM-JJ.'),
      services,
      publics_specifiquement_adresses,
      prise_en_charge_specifique,
      frais_a_charge,
      dispositif_programmes_nationaux,
      formations_labels,
      autres_formations_labels: liste(
        'Autres formations et labels',
        'Labels et formations que le standard ne liste pas (« QPV », « Point relais CAF »…), en texte libre.',
        { type: 'string', minLength: 1, title: 'Label', description: 'Un label ou une formation, en texte libre.' },
        { uniqueItems: true },
      ),
      modalites_acces,
      modalites_accompagnement,
      fiche_acces_libre: url('Fiche Acceslibre', 'Lien vers la fiche d’accessibilité du lieu sur acceslibre.beta.gouv.fr.'),
      prise_rdv: url('Prise de rendez-vous', 'Lien vers la prise de rendez-vous en ligne.'),
      valeurs_inconnues: valeursInconnues('un lieu'),
    },
    dependentRequired: { latitude: ['longitude'], longitude: ['latitude'] },
    additionalProperties: false,
  };
}

function schemaAtelier() {
  const jour = { type: 'string', enum: [...JOURS], title: 'Jour', description: 'Un jour de la semaine, en minuscules.' };
  const dateSimple = { type: 'string', format: 'date', title: 'Date', description: 'Une date au format AAAA-MM-JJ.' };
  const seance = {
    title: 'Séance',
    description: 'Une séance datée, à l’heure locale du lieu.',
    type: 'object',
    required: ['debut', 'fin'],
    properties: {
      debut: texte('Début', 'Date et heure locales de début : AAAA-MM-JJTHH:MM (« 2027-03-02T14:00 »).', {
        pattern: DATE_HEURE_LOCALE,
      }),
      fin: texte('Fin', 'Date et heure locales de fin, après le début : AAAA-MM-JJTHH:MM.', { pattern: DATE_HEURE_LOCALE }),
      statut: champ('Statut de la séance', 'Remplace le statut de l’atelier pour cette séance seulement.', {
        type: 'string',
        enum: [...STATUTS_ATELIER],
      }),
      places_restantes: champ('Places restantes', 'Places encore libres pour cette séance.', { type: 'integer', minimum: 0 }),
    },
    additionalProperties: false,
  };
  const recurrence = champ(
    'Récurrence',
    'Un calendrier qui se répète (« chaque mardi de 14 h à 16 h », « le 1er samedi du mois »), toujours borné par une date de fin.',
    {
      type: 'object',
      required: ['frequence', 'jours', 'heure_debut', 'heure_fin', 'du', 'au'],
      properties: {
        frequence: champ('Fréquence', 'Chaque semaine (« hebdomadaire ») ou chaque mois (« mensuelle »).', {
          type: 'string',
          enum: FREQUENCES,
        }),
        jours: liste('Jours', 'Jours de la semaine où l’atelier a lieu.', jour),
        intervalle: champ('Intervalle', 'Toutes les N semaines (hebdomadaire) ou tous les N mois (mensuelle). 1 par défaut.', {
          type: 'integer',
          minimum: 1,
        }),
        rangs: liste(
          'Rangs dans le mois',
          'Pour « mensuelle » (obligatoire alors) : quelle occurrence du jour dans le mois, de 1 à 5, ou -1 pour la dernière (« le dernier vendredi »).',
          {
            type: 'integer',
            title: 'Rang',
            description: '1 à 5, ou -1 pour la dernière occurrence du mois.',
            anyOf: [{ minimum: 1, maximum: 5 }, { const: -1 }],
          },
        ),
        heure_debut: texte('Heure de début', 'Heure locale de début, HH:MM (« 14:00 »).', { pattern: HEURE }),
        heure_fin: texte('Heure de fin', 'Heure locale de fin, HH:MM, après l’heure de début.', { pattern: HEURE }),
        du: date('Du', 'Première date possible, incluse (AAAA-MM-JJ).'),
        au: date('Au', 'Dernière date possible, incluse (AAAA-MM-JJ). Une récurrence sans fin n’est pas affichée.'),
        sauf: liste('Sauf', 'Dates sans séance (vacances scolaires, jours fériés), au format AAAA-MM-JJ.', dateSimple),
      },
      if: { properties: { frequence: { const: 'mensuelle' } }, required: ['frequence'] },
      then: { required: ['rangs'] },
      additionalProperties: false,
    },
  );
  const inscription = champ('Inscription', 'Comment s’inscrire.', {
    type: 'object',
    properties: {
      obligatoire: champ('Inscription obligatoire', 'Vrai si la personne doit s’inscrire avant de venir.', { type: 'boolean' }),
      lien: url('Lien d’inscription', 'Page d’inscription en ligne (http ou https).'),
      telephone: telephone('Téléphone d’inscription', 'Numéro à appeler pour s’inscrire, au même format que le téléphone d’un lieu.'),
      courriel: texte('E-mail d’inscription', 'Adresse e-mail pour s’inscrire.', { format: 'email' }),
      consignes: texte('Consignes', 'Consignes en texte libre (« Inscription à l’accueil du centre social »).'),
    },
    additionalProperties: false,
  });

  return {
    title: 'Atelier',
    description:
      'Un atelier (ponctuel ou récurrent) dans un lieu de l’annuaire ou à distance. Il faut des séances datées (« seances ») ou une récurrence (« recurrence »).',
    type: 'object',
    required: ['id', 'titre'],
    properties: {
      id: texte('Identifiant', 'Identifiant de l’atelier, unique dans l’annuaire.'),
      titre: texte('Titre', 'Titre de l’atelier, en mots simples (« Mes e-mails sans stress »).'),
      description: texte('Description', 'Ce qu’on y fait et pour qui, en phrases simples.'),
      lieu_id: texte(
        'Lieu',
        'Identifiant (« id ») du lieu de l’annuaire où se passe l’atelier. Obligatoire sauf si « modalite » vaut « a_distance ».',
      ),
      thematiques: champ('Thématiques', 'Thèmes de l’atelier (thématiques de La Coop de la médiation numérique).', {
        type: 'array',
        items: { type: 'string', enum: [...THEMATIQUES], title: 'Thématique', description: 'Une thématique de La Coop.' },
      }),
      niveau: champ('Niveau', 'Niveau de l’atelier. Absent : ouvert à tous les niveaux.', {
        type: 'string',
        enum: [...NIVEAUX_ATELIER],
      }),
      niveau_requis: champ(
        'Niveau d’autonomie requis',
        'Niveau d’autonomie le plus bas pour suivre l’atelier. Absent : déduit du niveau.',
        { type: 'string', enum: [...NIVEAUX_AUTONOMIE] },
      ),
      publics: valeursAutoriseesAtelier(
        'Publics',
        'Publics pour lesquels l’atelier est fait (mêmes valeurs que pour les lieux). Absent ou vide : tout le monde.',
        PUBLICS_SPECIFIQUEMENT_ADRESSES,
      ),
      prise_en_charge_specifique: valeursAutoriseesAtelier(
        'Prise en charge spécifique',
        'Situations pour lesquelles l’atelier est adapté (mêmes valeurs que pour les lieux).',
        PRISE_EN_CHARGE_SPECIFIQUE,
      ),
      format: champ('Format', 'Collectif (en groupe) ou individuel. « collectif » par défaut.', {
        type: 'string',
        enum: [...FORMATS_ATELIER],
      }),
      modalite: champ('Modalité', 'Sur place, à distance ou les deux (« mixte »). « sur_place » par défaut.', {
        type: 'string',
        enum: [...MODALITES_ATELIER],
      }),
      lien_visio: url('Lien de visio', 'Lien pour suivre l’atelier à distance (modalités « a_distance » et « mixte »).'),
      frais: champ('Frais', 'Ce que la personne paie : gratuit, Pass numérique, payant (voir « tarif »).', {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', enum: [...FRAIS_ATELIER], title: 'Frais', description: 'Une sorte de frais.' },
      }),
      tarif: texte('Tarif', 'Le prix en texte libre, pour « payant » (« 2 € la séance »).'),
      capacite: champ('Capacité', 'Nombre de places par séance.', { type: 'integer', minimum: 0 }),
      places_restantes: champ('Places restantes', 'Places encore libres.', { type: 'integer', minimum: 0 }),
      statut: champ('Statut', 'Programmé, complet, annulé ou reporté. « programme » par défaut.', {
        type: 'string',
        enum: [...STATUTS_ATELIER],
      }),
      inscription,
      animateur: texte('Animateur', 'Qui anime l’atelier (« Karima, conseillère numérique »).'),
      serie: champ('Série', 'L’atelier fait partie d’un parcours de plusieurs séances.', {
        type: 'object',
        properties: {
          titre: texte('Titre de la série', 'Nom du parcours (« À portée de clics »).'),
          nombre_seances: champ('Nombre de séances', 'Nombre de séances du parcours.', { type: 'integer', minimum: 1 }),
        },
        additionalProperties: false,
      }),
      seances: liste('Séances', 'Séances datées, à l’heure locale du lieu.', seance),
      recurrence,
      date_maj: date('Date de mise à jour', 'Date de dernière mise à jour de l’atelier, au format AAAA-MM-JJ.'),
      valeurs_inconnues: valeursInconnues('un atelier'),
    },
    anyOf: [
      { title: 'Avec des séances datées', required: ['seances'] },
      { title: 'Avec une récurrence', required: ['recurrence'] },
    ],
    if: { properties: { modalite: { const: 'a_distance' } }, required: ['modalite'] },
    then: true,
    else: { required: ['lieu_id'] },
    additionalProperties: false,
  };
}

function valeursAutoriseesAtelier(title, description, valeurs) {
  return champ(title, description, { type: 'array', items: { type: 'string', enum: [...valeurs] } });
}

function schemaTerritoire() {
  return champ('Territoire', 'Le territoire couvert par l’annuaire : sert au titre, à la carte et au fuseau horaire.', {
    type: 'object',
    required: ['nom'],
    properties: {
      nom: champ('Nom', 'Nom du territoire (« Tourcoing », « Métropole européenne de Lille »).', { type: 'string' }),
      codes_insee: liste('Codes INSEE', 'Codes INSEE des communes du territoire.', {
        type: 'string',
        pattern: CODE_INSEE,
        title: 'Code INSEE',
        description: 'Code officiel géographique d’une commune.',
      }),
      codes_postaux: liste('Codes postaux', 'Codes postaux du territoire.', {
        type: 'string',
        pattern: CODE_POSTAL,
        title: 'Code postal',
        description: 'Un code postal à 5 chiffres.',
      }),
      departements: liste('Départements', 'Numéros des départements (« 59 », « 2A », « 971 »).', {
        type: 'string',
        pattern: '^(\\d{2,3}|2[AB])$',
        title: 'Département',
        description: 'Un numéro de département.',
      }),
      centre: champ('Centre', 'Point sur lequel la carte est centrée à l’ouverture.', {
        type: 'object',
        required: ['latitude', 'longitude'],
        properties: {
          latitude: champ('Latitude', 'Latitude WGS84 en degrés décimaux.', { type: 'number', minimum: -90, maximum: 90 }),
          longitude: champ('Longitude', 'Longitude WGS84 en degrés décimaux.', { type: 'number', minimum: -180, maximum: 180 }),
        },
        additionalProperties: false,
      }),
      zoom: champ('Zoom', 'Niveau de zoom de la carte à l’ouverture (0 : le monde, 18 : la rue).', {
        type: 'number',
        minimum: 0,
        maximum: 22,
      }),
      fuseau_horaire: texte(
        'Fuseau horaire',
        'Fuseau horaire IANA (« Europe/Paris », « America/Cayenne »). Absent : déduit des codes postaux.',
      ),
      contact_signalement: texte(
        'Contact pour signaler une erreur',
        'Adresse e-mail ou lien où envoyer « Signaler une erreur ».',
      ),
      source: texte('Source', 'D’où viennent les données de l’annuaire.'),
      date_maj: date('Date de mise à jour', 'Date de dernière mise à jour de l’annuaire, au format AAAA-MM-JJ.'),
    },
    additionalProperties: false,
  });
}

/** The schema as an object; pure (writes nothing). */
export function genererSchema() {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: ID_SCHEMA,
    title: 'Annuaire du Kit inclusion numérique',
    description:
      'Fichier annuaire lu par les composants du Kit inclusion numérique : des lieux de médiation numérique (standard national v1, normalisé) et des ateliers. C’est ce qu’écrit « kit-inclusion importer » ; « kit-inclusion valider » explique, en français, ce qui ne va pas dans un fichier. Fichier généré par scripts/schema.mjs : ne pas le modifier à la main.',
    type: 'object',
    required: ['version', 'lieux'],
    properties: {
      version: champ('Version du format', 'Version du format annuaire : toujours 1.', { const: 1 }),
      territoire: schemaTerritoire(),
      lieux: champ('Lieux', 'Les lieux de médiation numérique de l’annuaire.', {
        type: 'array',
        items: { $ref: '#/$defs/lieu' },
      }),
      ateliers: champ('Ateliers', 'Les ateliers proposés dans ces lieux ou à distance. Peut être absent ou vide.', {
        type: 'array',
        items: { $ref: '#/$defs/atelier' },
      }),
    },
    additionalProperties: true,
    $defs: {
      lieu: schemaLieu(),
      atelier: schemaAtelier(),
    },
  };
}

/** The text of data/annuaire.schema.json: pretty-printed with 2 spaces, final newline. */
export function texteSchema() {
  return JSON.stringify(genererSchema(), null, 2) + '\n';
}

const lanceDirectement = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (lanceDirectement) {
  writeFileSync(SORTIE, texteSchema());
  console.log(`Schéma écrit : ${relative(process.cwd(), SORTIE) || SORTIE}`);
}
