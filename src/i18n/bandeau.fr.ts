/** Every French word of `<bandeau-aide-demarche>`: the message on an operator's page, in plain words. */

/** The operators the banner knows: how their site is named in the message. */
export const SITES_ORGANISMES = {
  caf: 'caf.fr',
  cpam: 'ameli.fr',
  msa: 'msa.fr',
  impots: 'impots.gouv.fr',
  'france-travail': 'francetravail.fr',
  ants: 'ants.gouv.fr',
  retraite: 'info-retraite.fr',
} as const;

export type Organisme = keyof typeof SITES_ORGANISMES;

export const bandeauFr = {
  region: 'Aide pour les démarches en ligne',
  titre: 'Vous n’arrivez pas à faire une démarche en ligne ?',
  texte: (site?: string) =>
    site
      ? `Pour votre démarche sur ${site}, un conseiller numérique peut vous expliquer le fonctionnement du site, près de chez vous. C’est gratuit.`
      : 'Un conseiller numérique peut vous expliquer le fonctionnement du site, près de chez vous. C’est gratuit.',
  action: 'Trouver de l’aide près de chez moi',
  // The region's name and the button's say what the banner is without repeating its title: the title is heard once.
  fermer: 'Fermer ce message',
};

/** The postal-code mode's words: with the form in the banner, the rest with the lazy module. */
export const bandeauFormFr = {
  libelle: 'Votre code postal ou votre commune',
  chercher: 'Voir les lieux proches',
};
