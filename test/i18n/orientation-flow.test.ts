/**
 * `<orientation-flow>` in English, Arabic and Ukrainian: every step and the result in the language (the default
 * tree translated, no French left), accessible, right-to-left in Arabic, place names isolated inside Arabic
 * sentences, the language choice, « Écouter » in the language's voice, and the two-language fiche on paper.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/orientation-flow/orientation-flow.js';
// The result's lazy chunk: imported here so that no test pays for it mid-way.
import '../../src/components/orientation-flow/outils-resultat.js';
import type { OrientationFlow } from '../../src/components/orientation-flow/orientation-flow.js';
import { ARBRE_PAR_DEFAUT } from '../../src/data/arbre-orientation.js';
import type { NoeudIssue, NoeudQuestion } from '../../src/data/orientation.js';
import { arbre as arbreAr } from '../../src/i18n/ar/arbre.js';
import { orientation as orientationAr } from '../../src/i18n/ar/orientation.js';
import { arbre as arbreEn } from '../../src/i18n/en/arbre.js';
import { orientation as orientationEn } from '../../src/i18n/en/orientation.js';
import { NOMS_LANGUES } from '../../src/i18n/choix-langue-boutons.js';
import { localeChargee, type TexteNoeud } from '../../src/i18n/locale.js';
import { orientationFr, type MessagesOrientation } from '../../src/i18n/orientation.fr.js';
import { arbre as arbreUk } from '../../src/i18n/uk/arbre.js';
import { orientation as orientationUk } from '../../src/i18n/uk/orientation.js';
import { fausseVoix } from '../voix-factice.js';
import { chainesDe, fuites, textesVus } from './fuite.js';
import { debordements, miroir } from './rtl.js';

performance.setResourceTimingBufferSize(100000);

const SRC = '/test/fixtures/orientation/annuaire.json';
type Code = 'en' | 'ar' | 'uk';
const TABLES: Record<Code, { m: MessagesOrientation; arbre: Record<string, TexteNoeud> }> = {
  en: { m: orientationEn, arbre: arbreEn },
  ar: { m: orientationAr, arbre: arbreAr },
  uk: { m: orientationUk, arbre: arbreUk },
};

type Flow = OrientationFlow;
const texte = (n: Element | ShadowRoot | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Flow, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Flow, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const actif = (el: Flow) => el.shadowRoot!.activeElement as HTMLElement | null;
const sansIsolement = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
const mot = (t: TexteNoeud[keyof TexteNoeud] | string | undefined, voix: 'moi' | 'aidant' = 'moi') =>
  typeof t === 'string' ? t : (t as { moi: string; aidant: string })[voix];
/** The words of answer `valeur` of node `id`, in a language's tree table. */
const rep = (a: Record<string, TexteNoeud>, id: string, valeur: string) => mot(a[id]!.reponses![valeur]);

/** Presses Tab until the focused element of the flow has these words, then Enter (keyboard only). */
async function auClavier(el: Flow, libelle: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = actif(el);
    if (a && sansIsolement(texte(a)) === sansIsolement(libelle)) {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      return;
    }
  }
  throw new Error(`« ${libelle} » jamais atteint avec Tab ; focus sur : ${texte(actif(el))}`);
}

/** The strings of the directory fixture (place names, addresses…), the commune typed, and the language names. */
let donnees: string[] = [];
let noms: Record<string, string> = {};
before(async () => {
  const annuaire = (await (await fetch(SRC)).json()) as { lieux: { id: string; nom: string }[] };
  donnees = chainesDe(annuaire, [...Object.values(NOMS_LANGUES), 'Tourcoing']);
  noms = Object.fromEntries(annuaire.lieux.map((l) => [l.id, l.nom]));
});

const fuitesDe = (el: Flow, code: Code) => fuites(textesVus(el.shadowRoot!), code, donnees);

async function monter(code: Code | 'fr', extra = ''): Promise<Flow> {
  const el = await fixture<Flow>(html`<orientation-flow lang=${code} src=${SRC} lien-carte="/carte.html" langues=${extra}></orientation-flow>`);
  await el.updateComplete;
  return el;
}

