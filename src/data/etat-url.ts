/**
 * The map's filters in the page address, so that a filtered view can be shared and reloaded (opt-in on the
 * element). Pure functions over URLSearchParams: the element decides when to read `location` and write history.
 *
 * Keys are short French words, repeated for several values:
 * `?besoin=demarche&frais=Gratuit&ouvert=samedi-matin&pres=Tourcoing&rayon=5&lieu=cs-bolly`.
 * An address is never trusted: values that are not exactly those of the standard are dropped, so a link with a
 * mistyped or outdated value opens the map without that filter rather than with an empty list.
 */
import { BESOINS } from './besoins.js';
import type { Filtres, Ouverture } from './requetes.js';
import {
  DISPOSITIF_PROGRAMMES_NATIONAUX,
  FORMATIONS_LABELS,
  FRAIS_A_CHARGE,
  ITINERANCE,
  PRISE_EN_CHARGE_SPECIFIQUE,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
} from './standard.js';
import { nettoyer } from './texte.js';

export interface EtatCarte {
  filtres: Pick<
    Filtres,
    'besoins' | 'services' | 'publics' | 'priseEnCharge' | 'frais' | 'labels' | 'itinerance' | 'rdvEnLigne' | 'ouvert'
  >;
  /** What the person typed to find places near them: a commune name or postal code. */
  pres?: string;
  rayonKm?: number;
  /** id of the opened place. */
  lieu?: string;
}

type FiltresCarte = EtatCarte['filtres'];
type CleListe = 'besoins' | 'services' | 'publics' | 'priseEnCharge' | 'frais' | 'labels' | 'itinerance';

/** Multi-valued filters: field of the filters, key in the address, the only values accepted. */
const LISTES: readonly (readonly [CleListe, string, ReadonlySet<string>])[] = [
  ['besoins', 'besoin', new Set(BESOINS)],
  ['services', 'service', new Set(SERVICES)],
  ['publics', 'public', new Set(PUBLICS_SPECIFIQUEMENT_ADRESSES)],
  ['priseEnCharge', 'prise_en_charge', new Set(PRISE_EN_CHARGE_SPECIFIQUE)],
  ['frais', 'frais', new Set(FRAIS_A_CHARGE)],
  ['labels', 'label', new Set([...DISPOSITIF_PROGRAMMES_NATIONAUX, ...FORMATIONS_LABELS])],
  ['itinerance', 'itinerance', new Set(ITINERANCE)],
];

/** Every key of the address this module reads and writes; other keys of the page are left alone. */
export const CLES_ETAT: readonly string[] = Object.freeze([
  ...LISTES.map(([, cle]) => cle),
  'rdv',
  'ouvert',
  'pres',
  'rayon',
  'lieu',
]);

const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
/** Half-days, in minutes since midnight: le matin 8:00–12:00, l’après-midi 13:30–18:00. */
const DEMI_JOURNEES = { matin: [480, 720], 'apres-midi': [810, 1080] } as const;
const OUVERT = /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:-(matin|apres-midi))?$/;

