// demo/csp.html: the built all-in-one file (dist/autonome/kit-inclusion-numerique.js) under the strict policy of
// issue 7 (`default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; img-src 'self' data:`).
// Every element is used for real (the map with MapLibre's worker, the agenda's lazy views and their styles, the
// diagnosis, the banner), and the page's own recorder (demo/csp-violations.js) must have seen no violation.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

interface Violation {
  directive: string;
  bloque: string;
  source: string;
}
type Fenetre = Window & { violationsCsp: Violation[] };

let cadre: HTMLIFrameElement;
const doc = () => cadre.contentDocument!;
const fenetre = () => cadre.contentWindow as Fenetre;
const ombre = (selecteur: string) => doc().querySelector(selecteur)!.shadowRoot!;
const texte = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const bouton = (racine: ParentNode, libelle: RegExp) =>
  [...racine.querySelectorAll<HTMLButtonElement>('button')].find((b) => libelle.test(texte(b)));

describe('Sous une politique de sécurité stricte (demo/csp.html)', function () {
  this.timeout(30000);

  before(async () => {
    // The whole iframe on screen: the map only starts when it is in view.
    await setViewport({ width: 1300, height: 950 });
    cadre = document.createElement('iframe');
    Object.assign(cadre.style, { width: '1280px', height: '900px', border: '0' });
    cadre.title = 'Page sous CSP stricte';
    const charge = new Promise((r) => cadre.addEventListener('load', r, { once: true }));
    cadre.src = '/demo/csp.html';
    document.body.append(cadre);
    await charge;
    await fenetre().customElements.whenDefined('carte-mediation');
  });
  after(() => cadre.remove());

  it('la politique est bien en place : un style écrit dans la page est refusé et noté', async () => {
    // The control: without it, an empty list of violations could mean the policy or the recorder is missing.
    const p = doc().createElement('p');
    p.setAttribute('style', 'color: red');
    doc().body.append(p);
    await waitUntil(() => fenetre().violationsCsp.length > 0, 'aucune violation notée', { timeout: 2000 });
    expect(fenetre().violationsCsp.map((v) => v.directive)).to.deep.equal(['style-src-attr']);
    expect(fenetre().getComputedStyle(p).color).not.to.equal('rgb(255, 0, 0)');
    p.remove();
    fenetre().violationsCsp.length = 0;
    doc().querySelector('#violations')!.textContent = 'Aucune violation de la politique.';
  });

  it('le bandeau est dessiné avec ses styles (feuilles construites, permises)', async () => {
    const racine = ombre('bandeau-aide-demarche');
    expect(texte(racine.querySelector('.texte'))).to.contain('msa.fr');
    const fond = fenetre().getComputedStyle(racine.querySelector('.bandeau')!).backgroundColor;
    expect(fond).to.equal('rgb(232, 237, 255)');
  });

  it('la carte démarre : MapLibre, son worker servi à côté, les points dessinés ; la hauteur demandée est tenue', async () => {
    const carte = doc().querySelector('carte-mediation')!;
    // The map starts when it comes into view: its frame is on screen (the page may still be growing around it).
    await waitUntil(() => {
      carte.shadowRoot!.querySelector('.carte-maplibre')?.scrollIntoView({ block: 'center' });
      return (carte as unknown as { carte?: unknown }).carte;
    }, 'la carte ne démarre pas', { timeout: 20000, interval: 250 });
    const c = (carte as unknown as { carte: { attendreRepos(): Promise<void>; instance: { queryRenderedFeatures(o: object): unknown[] } } }).carte;
    await c.attendreRepos();
    // Circles drawn by WebGL come from tiles made by the worker: no worker, nothing drawn.
    const dessines = c.instance.queryRenderedFeatures({ layers: ['lieux-groupes', 'lieux-points'] });
    expect(dessines.length).to.be.above(0);
    expect(carte.shadowRoot!.querySelectorAll('.carte-groupe, .carte-lieu').length).to.be.above(0);
    // hauteur="24rem" (set through the CSSOM, not a style attribute that the policy would block).
    const cadreCarte = carte.shadowRoot!.querySelector('[part~="carte"]')!;
    expect(Math.round(cadreCarte.getBoundingClientRect().height)).to.equal(384);
  });

  it('l’agenda ouvre ses vues chargées à la demande, avec leurs styles', async () => {
    const agenda = ombre('agenda-ateliers');
    fenetre().scrollTo(0, doc().querySelector('agenda-ateliers')!.getBoundingClientRect().top + fenetre().scrollY);
    await waitUntil(() => bouton(agenda, /^Semaine$/), 'pas de bouton Semaine', { timeout: 10000 });
    bouton(agenda, /^Semaine$/)!.click();
    await waitUntil(() => agenda.querySelector('#titre-semaine'), 'la semaine ne s’ouvre pas', { timeout: 10000 });
    // The week's styles arrive with its chunk (adopted sheet): seven columns side by side on a wide screen.
    const jours = [...agenda.querySelectorAll('.semaine-jour')];
    expect(jours.length).to.equal(7);
    expect(jours[1]!.getBoundingClientRect().top).to.equal(jours[0]!.getBoundingClientRect().top);
  });

  it('le diagnostic répond à la personne', async () => {
    const diag = ombre('diag-autonomie');
    const premier = diag.querySelector<HTMLButtonElement>('button')!;
    const avant = texte(diag.querySelector('h2, h3, [role="heading"]'));
    premier.click();
    await waitUntil(() => texte(diag.querySelector('h2, h3, [role="heading"]')) !== avant, 'le diagnostic n’avance pas');
  });

  it('aucune violation de la politique pendant tout cela', async () => {
    expect(fenetre().violationsCsp).to.deep.equal([]);
    expect(texte(doc().querySelector('#violations'))).to.equal('Aucune violation de la politique.');
  });
});
