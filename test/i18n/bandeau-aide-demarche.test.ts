/**
 * <bandeau-aide-demarche> in English, Arabic and Ukrainian: every word in the language (plain banner and postal-code
 * answers), axe, Arabic mirrored without overflow at 360 and 1280 px, data isolated (bidi), the language choice by
 * keyboard, no language file fetched while French shows, « Écouter » with a voice of the language only, and the
 * page's reservation (reserve.css) tall enough in every language at every width.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/bandeau-aide-demarche/bandeau-aide-demarche.js';
import type { BandeauAideDemarche } from '../../src/components/bandeau-aide-demarche/bandeau-aide-demarche.js';
import { chargerAnnuaire } from '../../src/data/charger.js';
import { SITES_ORGANISMES } from '../../src/i18n/bandeau.fr.js';
import { chargerLocale, localeChargee, type Locale } from '../../src/i18n/locale.js';
import { fausseVoix } from '../voix-factice.js';
import { chainesDe, fuites, textesVus } from './fuite.js';
import { debordements, miroir } from './rtl.js';

const SRC = '/data/tourcoing.json';
const CLE = 'kit-inclusion-numerique.bandeau-ferme';
const LANGUES = ['en', 'ar', 'uk'] as const;
const racine = (el: Element) => el.shadowRoot!;
const texte = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const sansIsolement = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
const table = (code: (typeof LANGUES)[number]): Locale => localeChargee(code)!;

let donnees: string[] = [];

async function chercher(el: BandeauAideDemarche, saisie: string): Promise<void> {
  const champ = racine(el).querySelector<HTMLInputElement>('#pres')!;
  champ.value = saisie;
  racine(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
  await waitUntil(() => racine(el).querySelector('.reponse'), 'pas de réponse', { timeout: 10000 });
  await el.updateComplete;
}


describe('<bandeau-aide-demarche> in other languages', () => {
  before(async () => {
    const { annuaire } = await chargerAnnuaire(await (await fetch(SRC)).text());
    donnees = chainesDe(annuaire.lieux, [...Object.values(SITES_ORGANISMES), '59200', 'Tourcoing', 'Perpignan']);
  });
  afterEach(() => sessionStorage.removeItem(CLE));

  // First: no other language has been asked for yet in this page.
  it('fetches no language file while French shows, even with the choice offered', async () => {
    performance.setResourceTimingBufferSize(100000);
    const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche langues="fr en ar uk" organisme="caf" href="/aide.html" src=${SRC}></bandeau-aide-demarche>`);
    await chercher(el, '59200');
    await new Promise((r) => setTimeout(r, 200));
    const langues = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/i18n\/(en|ar|uk)\b/.test(n));
    expect(langues).to.deep.equal([]);
    expect(texte(racine(el).querySelector('.titre'))).to.equal('Vous n’arrivez pas à faire une démarche en ligne ?');
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('switches language from the choice, by keyboard, and tells the page (kit-langue)', async () => {
    const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche langues="fr en ar uk" organisme="caf" href="/aide.html"></bandeau-aide-demarche>`);
    const boutons = [...racine(el).querySelectorAll<HTMLButtonElement>('.kit-langues button')];
    expect(boutons.map((b) => b.textContent)).to.deep.equal(['Français', 'English', 'العربية', 'Українська']);
    const arabe = boutons[2]!;
    arabe.focus();
    const evt = oneEvent(el, 'kit-langue');
    await sendKeys({ press: 'Enter' });
    expect((await evt).detail.langue).to.equal('ar');
    await waitUntil(() => el.lang === 'ar');
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(texte(racine(el).querySelector('.titre'))).to.equal(table('ar').bandeau.titre);
    expect(racine(el).querySelector('.kit-langues [aria-pressed="true"]')!.textContent).to.equal('العربية');
    // The choice sits above the title's row; the title, icon and « Fermer » keep one row under it.
    const choix = racine(el).querySelector('.kit-langues')!.getBoundingClientRect();
    const titre = racine(el).querySelector('.titre')!.getBoundingClientRect();
    expect(choix.bottom).to.be.at.most(titre.top + 1);
    await expect(el).to.be.accessible();
  });

  for (const code of LANGUES) {
    describe(code, () => {
      before(() => chargerLocale(code));

      it('says every word of the banner in the language', async () => {
        const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche lang=${code} organisme="caf" href="/aide.html"></bandeau-aide-demarche>`);
        const m = table(code).bandeau;
        expect(texte(racine(el).querySelector('.titre'))).to.equal(m.titre);
        expect(sansIsolement(texte(racine(el).querySelector('.texte')))).to.equal(m.texte('caf.fr'));
        expect(texte(racine(el).querySelector('a.action'))).to.equal(m.action);
        expect(racine(el).querySelector('[role="region"]')!.getAttribute('aria-label')).to.equal(m.region);
        expect(racine(el).querySelector('.fermer')!.getAttribute('aria-label')).to.equal(m.fermer);
        expect(fuites(textesVus(racine(el)), code, donnees)).to.deep.equal([]);
        // Without an operator, the sentence names no site.
        const sans = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche lang=${code} href="/aide.html"></bandeau-aide-demarche>`);
        expect(texte(racine(sans).querySelector('.texte'))).to.equal(m.texte());
        await expect(el).to.be.accessible();
      });

      it('answers a postal code in the language: places, distances, hours, numbers; and the unknown and failed cases', async () => {
        const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche lang=${code} organisme="cpam" href="/aide.html" src=${SRC}></bandeau-aide-demarche>`);
        const f = table(code).bandeauForm;
        expect(texte(racine(el).querySelector('label[for="pres"]'))).to.equal(f.libelle);
        expect(texte(racine(el).querySelector('form button[type="submit"]'))).to.equal(f.chercher);
        await chercher(el, '59200');
        const p = table(code).bandeauProches;
        const items = [...racine(el).querySelectorAll('.proches li')];
        expect(items.length).to.be.within(1, 3);
        expect(sansIsolement(texte(racine(el).querySelector('[role="status"]')))).to.equal(p.trouves(items.length, 'Tourcoing'));
        // Distances in the language's number format (never the French comma in English).
        const d = /\(([^)]*)\)/.exec(texte(items[0]))![1]!;
        expect(d).to.match(code === 'ar' ? /^على بعد \d+(\.\d)? كم$/ : code === 'en' ? /^\d+(\.\d)? km away$/ : /^за \d+(,\d)? км$/);
        const toutes = [...racine(el).querySelectorAll('.reponse > a')].map(texte);
        expect(toutes).to.deep.equal([p.toutes]);
        expect(fuites(textesVus(racine(el)), code, donnees)).to.deep.equal([]);
        await expect(el).to.be.accessible();

        await chercher(el, 'Perpignan');
        expect(sansIsolement(texte(racine(el).querySelector('.reponse[role="alert"]')))).to.equal(p.introuvable('Perpignan'));
        expect(fuites(textesVus(racine(el)), code, donnees)).to.deep.equal([]);

        const panne = await fixture<BandeauAideDemarche>(
          html`<bandeau-aide-demarche lang=${code} href="/aide.html" src=${`/test-instable/bandeau-${code}-${Date.now()}/orientation/annuaire.json`}></bandeau-aide-demarche>`,
        );
        await chercher(panne, 'Tourcoing');
        const alerte = racine(panne).querySelector('.reponse[role="alert"]')!;
        expect(texte(alerte.querySelector('p'))).to.equal(p.erreur);
        expect(texte(alerte.querySelector('button'))).to.equal(p.reessayer);
        expect(fuites(textesVus(racine(panne)), code, donnees)).to.deep.equal([]);
        await expect(panne).to.be.accessible();
      });

      it('« Écouter » reads the banner and the places with a voice of the language, and is absent without one', async () => {
        const sans = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche lang=${code} organisme="caf" href="/aide.html"></bandeau-aide-demarche>`);
        expect(racine(sans).querySelector('.ecouter')).to.equal(null);
        // A voice of another language does not count.
        const francaise = fausseVoix('fr-FR');
        try {
          const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche lang=${code} organisme="caf" href="/aide.html"></bandeau-aide-demarche>`);
          await new Promise((r) => setTimeout(r, 100));
          expect(racine(el).querySelector('.ecouter')).to.equal(null);
        } finally {
          francaise.retirer();
        }
        const voix = fausseVoix({ en: 'en-GB', ar: 'ar-SA', uk: 'uk-UA' }[code]);
        try {
          const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche lang=${code} organisme="caf" href="/aide.html" src=${SRC}></bandeau-aide-demarche>`);
          const c = table(code).commun;
          const bouton = () => racine(el).querySelector<HTMLButtonElement>('.ecouter')!;
          await waitUntil(() => bouton(), 'pas de bouton « Écouter »');
          expect(texte(bouton())).to.equal(c.ecouter);
          bouton().click();
          await el.updateComplete;
          const m = table(code).bandeau;
          expect(voix.dits).to.have.length(1);
          expect(voix.dits[0]!.text).to.contain(m.titre).and.contain(sansIsolement(m.texte('caf.fr')).slice(0, 20));
          expect(texte(bouton())).to.equal(c.arreter);
          bouton().click();
          await el.updateComplete;
          // With the answer shown, the places are read too.
          await chercher(el, '59200');
          bouton().click();
          const nom = texte(racine(el).querySelector('.proches li strong'));
          expect(voix.dits[1]!.text).to.contain(nom);
          expect(sansIsolement(voix.dits[1]!.text)).to.contain(sansIsolement(texte(racine(el).querySelector('[role="status"]'))));
          await expect(el).to.be.accessible();
        } finally {
          voix.retirer();
        }
      });
    });
  }

  describe('Arabic, right to left', () => {
    before(() => chargerLocale('ar'));
    for (const largeur of [360, 1280]) {
      it(`is mirrored and fits at ${largeur} px, with the data isolated`, async () => {
        await setViewport({ width: largeur, height: 800 });
        try {
          const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche lang="ar" organisme="france-travail" href="/aide.html" src=${SRC}></bandeau-aide-demarche>`);
          expect(el.getAttribute('dir')).to.equal('rtl');
          const titre = racine(el).querySelector('.titre')!;
          const m = miroir(el, titre);
          expect(m.direction).to.equal('rtl');
          expect(m.ecartDroite).to.be.below(m.ecartGauche);
          // The icon on the right of the title, « Fermer » on its left; the coloured rule on the right edge.
          const r = (s: string) => racine(el).querySelector(s)!.getBoundingClientRect();
          expect(r('.icone').left).to.be.at.least(r('.titre').right - 1);
          expect(r('.fermer').right).to.be.at.most(r('.titre').left + 1);
          const bandeau = getComputedStyle(racine(el).querySelector('.bandeau')!);
          expect(parseFloat(bandeau.borderRightWidth)).to.be.above(0);
          expect(parseFloat(bandeau.borderLeftWidth)).to.equal(0);
          // The site's name keeps its order inside the Arabic sentence.
          expect(texte(racine(el).querySelector('.texte'))).to.contain('\u2068francetravail.fr\u2069');
          await chercher(el, '59200');
          expect(debordements(el)).to.deep.equal([]);
          expect(texte(racine(el).querySelector('[role="status"]'))).to.contain('\u2068Tourcoing\u2069');
          for (const li of racine(el).querySelectorAll('.proches li')) {
            expect(li.querySelector('strong > bdi'), 'nom du lieu isolé').to.not.equal(null);
            expect(li.querySelectorAll('bdi').length).to.be.at.least(3);
            const tel = li.querySelector('a[href^="tel:"]');
            if (tel) expect(texte(tel)).to.match(/\u2068[\d ]+\u2069$/);
          }
          await expect(el).to.be.accessible();
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
  });

  describe('the page’s reservation (reserve.css) holds in every language', () => {
    let feuille: HTMLStyleElement;
    before(async () => {
      await Promise.all(LANGUES.map((l) => chargerLocale(l)));
      feuille = document.createElement('style');
      feuille.textContent = await (await fetch('/src/components/bandeau-aide-demarche/reserve.css')).text();
      document.head.append(feuille);
      document.body.style.margin = '0';
    });
    after(async () => {
      feuille.remove();
      document.body.style.margin = '';
      await setViewport({ width: 800, height: 600 });
    });

    // The narrowest width of each band of reserve.css (the tallest banner of the band), and the demo's usual widths.
    const LARGEURS = [320, 360, 412, 440, 480, 560, 576, 600, 700, 800, 1280];

    it('the banner is never taller than the place the page reserved, with or without « Écouter »', async function () {
      this.timeout(180000);
      const trop: string[] = [];
      let mesures = 0;
      for (const largeur of LARGEURS) {
        await setViewport({ width: largeur, height: 900 });
        for (const code of ['fr', ...LANGUES]) {
          for (const voix of [false, true]) {
            const fausse = voix ? fausseVoix(code) : undefined;
            try {
              // As on the demo pages: the page's type, its main column, the banner first in it.
              const page = await fixture<HTMLElement>(html`<main lang=${code} style="font-family: Marianne, arial, sans-serif; line-height: 1.5; max-width: 60rem; margin: 0 auto; padding: 1rem">
                <bandeau-aide-demarche organisme="caf" href="/aide.html"></bandeau-aide-demarche>
                <bandeau-aide-demarche organisme="cpam" href="/aide.html" src=${SRC}></bandeau-aide-demarche>
              </main>`);
              for (const el of page.querySelectorAll<BandeauAideDemarche>('bandeau-aide-demarche')) {
                await el.updateComplete;
                if (voix) await waitUntil(() => racine(el).querySelector('.ecouter'), `${code} ${largeur} : pas de bouton « Écouter »`);
                const reserve = parseFloat(getComputedStyle(el).minHeight);
                el.style.setProperty('--kit-bandeau-hauteur', '0px');
                const hauteur = el.getBoundingClientRect().height;
                el.style.removeProperty('--kit-bandeau-hauteur');
                mesures++;
                if (hauteur > reserve + 0.5) trop.push(`${code} ${largeur} px ${el.src ? 'src' : 'simple'}${voix ? ' + Écouter' : ''} : ${hauteur} > ${reserve}`);
              }
            } finally {
              fausse?.retirer();
            }
          }
        }
      }
      expect(mesures).to.equal(LARGEURS.length * 4 * 2 * 2);
      expect(trop).to.deep.equal([]);
    });
  });
});
