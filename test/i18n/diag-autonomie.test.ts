/**
 * `<diag-autonomie>` in English, Arabic and Ukrainian: every question screen and the result in the language (no
 * French left), accessible, right-to-left in Arabic, the language choice, « Écouter » in the language's voice,
 * and the bilingual print (the person's language beside French, for the agent).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/diag-autonomie/diag-autonomie.js';
// The result's lazy chunk and the loader chunk: imported here so that no test pays for them mid-way.
import '../../src/components/diag-autonomie/resultat.js';
import '../../src/controllers/sources.js';
import type { DiagAutonomie } from '../../src/components/diag-autonomie/diag-autonomie.js';
import { diag as diagAr } from '../../src/i18n/ar/diag.js';
import { diagFr, type MessagesDiag } from '../../src/i18n/diag.fr.js';
import { diag as diagEn } from '../../src/i18n/en/diag.js';
import { NOMS_LANGUES } from '../../src/i18n/choix-langue-boutons.js';
import { localeChargee } from '../../src/i18n/locale.js';
import { diag as diagUk } from '../../src/i18n/uk/diag.js';
import { fausseVoix } from '../voix-factice.js';
import { chainesDe, fuites, textesVus } from './fuite.js';
import { debordements, miroir } from './rtl.js';

performance.setResourceTimingBufferSize(100000);

const SRC = '/test/fixtures/diag/annuaire.json';
type Code = 'en' | 'ar' | 'uk';
const TABLES: Record<Code, MessagesDiag> = { en: diagEn, ar: diagAr, uk: diagUk };

type Diag = DiagAutonomie;
const texte = (n: Element | ShadowRoot | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Diag, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Diag, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const actif = (el: Diag) => el.shadowRoot!.activeElement as HTMLElement | null;
const sansIsolement = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

/** Presses Tab until the focused element of the diag has these words (keyboard only). */
async function tabJusqua(el: Diag, libelle: string, max = 25): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = actif(el);
    if (a && sansIsolement(texte(a)) === sansIsolement(libelle)) return a;
  }
  throw new Error(`« ${libelle} » jamais atteint avec Tab ; focus sur : ${texte(actif(el))}`);
}

/** The strings of the directory fixture (place names, workshop titles), and the language names of the choice. */
let donnees: string[] = [];
before(async () => {
  const annuaire: unknown = await (await fetch(SRC)).json();
  donnees = chainesDe(annuaire, Object.values(NOMS_LANGUES));
});

/** What is left in French (or Latin letters in ar/uk) on the screen. */
const fuitesDe = (el: Diag, code: Code) => fuites(textesVus(el.shadowRoot!), code, donnees);

/** Answers every screen with its first answer (devices: the first one, then « Continuer »), checking each screen. */
async function parcourir(el: Diag, chaqueEcran: () => Promise<void> | void): Promise<number> {
  let ecrans = 0;
  while ($(el, 'section.question')) {
    ecrans++;
    await chaqueEcran();
    const premiere = $$<HTMLButtonElement>(el, '.reponse')[0]!;
    premiere.click();
    await el.updateComplete;
    if ($(el, '.continuer')) {
      $<HTMLButtonElement>(el, '.continuer')!.click();
      await el.updateComplete;
    }
    if (ecrans > 20) throw new Error('le diagnostic ne finit pas');
  }
  return ecrans;
}


