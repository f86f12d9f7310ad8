/**
 * The parts of `<agenda-ateliers>` that a person does not need on the first screen, loaded on demand (a lazy
 * chunk): the filter panel, the week view, the map view (which itself loads MapLibre), the poster, and the
 * calendar files. The first screen (search, list by day, session cards) stays within the element's budget.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parJour, type FiltresAgenda } from '../../data/agenda.js';
import { ajouterJours } from '../../data/ateliers.js';
import type { PublicSpecifiquementAdresse } from '../../data/standard.js';
import { telephoneLisible } from '../../data/telephone.js';
import { replier } from '../../data/texte.js';
import type { FraisAtelier, Lieu, NiveauAtelier, Rejet } from '../../data/types.js';
import { decrireIssue } from '../../i18n/decrire.js';
import { fr } from '../../i18n/fr.js';
import { isoler } from '../../i18n/bidi.js';
import type { AgendaExportDetail } from '../../events/agenda-events.js';
import { fichierIcs } from '../../data/ics.js';
import { agendaVuesFr } from '../../i18n/agenda-vues.fr.js';
import { localeChargee } from '../../i18n/locale.js';
import { cleSeance, date, FILTRES_VIDES, FOND_PAR_DEFAUT, heure, slug, idSeance, IMPRESSION_MAX, lundiDe, type FiltresUi, type FormatUi, type Seance } from './commun.js';
import type { AgendaAteliers } from './agenda-ateliers.js';

export { stylesVues } from './vues.styles.js';

/** Sessions listed per day in the week view before « et N autres ». */
const PAR_JOUR_SEMAINE = 8;
const RAYONS = [0, 5, 10, 20, 50];
const NIVEAUX: readonly NiveauAtelier[] = ['debutant', 'intermediaire', 'avance'];
const FRAIS: readonly FraisAtelier[] = ['gratuit', 'pass_numerique', 'payant'];
const FORMATS: readonly FormatUi[] = ['collectif', 'individuel', 'a_distance'];
const dateUtc = (d: string) => new Date(`${d}T12:00:00Z`);
const jourMois = (h: AgendaAteliers, d: string) => date(d, h.tag, { day: 'numeric', month: 'long' });
const jourMoisAn = (h: AgendaAteliers, d: string) => date(d, h.tag, { day: 'numeric', month: 'long', year: 'numeric' });

/** These views' words, in the element's language. */
export const vuesDe = (h: AgendaAteliers) => localeChargee(h.code)?.agendaVues ?? agendaVuesFr;

/** The element's first-screen words and these views' words, as one table. */
const tout = (h: AgendaAteliers) => {
  const mv = vuesDe(h);
  return { ...h.m, ...mv, filtres: { ...h.m.filtres, ...mv.filtres } };
};

/**
 * Puts a calendar file behind the link just clicked, and the browser downloads it (nothing is requested); its
 * words (« En ligne », « Tél. ») and its name in the person's language, as a calendar app shows them.
 */
export function preparerIcs(h: AgendaAteliers, a: HTMLAnchorElement, seances: readonly Seance[], quoi: 'ics-seance' | 'ics'): void {
  const mv = vuesDe(h);
  const texte = fichierIcs(seances, {
    lieux: h.lieux,
    fuseauParDefaut: h.fuseau,
    mots: { enLigne: h.m.seance.enLigne, tel: mv.export.icsTel },
  });
  const url = URL.createObjectURL(new Blob([texte], { type: 'text/calendar;charset=utf-8' }));
  // One file at a time per link: the previous one is released.
  const ancien = a.dataset.url;
  if (ancien) {
    URL.revokeObjectURL(ancien);
    h.urlsIcs = h.urlsIcs.filter((u) => u !== ancien);
  }
  a.dataset.url = url;
  h.urlsIcs.push(url);
  a.href = url;
  const s = seances[0];
  a.download = quoi === 'ics' || !s ? mv.fichier.agenda : mv.fichier.seance(slug(s.atelier.titre), s.date);
  h.exporter({ quoi, seances: seances.length });
}

