/**
 * Validation of workshops (ateliers), in its own module so that it is loaded only when a directory has some.
 * Same principles as for lieux: a workshop is kept (with warnings) or rejected with its reasons; never throws.
 */
import { normaliserTelephone } from './telephone.js';
import { apercu, nettoyer, replier, valeurs } from './texte.js';
import type { Atelier, Inscription, Issue, IssueCode, Recurrence, Seance } from './types.js';
import {
  estCourriel,
  indexEnums,
  mettreDeCote,
  minutesHeure,
  nombre,
  normaliserDate,
  normaliserUrl,
  valeurCanonique,
  type Verdict,
} from './valider.js';
import {
  FORMATS_ATELIER,
  FRAIS_ATELIER,
  JOURS,
  MODALITES_ATELIER,
  NIVEAUX_ATELIER,
  NIVEAUX_AUTONOMIE,
  STATUTS_ATELIER,
} from './vocabulaire.js';
import { THEMATIQUES } from './thematiques.js';

const DATETIME_LOCALE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

function entierPositif(v: unknown): number | undefined {
  const n = nombre(v);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

function enumeration<T extends string>(
  v: unknown,
  liste: readonly T[],
  champ: string,
  warn: (code: IssueCode, champ: string, v: unknown) => void,
): T | undefined {
  const s = nettoyer(v);
  if (s === undefined) return undefined;
  const k = replier(s).replace(/ /g, '_');
  const found = liste.find((x) => x === k);
  if (!found) warn('unknown_value', champ, s);
  return found;
}

/** A workshop: checked on its own; whether its `lieu_id` exists is checked by the loader. */
export function validerAtelier(input: unknown): Verdict<Atelier> {
  const raisons: Issue[] = [];
  const avertissements: Issue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { raisons: [{ code: 'not_an_object', valeur: apercu(input) }], avertissements };
  }
  const raw = input as Record<string, unknown>;
  const warn = (code: IssueCode, champ?: string, valeur?: unknown) =>
    avertissements.push({ code, champ, valeur: valeur === undefined ? undefined : apercu(valeur) });
  const a = {} as Atelier;

  for (const champ of ['id', 'titre'] as const) {
    const v = nettoyer(raw[champ]);
    if (v === undefined) raisons.push({ code: 'required', champ });
    else a[champ] = v;
  }
  const description = nettoyer(raw.description);
  if (description) a.description = description;
  const lieuId = nettoyer(raw.lieu_id);
  if (lieuId) a.lieu_id = lieuId;

  a.modalite = enumeration(raw.modalite, MODALITES_ATELIER, 'modalite', warn) ?? 'sur_place';
  a.format = enumeration(raw.format, FORMATS_ATELIER, 'format', warn) ?? 'collectif';
  a.statut = enumeration(raw.statut, STATUTS_ATELIER, 'statut', warn) ?? 'programme';
  const niveau = enumeration(raw.niveau, NIVEAUX_ATELIER, 'niveau', warn);
  if (niveau) a.niveau = niveau;
  const requis = enumeration(raw.niveau_requis, NIVEAUX_AUTONOMIE, 'niveau_requis', warn);
  if (requis) a.niveau_requis = requis;
  if (!a.lieu_id && a.modalite !== 'a_distance') raisons.push({ code: 'required', champ: 'lieu_id' });

  const themes = new Set<string>(THEMATIQUES);
  a.thematiques = [];
  for (const t of valeurs(raw.thematiques)) {
    const k = replier(t).replace(/ /g, '_');
    if (themes.has(k)) a.thematiques.push(k);
    else {
      warn('unknown_value', 'thematiques', t);
      mettreDeCote(a, 'thematiques', t);
    }
  }
  a.frais = [];
  for (const f of valeurs(raw.frais)) {
    const v = enumeration(f, FRAIS_ATELIER, 'frais', warn);
    if (v && !a.frais.includes(v)) a.frais.push(v);
  }
  const enums = indexEnums();
  for (const [champ, source] of [
    ['publics', 'publics_specifiquement_adresses'],
    ['prise_en_charge_specifique', 'prise_en_charge_specifique'],
  ] as const) {
    const out: string[] = [];
    for (const v of valeurs(raw[champ])) {
      const canon = valeurCanonique(enums[source], v);
      if (canon) out.push(canon);
      else {
        warn('unknown_value', champ, v);
        mettreDeCote(a, champ, v);
      }
    }
    if (out.length) (a as unknown as Record<string, string[]>)[champ] = out;
  }
  for (const champ of ['tarif', 'animateur'] as const) {
    const v = nettoyer(raw[champ]);
    if (v) a[champ] = v;
  }
  for (const champ of ['capacite', 'places_restantes'] as const) {
    if (raw[champ] === undefined || raw[champ] === null) continue;
    const n = entierPositif(raw[champ]);
    if (n === undefined) warn('invalid_number', champ, raw[champ]);
    else a[champ] = n;
  }
  const visio = nettoyer(raw.lien_visio);
  if (visio) {
    const r = normaliserUrl(visio);
    if (r.url) a.lien_visio = r.url;
    else warn(r.code!, 'lien_visio', visio);
  }
  const dm = nettoyer(raw.date_maj);
  if (dm) {
    const d = normaliserDate(dm);
    if (d) a.date_maj = d;
    else warn('invalid_date', 'date_maj', dm);
  }
  if (raw.serie && typeof raw.serie === 'object') {
    const s = raw.serie as Record<string, unknown>;
    const titre = nettoyer(s.titre);
    const n = entierPositif(s.nombre_seances);
    if (titre || n) a.serie = { ...(titre ? { titre } : {}), ...(n ? { nombre_seances: n } : {}) };
  }
  const insc = validerInscription(raw.inscription, warn);
  if (insc) a.inscription = insc;

  // Schedule: dated sessions and/or a recurrence; at least one usable.
  if (Array.isArray(raw.seances)) {
    const seances: Seance[] = [];
    raw.seances.forEach((s, i) => {
      const r = validerSeance(s, `seances[${i}]`, warn);
      if (r) seances.push(r);
    });
    if (seances.length) a.seances = seances.sort((x, y) => (x.debut < y.debut ? -1 : 1));
  } else if (raw.seances !== undefined) warn('invalid_date', 'seances', raw.seances);
  if (raw.recurrence !== undefined) {
    const r = validerRecurrence(raw.recurrence, warn);
    if (r) a.recurrence = r;
  }
  if (!a.seances && !a.recurrence) raisons.push({ code: 'no_schedule', champ: 'seances' });
  if (raisons.length) return { raisons, avertissements };
  return { valeur: a, raisons, avertissements };
}

