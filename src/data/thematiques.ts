/**
 * La Coop de la médiation numérique's thématiques for workshops (slugs from its public API). Apart from
 * vocabulaire.ts: only the loader's check of workshops needs the whole list, not every element that reads levels.
 */
/** La Coop thématiques: 19 general themes, then the administrative sub-themes. */
export const THEMATIQUES = [
  'diagnostic_numerique',
  'prendre_en_main_du_materiel',
  'maintenance_de_materiel',
  'gerer_ses_contenus_numeriques',
  'navigation_sur_internet',
  'email',
  'bureautique',
  'reseaux_sociaux',
  'sante',
  'banque_et_achats_en_ligne',
  'entrepreneuriat',
  'insertion_professionnelle',
  'securite_numerique',
  'parentalite',
  'scolarite_et_numerique',
  'creer_avec_le_numerique',
  'culture_numerique',
  'intelligence_artificielle',
  'aide_aux_demarches_administratives',
  'papiers_elections_citoyennete',
  'famille_scolarite',
  'social_sante',
  'travail_formation',
  'logement',
  'transports_mobilite',
  'argent_impots',
  'justice',
  'etrangers_europe',
  'loisirs_sports_culture',
  'associations',
] as const;

export type Thematique = (typeof THEMATIQUES)[number];
