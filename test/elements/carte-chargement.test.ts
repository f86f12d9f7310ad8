// Its own page (one test file = one page): MapLibre must not be in the module cache yet.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/carte-mediation/carte-mediation.js';
import type { CarteMediation } from '../../src/components/carte-mediation/carte-mediation.js';

const SRC = '/test/fixtures/carte/lieux.json';
const demandes = (motif: RegExp) =>
  performance.getEntriesByType('resource').filter((r) => motif.test(r.name)).map((r) => r.name.split('/').pop());
const maplibreDemande = () => demandes(/maplibre-gl/);

describe('<carte-mediation> loading MapLibre', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('fetches neither MapLibre nor the filter panel before the person asks for them, then loads each on demand', async () => {
    await setViewport({ width: 360, height: 700 });
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun"></carte-mediation>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.bascule'), 'pas de bascule Liste / Carte', { timeout: 5000 });
    // The list is there and usable: places, phones.
    expect(el.shadowRoot!.querySelectorAll('.lieux .lieu').length).to.equal(10);
    await new Promise((r) => setTimeout(r, 500));
    expect(maplibreDemande()).to.deep.equal([]);
    // The filter panel and its counting are fetched when the person opens it, not before.
    expect(demandes(/filtres-panneau|facettes/)).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#bouton-filtres')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#filtres label'), 'pas de panneau de filtres', { timeout: 5000 });
    expect(demandes(/filtres-panneau|facettes/)).to.have.members(['filtres-panneau.ts', 'facettes.ts']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#bouton-filtres')!.click();
    await el.updateComplete;

    const carte = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.bascule button')].find((b) => b.textContent === 'Carte')!;
    carte.click();
    await waitUntil(() => (el as unknown as { carte?: unknown }).carte, 'la carte ne démarre pas', { timeout: 15000 });
    expect(maplibreDemande()).to.include('maplibre-gl.mjs');
  });

  it('makes no request to an address service unless the integrator turned it on', async () => {
    await setViewport({ width: 1100, height: 800 });
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun"></carte-mediation>`);
    await waitUntil(() => el.shadowRoot!.querySelector('#pres'), 'pas de champ', { timeout: 5000 });
    const avant = performance.getEntriesByType('resource').length;
    el.shadowRoot!.querySelector<HTMLInputElement>('#pres')!.value = '12 rue de Lille Tourcoing';
    el.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    const apres = performance.getEntriesByType('resource').slice(avant).map((r) => r.name);
    expect(apres.filter((n) => !/maplibre|\.ts$|\.js$/.test(n))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.message')!.textContent).to.include('Nous ne trouvons pas « 12 rue de Lille Tourcoing »');
  });

  it('finds a street address through the address service the integrator set', async () => {
    const k = `adresse-${Date.now()}`;
    const el = await fixture<CarteMediation>(
      html`<carte-mediation src=${SRC} fond="aucun" recherche-adresse="/test-compte/${k}/carte/adresse.json"></carte-mediation>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('#pres'), 'pas de champ', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('label[for="pres"]')!.textContent).to.equal('Adresse, commune ou code postal');
    el.shadowRoot!.querySelector<HTMLInputElement>('#pres')!.value = '12 rue de Lille Tourcoing';
    el.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitUntil(() => el.shadowRoot!.querySelector('.message')!.textContent!.includes('Lieux autour'), 'pas de résultat', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal('Lieux autour de : 12 Rue de Lille 59200 Tourcoing');
    const requete = performance.getEntriesByType('resource').map((r) => r.name).find((n) => n.includes(`/test-compte/${k}/`))!;
    expect(new URL(requete).searchParams.get('q')).to.equal('12 rue de Lille Tourcoing');
    const premier = el.shadowRoot!.querySelector('.lieux .nom button')!.textContent;
    expect(premier).to.equal('Point numérique CAF de Tourcoing');
    // A commune still needs no request.
    const n = (await (await fetch(`/test-compte-lire/${k}`)).json()).requetes;
    el.shadowRoot!.querySelector<HTMLInputElement>('#pres')!.value = 'Roubaix';
    el.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal('Lieux autour de : Roubaix (59100)');
    expect((await (await fetch(`/test-compte-lire/${k}`)).json()).requetes).to.equal(n);
  });
});