const MAX_PRES = 100;
const MAX_LIEU = 200;
const RAYON_MAX_KM = 200;
/** A plain decimal number as `String(n)` writes it (`5`, `2.5`, `1e-7`); no sign, no hexadecimal. */
const NOMBRE = /^(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

function lireOuvert(v: string): Ouverture | undefined {
  if (v === 'maintenant') return { maintenant: true };
  const m = OUVERT.exec(v);
  if (!m) return undefined;
  const jour = JOURS.indexOf(m[1]!);
  if (!m[2]) return { jour };
  const [debut, fin] = DEMI_JOURNEES[m[2] as keyof typeof DEMI_JOURNEES];
  return { jour, debut, fin };
}

/** Only what the address can say: now, a day, a morning or an afternoon. Anything else is not written. */
function ecrireOuvert(o: Ouverture): string | undefined {
  if ('maintenant' in o) return o.maintenant ? 'maintenant' : undefined;
  const nom = Number.isInteger(o.jour) ? JOURS[o.jour] : undefined;
  if (!nom) return undefined;
  if ('debut' in o) {
    for (const [demi, [debut, fin]] of Object.entries(DEMI_JOURNEES)) {
      if (o.debut === debut && o.fin === fin) return `${nom}-${demi}`;
    }
    return undefined;
  }
  return o.minute === undefined ? nom : undefined;
}

/** Clean free text: control characters removed, trimmed, at most `max` characters (never half a character). */
function texteBorne(v: string | undefined, max: number): string | undefined {
  let s = nettoyer(v);
  if (s === undefined) return undefined;
  const caracteres = Array.from(s);
  if (caracteres.length > max) s = caracteres.slice(0, max).join('').trimEnd();
  return s || undefined;
}

function rayonValide(n: number | undefined): n is number {
  return n !== undefined && Number.isFinite(n) && n > 0 && n <= RAYON_MAX_KM;
}

/** The first value of a key that passes `lire`, if any. */
function premier<T>(params: URLSearchParams, cle: string, lire: (v: string) => T | undefined): T | undefined {
  for (const v of params.getAll(cle)) {
    const r = lire(v);
    if (r !== undefined) return r;
  }
  return undefined;
}

/** The map's state said by an address. Unknown keys are ignored; unknown or malformed values are dropped. */
export function lireEtat(params: URLSearchParams): EtatCarte {
  const filtres: Record<string, unknown> = {};
  for (const [champ, cle, permis] of LISTES) {
    const valeurs = [...new Set(params.getAll(cle))].filter((v) => permis.has(v));
    if (valeurs.length) filtres[champ] = valeurs;
  }
  if (params.getAll('rdv').includes('1')) filtres.rdvEnLigne = true;
  const ouvert = premier(params, 'ouvert', lireOuvert);
  if (ouvert) filtres.ouvert = ouvert;

  const etat: EtatCarte = { filtres: filtres as FiltresCarte };
  const pres = premier(params, 'pres', (v) => texteBorne(v, MAX_PRES));
  if (pres !== undefined) etat.pres = pres;
  const rayonKm = premier(params, 'rayon', (v) => (NOMBRE.test(v) && rayonValide(+v) ? +v : undefined));
  if (rayonKm !== undefined) etat.rayonKm = rayonKm;
  const lieu = premier(params, 'lieu', (v) => texteBorne(v, MAX_LIEU));
  if (lieu !== undefined) etat.lieu = lieu;
  return etat;
}

/**
 * A new URLSearchParams: the keys of `params` that are not ours, untouched and in their order, then the state.
 * Empty lists, `rdvEnLigne: false`, a radius out of (0, 200] km and opening times the address cannot say
 * (a given minute, other spans than the morning and afternoon) are not written.
 */
export function ecrireEtat(etat: EtatCarte, params: URLSearchParams): URLSearchParams {
  const nos = new Set(CLES_ETAT);
  const out = new URLSearchParams();
  for (const [cle, v] of params) if (!nos.has(cle)) out.append(cle, v);

  const f = etat.filtres;
  for (const [champ, cle] of LISTES) {
    const valeurs: readonly string[] | undefined = f[champ];
    for (const v of new Set(valeurs)) out.append(cle, v);
  }
  if (f.rdvEnLigne) out.append('rdv', '1');
  const ouvert = f.ouvert && ecrireOuvert(f.ouvert);
  if (ouvert) out.append('ouvert', ouvert);
  const pres = texteBorne(etat.pres, MAX_PRES);
  if (pres !== undefined) out.append('pres', pres);
  if (rayonValide(etat.rayonKm)) out.append('rayon', String(etat.rayonKm));
  const lieu = texteBorne(etat.lieu, MAX_LIEU);
  if (lieu !== undefined) out.append('lieu', lieu);
  return out;
}
