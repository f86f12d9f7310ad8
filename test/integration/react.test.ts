/**
 * The kit in a React 19 application (demo/integration/react.html, in a frame, as an integrator would see it):
 * React sets the elements' properties (not attributes), listens to their events with `on<nom-d-evenement>` and
 * shows what it received; one copy of the kit, no error.
 */
import { expect, waitUntil } from '@open-wc/testing';
// The page's module: type-checked with the tests (tsconfig.json covers test/, not demo/).
import type {} from '../../demo/integration/react.js';
import type { JournalIntegration } from '../../demo/integration/journal.js';
import type { CarteMediation } from '../../src/components/carte-mediation/carte-mediation.js';
import type { DiagAutonomie } from '../../src/components/diag-autonomie/diag-autonomie.js';

const texte = (n: Element | ShadowRoot | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

interface Page {
  cadre: HTMLIFrameElement;
  doc: Document;
  journal: JournalIntegration;
}

/** Loads a page of the project in a frame (same origin) and waits for its `load`. */
async function ouvrir(url: string): Promise<Page> {
  const cadre = document.createElement('iframe');
  cadre.title = 'Page d’intégration';
  cadre.style.width = '1024px';
  cadre.style.height = '900px';
  const charge = new Promise((r) => cadre.addEventListener('load', r, { once: true }));
  cadre.src = url;
  document.body.append(cadre);
  await charge;
  const doc = cadre.contentDocument!;
  await waitUntil(() => cadre.contentWindow!.journalIntegration, 'le journal de la page n’a pas démarré', { timeout: 5000 });
  return { cadre, doc, journal: cadre.contentWindow!.journalIntegration! };
}

/** A button of a kit element, by its words. */
function bouton(racine: ShadowRoot, libelle: string): HTMLButtonElement {
  const b = [...racine.querySelectorAll<HTMLButtonElement>('button')].find((x) => texte(x) === libelle);
  if (!b) throw new Error(`pas de « ${libelle} » : ${[...racine.querySelectorAll('button')].map(texte).join(' | ')}`);
  return b;
}

const SEUL = 'Oui, seul ou seule';
/** Someone with a smartphone and internet who does everything alone, no urgency: « autonome ». */
const AUTONOME = [['Un smartphone (téléphone avec internet)'], 'Oui, une box ou le wifi', SEUL, SEUL, SEUL, SEUL, SEUL, SEUL, 'Facile', 'Oui', 'Non'];

describe('Le kit dans une application React 19', () => {
  let page: Page | undefined;
  afterEach(() => {
    page?.cadre.remove();
    page = undefined;
  });

  it('React sets properties on the elements, listens to diag-termine and carte-filtres-changes, and shows them', async function () {
    this.timeout(60000);
    page = await ouvrir('/demo/integration/react.html');
    const { doc, journal } = page;
    expect(doc.documentElement.lang).to.equal('fr');
    expect(doc.title).to.equal('Kit inclusion numérique dans une application React 19');

    // React rendered the kit's elements, and the kit upgraded them (one registry, the page's).
    await waitUntil(() => doc.querySelector('annuaire-inclusion > diag-autonomie'), 'React n’a pas rendu le test');
    const diag = doc.querySelector<DiagAutonomie>('annuaire-inclusion > diag-autonomie')!;
    const carte = doc.querySelector<CarteMediation>('annuaire-inclusion > carte-mediation')!;
    expect(carte, 'React n’a pas rendu la carte').to.exist;
    const racineCarte = carte.shadowRoot!;
    const compte = () => texte(racineCarte.querySelector('.compte strong'));
    await waitUntil(() => /^\d+ lieux$/.test(compte()), 'la carte n’a pas lu l’annuaire donné à <annuaire-inclusion> par React', { timeout: 15000 });
    const tous = Number.parseInt(compte(), 10);

    // `voix` and `fond` are properties of the elements: React 19 set them as properties, not as attributes.
    expect(diag.voix).to.equal('moi');
    expect(diag.hasAttribute('voix'), 'React a posé un attribut voix au lieu de la propriété').to.equal(false);
    expect(carte.fond).to.equal('aucun');
    expect(carte.hasAttribute('fond')).to.equal(false);
    // … and the element acts on it: the test starts straight away for « moi », without asking who answers.
    const racineDiag = diag.shadowRoot!;
    expect(racineDiag.querySelector('.choix-voix'), 'le test demande « Qui répond ? » : la voix n’a pas été reçue').to.equal(null);
    bouton(racineDiag, 'Commencer');

    // Nothing received yet: React says so.
    expect(texte(doc.getElementById('etat-carte'))).to.equal('La carte n’a pas encore changé de filtres.');
    expect(texte(doc.getElementById('etat-diag'))).to.equal('Le test n’est pas encore terminé.');

    // A React button changes React state → React sets carte.besoin = 'demarche' → the map filters → its
    // carte-filtres-changes reaches React's `oncarte-filtres-changes` → React writes the new total.
    doc.getElementById('montrer-demarches')!.click();
    await waitUntil(() => texte(doc.getElementById('etat-carte')) !== 'La carte n’a pas encore changé de filtres.', 'React n’a pas reçu carte-filtres-changes', { timeout: 5000 });
    expect(carte.besoin).to.equal('demarche');
    expect(carte.hasAttribute('besoin')).to.equal(false);
    const filtres = Number.parseInt(compte(), 10);
    expect(filtres).to.be.above(0).and.below(tous);
    expect(texte(doc.getElementById('etat-carte'))).to.equal(`La carte montre maintenant ${filtres} ${filtres > 1 ? 'lieux' : 'lieu'}.`);
    expect([...racineCarte.querySelectorAll('.puce')].map(texte)).to.include('Faire une démarche en ligne ✕');

    // The test, answered to the end: its diag-termine reaches React's `ondiag-termine`.
    bouton(racineDiag, 'Commencer').click();
    await diag.updateComplete;
    for (const r of AUTONOME) {
      for (const libelle of Array.isArray(r) ? r : [r]) {
        const b = [...racineDiag.querySelectorAll<HTMLButtonElement>('.reponse')].find((x) => texte(x) === libelle);
        if (!b) throw new Error(`pas de réponse « ${libelle} » : ${[...racineDiag.querySelectorAll('.reponse')].map(texte).join(' | ')}`);
        b.click();
        await diag.updateComplete;
      }
      if (Array.isArray(r)) {
        bouton(racineDiag, 'Continuer').click();
        await diag.updateComplete;
      }
    }
    expect(racineDiag.querySelector('.resultat'), 'le test n’a pas montré son résultat').to.exist;
    await waitUntil(() => texte(doc.getElementById('etat-diag')) !== 'Le test n’est pas encore terminé.', 'React n’a pas reçu diag-termine', { timeout: 5000 });
    expect(texte(doc.getElementById('etat-diag'))).to.equal('Test terminé : niveau « autonome ».');

    // No error, and one copy of the kit (a second one would warn: « déjà défini par une autre copie du kit »).
    expect(journal.erreurs).to.deep.equal([]);
    expect(journal.avertissements.filter((a) => /déjà défini|Multiple versions of Lit/.test(a))).to.deep.equal([]);
    // One React too: react-dom found the React it was bundled with (else hooks throw, caught above).
    expect(doc.querySelector('#application section h2')?.textContent).to.equal('Ce que l’application React reçoit du kit');
  });

  it('is accessible: the page, React’s live messages and the elements', async function () {
    this.timeout(60000);
    page = await ouvrir('/demo/integration/react.html');
    const { doc, journal } = page;
    await waitUntil(() => doc.querySelector('carte-mediation'), 'React n’a pas rendu la carte');
    const carte = doc.querySelector<CarteMediation>('carte-mediation')!;
    await waitUntil(() => /^\d+ lieux$/.test(texte(carte.shadowRoot!.querySelector('.compte strong'))), 'annuaire non lu', { timeout: 15000 });
    // React's messages are live regions: a screen reader hears what the application received.
    expect(doc.getElementById('etat-carte')!.getAttribute('role')).to.equal('status');
    expect(doc.getElementById('etat-diag')!.getAttribute('role')).to.equal('status');
    // axe runs in the page's own frame (the page loads axe-core there) and reports to this one.
    await axeDansLaPage(page);
    await expect(page.cadre).to.be.accessible();
    expect(journal.erreurs).to.deep.equal([]);
  });
});

/** axe-core in the frame too, so that `expect(cadre).to.be.accessible()` checks the page inside it. */
async function axeDansLaPage({ cadre, doc }: Page): Promise<void> {
  const script = doc.createElement('script');
  const charge = new Promise((r, e) => {
    script.addEventListener('load', r, { once: true });
    script.addEventListener('error', e, { once: true });
  });
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await charge;
  expect((cadre.contentWindow as Window & { axe?: unknown }).axe, 'axe-core non chargé dans la page').to.exist;
}
