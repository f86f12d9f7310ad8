/**
 * The desk page (demo/poste-accueil.html) for a person who reads Arabic: the helper chooses « العربية » at the top,
 * and the whole journey runs in Arabic with the keyboard only: the diagnosis, the orientation to the places, the
 * places, the workshops; the fiche d'orientation prints in two languages (Arabic and French side by side, for the
 * agent the person will show it to); « Effacer tout » goes back to French for the next person.
 *
 * The words the test looks for are the Arabic tables' own (src/i18n/ar/…), so a missing translation, a French
 * word left on screen (checked with test/i18n/fuite.ts) or a layout that is not mirrored fails here.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ARBRE_PAR_DEFAUT } from '../../src/data/arbre-orientation.js';
import { questions, type IdQuestion, type Reponses } from '../../src/data/diagnostic.js';
import ar from '../../src/i18n/ar.js';
import { chainesDe, fuites, textesVus } from '../i18n/fuite.js';
import { cadreDe, fermerPoste, ouvrirPoste, rendu, texte, type Poste } from './poste-accueil-cadre.js';

const PAGE = '/demo/poste-accueil.html?fond=aucun';
const SRC = '/data/tourcoing.json';
const ARABE = /[\u0600-\u06ff]/;

let poste: Poste;
let donnees: string[] = [];
const { win, doc, $, ombre, dans, actif, tabJusqua, entree, accessible } = cadreDe(() => poste.cadre);
/** The element speaks Arabic only: mirrored, and no French (nor any Latin word) but the data and kept names. */
function enArabe(id: string, quoi: string): void {
  const el = doc().getElementById(id)!;
  expect(el.getAttribute('lang'), `${id} lang`).to.equal('ar');
  expect(getComputedStyle(el).direction, `${id} direction`).to.equal('rtl');
  expect(texte(ombre(id)), quoi).to.match(ARABE);
  expect(fuites(textesVus(ombre(id), 'ar'), 'ar', donnees), `texte non arabe, ${quoi}`).to.deep.equal([]);
}

/** The same person as the French journey (test/integration/poste-accueil.test.ts), answer by answer. */
const PLAN: Record<string, string | string[]> = {
  appareils: ['smartphone'],
  internet: 'maison',
  francais: 'facile',
  envie: 'oui',
  urgence: 'oui',
  organisme: 'caf',
  apprentissage: 'avec-du-temps',
};
const COMPETENCE_AIDEE = 'allumer';

