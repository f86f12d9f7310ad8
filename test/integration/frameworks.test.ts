/**
 * The kit in a React 19 and in a Vue 3 application (demo/integration/react.html and vue.html, in a frame, as an
 * integrator would see them): the framework sets the elements' properties (not attributes), listens to their events
 * (React 19: `oncarte-filtres-changes`, the exact name after `on`; Vue: `onCarteFiltresChanges`, which it
 * hyphenates) and shows what it received; one copy of the kit, no error.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CarteMediation } from '../../src/components/carte-mediation/carte-mediation.js';
import type { DiagAutonomie } from '../../src/components/diag-autonomie/diag-autonomie.js';
import { axeDansLaPage, ouvrir, texte, type Page } from './page-integration.js';

/** A button of a kit element, by its words. */
function bouton(racine: ShadowRoot, libelle: string): HTMLButtonElement {
  const b = [...racine.querySelectorAll<HTMLButtonElement>('button')].find((x) => texte(x) === libelle);
  if (!b) throw new Error(`pas de « ${libelle} » : ${[...racine.querySelectorAll('button')].map(texte).join(' | ')}`);
  return b;
}

const SEUL = 'Oui, seul ou seule';
/** Someone with a smartphone and internet who does everything alone, no urgency: « autonome ». */
const AUTONOME = [['Un smartphone (téléphone avec internet)'], 'Oui, une box ou le wifi', SEUL, SEUL, SEUL, SEUL, SEUL, SEUL, 'Facile', 'Oui', 'Non'];

for (const { nom, cadriciel, page: fichier } of [
  { nom: 'React 19', cadriciel: 'React', page: 'react' },
  { nom: 'Vue 3', cadriciel: 'Vue', page: 'vue' },
] as const) {
  describe(`Le kit dans une application ${nom}`, () => {
    let page: Page | undefined;
    afterEach(() => {
      page?.cadre.remove();
      page = undefined;
    });

    it(`${cadriciel} sets properties on the elements, listens to diag-termine and carte-filtres-changes, and shows them`, async function () {
      this.timeout(60000);
      page = await ouvrir(`/demo/integration/${fichier}.html`);
      const { doc, journal } = page;
      expect(doc.documentElement.lang).to.equal('fr');
      expect(doc.title).to.equal(`Kit inclusion numérique dans une application ${nom}`);

      // The framework rendered the kit's elements, and the kit upgraded them (one registry, the page's).
      await waitUntil(() => doc.querySelector('annuaire-inclusion > diag-autonomie'), `${cadriciel} n’a pas rendu le test`);
      const diag = doc.querySelector<DiagAutonomie>('annuaire-inclusion > diag-autonomie')!;
      const carte = doc.querySelector<CarteMediation>('annuaire-inclusion > carte-mediation')!;
      expect(carte, `${cadriciel} n’a pas rendu la carte`).to.exist;
      const racineCarte = carte.shadowRoot!;
      const compte = () => texte(racineCarte.querySelector('.compte strong'));
      await waitUntil(() => /^\d+ lieux$/.test(compte()), `la carte n’a pas lu l’annuaire donné à <annuaire-inclusion> par ${cadriciel}`, { timeout: 15000 });
      const tous = Number.parseInt(compte(), 10);

      // `voix` and `fond` are properties of the elements: the framework set them as properties, not as attributes.
      expect(diag.voix).to.equal('moi');
      expect(diag.hasAttribute('voix'), `${cadriciel} a posé un attribut voix au lieu de la propriété`).to.equal(false);
      expect(carte.fond).to.equal('aucun');
      expect(carte.hasAttribute('fond')).to.equal(false);
      // … and the element acts on it: the test starts straight away for « moi », without asking who answers.
      const racineDiag = diag.shadowRoot!;
      expect(racineDiag.querySelector('.choix-voix'), 'le test demande « Qui répond ? » : la voix n’a pas été reçue').to.equal(null);
      bouton(racineDiag, 'Commencer');

      // Nothing received yet: the application says so.
      expect(texte(doc.getElementById('etat-carte'))).to.equal('La carte n’a pas encore changé de filtres.');
      expect(texte(doc.getElementById('etat-diag'))).to.equal('Le test n’est pas encore terminé.');

      // A button of the application changes its state → it sets carte.besoin = 'demarche' → the map filters → its
      // carte-filtres-changes reaches the application's listener → it writes the new total.
      doc.getElementById('montrer-demarches')!.click();
      await waitUntil(() => texte(doc.getElementById('etat-carte')) !== 'La carte n’a pas encore changé de filtres.', `${cadriciel} n’a pas reçu carte-filtres-changes`, { timeout: 5000 });
      expect(carte.besoin).to.equal('demarche');
      expect(carte.hasAttribute('besoin')).to.equal(false);
      const filtres = Number.parseInt(compte(), 10);
      expect(filtres).to.be.above(0).and.below(tous);
      expect(texte(doc.getElementById('etat-carte'))).to.equal(`La carte montre maintenant ${filtres} ${filtres > 1 ? 'lieux' : 'lieu'}.`);
      expect([...racineCarte.querySelectorAll('.puce')].map(texte)).to.include('Faire une démarche en ligne ✕');

      // The test, answered to the end: its diag-termine reaches the application's listener.
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
      await waitUntil(() => texte(doc.getElementById('etat-diag')) !== 'Le test n’est pas encore terminé.', `${cadriciel} n’a pas reçu diag-termine`, { timeout: 5000 });
      expect(texte(doc.getElementById('etat-diag'))).to.equal('Test terminé : niveau « autonome ».');

      // No error, and one copy of the kit (a second one would warn: « déjà défini par une autre copie du kit »).
      expect(journal.erreurs).to.deep.equal([]);
      expect(journal.avertissements.filter((a) => /déjà défini|Multiple versions of Lit/.test(a))).to.deep.equal([]);
      // One React (or Vue) too: with two, the application would throw, caught above.
      expect(doc.querySelector('#application section h2')?.textContent).to.equal(`Ce que l’application ${cadriciel} reçoit du kit`);
    });

    it(`is accessible: the page, ${cadriciel}’s live messages and the elements`, async function () {
      this.timeout(60000);
      page = await ouvrir(`/demo/integration/${fichier}.html`);
      const { doc, journal } = page;
      await waitUntil(() => doc.querySelector('carte-mediation'), `${cadriciel} n’a pas rendu la carte`);
      const carte = doc.querySelector<CarteMediation>('carte-mediation')!;
      await waitUntil(() => /^\d+ lieux$/.test(texte(carte.shadowRoot!.querySelector('.compte strong'))), 'annuaire non lu', { timeout: 15000 });
      // The application's messages are live regions: a screen reader hears what it received.
      expect(doc.getElementById('etat-carte')!.getAttribute('role')).to.equal('status');
      expect(doc.getElementById('etat-diag')!.getAttribute('role')).to.equal('status');
      // axe runs in the page's own frame (the page loads axe-core there) and reports to this one.
      await axeDansLaPage(page);
      await expect(page.cadre).to.be.accessible();
      expect(journal.erreurs).to.deep.equal([]);
    });
  });
}
