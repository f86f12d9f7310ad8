/**
 * <agenda-ateliers> in English, Arabic and Ukrainian, with the fixture test/fixtures/agenda/annuaire.json (window
 * pinned to the weeks from Monday 23 November 2026): every word from the language's tables (no French left but the
 * data), axe clean in each state (list, open card, week, filters, no result), dates and times in the language, and
 * in Arabic a mirrored agenda (week columns from right to left, arrows flipped, nothing sticking out at 360 and
 * 1280 px). The day labels of the data layer are checked directly too.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/agenda-ateliers/agenda-ateliers.js';
import type { AgendaAteliers } from '../../src/components/agenda-ateliers/agenda-ateliers.js';
import { libelleJour, parJour } from '../../src/data/agenda.js';
import { chainesDe, fuites, textesVus } from './fuite.js';
import { debordements, miroir } from './rtl.js';

performance.setResourceTimingBufferSize(100000);

const SRC = '/test/fixtures/agenda/annuaire.json';
const DU = '2026-11-23';
type Code = 'en' | 'ar' | 'uk';

const racine = (el: Element) => el.shadowRoot!;
const texte = (n: Element | ShadowRoot | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => racine(el).querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...racine(el).querySelectorAll<T>(s)];

let donnees: string[] = [];
before(async () => {
  const d = await (await fetch(SRC)).json();
  donnees = chainesDe(d, ['Tourcoing', '59200']);
});

async function pret(el: AgendaAteliers): Promise<void> {
  await waitUntil(() => $(el, '.compte'), 'l’agenda ne s’affiche pas', { timeout: 8000 });
  await el.updateComplete;
}

async function agenda(code: string, extra: Partial<{ vue: string; langues: string }> = {}): Promise<AgendaAteliers> {
  const el = await fixture<AgendaAteliers>(
    html`<agenda-ateliers src=${SRC} du=${DU} fond="aucun" lang=${code} vue=${extra.vue ?? 'liste'} langues=${extra.langues ?? ''}></agenda-ateliers>`,
  );
  await pret(el);
  return el;
}

/** Renders again and waits for the views loaded on demand (filters, week) to be drawn. */
async function rendu(el: AgendaAteliers, attendu: string): Promise<void> {
  await waitUntil(() => $(el, attendu), `${attendu} n’apparaît pas`, { timeout: 5000 });
  await el.updateComplete;
}

/** Texts seen, but the reasons of the broken workshops inside the closed « See why » (technical field paths from
 *  the validator's wording, src/i18n/decrire.ts, not this element's). */
function vus(el: AgendaAteliers): string[] {
  const raisons = new Set([...$$(el, '.rejets li')].map((li) => texte(li)));
  return textesVus(racine(el)).filter((t) => !raisons.has(t));
}
const sansFuite = (el: AgendaAteliers, code: Code) => expect(fuites(vus(el), code, donnees)).to.deep.equal([]);

/** What each language must show, written by hand. */
const ATTENDU: Record<Code, { titre: string; jour: RegExp; heure: RegExp; details: string; semaine: string; filtres: string; aucun: string; premier: RegExp }> = {
  en: {
    titre: 'Digital skills workshops',
    jour: /^Tuesday,? 24 November$/,
    heure: /Tuesday,? 24 November, from 2:00 pm to 4:00 pm/,
    details: 'More information',
    semaine: 'Week',
    filtres: 'Filters',
    aucun: 'No workshop matches your search.',
    premier: /^Tuesday,? 1 December$/,
  },
  ar: {
    titre: 'مواعيد ورشات المهارات الرقمية',
    jour: /^الثلاثاء، 24 نوفمبر$/,
    heure: /الثلاثاء، 24 نوفمبر، من 14:00 إلى 16:00/,
    details: 'مزيد من المعلومات',
    semaine: 'أسبوع',
    filtres: 'التصفية',
    aucun: 'لا توجد ورشة تناسب بحثك.',
    premier: /^الثلاثاء، 1 ديسمبر$/,
  },
  uk: {
    titre: 'Розклад занять з цифрових навичок',
    jour: /^Вівторок, 24 листопада$/,
    heure: /Вівторок, 24 листопада, з 14:00 до 16:00/,
    details: 'Докладніше',
    semaine: 'Тиждень',
    filtres: 'Фільтри',
    aucun: 'Жодне заняття не відповідає вашому пошуку.',
    premier: /^Вівторок, 1 грудня$/,
  },
};

