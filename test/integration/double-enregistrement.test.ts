/**
 * Two copies of the kit on one page (demo/integration/double.html, in a frame): the npm build (/dist/index.js)
 * then a « CDN » copy under another URL (/cdn-copie/dist/autonome/kit-inclusion-numerique.js, served by the test
 * server from the same project). No error; the first copy keeps every element and they work; the second copy says
 * so once per element, with exactly the words of `definir` (src/base/outils.ts), through console.warn.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CarteMediation } from '../../src/components/carte-mediation/carte-mediation.js';
import type { DiagAutonomie } from '../../src/components/diag-autonomie/diag-autonomie.js';
import { axeDansLaPage, ouvrir, texte, type Page } from './page-integration.js';


/** The kit's elements and the class each copy exports for it. */
const ELEMENTS = {
  'annuaire-inclusion': 'AnnuaireInclusion',
  'annuaire-resume': 'AnnuaireResume',
  'carte-mediation': 'CarteMediation',
  'diag-autonomie': 'DiagAutonomie',
  'orientation-flow': 'OrientationFlow',
  'agenda-ateliers': 'AgendaAteliers',
  'bandeau-aide-demarche': 'BandeauAideDemarche',
} as const;

const avertissement = (tag: string) =>
  `Kit inclusion numérique chargé deux fois : <${tag}> déjà défini.`;

describe('Le kit chargé deux fois sur une page (npm et CDN)', () => {
  let page: Page | undefined;
  afterEach(() => {
    page?.cadre.remove();
    page = undefined;
  });

  it('keeps the first copy, warns once per element with the exact words, and nothing breaks', async function () {
    this.timeout(60000);
    page = await ouvrir('/demo/integration/double.html');
    const { cadre, doc, journal } = page;
    expect(doc.documentElement.lang).to.equal('fr');
    const fenetre = cadre.contentWindow!;
    await waitUntil(() => fenetre.copiesDuKit || journal.erreurs.length, 'la page n’a pas chargé les deux copies du kit', { timeout: 15000 });
    // No uncaught error (a copy that defined its elements again would throw here), no rejected promise, no
    // console.error, no file that failed to load.
    expect(journal.erreurs).to.deep.equal([]);
    const { npm, cdn, tenusParNpm } = fenetre.copiesDuKit!;

    // Two real copies: every element class exists twice, and they are not the same classes.
    const tags = Object.keys(ELEMENTS) as (keyof typeof ELEMENTS)[];
    for (const tag of tags) {
      const classe = ELEMENTS[tag];
      expect(npm[classe], `${classe} dans la copie npm`).to.be.a('function');
      expect(cdn[classe], `${classe} dans la copie CDN`).to.be.a('function');
      expect(cdn[classe], `${classe} : les deux copies sont le même module`).to.not.equal(npm[classe]);
    }
    // The first copy (npm) registered every element; the page says so.
    expect([...tenusParNpm].sort()).to.deep.equal([...tags].sort());
    expect(texte(doc.getElementById('copies'))).to.equal('Deux copies du kit chargées : les 7 éléments sont ceux de la première (npm).');

    // The second copy warned once per element, with exactly these words, and nothing else was said.
    expect([...journal.avertissements].sort()).to.deep.equal(tags.map(avertissement).sort());

    // The elements work: the map reads the directory given to <annuaire-inclusion>, the test answers a click.
    const carte = doc.querySelector<CarteMediation>('carte-mediation')!;
    await waitUntil(() => /^\d+ lieux$/.test(texte(carte.shadowRoot?.querySelector('.compte strong'))), 'la carte n’a pas lu l’annuaire', { timeout: 15000 });
    const diag = doc.querySelector<DiagAutonomie>('diag-autonomie')!;
    const pourMoi = [...diag.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => texte(b) === 'C’est pour moi');
    expect(pourMoi, 'pas de « C’est pour moi »').to.exist;
    pourMoi!.click();
    await diag.updateComplete;
    expect(texte(diag.shadowRoot!.querySelector('.etape p'))).to.equal('Étape 1 sur 11');
    expect(texte(diag.shadowRoot!.querySelector('fieldset > legend'))).to.equal('Quels appareils avez-vous ?');
    // Still nothing wrong once they ran, and the page is accessible.
    expect(journal.erreurs).to.deep.equal([]);
    expect(journal.avertissements).to.have.length(tags.length);
    await axeDansLaPage(page);
    await expect(cadre).to.be.accessible();
  });
});

