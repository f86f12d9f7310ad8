/**
 * <agenda-ateliers> in a real Chromium: real fetch of the fixtures, real lazy chunks (vues.ts, flux.ts), real axe,
 * real MapLibre on SwiftShader. The window is pinned with `du="2026-11-23"` (a Monday) and 4 weeks (to Sunday
 * 20 December 2026), so that nothing depends on today's date; only « Aujourd’hui » / « Demain » would, and they are
 * computed from the real date below.
 *
 * The fixture test/fixtures/agenda/annuaire.json, counted by hand (15 sessions in the window, 14 days):
 *   24/11 14:00 smartphone (CS Bourgogne, Tourcoing; weekly on Tuesdays, 3 seats left; 8/12 in `sauf`)
 *   25/11 10:00 e-mail (Maison de quartier du Pile, Roubaix), Complet
 *   27/11 14:00 arnaques (CS Bourgogne), this session Annulé
 *   30/11 10:00 bureautique (EPN Lille Moulins, Lille), mixte, weekly on Mondays until 14/12
 *   01/12 10:00 café numérique (Pile) — 01/12 14:00 smartphone
 *   03/12 09:30 démarches (Médiathèque, Tourcoing; 1st and 3rd Thursdays), individuel, gratuit + Pass numérique
 *   04/12 14:00 arnaques, 1 seat left
 *   05/12 10:00 photos (Médiathèque), Reporté, avancé, payant
 *   07/12 bureautique — 09/12 18:00 sécurité en ligne (online, no place) — 12/12 hostile workshop (Pile)
 *   14/12 bureautique — 15/12 smartphone — 17/12 démarches
 * plus four broken workshops (unknown place, no date, ends before it starts, recurrence without end).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { ContextEvent } from '@lit/context';
import type { Map as MapLibre } from 'maplibre-gl';
import '../../src/components/annuaire-inclusion/annuaire-inclusion.js';
import '../../src/components/agenda-ateliers/agenda-ateliers.js';
import type { AgendaAteliers } from '../../src/components/agenda-ateliers/agenda-ateliers.js';
import type { Carte } from '../../src/carte/carte.js';
import { diagnosticContext, type ValeurDiagnostic } from '../../src/context/diagnostic.js';
import { evaluer, type ResultatDiagnostic } from '../../src/data/diagnostic.js';
import type { AgendaExportDetail, AgendaInscriptionDetail, AgendaSeanceOuverteDetail } from '../../src/events/agenda-events.js';

// Many modules are loaded already: without this, new resource entries could be dropped unseen.
performance.setResourceTimingBufferSize(100000);

const SRC = '/test/fixtures/agenda/annuaire.json';
const FLUX = '/test/fixtures/agenda/flux.json';
const DU = '2026-11-23';
const TOTAL = 15;

type Agenda = AgendaAteliers;
const racine = (el: Element) => el.shadowRoot!;
const texte = (n: Element | ShadowRoot | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => racine(el).querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...racine(el).querySelectorAll<T>(s)];
const actif = (el: Element) => racine(el).activeElement as HTMLElement | null;
const existe = (el: Element, s: string) => !!racine(el).querySelector(s);
/** A button or link of the element, by its words. */
function bouton<T extends HTMLElement = HTMLButtonElement>(el: Element, libelle: string, dans = ''): T {
  const b = $$<T>(el, `${dans} button, ${dans} a`).find((x) => texte(x) === libelle);
  if (!b) throw new Error(`pas de « ${libelle} » : ${$$(el, 'button, a').map(texte).join(' | ')}`);
  return b;
}
const aBouton = (el: Element, libelle: string | RegExp) =>
  $$(el, 'button, a').some((x) => (typeof libelle === 'string' ? texte(x) === libelle : libelle.test(texte(x))));
const compte = (el: Element) => texte($(el, '.compte'));
const seances = (n: number) => `${n} séance${n > 1 ? 's' : ''} d’atelier`;
/** The id the element gives a session's heading: `titre-s-<atelier>-<date>-<hh>-<mm>`. */
const idTitre = (atelier: string, date: string, debut: string) => `titre-s-${atelier}-${date}-${debut.replace(':', '-')}`;
function carte(el: Element, atelier: string, date: string, debut: string): HTMLElement {
  const t = $(el, `#${idTitre(atelier, date, debut)}`);
  if (!t) throw new Error(`pas de séance ${atelier} le ${date} à ${debut} : ${$$(el, '.titre-seance').map((x) => x.id).join(', ')}`);
  return t.closest('article')!;
}
/** Card titles in the order shown (the status mark, if any, is part of the heading). */
const titresCartes = (el: Element, dans = '') => $$(el, `${dans} .titre-seance`).map(texte);
const joursAffiches = (el: Element) => $$(el, '.liste .titre-jour').map(texte);
/** Text as laid out (a <br> is a space), for the place's lines. */
const lu = (n: Element | null | undefined) => ((n as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();

// Today in Paris, from the real date: « Aujourd’hui » / « Demain » are only expected on those days.
const aujourdhuiParis = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
function plusJours(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
function jourAttendu(date: string, libelle: string): string {
  const a = aujourdhuiParis();
  return date === a ? 'Aujourd’hui' : date === plusJours(a, 1) ? 'Demain' : libelle;
}
/** The days of the fixture's window that have sessions, with their label written by hand. */
const JOURS: [string, string][] = [
  ['2026-11-24', 'Mardi 24 novembre'],
  ['2026-11-25', 'Mercredi 25 novembre'],
  ['2026-11-27', 'Vendredi 27 novembre'],
  ['2026-11-30', 'Lundi 30 novembre'],
  ['2026-12-01', 'Mardi 1er décembre'],
  ['2026-12-03', 'Jeudi 3 décembre'],
  ['2026-12-04', 'Vendredi 4 décembre'],
  ['2026-12-05', 'Samedi 5 décembre'],
  ['2026-12-07', 'Lundi 7 décembre'],
  ['2026-12-09', 'Mercredi 9 décembre'],
  ['2026-12-12', 'Samedi 12 décembre'],
  ['2026-12-14', 'Lundi 14 décembre'],
  ['2026-12-15', 'Mardi 15 décembre'],
  ['2026-12-17', 'Jeudi 17 décembre'],
];
const libelle = (date: string) => jourAttendu(date, JOURS.find(([d]) => d === date)![1]);

/** The UTC instant of a wall time in Paris, computed here (not with the kit's code), as an .ics date. */
function utcParis(date: string, hhmm: string): string {
  const voulu = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), +hhmm.slice(0, 2), +hhmm.slice(3, 5));
  const mur = (t: number) => {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
        .formatToParts(new Date(t))
        .map((x) => [x.type, x.value]),
    );
    return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!);
  };
  let t = voulu - (mur(voulu) - voulu);
  t -= mur(t) - voulu;
  return new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Waits until the directory is read and the agenda (or its own state) is shown. */
async function pret(el: Agenda): Promise<void> {
  await waitUntil(() => $(el, '.compte') || $(el, '.etat:not([role="status"]), .etat-erreur') || (texte($(el, '.etat')) && !texte($(el, '.etat')).startsWith('Chargement')), `l’agenda ne s’affiche pas : ${texte(racine(el)).slice(0, 200)}`, { timeout: 8000 });
  await el.updateComplete;
}

async function agenda(extra = ''): Promise<Agenda> {
  let el: Agenda;
  if (extra === 'semaine') el = await fixture<Agenda>(html`<agenda-ateliers src=${SRC} du=${DU} fond="aucun" vue="semaine"></agenda-ateliers>`);
  else el = await fixture<Agenda>(html`<agenda-ateliers src=${SRC} du=${DU} fond="aucun"></agenda-ateliers>`);
  await pret(el);
  return el;
}

