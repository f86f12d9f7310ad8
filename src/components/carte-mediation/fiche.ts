/**
 * The place sheet: everything a person or a helper needs to go there or call, in plain French. The same
 * template serves the screen (with actions) and paper (`impression: true`: no buttons, large text).
 * Nothing from the data is rendered as HTML: every value goes through Lit's text bindings, and links only
 * through `lienSur` (http, https, tel, mailto).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { lienSur } from '../../base/liens.js';
import { lienItineraire } from '../../data/liens-lieu.js';
import { lienTelephone, telephoneLisible } from '../../data/telephone.js';
import type { Lieu } from '../../data/types.js';
import type { MessagesCarte } from '../../i18n/carte.fr.js';
import type { Messages } from '../../i18n/fr.js';
import { typologiesFr } from '../../i18n/typologies.fr.js';
import type { MessagesHoraires } from '../../i18n/horaires.fr.js';
import { horairesLieu, lignesAdresse, type HorairesLieu } from './textes-lieu.js';

export interface ContexteFiche {
  m: MessagesCarte;
  mg: Messages;
  mh: MessagesHoraires;
  maintenant: Date;
  /** Heading level of the place's name (its sections take the next level). */
  niveau: number;
  impression?: boolean;
  distanceKm?: number;
}

const titre = (niveau: number, contenu: unknown, attrs: { id?: string; focus?: boolean } = {}) =>
  html`<div
    class="titre-${Math.min(niveau, 6)}"
    role="heading"
    aria-level=${Math.min(niveau, 6)}
    id=${attrs.id ?? nothing}
    tabindex=${attrs.focus ? '-1' : nothing}
  >
    ${contenu}
  </div>`;

function liste(valeurs: readonly string[] | undefined, mots?: Record<string, string | undefined>) {
  if (!valeurs?.length) return nothing;
  return html`<ul class="puces-texte">
    ${valeurs.map((v) => html`<li>${mots?.[v] ?? v}</li>`)}
  </ul>`;
}

/** The week's hours as a list of days, today marked; or the raw text and « Horaires à vérifier ». */
export function renderHoraires(h: HorairesLieu, c: ContexteFiche, telephone?: string): TemplateResult {
  const { m, mh } = c;
  if (h.semaine) {
    return html`<ul class="semaine">
        ${h.semaine.map(
          (j, i) =>
            html`<li class=${i === h.aujourdhui ? 'aujourdhui' : ''}>
              <span class="jour">${j.jour}${i === h.aujourdhui ? html`\u0020<span class="visuellement-cache">(${m.fiche.aujourdhui})</span>` : nothing}</span>
              <span>${j.texte}</span>
            </li>`,
        )}
      </ul>
      ${h.notes?.length ? html`<p class="notes">${h.notes.join(' ')}</p>` : nothing}`;
  }
  return html`<p class="a-verifier"><strong>${m.fiche.aVerifier}.</strong>
      ${h.brut ? html`<span class="brut">${h.brut}</span>` : mh.nonRenseignes}
      ${telephone ? m.fiche.appelerAvant : nothing}</p>`;
}

/** Phone as a big tap-to-call link, in the French dialled form. */
export function renderTelephone(tel: string | undefined, m: MessagesCarte, grand = false) {
  if (!tel) return nothing;
  const lisible = telephoneLisible(tel);
  return html`<a class=${grand ? 'telephone grand' : 'telephone'} href=${lienTelephone(tel)} aria-label=${m.fiche.appeler(lisible)}
    ><span aria-hidden="true">☎ </span>${lisible}</a
  >`;
}