type Warn = (code: IssueCode, champ: string, valeur?: unknown) => void;

function validerInscription(v: unknown, warn: Warn): Inscription | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const raw = v as Record<string, unknown>;
  const out: Inscription = {};
  if (typeof raw.obligatoire === 'boolean') out.obligatoire = raw.obligatoire;
  const lien = nettoyer(raw.lien);
  if (lien) {
    const r = normaliserUrl(lien);
    if (r.url) out.lien = r.url;
    else warn(r.code!, 'inscription.lien', lien);
  }
  const tel = nettoyer(raw.telephone);
  if (tel) {
    const n = normaliserTelephone(tel);
    if (n) out.telephone = n;
    else warn('invalid_phone', 'inscription.telephone', tel);
  }
  const mail = nettoyer(raw.courriel);
  if (mail) {
    if (estCourriel(mail)) out.courriel = mail;
    else warn('invalid_email', 'inscription.courriel', mail);
  }
  const consignes = nettoyer(raw.consignes);
  if (consignes) out.consignes = consignes;
  return Object.keys(out).length ? out : undefined;
}

function validerSeance(v: unknown, champ: string, warn: Warn): Seance | undefined {
  if (!v || typeof v !== 'object') {
    warn('invalid_date', champ, v);
    return undefined;
  }
  const raw = v as Record<string, unknown>;
  const debut = nettoyer(raw.debut);
  const fin = nettoyer(raw.fin);
  const md = debut ? DATETIME_LOCALE.exec(debut) : null;
  const mf = fin ? DATETIME_LOCALE.exec(fin) : null;
  if (!md || !mf || !normaliserDate(md[1]!) || !normaliserDate(mf[1]!) || minutesHeure(md[2]!) === undefined || minutesHeure(mf[2]!) === undefined) {
    warn('invalid_date', champ, `${debut ?? '?'} → ${fin ?? '?'}`);
    return undefined;
  }
  if (fin! <= debut!) {
    warn('ends_before_start', champ, `${debut} → ${fin}`);
    return undefined;
  }
  const s: Seance = { debut: debut!, fin: fin! };
  const statut = enumeration(raw.statut, STATUTS_ATELIER, `${champ}.statut`, warn);
  if (statut) s.statut = statut;
  if (raw.places_restantes !== undefined) {
    const n = entierPositif(raw.places_restantes);
    if (n === undefined) warn('invalid_number', `${champ}.places_restantes`, raw.places_restantes);
    else s.places_restantes = n;
  }
  return s;
}

