// The shared words in English, Arabic and Ukrainian: opening hours phrased by the pure functions with each
// language's table, counted nouns (Ukrainian and Arabic plurals), and <annuaire-resume> with its loading / error /
// retry states (seen in every element) in the three languages: no French left, axe clean, Arabic mirrored.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/annuaire-resume/annuaire-resume.js';
import type { AnnuaireResume } from '../../src/components/annuaire-resume/annuaire-resume.js';
import { etatOuverture, parseHoraires, type Horaires } from '../../src/data/horaires.js';
import { semaineTexte, texteEtat, texteHoraires } from '../../src/data/horaires-texte.js';
import { CSV_COLUMNS } from '../../src/data/standard.js';
import type { Messages } from '../../src/i18n/fr.js';
import type { MessagesHoraires } from '../../src/i18n/horaires.fr.js';
import { NOMS_LANGUES } from '../../src/i18n/choix-langue-boutons.js';
import { chargerLocale } from '../../src/i18n/locale.js';
import { chainesDe, fuites, textesVus } from './fuite.js';
import { debordements, miroir } from './rtl.js';

const LU = 0, MA = 1, ME = 2, VE = 4, SA = 5;
const hm = (h: number, m = 0) => h * 60 + m;
function parse(source: string): Horaires {
  const r = parseHoraires(source);
  if (!r.ok) throw new Error(`« ${source} » non compris`);
  return r.horaires;
}
// The language tables are imported after the first test, which checks that French fetches none of them.
let horairesEn: MessagesHoraires, horairesAr: MessagesHoraires, horairesUk: MessagesHoraires, communAr: Messages, communUk: Messages;
let tousCharges: Promise<void>;
const etat = (source: string, jour: number, minute: number, m: MessagesHoraires) => texteEtat(etatOuverture(parse(source), jour, minute), m);

let n = 0;
const cle = () => `c${Date.now()}-${n++}`;
const texte = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const bidiHors = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

/** Waits until the element shows `attendu` (the directory arrives over the network). */
async function attendre(el: AnnuaireResume, attendu: string | RegExp, ms = 5000): Promise<void> {
  const debut = performance.now();
  const vu = () => (typeof attendu === 'string' ? bidiHors(texte(el)).includes(attendu) : attendu.test(texte(el)));
  while (!vu()) {
    if (performance.now() - debut > ms) throw new Error(`attendu « ${attendu} » ; l’élément affiche : ${texte(el)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await el.updateComplete;
}

const requetesLangue = () =>
  performance.getEntriesByType('resource').filter((e) => /\/i18n\/(en|ar|uk)[./]/.test(e.name)).map((e) => e.name);

// Must run first: nothing else in this page has asked for another language yet.
describe('<annuaire-resume> in French fetches no other language', () => {
  it('renders in French without any request for the en, ar or uk files', async () => {
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume src="/test/fixtures/elements/petit.json" langues="fr en ar uk"></annuaire-resume>`);
    await attendre(el, 'Lieux par besoin');
    expect(requetesLangue()).to.deep.equal([]);
    // The choice is there, each language written in its own words.
    const boutons = [...el.shadowRoot!.querySelectorAll('.kit-langues button')].map((b) => b.textContent!.trim());
    expect(boutons).to.deep.equal(['Français', 'English', 'العربية', 'Українська']);
    tousCharges = Promise.all([
      import('../../src/i18n/en/horaires.js'),
      import('../../src/i18n/ar/horaires.js'),
      import('../../src/i18n/uk/horaires.js'),
      import('../../src/i18n/ar/commun.js'),
      import('../../src/i18n/uk/commun.js'),
    ]).then(([en, ar, uk, cAr, cUk]) => {
      [horairesEn, horairesAr, horairesUk, communAr, communUk] = [en.horaires, ar.horaires, uk.horaires, cAr.commun, cUk.commun];
    });
    await tousCharges;
  });
});

