/**
 * The filter panel. Pure templates: the element owns the state and passes `changer` (a new set of filters) back.
 * Every option says, in plain words, how many places it would show. Loaded with the counts when the panel is
 * first opened (a lazy chunk: the first list does not wait for it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { BESOINS, type Besoin } from '../../data/besoins.js';
import type { ComptesFacettes } from '../../data/facettes.js';
import type { Ouverture } from '../../data/requetes.js';
import type { MessagesCarte } from '../../i18n/carte.fr.js';
import type { Messages } from '../../i18n/fr.js';
import { APRES_MIDI, MATIN, mot, type FiltresCarte } from './puces.js';

export { compterFacettes } from '../../data/facettes.js';

/** Keys of the multi-valued facets the panel offers, in the order shown. */
type Facette = 'services' | 'publics' | 'priseEnCharge' | 'labels';

export interface ContexteFiltres {
  m: MessagesCarte;
  mg: Messages;
  /** The standard's values in the current language (see fiche.ts `mot`). */
  std: Record<string, string>;
  filtres: FiltresCarte;
  comptes: ComptesFacettes;
  /** Values present in the directory (before any filter), so that options do not jump around. */
  presents: ComptesFacettes;
  changer: (f: FiltresCarte) => void;
}

function basculer<T>(liste: readonly T[] | undefined, v: T): T[] {
  const l = liste ?? [];
  return l.includes(v) ? l.filter((x) => x !== v) : [...l, v];
}

function caseACocher(id: string, libelle: string, n: number, coche: boolean, surChange: () => void) {
  return html`<li>
    <input type="checkbox" id=${id} .checked=${coche} @change=${surChange} />
    <label for=${id}>${libelle} <span class="nombre">(${n})</span></label>
  </li>`;
}

function groupe(legende: string, contenu: unknown) {
  return html`<fieldset>
    <legend>${legende}</legend>
    <ul class="options">
      ${contenu}
    </ul>
  </fieldset>`;
}

function motsFacette(f: Facette, m: MessagesCarte): Record<string, string | undefined> {
  if (f === 'services') return m.services;
  if (f === 'publics') return m.publics;
  if (f === 'priseEnCharge') return m.priseEnCharge;
  return m.dispositifs;
}

export function renderFiltres(c: ContexteFiltres): TemplateResult {
  const { m, mg, std, filtres, comptes, presents, changer } = c;
  const facette = (f: Facette, legende: string) => {
    const valeurs = Object.keys(presents[f]).filter((v) => (presents[f] as Record<string, number>)[v]! > 0);
    for (const v of (filtres[f] as string[] | undefined) ?? []) if (!valeurs.includes(v)) valeurs.push(v);
    if (!valeurs.length) return nothing;
    const mots = motsFacette(f, m);
    return groupe(
      legende,
      valeurs.map((v, i) =>
        caseACocher(
          `f-${f}-${i}`,
          mot(v, std, mots),
          (comptes[f] as Record<string, number>)[v] ?? 0,
          ((filtres[f] as string[] | undefined) ?? []).includes(v),
          () => changer({ ...filtres, [f]: basculer(filtres[f] as string[] | undefined, v) }),
        ),
      ),
    );
  };

  const o = filtres.ouvert;
  const choixOuvert = !o ? 'non' : 'maintenant' in o ? 'maintenant' : o.jour === 5 && !('debut' in o) ? 'samedi' : 'jour';
  const jour = o && 'jour' in o ? o.jour : 0;
  const moment = o && 'debut' in o ? (o.debut === MATIN.debut ? 'matin' : 'apres-midi') : 'journee';
  const ouvertJour = (j: number, mo: string): Ouverture =>
    mo === 'matin' ? { jour: j, ...MATIN } : mo === 'apres-midi' ? { jour: j, ...APRES_MIDI } : { jour: j };
  const radio = (valeur: string, libelle: string, n: number | undefined, ouv: Ouverture | undefined) => html`<li>
    <input type="radio" name="ouvert" id="f-ouvert-${valeur}" .checked=${choixOuvert === valeur}
      @change=${() => changer({ ...filtres, ouvert: ouv })} />
    <label for="f-ouvert-${valeur}">${libelle}${n === undefined ? nothing : html`\u0020<span class="nombre">(${n})</span>`}</label>
  </li>`;

  return html`
    ${groupe(
      m.filtres.besoin,
      BESOINS.map((b: Besoin) =>
        caseACocher(`f-besoin-${b}`, mg.besoins[b].titre, comptes.besoins[b], !!filtres.besoins?.includes(b), () =>
          changer({ ...filtres, besoins: basculer(filtres.besoins, b) }),
        ),
      ),
    )}
    <fieldset>
      <legend>${m.filtres.quand}</legend>
      <ul class="options">
        ${radio('non', m.filtres.peuImporte, undefined, undefined)}
        ${radio('maintenant', m.filtres.maintenant, comptes.ouvertMaintenant, { maintenant: true })}
        ${radio('samedi', m.filtres.samedi, comptes.ouvertLeJour[5], { jour: 5 })}
        ${radio('jour', m.filtres.autreJour, undefined, ouvertJour(jour, moment))}
      </ul>
      ${choixOuvert === 'jour'
        ? html`<div class="jour-moment">
            <label>
              ${m.filtres.jour}
              <select @change=${(e: Event) => changer({ ...filtres, ouvert: ouvertJour(+(e.target as HTMLSelectElement).value, moment) })}>
                ${m.jours.map((j, i) => html`<option value=${i} ?selected=${i === jour}>${j} (${comptes.ouvertLeJour[i] ?? 0})</option>`)}
              </select>
            </label>
            <label>
              ${m.filtres.moment}
              <select @change=${(e: Event) => changer({ ...filtres, ouvert: ouvertJour(jour, (e.target as HTMLSelectElement).value) })}>
                <option value="journee" ?selected=${moment === 'journee'}>${m.filtres.journee}</option>
                <option value="matin" ?selected=${moment === 'matin'}>${m.filtres.matin}</option>
                <option value="apres-midi" ?selected=${moment === 'apres-midi'}>${m.filtres.apresMidi}</option>
              </select>
            </label>
          </div>`
        : nothing}
    </fieldset>
    ${groupe(m.filtres.conditions, [
      caseACocher('f-gratuit', m.filtres.gratuit, comptes.frais.Gratuit ?? 0, !!filtres.frais?.includes('Gratuit'), () =>
        changer({ ...filtres, frais: basculer(filtres.frais, 'Gratuit') }),
      ),
      caseACocher('f-rdv', m.filtres.rdv, comptes.rdvEnLigne, !!filtres.rdvEnLigne, () =>
        changer({ ...filtres, rdvEnLigne: !filtres.rdvEnLigne || undefined }),
      ),
      presents.itinerance.Itinérant || filtres.itinerance?.length
        ? caseACocher(
            'f-itinerant',
            m.filtres.itinerant,
            comptes.itinerance.Itinérant ?? 0,
            !!filtres.itinerance?.includes('Itinérant'),
            () => changer({ ...filtres, itinerance: basculer(filtres.itinerance, 'Itinérant') }),
          )
        : nothing,
    ])}
    ${facette('services', m.filtres.services)}
    ${facette('publics', m.filtres.publics)}
    ${facette('priseEnCharge', m.filtres.priseEnCharge)}
    ${facette('labels', m.filtres.labels)}
  `;
}
