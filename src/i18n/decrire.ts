import type { Avertissement, Issue, Rejet } from '../data/types.js';
import type { Messages } from './fr.js';

/** One reason of the report in words. */
export function decrireIssue(i: Issue, m: Messages): string {
  const titre = m.rapport.codes[i.code](i.champ ?? '');
  return i.valeur ? m.rapport.avecValeur(titre, i.valeur) : titre;
}

/** Who a report line is about: « id · nom », or « sans nom ». */
function qui(m: Messages, id?: string, nom?: string): string {
  return [id, nom].filter(Boolean).join(' · ') || m.resume.sansNom;
}

export function decrireRejet(r: Rejet, m: Messages): string {
  return m.rapport.ligne(
    m.rapport[r.type],
    m.rapport.position(r.index, r.ligne),
    qui(m, r.id, r.nom),
    r.raisons.map((i) => decrireIssue(i, m)).join(m.rapport.separateur),
  );
}

export function decrireAvertissement(a: Avertissement, m: Messages): string {
  return m.rapport.ligne(m.rapport[a.type], m.rapport.position(a.index, a.ligne), qui(m, a.id), decrireIssue(a, m));
}