async function cliquer(el: Flow, libelle: string): Promise<void> {
  const b = $$<HTMLButtonElement>(el, 'button, a').find((x) => sansIsolement(texte(x)) === libelle);
  if (!b) throw new Error(`pas de « ${libelle} » : ${$$(el, 'button, a').map(texte).join(' | ')}`);
  b.click();
  await el.updateComplete;
}

/** Waits for the « Où et quand » form (the directory is there). */
async function formulaire(el: Flow): Promise<void> {
  await waitUntil(() => $(el, 'section.ou-quand form'), 'pas de formulaire « Où et quand »', { timeout: 8000 });
  await el.updateComplete;
}

/** Fills the commune and asks for the places; waits for the result. */
async function voirLieux(el: Flow, m: MessagesOrientation, commune = 'Tourcoing'): Promise<void> {
  $<HTMLInputElement>(el, '#pres')!.value = commune;
  await cliquer(el, m.ouQuand.voir);
  await waitUntil(() => $(el, '#titre-resultat'), 'pas de résultat', { timeout: 8000 });
  await el.updateComplete;
}

/** Urgent procedure, cannot do it even when shown, French difficult: « assistance », with France Services places. */
const URGENCE = (a: Record<string, TexteNoeud>) => [
  rep(a, 'besoin', 'demarche'),
  rep(a, 'demarche-urgence', 'oui'),
  rep(a, 'demarche-urgente', 'non'),
  rep(a, 'assistance-francais', 'difficile'),
];


