// <carte-mediation> in English, Arabic and Ukrainian: nothing left in French, accessible, mirrored in Arabic
// (list on the right, map controls on the left), names from the data isolated, « Écouter » on a place's sheet,
// and the bilingual print (the person's language and French side by side).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/carte-mediation/carte-mediation.js';
import type { CarteMediation } from '../../src/components/carte-mediation/carte-mediation.js';
import type { Carte } from '../../src/carte/carte.js';
import { NOMS_LANGUES } from '../../src/i18n/choix-langue-boutons.js';
import { fausseVoix } from '../voix-factice.js';
import { chainesDe, fuites, textesVus } from './fuite.js';
import { debordements, miroir } from './rtl.js';

const SRC = '/test/fixtures/carte/langues.json';
/** Saturday 21 November 2026, 10:30 in Paris. */
const SAMEDI = new Date('2026-11-21T09:30:00Z');
const LANGUES = ['en', 'ar', 'uk'] as const;

const $ = <T extends Element = HTMLElement>(el: CarteMediation, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: CarteMediation, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const texte = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

let donnees: string[] = [];

async function pret(el: CarteMediation): Promise<void> {
  await waitUntil(() => $(el, '#liste-titre') || $(el, '.vide'), 'la liste ne s’affiche pas', { timeout: 5000 });
  await el.updateComplete;
}

async function monter(lang: string, extra = ''): Promise<CarteMediation> {
  const el = await fixture<CarteMediation>(
    html`<carte-mediation lang=${lang} src=${SRC} fond="aucun" territoire=${extra} langues="fr en ar uk" .maintenant=${SAMEDI}></carte-mediation>`,
  );
  await pret(el);
  return el;
}

async function carteDe(el: CarteMediation): Promise<Carte> {
  await waitUntil(() => (el as unknown as { carte?: Carte }).carte, 'la carte ne démarre pas', { timeout: 15000 });
  const c = (el as unknown as { carte: Carte }).carte;
  await c.attendreRepos();
  return c;
}

async function ouvrirFiche(el: CarteMediation, nom: string): Promise<void> {
  const b = $$(el, '.lieux .nom button').find((x) => texte(x) === nom);
  if (!b) throw new Error(`pas de « ${nom} »`);
  b.click();
  await el.updateComplete;
}

function sansFuite(el: CarteMediation, code: (typeof LANGUES)[number]): void {
  expect(fuites(textesVus(el.shadowRoot!), code, donnees)).to.deep.equal([]);
}

/** The left edges (px) of the letters of `chaine` (spaces aside), where it is written inside `boite` (across text nodes). */
function bords(boite: Element, chaine: string): number[] {
  const noeuds: Text[] = [];
  const marcheur = document.createTreeWalker(boite, NodeFilter.SHOW_TEXT);
  for (let n = marcheur.nextNode(); n; n = marcheur.nextNode()) noeuds.push(n as Text);
  const tout = noeuds.map((n) => n.data).join('');
  const debut = tout.indexOf(chaine);
  if (debut < 0) throw new Error(`pas de « ${chaine} » dans ${tout}`);
  const ou = (k: number): [Text, number] => {
    for (const n of noeuds) {
      if (k < n.data.length) return [n, k];
      k -= n.data.length;
    }
    throw new Error('hors du texte');
  };
  return [...chaine].flatMap((c, j) => {
    if (c === ' ') return [];
    const [n, k] = ou(debut + j);
    const r = document.createRange();
    r.setStart(n, k);
    r.setEnd(n, k + 1);
    return [Math.round(r.getBoundingClientRect().left)];
  });
}

/** Read from left to right, as written (a French name or address keeps its order inside Arabic text). */
const enOrdre = (xs: number[]) => xs.every((x, i) => i === 0 || x >= xs[i - 1]!);

describe('<carte-mediation> en plusieurs langues', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    const json: unknown = await (await fetch(SRC)).json();
    // Also from the data: the hosts of the places' websites (« Site : caf.exemple.fr »). Names kept as they are:
    // each language in itself in the choice (« Français », « English »), the national service acceslibre.
    const hotes = chainesDe(json).filter((c) => /^https?:\/\//.test(c)).map((c) => new URL(c).host);
    donnees = chainesDe(json, ['Tourcoing (59200)', ...hotes, ...Object.values(NOMS_LANGUES), 'acceslibre']);
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 1280, height: 900 });
  });

  // First: no language file may have been fetched yet on this page.
  it('in French, fetches no other language; the choice works by keyboard and fires kit-langue', async () => {
    const el = await monter('fr');
    await carteDe(el);
    const langues = () => performance.getEntriesByType('resource').filter((r) => /\/i18n\/(en|ar|uk)\b/.test(r.name));
    expect(langues().map((r) => r.name)).to.deep.equal([]);
    const bouton = $$(el, '.kit-langues button').find((b) => b.getAttribute('lang') === 'ar')!;
    bouton.focus();
    const evenement = oneEvent(el, 'kit-langue');
    await sendKeys({ press: 'Enter' });
    expect(((await evenement) as CustomEvent).detail).to.deep.equal({ langue: 'ar' });
    await waitUntil(() => el.getAttribute('dir') === 'rtl' && /[\u0600-\u06ff]/.test(texte($(el, '[role=heading]'))), 'pas passé en arabe', { timeout: 5000 });
    expect(langues().length).to.be.greaterThan(0);
    // The map follows: a new one, its controls on the left and named in Arabic.
    await waitUntil(() => $(el, '.maplibregl-ctrl-top-left .maplibregl-ctrl-zoom-in'), 'la carte ne suit pas la langue', { timeout: 15000 });
    expect($(el, '.maplibregl-ctrl-zoom-in')!.getAttribute('aria-label')).to.match(/[\u0600-\u06ff]/);
    expect($$(el, '.maplibregl-map').length).to.equal(1);
  });

  for (const code of LANGUES) {
    describe(code, () => {
      it('list, filters, a place’s sheet and no result: all in the language, accessible', async () => {
        const el = await monter(code);
        await carteDe(el);
        sansFuite(el, code);
        await expect(el).to.be.accessible();

        $(el, '#bouton-filtres')!.click();
        await waitUntil(() => $(el, '#filtres'), 'le panneau des filtres ne s’ouvre pas', { timeout: 5000 });
        const autreJour = $$<HTMLInputElement>(el, '#filtres input[type=radio]').at(-1)!;
        autreJour.click();
        await el.updateComplete;
        sansFuite(el, code);
        await expect(el).to.be.accessible();
        // A chip of the chosen day, in the language.
        expect($$(el, '.puces .puce').length).to.be.greaterThan(1);

        $$<HTMLButtonElement>(el, '.puces .effacer')[0]!.click();
        await el.updateComplete;
        $<HTMLButtonElement>(el, '#filtres .bouton-principal')!.click();
        await el.updateComplete;
        await ouvrirFiche(el, 'Point numérique CAF de Tourcoing');
        expect($(el, '.fiche')).to.exist;
        sansFuite(el, code);
        await expect(el).to.be.accessible();

        const vide = await monter(code, '75001');
        expect($(vide, '.vide')).to.exist;
        sansFuite(vide, code);
        await expect(vide).to.be.accessible();
      });

      it('« Écouter » on a sheet reads the place in the language’s voice; no voice, no button', async () => {
        const el = await monter(code);
        await ouvrirFiche(el, 'Médiathèque André Malraux');
        expect($(el, 'button.ecouter')).to.equal(null);
        const voix = fausseVoix(code === 'uk' ? 'uk-UA' : code === 'ar' ? 'ar-SA' : 'en-GB');
        const dits = voix.dits;
        try {
          el.requestUpdate();
          await el.updateComplete;
          const bouton = $<HTMLButtonElement>(el, 'button.ecouter')!;
          expect(bouton).to.exist;
          sansFuite(el, code);
          bouton.click();
          expect(dits.length).to.equal(1);
          const dit = dits[0]!.text;
          expect(dit).to.include('Médiathèque André Malraux');
          expect(dit).to.include('Tourcoing');
          expect(fuites([dit], code, donnees)).to.deep.equal([]);
          expect(dits[0]!.lang.split('-')[0]).to.equal(code);
        } finally {
          voix.retirer();
        }
      });

      it('prints the sheet in the language and in French side by side, each with its lang and dir', async () => {
        const el = await monter(code);
        await ouvrirFiche(el, 'France Services Roubaix');
        const imprimer = window.print;
        window.print = () => {};
        try {
          const boutons = $$<HTMLButtonElement>(el, '.actions-fiche button');
          boutons[1]!.click();
          await waitUntil(() => $(el, '.impression .colonnes'), 'pas d’impression en deux langues');
        } finally {
          window.print = imprimer;
        }
        await emulateMedia({ media: 'print' });
        const colonnes = $$(el, '.impression .colonnes > div');
        expect(colonnes.map((c) => [c.lang, c.dir])).to.deep.equal([[code, code === 'ar' ? 'rtl' : 'ltr'], ['fr', 'ltr']]);
        const [a, b] = colonnes.map((c) => c.getBoundingClientRect());
        expect(Math.abs(a!.top - b!.top)).to.be.lessThan(5);
        expect(a!.width).to.be.greaterThan(100);
        expect(Math.abs(a!.left - b!.left)).to.be.greaterThan(a!.width / 2);
        expect(texte(colonnes[1])).to.include('Un lieu où trouver de l’aide avec le numérique');
        expect(texte(colonnes[1])).to.include('2 place de la Liberté');
        expect(fuites([texte(colonnes[0])], code, donnees)).to.deep.equal([]);
        expect(texte(colonnes[0])).to.include('France Services Roubaix');
      });
    });
  }

  describe('ar : de droite à gauche', () => {
    for (const largeur of [360, 1280]) {
      it(`at ${largeur} px: nothing sticks out, the heading is against the right edge`, async () => {
        await setViewport({ width: largeur, height: 800 });
        const el = await monter('ar');
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        await el.updateComplete;
        expect(debordements(el)).to.deep.equal([]);
        const m = miroir(el, $(el, '#liste-titre')!);
        expect(m.direction).to.equal('rtl');
        expect(m.ecartDroite).to.be.lessThan(m.ecartGauche);
        await ouvrirFiche(el, 'France Services Roubaix');
        expect(debordements(el)).to.deep.equal([]);
        const f = miroir(el, $(el, '#fiche-titre')!);
        expect(f.ecartDroite).to.be.lessThan(f.ecartGauche);
        // « ← Back »: the arrow points to the right in Arabic.
        expect(getComputedStyle($(el, '.retour .fleche')!).transform).to.match(/^matrix\(-1/);
      });
    }

    it('prints the list in Arabic and French side by side, the Arabic column on the right', async () => {
      const el = await monter('ar');
      const imprimer = window.print;
      window.print = () => {};
      try {
        $$<HTMLButtonElement>(el, '.actions-liste button')[1]!.click();
        await waitUntil(() => $(el, '.impression .colonnes'), 'pas d’impression en deux langues');
      } finally {
        window.print = imprimer;
      }
      await emulateMedia({ media: 'print' });
      const [ar, fr] = $$(el, '.impression .colonnes > div');
      expect([ar!.lang, ar!.dir, fr!.lang, fr!.dir]).to.deep.equal(['ar', 'rtl', 'fr', 'ltr']);
      expect(ar!.getBoundingClientRect().left).to.be.greaterThan(fr!.getBoundingClientRect().right - 1);
      expect(ar!.querySelectorAll('.impression-liste li').length).to.equal(10);
      expect(fr!.querySelectorAll('.impression-liste li').length).to.equal(10);
      expect(texte(fr)).to.include('Lieux où trouver de l’aide avec le numérique');
      expect(fuites([texte(ar)], 'ar', donnees)).to.deep.equal([]);
    });

    it('at 1280 px: the list on the right of the map, the map’s controls on the left', async () => {
      const el = await monter('ar');
      await carteDe(el);
      const liste = $(el, '.panneau')!.getBoundingClientRect();
      const carte = $(el, '.carte')!.getBoundingClientRect();
      expect(liste.left).to.be.at.least(carte.right - 1);
      const zoom = $(el, '.maplibregl-ctrl-zoom-in')!;
      expect(zoom.closest('.maplibregl-ctrl-top-left')).to.exist;
      const z = zoom.getBoundingClientRect();
      expect(z.left - carte.left).to.be.lessThan(carte.right - z.right);
      expect(fuites(textesVus($(el, '.carte')!), 'ar', donnees)).to.deep.equal([]);
    });

    it('a French name or address keeps its order inside Arabic text (list with distances, chip, message)', async () => {
      const el = await monter('ar');
      const nom = $$(el, '.lieux .nom button').find((b) => texte(b) === 'EPN (Lille 59000)')!;
      expect(enOrdre(bords(nom, 'EPN (Lille 59000)'))).to.equal(true);
      const champ = $<HTMLInputElement>(el, '#pres')!;
      champ.value = '59100';
      $<HTMLFormElement>(el, 'form.recherche')!.requestSubmit();
      await el.updateComplete;
      // « 2 place de la Liberté, 59100 Roubaix · على بعد … كم »: without isolation the « 2 » jumps to the far right.
      const roubaix = $$(el, '.lieux .lieu').find((li) => texte(li).includes('France Services Roubaix'))!;
      expect(texte(roubaix.querySelector('.adresse'))).to.match(/على بعد/);
      expect(enOrdre(bords(roubaix.querySelector('.adresse')!, '2 place de la Liberté, 59100 Roubaix'))).to.equal(true);
      expect(enOrdre(bords($(el, '.puces .puce')!, 'Roubaix (59100)'))).to.equal(true);
      expect(enOrdre(bords($(el, '.message')!, 'Roubaix (59100)'))).to.equal(true);
    });
  });
});
