import { html, nothing, type TemplateResult } from 'lit';
import type { ValeurAnnuaire } from '../../context/annuaire.js';
import type { Messages } from '../../i18n/fr.js';

/**
 * The loading, error and empty states that every element shows the same way, in plain words of the element's
 * language (`m` = `this.textes('commun', fr)`).
 * Returns `undefined` when the directory is ready and not empty: the element renders its own content.
 */
export function renderEtatAnnuaire(valeur: ValeurAnnuaire, m: Messages): TemplateResult | typeof nothing | undefined {
  const etat = valeur.etat;
  switch (etat.statut) {
    case 'attente':
      return html`<p class="etat" part="etat">${m.etat.sansSource}</p>`;
    case 'chargement':
      return html`<p class="etat" part="etat" role="status">${m.etat.chargement}</p>`;
    case 'erreur': {
      const e = etat.erreur;
      const texte =
        e.type === 'http' ? m.etat.erreurHttp(e.status) : e.type === 'format' ? m.etat.erreurFormat : m.etat.erreurReseau;
      return html`<div class="etat etat-erreur" part="etat erreur" role="alert">
        <p>${texte}</p>
        <button type="button" class="bouton-principal" @click=${valeur.reessayer}>${m.etat.reessayer}</button>
      </div>`;
    }
    case 'pret':
      return etat.annuaire.lieux.length ? undefined : html`<p class="etat" part="etat" role="status">${m.etat.vide}</p>`;
  }
}