describe('<orientation-flow> in other languages', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('in French fetches no language file; the language choice works with the keyboard and fires kit-langue', async function () {
    this.timeout(20000);
    const avant = performance.getEntriesByType('resource').length;
    const el = await monter('fr', 'fr en ar uk');
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(texte($(el, '#titre'))).to.equal(orientationFr.titre);
    await new Promise((r) => setTimeout(r, 200));
    const requetes = performance.getEntriesByType('resource').slice(avant).map((r) => r.name);
    expect(requetes.filter((u) => /\/i18n\/(en|ar|uk)\b/.test(u))).to.deep.equal([]);
    expect(localeChargee('ar')).to.equal(undefined);

    setTimeout(() => void auClavier(el, NOMS_LANGUES.ar));
    const e = (await oneEvent(el, 'kit-langue')) as CustomEvent<{ langue: string }>;
    expect(e.detail.langue).to.equal('ar');
    await waitUntil(() => texte($(el, '#titre')) === orientationAr.titre, 'l’élément ne passe pas en arabe', { timeout: 5000 });
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect($(el, '.kit-langues button[lang="ar"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('in Arabic, a whole journey by keyboard reaches a result with places, in Arabic, with the French data as written', async function () {
    this.timeout(30000);
    const { m, arbre } = TABLES.ar;
    const el = await monter('ar');
    $(el, '#titre')!.focus();
    await auClavier(el, m.pourMoi);
    expect(texte($(el, '.etape p'))).to.equal(m.etape(1, m.etapes[0]));
    expect(texte($(el, '#titre-question'))).to.equal(mot(arbre.besoin!.texte));
    for (const r of URGENCE(arbre)) await auClavier(el, r);
    await formulaire(el);
    expect(texte($(el, '.etape p'))).to.equal(m.etape(3, m.etapes[2]));
    $<HTMLInputElement>(el, '#pres')!.focus();
    await sendKeys({ type: 'Tourcoing' });
    await auClavier(el, m.ouQuand.voir);
    await waitUntil(() => $(el, '#titre-resultat'), 'pas de résultat', { timeout: 8000 });
    await el.updateComplete;
    expect(texte($(el, '#titre-resultat'))).to.equal(mot(arbre.assistance!.titre));
    expect(texte($(el, '.pourquoi'))).to.include(mot(arbre.assistance!.pourquoi));
    expect(texte($(el, '.pourquoi'))).to.include(m.resultat.urgence('moi'));
    expect(texte($(el, '.pourquoi'))).to.include(m.resultat.francais('moi'));
    const lieux = $$(el, '.resultat ol.lieux li.lieu [id^="lieu-"]').map((h) => texte(h));
    expect(lieux.length).to.be.within(1, 3);
    expect(lieux[0]).to.match(/France Services/);
    for (const n of lieux) expect(Object.values(noms)).to.include(n);
  });

  for (const code of ['en', 'ar', 'uk'] as const) {
    it(`${code}: no French left on any step nor on the result; accessible`, async function () {
      this.timeout(40000);
      const { m, arbre } = TABLES[code];
      const el = await monter(code);
      expect(fuitesDe(el, code), 'accueil').to.deep.equal([]);
      await expect(el).to.be.accessible();
      await cliquer(el, m.pourAutre);
      // The helper's voice, translated too.
      expect(texte($(el, '#titre-question'))).to.equal(mot(arbre.besoin!.texte, 'aidant'));
      for (const r of [rep(arbre, 'besoin', 'materiel'), mot(arbre['materiel-seul']!.reponses!.accompagne, 'aidant')]) {
        expect(fuitesDe(el, code), texte($(el, '#titre-question'))).to.deep.equal([]);
        await cliquer(el, r);
      }
      await formulaire(el);
      expect(fuitesDe(el, code), 'où et quand').to.deep.equal([]);
      await expect(el).to.be.accessible();
      await voirLieux(el, m);
      expect(texte($(el, '#titre-resultat'))).to.equal(mot(arbre['materiel-mediation']!.titre));
      expect($$(el, '.resultat li.lieu').length).to.be.greaterThan(0);
      expect(fuitesDe(el, code), 'résultat').to.deep.equal([]);
      await expect(el).to.be.accessible();
      // The same journey, through the urgent branch, with its marks.
      await cliquer(el, m.recommencer);
      await cliquer(el, m.pourMoi);
      for (const r of URGENCE(arbre)) {
        expect(fuitesDe(el, code), texte($(el, '#titre-question'))).to.deep.equal([]);
        await cliquer(el, r);
      }
      await formulaire(el);
      await voirLieux(el, m);
      expect(texte($(el, '#titre-resultat'))).to.equal(mot(arbre.assistance!.titre));
      expect(fuitesDe(el, code), 'résultat urgent').to.deep.equal([]);
    });
  }

  it('en: a tree given by the integrator stays as written (only the default tree is translated)', async function () {
    this.timeout(20000);
    const { m } = TABLES.en;
    const propre = structuredClone(ARBRE_PAR_DEFAUT);
    (propre.noeuds.besoin as NoeudQuestion).texte = 'Quelle aide cherchez-vous à la CAF ?';
    const el = await fixture<Flow>(html`<orientation-flow lang="en" src=${SRC} .arbre=${propre}></orientation-flow>`);
    await el.updateComplete;
    await cliquer(el, m.pourMoi);
    await waitUntil(() => $(el, '#titre-question'), 'pas de question', { timeout: 5000 });
    expect(texte($(el, '#titre-question'))).to.equal('Quelle aide cherchez-vous à la CAF ?');
    const demarche = (ARBRE_PAR_DEFAUT.noeuds.besoin as NoeudQuestion).reponses.find((r) => r.valeur === 'demarche')!.texte as string;
    expect($$(el, '.reponse').map(texte)).to.include(demarche);
    // The element's own words are still in English.
    expect(texte($(el, '.etape p'))).to.equal(m.etape(1, m.etapes[0]));
  });

  for (const largeur of [360, 1280]) {
    it(`ar at ${largeur} px: nothing sticks out, the question and the result are mirrored`, async function () {
      this.timeout(30000);
      await setViewport({ width: largeur, height: 800 });
      const { m, arbre } = TABLES.ar;
      const el = await monter('ar');
      await cliquer(el, m.pourMoi);
      expect(debordements(el), 'question').to.deep.equal([]);
      const q = miroir(el, $(el, '#titre-question')!);
      expect(q.direction).to.equal('rtl');
      expect(q.ecartDroite).to.be.lessThan(q.ecartGauche);
      expect(q.ecartDroite).to.be.lessThan(40);
      for (const r of URGENCE(arbre)) await cliquer(el, r);
      await formulaire(el);
      expect(debordements(el), 'où et quand').to.deep.equal([]);
      await voirLieux(el, m);
      expect(debordements(el), 'résultat').to.deep.equal([]);
      const t = miroir(el, $(el, '#titre-resultat')!);
      expect(t.direction).to.equal('rtl');
      expect(t.ecartDroite).to.be.lessThan(t.ecartGauche);
    });
  }

  it('ar: a place name inside an Arabic sentence is isolated, and names and addresses keep their own direction', async function () {
    this.timeout(30000);
    const { m, arbre } = TABLES.ar;
    const el = await monter('ar');
    await cliquer(el, m.pourMoi);
    // Looking for a job: no place of the fixture offers it, so the nearest France Services and the phone line.
    await cliquer(el, rep(arbre, 'besoin', 'emploi'));
    await formulaire(el);
    await voirLieux(el, m);
    const repli = $(el, '.repli')!;
    expect(texte(repli)).to.include(m.resultat.aucun);
    // « Or call Solidarité Numérique (free): » in Arabic, the name between FSI and PDI.
    const phrase = [...repli.querySelectorAll('p')].map((p) => p.textContent!).find((t) => t.includes('Solidarité Numérique'))!;
    expect(phrase).to.include('\u2068Solidarité Numérique\u2069');
    expect(phrase).to.include(sansIsolement(m.resultat.repliTel('')).replace(/\s*\(.*$/, '').trim().slice(0, 5));
    // The France Services proposed: its name and address in <bdi>, laid out left to right inside the Arabic page.
    const nom = repli.querySelector('li.lieu [id^="lieu-"] bdi')!;
    expect(texte(nom)).to.match(/^France Services/);
    expect(getComputedStyle(nom).direction).to.equal('ltr');
    const adresse = repli.querySelector('li.lieu p bdi')!;
    expect(getComputedStyle(adresse).direction).to.equal('ltr');
    expect(getComputedStyle(repli).direction).to.equal('rtl');
  });

  it('« Écouter » reads the question and its answers, then the result and its places, in the voice of the language; absent without one', async function () {
    this.timeout(30000);
    const { m, arbre } = TABLES.uk;
    const sans = await monter('uk');
    await cliquer(sans, m.pourMoi);
    expect($(sans, 'button.ecouter'), 'pas de voix : pas de bouton').to.equal(null);
    const voix = fausseVoix('uk-UA');
    try {
      const el = await monter('uk');
      await cliquer(el, m.pourMoi);
      const b = $<HTMLButtonElement>(el, 'section.question button.ecouter')!;
      // Its words come from the commun table (another helper's): not French, whatever they are.
      expect(texte(b)).to.not.equal('Écouter');
      expect(texte(b)).to.match(/\p{Script=Cyrillic}/u);
      b.click();
      await el.updateComplete;
      expect(voix.dits.length).to.equal(1);
      expect(voix.dits[0]!.text).to.include(mot(arbre.besoin!.texte));
      expect(voix.dits[0]!.text).to.include(rep(arbre, 'besoin', 'demarche'));
      $<HTMLButtonElement>(el, 'section.question button.ecouter')!.click(); // stop
      await el.updateComplete;
      for (const r of URGENCE(arbre)) await cliquer(el, r);
      await formulaire(el);
      await voirLieux(el, m);
      $<HTMLButtonElement>(el, 'section.resultat button.ecouter')!.click();
      await el.updateComplete;
      const dit = voix.dits[voix.dits.length - 1]!.text;
      expect(dit).to.include(mot(arbre.assistance!.titre));
      expect(dit).to.include(mot(arbre.assistance!.pourquoi));
      const lieux = $$(el, '.resultat ol.lieux li.lieu [id^="lieu-"]').map((h) => texte(h));
      expect(lieux.length).to.be.greaterThan(0);
      for (const n of lieux) expect(dit).to.include(n);
    } finally {
      voix.retirer();
    }
  });

  it('ar: the fiche prints in Arabic and French side by side, each column in its language, same places; the plain print still works', async function () {
    this.timeout(30000);
    const { m, arbre } = TABLES.ar;
    const el = await monter('ar');
    await cliquer(el, m.pourMoi);
    for (const r of URGENCE(arbre)) await cliquer(el, r);
    await formulaire(el);
    await voirLieux(el, m);
    const imprimer = window.print;
    let imprime = 0;
    window.print = () => void imprime++;
    try {
      await cliquer(el, m.resultat.imprimerDeuxLangues);
      await el.updateComplete;
      expect(imprime).to.equal(1);
      await emulateMedia({ media: 'print' });
      const fiche = $(el, '.impression')!;
      expect(getComputedStyle($(el, '.ecran')!).display).to.equal('none');
      expect(getComputedStyle(fiche).display).to.equal('grid');
      const [ar, fr] = [...fiche.querySelectorAll<HTMLElement>(':scope > .colonne')];
      expect(ar!.lang).to.equal('ar');
      expect(getComputedStyle(ar!).direction).to.equal('rtl');
      expect(fr!.lang).to.equal('fr');
      expect(getComputedStyle(fr!).direction).to.equal('ltr');
      // Side by side, on the same lines.
      const [ra, rf] = [ar!.getBoundingClientRect(), fr!.getBoundingClientRect()];
      expect(Math.abs(ra.top - rf.top)).to.be.lessThan(2);
      expect(ra.left >= rf.right - 1 || rf.left >= ra.right - 1, 'colonnes côte à côte').to.equal(true);
      expect(texte(ar!.querySelector('.impression-titre'))).to.equal(m.fiche.titre);
      expect(texte(fr!.querySelector('.impression-titre'))).to.equal(orientationFr.fiche.titre);
      expect(texte(ar)).to.include(mot(arbre.assistance!.titre));
      const titreFr = (ARBRE_PAR_DEFAUT.noeuds.assistance as NoeudIssue).titre as string;
      expect(texte(fr)).to.include(`${orientationFr.fiche.aide} : ${titreFr}`);
      const besoinFr = (ARBRE_PAR_DEFAUT.noeuds.besoin as NoeudQuestion).reponses.find((r) => r.valeur === 'demarche')!.texte as string;
      expect(texte(fr)).to.include(`${orientationFr.fiche.besoin} : ${besoinFr}`);
      const nomsDe = (c: Element) => [...c.querySelectorAll('.impression-lieu strong')].map((s) => texte(s));
      expect(nomsDe(ar!).length).to.be.greaterThan(0);
      expect(nomsDe(ar!)).to.deep.equal(nomsDe(fr!));
      expect(nomsDe(ar!)).to.deep.equal($$(el, '.resultat ol.lieux li.lieu [id^="lieu-"]').map((h) => texte(h)));
      // The French column has no Arabic, the Arabic column no French word but the data.
      expect(texte(fr)).to.not.match(/\p{Script=Arabic}/u);
      // (The map address under the QR code is a link, not words: left out.)
      const sansLien = ar!.cloneNode(true) as HTMLElement;
      sansLien.querySelector('.lien')?.remove();
      expect(fuites([texte(sansLien)], 'ar', donnees)).to.deep.equal([]);

      // After printing, back to one language; the plain print is the Arabic fiche alone.
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect($(el, '.impression .colonne')).to.equal(null);
      await cliquer(el, m.resultat.imprimer);
      expect(imprime).to.equal(2);
      const seule = $(el, '.impression')!;
      expect(getComputedStyle(seule).display).to.equal('block');
      expect(texte(seule.querySelector('.impression-titre'))).to.equal(m.fiche.titre);
      expect(texte(seule)).to.not.include(orientationFr.fiche.titre);
    } finally {
      window.print = imprimer;
    }
  });
});
