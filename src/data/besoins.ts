/**
 * The four key needs of the CAF kit (« clefs de lecture du territoire »), the axis of every orientation,
 * each mapped to what the standard says about a place. Documented in the README (« Les quatre besoins »).
 */
import type { Service } from './standard.js';
import type { Lieu } from './types.js';

export const BESOINS = ['materiel', 'autonomie', 'demarche', 'accompagnement'] as const;
export type Besoin = (typeof BESOINS)[number];

/** Services that answer each need. */
export const SERVICES_PAR_BESOIN: Record<Besoin, readonly Service[]> = {
  // 1. Accéder à du matériel informatique (and a connection): access, solidarity-priced equipment.
  materiel: ['Accès internet et matériel informatique', 'Acquisition de matériel informatique à prix solidaire'],
  // 2. Devenir autonome avec les outils numériques: learning basic digital skills.
  autonomie: [
    'Maîtrise des outils numériques du quotidien',
    'Utilisation sécurisée du numérique',
    'Compréhension du monde numérique',
  ],
  // 3. Réaliser une démarche en ligne.
  demarche: ['Aide aux démarches administratives'],
  // 4. Se faire accompagner sur sa situation (CAF, CPAM…): the file itself, not only the website. Only
  // places that can act on the file qualify (see `accompagneSurLaSituation`).
  accompagnement: ['Aide aux démarches administratives'],
};

/**
 * Typologies of structures that handle a person's file with an operator (facilitation administrative):
 * operators' own desks (CAF, CPAM, MSA, France Travail, Mission locale), France Services and its ancestor
 * MSAP, PIMMS, social services (CCAS, CIAS, MDS, CDAS, département).
 */
const TYPOLOGIES_FACILITATION = new Set([
  'CAF', 'CPAM', 'MSA', 'FT', 'ML', 'RFS', 'MSAP', 'PIMMS', 'CCAS', 'CIAS', 'MDS', 'CDAS', 'DEPT', 'UDAF', 'PREF',
]);

/** Labels from v0 (« Point relais CAF ») that the v1 standard can only carry as « autres » labels. */
const LABELS_FACILITATION = new Set(['point relais caf']);

function accompagneSurLaSituation(l: Lieu): boolean {
  if (l.dispositif_programmes_nationaux?.includes('France Services')) return true;
  if (l.dispositif_programmes_nationaux?.includes('Aidants Connect')) return true;
  if (l.typologie?.some((t) => TYPOLOGIES_FACILITATION.has(t))) return true;
  return l.autres_formations_labels?.some((a) => LABELS_FACILITATION.has(a.toLowerCase())) ?? false;
}

/** Does the place answer this need? */
export function repondAuBesoin(l: Lieu, besoin: Besoin): boolean {
  if (besoin === 'accompagnement') return accompagneSurLaSituation(l);
  const services = SERVICES_PAR_BESOIN[besoin];
  return l.services?.some((s) => services.includes(s)) ?? false;
}

/** Every need the place answers. */
export function besoinsDuLieu(l: Lieu): Besoin[] {
  return BESOINS.filter((b) => repondAuBesoin(l, b));
}