function validerRecurrence(v: unknown, warn: Warn): Recurrence | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    warn('invalid_date', 'recurrence', v);
    return undefined;
  }
  const raw = v as Record<string, unknown>;
  const frequence = nettoyer(raw.frequence);
  if (frequence !== 'hebdomadaire' && frequence !== 'mensuelle') {
    warn('unknown_value', 'recurrence.frequence', raw.frequence);
    return undefined;
  }
  const jours = valeurs(raw.jours, /[|;,]/)
    .map((j) => replier(j))
    .filter((j): j is Recurrence['jours'][number] => {
      const ok = (JOURS as readonly string[]).includes(j);
      if (!ok) warn('unknown_value', 'recurrence.jours', j);
      return ok;
    });
  if (!jours.length) {
    warn('required', 'recurrence.jours');
    return undefined;
  }
  const hd = nettoyer(raw.heure_debut);
  const hf = nettoyer(raw.heure_fin);
  const md = hd ? minutesHeure(hd) : undefined;
  const mf = hf ? minutesHeure(hf) : undefined;
  if (md === undefined || mf === undefined) {
    warn('invalid_time', 'recurrence.heure_debut', `${hd ?? '?'} → ${hf ?? '?'}`);
    return undefined;
  }
  if (mf <= md) {
    warn('ends_before_start', 'recurrence.heure_fin', `${hd} → ${hf}`);
    return undefined;
  }
  const du = normaliserDate(nettoyer(raw.du) ?? '');
  if (!du) {
    warn('invalid_date', 'recurrence.du', raw.du);
    return undefined;
  }
  const auTexte = nettoyer(raw.au);
  if (auTexte === undefined) {
    warn('recurrence_without_end', 'recurrence.au');
    return undefined;
  }
  const au = normaliserDate(auTexte);
  if (!au) {
    warn('invalid_date', 'recurrence.au', auTexte);
    return undefined;
  }
  if (au < du) {
    warn('ends_before_start', 'recurrence.au', `${du} → ${au}`);
    return undefined;
  }
  const r: Recurrence = { frequence, jours, heure_debut: hd!, heure_fin: hf!, du, au };
  if (raw.intervalle !== undefined) {
    const n = entierPositif(raw.intervalle);
    if (n && n >= 1) r.intervalle = n;
    else warn('invalid_number', 'recurrence.intervalle', raw.intervalle);
  }
  if (raw.rangs !== undefined) {
    const rangs = valeurs(raw.rangs, /[|;,]/).map(Number).filter((n) => {
      const ok = Number.isInteger(n) && ((n >= 1 && n <= 5) || n === -1);
      if (!ok) warn('invalid_number', 'recurrence.rangs', n);
      return ok;
    });
    if (rangs.length) r.rangs = rangs;
  }
  if (frequence === 'mensuelle' && !r.rangs) {
    // « Le samedi, une fois par mois » without saying which one: not guessed.
    warn('required', 'recurrence.rangs');
    return undefined;
  }
  const sauf: string[] = [];
  for (const d of valeurs(raw.sauf, /[|;,]/)) {
    const n = normaliserDate(d);
    if (n) sauf.push(n);
    else warn('invalid_date', 'recurrence.sauf', d);
  }
  if (sauf.length) r.sauf = sauf;
  return r;
}