/** Communes and places that have sessions in the current selection, for the poster. */
export function choixAffiche(_h: AgendaAteliers, seances: readonly Seance[]): { communes: string[]; lieux: Lieu[] } {
  const communes = new Set<string>();
  const lieux = new Map<string, Lieu>();
  for (const s of seances) {
    if (!s.lieu) continue;
    communes.add(s.lieu.commune);
    lieux.set(s.lieu.id, s.lieu);
  }
  const ordre = (a: string, b: string) => a.localeCompare(b, _h.tag);
  return { communes: [...communes].sort(ordre), lieux: [...lieux.values()].sort((a, b) => ordre(a.nom, b.nom)) };
}

/** Sessions for a poster: `lieu:<id>` or `commune:<nom>`; cancelled and postponed ones are left off the wall. */
export function seancesAffiche(h: AgendaAteliers, pour: string): Seance[] {
  const [type, valeur] = [pour.slice(0, pour.indexOf(':')), pour.slice(pour.indexOf(':') + 1)];
  return h.calcul.seances.filter(
    (s) =>
      s.statut !== 'annule' &&
      s.statut !== 'reporte' &&
      !!s.lieu &&
      (type === 'lieu' ? s.lieu.id === valeur : s.lieu.commune === valeur),
  );
}

export function ouvrirAffiche(h: AgendaAteliers): void {
  const { communes, lieux } = choixAffiche(h, h.calcul.seances);
  const pour = communes[0] ? `commune:${communes[0]}` : lieux[0] ? `lieu:${lieux[0].id}` : '';
  h.affiche = { pour, format: 'A4' };
  h.focusApres = '#titre-affiche';
}

export function imprimerAffiche(h: AgendaAteliers, e: SubmitEvent): void {
  e.preventDefault();
  const f = new FormData(e.target as HTMLFormElement);
  const pour = String(f.get('pour') ?? '');
  const format = f.get('format') === 'A3' ? 'A3' : 'A4';
  h.affiche = { pour, format };
  if (!seancesAffiche(h, pour).length) {
    h.message = { texte: vuesDe(h).export.afficheVide, erreur: true };
    return;
  }
  h.message = undefined;
  h.impression = { quoi: 'affiche', format, pour };
}

export async function mettreAJourCarte(h: AgendaAteliers): Promise<void> {
  const cadre = h.renderRoot.querySelector<HTMLElement>('.carte-maplibre');
  if (!cadre) return;
  if (!h.carteDemandee) {
    h.carteDemandee = true;
    const { creerCarte, webglDisponible } = await import('../../carte/carte.js');
    if (!webglDisponible()) {
      h.etatCarte = 'sans-webgl';
      return;
    }
    h.etatCarte = 'chargement';
    const t = h.pret?.annuaire.territoire;
    try {
      const carte = await creerCarte({
        conteneur: cadre,
        fond: h.fond || FOND_PAR_DEFAUT,
        ...(t?.centre ? { centre: [t.centre.longitude, t.centre.latitude] as [number, number] } : {}),
        ...(t?.zoom !== undefined ? { zoom: t.zoom } : {}),
        textes: {
          region: vuesDe(h).carte.region,
          groupe: vuesDe(h).carte.groupe,
          point: vuesDe(h).carte.point,
          locale: localeChargee(h.code)?.maplibre ?? (await import('../../i18n/maplibre.fr.js')).maplibreFr,
        },
        surSelection: (id) => {
          h.lieuChoisi = id;
          h.focusApres = '#titre-lieu-choisi';
        },
        surFondIndisponible: () => (h.fondIndisponible = true),
      });
      if (!h.isConnected) return void carte.detruire();
      h.carte = carte;
      h.etatCarte = 'prete';
      h.pointsAffiches = undefined;
    } catch (e) {
      console.warn('agenda-ateliers : la carte n’a pas pu démarrer', e);
      h.etatCarte = 'erreur';
      return;
    }
  }
  const carte = h.carte;
  if (!carte) return;
  // Shown again after another view (it was display: none): MapLibre measures its frame anew.
  if (!h.carteVisible) carte.redimensionner();
  h.carteVisible = true;
  const seances = h.calcul.seances;
  carte.selectionner(h.lieuChoisi);
  if (h.pointsAffiches === seances) return;
  h.pointsAffiches = seances;
  carte.afficher(
    lieuxAvecSeances(h, seances).map(({ lieu, n }) => ({
      id: lieu.id,
      longitude: lieu.longitude!,
      latitude: lieu.latitude!,
      nom: vuesDe(h).carte.lieu(lieu.nom, n),
    })),
    { cadrer: true },
  );
}

