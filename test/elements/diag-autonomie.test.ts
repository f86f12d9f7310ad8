import { ContextConsumer } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { ReactiveElement } from 'lit';
import '../../src/components/annuaire-inclusion/annuaire-inclusion.js';
import '../../src/components/diag-autonomie/diag-autonomie.js';
// The loader chunk the element fetches when it has a `src`, and the result's chunk (fetched from the same place as the
// element's own code while the last questions are answered): imported here so that no test pays for them mid-way.
import '../../src/controllers/sources.js';
import '../../src/components/diag-autonomie/resultat.js';
import type { DiagAutonomie } from '../../src/components/diag-autonomie/diag-autonomie.js';
import { diagnosticContext, type ValeurDiagnostic } from '../../src/context/diagnostic.js';
import { questions, type ResultatDiagnostic } from '../../src/data/diagnostic.js';
import { diagFr } from '../../src/i18n/diag.fr.js';
import { fausseVoix } from '../voix-factice.js';

// The page has loaded many modules already: without this, new resource entries could be dropped unseen.
performance.setResourceTimingBufferSize(100000);

const SRC = '/test/fixtures/diag/annuaire.json';
const CLE = 'kit-inclusion-numerique.diagnostic';
const dateFr = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

type Diag = DiagAutonomie;
const racine = (el: Diag) => el.shadowRoot!;
const texte = (n: Element | ShadowRoot | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Diag, s: string) => racine(el).querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Diag, s: string) => [...racine(el).querySelectorAll<T>(s)];
const actif = (el: Diag) => racine(el).activeElement as HTMLElement | null;
const etape = (el: Diag) => texte($(el, '.etape p'));
/** The live region of the element (the result's « gardé » message has its own). */
const annonce = (el: Diag) => texte($(el, '.ecran > [role="status"]'));
const legende = (el: Diag) => texte($(el, 'fieldset > legend'));
const reponses = (el: Diag) => $$<HTMLButtonElement>(el, '.reponse');
const reponse = (el: Diag, libelle: string) => {
  const b = reponses(el).find((x) => texte(x) === libelle);
  if (!b) throw new Error(`pas de réponse « ${libelle} » à « ${legende(el)} » : ${reponses(el).map(texte).join(' | ')}`);
  return b;
};
/** A button or link of the element, by its words. */
function bouton<T extends HTMLElement = HTMLButtonElement>(el: Diag, libelle: string): T {
  const b = $$<T>(el, 'button, a').find((x) => texte(x) === libelle);
  if (!b) throw new Error(`pas de « ${libelle} » : ${$$(el, 'button, a').map(texte).join(' | ')}`);
  return b;
}
const aBouton = (el: Diag, libelle: string) => $$(el, 'button, a').some((x) => texte(x) === libelle);

async function cliquer(el: Diag, libelle: string): Promise<void> {
  bouton(el, libelle).click();
  await el.updateComplete;
}

/** Answers the screens in order: a string is a single answer, an array ticks devices then « Continuer ». */
async function repondre(el: Diag, ...suite: (string | string[])[]): Promise<void> {
  for (const r of suite) {
    if (Array.isArray(r)) {
      for (const a of r) {
        reponse(el, a).click();
        await el.updateComplete;
      }
      await cliquer(el, 'Continuer');
    } else {
      reponse(el, r).click();
      await el.updateComplete;
    }
  }
}

async function commencerPourMoi(el: Diag): Promise<void> {
  if (aBouton(el, 'Commencer')) await cliquer(el, 'Commencer');
  else {
    reponse(el, 'C’est pour moi').click();
    await el.updateComplete;
  }
}

const SEUL = 'Oui, seul ou seule';
/** A person who has a smartphone and internet, does everything alone, no urgency: autonome. */
const AUTONOME = [['Un smartphone (téléphone avec internet)'], 'Oui, une box ou le wifi', SEUL, SEUL, SEUL, SEUL, SEUL, SEUL, 'Facile', 'Oui', 'Non'];
/** A person with a smartphone who switches it on with help only and does nothing else yet: débutant. */
const DEBUTANT = [['Un smartphone (téléphone avec internet)'], 'Oui, une box ou le wifi', 'Oui, avec de l’aide', 'Non', 'Non', 'Non', 'Non', 'Non', 'Facile', 'Oui', 'Non'];

/** Presses Tab until the focused element of the diag has these words (keyboard only). */
async function tabJusqua(el: Diag, libelle: string, max = 25): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = actif(el);
    if (a && texte(a) === libelle) return a;
  }
  throw new Error(`« ${libelle} » jamais atteint avec Tab ; focus sur : ${texte(actif(el))}`);
}