describe('Opening hours in English, Arabic and Ukrainian (pure functions)', () => {
  before(() => tousCharges);
  const SEMAINE = 'Mo-Fr 09:00-12:00,14:00-17:00';

  it('open now, closing at 17:00', () => {
    expect(etat(SEMAINE, LU, hm(15), horairesEn)).to.equal('Open · closes at 5 pm');
    expect(etat(SEMAINE, LU, hm(15), horairesAr)).to.equal('مفتوح · يغلق الساعة 17:00');
    expect(etat(SEMAINE, LU, hm(15), horairesUk)).to.equal('Відчинено · зачиняється о 17:00');
  });

  it('closed, opening tomorrow morning', () => {
    expect(etat(SEMAINE, LU, hm(18), horairesEn)).to.equal('Closed · opens tomorrow at 9 am');
    expect(etat(SEMAINE, LU, hm(18), horairesAr)).to.equal('مغلق · يفتح غدًا الساعة 09:00');
    expect(etat(SEMAINE, LU, hm(18), horairesUk)).to.equal('Зачинено · відчиняється завтра о 9:00');
  });

  it('closed, opening on another day: the day in each language (Ukrainian accusative, « об 11 »)', () => {
    expect(etat('We 11:00-12:00', LU, hm(13), horairesEn)).to.equal('Closed · opens Wednesday at 11 am');
    expect(etat('We 11:00-12:00', LU, hm(13), horairesAr)).to.equal('مغلق · يفتح يوم الأربعاء الساعة 11:00');
    expect(etat('We 11:00-12:00', LU, hm(13), horairesUk)).to.equal('Зачинено · відчиняється в середу об 11:00');
    expect(etat('Tu 09:30-12:00', VE, hm(13), horairesUk)).to.equal('Зачинено · відчиняється у вівторок о 9:30');
    // The same weekday next week.
    expect(etat('We 09:00-12:00', ME, hm(13), horairesEn)).to.equal('Closed · opens next Wednesday at 9 am');
    expect(etat('We 09:00-12:00', ME, hm(13), horairesAr)).to.equal('مغلق · يفتح يوم الأربعاء القادم الساعة 09:00');
    expect(etat('We 09:00-12:00', ME, hm(13), horairesUk)).to.equal('Зачинено · відчиняється в наступну середу о 9:00');
    expect(etat('Mo 09:00-12:00', LU, hm(13), horairesUk)).to.equal('Зачинено · відчиняється в наступний понеділок о 9:00');
  });

  it('closing at midnight, and open day and night', () => {
    expect(etat('Sa 20:00-24:00', SA, hm(21), horairesEn)).to.equal('Open · closes at midnight');
    expect(etat('Sa 20:00-24:00', SA, hm(21), horairesAr)).to.equal('مفتوح · يغلق عند منتصف الليل');
    expect(etat('Sa 20:00-24:00', SA, hm(21), horairesUk)).to.equal('Відчинено · зачиняється опівночі');
    expect(etat('24/7', MA, hm(3), horairesEn)).to.equal('Open 24 hours a day');
    expect(etat('24/7', MA, hm(3), horairesAr)).to.equal('مفتوح 24 ساعة في اليوم');
    expect(etat('24/7', MA, hm(3), horairesUk)).to.equal('Відчинено цілодобово');
  });

  it('the week table in each language', () => {
    expect(semaineTexte(parse(SEMAINE), horairesEn)[LU]).to.deep.equal({ jour: 'Monday', texte: '9 am – 12 pm, 2 pm – 5 pm', ouvert: true });
    expect(semaineTexte(parse(SEMAINE), horairesEn)[SA]).to.deep.equal({ jour: 'Saturday', texte: 'Closed', ouvert: false });
    expect(semaineTexte(parse(SEMAINE), horairesAr)[LU]).to.deep.equal({ jour: 'الاثنين', texte: '09:00 – 12:00، 14:00 – 17:00', ouvert: true });
    expect(semaineTexte(parse(SEMAINE), horairesUk)[SA]).to.deep.equal({ jour: 'субота', texte: 'Зачинено', ouvert: false });
    expect(texteHoraires('Mo-Fr 09:00-12:00; PH off', { jour: LU, minute: hm(10) }, horairesUk).notes).to.deep.equal(['Зачинено у святкові дні']);
  });

  it('hours not understood: shown as written, introduced in the language; absent hours said so', () => {
    expect(texteHoraires('le matin sauf jeudi', { jour: LU, minute: 0 }, horairesEn)).to.deep.equal({
      brut: 'le matin sauf jeudi',
      message: 'Opening hours as written: le matin sauf jeudi',
    });
    // In Arabic the French text is isolated, so it does not reorder the sentence around it.
    expect(texteHoraires('le matin sauf jeudi', undefined, horairesAr).message).to.equal('أوقات العمل كما كُتبت: \u2068le matin sauf jeudi\u2069');
    expect(texteHoraires(undefined, undefined, horairesUk)).to.deep.equal({ message: 'Години роботи не вказано' });
  });
});