export function renderFiche(l: Lieu, c: ContexteFiche, actions?: TemplateResult): TemplateResult {
  const { m, mg, niveau } = c;
  const h = horairesLieu(l, c.maintenant, c.mh);
  const [adresse1, adresse2] = lignesAdresse(l);
  const sites = (l.site_web ?? []).map(lienSur).filter((u): u is string => !!u);
  const rdv = lienSur(l.prise_rdv);
  const accesLibre = lienSur(l.fiche_acces_libre);
  const labels = [
    ...(l.dispositif_programmes_nationaux ?? []).map((d) => m.dispositifs[d] ?? d),
    ...(l.formations_labels ?? []),
    ...(l.autres_formations_labels ?? []),
  ];
  const sousTitre = (t: string) => titre(niveau + 1, t);
  const sansPublic = l.modalites_acces?.includes("Ce lieu n'accueille pas de public");
  const itinerant = l.itinerance?.includes('Itinérant');
  return html`
    <article class="fiche" part="fiche" aria-labelledby=${c.impression ? nothing : 'fiche-titre'}>
      ${titre(niveau, l.nom, c.impression ? {} : { id: 'fiche-titre', focus: true })}
      ${l.typologie?.length
        ? html`<p class="type">${l.typologie.map((t) => typologiesFr[t] ?? t).join(' · ')}</p>`
        : nothing}
      ${h.etat
        ? html`<p class="etat ${h.ouvert ? 'ouvert' : 'ferme'}"><strong>${h.etat}</strong></p>`
        : html`<p class="etat a-verifier-etat"><strong>${m.fiche.aVerifier}</strong></p>`}
      ${sansPublic ? html`<p class="attention">${m.fiche.sansPublic}</p>` : nothing}
      ${itinerant ? html`<p class="attention">${m.fiche.itinerant}</p>` : nothing}

      <section>
        ${sousTitre(m.fiche.adresse)}
        <p class="adresse">${adresse1}<br />${adresse2}
          ${c.distanceKm !== undefined ? html`<br /><span class="distance">${m.resultats.distance(c.distanceKm)}</span>` : nothing}</p>
        ${l.latitude === undefined ? html`<p>${m.fiche.horsCarte}</p>` : nothing}
        ${c.impression ? nothing : html`<p><a href=${lienItineraire(l)} target="_blank" rel="noopener noreferrer">${m.fiche.yAller}</a></p>`}
      </section>

      ${l.telephone || l.courriels?.length || sites.length || rdv
        ? html`<section>
            ${sousTitre(m.fiche.contact)}
            <ul class="contacts">
              ${l.telephone ? html`<li>${renderTelephone(l.telephone, m, true)}</li>` : nothing}
              ${(l.courriels ?? []).map((e) => {
                const lien = lienSur('mailto:' + e);
                return html`<li>${c.impression || !lien ? e : html`<a href=${lien}>${m.fiche.courriel} : ${e}</a>`}</li>`;
              })}
              ${sites.map(
                (s) =>
                  html`<li>${c.impression ? s : html`<a href=${s} target="_blank" rel="noopener noreferrer">${m.fiche.site} : ${new URL(s).host}</a>`}</li>`,
              )}
              ${rdv
                ? html`<li>${c.impression ? html`${m.fiche.rdv} : ${rdv}` : html`<a class="rdv" href=${rdv} target="_blank" rel="noopener noreferrer">${m.fiche.rdv}</a>`}</li>`
                : nothing}
            </ul>
          </section>`
        : nothing}

      <section>
        ${sousTitre(m.fiche.horaires)}
        ${renderHoraires(h, c, l.telephone)}
      </section>

      ${actions ?? nothing}

      ${l.services?.length
        ? html`<section>
            ${sousTitre(m.fiche.propose)}
            ${liste(l.services, m.services)}
          </section>`
        : nothing}

      ${l.modalites_acces?.length || l.modalites_accompagnement?.length || l.frais_a_charge?.length
        ? html`<section>
            ${sousTitre(m.fiche.acces)}
            ${liste(l.modalites_acces, m.modalitesAcces)}
            ${l.modalites_accompagnement?.length
              ? html`<p>${m.fiche.accompagnement} :</p>${liste(l.modalites_accompagnement, m.modalitesAccompagnement)}`
              : nothing}
            ${l.frais_a_charge?.length
              ? html`<p>${m.fiche.frais} : ${l.frais_a_charge.map((f) => m.frais[f]).join(', ')}</p>`
              : nothing}
          </section>`
        : nothing}

      <section>
        ${sousTitre(m.fiche.publics)}
        ${l.publics_specifiquement_adresses?.length ? liste(l.publics_specifiquement_adresses, m.publics) : html`<p>${m.fiche.toutPublic}</p>`}
        ${l.prise_en_charge_specifique?.length
          ? html`<p>${m.fiche.priseEnCharge} :</p>${liste(l.prise_en_charge_specifique, m.priseEnCharge)}`
          : nothing}
      </section>

      ${labels.length ? html`<section>${sousTitre(m.fiche.labels)}${liste(labels)}</section>` : nothing}

      ${c.impression
        ? nothing
        : html`<section>
            ${sousTitre(m.fiche.accessibilite)}
            ${accesLibre
              ? html`<p><a href=${accesLibre} target="_blank" rel="noopener noreferrer">${m.fiche.accesLibre}</a></p>`
              : html`<p>${m.fiche.accesNonRenseigne}</p>`}
          </section>`}

      ${l.presentation_resume || l.presentation_detail
        ? html`<section>
            ${sousTitre(m.fiche.presentation)}
            ${l.presentation_resume ? html`<p class="presentation">${l.presentation_resume}</p>` : nothing}
            ${l.presentation_detail && !c.impression ? html`<p class="presentation">${l.presentation_detail}</p>` : nothing}
          </section>`
        : nothing}

      ${l.date_maj ? html`<p class="maj">${m.fiche.majLe(m.date(l.date_maj))}</p>` : nothing}
    </article>
  `;
}
