/**
 * The place sheet: everything a person or a helper needs to go there or call, in plain French. The same
 * template serves the screen (with actions) and paper (`impression: true`: no buttons, large text).
 * Nothing from the data is rendered as HTML: every value goes through Lit's text bindings, and links only
 * through `lienSur` (http, https, tel, mailto).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { lienSur } from '../../base/liens.js';
import { lienItineraire, lienSignalement, lienSms } from '../../data/liens-lieu.js';
import type { Lieu } from '../../data/types.js';
import type { MessagesCarte } from '../../i18n/carte.fr.js';
import type { MessagesHoraires } from '../../i18n/horaires.fr.js';
import { mot, renderTelephone } from './puces.js';
import { horairesLieu, lignesAdresse, texteSms, type HorairesLieu } from './textes-lieu.js';

export interface ContexteFiche {
  m: MessagesCarte;
  mh: MessagesHoraires;
  /** Types of structure, in the current language. */
  mt: Record<string, string>;
  /** The national standard's values in the current language (empty in French: shown as written). */
  std: Record<string, string>;
  /** « Écouter », on screen (nothing when the device has no voice for the language). */
  ecouter?: unknown;
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

function liste(valeurs: readonly string[] | undefined, std: Record<string, string>, mots?: Record<string, string | undefined>) {
  if (!valeurs?.length) return nothing;
  return html`<ul class="puces-texte">
    ${valeurs.map((v) => html`<li>${mot(v, std, mots)}</li>`)}
  </ul>`;
}

