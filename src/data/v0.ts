/**
 * Reading v0.1.x records of the standard (what older hub exports and DORA still produce) as v1.
 * Loaded only when the input has v0 fields or values, so v1 directories do not pay for it.
 * Mapping tables: REFERENCE.md §1.5 (services inferred from the ANCT library's SERVICES_TO_THEMATIQUES).
 */
import { V0_ONLY_FIELDS } from './standard.js';
import type { Issue } from './types.js';
import { replier, valeurs } from './texte.js';

type Table = Record<string, readonly string[]>;

/** The folded part of a value before « : » (v0 long values read « Gratuit : Je peux accéder… »). */
function avant2Points(v: string): string {
  const i = v.indexOf(' : ');
  return replier(i > 0 ? v.slice(0, i) : v);
}

/** Keys are folded (replier) v0 values; values are v1 values of the target field. */
function table(t: Record<string, readonly string[]>): Table {
  const out: Table = {};
  for (const [k, v] of Object.entries(t)) out[avant2Points(k)] = v;
  return out;
}

const SERVICES_V0 = table({
  'Devenir autonome dans les démarches administratives': ['Aide aux démarches administratives'],
  'Réaliser des démarches administratives avec un accompagnement': ['Aide aux démarches administratives'],
  'Accompagner les démarches de santé': ['Aide aux démarches administratives'],
  'Prendre en main un smartphone ou une tablette': ['Maîtrise des outils numériques du quotidien'],
  'Prendre en main un ordinateur': ['Maîtrise des outils numériques du quotidien'],
  'Utiliser le numérique au quotidien': ['Maîtrise des outils numériques du quotidien'],
  'Approfondir ma culture numérique': ['Compréhension du monde numérique'],
  'Promouvoir la citoyenneté numérique': ['Compréhension du monde numérique'],
  'Favoriser mon insertion professionnelle': ['Insertion professionnelle via le numérique'],
  'Créer et développer mon entreprise': ['Insertion professionnelle via le numérique'],
  'Accéder à une connexion internet': ['Accès internet et matériel informatique'],
  'Accéder à du matériel': ['Accès internet et matériel informatique'],
  "S'équiper en matériel informatique": ['Acquisition de matériel informatique à prix solidaire'],
  'Créer avec le numérique': ['Loisirs et créations numériques'],
  'Soutenir la parentalité et l’éducation avec le numérique': ['Parentalité et éducation avec le numérique'],
});

/** `publics_accueillis` splits into two v1 fields. "Adultes" means everyone: no v1 value. */
const PUBLICS_V0: Record<string, { publics?: string; priseEnCharge?: string }> = {};
for (const [k, v] of Object.entries({
  'Seniors (+ 65 ans)': { publics: 'Seniors' },
  'Familles/enfants': { publics: 'Familles et/ou enfants' },
  Adultes: {},
  'Jeunes (16-26 ans)': { publics: 'Jeunes' },
  'Public langues étrangères': { priseEnCharge: 'Langues étrangères (autres)' },
  'Déficience visuelle': { priseEnCharge: 'Déficience visuelle' },
  Surdité: { priseEnCharge: 'Surdité' },
  'Handicaps psychiques : troubles psychiatriques donnant lieu à des atteintes comportementales': {
    priseEnCharge: 'Handicaps mentaux',
  },
  'Handicaps mentaux : déficiences limitant les activités d’une personne': { priseEnCharge: 'Handicaps mentaux' },
  'Uniquement femmes': { publics: 'Femmes' },
  "Personnes en situation d'illettrisme": { priseEnCharge: 'Illettrisme' },
})) {
  PUBLICS_V0[avant2Points(k)] = v;
}

/** Long v0 values are matched on the part before « : ». */
const CONDITIONS_V0 = table({
  Gratuit: ['Gratuit'],
  'Gratuit sous condition': ['Gratuit sous condition'],
  Payant: ['Payant'],
  // v1.0.0's description lists membership and pass numériques under « Gratuit sous condition ».
  Adhésion: ['Gratuit sous condition'],
  'Accepte le Pass numérique': ['Gratuit sous condition'],
});

/** v0 national labels → v1 dispositif, v1 formation label, or kept as an « autre » label. */
const LABELS_V0: Record<string, { dispositif?: string; formation?: string; autre?: string }> = {};
for (const [k, v] of Object.entries({
  'France Services': { dispositif: 'France Services' },
  CNFS: { dispositif: 'Conseillers numériques' },
  'Aidants Connect': { dispositif: 'Aidants Connect' },
  'Point numérique CAF': { dispositif: "Point d'accès numérique CAF" },
  'Grandes écoles du numérique': { dispositif: 'Grande école du numérique' },
  'Fabriques de Territoire': { formation: 'Fabriques de Territoire' },
  APTIC: { autre: 'APTIC' },
  'Point relais CAF': { autre: 'Point relais CAF' },
  'Relais pôle emploi': { autre: 'Relais pôle emploi' },
  'French Tech': { autre: 'French Tech' },
  'Campus connecté': { autre: 'Campus connecté' },
})) {
  LABELS_V0[replier(k)] = v;
}