/** Places with sessions in the selection and coordinates, with their number of sessions. */
export function lieuxAvecSeances(h: AgendaAteliers, seances: readonly Seance[]): { lieu: Lieu; n: number }[] {
  const par = new Map<string, { lieu: Lieu; n: number }>();
  for (const s of seances) {
    const l = s.lieu;
    if (!l || l.latitude === undefined || l.longitude === undefined) continue;
    const e = par.get(l.id);
    if (e) e.n++;
    else par.set(l.id, { lieu: l, n: 1 });
  }
  return [...par.values()];
}

const basculer = <T,>(liste: readonly T[], v: T, coche: boolean): T[] =>
  coche ? [...liste.filter((x) => x !== v), v] : liste.filter((x) => x !== v);

export function renderFiltres(h: AgendaAteliers, f: FiltresUi): TemplateResult {
  const m = tout(h);
  const ateliers = h.ateliers;
  const themes = [...new Set(ateliers.flatMap((a) => a.thematiques))].sort((a, b) =>
    libelleTheme(h, a).localeCompare(libelleTheme(h, b), h.tag),
  );
  const publics = [...new Set(ateliers.flatMap((a) => a.publics ?? []))];
  const coche = <T,>(nom: string, valeurs: readonly T[], choisies: readonly T[], libelle: (v: T) => string, cle: keyof FiltresUi) =>
    valeurs.map(
      (v, i) => html`<div class="case">
        <input
          type="checkbox"
          id="${nom}-${i}"
          name=${nom}
          .checked=${choisies.includes(v)}
          @change=${(e: Event) =>
            h.changerFiltres({ [cle]: basculer(choisies, v, (e.target as HTMLInputElement).checked) } as Partial<FiltresUi>)}
        />
        <label for="${nom}-${i}">${libelle(v)}</label>
      </div>`,
    );
  return html`<section id="filtres" class="filtres" part="filtres" aria-labelledby="titre-filtres">
    ${h.titre(1, 'titre-filtres', m.filtres.titre)}
    <fieldset>
      <legend>${m.filtres.quand}</legend>
      ${(['tout', 'cette-semaine', 'semaine-prochaine', 'jour'] as const).map(
        (p) => html`<div class="case">
          <input
            type="radio"
            id="periode-${p}"
            name="periode"
            .checked=${f.periode === p}
            @change=${() => h.changerFiltres({ periode: p, jour: p === 'jour' ? f.jour || h.debutFenetre : f.jour })}
          />
          <label for="periode-${p}">${m.filtres.periodes[p](h.semaines || 4)}</label>
        </div>`,
      )}
      ${f.periode === 'jour'
        ? html`<div class="champ">
            <label for="jour">${m.filtres.jour}</label>
            <input
              id="jour"
              type="date"
              min=${h.aujourdhui}
              .value=${f.jour}
              @change=${(e: Event) => h.changerFiltres({ jour: (e.target as HTMLInputElement).value })}
            />
          </div>`
        : nothing}
    </fieldset>
    <div class="champ">
      <label for="theme">${m.filtres.theme}</label>
      <select id="theme" @change=${(e: Event) => h.changerFiltres({ theme: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!f.theme}>${m.filtres.themeTous}</option>
        ${themes.map((t) => html`<option value=${t} ?selected=${f.theme === t}>${libelleTheme(h, t)}</option>`)}
      </select>
    </div>
    <fieldset>
      <legend>${m.filtres.niveau}</legend>
      ${coche('niveau-requis', NIVEAUX, f.niveaux, (v) => m.seance.niveaux[v], 'niveaux')}
    </fieldset>
    <fieldset>
      <legend>${m.filtres.format}</legend>
      ${coche('format', FORMATS, f.formats, (v) => m.filtres.formats[v], 'formats')}
    </fieldset>
    ${publics.length
      ? html`<fieldset>
          <legend>${m.filtres.public}</legend>
          ${coche('public', publics, f.publics, (v) => m.publics[v] ?? v, 'publics')}
        </fieldset>`
      : nothing}
    <fieldset>
      <legend>${m.filtres.prix}</legend>
      ${coche('frais', FRAIS, f.frais, (v) => m.filtres.frais[v], 'frais')}
    </fieldset>
    <fieldset>
      <legend>${m.filtres.ou}</legend>
      <div class="champ">
        <label for="commune">${m.filtres.commune}</label>
        <p class="aide" id="commune-aide">${m.filtres.communeAide}</p>
        <input
          id="commune"
          type="text"
          autocomplete="address-level2"
          aria-describedby="commune-aide"
          .value=${f.commune}
          @change=${(e: Event) => {
            const { position: _p, ...reste } = h.filtres;
            h.filtres = reste;
            h.changerFiltres({ commune: (e.target as HTMLInputElement).value });
          }}
        />
      </div>
      <div class="champ">
        <label for="rayon">${m.filtres.rayon}</label>
        <select id="rayon" @change=${(e: Event) => h.changerFiltres({ rayonKm: Number((e.target as HTMLSelectElement).value) })}>
          ${RAYONS.map(
            (r) =>
              html`<option value=${r} ?selected=${f.rayonKm === r}>${r ? m.filtres.rayonKm(r) : m.filtres.rayonCommune}</option>`,
          )}
        </select>
      </div>
      ${'geolocation' in navigator
        ? html`<button type="button" class="bouton-secondaire" @click=${() => localiser(h)}>${m.filtres.localiser}</button>`
        : nothing}
    </fieldset>
    <div class="case">
      <input
        type="checkbox"
        id="places"
        .checked=${f.placesDisponibles}
        @change=${(e: Event) => h.changerFiltres({ placesDisponibles: (e.target as HTMLInputElement).checked })}
      />
      <label for="places">${m.filtres.places}</label>
    </div>
    <div class="actions">
      <button type="button" class="bouton-secondaire" @click=${() => {
        h.changerFiltres({ ...FILTRES_VIDES, texte: h.filtres.texte });
        h.focusApres = '#bouton-filtres';
      }}>${m.filtres.effacer}</button>
      <button
        type="button"
        class="bouton-principal"
        @click=${() => {
          h.filtresOuverts = false;
          h.focusApres = '#bouton-filtres';
        }}
      >
        ${m.filtres.fermer}
      </button>
    </div>
  </section>`;
}

