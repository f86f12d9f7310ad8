/**
 * <bandeau-aide-demarche> in a real Chromium: words per operator, the link to the map of help, slots, closing
 * (focus, session memory), no request at all, axe and 320 px.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';
import { chargerAnnuaire } from '../../src/data/charger.js';
import { repondAuBesoin } from '../../src/data/besoins.js';
import { distanceKm } from '../../src/data/distance.js';
import '../../src/components/bandeau-aide-demarche/bandeau-aide-demarche.js';
import type { BandeauAideDemarche } from '../../src/components/bandeau-aide-demarche/bandeau-aide-demarche.js';

const CLE = 'kit-inclusion-numerique.bandeau-ferme';
const racine = (el: Element) => el.shadowRoot!;
const texte = (n: Element | ShadowRoot | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const lien = (el: Element) => racine(el).querySelector<HTMLAnchorElement>('a.action');
const fermer = (el: Element) => racine(el).querySelector<HTMLButtonElement>('button.fermer')!;

describe('<bandeau-aide-demarche>', () => {
  afterEach(() => sessionStorage.removeItem(CLE));

  it('says the message, names the operator’s site, and links to the map on « démarche »', async () => {
    const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche organisme="caf" href="/aide.html?source=caf"></bandeau-aide-demarche>`);
    expect(texte(racine(el).querySelector('.titre'))).to.equal('Vous n’arrivez pas à faire une démarche en ligne ?');
    expect(texte(racine(el).querySelector('.texte'))).to.include('Pour votre démarche sur caf.fr, un conseiller numérique');
    const u = new URL(lien(el)!.href);
    expect(u.pathname).to.equal('/aide.html');
    expect(u.searchParams.get('source')).to.equal('caf');
    expect(u.searchParams.get('besoin')).to.equal('demarche');
    expect(texte(lien(el))).to.equal('Trouver de l’aide près de chez moi');
    // Its text is heard once: the region and the close button have short names of their own that do not repeat
    // the title; nothing is announced on load (no live region).
    const region = racine(el).querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).to.equal('Aide pour les démarches en ligne');
    expect(region.hasAttribute('aria-labelledby')).to.equal(false);
    expect(fermer(el).getAttribute('aria-label')).to.equal('Fermer ce message');
    const titre = 'Vous n’arrivez pas à faire une démarche en ligne ?';
    const noms = [...racine(el).querySelectorAll('[aria-label], [title]')].flatMap((e) => [e.getAttribute('aria-label'), e.getAttribute('title')]);
    expect(noms.filter((n) => n?.includes(titre))).to.deep.equal([]);
    expect(racine(el).querySelector('[role="status"], [role="alert"], [aria-live]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('adapts to each operator, and says it plainly for an unknown one', async () => {
    for (const [organisme, site] of [
      ['cpam', 'ameli.fr'],
      ['msa', 'msa.fr'],
      ['impots', 'impots.gouv.fr'],
      ['france-travail', 'francetravail.fr'],
      ['ants', 'ants.gouv.fr'],
    ]) {
      const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche organisme=${organisme} href="/aide.html"></bandeau-aide-demarche>`);
      expect(texte(racine(el).querySelector('.texte')), organisme).to.include(`sur ${site}`);
    }
    const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche organisme="inconnu" href="/aide.html"></bandeau-aide-demarche>`);
    expect(texte(racine(el).querySelector('.texte'))).to.match(/^Un conseiller numérique peut vous expliquer/);
  });

  it('takes the page’s own words through slots', async () => {
    const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche href="/aide.html">
      <span slot="titre">Besoin d’aide pour votre dossier ?</span>
      <span slot="action">Voir les permanences</span>
    </bandeau-aide-demarche>`);
    const slotTitre = racine(el).querySelector<HTMLSlotElement>('slot[name="titre"]')!;
    expect(slotTitre.assignedNodes().map((n) => n.textContent).join('')).to.equal('Besoin d’aide pour votre dossier ?');
    const slotAction = racine(el).querySelector<HTMLSlotElement>('slot[name="action"]')!;
    expect(slotAction.assignedNodes().map((n) => n.textContent).join('')).to.equal('Voir les permanences');
    // The sentence not replaced keeps the default.
    expect(texte(racine(el).querySelector('.texte'))).to.include('Un conseiller numérique');
    await expect(el).to.be.accessible();
  });

  it('renders no link for an href that is not http(s), and none without href', async () => {
    const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche href="javascript:alert(1)"></bandeau-aide-demarche>`);
    expect(lien(el)).to.equal(null);
    const sans = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche></bandeau-aide-demarche>`);
    expect(lien(sans)).to.equal(null);
  });

  it('tells the page when the link is followed (bandeau-action)', async () => {
    const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche organisme="cpam" href="/aide.html"></bandeau-aide-demarche>`);
    const a = lien(el)!;
    const empecher = (e: Event) => e.preventDefault();
    racine(el).addEventListener('click', empecher);
    const evt = oneEvent(el, 'bandeau-action');
    a.click();
    const { detail } = await evt;
    racine(el).removeEventListener('click', empecher);
    expect(detail.organisme).to.equal('cpam');
    expect(new URL(detail.href).searchParams.get('besoin')).to.equal('demarche');
  });

  it('closes with a named button; the focus goes to what follows on the page; kept for the session only', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <bandeau-aide-demarche href="/aide.html"></bandeau-aide-demarche>
      <p>Texte de la page</p>
      <button id="apres">Suite de la page</button>
    </div>`);
    const el = page.querySelector<BandeauAideDemarche>('bandeau-aide-demarche')!;
    const b = fermer(el);
    expect(b.getAttribute('aria-label')).to.equal('Fermer ce message');
    expect(b.getBoundingClientRect().width).to.be.at.least(44);
    expect(b.getBoundingClientRect().height).to.be.at.least(44);
    b.focus();
    const evt = oneEvent(el, 'bandeau-ferme');
    await sendKeys({ press: 'Enter' });
    await evt;
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(document.activeElement?.id).to.equal('apres');
    // Dismissed: nothing of it left in the accessibility tree, and the page around it is clean.
    await expect(page).to.be.accessible();
    expect(sessionStorage.getItem(CLE)).to.equal('1');
    expect(localStorage.getItem(CLE)).to.equal(null);
    // Another page of the same session: the banner stays closed.
    const autre = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche href="/aide.html"></bandeau-aide-demarche>`);
    expect(autre.hidden).to.equal(true);
  });

  it('lets the page move the focus itself when it cancels bandeau-ferme', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <button id="avant">Avant</button>
      <bandeau-aide-demarche href="/aide.html"></bandeau-aide-demarche>
      <button id="apres">Après</button>
    </div>`);
    const el = page.querySelector<BandeauAideDemarche>('bandeau-aide-demarche')!;
    el.addEventListener('bandeau-ferme', (e) => {
      e.preventDefault();
      page.querySelector<HTMLButtonElement>('#avant')!.focus();
    });
    fermer(el).click();
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
    expect(document.activeElement?.id).to.equal('avant');
  });

  it('makes no request at all: no directory, no map', async () => {
    const avant = performance.getEntriesByType('resource').length;
    const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche organisme="caf" href="/aide.html"></bandeau-aide-demarche>`);
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    const nouvelles = performance.getEntriesByType('resource').slice(avant).map((e) => e.name);
    expect(nouvelles).to.deep.equal([]);
  });

  it('fits 320 px without overflow, and is hidden on paper', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche organisme="france-travail" href="/aide.html"></bandeau-aide-demarche>`);
      const bandeau = racine(el).querySelector<HTMLElement>('.bandeau')!;
      expect(bandeau.scrollWidth).to.be.at.most(bandeau.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('postal-code mode (src)', () => {
    const SRC = '/data/tourcoing.json';
    const ressources = () => performance.getEntriesByType('resource').map((e) => e.name);

    async function chercher(el: BandeauAideDemarche, saisie: string): Promise<void> {
      const champ = racine(el).querySelector<HTMLInputElement>('#pres')!;
      champ.value = saisie;
      racine(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
      await waitUntil(() => racine(el).querySelector('.reponse'), 'pas de réponse', { timeout: 10000 });
      await el.updateComplete;
    }

    it('requests nothing until asked; then shows the three nearest places that help with procedures, with today’s hours and a number to tap', async () => {
      performance.setResourceTimingBufferSize(100000);
      const cle = `/data/tourcoing.json?t=${Date.now()}`;
      const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche organisme="caf" href="/aide.html" src=${cle}></bandeau-aide-demarche>`);
      await new Promise((r) => setTimeout(r, 300));
      expect(ressources().some((n) => n.includes(cle))).to.equal(false);
      expect(racine(el).querySelector('label[for="pres"]')?.textContent).to.equal('Votre code postal ou votre commune');
      await expect(el).to.be.accessible();

      await chercher(el, '59200');
      expect(ressources().filter((n) => n.includes(cle)).length).to.equal(1);
      expect(ressources().some((n) => n.includes('maplibre'))).to.equal(false);

      // What the sample directory says: the three places serving « démarche » nearest to Tourcoing's centre.
      const { annuaire } = await chargerAnnuaire(await (await fetch(SRC)).text());
      const tcg = annuaire.lieux.filter((l) => l.code_postal === '59200' && l.latitude !== undefined);
      const centre = {
        latitude: tcg.reduce((a, l) => a + l.latitude!, 0) / tcg.length,
        longitude: tcg.reduce((a, l) => a + l.longitude!, 0) / tcg.length,
      };
      const attendus = annuaire.lieux
        .filter((l) => l.latitude !== undefined && repondAuBesoin(l, 'demarche'))
        .sort((a, b) => distanceKm(centre, a as never) - distanceKm(centre, b as never))
        .slice(0, 3)
        .map((l) => l.nom);
      const items = [...racine(el).querySelectorAll('.proches li')];
      expect(items.map((li) => li.querySelector('strong')!.textContent)).to.deep.equal(attendus);
      expect(texte(racine(el).querySelector('.reponse [role="status"]'))).to.equal('Les 3 lieux les plus proches de Tourcoing :');
      for (const li of items) {
        expect(texte(li)).to.match(/\(à \d+(,\d)? km\)/);
        const tel = li.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
        if (tel) expect(texte(tel)).to.match(/^Appeler le (0\d( \d\d){4}|\d{3,4})$/); // French short numbers (3631) too
      }
      const toutes = [...racine(el).querySelectorAll<HTMLAnchorElement>('.reponse > a')].find((a) => texte(a) === 'Voir toutes les adresses')!;
      const u = new URL(toutes.href);
      expect(u.pathname).to.equal('/aide.html');
      expect(u.searchParams.get('besoin')).to.equal('demarche');
      expect(u.searchParams.get('pres')).to.equal('59200');
      await expect(el).to.be.accessible();
    });

    it('says so when the commune is unknown', async () => {
      const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche href="/aide.html" src=${SRC}></bandeau-aide-demarche>`);
      await chercher(el, 'Perpignan');
      expect(texte(racine(el).querySelector('.reponse[role="alert"]'))).to.equal(
        'Nous ne trouvons pas « Perpignan ». Vérifiez le code postal ou écrivez le nom de la commune.',
      );
      await expect(el).to.be.accessible();
    });

    it('says a failed download plainly and offers to retry, which works', async () => {
      const src = `/test-instable/bandeau-${Date.now()}/orientation/annuaire.json`;
      const el = await fixture<BandeauAideDemarche>(html`<bandeau-aide-demarche href="/aide.html" src=${src}></bandeau-aide-demarche>`);
      await chercher(el, 'Tourcoing');
      const alerte = racine(el).querySelector('.reponse[role="alert"]');
      expect(texte(alerte)).to.include('La liste des lieux n’a pas pu être chargée');
      await expect(el).to.be.accessible();
      [...alerte!.querySelectorAll('button')].find((b) => texte(b) === 'Réessayer')!.click();
      await waitUntil(() => racine(el).querySelector('.proches li'), 'pas de lieux après « Réessayer »', { timeout: 10000 });
      expect(racine(el).querySelectorAll('.proches li').length).to.be.within(1, 3);
    });
  });
});
