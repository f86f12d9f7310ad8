// The banner's demo page (demo/bandeau.html), as an operator's page carries it: the built self-contained file
// (dist/autonome/bandeau-aide-demarche.js, built by `npm test` before these tests), loaded in a real page.
// What an operator asks: one request, nothing moves when it appears, nothing else is fetched.
import { expect } from '@open-wc/testing';

interface Decalage extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** Opens `url` in an iframe of the given size and waits until the banner is drawn. */
async function ouvrir(url: string, largeur = 1024, hauteur = 700): Promise<HTMLIFrameElement> {
  const cadre = document.createElement('iframe');
  cadre.style.width = `${largeur}px`;
  cadre.style.height = `${hauteur}px`;
  cadre.style.border = '0';
  cadre.title = 'Page d’organisme';
  const charge = new Promise((r) => cadre.addEventListener('load', r, { once: true }));
  cadre.src = url;
  document.body.append(cadre);
  await charge;
  const fenetre = cadre.contentWindow!;
  await fenetre.customElements.whenDefined('bandeau-aide-demarche');
  const bandeau = cadre.contentDocument!.querySelector('bandeau-aide-demarche') as HTMLElement & { updateComplete: Promise<boolean> };
  await bandeau.updateComplete;
  // Two frames: what the banner drew is on screen (and measured).
  await new Promise((r) => fenetre.requestAnimationFrame(() => fenetre.requestAnimationFrame(r)));
  return cadre;
}

/** Every layout shift the page recorded since it started (buffered), not caused by the person. */
async function decalages(fenetre: Window): Promise<Decalage[]> {
  const P = (fenetre as unknown as { PerformanceObserver: typeof PerformanceObserver }).PerformanceObserver;
  return new Promise((resolve) => {
    const observateur = new P((liste) => {
      observateur.disconnect();
      resolve(liste.getEntries() as Decalage[]);
    });
    observateur.observe({ type: 'layout-shift', buffered: true });
    // No entry at all: the callback is never called.
    setTimeout(() => {
      observateur.disconnect();
      resolve([]);
    }, 300);
  });
}

describe('La page d’un organisme avec le bandeau (demo/bandeau.html)', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    // The iframe shares this page's session storage: « Fermer » must not hide the banner of the next test.
    sessionStorage.clear();
  });

  it('ne fait aucune requête que le fichier du bandeau, qui tient en un seul fichier', async () => {
    const cadre = await ouvrir('/demo/bandeau.html');
    const fenetre = cadre.contentWindow!;
    // Time for anything lazy to show up (a chunk, a font, the directory, a map).
    await new Promise((r) => setTimeout(r, 1000));
    const requetes = fenetre.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      // The test server adds its own live-reload script to every HTML page it serves; the page itself does not.
      .filter((chemin) => chemin !== '/__web-dev-server__web-socket.js');
    expect(requetes).to.deep.equal(['/dist/autonome/bandeau-aide-demarche.js']);
    const source = await (await fetch('/demo/bandeau.html')).text();
    // (The test server's own script is left aside: it is not in the file.)
    expect(source.match(/<script(?![^>]*__web-dev-server)/g)).to.have.length(1);
    expect(source).not.to.match(/<link rel="(stylesheet|preload|modulepreload)/);
    // And it is the real banner, drawn, with its link to the map of help.
    const lien = cadre.contentDocument!.querySelector('bandeau-aide-demarche')!.shadowRoot!.querySelector('a')!;
    expect(lien.textContent).to.equal('Trouver de l’aide près de chez moi');
    expect(lien.href).to.contain('besoin=demarche');
  });

  for (const [largeur, variante] of [
    [320, ''],
    [360, ''],
    [412, ''],
    [600, ''],
    [800, ''],
    [1280, ''],
    [320, 'src'],
    [412, 'src'],
    [1280, 'src'],
  ] as const) {
    it(`ne décale rien quand il apparaît, sur un écran de ${largeur} px${variante ? ' (avec le champ code postal)' : ''}`, async () => {
      // The banner's file arrives 600 ms late: the page is on screen before it, as on a slow phone network.
      const page = variante ? 'bandeau-code-postal' : 'bandeau';
      const cadre = document.createElement('iframe');
      Object.assign(cadre.style, { width: `${largeur}px`, height: '800px', border: '0' });
      cadre.title = 'Page d’organisme';
      cadre.src = `/test-reseau-lent/600/${page}-${largeur}/demo/${page}.html`;
      document.body.append(cadre);
      // Frame after frame, while the banner's script is on its way: where is the page's title on screen?
      let avant: number | undefined;
      while (!cadre.contentWindow?.customElements.get('bandeau-aide-demarche')) {
        const h1 = cadre.contentDocument?.querySelector('h1');
        if (h1 && cadre.contentDocument!.readyState !== 'loading') avant = h1.getBoundingClientRect().top;
        await new Promise((r) => requestAnimationFrame(r));
      }
      // The test proves nothing if the banner was there before the page showed.
      expect(avant, 'la page était affichée avant le bandeau').to.be.a('number');
      const fenetre = cadre.contentWindow!;
      const doc = cadre.contentDocument!;
      const bandeau = doc.querySelector('bandeau-aide-demarche') as HTMLElement & { updateComplete: Promise<boolean> };
      await bandeau.updateComplete;
      await new Promise((r) => fenetre.requestAnimationFrame(() => fenetre.requestAnimationFrame(r)));
      // The banner is drawn, and the title has not moved by a pixel.
      expect(bandeau.shadowRoot!.querySelector('.titre')!.textContent).to.equal('Vous n’arrivez pas à faire une démarche en ligne ?');
      expect(doc.querySelector('h1')!.getBoundingClientRect().top).to.equal(avant);
      // Nor did anything else: the browser's own layout-shift record (what CLS adds up) is empty.
      expect((await decalages(fenetre)).map((d) => d.value)).to.deep.equal([]);
      // The title below the banner is where the reservation put it: right under the banner.
      expect(bandeau.hasAttribute('src')).to.equal(variante === 'src');
      const bas = bandeau.getBoundingClientRect().bottom;
      expect(doc.querySelector('h1')!.getBoundingClientRect().top).to.be.at.least(bas);
      // The banner fills its reserved place: no empty band between it and the page.
      const boite = bandeau.shadowRoot!.querySelector('.bandeau')!.getBoundingClientRect();
      expect(Math.round(boite.bottom)).to.equal(Math.round(bas));
    });
  }

  it('fermé, il libère sa place', async () => {
    const cadre = await ouvrir('/demo/bandeau.html', 800, 700);
    const doc = cadre.contentDocument!;
    const bandeau = doc.querySelector('bandeau-aide-demarche')!;
    const titre = doc.querySelector('h1')!;
    const avant = titre.getBoundingClientRect().top;
    const fermer = bandeau.shadowRoot!.querySelector<HTMLButtonElement>('.fermer')!;
    fermer.click();
    await new Promise((r) => cadre.contentWindow!.requestAnimationFrame(() => r(null)));
    expect(bandeau.hidden).to.equal(true);
    expect(titre.getBoundingClientRect().top).to.be.below(avant);
  });
});
