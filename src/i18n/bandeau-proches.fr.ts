/** What the banner's postal-code mode says about the places found (loaded with that mode only). */
export const bandeauProchesFr = {
  trouves: (n: number, commune: string) => `${n === 1 ? 'Le lieu le plus proche' : `Les ${n} lieux les plus proches`} de ${commune} :`,
  aucun: (commune: string) => `Aucun lieu d’aide aux démarches n’est connu près de ${commune}.`,
  introuvable: (s: string) => `Nous ne trouvons pas « ${s} ». Vérifiez le code postal ou écrivez le nom de la commune.`,
  erreur: 'La liste des lieux n’a pas pu être chargée. Vérifiez la connexion internet, puis réessayez.',
  reessayer: 'Réessayer',
  /** The distance in the language's number format (this table travels with the lazy postal-code module only). */
  distance: (km: number) => `à ${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(km)} km`,
  appeler: (tel: string) => `Appeler le ${tel}`,
  toutes: 'Voir toutes les adresses',
};