describe('<diag-autonomie> in other languages', () => {
  afterEach(async () => {
    localStorage.clear();
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('in French fetches no language file; the language choice works with the keyboard and fires kit-langue', async () => {
    const avant = performance.getEntriesByType('resource').length;
    const el = await fixture<Diag>(html`<diag-autonomie langues="fr en ar uk"></diag-autonomie>`);
    expect(texte($(el, '#titre'))).to.equal(diagFr.titre);
    await new Promise((r) => setTimeout(r, 200));
    const requetes = performance.getEntriesByType('resource').slice(avant).map((r) => r.name);
    expect(requetes.filter((u) => /\/i18n\/(en|ar|uk)\b/.test(u))).to.deep.equal([]);
    expect(localeChargee('ar')).to.equal(undefined);

    const arabe = $<HTMLButtonElement>(el, '.kit-langues button[lang="ar"]')!;
    expect(arabe.getAttribute('aria-pressed')).to.equal('false');
    await tabJusqua(el, NOMS_LANGUES.ar);
    const evenement = oneEvent(el, 'kit-langue');
    await sendKeys({ press: 'Enter' });
    expect((await evenement).detail.langue).to.equal('ar');
    await waitUntil(() => texte($(el, '#titre')) === diagAr.titre, 'pas passé en arabe', { timeout: 5000 });
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect($(el, '.kit-langues button[lang="ar"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('is answered entirely with the keyboard in Arabic, and gives the result in Arabic', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie lang="ar"></diag-autonomie>`);
    const m = diagAr;
    await tabJusqua(el, m.pourMoi);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // A débutant: a smartphone, internet, switches it on with help, nothing else yet; French easy; no urgency.
    const q = (id: Parameters<MessagesDiag['question']>[0]) => m.question(id, 'moi');
    expect(texte($(el, '#question'))).to.equal(q('appareils').question);
    await tabJusqua(el, q('appareils').choix.smartphone!);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabJusqua(el, m.continuer);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const suite: [Parameters<MessagesDiag['question']>[0], string][] = [
      ['internet', 'maison'],
      ['allumer', 'aide'],
      ['message', 'non'],
      ['lien', 'non'],
      ['mot-de-passe', 'non'],
      ['photo-document', 'non'],
      ['demarche', 'non'],
      ['francais', 'facile'],
      ['envie', 'oui'],
      ['urgence', 'non'],
    ];
    for (const [id, choix] of suite) {
      expect(texte($(el, '#question')), id).to.equal(q(id).question);
      expect(texte($(el, '.etape p'))).to.match(/^الخطوة \d+ من 11$/);
      await tabJusqua(el, q(id).choix[choix]!);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    expect(texte($(el, '#titre-resultat'))).to.equal(m.resultat.niveau('debutant', 'moi').titre);
    expect(actif(el)?.id).to.equal('titre-resultat');
    expect(texte($(el, 'section.resultat'))).to.include(m.resultat.aide('formation', 'moi').titre);
  });

  for (const code of ['en', 'ar', 'uk'] as const) {
    const m = TABLES[code];

    it(`${code}: no French left on any question screen nor on the result, for the person and for a helper`, async () => {
      for (const voix of ['moi', 'aidant'] as const) {
        const el = await fixture<Diag>(html`<diag-autonomie lang=${code} voix=${voix} src=${SRC}></diag-autonomie>`);
        expect(fuitesDe(el, code), 'accueil').to.deep.equal([]);
        $<HTMLButtonElement>(el, '.bouton-principal')!.click();
        await el.updateComplete;
        const vus: string[] = [];
        // Always the first answer: an urgency (so the « for whom » screen comes), and the helper's own question.
        const n = await parcourir(el, () => {
          vus.push(texte($(el, '#question')));
          expect(fuitesDe(el, code), vus.at(-1)).to.deep.equal([]);
        });
        expect(n).to.equal(voix === 'moi' ? 12 : 13);
        expect(vus).to.include(m.question('organisme', voix).question);
        if (voix === 'aidant') expect(vus).to.include(m.question('apprentissage', voix).question);
        expect($(el, 'section.resultat')).to.exist;
        expect(fuitesDe(el, code), 'résultat').to.deep.equal([]);
        expect(texte($(el, '#titre-resultat'))).to.equal(m.resultat.niveau(el['resultat']!.niveau, voix).titre);
      }
    });

    it(`${code}: accessible on a question and on the result, with the workshops in the language`, async () => {
      const el = await fixture<Diag>(html`<diag-autonomie lang=${code} voix="moi" src=${SRC}></diag-autonomie>`);
      $<HTMLButtonElement>(el, '.bouton-principal')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      // A débutant, to see the workshops at that level.
      const indices = [0, 0, 1, 2, 2, 2, 2, 2, 0, 0, 1];
      for (const [i, k] of indices.entries()) {
        $$<HTMLButtonElement>(el, '.reponse')[k]!.click();
        await el.updateComplete;
        if (i === 0) {
          $<HTMLButtonElement>(el, '.continuer')!.click();
          await el.updateComplete;
        }
      }
      expect(texte($(el, '#titre-resultat'))).to.equal(m.resultat.niveau('debutant', 'moi').titre);
      await waitUntil(() => $(el, '.ateliers li'), 'pas d’ateliers', { timeout: 5000 });
      // The session's day in the language (Intl), the place's name isolated as it is written.
      const seance = $(el, '.ateliers li')!;
      expect(texte(seance)).to.not.match(/mardi|h ·/);
      expect(texte(seance.querySelector(':scope > bdi'))).to.equal('Centre social Bolly, Tourcoing');
      expect(fuitesDe(el, code)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('ar: fits 360 px and 1280 px without overflow, mirrored, on a question and on the result; names isolated', async () => {
    for (const largeur of [360, 1280]) {
      await setViewport({ width: largeur, height: 800 });
      const el = await fixture<Diag>(html`<diag-autonomie lang="ar" voix="aidant" src=${SRC}></diag-autonomie>`);
      $<HTMLButtonElement>(el, '.bouton-principal')!.click();
      await el.updateComplete;
      const verifier = (ou: string, titre: Element) => {
        expect(debordements(el), `${ou} ${largeur}px`).to.deep.equal([]);
        const mi = miroir(el, titre);
        expect(mi.direction, ou).to.equal('rtl');
        expect(mi.ecartDroite, `${ou} : le titre part de la droite`).to.be.lessThan(mi.ecartGauche);
        expect(mi.ecartDroite, ou).to.be.lessThan(40);
      };
      verifier('question', $(el, '#question')!);
      let organisme = false;
      await parcourir(el, () => {
        if (texte($(el, '#question')) !== diagAr.question('organisme', 'aidant').question) return;
        organisme = true;
        verifier('organismes', $(el, '#question')!);
        // « CAF » inside an Arabic answer keeps its place: isolated (FSI … PDI).
        const caf = $$(el, '.reponse').find((b) => texte(b).includes('CAF'))!;
        expect(caf.textContent).to.include('\u2068CAF\u2069');
      });
      expect(organisme).to.equal(true);
      verifier('résultat', $(el, '#titre-resultat')!);
    }
  });

  for (const [code, voix] of [['ar', 'ar-SA'], ['uk', 'uk-UA'], ['en', 'en-GB']] as const) {
    it(`${code}: « Écouter » reads the question and the result in the ${code} voice, and is absent without it`, async () => {
      // Without a voice of the language (a French one only): no button.
      const francaise = fausseVoix('fr-FR');
      try {
        const el = await fixture<Diag>(html`<diag-autonomie lang=${code} voix="moi"></diag-autonomie>`);
        $<HTMLButtonElement>(el, '.bouton-principal')!.click();
        await el.updateComplete;
        expect($$(el, 'button.ecouter'), 'pas de voix de la langue').to.have.length(0);
      } finally {
        francaise.retirer();
      }
      const f = fausseVoix(voix);
      try {
        const el = await fixture<Diag>(html`<diag-autonomie lang=${code} voix="moi"></diag-autonomie>`);
        $<HTMLButtonElement>(el, '.bouton-principal')!.click();
        await el.updateComplete;
        const bouton = $<HTMLButtonElement>(el, 'button.ecouter')!;
        expect(bouton).to.exist;
        expect(texte(bouton)).to.equal(localeChargee(code)!.commun.ecouter);
        bouton.click();
        await el.updateComplete;
        expect(f.dits).to.have.length(1);
        expect(f.dits[0]!.lang).to.equal(voix);
        expect(f.dits[0]!.text).to.include(TABLES[code].question('appareils', 'moi').question);
        expect($<HTMLButtonElement>(el, 'button.ecouter')!.getAttribute('aria-pressed')).to.equal('true');
        await parcourir(el, () => undefined);
        const surResultat = $<HTMLButtonElement>(el, '.resultat button.ecouter')!;
        expect(surResultat).to.exist;
        surResultat.click();
        expect(f.dits.at(-1)!.text).to.include(texte($(el, '#titre-resultat')));
        expect(f.dits.at(-1)!.lang).to.equal(voix);
      } finally {
        f.retirer();
      }
    });
  }

  it('ar: prints the result in Arabic and French side by side, each column with its lang and dir; the plain print stays one column', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie lang="ar" voix="moi" lien-carte="/carte.html"></diag-autonomie>`);
    $<HTMLButtonElement>(el, '.bouton-principal')!.click();
    await el.updateComplete;
    for (const [i, k] of [0, 0, 1, 2, 2, 2, 2, 2, 0, 0, 1].entries()) {
      $$<HTMLButtonElement>(el, '.reponse')[k]!.click();
      await el.updateComplete;
      if (i === 0) {
        $<HTMLButtonElement>(el, '.continuer')!.click();
        await el.updateComplete;
      }
    }
    const impressions: number[] = [];
    const print = window.print;
    window.print = () => void impressions.push(1);
    try {
      const deux = $$<HTMLButtonElement>(el, '.resultat button').find((b) => texte(b) === diagAr.resultat.imprimerDeux)!;
      expect(deux, 'bouton « الطباعة بلغتين »').to.exist;
      deux.click();
      await waitUntil(() => impressions.length === 1, 'pas d’impression');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '.ecran')!).display).to.equal('none');
      const colonnes = $$(el, '.impression .colonne');
      expect(colonnes).to.have.length(2);
      const [ar, fr] = colonnes as [HTMLElement, HTMLElement];
      expect([ar.lang, ar.dir, fr.lang, fr.dir]).to.deep.equal(['ar', 'rtl', 'fr', 'ltr']);
      for (const c of colonnes) {
        expect(getComputedStyle(c).display).to.not.equal('none');
        expect(c.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      // Side by side on the paper: the same top, one beside the other.
      const ra = ar.getBoundingClientRect();
      const rf = fr.getBoundingClientRect();
      expect(Math.abs(ra.top - rf.top)).to.be.lessThan(2);
      expect(ra.right <= rf.left + 1 || rf.right <= ra.left + 1).to.equal(true);
      // The same result in both: the débutant level and the same help, each in its language.
      expect(texte(ar.querySelector('.impression-titre'))).to.equal(diagAr.resultat.niveau('debutant', 'moi').titre);
      expect(texte(fr.querySelector('.impression-titre'))).to.equal(diagFr.resultat.niveau('debutant', 'moi').titre);
      expect(texte(ar)).to.include(diagAr.resultat.aide('formation', 'moi').titre);
      expect(texte(fr)).to.include(diagFr.resultat.aide('formation', 'moi').titre);
      expect(texte(fr)).to.include(diagFr.resultat.refaire);
      expect(texte(ar)).to.include(`${location.origin}/carte.html?besoin=autonomie`);
      expect(texte(fr)).to.include(`${location.origin}/carte.html?besoin=autonomie`);

      // The plain print: Arabic only.
      await emulateMedia({ media: 'screen' });
      $$<HTMLButtonElement>(el, '.resultat button').find((b) => texte(b) === diagAr.resultat.imprimer)!.click();
      await waitUntil(() => impressions.length === 2, 'pas d’impression');
      await emulateMedia({ media: 'print' });
      const seule = $$(el, '.impression .colonne');
      expect(seule.map((c) => c.getAttribute('lang'))).to.deep.equal(['ar']);
    } finally {
      window.print = print;
    }
  });

  it('in French, the result offers no bilingual print', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="moi"></diag-autonomie>`);
    $<HTMLButtonElement>(el, '.bouton-principal')!.click();
    await el.updateComplete;
    await parcourir(el, () => undefined);
    expect($(el, 'section.resultat')).to.exist;
    expect($(el, '.deux-langues')).to.equal(null);
    expect($$(el, '.resultat button').map(texte)).to.include(diagFr.resultat.imprimer);
  });
});