async function chercher(el: Agenda, mots: string): Promise<void> {
  const champ = $<HTMLInputElement>(el, '#texte')!;
  champ.value = mots;
  champ.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function ouvrirFiltres(el: Agenda): Promise<void> {
  const b = $(el, '#bouton-filtres')!;
  if (b.getAttribute('aria-expanded') !== 'true') b.click();
  await waitUntil(() => $(el, '#filtres'), 'le panneau des filtres ne s’ouvre pas', { timeout: 10000 });
  await el.updateComplete;
}

/** Ticks (or unticks) a box or picks a radio of the filter panel, by its label. */
async function cocher(el: Agenda, libelleCase: string): Promise<void> {
  await ouvrirFiltres(el);
  const label = $$(el, '#filtres label').find((l) => texte(l) === libelleCase);
  if (!label) throw new Error(`pas de case « ${libelleCase} » : ${$$(el, '#filtres label').map(texte).join(' | ')}`);
  racine(el).getElementById(label.getAttribute('for')!)!.click();
  await el.updateComplete;
}

async function choisir(el: Agenda, id: string, libelleOption: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  const option = [...select.options].find((o) => texte(o) === libelleOption);
  if (!option) throw new Error(`pas de « ${libelleOption} » dans #${id} : ${[...select.options].map(texte).join(' | ')}`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function saisir(el: Agenda, id: string, valeur: string): Promise<void> {
  const champ = $<HTMLInputElement>(el, `#${id}`)!;
  champ.value = valeur;
  champ.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Presses Tab until the focused element of the element passes the test (keyboard only). */
async function tabJusqua(el: Agenda, ok: (a: HTMLElement) => boolean, quoi: string, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = actif(el);
    if (a && ok(a)) return a;
  }
  throw new Error(`${quoi} jamais atteint avec Tab ; focus sur : ${texte(actif(el))}`);
}

/** Links of the element are not followed during a test (no new tab, no tel:/mailto: handler, no download). */
function sansNavigation(): () => void {
  const f = (e: Event) => {
    if ((e.composedPath()[0] as Element).closest?.('a')) e.preventDefault();
  };
  window.addEventListener('click', f, true);
  return () => window.removeEventListener('click', f, true);
}

/** Clicks a calendar link and reads the file behind it (a blob: URL, nothing requested). */
async function lireIcs(lien: HTMLAnchorElement, avant = ''): Promise<string> {
  lien.click();
  await waitUntil(() => lien.href.startsWith('blob:') && lien.href !== avant, 'le lien ne reçoit pas de fichier', { timeout: 10000 });
  return (await fetch(lien.href)).text();
}
const deplier = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
const evenements = (ics: string) => deplier(ics).split('BEGIN:VEVENT').slice(1);
const champIcs = (bloc: string, nom: string) => bloc.split('\r\n').find((l) => l.startsWith(`${nom}:`))?.slice(nom.length + 1);

function diagnosticDebutant(): ResultatDiagnostic {
  const r = evaluer({
    appareils: ['smartphone'],
    internet: 'maison',
    competences: { allumer: 'aide', message: 'non', lien: 'non', 'mot-de-passe': 'non', 'photo-document': 'non', demarche: 'non' },
    francais: 'facile',
    envie: 'oui',
    urgence: 'non',
  });
  expect(r.niveau, 'le diagnostic de test est celui d’une personne débutante').to.equal('debutant');
  return r;
}

/** What the map really draws: the sum of cluster counts and single points rendered by WebGL. */
function totalDessine(c: Carte): number {
  const map = c.instance as MapLibre;
  const groupes = new Map<number, number>();
  for (const f of map.queryRenderedFeatures({ layers: ['lieux-groupes'] })) {
    groupes.set(f.properties!.cluster_id as number, f.properties!.point_count as number);
  }
  const seuls = new Set(map.queryRenderedFeatures({ layers: ['lieux-points'] }).map((f) => f.properties!.id as string));
  return [...groupes.values()].reduce((a, b) => a + b, 0) + seuls.size;
}

async function carteDe(el: Agenda): Promise<Carte> {
  await waitUntil(() => el.carte, `la carte ne démarre pas (${el.etatCarte})`, { timeout: 20000 });
  await el.carte!.attendreRepos();
  return el.carte!;
}

/** Distance (km) on the sphere, written here again so that the test does not trust the kit's own. */
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2 +
    Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('<agenda-ateliers>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  // First of the file on purpose: a module is fetched once per page.
  it('fetches neither its lazy views nor MapLibre for the list, and MapLibre only once « Carte » is chosen', async function () {
    this.timeout(40000);
    const noms = () => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(noms().filter((n) => /maplibre|agenda-ateliers\/vues/i.test(n)), 'ce test doit passer avant tout autre').to.deep.equal([]);
    const el = await agenda();
    expect(compte(el)).to.equal(seances(TOTAL));
    $$<HTMLButtonElement>(el, '.actions-seance button')[0]!.click(); // « Plus d’informations »: loads the views, not the map
    await waitUntil(() => noms().some((n) => /agenda-ateliers\/vues\.(ts|js)/.test(n)), 'les vues ne se chargent pas', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(noms().filter((n) => /maplibre/i.test(n)), 'MapLibre dans la liste').to.deep.equal([]);
    bouton(el, 'Carte').click();
    await el.updateComplete;
    expect(bouton(el, 'Carte').getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => noms().some((n) => /maplibre/i.test(n)), 'MapLibre jamais chargé pour la carte', { timeout: 15000 });
    await carteDe(el);
  });

  describe('list by day', () => {
    it('shows the days in French (« Mardi 1er décembre »), in order, and each day’s sessions in time order', async () => {
      const el = await agenda();
      expect(texte($(el, '#titre'))).to.equal('Agenda des ateliers numériques');
      expect(compte(el)).to.equal(seances(TOTAL));
      expect(joursAffiches(el)).to.deep.equal(JOURS.map(([d, l]) => jourAttendu(d, l)));
      expect($$(el, '.liste article.seance').length).to.equal(TOTAL);
      // 1 December: the café at 10 h before the smartphone workshop at 14 h (the file lists them the other way).
      const premier = $$(el, '.liste section.jour').find((s) => texte(s.querySelector('.titre-jour')) === libelle('2026-12-01'))!;
      expect([...premier.querySelectorAll('.titre-seance')].map(texte)).to.deep.equal(['Café numérique', 'Prendre en main son smartphone']);
      expect([...premier.querySelectorAll('.quand')].map(texte)).to.deep.equal([
        `${libelle('2026-12-01')}, de 10 h à 11 h 30`,
        `${libelle('2026-12-01')}, de 14 h à 16 h`,
      ]);
      // `sauf` 8 December: no smartphone workshop that Tuesday; monthly « 1er et 3e jeudis »: 3 and 17 December.
      expect(existe(el, `#${idTitre('smartphone', '2026-12-08', '14:00')}`)).to.equal(false);
      const demarches = $$(el, '.titre-seance').filter((t) => texte(t) === 'Faire ses démarches en ligne (CAF, ameli)').map((t) => t.id);
      expect(demarches).to.deep.equal([idTitre('demarches', '2026-12-03', '09:30'), idTitre('demarches', '2026-12-17', '09:30')]);
    });

    it('headings follow niveau-titre: title 2, days 3, cards 4 by default; 4, 5, 6 with niveau-titre="4"', async () => {
      const el = await agenda();
      const niveaux = (e: Agenda) => ({
        titre: $(e, '#titre')!.getAttribute('aria-level'),
        jours: [...new Set($$(e, '.titre-jour').map((t) => t.getAttribute('aria-level')))],
        cartes: [...new Set($$(e, '.titre-seance').map((t) => t.getAttribute('aria-level')))],
      });
      expect($(el, '#titre')!.getAttribute('role')).to.equal('heading');
      expect(niveaux(el)).to.deep.equal({ titre: '2', jours: ['3'], cartes: ['4'] });
      const quatre = await fixture<Agenda>(html`<agenda-ateliers src=${SRC} du=${DU} niveau-titre="4"></agenda-ateliers>`);
      await pret(quatre);
      expect(niveaux(quatre)).to.deep.equal({ titre: '4', jours: ['5'], cartes: ['6'] });
    });

    it('a card says what, when, where, level, format, way, price and seats left, and how to register by phone', async () => {
      const el = await agenda();
      const c = carte(el, 'smartphone', '2026-11-24', '14:00');
      expect(texte(c.querySelector('.titre-seance'))).to.equal('Prendre en main son smartphone');
      expect(texte(c.querySelector('.quand'))).to.equal(`${libelle('2026-11-24')}, de 14 h à 16 h`);
      expect(lu(c.querySelector('.ou'))).to.equal('Centre social Bourgogne 12 rue de Bourgogne, 59200 Tourcoing');
      expect(texte(c.querySelector('.ou strong'))).to.equal('Centre social Bourgogne');
      expect([...c.querySelectorAll('.reperes li')].map(texte)).to.deep.equal(['Niveau débutant', 'En groupe', 'Sur place', 'Gratuit', 'Il reste 3 places']);
      expect(texte(c.querySelector('.inscription'))).to.include('Inscription obligatoire');
      expect(texte(c.querySelector('.inscription'))).to.include('Apportez votre téléphone chargé.');
      const tel = [...c.querySelectorAll<HTMLAnchorElement>('.inscription a')];
      expect(tel.map((a) => [texte(a), a.getAttribute('href')])).to.deep.equal([['Appeler le 03 20 36 93 66', 'tel:+33320369366']]);
      expect(c.querySelector('a[aria-label="Ajouter à mon agenda : Prendre en main son smartphone"]')).to.exist;

      const arnaques = carte(el, 'arnaques', '2026-12-04', '14:00');
      expect([...arnaques.querySelectorAll('.reperes li')].map(texte)).to.deep.equal(['Tous niveaux', 'En groupe', 'Sur place', 'Gratuit', 'Il reste 1 place']);
      const demarches = carte(el, 'demarches', '2026-12-03', '09:30');
      expect(texte(demarches.querySelector('.quand'))).to.equal(`${libelle('2026-12-03')}, de 9 h 30 à 11 h 30`);
      expect([...demarches.querySelectorAll('.reperes li')].map(texte)).to.deep.equal(['Niveau intermédiaire', 'Individuel', 'Sur place', 'Gratuit', 'Pass numérique accepté']);
      const bureautique = carte(el, 'bureautique-lille', '2026-11-30', '10:00');
      expect([...bureautique.querySelectorAll('.reperes li')].map(texte)).to.deep.equal(['Niveau avancé', 'En groupe', 'Sur place ou à distance', 'Payant : 3 € la séance']);
      const lienVisio = [...bureautique.querySelectorAll('a')].find((a) => texte(a) === 'Lien pour participer en ligne');
      expect(lienVisio?.getAttribute('href')).to.equal('https://visio.exemple.fr/bureautique');
      const visio = carte(el, 'visio-securite', '2026-12-09', '18:00');
      expect(texte(visio.querySelector('.ou'))).to.equal('En ligne');
      expect([...visio.querySelectorAll('.reperes li')].map(texte)).to.deep.equal(['Niveau intermédiaire', 'En groupe', 'À distance', 'Gratuit']);
    });

    it('marks « Complet », « Annulé », « Reporté »; cancelled and postponed sessions offer neither registration nor « Ajouter à mon agenda »', async () => {
      const el = await agenda();
      const complet = carte(el, 'email-complet', '2026-11-25', '10:00');
      expect(texte(complet.querySelector('.titre-seance'))).to.equal('Complet : Créer son adresse e-mail');
      expect(texte(complet.querySelector('.marque-statut'))).to.equal('Complet :');
      expect([...complet.querySelectorAll('.reperes li')].map(texte)).to.deep.equal(['Niveau débutant', 'En groupe', 'Sur place', 'Gratuit']);

      const annule = carte(el, 'arnaques', '2026-11-27', '14:00');
      expect(texte(annule.querySelector('.titre-seance'))).to.equal('Annulé : Se protéger des arnaques');
      expect(texte(annule)).to.include('Cette séance n’aura pas lieu.');
      expect(annule.classList.contains('inactive')).to.equal(true);
      const reporte = carte(el, 'photos-reporte', '2026-12-05', '10:00');
      expect(texte(reporte.querySelector('.titre-seance'))).to.equal('Reporté : Ranger ses photos');
      expect(texte(reporte)).to.include('Cette séance est déplacée : renseignez-vous auprès du lieu.');
      for (const c of [annule, reporte]) {
        expect(!!c.querySelector('.inscription'), texte(c.querySelector('.titre-seance'))).to.equal(false);
        expect([...c.querySelectorAll('a')].map(texte), texte(c.querySelector('.titre-seance'))).to.not.include('Ajouter à mon agenda');
        expect(!!c.querySelector('a[href^="tel:"], a[href^="mailto:"], a[href^="https:"]')).to.equal(false);
      }
      // The other session of the same workshop is on, with its e-mail and its calendar link.
      const autre = carte(el, 'arnaques', '2026-12-04', '14:00');
      expect(texte(autre.querySelector('.titre-seance'))).to.equal('Se protéger des arnaques');
      expect(autre.querySelector('a[href="mailto:contact@cs-bourgogne.fr"]')).to.exist;
      expect(autre.querySelector('a[aria-label^="Ajouter à mon agenda"]')).to.exist;
    });

    it('registration links: https (new tab, noopener), tel: with the French number, mailto:; each dispatches agenda-inscription', async () => {
      const el = await agenda();
      const recus: AgendaInscriptionDetail[] = [];
      el.addEventListener('agenda-inscription', (e) => recus.push(e.detail));
      const retirer = sansNavigation();
      try {
        const demarches = carte(el, 'demarches', '2026-12-03', '09:30');
        const liens = [...demarches.querySelectorAll<HTMLAnchorElement>('.inscription a')];
        expect(liens.map((a) => [texte(a), a.getAttribute('href')])).to.deep.equal([
          ['S’inscrire en ligne', 'https://rdv.exemple.fr/demarches'],
          ['Écrire à mediatheque@exemple.fr', 'mailto:mediatheque@exemple.fr'],
        ]);
        expect(liens[0]!.target).to.equal('_blank');
        expect(liens[0]!.rel).to.include('noopener');
        liens[0]!.click();
        liens[1]!.click();
        const tel = carte(el, 'email-complet', '2026-11-25', '10:00').querySelector<HTMLAnchorElement>('.inscription a')!;
        expect([texte(tel), tel.getAttribute('href')]).to.deep.equal(['Appeler le 03 20 11 22 33', 'tel:+33320112233']);
        tel.click();
      } finally {
        retirer();
      }
      expect(recus.map((d) => [d.moyen, d.seance.atelier.id, d.seance.date])).to.deep.equal([
        ['lien', 'demarches', '2026-12-03'],
        ['courriel', 'demarches', '2026-12-03'],
        ['telephone', 'email-complet', '2026-11-25'],
      ]);
    });

    it('injects nothing from the data as HTML and renders no javascript: link (a hostile workshop)', async () => {
      const w = window as unknown as { __agendaPirate?: number };
      delete w.__agendaPirate;
      const el = await agenda();
      const c = carte(el, 'hostile', '2026-12-12', '10:00');
      expect(texte(c.querySelector('.titre-seance'))).to.equal('<img src=x onerror="window.__agendaPirate=1">Atelier piégé');
      expect(existe(el, 'img, script, b'), 'aucune balise venue des données').to.equal(false);
      expect(texte(c.querySelector('.inscription'))).to.include('<a href="javascript:window.__agendaPirate=5">cliquez</a>');
      // Its javascript: registration and video links were refused; the e-mail stays.
      expect([...c.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:accueil@pile.fr', '#']);
      expect($$<HTMLAnchorElement>(el, 'a').filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length).to.equal(0);
      // The details too (description with a script tag) stay text.
      bouton(el, 'Plus d’informations', `[aria-labelledby="${idTitre('hostile', '2026-12-12', '10:00')}"]`).click();
      await el.updateComplete;
      expect(texte(c.querySelector('.details'))).to.include('<script>window.__agendaPirate=2</script><b>gras</b>');
      expect(existe(el, 'img, script, b'), 'aucune balise venue des données').to.equal(false);
      await new Promise((r) => setTimeout(r, 100));
      expect(w.__agendaPirate).to.equal(undefined);
    });

    it('« Plus d’informations » toggles aria-expanded, shows the description, host, series, themes and publics, and dispatches agenda-seance-ouverte', async () => {
      const el = await agenda();
      const c = carte(el, 'smartphone', '2026-12-01', '14:00');
      const b = c.querySelector<HTMLButtonElement>('.actions-seance button')!;
      expect(texte(b)).to.equal('Plus d’informations');
      expect(b.getAttribute('aria-label')).to.equal('Plus d’informations : Prendre en main son smartphone');
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(!!c.querySelector('.details')).to.equal(false);
      const ouverte = oneEvent(el, 'agenda-seance-ouverte');
      b.click();
      const { detail } = (await ouverte) as CustomEvent<AgendaSeanceOuverteDetail>;
      expect([detail.depuis, detail.seance.atelier.id, detail.seance.date, detail.seance.debut]).to.deep.equal(['liste', 'smartphone', '2026-12-01', '14:00']);
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      const details = c.querySelector('.details')!;
      expect(b.getAttribute('aria-controls')).to.equal(details.id);
      expect(texte(details)).to.include('Allumer, appeler, envoyer un SMS et une photo.');
      expect(texte(details)).to.include('Animé par Nadia, conseillère numérique');
      expect(texte(details)).to.include('Fait partie du parcours « À portée de clics », 6 séances.');
      expect(texte(details)).to.include('Pour : Seniors');
      // The themes' words come with the lazy views.
      await waitUntil(() => texte(c.querySelector('.details')).includes('Prendre en main un ordinateur, un téléphone'), 'pas de thème', { timeout: 10000 });
      await expect(el).to.be.accessible();
      b.click();
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(!!c.querySelector('.details')).to.equal(false);
    });
  });

  describe('many sessions (test/fixtures/agenda/beaucoup.json: 64 sessions, 10 on each Tuesday)', () => {
    const BEAUCOUP = '/test/fixtures/agenda/beaucoup.json';

    it('shows 40 sessions, then « Voir 24 séances de plus (sur 24) », which moves the focus to the first new one', async function () {
      this.timeout(20000);
      const el = await fixture<Agenda>(html`<agenda-ateliers src=${BEAUCOUP} du=${DU}></agenda-ateliers>`);
      await pret(el);
      expect(compte(el)).to.equal(seances(64));
      expect($$(el, 'article.seance').length).to.equal(40);
      const plus = bouton(el, 'Voir 24 séances de plus (sur 24)');
      // The 41st in time order: 8 December, the 7th Tuesday workshop, at 16 h.
      expect(existe(el, `#${idTitre('mardi-7', '2026-12-08', '16:00')}`)).to.equal(false);
      plus.click();
      await el.updateComplete;
      expect($$(el, 'article.seance').length).to.equal(64);
      expect(actif(el)?.id).to.equal(idTitre('mardi-7', '2026-12-08', '16:00'));
      expect(aBouton(el, /^Voir \d+ séances de plus/)).to.equal(false);
      // The calendar file holds all 64, not the 40 first shown.
      expect(aBouton(el, 'Télécharger l’agenda (64 séances, .ics)')).to.equal(true);
    });

    it('with a diagnosis, harder workshops never come first: the first 40 are the 36 at the level, then 4 harder ones', async function () {
      this.timeout(20000);
      // The daily « Permanence numérique » (28 sessions, from 23 November at 9 h) is for people at ease (avancé).
      const el = await fixture<Agenda>(html`<agenda-ateliers src=${BEAUCOUP} du=${DU} .diagnostic=${diagnosticDebutant()}></agenda-ateliers>`);
      await pret(el);
      const parties = () => $$(el, 'section.groupe-niveau').map((g) => [texte(g.querySelector('.titre-groupe')), g.querySelectorAll('article.seance').length]);
      expect(parties()).to.deep.equal([
        ['À votre niveau ou ouverts à tous', 36],
        ['Qui demandent plus d’aisance', 4],
      ]);
      // The harder ones shown are the first in time: 23 to 26 November.
      const avances = $$(el, 'section.groupe-niveau')[1]!;
      expect([...avances.querySelectorAll('.titre-seance')].map((t) => t.id)).to.deep.equal(
        ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'].map((d) => idTitre('permanence', d, '09:00')),
      );
      bouton(el, 'Voir 24 séances de plus (sur 24)').click();
      await el.updateComplete;
      expect(parties()).to.deep.equal([
        ['À votre niveau ou ouverts à tous', 36],
        ['Qui demandent plus d’aisance', 28],
      ]);
      expect(actif(el)?.id).to.equal(idTitre('permanence', '2026-11-27', '09:00'));
    });

    it('in the week view, a day with more than 8 sessions offers « et 2 autres séances : voir la journée », which shows that day in the list', async function () {
      this.timeout(20000);
      const el = await fixture<Agenda>(html`<agenda-ateliers src=${BEAUCOUP} du=${DU} vue="semaine"></agenda-ateliers>`);
      await pret(el);
      await waitUntil(() => $(el, '#titre-semaine'), 'pas de semaine', { timeout: 10000 });
      await el.updateComplete;
      const mardi = $$(el, '.semaine-jour')[1]!;
      expect(mardi.querySelectorAll('.semaine-seance').length).to.equal(8);
      const autres = [...mardi.querySelectorAll<HTMLButtonElement>('button')].find((b) => texte(b) === 'et 2 autres séances : voir la journée');
      expect(autres, texte(mardi)).to.exist;
      autres!.click();
      await el.updateComplete;
      expect(bouton(el, 'Liste').getAttribute('aria-pressed')).to.equal('true');
      expect(compte(el)).to.equal(seances(10));
      expect(joursAffiches(el)).to.deep.equal([jourAttendu('2026-11-24', 'Mardi 24 novembre')]);
      expect(texte($(el, '#bouton-filtres'))).to.equal('Filtres (1 choisi)');
      expect(actif(el)?.id).to.equal('titre');
    });
  });

  it('`semaines` sets the window’s length (1 week: 3 sessions) and the period’s words follow it', async function () {
    this.timeout(20000);
    const el = await fixture<Agenda>(html`<agenda-ateliers src=${SRC} du=${DU} semaines="1"></agenda-ateliers>`);
    await pret(el);
    expect(compte(el)).to.equal(seances(3));
    expect(joursAffiches(el)).to.deep.equal(['2026-11-24', '2026-11-25', '2026-11-27'].map(libelle));
    await ouvrirFiltres(el);
    // « Les 1 prochaines semaines » would not be French.
    expect(texte(racine(el).querySelector('label[for="periode-tout"]'))).to.equal('Les 7 prochains jours');
  });

  it('`sans-carte` offers no map view, even when `vue="carte"` is asked', async () => {
    const el = await fixture<Agenda>(html`<agenda-ateliers src=${SRC} du=${DU} vue="carte" sans-carte></agenda-ateliers>`);
    await pret(el);
    expect($$(el, '.vues button').map(texte)).to.deep.equal(['Liste', 'Semaine']);
    expect(bouton(el, 'Liste').getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, '.liste article.seance').length).to.equal(TOTAL);
    expect(existe(el, '.carte-maplibre')).to.equal(false);
  });

  it('lists the badly filled workshops of the file with why (reasons loaded when the details open), and shows the valid ones', async () => {
    const el = await agenda();
    const details = $<HTMLDetailsElement>(el, 'details.rejets')!;
    expect(texte(details.querySelector('summary'))).to.equal('4 ateliers du fichier sont mal renseignés : ils ne sont pas affichés. Voir pourquoi');
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    await waitUntil(() => details.querySelectorAll('li').length === 4, 'les raisons ne s’affichent pas', { timeout: 10000 });
    const raisons = [...details.querySelectorAll('li')].map(texte);
    expect(raisons[0]).to.equal('Atelier dans un lieu inconnu : lieu inconnu dans l’annuaire : « nulle-part »');
    expect(raisons[1]).to.equal('Atelier sans date : aucune date ni récurrence utilisable');
    expect(raisons[2]).to.match(/^Atelier à l’envers : aucune date ni récurrence utilisable ; la fin est avant le début/);
    expect(raisons[3]).to.match(/^Atelier sans fin : .*récurrence sans date de fin \(recurrence\.au\) : non affichée/);
    expect(titresCartes(el).some((t) => t.startsWith('Atelier '))).to.equal(false);
    expect(compte(el)).to.equal(seances(TOTAL));
    await expect(el).to.be.accessible();
  });

  describe('search', () => {
    it('finds words without accents (« demarche » finds « démarches »), the count follows', async () => {
      const el = await agenda();
      await chercher(el, 'demarche');
      expect(compte(el)).to.equal(seances(2));
      expect(titresCartes(el)).to.deep.equal(['Faire ses démarches en ligne (CAF, ameli)', 'Faire ses démarches en ligne (CAF, ameli)']);
      await chercher(el, 'ARNAQUES');
      expect(compte(el)).to.equal(seances(2));
      await chercher(el, 'roubaix cafe');
      expect(titresCartes(el)).to.deep.equal(['Café numérique']);
      expect(compte(el)).to.equal(seances(1));
      await chercher(el, '');
      expect(compte(el)).to.equal(seances(TOTAL));
    });

    it('says when nothing matches, offers « Effacer les filtres » that restores everything, and offers no export', async () => {
      const el = await agenda();
      await chercher(el, 'piano');
      expect(compte(el)).to.equal('Aucun atelier ne correspond.');
      expect(texte($(el, '.vide'))).to.include('Aucun atelier ne correspond à votre recherche.');
      expect(texte($(el, '.vide'))).to.include('Essayez avec moins de filtres');
      expect($$(el, 'article.seance').length).to.equal(0);
      expect(existe(el, '.exports'), 'pas d’export d’un agenda vide').to.equal(false);
      expect(aBouton(el, /Télécharger l’agenda/)).to.equal(false);
      await expect(el).to.be.accessible();
      const effacer = bouton(el, 'Effacer les filtres', '.vide');
      effacer.focus();
      effacer.click();
      await el.updateComplete;
      expect(compte(el)).to.equal(seances(TOTAL));
      expect($<HTMLInputElement>(el, '#texte')!.value).to.equal('');
      expect(aBouton(el, `Télécharger l’agenda (${TOTAL} séances, .ics)`)).to.equal(true);
      // The button pressed is gone: the focus must not fall back to the top of the page.
      expect(!!actif(el), `focus perdu (document.activeElement : ${document.activeElement?.tagName})`).to.equal(true);
    });
  });

  describe('filters', () => {
    it('opens a lazily loaded panel (aria-expanded), filters by period, counts the filters chosen, and « Fermer les filtres » gives the focus back', async function () {
      this.timeout(20000);
      const el = await agenda();
      const b = $(el, '#bouton-filtres')!;
      expect(texte(b)).to.equal('Filtres');
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(existe(el, '#filtres')).to.equal(false);
      await ouvrirFiltres(el);
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(b.getAttribute('aria-controls')).to.equal('filtres');
      expect(texte($(el, '#titre-filtres'))).to.equal('Filtrer les ateliers');
      expect($$(el, '#filtres fieldset:first-of-type label').map(texte)).to.deep.equal([
        'Les 4 prochaines semaines',
        'Cette semaine',
        'La semaine prochaine',
        'Un jour précis',
      ]);
      await expect(el).to.be.accessible();

      await cocher(el, 'Cette semaine');
      expect(compte(el)).to.equal(seances(3));
      expect(joursAffiches(el)).to.deep.equal(['2026-11-24', '2026-11-25', '2026-11-27'].map(libelle));
      expect(texte(b)).to.equal('Filtres (1 choisi)');
      await cocher(el, 'La semaine prochaine');
      expect(compte(el)).to.equal(seances(6));
      expect(joursAffiches(el)).to.deep.equal(['2026-11-30', '2026-12-01', '2026-12-03', '2026-12-04', '2026-12-05'].map(libelle));
      await cocher(el, 'Un jour précis');
      expect(existe(el, '#jour')).to.equal(true);
      expect(texte(racine(el).querySelector('label[for="jour"]'))).to.equal('Date (jj/mm/aaaa)');
      await saisir(el, 'jour', '2026-12-01');
      expect(compte(el)).to.equal(seances(2));
      expect(joursAffiches(el)).to.deep.equal([libelle('2026-12-01')]);
      expect(texte(b)).to.equal('Filtres (1 choisi)');

      bouton(el, 'Fermer les filtres').click();
      await el.updateComplete;
      expect(existe(el, '#filtres')).to.equal(false);
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(actif(el) === b, `focus sur le bouton « Filtres », pas sur « ${texte(actif(el))} »`).to.equal(true);
      expect(compte(el), 'les filtres restent').to.equal(seances(2));
    });

    it('theme, level, format (« À distance, depuis chez soi » included) add up, and « Effacer les filtres » in the panel clears them', async function () {
      this.timeout(20000);
      const el = await agenda();
      await ouvrirFiltres(el);
      const themes = [...$<HTMLSelectElement>(el, '#theme')!.options].map(texte);
      expect(themes[0]).to.equal('Tous les thèmes');
      expect(themes.slice(1)).to.deep.equal([...themes.slice(1)].sort((a, c) => a.localeCompare(c, 'fr')));
      expect(themes).to.include.members(['E-mail', 'Se protéger en ligne', 'Démarches administratives en ligne', 'Bureautique (texte, tableur)']);
      await choisir(el, 'theme', 'E-mail');
      expect(titresCartes(el)).to.deep.equal(['Complet : Créer son adresse e-mail']);
      await choisir(el, 'theme', 'Se protéger en ligne');
      expect(compte(el)).to.equal(seances(3));
      await cocher(el, 'Niveau intermédiaire');
      // Workshops without a level are open to every level: they stay.
      expect(titresCartes(el)).to.deep.equal(['Annulé : Se protéger des arnaques', 'Se protéger des arnaques', 'Sécurité en ligne, depuis chez soi']);
      expect(texte($(el, '#bouton-filtres'))).to.equal('Filtres (2 choisis)');
      await choisir(el, 'theme', 'Tous les thèmes');
      await cocher(el, 'Niveau intermédiaire');
      await cocher(el, 'Seul avec un animateur');
      expect(compte(el)).to.equal(seances(2));
      expect(new Set(titresCartes(el))).to.deep.equal(new Set(['Faire ses démarches en ligne (CAF, ameli)']));
      await cocher(el, 'Seul avec un animateur');
      await cocher(el, 'À distance, depuis chez soi');
      // Online, and the `mixte` ones (which can be followed online).
      expect(compte(el)).to.equal(seances(5));
      expect(new Set(titresCartes(el))).to.deep.equal(
        new Set(['Bureautique : Word, Excel; et PDF', 'Sécurité en ligne, depuis chez soi', '<img src=x onerror="window.__agendaPirate=1">Atelier piégé']),
      );
      expect(texte($(el, '#bouton-filtres'))).to.equal('Filtres (1 choisi)');
      bouton(el, 'Effacer les filtres', '#filtres').click();
      await el.updateComplete;
      expect(compte(el)).to.equal(seances(TOTAL));
      expect(texte($(el, '#bouton-filtres'))).to.equal('Filtres');
      expect(actif(el)?.id).to.equal('bouton-filtres');
    });

    it('public, price (Gratuit, Pass numérique) and « places still available »', async function () {
      this.timeout(20000);
      const el = await agenda();
      await ouvrirFiltres(el);
      const publics = $$(el, '#filtres fieldset').find((f) => texte(f.querySelector('legend')) === 'Pour qui ?')!;
      expect([...publics.querySelectorAll('label')].map(texte)).to.have.members(['Seniors', 'Jeunes']);
      await cocher(el, 'Jeunes');
      // Everything but the smartphone workshop for seniors (3 sessions): no public means everyone.
      expect(compte(el)).to.equal(seances(12));
      expect(titresCartes(el)).to.not.include('Prendre en main son smartphone');
      await cocher(el, 'Jeunes');
      await cocher(el, 'Pass numérique accepté');
      expect(compte(el)).to.equal(seances(2));
      await cocher(el, 'Pass numérique accepté');
      await cocher(el, 'Gratuit');
      expect(compte(el)).to.equal(seances(10));
      expect(titresCartes(el).some((t) => /Ranger ses photos|Bureautique/.test(t))).to.equal(false);
      await cocher(el, 'Gratuit');
      await cocher(el, 'Seulement les ateliers où il reste de la place');
      expect(compte(el)).to.equal(seances(12));
      expect(titresCartes(el).filter((t) => /^(Complet|Annulé|Reporté) :/.test(t))).to.deep.equal([]);
      expect(texte($(el, '#bouton-filtres'))).to.equal('Filtres (1 choisi)');
      await expect(el).to.be.accessible();
    });

    it('commune by name or postal code (online workshops stay), then within a distance, with the distance on each card', async function () {
      this.timeout(20000);
      const el = await agenda();
      await ouvrirFiltres(el);
      await saisir(el, 'commune', 'roubaix');
      expect(compte(el)).to.equal(seances(4));
      expect(new Set(titresCartes(el))).to.deep.equal(
        new Set(['Complet : Créer son adresse e-mail', 'Café numérique', 'Sécurité en ligne, depuis chez soi', '<img src=x onerror="window.__agendaPirate=1">Atelier piégé']),
      );
      expect(texte($(el, '#bouton-filtres'))).to.equal('Filtres (1 choisi)');
      await saisir(el, 'commune', '59100');
      expect(compte(el)).to.equal(seances(4));
      await saisir(el, 'commune', 'Tourcoing');
      expect(compte(el)).to.equal(seances(9));
      expect($$<HTMLSelectElement>(el, '#rayon')[0]!.selectedOptions[0]!.textContent!.trim()).to.equal('Dans la commune seulement');
      await choisir(el, 'rayon', 'À moins de 5 km');
      // Tourcoing's centre from its places; Roubaix (≈ 4 km) comes in, Lille (≈ 13 km) stays out.
      const centre = { latitude: (50.7353 + 50.7232 + 50.7225) / 3, longitude: (3.1731 + 3.1614 + 3.159) / 3 };
      const pile = km(centre, { latitude: 50.6942, longitude: 3.1746 });
      expect(pile).to.be.within(3, 5);
      expect(km(centre, { latitude: 50.6197, longitude: 3.07 })).to.be.above(5);
      expect(compte(el)).to.equal(seances(12));
      expect(titresCartes(el).some((t) => t.startsWith('Bureautique'))).to.equal(false);
      const cafe = texte(carte(el, 'cafe', '2026-12-01', '10:00').querySelector('.ou'));
      const m = /à ([\d,]+) km/.exec(cafe);
      expect(m, cafe).to.exist;
      expect(Number(m![1]!.replace(',', '.'))).to.be.closeTo(pile, 0.11);
      await choisir(el, 'rayon', 'À moins de 20 km');
      expect(compte(el)).to.equal(seances(TOTAL));
      await saisir(el, 'commune', 'Atlantis');
      expect(texte($(el, '.alerte[role="alert"]'))).to.equal('Aucun lieu de l’annuaire n’est à « Atlantis ». Vérifiez l’orthographe ou essayez un code postal.');
      expect(compte(el)).to.equal('Aucun atelier ne correspond.');
    });

    it('« À distance » with a commune keeps a `mixte` workshop held in another town', async function () {
      this.timeout(20000);
      const el = await agenda();
      await ouvrirFiltres(el);
      await saisir(el, 'commune', 'Tourcoing');
      expect(titresCartes(el).some((t) => t.startsWith('Bureautique'))).to.equal(false);
      await cocher(el, 'À distance, depuis chez soi');
      expect(compte(el)).to.equal(seances(5));
      expect(titresCartes(el).filter((t) => t.startsWith('Bureautique'))).to.have.length(3);
      expect(titresCartes(el)).to.include('Sécurité en ligne, depuis chez soi');
      expect(texte($(el, '#bouton-filtres'))).to.equal('Filtres (2 choisis)');
    });

    it('« Me localiser » uses the browser’s position (10 km by default), says so, and says when it is refused', async function () {
      this.timeout(20000);
      try {
        await executeServerCommand('geolocaliser', { latitude: 50.6197, longitude: 3.07 });
        const el = await agenda();
        await ouvrirFiltres(el);
        bouton(el, 'Me localiser').click();
        await waitUntil(() => texte($(el, '.info[role="status"]')) === 'Votre position est utilisée, seulement sur cet appareil.', 'pas de position', { timeout: 8000 });
        await el.updateComplete;
        // EPN Lille Moulins (0 km) and the online workshop; Roubaix is ≈ 11 km away.
        expect(km({ latitude: 50.6197, longitude: 3.07 }, { latitude: 50.6942, longitude: 3.1746 })).to.be.above(10);
        expect(compte(el)).to.equal(seances(4));
        expect(new Set(titresCartes(el))).to.deep.equal(new Set(['Bureautique : Word, Excel; et PDF', 'Sécurité en ligne, depuis chez soi']));
        expect(texte(carte(el, 'bureautique-lille', '2026-11-30', '10:00').querySelector('.ou'))).to.include('à 0 km');
        expect(texte($(el, '#bouton-filtres'))).to.equal('Filtres (1 choisi)');
        expect(texte($<HTMLSelectElement>(el, '#rayon')!.selectedOptions[0])).to.equal('À moins de 10 km');

        await executeServerCommand('geolocaliser', null);
        bouton(el, 'Me localiser').click();
        await waitUntil(() => texte($(el, '.alerte[role="alert"]')).includes('Votre position n’a pas pu être trouvée'), 'pas de refus', { timeout: 8000 });
      } finally {
        await executeServerCommand('geolocaliser', null);
      }
    });
  });

  describe('level', () => {
    it('with .diagnostic (débutant): box ticked, workshops at the level or open first, harder ones last, each card says why; unticking gives the date order back', async function () {
      this.timeout(20000);
      const el = await fixture<Agenda>(html`<agenda-ateliers src=${SRC} du=${DU} .diagnostic=${diagnosticDebutant()}></agenda-ateliers>`);
      await pret(el);
      const boite = $<HTMLInputElement>(el, '#niveau')!;
      expect(texte(racine(el).querySelector('label[for="niveau"]'))).to.equal('Adapté à mon niveau (débutant)');
      expect(boite.checked).to.equal(true);
      const groupes = $$(el, '.titre-groupe');
      expect(groupes.map(texte)).to.deep.equal(['À votre niveau ou ouverts à tous', 'Qui demandent plus d’aisance']);
      expect(groupes.map((g) => g.getAttribute('aria-level'))).to.deep.equal(['3', '3']);
      expect([...new Set($$(el, '.liste .titre-jour').map((t) => t.getAttribute('aria-level')))]).to.deep.equal(['4']);
      expect([...new Set($$(el, '.liste .titre-seance').map((t) => t.getAttribute('aria-level')))]).to.deep.equal(['5']);
      const [adaptes, avances] = $$(el, 'section.groupe-niveau');
      const titres = (s: Element) => [...s.querySelectorAll('.titre-seance')].map(texte);
      expect(titres(adaptes!)).to.have.length(11);
      expect(new Set(titres(avances!))).to.deep.equal(new Set(['Reporté : Ranger ses photos', 'Bureautique : Word, Excel; et PDF']));
      expect(titres(avances!)).to.have.length(4);
      // Time order inside each group: the days go forward.
      const ids = (s: Element) => [...s.querySelectorAll('.titre-seance')].map((t) => t.id.replace(/^titre-s-[a-z-]*?-(?=\d{4})/, ''));
      for (const s of [adaptes!, avances!]) expect(ids(s)).to.deep.equal([...ids(s)].sort());
      const pourquoi = (atelier: string, date: string, debut: string) => texte(carte(el, atelier, date, debut).querySelector('.adequation'));
      expect(pourquoi('smartphone', '2026-11-24', '14:00')).to.equal('À votre niveau');
      expect(pourquoi('demarches', '2026-12-03', '09:30')).to.equal('À votre niveau');
      expect(pourquoi('cafe', '2026-12-01', '10:00')).to.equal('Ouvert à tous les niveaux');
      expect(pourquoi('bureautique-lille', '2026-11-30', '10:00')).to.equal('Demande plus d’aisance que votre niveau : commencez plutôt par un atelier pour débuter');
      await expect(el).to.be.accessible();

      boite.click();
      await el.updateComplete;
      expect(existe(el, '.titre-groupe')).to.equal(false);
      expect(existe(el, '.adequation')).to.equal(false);
      expect(joursAffiches(el)).to.deep.equal(JOURS.map(([d, l]) => jourAttendu(d, l)));
      expect(titresCartes(el)[3]).to.equal('Bureautique : Word, Excel; et PDF');
      boite.click();
      await el.updateComplete;
      expect($$(el, '.titre-groupe').map(texte)).to.deep.equal(['À votre niveau ou ouverts à tous', 'Qui demandent plus d’aisance']);
    });

    it('for a person « à l’aise » (avancé): easier workshops come after, marked « pour revoir les bases », and no empty « plus d’aisance » part', async () => {
      const el = await fixture<Agenda>(html`<agenda-ateliers src=${SRC} du=${DU} .diagnostic=${{ ...diagnosticDebutant(), niveau: 'avance' }}></agenda-ateliers>`);
      await pret(el);
      expect(texte(racine(el).querySelector('label[for="niveau"]'))).to.equal('Adapté à mon niveau (à l’aise)');
      expect($$(el, '.titre-groupe').map(texte)).to.deep.equal(['À votre niveau ou ouverts à tous', 'Plus faciles que votre niveau']);
      const [adaptes, faciles] = $$(el, 'section.groupe-niveau');
      expect(new Set([...adaptes!.querySelectorAll('.titre-seance')].map(texte))).to.deep.equal(
        new Set(['Annulé : Se protéger des arnaques', 'Se protéger des arnaques', 'Bureautique : Word, Excel; et PDF', 'Café numérique', 'Reporté : Ranger ses photos']),
      );
      expect(faciles!.querySelectorAll('.titre-seance').length).to.equal(8);
      expect(texte(carte(el, 'smartphone', '2026-11-24', '14:00').querySelector('.adequation'))).to.equal('Plus facile que votre niveau : pour revoir les bases');
      expect(texte(carte(el, 'photos-reporte', '2026-12-05', '10:00').querySelector('.adequation'))).to.equal('À votre niveau');
    });

    it('takes the level from the page’s diag-termine event and forgets it on diag-efface', async () => {
      const el = await agenda();
      expect(existe(el, '#niveau')).to.equal(false);
      document.body.dispatchEvent(new CustomEvent('diag-termine', { detail: { resultat: diagnosticDebutant() }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#niveau')!.checked).to.equal(true);
      expect($$(el, '.titre-groupe').map(texte)).to.deep.equal(['À votre niveau ou ouverts à tous', 'Qui demandent plus d’aisance']);
      document.body.dispatchEvent(new CustomEvent('diag-efface', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(existe(el, '#niveau')).to.equal(false);
      expect(existe(el, '.titre-groupe')).to.equal(false);
    });

    it('inside <annuaire-inclusion>, reads the directory and the diagnosis shared by the context', async () => {
      const page = await fixture<HTMLElement>(html`<annuaire-inclusion src=${SRC}><agenda-ateliers du=${DU}></agenda-ateliers></annuaire-inclusion>`);
      const el = page.querySelector('agenda-ateliers')!;
      await pret(el);
      expect(compte(el)).to.equal(seances(TOTAL));
      expect(existe(el, '#niveau')).to.equal(false);
      let valeur: ValeurDiagnostic | undefined;
      el.dispatchEvent(new ContextEvent(diagnosticContext, el, (v: ValeurDiagnostic) => (valeur = v)));
      expect(valeur, 'le contexte du diagnostic répond').to.exist;
      valeur!.publier(diagnosticDebutant());
      await el.updateComplete;
      expect(texte(racine(el).querySelector('label[for="niveau"]'))).to.equal('Adapté à mon niveau (débutant)');
      expect($$(el, '.titre-groupe').map(texte)[0]).to.equal('À votre niveau ou ouverts à tous');
      valeur!.publier(undefined);
      await el.updateComplete;
      expect(existe(el, '#niveau')).to.equal(false);
    });
  });

  describe('week view', () => {
    async function semaine(el: Agenda): Promise<void> {
      await waitUntil(() => $(el, '#titre-semaine'), 'pas de semaine', { timeout: 10000 });
      await el.updateComplete;
    }

    it('shows « Semaine du … au … » with seven days, from the first session’s week; previous/next stop at the ends', async function () {
      this.timeout(20000);
      const el = await agenda();
      bouton(el, 'Semaine').click();
      await semaine(el);
      expect(bouton(el, 'Semaine').getAttribute('aria-pressed')).to.equal('true');
      expect(texte($(el, '#titre-semaine'))).to.equal('Semaine du 23 novembre au 29 novembre 2026');
      expect($$(el, '.semaine-jour').length).to.equal(7);
      expect($$(el, '.titre-jour-court').map(texte)).to.deep.equal(['lun. 23', 'mar. 24', 'mer. 25', 'jeu. 26', 'ven. 27', 'sam. 28', 'dim. 29']);
      expect($$(el, '.semaine-seance').map(texte)).to.deep.equal([
        '14 h Prendre en main son smartphone',
        '10 h Créer son adresse e-mail (Complet)',
        '14 h Se protéger des arnaques (Annulé)',
      ]);
      expect($$(el, '.semaine-vide').map(texte)).to.deep.equal(['Pas d’atelier', 'Pas d’atelier', 'Pas d’atelier', 'Pas d’atelier']);
      const precedente = bouton(el, '‹ Semaine précédente');
      const suivante = bouton(el, 'Semaine suivante ›');
      expect(precedente.disabled).to.equal(true);
      expect(suivante.disabled).to.equal(false);
      await expect(el).to.be.accessible();

      suivante.click();
      await el.updateComplete;
      expect(texte($(el, '#titre-semaine'))).to.equal('Semaine du 30 novembre au 6 décembre 2026');
      expect(actif(el)?.id).to.equal('titre-semaine');
      expect($$(el, '.semaine-seance').length).to.equal(6);
      suivante.click();
      await el.updateComplete;
      suivante.click();
      await el.updateComplete;
      expect(texte($(el, '#titre-semaine'))).to.equal('Semaine du 14 décembre au 20 décembre 2026');
      expect(bouton(el, 'Semaine suivante ›').disabled).to.equal(true);
      expect(bouton(el, '‹ Semaine précédente').disabled).to.equal(false);
      expect($$(el, '.semaine-seance').map(texte)).to.deep.equal([
        '10 h Bureautique : Word, Excel; et PDF',
        '14 h Prendre en main son smartphone',
        '9 h 30 Faire ses démarches en ligne (CAF, ameli)',
      ]);
    });

    it('opens a session’s full card below with focus on its heading, dispatches agenda-seance-ouverte (semaine); « Fermer » goes back', async function () {
      this.timeout(20000);
      const el = await agenda('semaine');
      await semaine(el);
      const s = $$<HTMLButtonElement>(el, '.semaine-seance').find((b) => texte(b) === '14 h Prendre en main son smartphone')!;
      expect(s.getAttribute('aria-expanded')).to.equal('false');
      const ouverte = oneEvent(el, 'agenda-seance-ouverte');
      s.click();
      const { detail } = (await ouverte) as CustomEvent<AgendaSeanceOuverteDetail>;
      expect([detail.depuis, detail.seance.atelier.id, detail.seance.date]).to.deep.equal(['semaine', 'smartphone', '2026-11-24']);
      await el.updateComplete;
      expect(s.getAttribute('aria-expanded')).to.equal('true');
      const detailCarte = $(el, '.semaine-detail article.seance')!;
      expect(actif(el)?.id).to.equal(idTitre('smartphone', '2026-11-24', '14:00'));
      expect(texte(detailCarte.querySelector('.quand'))).to.equal(`${libelle('2026-11-24')}, de 14 h à 16 h`);
      expect(texte(detailCarte)).to.include('Allumer, appeler, envoyer un SMS et une photo.');
      expect(texte(detailCarte)).to.include('Appeler le 03 20 36 93 66');
      await expect(el).to.be.accessible();
      bouton(el, 'Fermer', '.semaine-detail').click();
      await el.updateComplete;
      expect(existe(el, '.semaine-detail')).to.equal(false);
      expect(actif(el)?.id).to.equal('titre-semaine');
    });
  });

  describe('map view', () => {
    it('draws the places that have sessions (not the others), notes the online ones, and a point lists that place’s sessions with focus on its heading', async function () {
      this.timeout(60000);
      const el = await fixture<Agenda>(html`<agenda-ateliers src=${SRC} du=${DU} fond="aucun" vue="carte"></agenda-ateliers>`);
      await pret(el);
      const c = await carteDe(el);
      expect(totalDessine(c), 'quatre lieux avec des séances').to.equal(4);
      expect(texte($(el, '.vue-carte'))).to.include('1 séance a lieu en ligne : elles ne sont pas sur la carte.');
      expect(texte($(el, '.vue-carte'))).to.include('Choisissez un lieu sur la carte pour voir ses ateliers.');
      const map = c.instance as MapLibre;
      const etiquettes = () => [...map.getContainer().querySelectorAll<HTMLButtonElement>('button[aria-label]')].map((b) => b.getAttribute('aria-label')!);
      expect(etiquettes().some((l) => l.includes('Mairie de quartier')), 'un lieu sans atelier n’est pas sur la carte').to.equal(false);
      await expect(el).to.be.accessible();

      c.centrer(3.1731, 50.7353, 16);
      await c.attendreRepos();
      const point = [...map.getContainer().querySelectorAll<HTMLButtonElement>('button')].find(
        (b) => b.getAttribute('aria-label') === 'Voir les ateliers : Centre social Bourgogne : 5 séances',
      );
      expect(point, `bouton du point ; boutons : ${etiquettes().join(' | ')}`).to.exist;
      // With the keyboard: the point is a real button.
      point!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitUntil(() => $(el, '#titre-lieu-choisi'), 'pas de lieu choisi', { timeout: 5000 });
      await el.updateComplete;
      expect(texte($(el, '#titre-lieu-choisi'))).to.equal('Centre social Bourgogne : 5 séances');
      expect(actif(el)?.id).to.equal('titre-lieu-choisi');
      const ids = $$(el, '.lieu-choisi .titre-seance').map((t) => t.id);
      expect(ids).to.deep.equal([
        idTitre('smartphone', '2026-11-24', '14:00'),
        idTitre('arnaques', '2026-11-27', '14:00'),
        idTitre('smartphone', '2026-12-01', '14:00'),
        idTitre('arnaques', '2026-12-04', '14:00'),
        idTitre('smartphone', '2026-12-15', '14:00'),
      ]);
      const ouverte = oneEvent(el, 'agenda-seance-ouverte');
      $$<HTMLButtonElement>(el, '.lieu-choisi .actions-seance button')[0]!.click();
      const { detail } = (await ouverte) as CustomEvent<AgendaSeanceOuverteDetail>;
      expect([detail.depuis, detail.seance.atelier.id, detail.seance.date]).to.deep.equal(['carte', 'smartphone', '2026-11-24']);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      // A filter changes the points: only the places of the theme.
      await chercher(el, 'arnaques');
      await waitUntil(() => totalDessine(c) === 1, `la carte ne suit pas la recherche (${totalDessine(c)})`, { timeout: 8000 });
    });
  });

  it('the map starts once and keeps drawing after « Liste », « Semaine », and a search with no result', async function () {
    this.timeout(60000);
    const el = await fixture<Agenda>(html`<agenda-ateliers src=${SRC} du=${DU} fond="aucun" vue="carte"></agenda-ateliers>`);
    await pret(el);
    const c = await carteDe(el);
    expect(totalDessine(c)).to.equal(4);
    for (const autre of ['Liste', 'Semaine']) {
      bouton(el, autre).click();
      await el.updateComplete;
      expect(existe(el, '.lieu-choisi, .vue-carte'), `pas de carte en vue « ${autre} »`).to.equal(false);
      bouton(el, 'Carte').click();
      await el.updateComplete;
      expect(el.carte === c, `la même carte après « ${autre} »`).to.equal(true);
      const cadre = $(el, '.carte-maplibre')!;
      expect(c.instance && (c.instance as MapLibre).getContainer() === cadre, `la carte est dans le cadre affiché après « ${autre} »`).to.equal(true);
      expect(cadre.getBoundingClientRect().height, 'le cadre est visible').to.be.above(100);
      await c.attendreRepos();
      await waitUntil(() => totalDessine(c) === 4, `la carte ne dessine plus les lieux après « ${autre} » (${totalDessine(c)})`, { timeout: 8000 });
    }
    await chercher(el, 'piano');
    expect(texte($(el, '.vide'))).to.include('Aucun atelier ne correspond à votre recherche.');
    await chercher(el, '');
    await el.updateComplete;
    expect(el.carte === c).to.equal(true);
    await c.attendreRepos();
    await waitUntil(() => totalDessine(c) === 4, `la carte ne revient pas après une recherche vide (${totalDessine(c)})`, { timeout: 8000 });
  });

  describe('calendar files (.ics)', () => {
    it('« Ajouter à mon agenda » gives a one-event VCALENDAR (CRLF, UTC times of Paris, escaped SUMMARY), named atelier-<slug>-<date>.ics', async function () {
      this.timeout(20000);
      const el = await agenda();
      const recus: AgendaExportDetail[] = [];
      el.addEventListener('agenda-export', (e) => recus.push(e.detail));
      const retirer = sansNavigation();
      try {
        const lien = carte(el, 'smartphone', '2026-11-24', '14:00').querySelector<HTMLAnchorElement>('a[aria-label^="Ajouter à mon agenda"]')!;
        expect(texte(lien)).to.equal('Ajouter à mon agenda');
        const ics = await lireIcs(lien);
        expect(lien.download).to.equal('atelier-prendre-en-main-son-smartphone-2026-11-24.ics');
        expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
        expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
        expect(/[^\r]\n/.test(ics), 'toutes les lignes finissent par CRLF').to.equal(false);
        expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75), 'lignes de 75 octets au plus').to.equal(true);
        const [ev, ...autres] = evenements(ics);
        expect(autres).to.have.length(0);
        expect(champIcs(ev!, 'DTSTART')).to.equal(utcParis('2026-11-24', '14:00'));
        expect(champIcs(ev!, 'DTSTART')).to.equal('20261124T130000Z');
        expect(champIcs(ev!, 'DTEND')).to.equal(utcParis('2026-11-24', '16:00'));
        expect(champIcs(ev!, 'SUMMARY')).to.equal('Prendre en main son smartphone');
        expect(champIcs(ev!, 'LOCATION')).to.equal('Centre social Bourgogne\\, 12 rue de Bourgogne\\, 59200 Tourcoing');
        expect(champIcs(ev!, 'STATUS')).to.equal('CONFIRMED');
        expect(recus).to.deep.equal([{ quoi: 'ics-seance', seances: 1 }]);

        const autre = carte(el, 'bureautique-lille', '2026-12-07', '10:00').querySelector<HTMLAnchorElement>('a[aria-label^="Ajouter à mon agenda"]')!;
        const ics2 = await lireIcs(autre);
        expect(autre.download).to.equal('atelier-bureautique-word-excel-et-pdf-2026-12-07.ics');
        const [ev2] = evenements(ics2);
        expect(champIcs(ev2!, 'SUMMARY')).to.equal('Bureautique : Word\\, Excel\\; et PDF');
        expect(champIcs(ev2!, 'DTSTART')).to.equal(utcParis('2026-12-07', '10:00'));
        expect(recus).to.have.length(2);
      } finally {
        retirer();
      }
    });

    it('« Télécharger l’agenda (N séances, .ics) » holds exactly the N sessions shown, after a search too (agenda-export « ics »)', async function () {
      this.timeout(20000);
      const el = await agenda();
      const recus: AgendaExportDetail[] = [];
      el.addEventListener('agenda-export', (e) => recus.push(e.detail));
      const retirer = sansNavigation();
      try {
        const lien = bouton<HTMLAnchorElement>(el, `Télécharger l’agenda (${TOTAL} séances, .ics)`);
        expect(texte($(el, '#ics-aide'))).to.equal('Pour l’ajouter à un agenda de téléphone ou d’ordinateur.');
        const ics = await lireIcs(lien);
        expect(lien.download).to.equal('agenda-ateliers.ics');
        const evs = evenements(ics);
        expect(evs).to.have.length(TOTAL);
        expect(evs.filter((e) => champIcs(e, 'STATUS') === 'CANCELLED')).to.have.length(2);
        expect(new Set(evs.map((e) => champIcs(e, 'UID'))).size, 'un UID par séance').to.equal(TOTAL);
        expect(recus).to.deep.equal([{ quoi: 'ics', seances: TOTAL }]);
        const ancien = lien.href;

        await chercher(el, 'demarche');
        const filtre = bouton<HTMLAnchorElement>(el, 'Télécharger l’agenda (2 séances, .ics)');
        const ics2 = await lireIcs(filtre, ancien);
        const evs2 = evenements(ics2);
        expect(evs2).to.have.length(2);
        expect(evs2.map((e) => champIcs(e, 'DTSTART'))).to.deep.equal([utcParis('2026-12-03', '09:30'), utcParis('2026-12-17', '09:30')]);
        expect(recus[1]).to.deep.equal({ quoi: 'ics', seances: 2 });
        // The previous file was released.
        let lu = true;
        await fetch(ancien).catch(() => (lu = false));
        expect(lu, 'l’ancien fichier est libéré').to.equal(false);
      } finally {
        retirer();
      }
    });
  });

  describe('printing', () => {
    let print: typeof window.print;
    let impressions = 0;
    beforeEach(() => {
      print = window.print;
      impressions = 0;
      // The browser's print dialog does not exist headless: the call is counted instead.
      window.print = () => void impressions++;
    });
    afterEach(() => {
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
    });
    const feuillesPage = () =>
      document.adoptedStyleSheets.flatMap((f) => [...f.cssRules].map((r) => r.cssText)).filter((t) => t.startsWith('@page'));

    it('« Imprimer une affiche »: form (commune or place, A4/A3), print; the poster alone on paper, in A3, without cancelled sessions; afterprint cleans up', async function () {
      this.timeout(30000);
      const el = await agenda();
      bouton(el, 'Imprimer une affiche').click();
      await waitUntil(() => $(el, '#titre-affiche'), 'pas de formulaire d’affiche', { timeout: 10000 });
      await el.updateComplete;
      expect(texte($(el, '#titre-affiche'))).to.equal('Imprimer une affiche des ateliers');
      expect(actif(el)?.id).to.equal('titre-affiche');
      expect(bouton(el, 'Imprimer une affiche').getAttribute('aria-expanded')).to.equal('true');
      const select = $<HTMLSelectElement>(el, '#affiche-pour')!;
      expect([...select.querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map(texte)])).to.deep.equal([
        ['Communes', ['Lille', 'Roubaix', 'Tourcoing']],
        [
          'Lieux',
          ['Centre social Bourgogne (Tourcoing)', 'EPN Lille Moulins (Lille)', 'Maison de quartier du Pile (Roubaix)', 'Médiathèque André Malraux (Tourcoing)'],
        ],
      ]);
      expect($$<HTMLInputElement>(el, '.form-affiche input[type="radio"]').map((r) => [r.value, r.checked])).to.deep.equal([
        ['A4', true],
        ['A3', false],
      ]);
      await expect(el).to.be.accessible();

      select.value = 'commune:Tourcoing';
      $<HTMLInputElement>(el, '#format-A3')!.click();
      const exporte = oneEvent(el, 'agenda-export');
      bouton(el, 'Imprimer l’affiche').click();
      const { detail } = (await exporte) as CustomEvent<AgendaExportDetail>;
      expect(detail).to.deep.equal({ quoi: 'affiche', seances: 6, pour: 'Tourcoing', format: 'A3' });
      expect(impressions).to.equal(1);
      await el.updateComplete;
      // Chromium writes `size: A3 portrait` back as `size: a3` (portrait is the default).
      expect(feuillesPage().some((t) => /size: a3\b/i.test(t)), feuillesPage().join(' / ')).to.equal(true);

      const affiche = $(el, '.affiche')!;
      expect(texte(affiche.querySelector('h1'))).to.equal('Ateliers numériques à Tourcoing');
      expect(texte(affiche.querySelector('.affiche-periode'))).to.equal('Du 23 novembre au 20 décembre 2026');
      expect([...affiche.querySelectorAll('h2')].map(texte)).to.deep.equal([
        'Mardi 24 novembre',
        'Mardi 1er décembre',
        'Jeudi 3 décembre',
        'Vendredi 4 décembre',
        'Mardi 15 décembre',
        'Jeudi 17 décembre',
      ]);
      const lignes = [...affiche.querySelectorAll('li')].map(texte);
      expect(lignes).to.have.length(6);
      expect(lignes[0]).to.equal('14 h – 16 h Prendre en main son smartphone Centre social Bourgogne · Niveau débutant · Gratuit · Inscription : 03 20 36 93 66');
      expect(lignes.join(' ')).to.not.include('Ranger ses photos');
      expect(lignes.filter((l) => l.includes('arnaques'))).to.have.length(1);

      expect(getComputedStyle(affiche).display, 'à l’écran, l’affiche est cachée').to.equal('none');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(affiche).display).to.equal('block');
      expect(getComputedStyle($(el, '.ecran')!).display).to.equal('none');
      expect(affiche.classList.contains('affiche-A3')).to.equal(true);
      await emulateMedia({ media: 'screen' });

      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(existe(el, '.affiche')).to.equal(false);
      expect(feuillesPage(), 'la feuille @page est retirée').to.deep.equal([]);
    });

    it('« Annuler » closes the poster form without printing, and gives the focus back to « Imprimer une affiche »', async function () {
      this.timeout(20000);
      const el = await agenda();
      bouton(el, 'Imprimer une affiche').click();
      await waitUntil(() => $(el, '#titre-affiche'), 'pas de formulaire', { timeout: 10000 });
      await el.updateComplete;
      bouton(el, 'Annuler', '.form-affiche').click();
      await el.updateComplete;
      expect(existe(el, '.form-affiche')).to.equal(false);
      expect(impressions).to.equal(0);
      expect(bouton(el, 'Imprimer une affiche').getAttribute('aria-expanded')).to.equal('false');
      expect(texte(actif(el)), 'le focus revient au bouton qui a ouvert le formulaire').to.equal('Imprimer une affiche');
    });

    it('a poster for one place: « Ateliers numériques : <lieu> », A4, a full session marked « complet »', async function () {
      this.timeout(20000);
      const el = await agenda();
      bouton(el, 'Imprimer une affiche').click();
      await waitUntil(() => $(el, '#affiche-pour'), 'pas de formulaire', { timeout: 10000 });
      $<HTMLSelectElement>(el, '#affiche-pour')!.value = 'lieu:mq-pile';
      const exporte = oneEvent(el, 'agenda-export');
      bouton(el, 'Imprimer l’affiche').click();
      const { detail } = (await exporte) as CustomEvent<AgendaExportDetail>;
      expect(detail).to.deep.equal({ quoi: 'affiche', seances: 3, pour: 'mq-pile', format: 'A4' });
      await el.updateComplete;
      const affiche = $(el, '.affiche')!;
      expect(texte(affiche.querySelector('h1'))).to.equal('Ateliers numériques : Maison de quartier du Pile');
      const lignes = [...affiche.querySelectorAll('li')].map(texte);
      expect(lignes[0]).to.equal('10 h – 12 h Créer son adresse e-mail (complet) Niveau débutant · Gratuit · Inscription : 03 20 11 22 33');
      expect(lignes).to.have.length(3);
      expect(feuillesPage().some((t) => /size: a4\b/i.test(t)), feuillesPage().join(' / ')).to.equal(true);
      expect(impressions).to.equal(1);
    });

    it('« Imprimer la liste »: on paper the cards, without the controls and buttons (agenda-export « liste »)', async function () {
      this.timeout(20000);
      const el = await agenda();
      const exporte = oneEvent(el, 'agenda-export');
      bouton(el, 'Imprimer la liste').click();
      const { detail } = (await exporte) as CustomEvent<AgendaExportDetail>;
      expect(detail).to.deep.equal({ quoi: 'liste', seances: TOTAL });
      expect(impressions).to.equal(1);
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      const visible = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      expect($$(el, 'article.seance').filter(visible).length).to.equal(TOTAL);
      expect(visible($(el, '#titre')!)).to.equal(true);
      expect(visible($(el, '.controles')!)).to.equal(false);
      expect(visible($(el, '.exports')!)).to.equal(false);
      expect(visible($(el, 'details.rejets')!)).to.equal(false);
      expect($$(el, 'button').filter(visible).map(texte), 'aucun bouton sur le papier').to.deep.equal([]);
      expect($$(el, 'input, select').filter(visible).length).to.equal(0);
      expect($$(el, 'a').filter(visible).map(texte), 'ni « Ajouter à mon agenda »').to.not.include('Ajouter à mon agenda');
    });
  });

  it('« Imprimer la liste » puts every session of the selection on paper, not only the 40 first shown on screen', async function () {
    this.timeout(20000);
    const print = window.print;
    let impressions = 0;
    window.print = () => void impressions++;
    try {
      const el = await fixture<Agenda>(html`<agenda-ateliers src="/test/fixtures/agenda/beaucoup.json" du=${DU}></agenda-ateliers>`);
      await pret(el);
      expect($$(el, 'article.seance').length).to.equal(40);
      const exporte = oneEvent(el, 'agenda-export');
      bouton(el, 'Imprimer la liste').click();
      const { detail } = (await exporte) as CustomEvent<AgendaExportDetail>;
      expect(impressions).to.equal(1);
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      const surPapier = $$(el, 'article.seance').filter((e) => e.getClientRects().length > 0).length;
      expect(detail.seances).to.equal(64);
      expect(surPapier, 'séances sur le papier').to.equal(detail.seances);
    } finally {
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  describe('separate feed (flux)', () => {
    it('adds the feed’s workshops held at the directory’s places, and reports its bad ones with the directory’s', async function () {
      this.timeout(20000);
      const el = await fixture<Agenda>(html`<agenda-ateliers src=${SRC} du=${DU} flux=${FLUX}></agenda-ateliers>`);
      await pret(el);
      await waitUntil(() => compte(el) === seances(TOTAL + 1), `le flux n’est pas ajouté (${compte(el)})`, { timeout: 10000 });
      const c = carte(el, 'flux-tablette', '2026-12-02', '14:00');
      expect(texte(c.querySelector('.titre-seance'))).to.equal('Découvrir la tablette');
      expect(lu(c.querySelector('.ou'))).to.equal('Centre social Bourgogne 12 rue de Bourgogne, 59200 Tourcoing');
      expect(joursAffiches(el)).to.include(jourAttendu('2026-12-02', 'Mercredi 2 décembre'));
      const details = $<HTMLDetailsElement>(el, 'details.rejets')!;
      expect(texte(details.querySelector('summary'))).to.match(/^5 ateliers du fichier sont mal renseignés/);
      details.querySelector('summary')!.click();
      await waitUntil(() => details.querySelectorAll('li').length === 5, 'pas de raisons', { timeout: 10000 });
      expect(texte(details)).to.include('Atelier du flux dans un lieu inconnu : lieu inconnu dans l’annuaire : « ailleurs »');
    });

    it('when the feed cannot be read: says so with « Réessayer », keeps the directory’s workshops; retrying adds them', async function () {
      this.timeout(20000);
      const flux = `/test-instable/agenda-flux-${Date.now()}/agenda/flux.json`;
      const el = await fixture<Agenda>(html`<agenda-ateliers src=${SRC} du=${DU} flux=${flux}></agenda-ateliers>`);
      await pret(el);
      await waitUntil(() => $(el, '.alerte[role="alert"]'), 'pas d’erreur du flux', { timeout: 10000 });
      const alerte = $(el, '.alerte[role="alert"]')!;
      expect(texte(alerte.querySelector('p'))).to.equal('Les ateliers supplémentaires n’ont pas pu être chargés. Ceux de l’annuaire sont affichés.');
      expect(compte(el)).to.equal(seances(TOTAL));
      await expect(el).to.be.accessible();
      bouton(el, 'Réessayer', '.alerte').click();
      await waitUntil(() => compte(el) === seances(TOTAL + 1), 'Réessayer ne charge pas le flux', { timeout: 10000 });
      expect(existe(el, '.alerte[role="alert"]')).to.equal(false);
    });

    it('a feed that does not exist (404) leaves the directory’s agenda as it is', async function () {
      this.timeout(20000);
      const el = await fixture<Agenda>(html`<agenda-ateliers src=${SRC} du=${DU} flux="/test/fixtures/agenda/absent.json"></agenda-ateliers>`);
      await pret(el);
      await waitUntil(() => $(el, '.alerte[role="alert"]'), 'pas d’erreur du flux', { timeout: 10000 });
      expect(texte($(el, '.alerte[role="alert"]'))).to.include('Les ateliers supplémentaires n’ont pas pu être chargés.');
      expect(compte(el)).to.equal(seances(TOTAL));
      expect($$(el, 'article.seance').length).to.equal(TOTAL);
    });
  });

  describe('directory states', () => {
    it('a directory that cannot be fetched: the shared error with « Réessayer », which works', async function () {
      this.timeout(20000);
      const el = await fixture<Agenda>(html`<agenda-ateliers src=${`/test-instable/agenda-${Date.now()}/agenda/annuaire.json`} du=${DU}></agenda-ateliers>`);
      await waitUntil(() => $(el, '.etat-erreur'), 'pas d’erreur', { timeout: 8000 });
      expect(texte($(el, '.etat-erreur p'))).to.equal('La liste des lieux n’a pas pu être chargée (le serveur a répondu 503). Réessayez dans un moment.');
      expect($(el, '.etat-erreur')!.getAttribute('role')).to.equal('alert');
      expect(existe(el, '.compte')).to.equal(false);
      await expect(el).to.be.accessible();
      bouton(el, 'Réessayer').click();
      await waitUntil(() => $(el, '.compte'), 'Réessayer ne charge pas l’annuaire', { timeout: 8000 });
      expect(compte(el)).to.equal(seances(TOTAL));
    });

    it('a missing file (404) says so; no src at all says what to add', async () => {
      const el = await fixture<Agenda>(html`<agenda-ateliers src="/test/fixtures/agenda/absent.json"></agenda-ateliers>`);
      await waitUntil(() => $(el, '.etat-erreur'), 'pas d’erreur', { timeout: 8000 });
      expect(texte($(el, '.etat-erreur p'))).to.equal('La liste des lieux n’a pas pu être chargée (le serveur a répondu 404). Réessayez dans un moment.');
      const sans = await fixture<Agenda>(html`<agenda-ateliers></agenda-ateliers>`);
      await sans.updateComplete;
      expect(texte($(sans, '.etat'))).to.equal('Aucun annuaire n’est indiqué : ajoutez l’attribut src ou placez l’élément dans <annuaire-inclusion>.');
    });

    it('a directory with places but no workshops says « Cet annuaire ne contient aucun atelier pour l’instant. »', async () => {
      const el = await fixture<Agenda>(html`<agenda-ateliers src="/test/fixtures/agenda/sans-ateliers.json" du=${DU}></agenda-ateliers>`);
      await waitUntil(() => texte($(el, '.etat')) === 'Cet annuaire ne contient aucun atelier pour l’instant.', `pas d’état vide : ${texte(racine(el))}`, { timeout: 8000 });
      expect(existe(el, '.controles')).to.equal(false);
      expect(existe(el, '.exports')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('is clean for axe in the plain list, before any lazy view is loaded', async () => {
      const el = await agenda();
      await expect(el).to.be.accessible();
    });

    it('can be used with the keyboard only: search, « Filtres », a box ticked with Space, « Fermer les filtres »', async function () {
      this.timeout(40000);
      const el = await agenda();
      const champ = await tabJusqua(el, (a) => a.id === 'texte', 'le champ de recherche');
      await sendKeys({ type: 'arnaques' });
      await el.updateComplete;
      expect((champ as HTMLInputElement).value).to.equal('arnaques');
      expect(compte(el)).to.equal(seances(2));
      await tabJusqua(el, (a) => a.id === 'bouton-filtres', 'le bouton « Filtres »');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#filtres'), 'Entrée n’ouvre pas les filtres', { timeout: 10000 });
      await el.updateComplete;
      const places = await tabJusqua(el, (a) => a.id === 'places', 'la case des places');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect((places as HTMLInputElement).checked).to.equal(true);
      expect(compte(el)).to.equal(seances(1));
      expect(texte($(el, '#bouton-filtres'))).to.equal('Filtres (1 choisi)');
      await tabJusqua(el, (a) => texte(a) === 'Fermer les filtres', '« Fermer les filtres »');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(actif(el)?.id).to.equal('bouton-filtres');
      expect(existe(el, '#filtres')).to.equal(false);
      // And on to a card's « Plus d’informations », opened with Enter.
      const plus = await tabJusqua(el, (a) => texte(a) === 'Plus d’informations', '« Plus d’informations »');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(plus.getAttribute('aria-expanded')).to.equal('true');
    });

    it('fits 320 px without horizontal scrolling: list, filters, week and poster form', async function () {
      this.timeout(30000);
      await setViewport({ width: 320, height: 640 });
      const el = await agenda();
      const deborde = () => {
        const d = document.documentElement;
        const r = $(el, '.racine')!;
        return { page: d.scrollWidth > d.clientWidth, hote: el.scrollWidth > el.clientWidth, racine: r.scrollWidth > r.clientWidth };
      };
      const rien = { page: false, hote: false, racine: false };
      expect(deborde(), 'liste').to.deep.equal(rien);
      await ouvrirFiltres(el);
      expect(deborde(), 'filtres').to.deep.equal(rien);
      bouton(el, 'Fermer les filtres').click();
      await el.updateComplete;
      bouton(el, 'Semaine').click();
      await waitUntil(() => $(el, '#titre-semaine'), 'pas de semaine', { timeout: 10000 });
      await el.updateComplete;
      expect(deborde(), 'semaine').to.deep.equal(rien);
      await expect(el).to.be.accessible();
      bouton(el, 'Imprimer une affiche').click();
      await waitUntil(() => $(el, '#affiche-pour'), 'pas de formulaire', { timeout: 10000 });
      await el.updateComplete;
      expect(deborde(), 'formulaire d’affiche').to.deep.equal(rien);
    });
  });
});
