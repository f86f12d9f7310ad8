/**
 * Validation and normalisation of one record at a time (pure, no DOM). A record is either kept, possibly with
 * warnings (a value set aside, a field dropped), or rejected with its reasons. Nothing throws: a bad record
 * never stops the others. Rules are documented in the README (« Règles de validation »).
 */
import { CSV_COLUMNS, ENUM_FIELDS, V0_ONLY_FIELDS, type EnumField } from './standard.js';
import { normaliserTelephone } from './telephone.js';
import { apercu, nettoyer, replier, valeurs } from './texte.js';
import type { Issue, IssueCode, Lieu } from './types.js';

export interface Verdict<T> {
  /** The kept record, or undefined when rejected. */
  valeur?: T;
  /** Why it was rejected (empty when kept). */
  raisons: Issue[];
  /** What was set aside, dropped or mapped in a kept record. */
  avertissements: Issue[];
  /** The record has fields or values of v0 of the standard: the loader maps it to v1 and validates it again. */
  tracesV0?: boolean;
}

const POSTAL = /^\d{5}$/;
const INSEE = /^([013-9]\d|2[AB1-9])\d{3}$/;
const PIVOT = /^[a-zA-Z0-9]{9,14}$/;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HEURE = /^([01]\d|2[0-4]):([0-5]\d)$/;
const RESUME_MAX = 280;
const BARRE = /\|/;
const V0 = new Set<string>(V0_ONLY_FIELDS);
const SEPARATEURS_TELEPHONES = /[|;/]| ou /;
const SEPARATEURS_COURRIELS = /[|;,\s]/;

/** Canonical value, or folded value → canonical value, for each enumerated field (built once). */
let enumIndex: Record<EnumField, Map<string, string>> | undefined;
export function indexEnums(): Record<EnumField, Map<string, string>> {
  if (!enumIndex) {
    enumIndex = {} as Record<EnumField, Map<string, string>>;
    for (const [champ, liste] of Object.entries(ENUM_FIELDS) as [EnumField, readonly string[]][]) {
      enumIndex[champ] = new Map(liste.flatMap((v) => [[v, v], [replier(v), v]] as [string, string][]));
    }
  }
  return enumIndex;
}

/** The canonical spelling of an enumerated value: exact match first (the common case), folded otherwise. */
export function valeurCanonique(index: Map<string, string>, v: string): string | undefined {
  return index.get(v) ?? index.get(replier(v));
}


/** Sets a value aside in `valeurs_inconnues`, so that it is reported and never lost. */
export function mettreDeCote(cible: { valeurs_inconnues?: Record<string, string[]> }, champ: string, v: string): void {
  const vi = (cible.valeurs_inconnues ??= {});
  (vi[champ] ??= []).push(v);
}

/** An ordinary absolute http(s) URL, as written by people: accepted as is without a full parse. */
const URL_SIMPLE = /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#][^\s<>"]*)?$/;

/**
 * Only absolute http(s) URLs are kept; `www.…` gets `https://`; odd spellings (`HTTP://WWW.X.FR`,
 * `http:x.fr/a`) are kept in the canonical form the browser would use.
 */
export function normaliserUrl(v: string): { url?: string; code?: IssueCode } {
  if (URL_SIMPLE.test(v)) return { url: v };
  const s = /^www\./i.test(v) ? 'https://' + v : v;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return { code: 'invalid_url' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { code: 'unsafe_url' };
  if (!u.hostname.includes('.') && u.hostname !== 'localhost') return { code: 'invalid_url' };
  return { url: u.href };
}

export function estCourriel(v: string): boolean {
  return EMAIL.test(v);
}

/** `YYYY-MM-DD` that exists in the calendar. An ISO date-time keeps its date part. */
export function normaliserDate(v: string): string | undefined {
  const d = v.length > 10 && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10) : v;
  const m = DATE.exec(d);
  if (!m) return undefined;
  const mois = +m[2]!;
  const jour = +m[3]!;
  if (mois < 1 || mois > 12 || jour < 1) return undefined;
  // Days 1–28 exist in every month; only later days need the calendar.
  if (jour <= 28) return d;
  const t = new Date(Date.UTC(+m[1]!, mois - 1, jour));
  return t.getUTCMonth() === mois - 1 ? d : undefined;
}