const ACCOMPAGNEMENT_V0 = table({
  Seul: ['En autonomie'],
  'Avec de l’aide': ['Accompagnement individuel'],
  'Dans un atelier': ['Dans un atelier collectif'],
  // v1 dropped delegation; the closest v1 value is individual support (Aidants Connect flags delegation).
  'A ma place': ['Accompagnement individuel'],
});

function ajouter(r: Record<string, unknown>, champ: string, vals: readonly string[]): void {
  if (vals.length === 0) return;
  const prev = valeurs(r[champ]);
  r[champ] = [...new Set([...prev, ...vals])];
}

/**
 * Maps the v0 fields and values of one raw record to v1, on a copy. Values with no v1 meaning are left in
 * their field so that validation reports them as unknown (set aside, not lost); lossy mappings are noted.
 */
export function adapterV0(raw: Record<string, unknown>): { record: Record<string, unknown>; notes: Issue[]; v0: boolean } {
  const r: Record<string, unknown> = { ...raw };
  const notes: Issue[] = [];
  // Whether anything was v0: a v1 record with one unknown value is not a v0 record.
  let v0 = V0_ONLY_FIELDS.some((f) => f in raw);
  const note = (champ: string, valeur?: string) => notes.push({ code: 'v0_mapped', champ, valeur });

  if ('services' in r) {
    const out: string[] = [];
    for (const v of valeurs(r.services)) {
      const mapped = SERVICES_V0[avant2Points(v)];
      if (mapped) v0 = true;
      out.push(...(mapped ?? [v]));
    }
    r.services = [...new Set(out)];
  }
  if ('publics_accueillis' in r) {
    const rest: string[] = [];
    for (const v of valeurs(r.publics_accueillis)) {
      const m = PUBLICS_V0[avant2Points(v)];
      if (!m) rest.push(v);
      else {
        if (m.publics) ajouter(r, 'publics_specifiquement_adresses', [m.publics]);
        if (m.priseEnCharge) ajouter(r, 'prise_en_charge_specifique', [m.priseEnCharge]);
      }
    }
    delete r.publics_accueillis;
    if (rest.length) ajouter(r, 'publics_specifiquement_adresses', rest);
  }
  if ('conditions_acces' in r) {
    for (const v of valeurs(r.conditions_acces)) {
      ajouter(r, 'frais_a_charge', CONDITIONS_V0[avant2Points(v)] ?? [v]);
      if (avant2Points(v) === replier('Accepte le Pass numérique')) ajouter(r, 'autres_formations_labels', ['Pass numérique']);
    }
    delete r.conditions_acces;
  }
  if ('labels_nationaux' in r) {
    for (const v of valeurs(r.labels_nationaux)) {
      const m = LABELS_V0[replier(v)];
      if (m?.dispositif) ajouter(r, 'dispositif_programmes_nationaux', [m.dispositif]);
      else if (m?.formation) ajouter(r, 'formations_labels', [m.formation]);
      else ajouter(r, 'autres_formations_labels', [m?.autre ?? v]);
    }
    delete r.labels_nationaux;
  }
  if ('labels_autres' in r) {
    ajouter(r, 'autres_formations_labels', valeurs(r.labels_autres));
    delete r.labels_autres;
  }
  if ('modalites_accompagnement' in r) {
    const out: string[] = [];
    for (const v of valeurs(r.modalites_accompagnement)) {
      const m = ACCOMPAGNEMENT_V0[avant2Points(v)];
      if (m) v0 = true;
      // The one lossy mapping: v1 has no delegation value; reported so that a producer can add Aidants Connect.
      if (avant2Points(v) === 'a ma place') note('modalites_accompagnement', v);
      out.push(...(m ?? [v]));
    }
    r.modalites_accompagnement = [...new Set(out)];
  }
  if ('courriel' in r) {
    ajouter(r, 'courriels', valeurs(r.courriel));
    delete r.courriel;
  }
  if ('accessibilite' in r) {
    if (r.fiche_acces_libre === undefined) r.fiche_acces_libre = r.accessibilite;
    delete r.accessibilite;
  }
  if ('cle_ban' in r) {
    delete r.cle_ban;
  }
  // v0 separated web sites with `;` (or `,`): split before a scheme only, URLs may contain both.
  if (typeof r.site_web === 'string') r.site_web = r.site_web.split(/\s*[|;,]\s*(?=https?:|www\.)/i);
  return { record: r, notes, v0 };
}