describe('Counted nouns: Ukrainian and Arabic plurals', () => {
  before(() => tousCharges);
  it('Ukrainian: one / few / many', () => {
    const l = communUk.resume.lieux;
    expect([0, 1, 2, 4, 5, 11, 21, 22, 25, 101].map(l)).to.deep.equal([
      '0 місць', '1 місце', '2 місця', '4 місця', '5 місць', '11 місць', '21 місце', '22 місця', '25 місць', '101 місце',
    ]);
    expect(communUk.resume.ateliers(3)).to.equal('3 заняття');
    expect(communUk.resume.ateliers(7)).to.equal('7 занять');
    expect(communUk.resume.rejets(1)).to.equal('Відхилено: 1 запис');
    expect(communUk.resume.rejets(3)).to.equal('Відхилено: 3 записи');
    expect(communUk.resume.rejets(12)).to.equal('Відхилено: 12 записів');
  });

  it('Arabic: zero / one / two / few / many / other', () => {
    const l = communAr.resume.lieux;
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map(l)).to.deep.equal([
      'لا أماكن', 'مكان واحد', 'مكانان', '3 أماكن', '10 أماكن', '11 مكانًا', '99 مكانًا', '100 مكان', '102 مكان',
    ]);
    expect(communAr.resume.ateliers(2)).to.equal('ورشتان');
    expect(communAr.resume.rejets(1)).to.equal('سجل واحد مرفوض');
    expect(communAr.resume.rejets(5)).to.equal('5 سجلات مرفوضة');
  });
});

/**
 * Every string of the fixture; the standard's column names, which report lines quote as the producer must write
 * them (`nom`, `pivot`); the languages' own names in the choice.
 */
async function donnees(url: string): Promise<string[]> {
  return chainesDe(await (await fetch(url)).json(), [...CSV_COLUMNS, ...Object.values(NOMS_LANGUES)]);
}

const ATTENDU = {
  en: { titre: 'What the directory holds', besoin: 'Do a procedure online 2', type: 'Library 1', rejet: '1 record refused', ligne: 'place no. 4 (t-casse): required field missing: nom', lieux: '3 places' },
  ar: { titre: 'محتوى الدليل', besoin: 'إنجاز معاملة إدارية عبر الإنترنت 2', type: 'مكتبة عمومية 1', rejet: 'سجل واحد مرفوض', ligne: 'مكان رقم 4 (t-casse): حقل إلزامي غير موجود: nom', lieux: '3 أماكن' },
  uk: { titre: 'Що містить довідник', besoin: 'Оформити щось онлайн 2', type: 'Бібліотека 1', rejet: 'Відхилено: 1 запис', ligne: 'місце № 4 (t-casse): немає обов’язкового поля: nom', lieux: '3 місця' },
} as const;

