/**
 * The national standard « lieux de médiation numérique » v1.0.2: every allowed value, exactly as the
 * schema's regexes accept them (see REFERENCE.md §1.3). Value lists are data: never reword them.
 */

export const SERVICES = [
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Insertion professionnelle via le numérique',
  'Utilisation sécurisée du numérique',
  'Parentalité et éducation avec le numérique',
  'Loisirs et créations numériques',
  'Compréhension du monde numérique',
  'Accès internet et matériel informatique',
  'Acquisition de matériel informatique à prix solidaire',
] as const;

export const PUBLICS_SPECIFIQUEMENT_ADRESSES = [
  'Jeunes',
  'Étudiants',
  'Familles et/ou enfants',
  'Seniors',
  'Femmes',
] as const;

export const PRISE_EN_CHARGE_SPECIFIQUE = [
  'Surdité',
  'Handicaps moteurs',
  'Handicaps mentaux',
  'Illettrisme',
  'Langues étrangères (anglais)',
  'Langues étrangères (autres)',
  'Déficience visuelle',
] as const;

export const FRAIS_A_CHARGE = ['Gratuit', 'Gratuit sous condition', 'Payant'] as const;

export const ITINERANCE = ['Itinérant', 'Fixe'] as const;

export const DISPOSITIF_PROGRAMMES_NATIONAUX = [
  'Aidants Connect',
  'Bibliothèques numérique de référence',
  'Certification PIX',
  'Conseillers numériques',
  'Emmaüs Connect',
  'France Services',
  'Grande école du numérique',
  'La Croix Rouge',
  "Point d'accès numérique CAF",
  'Promeneurs du net',
  'Relais numérique (Emmaüs Connect)',
] as const;

/**
 * The schema's regex writes `Étapes numériques\(La Poste\)` without a space, while its description and
 * the ANCT library use `Étapes numériques (La Poste)`. We store the documented spelling and accept both.
 */
export const FORMATIONS_LABELS = [
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
] as const;

export const MODALITES_ACCES = [
  'Se présenter',
  'Téléphoner',
  'Contacter par mail',
  'Prendre un RDV en ligne',
  "Ce lieu n'accueille pas de public",
  'Envoyer un mail avec une fiche de prescription',
] as const;

export const MODALITES_ACCOMPAGNEMENT = [
  'En autonomie',
  'Accompagnement individuel',
  'Dans un atelier collectif',
  'À distance',
] as const;

export type Service = (typeof SERVICES)[number];
export type PublicSpecifiquementAdresse = (typeof PUBLICS_SPECIFIQUEMENT_ADRESSES)[number];
export type PriseEnChargeSpecifique = (typeof PRISE_EN_CHARGE_SPECIFIQUE)[number];
export type Frais = (typeof FRAIS_A_CHARGE)[number];
export type Itinerance = (typeof ITINERANCE)[number];
export type DispositifProgrammeNational = (typeof DISPOSITIF_PROGRAMMES_NATIONAUX)[number];
export type FormationLabel = (typeof FORMATIONS_LABELS)[number];
export type ModaliteAcces = (typeof MODALITES_ACCES)[number];
export type ModaliteAccompagnement = (typeof MODALITES_ACCOMPAGNEMENT)[number];

/** The enumerated multi-valued fields of a lieu, with their allowed values. */
export const ENUM_FIELDS = {
  services: SERVICES,
  publics_specifiquement_adresses: PUBLICS_SPECIFIQUEMENT_ADRESSES,
  prise_en_charge_specifique: PRISE_EN_CHARGE_SPECIFIQUE,
  frais_a_charge: FRAIS_A_CHARGE,
  itinerance: ITINERANCE,
  dispositif_programmes_nationaux: DISPOSITIF_PROGRAMMES_NATIONAUX,
  formations_labels: FORMATIONS_LABELS,
  modalites_acces: MODALITES_ACCES,
  modalites_accompagnement: MODALITES_ACCOMPAGNEMENT,
} as const;

export type EnumField = keyof typeof ENUM_FIELDS;

/** The 32 columns of the standard's CSV, in schema order. */
export const CSV_COLUMNS = [
  'id', 'pivot', 'nom', 'commune', 'code_postal', 'code_insee', 'adresse', 'complement_adresse',
  'latitude', 'longitude', 'typologie', 'telephone', 'courriels', 'site_web', 'horaires',
  'presentation_resume', 'presentation_detail', 'source', 'itinerance', 'structure_parente', 'date_maj',
  'services', 'publics_specifiquement_adresses', 'prise_en_charge_specifique', 'frais_a_charge',
  'dispositif_programmes_nationaux', 'formations_labels', 'autres_formations_labels', 'modalites_acces',
  'modalites_accompagnement', 'fiche_acces_libre', 'prise_rdv',
] as const;

/** Fields that only exist in v0.1.x of the standard: their presence means the record needs mapping. */
export const V0_ONLY_FIELDS = [
  'cle_ban', 'courriel', 'publics_accueillis', 'conditions_acces', 'labels_nationaux', 'labels_autres',
  'accessibilite',
] as const;
