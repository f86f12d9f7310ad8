/** What `<agenda-ateliers>` says when its separate feed (`flux`) fails; loaded with flux.ts only. */
export const fluxFr = {
  erreur: 'Les ateliers supplémentaires n’ont pas pu être chargés. Ceux de l’annuaire sont affichés.',
  reessayer: 'Réessayer',
};