/** Minutes since midnight for `HH:MM` (00:00–24:00), else undefined. */
export function minutesHeure(v: string): number | undefined {
  const m = HEURE.exec(v);
  if (!m) return undefined;
  const min = +m[1]! * 60 + +m[2]!;
  return min <= 1440 ? min : undefined;
}

/** A number, or a numeric string (decimal comma accepted, as French spreadsheets write it). */
export function nombre(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim().replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function avertir(liste: Issue[], code: IssueCode, champ?: string, valeur?: unknown): void {
  liste.push({ code, champ, valeur: valeur === undefined ? undefined : apercu(valeur) });
}

/** The array itself when its values are all different (the common case), else a copy without repeats. */
function uniques<T>(liste: T[]): T[] {
  for (let i = 1; i < liste.length; i++) if (liste.indexOf(liste[i]!) < i) return [...new Set(liste)];
  return liste;
}

/** The known values of an enumerated field; unknown ones are set aside and reported. */
function valeursEnumerees<C extends EnumField>(lieu: Lieu, champ: C, brut: unknown, avertissements: Issue[]): Lieu[C] {
  if (brut == null) return undefined;
  const index = indexEnums()[champ];
  // Arrays of clean canonical values (what this kit writes) are read without copying.
  if (Array.isArray(brut) && brut.every((v) => typeof v === 'string' && index.get(v) === v)) {
    return (brut.length ? uniques(brut.slice()) : undefined) as Lieu[C];
  }
  const liste = valeurs(brut);
  if (!liste.length) return undefined;
  const gardees: string[] = [];
  for (const v of liste) {
    const canon = valeurCanonique(index, v);
    if (canon) {
      if (!gardees.includes(canon)) gardees.push(canon);
    } else {
      avertir(avertissements, 'unknown_value', champ, v);
      mettreDeCote(lieu, champ, v);
    }
  }
  return (gardees.length ? gardees : undefined) as Lieu[C];
}

/** A single link field: kept when http(s), else set aside and reported. */
function lienUnique(lieu: Lieu, champ: 'fiche_acces_libre' | 'prise_rdv', brut: unknown, avertissements: Issue[]): string | undefined {
  const s = nettoyer(brut);
  if (s === undefined) return undefined;
  const r = normaliserUrl(s);
  if (!r.url) {
    avertir(avertissements, r.code!, champ, s);
    mettreDeCote(lieu, champ, s);
  }
  return r.url;
}

/**
 * Every lieu starts from this one literal, so that all lieux share one hidden class in the JavaScript engine:
 * built field by field, each combination of optional fields made its own, property stores went megamorphic
 * and validation of 20,000 records took seconds. Absent fields stay `undefined` (JSON output drops them).
 */
function nouveauLieu(): Lieu {
  return {
    id: '', pivot: undefined, nom: '', commune: '', code_postal: '', code_insee: undefined, adresse: '',
    complement_adresse: undefined, latitude: undefined, longitude: undefined, typologie: undefined,
    telephone: undefined, courriels: undefined, site_web: undefined, horaires: undefined,
    presentation_resume: undefined, presentation_detail: undefined, source: undefined, itinerance: undefined,
    structure_parente: undefined, date_maj: undefined, services: undefined, publics_specifiquement_adresses: undefined,
    prise_en_charge_specifique: undefined, frais_a_charge: undefined, dispositif_programmes_nationaux: undefined,
    formations_labels: undefined, autres_formations_labels: undefined, modalites_acces: undefined,
    modalites_accompagnement: undefined, fiche_acces_libre: undefined, prise_rdv: undefined,
    valeurs_inconnues: undefined,
  };
}

/** A raw record, copied into one fixed shape; `inconnus` are the fields the standard does not know. */
type Brut = Record<(typeof CSV_COLUMNS)[number] | 'valeurs_inconnues', unknown>;

/**
 * One pass over the record's own fields. Records read from a file come in as many hidden classes as there are
 * combinations of optional fields, so reading `raw.nom`, `raw.adresse`… directly was megamorphic and slow;
 * after this copy every read is on one shape. Unknown fields are found in the same pass.
 */
function lireBrut(raw: Record<string, unknown>): { b: Brut; inconnus: string[] } {
  const b: Brut = { id: undefined, pivot: undefined, nom: undefined, commune: undefined, code_postal: undefined, code_insee: undefined, adresse: undefined, complement_adresse: undefined, latitude: undefined, longitude: undefined, typologie: undefined, telephone: undefined, courriels: undefined, site_web: undefined, horaires: undefined, presentation_resume: undefined, presentation_detail: undefined, source: undefined, itinerance: undefined, structure_parente: undefined, date_maj: undefined, services: undefined, publics_specifiquement_adresses: undefined, prise_en_charge_specifique: undefined, frais_a_charge: undefined, dispositif_programmes_nationaux: undefined, formations_labels: undefined, autres_formations_labels: undefined, modalites_acces: undefined, modalites_accompagnement: undefined, fiche_acces_libre: undefined, prise_rdv: undefined, valeurs_inconnues: undefined };
  const inconnus: string[] = [];
  for (const k in raw) {
    const v = raw[k];
    switch (k) {
      case 'id':
        b.id = v;
        break;
      case 'pivot':
        b.pivot = v;
        break;
      case 'nom':
        b.nom = v;
        break;
      case 'commune':
        b.commune = v;
        break;
      case 'code_postal':
        b.code_postal = v;
        break;
      case 'code_insee':
        b.code_insee = v;
        break;
      case 'adresse':
        b.adresse = v;
        break;
      case 'complement_adresse':
        b.complement_adresse = v;
        break;
      case 'latitude':
        b.latitude = v;
        break;
      case 'longitude':
        b.longitude = v;
        break;
      case 'typologie':
        b.typologie = v;
        break;
      case 'telephone':
        b.telephone = v;
        break;
      case 'courriels':
        b.courriels = v;
        break;
      case 'site_web':
        b.site_web = v;
        break;
      case 'horaires':
        b.horaires = v;
        break;
      case 'presentation_resume':
        b.presentation_resume = v;
        break;
      case 'presentation_detail':
        b.presentation_detail = v;
        break;
      case 'source':
        b.source = v;
        break;
      case 'itinerance':
        b.itinerance = v;
        break;
      case 'structure_parente':
        b.structure_parente = v;
        break;
      case 'date_maj':
        b.date_maj = v;
        break;
      case 'services':
        b.services = v;
        break;
      case 'publics_specifiquement_adresses':
        b.publics_specifiquement_adresses = v;
        break;
      case 'prise_en_charge_specifique':
        b.prise_en_charge_specifique = v;
        break;
      case 'frais_a_charge':
        b.frais_a_charge = v;
        break;
      case 'dispositif_programmes_nationaux':
        b.dispositif_programmes_nationaux = v;
        break;
      case 'formations_labels':
        b.formations_labels = v;
        break;
      case 'autres_formations_labels':
        b.autres_formations_labels = v;
        break;
      case 'modalites_acces':
        b.modalites_acces = v;
        break;
      case 'modalites_accompagnement':
        b.modalites_accompagnement = v;
        break;
      case 'fiche_acces_libre':
        b.fiche_acces_libre = v;
        break;
      case 'prise_rdv':
        b.prise_rdv = v;
        break;
      case 'valeurs_inconnues':
        b.valeurs_inconnues = v;
        break;
      default:
        if (v !== undefined && v !== null && v !== '') inconnus.push(k);
    }
  }
  return { b, inconnus };
}

/** Builds a lieu from a raw record (v1 field names; v0 records are mapped before). */
export function validerLieu(input: unknown): Verdict<Lieu> {
  const raisons: Issue[] = [];
  const avertissements: Issue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { raisons: [{ code: 'not_an_object', valeur: apercu(input) }], avertissements };
  }
  const entree = input as Record<string, unknown>;
  const { b: raw, inconnus } = lireBrut(entree);
  const warn = (code: IssueCode, champ?: string, valeur?: unknown) => avertir(avertissements, code, champ, valeur);
  const lieu = nouveauLieu();

  // Required: what a person needs to find the place.
  const id = nettoyer(raw.id);
  if (id === undefined) raisons.push({ code: 'required', champ: 'id' });
  else lieu.id = id;
  const nom = nettoyer(raw.nom);
  if (nom === undefined) raisons.push({ code: 'required', champ: 'nom' });
  else lieu.nom = nom;
  const commune = nettoyer(raw.commune);
  if (commune === undefined) raisons.push({ code: 'required', champ: 'commune' });
  else lieu.commune = commune;
  const adresse = nettoyer(raw.adresse);
  if (adresse === undefined) raisons.push({ code: 'required', champ: 'adresse' });
  else lieu.adresse = adresse;
  const cp = raw.code_postal;
  const cpTexte = typeof cp === 'number' && Number.isInteger(cp) ? String(cp).padStart(5, '0') : nettoyer(cp);
  if (cpTexte === undefined) raisons.push({ code: 'required', champ: 'code_postal' });
  else if (!POSTAL.test(cpTexte)) raisons.push({ code: 'invalid_postal_code', champ: 'code_postal', valeur: apercu(cp) });
  else lieu.code_postal = cpTexte;
  if (raisons.length) return { raisons, avertissements };

  // Required by the standard, not by a person: reported, never a reason to lose a place.
  const pivot = nettoyer(raw.pivot)?.replace(/\s/g, '');
  if (pivot === undefined) warn('required', 'pivot');
  else if (PIVOT.test(pivot)) lieu.pivot = pivot;
  else warn('invalid_pivot', 'pivot', raw.pivot);

  const dateMaj = nettoyer(raw.date_maj);
  if (dateMaj === undefined) warn('required', 'date_maj');
  else {
    const d = normaliserDate(dateMaj);
    // 1970-01-01 and the like are placeholders of exports, not update dates.
    if (d && d >= '2000-01-01') lieu.date_maj = d;
    else warn('invalid_date', 'date_maj', dateMaj);
  }

  const insee = nettoyer(raw.code_insee)?.toUpperCase();
  if (insee !== undefined) {
    if (INSEE.test(insee)) lieu.code_insee = insee;
    else warn('invalid_insee_code', 'code_insee', insee);
  }

  // Static field names throughout: dynamic-key stores (`lieu[champ] = …`) made validation 3× slower.
  lieu.complement_adresse = nettoyer(raw.complement_adresse);
  lieu.presentation_resume = nettoyer(raw.presentation_resume);
  lieu.presentation_detail = nettoyer(raw.presentation_detail);
  lieu.source = nettoyer(raw.source);
  lieu.structure_parente = nettoyer(raw.structure_parente);
  lieu.horaires = nettoyer(raw.horaires);
  if (lieu.presentation_resume && lieu.presentation_resume.length > RESUME_MAX) {
    warn('too_long', 'presentation_resume', `${lieu.presentation_resume.length} caractères`);
  }

  // Coordinates: both or neither, in range, not (0, 0).
  const latRaw = raw.latitude;
  const lonRaw = raw.longitude;
  const latVide = latRaw === undefined || latRaw === null || latRaw === '';
  const lonVide = lonRaw === undefined || lonRaw === null || lonRaw === '';
  if (latVide && lonVide) warn('no_coordinates', 'latitude');
  else {
    const lat = nombre(latRaw);
    const lon = nombre(lonRaw);
    if (latVide || lonVide) warn('coordinates_incomplete', latVide ? 'latitude' : 'longitude');
    else if (lat === undefined || lon === undefined || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      warn('invalid_coordinates', 'latitude', `${apercu(latRaw)}, ${apercu(lonRaw)}`);
    } else if (lat === 0 && lon === 0) warn('coordinates_zero', 'latitude', '0, 0');
    else {
      lieu.latitude = lat;
      lieu.longitude = lon;
    }
  }

  const typologie = valeurs(raw.typologie).map((t) => (t.toLowerCase() === 'autre' ? 'Autre' : t.toUpperCase()));
  if (typologie.length) lieu.typologie = uniques(typologie);

  // Phone: see telephone.ts for the policy.
  const tels = valeurs(raw.telephone, SEPARATEURS_TELEPHONES);
  for (const t of tels) {
    const n = normaliserTelephone(t);
    if (n && !lieu.telephone) lieu.telephone = n;
    else {
      warn('invalid_phone', 'telephone', t);
      mettreDeCote(lieu, 'telephone', t);
    }
  }

  const courriels: string[] = [];
  for (const c of valeurs(raw.courriels, SEPARATEURS_COURRIELS)) {
    if (EMAIL.test(c)) courriels.push(c);
    else {
      warn('invalid_email', 'courriels', c);
      mettreDeCote(lieu, 'courriels', c);
    }
  }
  if (courriels.length) lieu.courriels = uniques(courriels);

  const sites: string[] = [];
  for (const s of valeurs(raw.site_web, BARRE)) {
    const r = normaliserUrl(s);
    if (r.url) sites.push(r.url);
    else {
      warn(r.code!, 'site_web', s);
      mettreDeCote(lieu, 'site_web', s);
    }
  }
  if (sites.length) lieu.site_web = sites;
  lieu.fiche_acces_libre = lienUnique(lieu, 'fiche_acces_libre', raw.fiche_acces_libre, avertissements);
  lieu.prise_rdv = lienUnique(lieu, 'prise_rdv', raw.prise_rdv, avertissements);

  // The lieu already has every field (see nouveauLieu): assigning undefined keeps its shape.
  const enumeres = <C extends EnumField>(champ: C) => valeursEnumerees(lieu, champ, raw[champ], avertissements);
  lieu.services = enumeres('services');
  lieu.publics_specifiquement_adresses = enumeres('publics_specifiquement_adresses');
  lieu.prise_en_charge_specifique = enumeres('prise_en_charge_specifique');
  lieu.frais_a_charge = enumeres('frais_a_charge');
  lieu.itinerance = enumeres('itinerance');
  lieu.dispositif_programmes_nationaux = enumeres('dispositif_programmes_nationaux');
  lieu.formations_labels = enumeres('formations_labels');
  lieu.modalites_acces = enumeres('modalites_acces');
  lieu.modalites_accompagnement = enumeres('modalites_accompagnement');
  const autres = valeurs(raw.autres_formations_labels, BARRE);
  if (autres.length) lieu.autres_formations_labels = uniques(autres);

  // Values set aside by an earlier pass (a directory written by this kit) are carried over.
  const vi = raw.valeurs_inconnues;
  if (vi && typeof vi === 'object' && !Array.isArray(vi)) {
    for (const [champ, vals] of Object.entries(vi)) for (const v of valeurs(vals, /\|/)) mettreDeCote(lieu, champ, v);
  }
  for (const champ of inconnus) {
    warn('unknown_field', champ, entree[champ]);
    mettreDeCote(lieu, champ, apercu(entree[champ]));
  }
  // v0 fields, or values unknown in v1 where v0 had its own list: worth mapping (see charger.ts).
  const tracesV0 =
    inconnus.some((c) => V0.has(c)) ||
    avertissements.some(
      (a) => a.code === 'unknown_value' && (a.champ === 'services' || a.champ === 'modalites_accompagnement'),
    );
  return { valeur: lieu, raisons, avertissements, tracesV0 };
}
