/**
 * The loader: from any accepted input (our directory JSON, a bare array of standard records, the standard's
 * CSV, v0 or v1 records) to a directory of valid lieux and ateliers plus a report. Pure: no DOM, no fetch.
 *
 * The v0 mapping, the CSV reader and the opening-hours parser are loaded only when the input needs them, so
 * that a v1 JSON directory does not pay for them in the data entry.
 */
import type {
  Annuaire,
  Atelier,
  Avertissement,
  Issue,
  Lieu,
  Rapport,
  Rejet,
  ResultatChargement,
  Territoire,
} from './types.js';
import { validerLieu } from './valider.js';

/** The input could not be read at all (not JSON, not CSV, not a directory). */
export class ErreurFormat extends Error {
  constructor(
    public readonly code: 'vide' | 'json' | 'structure' | 'csv',
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'ErreurFormat';
  }
}

export interface OptionsChargement {
  /**
   * Ids of places known elsewhere: a separate workshop feed (`<agenda-ateliers flux>`) names the places of the
   * main directory. Such a feed may hold `ateliers` only, without `lieux`.
   */
  lieuxConnus?: ReadonlySet<string>;
}

/**
 * Reads a directory. `entree` is the text of a file (JSON or CSV) or an already parsed value.
 * Throws `ErreurFormat` only when nothing can be read; bad records never throw, they are reported.
 */