/** A workshop theme in the element's language: this table, else the national standard's words, else as written. */
export function libelleTheme(h: AgendaAteliers, t: string): string {
  const l = localeChargee(h.code);
  return (vuesDe(h).themes as Record<string, string>)[t] ?? l?.standard[t] ?? t.replace(/_/g, ' ');
}

export function renderSemaine(h: AgendaAteliers, seances: readonly Seance[]): TemplateResult {
  const m = tout(h);
  const { du, au } = h.calcul;
  const premierLundi = lundiDe(du);
  const nbSemaines = Math.floor((dateUtc(lundiDe(au)).getTime() - dateUtc(premierLundi).getTime()) / (7 * 864e5)) + 1;
  const premiere = seances[0] ? Math.floor((dateUtc(lundiDe(seances[0].date)).getTime() - dateUtc(premierLundi).getTime()) / (7 * 864e5)) : 0;
  const index = Math.max(0, Math.min(h.semaineIndex ?? premiere, nbSemaines - 1));
  const lundi = ajouterJours(premierLundi, index * 7);
  const dimanche = ajouterJours(lundi, 6);
  const parDate = new Map<string, Seance[]>();
  for (const s of seances) if (s.date >= lundi && s.date <= dimanche) (parDate.get(s.date) ?? parDate.set(s.date, []).get(s.date)!).push(s);
  const ouverte = h.seanceSemaine ? seances.find((s) => cleSeance(s) === h.seanceSemaine) : undefined;
  const jours = Array.from({ length: 7 }, (_, i) => ajouterJours(lundi, i));
  const allerA = (i: number) => {
    h.semaineIndex = i;
    h.seanceSemaine = undefined;
    h.focusApres = '#titre-semaine';
  };
  return html`<div class="semaine" part="semaine">
    <div class="semaine-tete">
      <button type="button" class="bouton-secondaire" ?disabled=${index === 0} @click=${() => allerA(index - 1)}>
        <span class="fleche" aria-hidden="true">‹</span>\u00a0${m.semaine.precedente}
      </button>
      ${h.titre(1, 'titre-semaine', m.semaine.titre(jourMois(h, lundi), jourMoisAn(h, dimanche)), 'titre-jour')}
      <button type="button" class="bouton-secondaire" ?disabled=${index >= nbSemaines - 1} @click=${() => allerA(index + 1)}>
        ${m.semaine.suivante}\u00a0<span class="fleche" aria-hidden="true">›</span>
      </button>
    </div>
    <ol class="semaine-grille">
      ${jours.map((d) => {
        const liste = parDate.get(d) ?? [];
        const hors = d < du || d > au;
        return html`<li class="semaine-jour ${d === h.aujourdhui ? 'aujourdhui' : ''} ${hors ? 'hors' : ''}">
          ${h.titre(2, undefined, date(d, h.tag, { weekday: 'short', day: 'numeric' }), 'titre-jour-court')}
          ${liste.length
            ? html`<ul>
                ${liste.slice(0, PAR_JOUR_SEMAINE).map(
                  (s) => html`<li>
                    <button
                      type="button"
                      class="semaine-seance statut-${s.statut}"
                      aria-expanded=${cleSeance(s) === h.seanceSemaine ? 'true' : 'false'}
                      @click=${() => h.ouvrirDansSemaine(s)}
                    >
                      <span class="heure">${heure(s.debut, h.tag)}</span> <bdi>${s.atelier.titre}</bdi>${h.marqueStatut(s)
                        ? html`\u0020<strong>(${h.marqueStatut(s)})</strong>`
                        : nothing}
                    </button>
                  </li>`,
                )}
                ${liste.length > PAR_JOUR_SEMAINE
                  ? html`<li>
                      <button
                        type="button"
                        class="lien-bouton"
                        @click=${() => {
                          h.changerFiltres({ periode: 'jour', jour: d });
                          h.vueActive = 'liste';
                          h.focusApres = '#titre';
                        }}
                      >
                        ${m.semaine.autres(liste.length - PAR_JOUR_SEMAINE)}
                      </button>
                    </li>`
                  : nothing}
              </ul>`
            : html`<p class="semaine-vide">${m.semaine.vide}</p>`}
        </li>`;
      })}
    </ol>
    ${ouverte
      ? html`<div class="semaine-detail">
          ${h.renderSeance(ouverte, 1, 'semaine', true)}
          <button
            type="button"
            class="bouton-secondaire"
            @click=${() => {
              h.seanceSemaine = undefined;
              h.focusApres = '#titre-semaine';
            }}
          >
            ${m.semaine.fermer}
          </button>
        </div>`
      : nothing}
  </div>`;
}