/** What « Écouter » reads on a sheet: name, whether it is open, address, what it offers, how to get help. */
export function textesALire(l: Lieu, c: ContexteFiche): string[] {
  const { m, std } = c;
  const h = horairesLieu(l, c.maintenant, c.mh);
  const mots = (v: readonly string[] | undefined, t?: Record<string, string | undefined>) => (v ?? []).map((x) => mot(x, std, t)).join(', ');
  return [
    l.nom,
    h.etat ?? m.fiche.aVerifier,
    `${m.fiche.adresse} : ${lignesAdresse(l).join(', ')}`,
    l.services?.length ? `${m.fiche.propose} : ${mots(l.services, m.services)}` : '',
    l.modalites_acces?.length ? `${m.fiche.acces} : ${mots(l.modalites_acces, m.modalitesAcces)}` : '',
    l.modalites_accompagnement?.length ? `${m.fiche.accompagnement} : ${mots(l.modalites_accompagnement, m.modalitesAccompagnement)}` : '',
  ];
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

export function renderFiche(l: Lieu, c: ContexteFiche, actions?: TemplateResult): TemplateResult {
  const { m, niveau, std } = c;
  const h = horairesLieu(l, c.maintenant, c.mh);
  const [adresse1, adresse2] = lignesAdresse(l);
  const sites = (l.site_web ?? []).map(lienSur).filter((u): u is string => !!u);
  const rdv = lienSur(l.prise_rdv);
  const accesLibre = lienSur(l.fiche_acces_libre);
  const labels = [
    ...(l.dispositif_programmes_nationaux ?? []).map((d) => mot(d, std, m.dispositifs)),
    ...(l.formations_labels ?? []).map((d) => mot(d, std)),
    ...(l.autres_formations_labels ?? []),
  ];
  const sousTitre = (t: string) => titre(niveau + 1, t);
  const sansPublic = l.modalites_acces?.includes("Ce lieu n'accueille pas de public");
  const itinerant = l.itinerance?.includes('Itinérant');
  return html`
    <article class="fiche" part="fiche" aria-labelledby=${c.impression ? nothing : 'fiche-titre'}>
      ${titre(niveau, html`<bdi>${l.nom}</bdi>`, c.impression ? {} : { id: 'fiche-titre', focus: true })}
      ${l.typologie?.length
        ? html`<p class="type">${l.typologie.map((t) => c.mt[t] ?? t).join(' · ')}</p>`
        : nothing}
      ${h.etat
        ? html`<p class="etat ${h.ouvert ? 'ouvert' : 'ferme'}"><strong>${h.etat}</strong></p>`
        : html`<p class="etat a-verifier-etat"><strong>${m.fiche.aVerifier}</strong></p>`}
      ${c.ecouter ?? nothing}
      ${sansPublic ? html`<p class="attention">${m.fiche.sansPublic}</p>` : nothing}
      ${itinerant ? html`<p class="attention">${m.fiche.itinerant}</p>` : nothing}

      <section>
        ${sousTitre(m.fiche.adresse)}
        <p class="adresse"><bdi>${adresse1}</bdi><br /><bdi>${adresse2}</bdi>
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
            ${liste(l.services, std, m.services)}
          </section>`
        : nothing}

      ${l.modalites_acces?.length || l.modalites_accompagnement?.length || l.frais_a_charge?.length
        ? html`<section>
            ${sousTitre(m.fiche.acces)}
            ${liste(l.modalites_acces, std, m.modalitesAcces)}
            ${l.modalites_accompagnement?.length
              ? html`<p>${m.fiche.accompagnement} :</p>${liste(l.modalites_accompagnement, std, m.modalitesAccompagnement)}`
              : nothing}
            ${l.frais_a_charge?.length
              ? html`<p>${m.fiche.frais} : ${l.frais_a_charge.map((f) => mot(f, std, m.frais)).join(', ')}</p>`
              : nothing}
          </section>`
        : nothing}

      <section>
        ${sousTitre(m.fiche.publics)}
        ${l.publics_specifiquement_adresses?.length ? liste(l.publics_specifiquement_adresses, std, m.publics) : html`<p>${m.fiche.toutPublic}</p>`}
        ${l.prise_en_charge_specifique?.length
          ? html`<p>${m.fiche.priseEnCharge} :</p>${liste(l.prise_en_charge_specifique, std, m.priseEnCharge)}`
          : nothing}
      </section>

      ${labels.length ? html`<section>${sousTitre(m.fiche.labels)}${liste(labels, std)}</section>` : nothing}

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

/** What the sheet on screen needs from the element: its words, and what its buttons do. */
export interface ActionsFiche {
  /** « Imprimer en deux langues » is offered (the language is not French). */
  bilingue: boolean;
  /** The place's link, for « Signaler une erreur ». */
  page: string;
  /** `lien-signalement`, else the directory's contact; neither: no link. */
  signalement?: string;
  /** The copied link's message, when shown. */
  copie: unknown;
  imprimer: (bilingue: boolean) => void;
  sms: () => void;
  copier: () => void;
  fermer: () => void;
}

/** The sheet on screen: « Retour », the place, its actions (print, SMS, copy, report); Escape goes back. */
export function renderFicheEcran(l: Lieu, c: ContexteFiche, a: ActionsFiche): TemplateResult {
  const { m, mh } = c;
  const sms = texteSms(l, horairesLieu(l, c.maintenant, mh), m, mh);
  const signalement = lienSignalement(a.signalement, m.fiche.signalerSujet(l.nom), m.fiche.signalerCorps(l.nom, l.id, a.page), l.id);
  const actions = html`<div class="actions-fiche">
    <button type="button" class="bouton-secondaire" @click=${() => a.imprimer(false)}>${m.fiche.imprimer}</button>
    ${a.bilingue ? html`<button type="button" class="bouton-secondaire" @click=${() => a.imprimer(true)}>${m.impression.bilingue}</button>` : nothing}
    <a class="bouton-secondaire" href=${lienSms(sms)} @click=${a.sms}>${m.fiche.sms}</a>
    <button type="button" class="bouton-secondaire" @click=${a.copier}>${m.fiche.copier}</button>
    ${signalement ? html`<a class="bouton-secondaire" href=${signalement}>${m.fiche.signaler}</a>` : nothing}
    ${a.copie}
  </div>`;
  return html`<div class="fiche-ecran" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && a.fermer()}>
    <button type="button" class="retour lien-bouton" @click=${a.fermer}><span class="fleche" aria-hidden="true">← </span>${m.fiche.retour}</button>
    ${renderFiche(l, c, actions)}
  </div>`;
}