export async function chargerAnnuaire(
  entree: string | unknown,
  options: OptionsChargement = {},
): Promise<ResultatChargement> {
  let donnees: unknown = entree;
  let format: Rapport['format'];
  let lignes: number[] | undefined;
  if (typeof entree === 'string') {
    const texte = entree.replace(/^\ufeff/, '');
    const debut = texte.trimStart()[0];
    if (debut === undefined) throw new ErreurFormat('vide');
    if (debut === '{' || debut === '[') {
      try {
        donnees = JSON.parse(texte);
      } catch (e) {
        throw new ErreurFormat('json', (e as Error).message);
      }
    } else {
      const { csvVersObjets } = await import('./csv.js');
      const { objets, lignes: l } = csvVersObjets(texte);
      if (!objets.length) throw new ErreurFormat('csv');
      donnees = objets;
      lignes = l;
    }
  }

  let lieuxBruts: unknown[];
  let ateliersBruts: unknown[] = [];
  let territoire: Territoire | undefined;
  if (Array.isArray(donnees)) {
    lieuxBruts = donnees;
    format = lignes ? 'csv' : 'tableau';
  } else if (
    donnees &&
    typeof donnees === 'object' &&
    (Array.isArray((donnees as Annuaire).lieux) || (options.lieuxConnus && Array.isArray((donnees as Annuaire).ateliers)))
  ) {
    const a = donnees as Partial<Annuaire> & Record<string, unknown>;
    lieuxBruts = Array.isArray(a.lieux) ? a.lieux : [];
    ateliersBruts = Array.isArray(a.ateliers) ? a.ateliers : [];
    territoire = lireTerritoire(a.territoire);
    format = 'annuaire';
  } else {
    throw new ErreurFormat('structure');
  }

  const rapport: Rapport = {
    format,
    lus: { lieux: lieuxBruts.length, ateliers: ateliersBruts.length },
    gardes: { lieux: 0, ateliers: 0 },
    v0: 0,
    rejets: [],
    avertissements: [],
  };
  const position = (index: number) => (lignes ? { index, ligne: lignes[index] } : { index });
  const rejeter = (type: Rejet['type'], index: number, raw: unknown, raisons: Issue[]) => {
    const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : undefined;
    const nomBrut = type === 'lieu' ? o.nom : o.titre;
    const nom = typeof nomBrut === 'string' ? nomBrut.slice(0, 120) : undefined;
    rapport.rejets.push({ type, ...position(index), ...(id ? { id } : {}), ...(nom ? { nom } : {}), raisons });
  };
  const avertir = (type: Avertissement['type'], index: number, id: string | undefined, issues: Issue[]) => {
    for (const i of issues) rapport.avertissements.push({ type, ...position(index), ...(id ? { id } : {}), ...i });
  };

  // One validation pass; records that show v0 of the standard are mapped to v1 and validated again (the v0
  // tables are loaded only then).
  const verdicts = lieuxBruts.map((brut) => validerLieu(brut));
  const notesV0 = new Map<number, Issue[]>();
  if (verdicts.some((v) => v.tracesV0)) {
    const { adapterV0 } = await import('./v0.js');
    verdicts.forEach((v, index) => {
      if (!v.tracesV0) return;
      const r = adapterV0(lieuxBruts[index] as Record<string, unknown>);
      if (!r.v0) return;
      rapport.v0++;
      notesV0.set(index, r.notes);
      verdicts[index] = validerLieu(r.record);
    });
  }

  const lieux: Lieu[] = [];
  const positions: number[] = [];
  const ids = new Set<string>();
  lieuxBruts.forEach((brut, index) => {
    const notes = notesV0.get(index) ?? [];
    const v = verdicts[index]!;
    if (!v.valeur) return rejeter('lieu', index, brut, [...v.raisons, ...v.avertissements]);
    const lieu = v.valeur;
    if (ids.has(lieu.id)) {
      avertir('lieu', index, lieu.id, [{ code: 'duplicate_id', champ: 'id', valeur: lieu.id }]);
      return;
    }
    ids.add(lieu.id);
    avertir('lieu', index, lieu.id, [...notes, ...v.avertissements]);
    lieux.push(lieu);
    positions.push(index);
  });

  // Hours are kept as written; those we cannot read are reported (and shown as written by the elements).
  if (lieux.some((l) => l.horaires)) {
    const { horairesDe } = await import('./horaires.js');
    lieux.forEach((l, i) => {
      if (l.horaires && !horairesDe(l.horaires).ok) {
        avertir('lieu', positions[i]!, l.id, [{ code: 'unreadable_hours', champ: 'horaires', valeur: l.horaires }]);
      }
    });
  }

  const ateliers: Atelier[] = [];
  const idsAteliers = new Set<string>();
  const { validerAtelier } = ateliersBruts.length ? await import('./valider-ateliers.js') : { validerAtelier: undefined };
  const enLigne = (a: Atelier) => a.modalite === 'a_distance';
  ateliersBruts.forEach((brut, index) => {
    const v = validerAtelier!(brut);
    // The warnings of a rejected workshop explain the rejection (« no usable date » because « no end »).
    if (!v.valeur) return rejeter('atelier', index, brut, [...v.raisons, ...v.avertissements]);
    const a = v.valeur;
    if (a.lieu_id && !ids.has(a.lieu_id) && !options.lieuxConnus?.has(a.lieu_id)) {
      if (!enLigne(a)) return rejeter('atelier', index, brut, [{ code: 'unknown_lieu', champ: 'lieu_id', valeur: a.lieu_id }]);
      v.avertissements.push({ code: 'unknown_lieu', champ: 'lieu_id', valeur: a.lieu_id });
      delete a.lieu_id;
    }
    if (idsAteliers.has(a.id)) {
      avertir('atelier', index, a.id, [{ code: 'duplicate_id', champ: 'id', valeur: a.id }]);
      return;
    }
    idsAteliers.add(a.id);
    avertir('atelier', index, a.id, v.avertissements);
    ateliers.push(a);
  });

  rapport.gardes = { lieux: lieux.length, ateliers: ateliers.length };
  rapport.avertissements.sort((a, b) => (a.type === b.type ? a.index - b.index : a.type === 'lieu' ? -1 : 1));
  const annuaire: Annuaire = { version: 1, ...(territoire ? { territoire } : {}), lieux, ateliers };
  return { annuaire, rapport };
}

function lireTerritoire(t: unknown): Territoire | undefined {
  if (!t || typeof t !== 'object' || Array.isArray(t)) return undefined;
  const o = t as Record<string, unknown>;
  const nom = typeof o.nom === 'string' ? o.nom.trim() : '';
  const out: Territoire = { nom };
  const liste = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  for (const k of ['codes_insee', 'codes_postaux', 'departements'] as const) {
    const l = liste(o[k]);
    if (l?.length) out[k] = l;
  }
  const c = o.centre as Record<string, unknown> | undefined;
  if (c && typeof c.latitude === 'number' && typeof c.longitude === 'number') {
    out.centre = { latitude: c.latitude, longitude: c.longitude };
  }
  if (typeof o.zoom === 'number') out.zoom = o.zoom;
  for (const k of ['fuseau_horaire', 'contact_signalement', 'source', 'date_maj'] as const) {
    if (typeof o[k] === 'string') out[k] = o[k] as string;
  }
  return out;
}