/**
 * The map's frame: rendered by the element at a fixed place once the map is asked for, and hidden (not removed)
 * in the other views, so that MapLibre starts once and keeps its view.
 */
export function renderCadreCarte(h: AgendaAteliers, visible: boolean): TemplateResult {
  const m = tout(h);
  if (h.etatCarte === 'sans-webgl' || h.etatCarte === 'erreur') {
    return visible ? html`<p class="alerte" role="status">${h.etatCarte === 'sans-webgl' ? m.carte.sansWebgl : m.carte.erreur}</p>` : html``;
  }
  return html`<div class="carte" part="carte" ?hidden=${!visible}>
    <div class="carte-maplibre"></div>
    ${h.etatCarte === 'chargement' ? html`<p class="carte-info" role="status">${m.carte.chargement}</p>` : nothing}
    ${h.fondIndisponible ? html`<p class="carte-info" role="status">${m.carte.fondIndisponible}</p>` : nothing}
  </div>`;
}

/** Under the map: the sessions held online, and the sessions of the place chosen on the map. */
export function renderCarte(h: AgendaAteliers, seances: readonly Seance[]): TemplateResult {
  const m = tout(h);
  const enLigne = seances.filter((s) => !s.lieu || s.lieu.latitude === undefined).length;
  const choisi = h.lieuChoisi ? h.lieux.get(h.lieuChoisi) : undefined;
  const duLieu = choisi ? seances.filter((s) => s.lieu?.id === choisi.id) : [];
  return html`<div class="vue-carte">
    ${enLigne ? html`<p class="info">${m.carte.enLigne(enLigne)}</p>` : nothing}
    ${choisi
      ? html`<section class="lieu-choisi" aria-labelledby="titre-lieu-choisi">
          ${h.titre(1, 'titre-lieu-choisi', m.carte.lieu(choisi.nom, duLieu.length))}
          <ul class="seances">
            ${duLieu.map((s) => html`<li>${h.renderSeance(s, 2, 'carte')}</li>`)}
          </ul>
        </section>`
      : html`<p class="info">${m.carte.choisir}</p>`}
  </div>`;
}

