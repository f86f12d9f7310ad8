/**
 * <bandeau-aide-demarche> in a real Chromium: words per operator, the link to the map of help, slots, closing
 * (focus, session memory), no request at all, axe and 320 px.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
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
    // The region is named by its title; nothing is announced on load (no live region).
    const region = racine(el).querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-labelledby')).to.equal('titre');
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
    expect(b.getAttribute('aria-label')).to.equal('Fermer le message « Vous n’arrivez pas à faire une démarche en ligne ? »');
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
});