for (const code of ['en', 'ar', 'uk'] as const) {
  describe(`<annuaire-resume lang="${code}">`, () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('every word in the language, counts and report included; no French left; axe clean', async () => {
      const src = '/test/fixtures/elements/petit.json';
      const el = await fixture<AnnuaireResume>(html`<annuaire-resume lang=${code} src=${src} langues="fr en ar uk"></annuaire-resume>`);
      const a = ATTENDU[code];
      await attendre(el, a.lieux);
      const t = bidiHors(texte(el));
      expect(t).to.include(a.titre);
      expect(t).to.include(a.rejet);
      expect(t).to.include(a.ligne);
      const lignes = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
        bidiHors([...(tr as HTMLTableRowElement).cells].map((c) => c.textContent!.trim()).join(' ')),
      );
      expect(lignes).to.include(a.besoin);
      expect(lignes).to.include(a.type);
      expect(el.getAttribute('dir')).to.equal(code === 'ar' ? 'rtl' : 'ltr');
      expect(fuites(textesVus(el.shadowRoot!), code, await donnees(src))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('the loading state, and the error with « Try again » (no connection), in the language', async () => {
      const lent = await fixture<AnnuaireResume>(html`<annuaire-resume lang=${code} src="/test-lent/1500/elements/petit.json?${cle()}"></annuaire-resume>`);
      await lent.updateComplete;
      const chargement = lent.shadowRoot!.querySelector('[role="status"]')!;
      expect(chargement.textContent).to.equal({ en: 'Loading the addresses…', ar: 'جارٍ تحميل العناوين…', uk: 'Завантаження адрес…' }[code]);
      const el = await fixture<AnnuaireResume>(html`<annuaire-resume lang=${code} src="http://127.0.0.1:9/annuaire-${cle()}.json"></annuaire-resume>`);
      await attendre(el, { en: 'Check the internet connection', ar: 'تحقّق من الاتصال بالإنترنت', uk: 'Перевірте з’єднання' }[code]);
      expect(el.shadowRoot!.querySelector('[role="alert"] button')!.textContent!.trim()).to.equal(
        { en: 'Try again', ar: 'حاول مرة أخرى', uk: 'Спробувати ще раз' }[code],
      );
      expect(fuites(textesVus(el.shadowRoot!), code, [])).to.deep.equal([]);
      await expect(el).to.be.accessible();
      // Empty directory, and no directory at all.
      const vide = await fixture<AnnuaireResume>(html`<annuaire-resume lang=${code} src="/test/fixtures/elements/vide.json"></annuaire-resume>`);
      await attendre(vide, { en: 'no places yet', ar: 'لا يحتوي هذا الدليل', uk: 'поки немає жодного місця' }[code]);
      expect(fuites(textesVus(vide.shadowRoot!), code, await donnees('/test/fixtures/elements/vide.json'))).to.deep.equal([]);
      const sans = await fixture<AnnuaireResume>(html`<annuaire-resume lang=${code}></annuaire-resume>`);
      // The attribute and the element's tag are code, written as they must be typed.
      expect(fuites(textesVus(sans.shadowRoot!), code, ['src', '<annuaire-inclusion>'])).to.deep.equal([]);
    });
  });
}

describe('<annuaire-resume> in Arabic: right to left', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const largeur of [360, 1280]) {
    it(`at ${largeur} px: nothing sticks out, the page does not scroll sideways, heading and tables against the right edge`, async () => {
      await setViewport({ width: largeur, height: 800 });
      const el = await fixture<AnnuaireResume>(html`<annuaire-resume lang="ar" src="/test/fixtures/elements/petit.json" langues="fr en ar uk"></annuaire-resume>`);
      await attendre(el, '3 أماكن');
      expect(debordements(el)).to.deep.equal([]);
      const m = miroir(el, el.shadowRoot!.querySelector('.titre')!);
      expect(m.direction).to.equal('rtl');
      expect(m.ecartDroite).to.be.below(4);
      expect(m.ecartGauche).to.be.above(m.ecartDroite);
      // At 1280 px the tables (40 rem at most) sit on the right, as the text does.
      const cadre = el.getBoundingClientRect();
      const table = el.shadowRoot!.querySelector('table')!.getBoundingClientRect();
      expect(Math.round(cadre.right - table.right)).to.be.below(2);
      if (largeur === 1280) expect(table.left - cadre.left).to.be.above(100);
    });
  }

  it('French names inside Arabic sentences are isolated (territory, record id, field name)', async () => {
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume lang="ar" src="/test/fixtures/elements/petit.json"></annuaire-resume>`);
    await attendre(el, '3 أماكن');
    expect(texte(el)).to.include('المنطقة: \u2068Quartier test\u2069');
    expect(texte(el)).to.include('(\u2068t-casse\u2069)');
    expect(texte(el)).to.include('\u2066nom\u2069');
  });

  it('the server error (404) and « حاول مرة أخرى »: the retry asks the server again, and a server back up shows the summary', async () => {
    const k = cle();
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume lang="ar" src="/test-compte/${k}/elements/absent.json"></annuaire-resume>`);
    await attendre(el, 'ردّ الخادم: 404');
    const alerte = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alerte.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'تعذّر تحميل قائمة الأماكن (ردّ الخادم: 404). حاول مرة أخرى بعد قليل. حاول مرة أخرى',
    );
    expect(fuites(textesVus(el.shadowRoot!), 'ar', [])).to.deep.equal([]);
    await expect(el).to.be.accessible();
    await setViewport({ width: 360, height: 800 });
    expect(debordements(el)).to.deep.equal([]);
    // The error's stripe is on the reading side: the right, in Arabic.
    const style = getComputedStyle(alerte);
    expect(style.borderRightWidth).to.equal('4px');
    expect(style.borderLeftWidth).to.equal('0px');
    const bouton = alerte.querySelector('button')!;
    bouton.focus();
    await sendKeys({ press: 'Enter' });
    const debut = performance.now();
    while ((await (await fetch(`/test-compte-lire/${k}`)).json()).requetes < 2) {
      if (performance.now() - debut > 4000) throw new Error('« حاول مرة أخرى » n’a pas relancé la requête');
      await new Promise((r) => setTimeout(r, 50));
    }
    await attendre(el, 'ردّ الخادم: 404');

    // A server that answers 503 once, then the file: the retry shows the summary, in Arabic.
    const instable = await fixture<AnnuaireResume>(html`<annuaire-resume lang="ar" src="/test-instable/${cle()}/elements/petit.json"></annuaire-resume>`);
    await attendre(instable, 'ردّ الخادم: 503');
    instable.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await attendre(instable, '3 أماكن');
    expect(instable.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('<annuaire-resume>: the language choice', () => {
  it('by keyboard: Arabic chosen, `kit-langue` fired, the element switches and turns right to left', async () => {
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume src="/test/fixtures/elements/petit.json" langues="fr ar"></annuaire-resume>`);
    await attendre(el, 'Lieux par besoin');
    const bouton = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.kit-langues button')].find((b) => b.lang === 'ar')!;
    expect(bouton.getAttribute('aria-pressed')).to.equal('false');
    bouton.focus();
    const evenement = oneEvent(el, 'kit-langue');
    await sendKeys({ press: 'Enter' });
    expect((await evenement).detail).to.deep.equal({ langue: 'ar' });
    await attendre(el, 'محتوى الدليل');
    expect(el.lang).to.equal('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('.kit-langues [lang="ar"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(fuites(textesVus(el.shadowRoot!), 'ar', await donnees('/test/fixtures/elements/petit.json'))).to.deep.equal([]);
  });

  it('a page that cancels `kit-langue` keeps the language', async () => {
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume src="/test/fixtures/elements/petit.json" langues="fr uk"></annuaire-resume>`);
    await attendre(el, 'Lieux par besoin');
    el.addEventListener('kit-langue', (e) => e.preventDefault());
    el.shadowRoot!.querySelector<HTMLButtonElement>('.kit-langues [lang="uk"]')!.click();
    await el.updateComplete;
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(texte(el)).to.include('Lieux par besoin');
  });
});