export function renderFormAffiche(h: AgendaAteliers): TemplateResult {
  const m = { ...h.m.export, ...vuesDe(h).export };
  const { communes, lieux } = choixAffiche(h, h.calcul.seances);
  const a = h.affiche!;
  return html`<section class="form-affiche" aria-labelledby="titre-affiche">
    ${h.titre(1, 'titre-affiche', m.afficheTitre)}
    <p>${m.afficheAide}</p>
    <form @submit=${(e: SubmitEvent) => imprimerAffiche(h, e)}>
      <div class="champ">
        <label for="affiche-pour">${m.afficheOu}</label>
        <select id="affiche-pour" name="pour">
          <optgroup label=${m.afficheCommunes}>
            ${communes.map((c) => html`<option value="commune:${c}" ?selected=${a.pour === `commune:${c}`}>${c}</option>`)}
          </optgroup>
          <optgroup label=${m.afficheLieux}>
            ${lieux.map((l) => html`<option value="lieu:${l.id}" ?selected=${a.pour === `lieu:${l.id}`}>${h.code === 'ar' ? isoler(`${l.nom} (${l.commune})`) : `${l.nom} (${l.commune})`}</option>`)}
          </optgroup>
        </select>
      </div>
      <fieldset>
        <legend>${m.afficheFormat}</legend>
        ${(['A4', 'A3'] as const).map(
          (f) => html`<div class="case">
            <input type="radio" id="format-${f}" name="format" value=${f} ?checked=${a.format === f} />
            <label for="format-${f}">${f}</label>
          </div>`,
        )}
      </fieldset>
      <div class="actions">
        <button type="submit" class="bouton-principal">${m.afficheImprimer}</button>
        <button
          type="button"
          class="bouton-secondaire"
          @click=${() => {
            h.affiche = undefined;
            h.message = undefined;
            h.focusApres = '#bouton-affiche';
          }}
        >
          ${m.annuler}
        </button>
      </div>
    </form>
  </section>`;
}

