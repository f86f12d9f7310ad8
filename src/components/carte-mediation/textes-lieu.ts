/**
 * What the list, the sheet and the printed page say about a place, computed from the data layer: the state of
 * its hours now, its week, its contact. Shared by the screen and print templates so they never disagree.
 */
import { etatOuverture, horairesDe } from '../../data/horaires.js';
import { semaineTexte, texteEtat, type LigneSemaine } from '../../data/horaires-texte.js';
import { telephoneLisible } from '../../data/telephone.js';
import { fuseauHoraire, momentLocal } from '../../data/temps.js';
import type { Lieu } from '../../data/types.js';
import type { MessagesCarte } from '../../i18n/carte.fr.js';
import type { MessagesHoraires } from '../../i18n/horaires.fr.js';

export interface HorairesLieu {
  /** « Ouvert · ferme à 17 h »; absent when hours are missing or not understood. */
  etat?: string;
  ouvert?: boolean;
  semaine?: LigneSemaine[];
  notes?: string[];
  /** 0 = lundi: today's row in the week, in the place's own time zone. */
  aujourdhui: number;
  /** Not understood: shown exactly as written, with « Horaires à vérifier ». */
  brut?: string;
  absent?: boolean;
}

export function horairesLieu(l: Lieu, maintenant: Date, mh: MessagesHoraires): HorairesLieu {
  const m = momentLocal(maintenant, fuseauHoraire(l.code_postal));
  if (!l.horaires?.trim()) return { aujourdhui: m.jour, absent: true };
  const r = horairesDe(l.horaires);
  if (!r.ok) return { aujourdhui: m.jour, brut: l.horaires };
  const h = r.horaires;
  const e = etatOuverture(h, m.jour, m.minute);
  return {
    etat: texteEtat(e, mh),
    ouvert: e.ouvert,
    semaine: semaineTexte(h, mh),
    notes: [...(h.feriesFermes ? [mh.feriesFermes] : []), ...h.commentaires],
    aujourdhui: m.jour,
  };
}

/** The address on one or two lines: « 12 rue X, Bât. B » and « 59200 Tourcoing ». */
export function lignesAdresse(l: Lieu): [string, string] {
  return [l.complement_adresse ? `${l.adresse}, ${l.complement_adresse}` : l.adresse, `${l.code_postal} ${l.commune}`];
}

/** The text of an SMS about a place: name, address, phone, hours, as a person would write it. */
export function texteSms(l: Lieu, h: HorairesLieu, m: MessagesCarte, mh: MessagesHoraires): string {
  const lignes = [l.nom, ...lignesAdresse(l)];
  if (l.telephone) lignes.push(m.partage.tel(telephoneLisible(l.telephone)));
  if (h.semaine) {
    for (const j of h.semaine) if (j.ouvert) lignes.push(`${j.jour} : ${j.texte}`);
  } else if (h.brut) {
    lignes.push(`${m.fiche.horaires} : ${h.brut}`);
  }
  if (!h.semaine && !h.brut) lignes.push(mh.nonRenseignes);
  return lignes.join('\n');
}