describe('Poste d’accueil en arabe, au clavier', function () {
  this.timeout(90000);

  before(async function () {
    this.timeout(60000);
    donnees = chainesDe(await (await fetch(SRC)).json(), ['Tourcoing']);
    poste = await ouvrirPoste(PAGE);
  });

  afterEach(() => {
    expect(poste.erreurs.splice(0), 'erreurs de la page').to.deep.equal([]);
  });

  after(() => fermerPoste(poste));

  it('the helper chooses Arabic at the top with the keyboard: every step’s element turns Arabic and right-to-left', async () => {
    win().focus();
    $<HTMLAnchorElement>('a.evitement')!.focus();
    // A radio group: Tab lands on the checked language, the arrows choose.
    await tabJusqua((a) => a.getAttribute('name') === 'langue');
    expect((actif() as HTMLInputElement).value).to.equal('fr');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect((actif() as HTMLInputElement).value).to.equal('ar');
    expect($('label[for="langue-ar"]')!.getAttribute('lang')).to.equal('ar');
    for (const id of ['diag', 'orientation', 'carte', 'agenda']) {
      await waitUntil(() => doc().getElementById(id)!.getAttribute('dir') === 'rtl', `${id} pas en arabe`, { timeout: 8000 });
    }
    await waitUntil(() => texte(dans('diag', '#titre')) === ar.diag.titreAidant, 'titre du diagnostic pas en arabe');
    enArabe('diag', 'accueil du diagnostic');
    await accessible('diagnostic en arabe');
  });

  it('step 1: the whole diagnosis in Arabic by keyboard, to its result in Arabic', async () => {
    await tabJusqua(ar.diag.commencer);
    await entree();
    let reponses: Reponses = {};
    let competences = 0;
    for (let n = 0; n < 20; n++) {
      await waitUntil(() => dans('diag', '#question') || dans('diag', '#titre-resultat'), 'ni question ni résultat', { timeout: 8000 });
      if (dans('diag', '#titre-resultat')) break;
      const legende = texte(dans('diag', '#question'));
      const liste = questions('aidant', reponses);
      const q = liste.find((x) => texte(document.createTextNode(ar.diag.question(x.id, 'aidant').question)) === legende);
      expect(q, `question inconnue à l’écran : « ${legende} »`).to.exist;
      const mots = ar.diag.question(q!.id as IdQuestion, 'aidant');
      enArabe('diag', `question ${q!.id}`);
      const valeur = 'competence' in q! ? (q!.id === COMPETENCE_AIDEE || competences++ === 0 ? 'aide' : 'non') : PLAN[q!.id]!;
      if (Array.isArray(valeur)) {
        for (const v of valeur) {
          const b = await tabJusqua(mots.choix[v]!);
          await sendKeys({ press: 'Space' });
          await waitUntil(() => b.getAttribute('aria-pressed') === 'true', `« ${mots.choix[v]} » pas coché`);
        }
        await tabJusqua(ar.diag.continuer);
      } else {
        await tabJusqua(mots.choix[valeur]!);
      }
      await entree();
      await waitUntil(() => texte(dans('diag', '#question')) !== legende, `l’écran « ${legende} » ne change pas`);
      reponses = { ...reponses, ...('competence' in q! ? {} : { [q!.id]: valeur }) } as Reponses;
    }
    await waitUntil(() => dans('diag', '#titre-resultat'), 'pas de résultat', { timeout: 8000 });
    expect(texte(dans('diag', '#titre-resultat'))).to.equal(texte(document.createTextNode(ar.diag.resultat.niveau('debutant', 'aidant').titre)));
    enArabe('diag', 'résultat du diagnostic');
    await accessible('résultat du diagnostic en arabe');
  });

  it('step 2: the orientation in Arabic reuses the diagnosis; its result names the places as written; the fiche prints in Arabic and French', async () => {
    await tabJusqua((a) => a.tagName === 'A' && (a.getAttribute('href') ?? '').includes('#etape-orientation'), { arriere: true });
    await entree();
    await waitUntil(() => !($('#etape-orientation') as HTMLElement).hidden, 'pas à l’étape 2');
    enArabe('orientation', 'accueil de l’orientation');
    await tabJusqua(ar.orientation.commencer);
    await entree();
    await waitUntil(() => dans('orientation', '#titre-question'), 'pas de question');
    // The one question the diagnosis could not answer, in Arabic: « can the person do it if someone shows them? ».
    const [id, noeud] = Object.entries(ARBRE_PAR_DEFAUT.noeuds).find(
      ([, n]) => n.type === 'question' && typeof n.texte === 'object' && n.texte.aidant === 'La personne peut-elle la faire elle-même si quelqu’un lui montre ?',
    )!;
    expect(noeud.type).to.equal('question');
    const mots = ar.arbre[id]!;
    const question = typeof mots.texte === 'object' ? mots.texte.aidant : mots.texte!;
    expect(texte(dans('orientation', '#titre-question'))).to.equal(texte(document.createTextNode(question)));
    const non = mots.reponses!.non!;
    await tabJusqua(typeof non === 'object' ? non.aidant : non);
    await entree();
    await waitUntil(() => dans('orientation', 'section.ou-quand form'), 'pas de « Où et quand »', { timeout: 8000 });
    enArabe('orientation', 'où et quand');
    await tabJusqua((a) => a.id === 'pres');
    await sendKeys({ type: 'Tourcoing' });
    await entree();
    await waitUntil(() => dans('orientation', '#titre-resultat'), 'pas de résultat', { timeout: 8000 });
    const premier = dans('orientation', '.resultat ol.lieux > li.lieu .titre')!;
    expect(texte(premier)).to.equal('France Services Tourcoing Centre');
    // The French name inside the Arabic page keeps its own direction.
    expect(getComputedStyle(premier.querySelector('bdi') ?? premier).unicodeBidi).to.match(/isolate|plaintext/);
    enArabe('orientation', 'résultat de l’orientation');
    await accessible('résultat de l’orientation en arabe');

    // The fiche in two languages, by the element's own button.
    const avant = poste.impressions;
    await tabJusqua(ar.orientation.resultat.imprimerDeuxLangues);
    await entree();
    await waitUntil(() => poste.impressions === avant + 1, 'l’impression ne démarre pas', { timeout: 5000 });
    await emulateMedia({ media: 'print' });
    try {
      const fiche = dans('orientation', '.impression')!;
      expect(rendu(fiche)).to.equal(true);
      const arabe = fiche.querySelector('[lang="ar"]')!;
      const francais = fiche.querySelector('[lang="fr"]')!;
      expect(rendu(arabe) && rendu(francais), 'deux colonnes').to.equal(true);
      expect(arabe.getAttribute('dir')).to.equal('rtl');
      expect(francais.getAttribute('dir')).to.equal('ltr');
      // Side by side on the paper, the Arabic column on the right.
      const ra = arabe.getBoundingClientRect();
      const rf = francais.getBoundingClientRect();
      expect(ra.left).to.be.greaterThan(rf.left);
      expect(Math.abs(ra.top - rf.top)).to.be.lessThan(5);
      expect(texte(arabe)).to.match(ARABE).and.include('France Services Tourcoing Centre');
      expect(texte(francais)).to.include('Faire la démarche avec quelqu’un').and.include('France Services Tourcoing Centre');
      expect(texte(francais)).not.to.match(ARABE);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('steps 3 and 4: the places and the workshops in Arabic; « Effacer tout » goes back to French', async () => {
    await tabJusqua((a) => a.tagName === 'A' && texte(a) === texte(document.createTextNode(ar.orientation.resultat.voirCarte)));
    await entree();
    await waitUntil(() => !($('#etape-lieux') as HTMLElement).hidden, 'pas à l’étape 3');
    await waitUntil(() => ombre('carte').querySelectorAll('ol.lieux > li.lieu').length > 0, 'pas de lieux', { timeout: 8000 });
    enArabe('carte', 'liste des lieux');
    await accessible('lieux en arabe');

    await tabJusqua('Étape suivante : les ateliers');
    await entree();
    await waitUntil(() => !($('#etape-ateliers') as HTMLElement).hidden, 'pas à l’étape 4');
    await waitUntil(() => texte(ombre('agenda')).length > 100, 'agenda vide', { timeout: 8000 });
    enArabe('agenda', 'agenda');
    await accessible('ateliers en arabe');

    await tabJusqua('Effacer tout', { arriere: true, max: 200 });
    await entree();
    await waitUntil(() => doc().getElementById('diag')!.getAttribute('lang') === 'fr', 'pas revenu au français');
    expect($<HTMLInputElement>('#langue-fr')!.checked).to.equal(true);
    for (const id of ['diag', 'orientation', 'carte', 'agenda']) expect(doc().getElementById(id)!.getAttribute('lang')).to.equal('fr');
    await waitUntil(() => texte(dans('diag', '#titre')) === 'Où en est la personne avec le numérique ?', 'diagnostic pas en français');
  });
});