/** The poster: large type, one block per day, only what a person needs to come. */
export function renderAffiche(h: AgendaAteliers, pour: string, format: 'A4' | 'A3'): TemplateResult {
  const m = vuesDe(h).affiche;
  const tag = h.tag;
  const seances = seancesAffiche(h, pour);
  const valeur = pour.slice(pour.indexOf(':') + 1);
  const parLieu = pour.startsWith('lieu:');
  const titre = parLieu ? m.titreLieu(h.lieux.get(valeur)?.nom ?? valeur) : m.titreCommune(valeur);
  const { du, au } = h.calcul;
  const aujourdhui = h.aujourdhui;
  return html`<section class="affiche affiche-${format}" part="affiche" aria-hidden="true">
    <h1>${titre}</h1>
    <p class="affiche-periode">${m.sousTitre(jourMois(h, du), jourMoisAn(h, au))}</p>
    ${parJour(seances, '', '', h.jours).map(
      (j) => html`<div class="affiche-jour">
        <h2>${j.libelle}</h2>
        <ul>
          ${j.seances.map((s) => {
            const a = s.atelier;
            // A phone number never breaks across lines on paper.
            const ins = a.inscription?.telephone ? telephoneLisible(a.inscription.telephone).replace(/ /g, '\u00a0') : a.inscription?.courriel;
            return html`<li>
              <span class="affiche-heure">${heure(s.debut, tag)} – ${heure(s.fin, tag)}</span>
              <strong><bdi>${a.titre}</bdi></strong>${h.marqueStatut(s) ? html`\u0020(${m.complet})` : nothing}
              <span class="affiche-infos"
                >${[
                  parLieu || !s.lieu ? '' : h.code === 'ar' ? isoler(s.lieu.nom) : s.lieu.nom,
                  a.niveau ? h.m.seance.niveaux[a.niveau] : h.m.seance.tousNiveaux,
                  a.frais.includes('gratuit') ? m.gratuit : '',
                  ins ? m.inscription(ins) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}</span
              >
            </li>`;
          })}
        </ul>
      </div>`,
    )}
    <p class="affiche-pied">${m.pied(jourMoisAn(h, aujourdhui))}</p>
  </section>`;
}

export function localiser(h: AgendaAteliers): void {
  const mv = vuesDe(h);
  if (!navigator.geolocation) return void (h.message = { texte: mv.filtres.positionErreur, erreur: true });
  navigator.geolocation.getCurrentPosition(
    (p) => {
      h.changerFiltres({
        position: { latitude: p.coords.latitude, longitude: p.coords.longitude },
        commune: '',
        rayonKm: h.filtres.rayonKm || 10,
      });
      h.message = { texte: mv.filtres.position };
    },
    () => (h.message = { texte: mv.filtres.positionErreur, erreur: true }),
    { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 },
  );
}

/** Paper size through the page's own sheet (`@page` does not apply from inside a shadow root), then print. */
export function imprimer(h: AgendaAteliers): void {
  const i = h.impression!;
  try {
    h.feuillePage ??= new CSSStyleSheet();
    h.feuillePage.replaceSync(`@page { size: ${i.format} portrait; margin: 12mm; }`);
    if (!document.adoptedStyleSheets.includes(h.feuillePage)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, h.feuillePage];
    }
  } catch {
    // Older browsers: the printer's default paper.
  }
  const seances = i.quoi === 'affiche' ? seancesAffiche(h, i.pour!).length : Math.min(h.calcul.seances.length, IMPRESSION_MAX);
  h.exporter({
    quoi: i.quoi,
    seances,
    ...(i.pour ? { pour: i.pour.slice(i.pour.indexOf(':') + 1) } : {}),
    ...(i.quoi === 'affiche' ? { format: i.format } : {}),
  });
  // Once printed (or cancelled): the page's paper size goes, and the screen comes back.
  window.addEventListener(
    'afterprint',
    () => {
      if (h.feuillePage) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((f) => f !== h.feuillePage);
      h.impression = undefined;
    },
    { once: true },
  );
  window.print();
}

