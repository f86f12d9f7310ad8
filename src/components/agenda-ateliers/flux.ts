/**
 * A separate workshop feed for `<agenda-ateliers flux="…">`, in the directory's format (it may hold `ateliers`
 * only, naming the directory's places). Loaded on demand: only pages that set `flux` fetch this module.
 * Its bad workshops are reported with the directory's; a failed fetch says so and offers to retry.
 */
import { html, type TemplateResult } from 'lit';
import { fluxFr } from '../../i18n/agenda-flux.fr.js';
import { localeChargee } from '../../i18n/locale.js';
import type { AgendaAteliers } from './agenda-ateliers.js';

type Pret = NonNullable<AgendaAteliers['pret']>;

export async function lireFlux(h: AgendaAteliers, pret: Pret, cache: RequestCache): Promise<void> {
  const url = h.flux;
  h.fluxEtat = { statut: 'chargement' };
  try {
    const r = await fetch(url, { credentials: 'omit', cache });
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    const texte = await r.text();
    const { chargerAnnuaire } = await import('../../data/charger.js');
    const { annuaire, rapport } = await chargerAnnuaire(texte, { lieuxConnus: new Set(h.lieux.keys()) });
    if (h.fluxDemande !== url) return;
    // Places of the feed are known too (for the sessions held there).
    for (const l of annuaire.lieux) if (!h.lieux.has(l.id)) h.lieux.set(l.id, l);
    const connus = new Set(pret.annuaire.ateliers.map((a) => a.id));
    h.fluxEtat = { statut: 'pret', ateliers: annuaire.ateliers.filter((a) => !connus.has(a.id)), rejets: rapport.rejets.filter((x) => x.type === 'atelier') };
  } catch (e) {
    if (h.fluxDemande !== url) return;
    console.warn('agenda-ateliers : le flux d’ateliers n’a pas pu être lu', e);
    h.fluxEtat = { statut: 'erreur' };
  }
}

/** The feed could not be read: said, with « Réessayer »; the directory's workshops stay on screen. */
export function renderErreur(h: AgendaAteliers): TemplateResult {
  const m = localeChargee(h.code)?.agendaFlux ?? fluxFr;
  return html`<div class="alerte" role="alert">
    <p>${m.erreur}</p>
    <button type="button" class="bouton-secondaire" @click=${() => h.pret && h.lireFlux(h.pret, 'reload')}>${m.reessayer}</button>
  </div>`;
}