const bouton = (el: AgendaAteliers, libelle: string) => {
  const b = $$(el, 'button, a').find((x) => texte(x) === libelle);
  if (!b) throw new Error(`pas de « ${libelle} » : ${$$(el, 'button, a').map(texte).join(' | ')}`);
  return b;
};

describe('<agenda-ateliers> in other languages', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('French: no other language file is fetched, and the language choice switches by keyboard (kit-langue)', async () => {
    const el = await agenda('fr', { langues: 'fr en ar uk' });
    const autres = () => performance.getEntriesByType('resource').filter((r) => /\/i18n\/(en|ar|uk)\b/.test(r.name));
    expect(autres()).to.deep.equal([]);
    expect(texte($(el, '.titre-principal'))).to.equal('Agenda des ateliers numériques');
    const english = $$(el, '.kit-langues button').find((b) => b.lang === 'en')!;
    english.focus();
    const evenement = oneEvent(el, 'kit-langue');
    await sendKeys({ press: 'Enter' });
    expect((await evenement).detail.langue).to.equal('en');
    await waitUntil(() => texte($(el, '.titre-principal')) === ATTENDU.en.titre, 'pas passé en anglais', { timeout: 5000 });
    expect(autres().length).to.be.greaterThan(0);
    expect($$(el, '.kit-langues button').find((b) => b.lang === 'en')!.getAttribute('aria-pressed')).to.equal('true');
  });

  for (const code of ['en', 'ar', 'uk'] as const) {
    const a = ATTENDU[code];
    describe(code, () => {
      it('list: titles, day labels and times in the language, no leak, axe clean', async () => {
        const el = await agenda(code);
        expect(texte($(el, '.titre-principal'))).to.equal(a.titre);
        const jours = $$(el, '.titre-jour').map(texte);
        expect(jours.some((j) => a.jour.test(j)), jours.join(' | ')).to.equal(true);
        expect(jours.some((j) => a.premier.test(j)), jours.join(' | ')).to.equal(true);
        expect($$(el, '.quand').map(texte).some((q) => a.heure.test(q)), $$(el, '.quand').map(texte).join(' | ')).to.equal(true);
        sansFuite(el, code);
        await expect(el).to.be.accessible();
      });

      it('a card with « More information » opened: themes and details in the language, no leak, axe clean', async () => {
        const el = await agenda(code);
        const b = $$(el, '.actions-seance button').find((x) => texte(x) === a.details)!;
        expect(b, 'bouton détails').to.exist;
        b.click();
        await rendu(el, '.details');
        await waitUntil(() => el.vues, 'vues non chargées');
        await el.updateComplete;
        expect(texte($(el, '.details'))).to.not.match(/Prendre en main un ordinateur|Réseaux sociaux|Se protéger en ligne/);
        sansFuite(el, code);
        await expect(el).to.be.accessible();
      });

      it('week view and filters panel: no leak, axe clean', async () => {
        const el = await agenda(code, { vue: 'semaine' });
        await rendu(el, '.semaine-grille');
        expect(texte($(el, '#titre-semaine'))).to.not.match(/Semaine du/);
        sansFuite(el, code);
        await expect(el).to.be.accessible();
        bouton(el, a.filtres).click();
        await rendu(el, '#filtres');
        sansFuite(el, code);
        await expect(el).to.be.accessible();
      });

      it('no result: the message in the language, no leak, axe clean', async () => {
        const el = await agenda(code);
        const champ = $<HTMLInputElement>(el, '#texte')!;
        champ.value = 'zzzzqqq';
        champ.dispatchEvent(new Event('input'));
        await el.updateComplete;
        expect(texte($(el, '.vide'))).to.contain(a.aucun);
        sansFuite(el, code);
        await expect(el).to.be.accessible();
      });
    });
  }

  describe('Arabic, right to left', () => {
    for (const largeur of [360, 1280]) {
      it(`at ${largeur} px: mirrored, nothing sticks out (list, week, filters)`, async () => {
        await setViewport({ width: largeur, height: 800 });
        const el = await agenda('ar');
        expect(el.getAttribute('dir')).to.equal('rtl');
        const m = miroir(el, $(el, '.titre-principal')!);
        expect(m.direction).to.equal('rtl');
        expect(m.ecartDroite).to.be.lessThan(m.ecartGauche);
        expect(m.ecartDroite).to.be.lessThan(24);
        expect(debordements(el)).to.deep.equal([]);
        bouton(el, 'أسبوع').click();
        await rendu(el, '.semaine-grille');
        expect(debordements(el)).to.deep.equal([]);
        bouton(el, 'التصفية').click();
        await rendu(el, '#filtres');
        expect(debordements(el)).to.deep.equal([]);
      });
    }

    it('week at 1280 px: Monday in the rightmost column, then leftwards; « previous/next » arrows flipped', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await agenda('ar', { vue: 'semaine' });
      await rendu(el, '.semaine-grille');
      const jours = $$(el, '.semaine-jour').map((j) => j.getBoundingClientRect());
      expect(jours).to.have.length(7);
      // One row of seven columns, the first day (Monday) against the right edge.
      expect(new Set(jours.map((r) => Math.round(r.top))).size).to.equal(1);
      for (let i = 1; i < 7; i++) expect(jours[i]!.right).to.be.lessThan(jours[i - 1]!.left + 1);
      expect(texte($$(el, '.titre-jour-court')[0])).to.match(/الاثنين|اثنين/);
      for (const f of $$(el, '.fleche')) expect(getComputedStyle(f).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      expect($$(el, '.fleche')).to.have.length(2);
    });

    it('place names and addresses are isolated (bdi) inside the Arabic card', async () => {
      const el = await agenda('ar');
      const ou = $(el, '.ou')!;
      const isoles = [...ou.querySelectorAll('bdi')].map(texte);
      expect(isoles).to.include('Centre social Bourgogne');
      expect(isoles.some((t) => t.includes('Tourcoing'))).to.equal(true);
    });
  });

  describe('data layer: day labels in each language', () => {
    const mots = {
      en: { aujourdhui: 'Today', demain: 'Tomorrow', intl: 'en-GB' },
      ar: { aujourdhui: 'اليوم', demain: 'غدًا', intl: 'ar-u-nu-latn' },
      uk: { aujourdhui: 'Сьогодні', demain: 'Завтра', intl: 'uk-UA' },
    };
    it('« Mardi 1er décembre » in French by default; the first of the month without « er » elsewhere', () => {
      expect(libelleJour('2026-12-01', '2026-11-23', '2026-11-24')).to.equal('Mardi 1er décembre');
      expect(libelleJour('2026-12-01', '2026-11-23', '2026-11-24', mots.en)).to.match(ATTENDU.en.premier);
      expect(libelleJour('2026-12-01', '2026-11-23', '2026-11-24', mots.uk)).to.match(ATTENDU.uk.premier);
      expect(libelleJour('2026-12-01', '2026-11-23', '2026-11-24', mots.ar)).to.match(ATTENDU.ar.premier);
    });
    it('today and tomorrow in the language; days grouped with their labels', () => {
      expect(libelleJour('2026-11-24', '2026-11-23', '2026-11-24', mots.uk)).to.equal('Завтра');
      expect(libelleJour('2026-11-23', '2026-11-23', '2026-11-24', mots.ar)).to.equal('اليوم');
      const seance = { date: '2026-11-24' } as Parameters<typeof parJour>[0][number];
      expect(parJour([seance], '', '', mots.en)[0]!.libelle).to.match(ATTENDU.en.jour);
      expect(parJour([seance], '', '', mots.ar)[0]!.libelle).to.match(ATTENDU.ar.jour);
    });
  });
});