/** A sibling that reads the page's last diagnosis, as the map or the orientation would. */
class TemoinDiagnostic extends ReactiveElement {
  recu: ValeurDiagnostic | undefined;
  constructor() {
    super();
    new ContextConsumer(this, { context: diagnosticContext, subscribe: true, callback: (v) => (this.recu = v) });
  }
}
customElements.define('temoin-diagnostic', TemoinDiagnostic);

describe('<diag-autonomie>', () => {
  afterEach(async () => {
    localStorage.clear();
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('can be done with the keyboard only: step, focus on the question, live region, fieldset and legend, accessible at every screen', async function () {
    this.timeout(60000);
    const el = await fixture<Diag>(html`<diag-autonomie></diag-autonomie>`);
    expect(texte($(el, '#titre'))).to.equal('Où en êtes-vous avec le numérique ?');
    expect($(el, '#titre')!.getAttribute('role')).to.equal('heading');
    expect($(el, '#titre')!.getAttribute('aria-level')).to.equal('2');
    expect(texte($(el, '.choix-voix legend'))).to.equal('Qui répond ?');
    await expect(el).to.be.accessible();

    await tabJusqua(el, 'C’est pour moi');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    const ids = questions('moi').map((q) => q.id);
    expect(ids).to.have.length(11);
    const legendes: string[] = [];
    // Answers for each screen, in order (the devices screen: ticked with Space, then « Continuer »).
    const choix = AUTONOME;
    for (let i = 0; i < ids.length; i++) {
      expect(etape(el), `écran ${i + 1}`).to.equal(`Étape ${i + 1} sur 11`);
      expect(annonce(el), `annonce de l’écran ${i + 1}`).to.equal(`Étape ${i + 1} sur 11`);
      expect(actif(el)?.id, `focus à l’écran ${i + 1}`).to.equal('question');
      expect(actif(el)!.getAttribute('role')).to.equal('heading');
      const fieldset = $(el, 'section.question fieldset');
      expect(fieldset, 'la question est un fieldset').to.exist;
      expect(fieldset!.querySelector(':scope > legend #question'), 'le titre de la question est dans la légende').to.exist;
      const attendu = diagFr.question(ids[i]!, 'moi').question;
      expect(legende(el)).to.equal(attendu);
      legendes.push(legende(el));
      // Every screen offers « Je ne sais pas ».
      expect(reponses(el).map(texte)).to.include('Je ne sais pas');
      await expect(el).to.be.accessible();

      const r = choix[i]!;
      if (Array.isArray(r)) {
        const b = await tabJusqua(el, r[0]!);
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        expect(b.getAttribute('aria-pressed')).to.equal('true');
        await tabJusqua(el, 'Continuer');
      } else {
        await tabJusqua(el, r);
      }
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }

    // The helper's question is never asked to the person.
    expect(legendes).to.not.include(diagFr.question('apprentissage', 'aidant').question);
    expect(legendes.filter((l) => /apprend-elle facilement/.test(l))).to.deep.equal([]);
    expect($(el, 'section.resultat')).to.exist;
    expect(actif(el)?.id).to.equal('titre-resultat');
    expect(texte(actif(el))).to.equal('Vous êtes autonome');
    expect(actif(el)!.getAttribute('role')).to.equal('heading');
    await expect(el).to.be.accessible();
  });

  it('gives a result when every screen is « Je ne sais pas », for the person (11 screens) and for a helper (12), and says so', async () => {
    for (const [voix, n] of [['moi', 11], ['aidant', 12]] as const) {
      const el = await fixture<Diag>(html`<diag-autonomie voix=${voix}></diag-autonomie>`);
      await cliquer(el, 'Commencer');
      let ecrans = 0;
      while ($(el, 'section.question')) {
        ecrans++;
        expect(etape(el)).to.equal(`Étape ${ecrans} sur ${n}`);
        reponse(el, 'Je ne sais pas').click();
        await el.updateComplete;
        if (ecrans > 20) throw new Error('le diagnostic ne finit pas');
      }
      expect(ecrans, voix).to.equal(n);
      expect($(el, 'section.resultat'), voix).to.exist;
      expect(texte($(el, '#titre-resultat'))).to.not.equal('');
      expect(texte($(el, '.resultat .note'))).to.equal(
        'Plusieurs réponses étaient « Je ne sais pas ». Une personne qui accompagne pourra préciser ce résultat.',
      );
    }
  });

  it('goes back with « Retour » showing the previous answer as chosen, and « Recommencer » goes back to the start', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="moi"></diag-autonomie>`);
    await cliquer(el, 'Commencer');
    await repondre(el, ['Un smartphone (téléphone avec internet)', 'Une tablette'], 'Seulement sur le téléphone');
    expect(etape(el)).to.equal('Étape 3 sur 11');

    await cliquer(el, 'Retour');
    expect(etape(el)).to.equal('Étape 2 sur 11');
    expect(actif(el)?.id).to.equal('question');
    expect(annonce(el)).to.equal('Étape 2 sur 11');
    expect(reponse(el, 'Seulement sur le téléphone').getAttribute('aria-current')).to.equal('true');
    expect(reponses(el).filter((b) => b.hasAttribute('aria-current')).map(texte)).to.deep.equal(['Seulement sur le téléphone']);

    await cliquer(el, 'Retour');
    expect(etape(el)).to.equal('Étape 1 sur 11');
    const presses = reponses(el).filter((b) => b.getAttribute('aria-pressed') === 'true').map(texte);
    expect(presses).to.deep.equal(['Un smartphone (téléphone avec internet)', 'Une tablette']);
    expect(reponse(el, 'Un ordinateur').getAttribute('aria-pressed')).to.equal('false');
    expect(bouton(el, 'Continuer').disabled).to.equal(false);

    // From the first screen, back to the welcome screen.
    await cliquer(el, 'Retour');
    expect($(el, 'section.accueil')).to.exist;
    expect(actif(el)?.id).to.equal('titre');

    // « Recommencer » from the middle: back to the start, the answers forgotten.
    await cliquer(el, 'Commencer');
    await repondre(el, ['Un ordinateur'], 'Non', SEUL);
    expect(etape(el)).to.equal('Étape 4 sur 11');
    await cliquer(el, 'Recommencer');
    expect($(el, 'section.accueil')).to.exist;
    expect($(el, 'section.question')).to.not.exist;
    expect(actif(el)?.id).to.equal('titre');
    await cliquer(el, 'Commencer');
    expect(etape(el)).to.equal('Étape 1 sur 11');
    expect(reponses(el).filter((b) => b.getAttribute('aria-pressed') === 'true')).to.have.length(0);
    await repondre(el, ['Un ordinateur']);
    expect(reponses(el).filter((b) => b.hasAttribute('aria-current'))).to.have.length(0);
  });

  it('asks for whom the procedure is only after an urgent procedure, and drops that screen when urgence becomes « Non »', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="moi"></diag-autonomie>`);
    await cliquer(el, 'Commencer');
    await repondre(el, ...AUTONOME.slice(0, 10));
    expect(etape(el)).to.equal('Étape 11 sur 11');
    expect(legende(el)).to.equal('Avez-vous une démarche à faire tout de suite ?');

    await repondre(el, 'Oui');
    expect(etape(el)).to.equal('Étape 12 sur 12');
    expect(legende(el)).to.equal('C’est une démarche pour :');
    expect(reponses(el).map(texte)).to.include.members(['La CAF', 'Les impôts', 'Je ne sais pas']);

    await cliquer(el, 'Retour');
    expect(etape(el)).to.equal('Étape 11 sur 12');
    expect(reponse(el, 'Oui').getAttribute('aria-current')).to.equal('true');

    const termine = oneEvent(el, 'diag-termine');
    await repondre(el, 'Non');
    const { detail } = await termine;
    expect($(el, 'section.resultat'), 'Non mène au résultat, sans l’écran de l’organisme').to.exist;
    expect(detail.resultat.urgence).to.equal(false);
    expect(detail.resultat.reponses).to.not.have.property('organisme');

    await cliquer(el, 'Retour');
    expect(etape(el)).to.equal('Étape 11 sur 11');
    expect(reponse(el, 'Non').getAttribute('aria-current')).to.equal('true');
  });

  it('lets several devices be chosen, « Aucun » excludes the others, « Continuer » waits for a choice', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="moi"></diag-autonomie>`);
    await cliquer(el, 'Commencer');
    expect(legende(el)).to.equal('Quels appareils avez-vous ?');
    expect(texte($(el, 'section.question'))).to.include('Vous pouvez en choisir plusieurs.');
    const presses = () => reponses(el).filter((b) => b.getAttribute('aria-pressed') === 'true').map(texte);
    const continuer = () => bouton(el, 'Continuer');
    // The devices are toggles; « Je ne sais pas » is an answer of its own.
    for (const b of reponses(el).filter((x) => texte(x) !== 'Je ne sais pas')) expect(b.getAttribute('aria-pressed')).to.equal('false');
    expect(continuer().disabled).to.equal(true);

    await repondre(el, 'Un smartphone (téléphone avec internet)');
    expect(presses()).to.deep.equal(['Un smartphone (téléphone avec internet)']);
    expect(continuer().disabled).to.equal(false);
    expect(etape(el), 'choisir un appareil ne passe pas à la suite').to.equal('Étape 1 sur 11');
    await repondre(el, 'Un ordinateur');
    expect(presses()).to.deep.equal(['Un smartphone (téléphone avec internet)', 'Un ordinateur']);

    await repondre(el, 'Aucun');
    expect(presses()).to.deep.equal(['Aucun']);
    await repondre(el, 'Une tablette');
    expect(presses()).to.deep.equal(['Une tablette']);
    await repondre(el, 'Une tablette');
    expect(presses()).to.deep.equal([]);
    expect(continuer().disabled).to.equal(true);

    await repondre(el, 'Un ordinateur', 'Une tablette');
    const termine = oneEvent(el, 'diag-termine');
    await cliquer(el, 'Continuer');
    expect(etape(el)).to.equal('Étape 2 sur 11');
    await repondre(el, ...AUTONOME.slice(1));
    const { detail } = await termine;
    expect(detail.resultat.caracteristiques.appareils).to.deep.equal(['ordinateur', 'tablette']);
    expect(texte($(el, '.caracteristiques'))).to.include('Appareils : ordinateur, tablette.');
  });

  it('dispatches diag-termine once, with the structured result of a person who does everything alone', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="moi"></diag-autonomie>`);
    const recus: ResultatDiagnostic[] = [];
    el.addEventListener('diag-termine', (e) => recus.push(e.detail.resultat));
    await cliquer(el, 'Commencer');
    await repondre(el, ...AUTONOME);
    await el.updateComplete;
    expect(recus).to.have.length(1);
    const r = recus[0]!;
    expect(r.niveau).to.equal('autonome');
    expect(r.aide).to.equal('autonomie');
    expect(r.besoin).to.equal('demarche');
    expect(r.incertain).to.equal(false);
    expect(r.urgence).to.equal(false);
    expect(r.voix).to.equal('moi');
    expect(r.caracteristiques).to.deep.equal({ appareils: ['smartphone'], internet: 'maison', francais: 'facile' });
    expect(r.reponses).to.deep.equal({
      appareils: ['smartphone'],
      internet: 'maison',
      competences: { allumer: 'seul', message: 'seul', lien: 'seul', 'mot-de-passe': 'seul', 'photo-document': 'seul', demarche: 'seul' },
      francais: 'facile',
      envie: 'oui',
      urgence: 'non',
    });
    // The screen says the same, in words.
    expect(texte($(el, '#titre-resultat'))).to.equal('Vous êtes autonome');
    expect(texte($(el, '.aide'))).to.include('Continuer seul ou seule');
  });

  it('speaks of « la personne » for a helper, and asks the helper (only) how the person learns', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="aidant"></diag-autonomie>`);
    expect(texte($(el, '#titre'))).to.equal('Où en est la personne avec le numérique ?');
    expect($(el, '.choix-voix'), 'la voix est donnée : on ne demande pas qui répond').to.not.exist;
    await cliquer(el, 'Commencer');
    const legendes: string[] = [];
    const termine = oneEvent(el, 'diag-termine');
    const choix = [['Une tablette'], 'Oui, une box ou le wifi', ...Array(6).fill('Oui, seule'), 'Facile', 'Oui', 'Non', 'Facilement'];
    for (const r of choix) {
      legendes.push(legende(el));
      expect(etape(el)).to.equal(`Étape ${legendes.length} sur 12`);
      await repondre(el, r as string | string[]);
    }
    expect(legendes).to.have.length(12);
    expect(legendes[0]).to.equal('Quels appareils la personne a-t-elle ?');
    expect(legendes[1]).to.equal('La personne a-t-elle internet chez elle ?');
    expect(legendes[2]).to.match(/^La personne peut-elle /);
    expect(legendes[11]).to.equal('D’après vous, la personne apprend-elle facilement ?');
    const { detail } = await termine;
    expect(detail.resultat.voix).to.equal('aidant');
    expect(detail.resultat.caracteristiques.apprentissage).to.equal('facile');
    expect(texte($(el, '#titre-resultat'))).to.match(/^La personne /);
    expect(texte($(el, '.aide #titre-aide'))).to.equal('L’aide qui convient');
  });

  it('never addresses the helper as if the questions were about the helper (« vous ») on the question screens', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="aidant"></diag-autonomie>`);
    await cliquer(el, 'Commencer');
    const fautes: string[] = [];
    while ($(el, 'section.question')) {
      const q = legende(el);
      // The helper's own opinion (« D’après vous ») is the one place where « vous » is the helper.
      if (!q.startsWith('D’après vous')) {
        // The instruction « Vous pouvez en choisir plusieurs. » is for whoever ticks: the helper. Not the rest.
        const mots = [q, ...$$(el, 'fieldset > .precision').map(texte).filter((t) => t !== 'Vous pouvez en choisir plusieurs.'), ...reponses(el).map(texte)];
        for (const m of mots) if (/\bvous\b/i.test(m)) fautes.push(`${q} → ${m}`);
      }
      reponse(el, 'Je ne sais pas').click();
      await el.updateComplete;
      if (fautes.length > 20) break;
    }
    expect(fautes, 'écrans de l’aidant qui parlent de « vous »').to.deep.equal([]);
  });

  it('offers the map as a button that dispatches a cancelable diag-suite when there is no lien-carte', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="moi"></diag-autonomie>`);
    await cliquer(el, 'Commencer');
    await repondre(el, ...DEBUTANT);
    const vers = bouton<HTMLElement>(el, 'Trouver un lieu près de chez vous');
    expect(vers.tagName).to.equal('BUTTON');
    expect(texte($(el, '#titre-suite'))).to.equal('Et maintenant ?');
    const suite = oneEvent(el, 'diag-suite');
    vers.click();
    const e = await suite;
    expect(e.cancelable).to.equal(true);
    expect(e.detail.vers).to.equal('carte');
    expect(e.detail.besoin).to.equal('autonomie');
    expect(e.detail.resultat.niveau).to.equal('debutant');
    // No orientation link was given: no such step is offered.
    expect(aBouton(el, 'Être guidé vers la bonne aide')).to.equal(false);
  });

  it('with lien-carte, links to the map with ?besoin=, and cancelling diag-suite stops the navigation', async () => {
    const el = await fixture<Diag>(
      html`<diag-autonomie voix="moi" lien-carte="/carte.html" lien-orientation="/orientation.html?source=diag"></diag-autonomie>`,
    );
    await cliquer(el, 'Commencer');
    const termine = oneEvent(el, 'diag-termine');
    await repondre(el, ...DEBUTANT);
    const { besoin } = (await termine).detail.resultat;
    const lien = bouton<HTMLAnchorElement>(el, 'Trouver un lieu près de chez vous');
    expect(lien.tagName).to.equal('A');
    const url = new URL(lien.href);
    expect(url.pathname).to.equal('/carte.html');
    expect(url.searchParams.get('besoin')).to.equal(besoin);
    const orientation = new URL(bouton<HTMLAnchorElement>(el, 'Être guidé vers la bonne aide').href);
    expect(orientation.pathname).to.equal('/orientation.html');
    expect(orientation.searchParams.get('source')).to.equal('diag');
    expect(orientation.searchParams.get('besoin')).to.equal(besoin);

    // What became of the click, seen from the link's root; the test page itself never navigates.
    const vus: boolean[] = [];
    const temoin = (e: Event) => {
      vus.push(e.defaultPrevented);
      e.preventDefault();
    };
    racine(el).addEventListener('click', temoin);
    const avant = location.href;
    try {
      // Not cancelled: the link is followed.
      const suite1 = oneEvent(el, 'diag-suite');
      lien.click();
      expect((await suite1).detail).to.include({ vers: 'carte', besoin });
      // Cancelled by the page: the link is not followed.
      const annuler = (e: Event) => e.preventDefault();
      el.addEventListener('diag-suite', annuler);
      lien.click();
      el.removeEventListener('diag-suite', annuler);
    } finally {
      racine(el).removeEventListener('click', temoin);
    }
    expect(vus).to.deep.equal([false, true]);
    expect(location.href).to.equal(avant);
  });

  it('sends nothing over the network and stores nothing during a diagnosis without src', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie></diag-autonomie>`);
    const cles = Object.keys(localStorage);
    const session = Object.keys(sessionStorage);
    const cookies = document.cookie;
    const avant = performance.getEntriesByType('resource').length;
    reponse(el, 'C’est pour moi').click();
    await el.updateComplete;
    await repondre(el, ...AUTONOME);
    expect($(el, 'section.resultat')).to.exist;
    await new Promise((r) => setTimeout(r, 200));
    const apres = performance.getEntriesByType('resource').slice(avant).map((r) => r.name);
    expect(apres).to.deep.equal([]);
    expect(Object.keys(localStorage)).to.deep.equal(cles);
    expect(Object.keys(sessionStorage)).to.deep.equal(session);
    expect(document.cookie).to.equal(cookies);
    // Control: a request made now is seen, so the silence above is real.
    await fetch(`${SRC}?controle=${Date.now()}`);
    await waitUntil(() => performance.getEntriesByType('resource').slice(avant).some((r) => r.name.includes('controle=')), 'la mesure ne voit pas les requêtes', { timeout: 2000 });
  });

  it('keeps only a date and a level when asked, shows it next time with the progress, and « Effacer mes réponses » removes it', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="moi"></diag-autonomie>`);
    await cliquer(el, 'Commencer');
    await repondre(el, ...AUTONOME);
    expect(localStorage.getItem(CLE)).to.equal(null);
    expect(texte($(el, '.garder'))).to.include('Ne le faites pas sur un ordinateur partagé.');
    await cliquer(el, 'Garder ce résultat sur cet appareil');
    const garde = JSON.parse(localStorage.getItem(CLE)!) as Record<string, unknown>;
    expect(Object.keys(garde).sort()).to.deep.equal(['date', 'niveau']);
    expect(garde.niveau).to.equal('autonome');
    expect(Number.isNaN(Date.parse(garde.date as string))).to.equal(false);
    expect(Object.keys(localStorage)).to.deep.equal([CLE]);
    expect(texte($(el, '.garder [role="status"]'))).to.equal('Le résultat est gardé sur cet appareil. « Effacer mes réponses » l’enlève.');

    // Another visit: a new element.
    el.remove();
    const nouveau = await fixture<Diag>(html`<diag-autonomie voix="moi"></diag-autonomie>`);
    const jour = dateFr.format(new Date(garde.date as string));
    expect(texte($(nouveau, '.accueil .garde'))).to.equal(`Un résultat du ${jour} est gardé sur cet appareil.`);
    expect(aBouton(nouveau, 'Effacer mes réponses')).to.equal(true);
    await expect(nouveau).to.be.accessible();
    await cliquer(nouveau, 'Commencer');
    await repondre(nouveau, ...DEBUTANT);
    expect(texte($(nouveau, '#titre-resultat'))).to.equal('Vous faites vos premiers pas');
    expect(texte($(nouveau, '.progres'))).to.equal(`Le ${jour}, le résultat était « Vous êtes autonome ».`);

    const efface = oneEvent(nouveau, 'diag-efface');
    await cliquer(nouveau, 'Effacer mes réponses');
    await efface;
    expect(localStorage.getItem(CLE)).to.equal(null);
    expect($(nouveau, 'section.accueil')).to.exist;
    expect($(nouveau, '.accueil .garde')).to.not.exist;
    expect(annonce(nouveau)).to.equal('Les réponses sont effacées de cet appareil.');
    expect(actif(nouveau)?.id).to.equal('titre');
  });

  it('after « Garder », a new run on the same element shows the progress and asks again before replacing what is kept', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="moi"></diag-autonomie>`);
    await cliquer(el, 'Commencer');
    await repondre(el, ...AUTONOME);
    await cliquer(el, 'Garder ce résultat sur cet appareil');
    await cliquer(el, 'Recommencer');
    await cliquer(el, 'Commencer');
    await repondre(el, ...DEBUTANT);
    expect(texte($(el, '#titre-resultat'))).to.equal('Vous faites vos premiers pas');
    const niveauGarde = () => (JSON.parse(localStorage.getItem(CLE) ?? '{}') as { niveau?: string }).niveau;
    // Maybe another person on a shared device: nothing replaced without asking.
    expect(texte($(el, '.garder'))).to.include('Garder ce résultat sur cet appareil');
    expect(niveauGarde()).to.equal('autonome');
    expect(texte($(el, '.progres'))).to.include('« Vous êtes autonome »');
    await cliquer(el, 'Garder ce résultat sur cet appareil');
    expect(niveauGarde()).to.equal('debutant');
    expect(texte($(el, '.garder [role="status"]'))).to.include('Le résultat est gardé sur cet appareil.');
  });

  it('shares the result with the other elements of <annuaire-inclusion>, and forgets it when cleared', async () => {
    const page = await fixture<HTMLElement>(html`<annuaire-inclusion src=${SRC}>
      <diag-autonomie voix="moi"></diag-autonomie>
      <temoin-diagnostic></temoin-diagnostic>
    </annuaire-inclusion>`);
    const el = page.querySelector('diag-autonomie')!;
    const temoin = page.querySelector('temoin-diagnostic') as TemoinDiagnostic;
    await el.updateComplete;
    expect(temoin.recu, 'le voisin est branché au fournisseur').to.exist;
    expect(temoin.recu!.resultat).to.equal(undefined);

    await cliquer(el, 'Commencer');
    const termine = oneEvent(el, 'diag-termine');
    await repondre(el, ...DEBUTANT);
    const { resultat } = (await termine).detail;
    expect(temoin.recu!.resultat).to.equal(resultat);
    expect(temoin.recu!.resultat!.niveau).to.equal('debutant');
    // Inside the provider, the workshops come from the page's directory.
    await waitUntil(() => $(el, '.ateliers li'), 'pas d’ateliers depuis l’annuaire de la page', { timeout: 5000 });

    await cliquer(el, 'Effacer mes réponses');
    expect(temoin.recu).to.exist;
    expect(temoin.recu!.resultat).to.equal(undefined);
  });

  it('lists the next workshops that fit a débutant, with the place, and not the advanced ones', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="moi" src=${SRC} lien-agenda="/agenda.html#ateliers"></diag-autonomie>`);
    await cliquer(el, 'Commencer');
    await repondre(el, ...DEBUTANT);
    expect(texte($(el, '#titre-resultat'))).to.equal('Vous faites vos premiers pas');
    await waitUntil(() => $(el, '.ateliers li'), 'pas d’ateliers', { timeout: 5000 });
    expect(texte($(el, '#titre-ateliers'))).to.equal('Des ateliers à votre niveau');
    const seances = $$(el, '.ateliers li').map(texte);
    expect(seances.length).to.be.within(1, 3);
    for (const s of seances) {
      expect(s).to.include('Premiers pas sur la tablette');
      expect(s).to.match(/mardi \d{1,2} \S+, 14 h · /); // « mardi 24 novembre, 14 h · », as French writes it
      expect(s).to.include('Centre social Bolly, Tourcoing');
    }
    expect(texte($(el, '.ateliers'))).to.not.include('Sécuriser ses comptes en ligne');
    expect(texte($(el, '.ateliers'))).to.not.include('Médiathèque');
    // The whole agenda is one link away (lien-agenda).
    expect(new URL(bouton<HTMLAnchorElement>(el, 'Voir tout l’agenda des ateliers').href).pathname).to.equal('/agenda.html');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen, with answers and buttons at least 44 px, on a question and on the result', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<Diag>(html`<diag-autonomie voix="moi" lien-carte="/carte.html"></diag-autonomie>`);
    const cadre = el.getBoundingClientRect();
    const problemes = (selecteur: string) => {
      const out: string[] = [];
      if (document.documentElement.scrollWidth > 320) out.push(`page large de ${document.documentElement.scrollWidth} px`);
      for (const b of $$(el, selecteur)) {
        const r = b.getBoundingClientRect();
        const nom = texte(b) || b.outerHTML.slice(0, 60);
        if (r.height < 44 || r.width < 44) out.push(`« ${nom} » : ${Math.round(r.width)} × ${Math.round(r.height)} px`);
        if (r.right > cadre.right + 0.5 || r.left < cadre.left - 0.5) out.push(`« ${nom} » dépasse (${Math.round(r.left)}–${Math.round(r.right)} px)`);
      }
      return out;
    };
    await cliquer(el, 'Commencer');
    // The devices screen (help text, toggles, « Continuer »).
    await repondre(el, 'Une tablette');
    expect(problemes('.reponse, .continuer, .actions button, .actions a'), 'écran des appareils').to.deep.equal([]);
    expect(reponses(el)).to.have.length(5);
    // The screen with the longest answers.
    await cliquer(el, 'Continuer');
    await repondre(el, ...DEBUTANT.slice(1, 8));
    expect(legende(el)).to.equal('Lire et écrire en français, pour vous, c’est :');
    expect(problemes('.reponse, .actions button, .actions a'), 'écran du français').to.deep.equal([]);
    await repondre(el, ...DEBUTANT.slice(8));
    expect($(el, 'section.resultat')).to.exist;
    expect(problemes('.resultat button, .resultat a'), 'résultat').to.deep.equal([]);
  });

  it('prints the result only: the level and « Refaites ce test plus tard pour voir vos progrès. »', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="moi" lien-carte="/carte.html"></diag-autonomie>`);
    await cliquer(el, 'Commencer');
    await repondre(el, ...DEBUTANT);
    // On screen, the printed version is not shown.
    expect(getComputedStyle($(el, '.impression')!).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '.ecran')!).display).to.equal('none');
    const imprime = $(el, '.impression')!;
    expect(getComputedStyle(imprime).display).to.equal('block');
    expect(imprime.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(texte(imprime.querySelector('.impression-titre'))).to.equal('Vous faites vos premiers pas');
    expect(texte(imprime)).to.include('Refaites ce test plus tard pour voir vos progrès.');
    expect(texte(imprime)).to.include('Apprendre pas à pas');
    // A link is useless on paper: the address is written out.
    expect(texte(imprime)).to.include(`${location.origin}/carte.html?besoin=autonomie`);
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle($(el, '.ecran')!).display).to.not.equal('none');
  });

  it('offers « Écouter » only with a French voice, and nothing fails without one', async () => {
    const erreurs: string[] = [];
    const surErreur = (e: ErrorEvent) => erreurs.push(e.message);
    const surRejet = (e: PromiseRejectionEvent) => erreurs.push(String(e.reason));
    window.addEventListener('error', surErreur);
    window.addEventListener('unhandledrejection', surRejet);
    try {
      const el = await fixture<Diag>(html`<diag-autonomie voix="moi"></diag-autonomie>`);
      await cliquer(el, 'Commencer');
      const verifier = async () => {
        await el.updateComplete;
        const francaise = (globalThis.speechSynthesis?.getVoices() ?? []).some((v) => v.lang.toLowerCase().startsWith('fr'));
        const ecouter = $$(el, 'button').filter((b) => b.classList.contains('ecouter'));
        if (francaise) {
          expect(ecouter.map(texte)).to.deep.equal(['Écouter']);
          expect(ecouter[0]!.getAttribute('aria-pressed')).to.equal('false');
        } else {
          expect(ecouter, 'pas de voix française : pas de bouton').to.have.length(0);
          expect(aBouton(el, 'Écouter')).to.equal(false);
        }
      };
      await verifier();
      await repondre(el, ...AUTONOME);
      expect($(el, 'section.resultat')).to.exist;
      await verifier();
    } finally {
      window.removeEventListener('error', surErreur);
      window.removeEventListener('unhandledrejection', surRejet);
    }
    expect(erreurs).to.deep.equal([]);
  });

  it('with a French voice of this device, « Écouter » reads the question and then the result with it, and « Arrêter la lecture » stops', async () => {
    // Headless Chromium has no voice: a device voice is stood in for, and what is spoken is recorded.
    const voix = fausseVoix([
      { lang: 'fr-FR', localService: false, name: 'en ligne' },
      { lang: 'fr-FR', localService: true, name: 'locale' },
    ]);
    const dits = voix.dits;
    try {
      const el = await fixture<Diag>(html`<diag-autonomie voix="moi"></diag-autonomie>`);
      await cliquer(el, 'Commencer');
      await cliquer(el, 'Écouter');
      expect(dits).to.have.length(1);
      expect(dits[0]!.text).to.include('Quels appareils avez-vous ?');
      expect(dits[0]!.text).to.include('Je ne sais pas');
      // Only the voice of the device: the online one would send the text away.
      expect(dits[0]!.voice!.name).to.equal('locale');
      expect(bouton(el, 'Arrêter la lecture').getAttribute('aria-pressed')).to.equal('true');
      await cliquer(el, 'Arrêter la lecture');
      expect(voix.arrets).to.be.greaterThan(0);
      expect(aBouton(el, 'Écouter')).to.equal(true);
      await repondre(el, ...DEBUTANT);
      await cliquer(el, 'Écouter');
      expect(dits.at(-1)!.text).to.include('Vous faites vos premiers pas');
    } finally {
      voix.retirer();
    }
  });

  it('follows niveau-titre for its headings', async () => {
    const el = await fixture<Diag>(html`<diag-autonomie voix="moi" niveau-titre="3"></diag-autonomie>`);
    expect($(el, '#titre')!.getAttribute('aria-level')).to.equal('3');
    await cliquer(el, 'Commencer');
    expect($(el, '#question')!.getAttribute('aria-level')).to.equal('3');
    await repondre(el, ...DEBUTANT);
    expect($(el, '#titre-resultat')!.getAttribute('aria-level')).to.equal('3');
    expect($(el, '#titre-aide')!.getAttribute('aria-level')).to.equal('4');
    expect($(el, '#titre-suite')!.getAttribute('aria-level')).to.equal('4');
  });
});
