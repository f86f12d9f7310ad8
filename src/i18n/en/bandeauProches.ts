import type { Locale } from '../locale.js';

export const bandeauProches: Locale['bandeauProches'] = {
  trouves: (n: number, commune: string) => (n === 1 ? `The nearest location to ${commune}:` : `The ${n} nearest locations to ${commune}:`),
  aucun: (commune: string) => `No location that helps with online procedures is known near ${commune}.`,
  introuvable: (s: string) => `We cannot find “${s}”. Check the postal code or write the name of the town.`,
  erreur: 'The list of locations could not be loaded. Check your internet connection, then try again.',
  reessayer: 'Try again',
  distance: (km: number) => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(km)} km away`,
  appeler: (tel: string) => `Call ${tel}`,
  toutes: 'See all addresses',
};