/** The reasons why workshops of the file were set aside, in words: title (or id) and why. */
export function renderRaisons(h: AgendaAteliers, rejets: readonly Rejet[]): TemplateResult {
  const m = vuesDe(h).rejets;
  const mc = localeChargee(h.code)?.commun ?? fr;
  return html`<ul>
    ${rejets.map((r) => html`<li>${m.raison(r.nom ?? r.id ?? m.numero(r.index + 1), r.raisons.map((i) => decrireIssue(i, mc)).join(' ; '))}</li>`)}
  </ul>`;
}

/** The commune's centre from the directory's places (as requetes.ts does, without building its index). */
export function localiserCommune(lieux: readonly Lieu[], saisie: string): { latitude: number; longitude: number } | undefined {
  const s = saisie.trim();
  const cle = replier(s);
  let lat = 0;
  let lon = 0;
  let n = 0;
  for (const l of lieux) {
    if (l.latitude === undefined || l.longitude === undefined) continue;
    if (l.code_postal !== s && l.code_insee !== s.toUpperCase() && replier(l.commune) !== cle) continue;
    lat += l.latitude;
    lon += l.longitude;
    n++;
  }
  return n ? { latitude: lat / n, longitude: lon / n } : undefined;
}

/** The filters of the data layer, from the form. */
export function filtresAgenda(h: AgendaAteliers, f: FiltresUi): { filtres: FiltresAgenda; du: string; au: string; erreurCommune?: string } {
  const du0 = h.debutFenetre;
  let du = du0;
  let au = h.finFenetre;
  if (f.periode === 'cette-semaine') au = ajouterJours(lundiDe(du0), 6);
  else if (f.periode === 'semaine-prochaine') {
    du = ajouterJours(lundiDe(du0), 7);
    au = ajouterJours(du, 6);
  } else if (f.periode === 'jour' && /^\d{4}-\d{2}-\d{2}$/.test(f.jour)) du = au = f.jour;
  const formats = f.formats.filter((x): x is 'collectif' | 'individuel' => x !== 'a_distance');
  const filtres: FiltresAgenda = {
    ...(f.texte.trim() ? { texte: f.texte } : {}),
    ...(f.theme ? { thematiques: [f.theme] } : {}),
    ...(f.niveaux.length ? { niveaux: f.niveaux } : {}),
    ...(formats.length ? { formats } : {}),
    ...(f.formats.includes('a_distance') ? { modalites: ['a_distance' as const] } : {}),
    ...(f.publics.length ? { publics: f.publics } : {}),
    ...(f.frais.length ? { frais: f.frais } : {}),
    ...(f.placesDisponibles ? { placesDisponibles: true } : {}),
  };
  let erreurCommune: string | undefined;
  if (f.position) {
    filtres.autour = { ...f.position, rayonKm: f.rayonKm || 10 };
  } else if (f.commune.trim()) {
    if (!f.rayonKm) filtres.communes = [f.commune.trim()];
    else {
      const c = localiserCommune(h.pret?.annuaire.lieux ?? [], f.commune);
      if (c) filtres.autour = { latitude: c.latitude, longitude: c.longitude, rayonKm: f.rayonKm };
      else erreurCommune = f.commune.trim();
    }
  }
  return { filtres, du, au, ...(erreurCommune ? { erreurCommune } : {}) };
}
