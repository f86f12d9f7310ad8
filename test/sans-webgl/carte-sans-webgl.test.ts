// Run by the « sans-webgl » group of web-test-runner.config.mjs: Chromium started with WebGL turned off.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/carte-mediation/carte-mediation.js';
import type { CarteMediation } from '../../src/components/carte-mediation/carte-mediation.js';

describe('<carte-mediation> in a browser without WebGL', () => {
  it('shows the list only, with one plain sentence, and never downloads MapLibre', async () => {
    expect(document.createElement('canvas').getContext('webgl2')).to.equal(null);
    const el = await fixture<CarteMediation>(html`<carte-mediation src="/test/fixtures/carte/lieux.json" fond="aucun"></carte-mediation>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.sans-carte-message'), 'pas de message', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('.sans-carte-message')!.textContent).to.equal(
      'La carte ne peut pas s’afficher sur cet appareil. Tous les lieux sont dans la liste.',
    );
    expect(el.shadowRoot!.querySelector('.carte')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.lieux .lieu').length).to.equal(10);
    // Nothing says « not on the map » when there is no map at all.
    expect(el.shadowRoot!.querySelector('.compte')!.textContent!.trim()).to.equal('10 lieux');
    expect(performance.getEntriesByType('resource').some((r) => r.name.includes('maplibre-gl'))).to.equal(false);
    // The list still opens a place.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.lieux .nom button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.fiche')).to.exist;
    await expect(el).to.be.accessible();
  });
});
