/** Opening hours as text for people, with the words of a messages object (French by default). */
import { etatOuverture, parseHoraires } from './horaires.js';
import type { EtatOuverture, Horaires, Plage } from './horaires.js';
import { horairesFr } from '../i18n/horaires.fr.js';
import type { MessagesHoraires } from '../i18n/horaires.fr.js';

export interface LigneSemaine {
  /** « lundi ». */
  jour: string;
  /** « 9 h – 12 h, 14 h – 17 h » or « Fermé ». */
  texte: string;
  ouvert: boolean;
}

/** What a UI shows for a place's hours; it never has to decide anything itself. */
export interface TexteHoraires {
  /** Understood, and the current moment is known: « Ouvert · ferme à 17 h ». */
  etat?: string;
  ouvert?: boolean;
  /** Understood: 7 rows, Monday first. */
  semaine?: LigneSemaine[];
  /** Understood: « Fermé les jours fériés », then the comments as written. */
  notes?: string[];
  /** Not understood: the string exactly as written. */
  brut?: string;
  /** Not understood (« Horaires tels qu’indiqués : … ») or absent (« Horaires non renseignés »). */
  message?: string;
}

/** « 9 h », « 17 h 30 », « minuit ». */
export function heureTexte(minute: number, m: MessagesHoraires = horairesFr): string {
  return m.heure(Math.floor(minute / 60), minute % 60);
}

function plageTexte(p: Plage, m: MessagesHoraires): string {
  return p.debut === 0 && p.fin === 1440 ? m.journeeEntiere : m.plage(heureTexte(p.debut, m), heureTexte(p.fin, m));
}

/** « Ouvert · ferme à 17 h », « Fermé · ouvre mardi à 9 h », « Fermé · ouvre demain à 9 h », « Fermé · ouvre à 14 h ». */
export function texteEtat(etat: EtatOuverture, m: MessagesHoraires = horairesFr): string {
  if (etat.ouvert) {
    const f = etat.fermeture;
    if (!f) return m.ouvert24;
    const heure = heureTexte(f.minute, m);
    if (f.dans === 0) return m.ouvertFermeA(heure);
    if (f.dans === 1) return f.minute <= 360 ? m.ouvertFermeCetteNuit(heure) : m.ouvertFermeDemain(heure);
    return m.ouvertFermeJour(nomJour(f.jour, f.dans, m), heure);
  }
  const p = etat.prochaine;
  if (!p) return m.jamaisOuvert;
  const heure = heureTexte(p.minute, m);
  // Opening at midnight tonight reads « ouvre à minuit », not « demain à minuit ».
  if (p.dans === 0 || (p.dans === 1 && p.minute === 0)) return m.fermeOuvreAujourdhui(heure);
  if (p.dans === 1) return m.fermeOuvreDemain(heure);
  return m.fermeOuvreJour(nomJour(p.jour, p.dans, m), heure);
}

function nomJour(jour: number, dans: number, m: MessagesHoraires): string {
  const nom = m.jours[jour] ?? '';
  return dans >= 7 ? m.jourProchain(nom) : nom;
}

/** The week, Monday first: `{ jour: 'lundi', texte: '9 h – 12 h, 14 h – 17 h' }` or `texte: 'Fermé'`. */
export function semaineTexte(h: Horaires, m: MessagesHoraires = horairesFr): LigneSemaine[] {
  return h.semaine.map((plages, d) => ({
    jour: m.jours[d] ?? '',
    texte: plages.length ? plages.map((p) => plageTexte(p, m)).join(m.separateurPlages) : m.ferme,
    ouvert: plages.length > 0,
  }));
}

/**
 * Everything to show for a place's `horaires`: state now (when `maintenant` is given), week and notes when
 * understood; the raw string and « Horaires tels qu’indiqués : … » when not; « Horaires non renseignés » when absent.
 */
export function texteHoraires(
  source: string | undefined,
  maintenant?: { jour: number; minute: number },
  m: MessagesHoraires = horairesFr,
): TexteHoraires {
  if (!source?.trim()) return { message: m.nonRenseignes };
  const r = parseHoraires(source);
  if (!r.ok) return { brut: source, message: m.nonCompris(source) };
  const h = r.horaires;
  const out: TexteHoraires = {
    semaine: semaineTexte(h, m),
    notes: [...(h.feriesFermes ? [m.feriesFermes] : []), ...h.commentaires],
  };
  if (maintenant) {
    const etat = etatOuverture(h, maintenant.jour, maintenant.minute);
    out.etat = texteEtat(etat, m);
    out.ouvert = etat.ouvert;
  }
  return out;
}
