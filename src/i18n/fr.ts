/**
 * Every French word a person reads in the shared parts of the kit (directory states, needs, the report,
 * `<annuaire-resume>`). Elements take their words from here, never from templates, so that other languages
 * can be added as one file each (same shape: `Messages`). Hours have their own table: horaires.fr.ts.
 */
import type { IssueCode } from '../data/types.js';

type Texte = (champ: string) => string;

/** French agreement: 0 and 1 take the singular. */
export const accord = (n: number, un: string, plusieurs: string) => `${n} ${n <= 1 ? un : plusieurs}`;

export const fr = {
  /** « Écouter » (src/i18n/lecture.ts) and the language choice (src/i18n/choix-langue.ts), in every element. */
  ecouter: 'Écouter',
  arreter: 'Arrêter la lecture',
  langue: 'Langue',
  etat: {
    chargement: 'Chargement des adresses…',
    erreurReseau: 'La liste des lieux n’a pas pu être chargée. Vérifiez la connexion internet, puis réessayez.',
    erreurHttp: (status: number) =>
      `La liste des lieux n’a pas pu être chargée (le serveur a répondu ${status}). Réessayez dans un moment.`,
    erreurFormat: 'Le fichier des lieux est illisible. Prévenez le responsable du site.',
    reessayer: 'Réessayer',
    vide: 'Cet annuaire ne contient aucun lieu pour l’instant.',
    sansSource: 'Aucun annuaire n’est indiqué : ajoutez l’attribut src ou placez l’élément dans <annuaire-inclusion>.',
  },
  besoins: {
    materiel: {
      titre: 'Accéder à un ordinateur ou à internet',
      exemple: 'Ordinateur, wifi, imprimante, s’équiper à petit prix',
    },
    autonomie: {
      titre: 'Apprendre à se servir du numérique',
      exemple: 'Smartphone, e-mail, internet, se protéger des arnaques',
    },
    demarche: {
      titre: 'Faire une démarche en ligne',
      exemple: 'CAF, ameli, impôts, France Travail, carte grise',
    },
    accompagnement: {
      titre: 'Être aidé sur son dossier',
      exemple: 'Un conseiller regarde votre situation avec la CAF, la CPAM…',
    },
  },
  rapport: {
    /** What happened, per reason; the report line adds the value: « titre : « valeur » ». */
    codes: {
      not_an_object: () => 'l’enregistrement n’est pas un objet',
      required: (c) => `champ obligatoire absent : ${c}`,
      invalid_postal_code: () => 'code postal invalide (5 chiffres attendus)',
      invalid_insee_code: () => 'code INSEE invalide, mis de côté',
      invalid_pivot: () => 'SIRET ou RNA invalide, mis de côté',
      invalid_coordinates: () => 'coordonnées hors limites, le lieu n’est pas placé sur la carte',
      coordinates_incomplete: () => 'latitude ou longitude absente, le lieu n’est pas placé sur la carte',
      coordinates_zero: () => 'coordonnées (0, 0), le lieu n’est pas placé sur la carte',
      no_coordinates: () => 'pas de coordonnées : le lieu est dans la liste mais pas sur la carte',
      invalid_phone: () => 'numéro de téléphone non reconnu, mis de côté',
      invalid_email: () => 'adresse e-mail non reconnue, mise de côté',
      invalid_url: (c) => `lien non reconnu (${c}), mis de côté`,
      unsafe_url: (c) => `lien refusé (${c}) : seuls les liens http et https sont acceptés`,
      invalid_date: (c) => `date non reconnue ou improbable (${c})`,
      unknown_value: (c) => `valeur inconnue du standard (${c}), mise de côté`,
      duplicate_id: () => 'identifiant en double : seul le premier enregistrement est gardé',
      too_long: (c) => `texte plus long que le standard ne le permet (${c}, 280 caractères), gardé`,
      unreadable_hours: () => 'horaires non compris, affichés tels quels',
      v0_mapped: (c) => `valeur v0 sans équivalent exact en v1 (${c}), convertie au plus proche`,
      unknown_lieu: () => 'lieu inconnu dans l’annuaire',
      invalid_time: (c) => `heure non reconnue (${c})`,
      ends_before_start: (c) => `la fin est avant le début (${c})`,
      no_schedule: () => 'aucune date ni récurrence utilisable',
      recurrence_without_end: () => 'récurrence sans date de fin (recurrence.au) : non affichée',
      invalid_number: (c) => `nombre invalide (${c})`,
      unknown_field: (c) => `champ inconnu du standard, mis de côté : ${c}`,
    } satisfies Record<IssueCode, Texte>,
    /** A reason with the value it is about. */
    avecValeur: (titre: string, valeur: string) => `${titre} : « ${valeur} »`,
    /** Between the reasons of one record. */
    separateur: ' ; ',
    lieu: 'lieu',
    atelier: 'atelier',
    position: (index: number, ligne?: number) => (ligne ? `ligne ${ligne}` : `n° ${index + 1}`),
    /** One line of the report: « lieu n° 12 (id · nom) : raison ; raison ». */
    ligne: (type: string, position: string, qui: string, raisons: string) => `${type} ${position} (${qui}) : ${raisons}`,
  },
  resume: {
    titre: 'Ce que contient l’annuaire',
    territoire: (nom: string) => `Territoire : ${nom}`,
    lieux: (n: number) => accord(n, 'lieu', 'lieux'),
    ateliers: (n: number) => accord(n, 'atelier', 'ateliers'),
    parBesoin: 'Lieux par besoin',
    parType: 'Lieux par type de structure',
    sansType: 'Type non précisé',
    rapportTitre: 'Contrôle du fichier',
    toutBon: 'Tous les enregistrements ont été gardés.',
    lus: (lieux: number, ateliers: number) => `Lus : ${accord(lieux, 'lieu', 'lieux')} et ${accord(ateliers, 'atelier', 'ateliers')}.`,
    v0: (n: number) =>
      n === 1
        ? '1 enregistrement au format v0 du standard a été converti en v1.'
        : `${n} enregistrements au format v0 du standard ont été convertis en v1.`,
    rejets: (n: number) => accord(n, 'enregistrement refusé', 'enregistrements refusés'),
    avertissements: (n: number) => `${accord(n, 'remarque', 'remarques')} sur des enregistrements gardés`,
    sansNom: 'sans nom',
    autres: (n: number) => `… et ${n} autres (la ligne de commande « kit-inclusion valider » les liste tous).`,
    nombre: 'Nombre',
    colonneBesoin: 'Besoin',
    colonneType: 'Type de structure',
  },
};

export type Messages = typeof fr;
