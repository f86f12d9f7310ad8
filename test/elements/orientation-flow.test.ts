import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/annuaire-inclusion/annuaire-inclusion.js';
import '../../src/components/diag-autonomie/diag-autonomie.js';
import '../../src/components/orientation-flow/orientation-flow.js';
import type { DiagAutonomie } from '../../src/components/diag-autonomie/diag-autonomie.js';
import type { OrientationFlow } from '../../src/components/orientation-flow/orientation-flow.js';
import { ARBRE_PAR_DEFAUT } from '../../src/data/arbre-orientation.js';
import { evaluer, type ResultatDiagnostic } from '../../src/data/diagnostic.js';
import type { Lieu } from '../../src/data/types.js';
import type { OrientationTermineeDetail } from '../../src/events/orientation-events.js';

// The page has loaded many modules already: without this, new resource entries could be dropped unseen.
performance.setResourceTimingBufferSize(100000);

/** The sample directory of the project (54 places of Tourcoing and around), served by the test server. */
const SRC = '/data/tourcoing.json';
const ARBRE_URL = '/test/fixtures/orientation/arbre.json';

type Flow = OrientationFlow;
const racine = (el: Element) => el.shadowRoot!;
const texte = (n: Element | ShadowRoot | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => racine(el).querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...racine(el).querySelectorAll<T>(s)];
const actif = (el: Element) => racine(el).activeElement as HTMLElement | null;
const etape = (el: Flow) => texte($(el, '.etape p'));
const legende = (el: Flow) => texte($(el, 'section.question fieldset > legend'));
const reponses = (el: Flow) => $$<HTMLButtonElement>(el, '.reponse');
function reponse(el: Flow, libelle: string): HTMLButtonElement {
  const b = reponses(el).find((x) => texte(x) === libelle);
  if (!b) throw new Error(`pas de réponse « ${libelle} » à « ${legende(el)} » : ${reponses(el).map(texte).join(' | ')}`);
  return b;
}
/** A button or link of the element, by its words. */
function bouton<T extends HTMLElement = HTMLButtonElement>(el: Element, libelle: string): T {
  const b = $$<T>(el, 'button, a').find((x) => texte(x) === libelle);
  if (!b) throw new Error(`pas de « ${libelle} » : ${$$(el, 'button, a').map(texte).join(' | ')}`);
  return b;
}
/** Whether the element shows this (a boolean: a DOM node in a failed assertion is costly to report). */
const existe = (el: Element, s: string) => !!racine(el).querySelector(s);
const aBouton = (el: Element, libelle: string) => $$(el, 'button, a').some((x) => texte(x) === libelle);

async function cliquer(el: Flow, libelle: string): Promise<void> {
  bouton(el, libelle).click();
  await el.updateComplete;
}

/** Answers the questions in order (clicks). */
async function repondre(el: Flow, ...suite: string[]): Promise<void> {
  for (const r of suite) {
    reponse(el, r).click();
    await el.updateComplete;
  }
}

const POUR_MOI = 'C’est pour moi';
const POUR_AUTRE = 'J’accompagne quelqu’un';
const DEMARCHE = 'Faire une démarche en ligne (CAF, impôts, ameli, France Travail…)';
const MATERIEL = 'Utiliser un ordinateur ou internet, ou s’équiper';
const SECURITE = 'Se protéger en ligne (arnaques, mots de passe)';
const FRANCAIS_DIFFICILE = 'Difficile, ou pas du tout';
/** Urgent, cannot do it even when shown, French difficult: « Faire la démarche avec quelqu’un ». */
const URGENCE_SANS_AUTONOMIE = [DEMARCHE, 'Oui', 'Non', FRANCAIS_DIFFICILE];
const ETAPE1 = 'Étape 1 sur 3 : Votre besoin';
const ETAPE2 = 'Étape 2 sur 3 : Votre situation';
const ETAPE3 = 'Étape 3 sur 3 : Où et quand';

/** Step 3 is shown once the directory is there. */
async function formulaire(el: Flow): Promise<void> {
  await waitUntil(() => $(el, 'section.ou-quand form'), `pas de formulaire « Où et quand » ; l’élément affiche : ${texte(racine(el)).slice(0, 200)}`, {
    timeout: 8000,
  });
  await el.updateComplete;
}

async function jusquAuFormulaire(el: Flow, voix: string, ...suite: string[]): Promise<void> {
  await cliquer(el, voix);
  await repondre(el, ...suite);
  await formulaire(el);
}

interface Choix {
  commune?: string;
  distance?: string;
  jours?: string[];
  besoins?: string[];
  gratuit?: boolean;
}

function cocher(el: Flow, libelle: string): void {
  const label = $$(el, 'form label').find((l) => texte(l) === libelle);
  if (!label) throw new Error(`pas de case « ${libelle} » : ${$$(el, 'form label').map(texte).join(' | ')}`);
  const caseACocher = racine(el).getElementById(label.getAttribute('for')!) as HTMLInputElement;
  if (!caseACocher.checked) caseACocher.click();
}

function choisirDistance(el: Flow, libelle: string): void {
  const select = $<HTMLSelectElement>(el, '#rayon')!;
  const option = [...select.options].find((o) => texte(o) === libelle);
  if (!option) throw new Error(`pas de distance « ${libelle} » : ${[...select.options].map(texte).join(' | ')}`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function remplir(el: Flow, c: Choix): void {
  if (c.commune !== undefined) $<HTMLInputElement>(el, '#pres')!.value = c.commune;
  if (c.distance) choisirDistance(el, c.distance);
  for (const j of c.jours ?? []) cocher(el, j);
  for (const b of c.besoins ?? []) cocher(el, b);
  if (c.gratuit) cocher(el, 'Seulement les lieux gratuits');
}

/** Fills « Où et quand » and presses « Voir les lieux »; waits for the result or an error. */
async function voirLieux(el: Flow, c: Choix): Promise<void> {
  remplir(el, c);
  bouton(el, 'Voir les lieux').click();
  await waitUntil(() => $(el, '#titre-resultat') || $(el, '.message.erreur'), 'ni résultat ni message après « Voir les lieux »', {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** Presses Tab until the focused element of the element passes the test (keyboard only). */
async function tabJusqua(el: Flow, ok: (a: HTMLElement) => boolean, quoi: string, max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = actif(el);
    if (a && ok(a)) return a;
  }
  throw new Error(`${quoi} jamais atteint avec Tab ; focus sur : ${texte(actif(el))}`);
}
const tabVers = (el: Flow, libelle: string) => tabJusqua(el, (a) => texte(a) === libelle, `« ${libelle} »`);

// ---------------------------------------------------------------------------------------------------------------
// The sample, read by the test itself, and distances computed here (not with the kit's code).

interface Annuaire {
  lieux: Lieu[];
}
let echantillonCharge: Promise<Annuaire> | undefined;
const echantillon = () => (echantillonCharge ??= fetch(SRC).then((r) => r.json() as Promise<Annuaire>));

interface Position {
  latitude: number;
  longitude: number;
}
function km(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
const avecPosition = (l: Lieu): l is Lieu & Position => typeof l.latitude === 'number' && typeof l.longitude === 'number';
/** Where « Tourcoing » is: the middle of the sample's places of Tourcoing. */
function centre(lieux: Lieu[], commune: string): Position {
  const ici = lieux.filter((l) => l.commune === commune).filter(avecPosition);
  return {
    latitude: ici.reduce((s, l) => s + l.latitude, 0) / ici.length,
    longitude: ici.reduce((s, l) => s + l.longitude, 0) / ici.length,
  };
}
const kmFr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
/** « +33320463850 » → « 03 20 46 38 50 ». */
const telLisible = (t: string) => ('0' + t.replace(/^\+33/, '')).replace(/(\d{2})(?=\d)/g, '$1 ');
const labels = (l: Lieu) => [...(l.dispositif_programmes_nationaux ?? []), ...(l.formations_labels ?? []), ...(l.autres_formations_labels ?? [])];
const estFranceServices = (l: Lieu) => labels(l).includes('France Services') || !!l.typologie?.includes('RFS');
/** The places proposed on screen, by the id of their heading (`lieu-<id>`). */
const idsProposes = (el: Flow) => $$(el, '.resultat ol.lieux > li.lieu').map((li) => li.querySelector('[id^="lieu-"]')!.id.slice('lieu-'.length));

function diagnosticUrgentFrancais(): ResultatDiagnostic {
  return evaluer({
    appareils: ['smartphone'],
    internet: 'maison',
    competences: { allumer: 'aide', message: 'non', lien: 'non', 'mot-de-passe': 'non', 'photo-document': 'non', demarche: 'non' },
    francais: 'difficile',
    envie: 'oui',
    urgence: 'oui',
    organisme: 'caf',
  });
}

/** Lets the directory arrive: whatever the screen, it is then the element's own (not the loading state). */
async function formulairePeutEtre(el: Flow): Promise<void> {
  await waitUntil(() => !$(el, '.ecran > .etat'), 'l’annuaire ne se charge pas', { timeout: 5000 });
  await el.updateComplete;
}

/** Waits until a tree given from outside is checked (the welcome screen looks the same before and after). */
async function arbrePret(el: Flow): Promise<void> {
  const interne = el as unknown as { arbreCharge?: { arbre?: unknown } };
  await waitUntil(() => interne.arbreCharge?.arbre, 'l’arbre n’est jamais prêt', { timeout: 5000 });
  await el.updateComplete;
}

describe('<orientation-flow>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  // First of the file on purpose: the lazy chunk is fetched once per page, so it must not be loaded yet.
  it('makes no request during a journey inside a loaded <annuaire-inclusion> but its lazy module chunks, « outils-resultat » only at step 3', async () => {
    const deja = performance.getEntriesByType('resource').filter((r) => r.name.includes('outils-resultat'));
    expect(deja.map((r) => r.name), 'ce test doit passer avant tout autre qui atteint l’étape 3').to.deep.equal([]);
    let charge = false;
    const page = await fixture<HTMLElement>(html`<annuaire-inclusion src=${`${SRC}?reseau=${Date.now()}`} @annuaire-charge=${() => (charge = true)}>
      <orientation-flow></orientation-flow>
    </annuaire-inclusion>`);
    await waitUntil(() => charge, 'l’annuaire ne dit jamais qu’il est chargé', { timeout: 5000 });
    const el = page.querySelector('orientation-flow')!;
    await el.updateComplete;
    const cles = Object.keys(localStorage);
    const session = Object.keys(sessionStorage);
    const avant = performance.getEntriesByType('resource').length;
    const depuis = () => performance.getEntriesByType('resource').slice(avant).map((r) => r.name);

    await cliquer(el, POUR_MOI);
    await repondre(el, DEMARCHE, 'Oui', 'Non');
    expect(legende(el)).to.equal('Lire et écrire en français, pour vous, c’est :');
    await new Promise((r) => setTimeout(r, 100));
    expect(depuis().filter((n) => n.includes('outils-resultat')), 'outils-resultat avant l’étape 3').to.deep.equal([]);

    await repondre(el, FRANCAIS_DIFFICILE);
    await formulaire(el);
    await waitUntil(() => depuis().some((n) => n.includes('outils-resultat')), 'outils-resultat jamais chargé à l’étape 3', { timeout: 5000 });
    const termine = oneEvent(el, 'orientation-terminee');
    await voirLieux(el, { commune: 'Tourcoing', distance: 'Moins de 5 km' });
    await termine;
    expect(existe(el, '#titre-resultat')).to.equal(true);
    await new Promise((r) => setTimeout(r, 200));

    const requetes = depuis();
    // The list of what was fetched, for the record.
    console.log(`Requêtes pendant le parcours : ${requetes.map((n) => new URL(n).pathname).join(', ')}`);
    const autres = requetes.filter((n) => {
      const u = new URL(n);
      return u.origin !== location.origin || !/\.(ts|js|mjs)$/.test(u.pathname);
    });
    expect(autres, 'requêtes autres que des modules').to.deep.equal([]);
    expect(requetes.filter((n) => /\/outils-resultat\.(ts|js)/.test(new URL(n).pathname))).to.have.length(1);
    expect(Object.keys(localStorage)).to.deep.equal(cles);
    expect(Object.keys(sessionStorage)).to.deep.equal(session);
    // Control: a request made now is seen, so the silence above is real.
    await fetch(`${SRC}?controle=${Date.now()}`);
    await waitUntil(() => depuis().some((n) => n.includes('controle=')), 'la mesure ne voit pas les requêtes', { timeout: 2000 });
  });

  it('can be done with the keyboard only, for a helper: step line, focus on each new heading, fieldset and legend, accessible at every screen', async function () {
    this.timeout(60000);
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC}></orientation-flow>`);
    expect(texte($(el, '#titre'))).to.equal('Trouver la bonne aide');
    expect($(el, '#titre')!.getAttribute('role')).to.equal('heading');
    expect(texte($(el, '.accueil fieldset > legend'))).to.equal('Qui répond ?');
    await expect(el).to.be.accessible();

    await tabVers(el, POUR_AUTRE);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    const ecrans: [string, string, string][] = [
      [ETAPE1, 'De quoi la personne a-t-elle besoin ?', DEMARCHE],
      [ETAPE2, 'Cette démarche est-elle urgente ?', 'Oui'],
      [ETAPE2, 'La personne peut-elle la faire elle-même si quelqu’un lui montre ?', 'Non'],
      [ETAPE2, 'Lire et écrire en français, pour la personne, c’est :', FRANCAIS_DIFFICILE],
    ];
    for (const [ligne, question, choix] of ecrans) {
      expect(etape(el), question).to.equal(ligne);
      expect(actif(el)?.id, `focus sur « ${question} »`).to.equal('titre-question');
      expect(actif(el)!.getAttribute('role')).to.equal('heading');
      expect(existe(el, 'section.question > fieldset > legend #titre-question'), 'le titre de la question est dans la légende').to.equal(true);
      expect(legende(el)).to.equal(question);
      await expect(el).to.be.accessible();
      await tabVers(el, choix);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }

    await formulaire(el);
    expect(etape(el)).to.equal(ETAPE3);
    expect(actif(el)?.id, 'focus sur le titre de l’étape 3').to.equal('titre-ou-quand');
    expect(texte($(el, '#titre-ou-quand'))).to.equal('Où et quand la personne peut-elle y aller ?');
    expect($$(el, 'form fieldset > legend').map(texte)).to.include('Quand la personne est-elle libre ?');
    await expect(el).to.be.accessible();

    const champ = await tabJusqua(el, (a) => a.id === 'pres', 'le champ de la commune');
    await sendKeys({ type: 'Tourcoing' });
    expect((champ as HTMLInputElement).value).to.equal('Tourcoing');
    const rayon = (await tabJusqua(el, (a) => a.id === 'rayon', 'la distance')) as HTMLSelectElement;
    expect(texte(rayon.selectedOptions[0])).to.equal('Moins de 10 km');
    await sendKeys({ press: 'ArrowUp' });
    expect(texte(rayon.selectedOptions[0])).to.equal('Moins de 5 km');
    await tabVers(el, 'Voir les lieux');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#titre-resultat'), 'pas de résultat après Entrée', { timeout: 5000 });
    await el.updateComplete;

    expect(actif(el)?.id, 'focus sur le titre du résultat').to.equal('titre-resultat');
    expect(texte(actif(el))).to.equal('Faire la démarche avec quelqu’un');
    expect(texte($(el, '.pourquoi'))).to.include('la personne préfère qu’elle soit faite avec elle');
    expect(texte($(el, '.pourquoi'))).to.not.match(/\bvous\b/i);
    expect(idsProposes(el).length).to.be.within(1, 3);
    await expect(el).to.be.accessible();
  });

  it('proposes at most 3 places within 5 km that do procedures for the person (France Services, Aidants Connect, RFS), with reasons and a phone, and says so in orientation-terminee', async () => {
    const { lieux } = await echantillon();
    const tourcoing = centre(lieux, 'Tourcoing');
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC}></orientation-flow>`);
    await jusquAuFormulaire(el, POUR_MOI, ...URGENCE_SANS_AUTONOMIE);
    const termine = oneEvent(el, 'orientation-terminee');
    await voirLieux(el, { commune: 'Tourcoing', distance: 'Moins de 5 km' });
    const { detail } = (await termine) as CustomEvent<OrientationTermineeDetail>;
    expect(texte($(el, '#titre-resultat'))).to.equal('Faire la démarche avec quelqu’un');

    const ids = idsProposes(el);
    const habilites = lieux.filter(
      (l) => avecPosition(l) && km(tourcoing, l) <= 5 && (labels(l).some((x) => x === 'France Services' || x === 'Aidants Connect') || !!l.typologie?.includes('RFS')),
    );
    expect(habilites.length, 'l’échantillon a plus de 3 lieux habilités à moins de 5 km').to.be.greaterThan(3);
    expect(ids).to.have.length(3);
    for (const id of ids) {
      const l = lieux.find((x) => x.id === id);
      expect(l, `${id} est un lieu de l’échantillon`).to.exist;
      const li = $(el, `[id="lieu-${id}"]`)!.closest('li.lieu')!;
      expect(texte(li.querySelector('[id^="lieu-"]'))).to.equal(l!.nom);
      expect(avecPosition(l!), `${l!.nom} a une position`).to.equal(true);
      const d = km(tourcoing, l as Lieu & Position);
      expect(d, `${l!.nom} à moins de 5 km de Tourcoing`).to.be.at.most(5);
      const habilite = labels(l!).includes('France Services') || labels(l!).includes('Aidants Connect') || !!l!.typologie?.includes('RFS');
      expect(habilite, `${l!.nom} : France Services, Aidants Connect ou RFS (${labels(l!).join(', ')} ; ${l!.typologie?.join(', ')})`).to.equal(true);
      const raisons = [...li.querySelectorAll('.raisons li')].map(texte);
      expect(raisons, l!.nom).to.include(`À ${kmFr.format(d)} km`);
      const tel = li.querySelector<HTMLAnchorElement>('a.telephone');
      expect(tel, `${l!.nom} : un lien pour appeler`).to.exist;
      expect(tel!.getAttribute('href')).to.equal(`tel:${l!.telephone}`);
      expect(texte(tel)).to.include(telLisible(l!.telephone!));
    }
    // France Services first: they do the procedure with or for the person.
    expect(estFranceServices(lieux.find((x) => x.id === ids[0])!)).to.equal(true);
    const pourquoi = texte($(el, '.pourquoi'));
    expect(pourquoi).to.include('La démarche est urgente : appelez avant d’y aller, ces lieux peuvent vous recevoir rapidement.');
    expect(pourquoi).to.include('Des cours de français, ou une aide avec un traducteur, vous aideront aussi : demandez-le dans ces lieux.');
    expect(existe(el, '.repli')).to.equal(false);

    expect(detail.aide).to.equal('assistance');
    expect(detail.besoin).to.equal('demarche');
    expect(detail.issue).to.equal('assistance');
    expect(detail.marques).to.include.members(['urgence', 'francais']);
    expect(detail.repli).to.equal(false);
    expect(detail.lieux.map((l) => l.id)).to.deep.equal(ids);
  });

  it('sends a person who only needs a computer (« Me débrouiller seul ou seule ») to places with computers and internet', async () => {
    const { lieux } = await echantillon();
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC}></orientation-flow>`);
    await cliquer(el, POUR_MOI);
    await repondre(el, MATERIEL);
    expect(etape(el)).to.equal(ETAPE2);
    expect(legende(el)).to.equal('Avec un ordinateur et internet, que pourriez-vous faire ?');
    await repondre(el, 'Me débrouiller seul ou seule');
    await formulaire(el);
    const termine = oneEvent(el, 'orientation-terminee');
    await voirLieux(el, { commune: 'Tourcoing' });
    const { detail } = (await termine) as CustomEvent<OrientationTermineeDetail>;
    expect(texte($(el, '#titre-resultat'))).to.equal('Un ordinateur et internet en libre accès');
    expect(detail.aide).to.equal('acces-materiel');
    expect(detail.issue).to.equal('acces-materiel');
    const ids = idsProposes(el);
    expect(ids.length).to.be.within(1, 3);
    for (const id of ids) {
      const l = lieux.find((x) => x.id === id)!;
      expect(l.services, l.nom).to.include('Accès internet et matériel informatique');
    }
    // Neither urgent nor about French: those sentences are not shown.
    expect(texte($(el, '.pourquoi'))).to.not.include('urgente');
    expect(texte($(el, '.pourquoi'))).to.not.include('cours de français');
    await expect(el).to.be.accessible();
  });

  it('never shows an empty result: when nothing fits, the nearest France Services and the Solidarité Numérique phone', async () => {
    const { lieux } = await echantillon();
    const tourcoing = centre(lieux, 'Tourcoing');
    // Checked on the sample: no place welcomes both blind and deaf people.
    const les2 = lieux.filter((l) => ['Déficience visuelle', 'Surdité'].every((p) => l.prise_en_charge_specifique?.includes(p as never)));
    expect(les2.map((l) => l.nom), 'des lieux ont les deux prises en charge').to.deep.equal([]);
    const fs = lieux.filter(estFranceServices).filter(avecPosition).sort((a, b) => km(tourcoing, a) - km(tourcoing, b))[0]!;

    const el = await fixture<Flow>(html`<orientation-flow src=${SRC}></orientation-flow>`);
    await jusquAuFormulaire(el, POUR_MOI, ...URGENCE_SANS_AUTONOMIE);
    const termine = oneEvent(el, 'orientation-terminee');
    await voirLieux(el, {
      commune: 'Tourcoing',
      distance: 'Moins de 2 km',
      besoins: ['Personnes aveugles ou malvoyantes', 'Personnes sourdes ou malentendantes'],
      gratuit: true,
    });
    const { detail } = (await termine) as CustomEvent<OrientationTermineeDetail>;
    expect(existe(el, '#titre-resultat')).to.equal(true);
    const repli = $(el, '.repli');
    expect(repli, 'le repli est affiché').to.exist;
    expect(texte(repli)).to.include('Aucun lieu de l’annuaire ne correspond à tous ces choix.');
    expect(texte(repli)).to.include('Le France Services le plus proche peut vous aider ou vous dire où aller :');
    expect(texte(repli)).to.include(fs.nom);
    const telFs = repli!.querySelector<HTMLAnchorElement>(`li.lieu a.telephone`);
    expect(telFs?.getAttribute('href')).to.equal(`tel:${fs.telephone}`);
    expect(texte(repli)).to.include('Ou appelez Solidarité Numérique (gratuit) :');
    const ligne = [...repli!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].find((a) => texte(a).includes('01 70 77 23 72'));
    expect(ligne, 'le numéro de Solidarité Numérique est un lien pour appeler').to.exist;
    expect($$(el, 'ol.lieux > li')).to.have.length(0);
    expect(detail.repli).to.equal(true);
    expect(detail.lieux).to.deep.equal([]);
    await expect(el).to.be.accessible();
    // Last: a tap-to-call address as the kit writes them for places (E.164 or digits), without spaces.
    expect(ligne!.getAttribute('href')).to.match(/^tel:(\+33170772372|0170772372)$/);
  });

  it('says when the commune is unknown (role alert, naming it), puts the focus back on the field and shows no result', async () => {
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC}></orientation-flow>`);
    await jusquAuFormulaire(el, POUR_MOI, SECURITE);
    let termine = 0;
    el.addEventListener('orientation-terminee', () => termine++);
    await voirLieux(el, { commune: 'Zzzz' });
    const alerte = $(el, '[role="alert"]');
    expect(alerte).to.exist;
    expect(texte(alerte)).to.equal('Nous ne trouvons pas « Zzzz » dans l’annuaire. Essayez le code postal ou une commune voisine.');
    expect(actif(el)?.id).to.equal('pres');
    expect(existe(el, '#titre-resultat')).to.equal(false);
    expect(existe(el, 'section.resultat')).to.equal(false);
    expect(termine).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('« Me localiser » uses the position the browser gives when no commune is typed: places sorted from it', async () => {
    const { lieux } = await echantillon();
    // A position in Roubaix, away from the centre of Tourcoing.
    const ici = { latitude: 50.6968, longitude: 3.1702 };
    const attendus = lieux
      .filter((l) => l.services?.includes('Accès internet et matériel informatique'))
      .filter(avecPosition)
      .filter((l) => km(ici, l) <= 10)
      .sort((a, b) => km(ici, a) - km(ici, b))
      .slice(0, 3);
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC}></orientation-flow>`);
    await jusquAuFormulaire(el, POUR_MOI, MATERIEL, 'Me débrouiller seul ou seule');
    await executeServerCommand('geolocaliser', ici);
    try {
      await cliquer(el, 'Me localiser');
      await waitUntil(() => texte($(el, '.message')) === 'Votre position est utilisée (elle reste dans ce navigateur).', 'pas de position', {
        timeout: 5000,
      });
      expect($<HTMLInputElement>(el, '#pres')!.value).to.equal('');
      await voirLieux(el, {});
      expect(existe(el, '#titre-resultat'), texte($(el, '.message'))).to.equal(true);
      expect(idsProposes(el)).to.deep.equal(attendus.map((l) => l.id));
      const premiere = [...$$(el, 'ol.lieux > li.lieu')[0]!.querySelectorAll('.raisons li')].map(texte);
      expect(premiere).to.include(`À ${kmFr.format(km(ici, attendus[0]!))} km`);
    } finally {
      await executeServerCommand('geolocaliser', null);
    }
  });

  it('« Retour » goes back one question at a time, the earlier answer marked (aria-current), also from « Où et quand »', async () => {
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC}></orientation-flow>`);
    await cliquer(el, POUR_MOI);
    await repondre(el, DEMARCHE, 'Oui');
    expect(legende(el)).to.equal('Pouvez-vous la faire vous-même si quelqu’un vous montre ?');
    const marquees = () => reponses(el).filter((b) => b.getAttribute('aria-current') === 'true').map(texte);

    await cliquer(el, 'Retour');
    expect(legende(el)).to.equal('Cette démarche est-elle urgente ?');
    expect(etape(el)).to.equal(ETAPE2);
    expect(actif(el)?.id).to.equal('titre-question');
    expect(marquees(), 'la réponse donnée avant').to.deep.equal(['Oui']);

    await cliquer(el, 'Retour');
    expect(legende(el)).to.equal('De quoi avez-vous besoin ?');
    expect(etape(el)).to.equal(ETAPE1);
    expect(marquees(), 'la réponse donnée avant').to.deep.equal([DEMARCHE]);

    // From « Où et quand », back to the last question.
    await repondre(el, SECURITE);
    await formulaire(el);
    await cliquer(el, 'Retour');
    expect(legende(el)).to.equal('De quoi avez-vous besoin ?');
    expect(actif(el)?.id).to.equal('titre-question');
    expect(marquees(), 'la réponse donnée avant').to.deep.equal([SECURITE]);
  });

  it('« Recommencer » goes back to the start with nothing kept; from the result, « Retour » goes back to the form with its values', async () => {
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC}></orientation-flow>`);
    await cliquer(el, POUR_MOI);
    await repondre(el, DEMARCHE, 'Non');
    expect(legende(el)).to.equal('Voulez-vous apprendre à la faire, ou seulement qu’elle soit faite ?');
    await cliquer(el, 'Recommencer');
    expect(existe(el, 'section.accueil')).to.equal(true);
    expect(existe(el, 'section.question')).to.equal(false);
    expect(actif(el)?.id).to.equal('titre');
    await cliquer(el, POUR_MOI);
    expect(legende(el)).to.equal('De quoi avez-vous besoin ?');
    expect(etape(el)).to.equal(ETAPE1);
    expect(reponses(el).filter((b) => b.hasAttribute('aria-current'))).to.have.length(0);

    await repondre(el, SECURITE);
    await formulaire(el);
    await voirLieux(el, { commune: 'Tourcoing', distance: 'Moins de 5 km', jours: ['Mardi'], gratuit: true });
    expect(existe(el, '#titre-resultat')).to.equal(true);
    await cliquer(el, 'Retour');
    await formulaire(el);
    expect(etape(el)).to.equal(ETAPE3);
    expect(actif(el)?.id).to.equal('titre-ou-quand');
    expect($<HTMLInputElement>(el, '#pres')!.value).to.equal('Tourcoing');
    expect(texte($<HTMLSelectElement>(el, '#rayon')!.selectedOptions[0])).to.equal('Moins de 5 km');
    const coches = $$<HTMLInputElement>(el, 'form input[type="checkbox"]')
      .filter((c) => c.checked)
      .map((c) => texte($(el, `label[for="${c.id}"]`)));
    expect(coches).to.deep.equal(['Mardi', 'Seulement les lieux gratuits']);
    // Sent again as it is: the same result.
    bouton(el, 'Voir les lieux').click();
    await waitUntil(() => $(el, '#titre-resultat'), 'pas de résultat la seconde fois', { timeout: 5000 });
    expect(texte($(el, '#titre-resultat'))).to.equal('Se protéger en ligne');
  });

  it('with a diagnosis given as .diagnostic, says it is used and asks neither the need, nor the urgency, nor the French again', async () => {
    const diagnostic = diagnosticUrgentFrancais();
    expect(diagnostic).to.include({ besoin: 'demarche', urgence: true, francais: true });
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC} .diagnostic=${diagnostic}></orientation-flow>`);
    expect(texte($(el, '.accueil'))).to.include('Les réponses du petit test sont reprises : elles ne sont pas redemandées.');
    expect(aBouton(el, 'Je ne sais pas ce dont j’ai besoin')).to.equal(false);
    await expect(el).to.be.accessible();
    await cliquer(el, POUR_MOI);
    expect(legende(el)).to.equal('Pouvez-vous la faire vous-même si quelqu’un vous montre ?');
    expect(etape(el)).to.equal(ETAPE2);
    expect(actif(el)?.id).to.equal('titre-question');
    // French is known too: « Non » leads straight to « Où et quand ».
    await repondre(el, 'Non');
    await formulaire(el);
    expect(etape(el)).to.equal(ETAPE3);
    const termine = oneEvent(el, 'orientation-terminee');
    await voirLieux(el, { commune: 'Tourcoing' });
    const { detail } = (await termine) as CustomEvent<OrientationTermineeDetail>;
    expect(detail.aide).to.equal('assistance');
    expect(detail.marques).to.include.members(['urgence', 'francais']);
  });

  it('with a diagnosis, « Retour » from the first question shown goes back to the welcome, not to a question the diagnosis answered', async () => {
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC} .diagnostic=${diagnosticUrgentFrancais()}></orientation-flow>`);
    await cliquer(el, POUR_MOI);
    expect(legende(el)).to.equal('Pouvez-vous la faire vous-même si quelqu’un vous montre ?');
    await cliquer(el, 'Retour');
    expect(legende(el), 'question déjà répondue par le petit test').to.not.equal('Cette démarche est-elle urgente ?');
    expect(existe(el, 'section.accueil'), 'retour à l’accueil').to.equal(true);
  });

  it('inside <annuaire-inclusion>, picks up the diagnosis just made by <diag-autonomie> (context)', async function () {
    this.timeout(30000);
    // The page stops diag-termine at the provider: only the context can bring the result.
    const page = await fixture<HTMLElement>(html`<annuaire-inclusion src=${SRC} @diag-termine=${(e: Event) => e.stopPropagation()}>
      <diag-autonomie voix="moi"></diag-autonomie>
      <orientation-flow></orientation-flow>
    </annuaire-inclusion>`);
    const diag = page.querySelector('diag-autonomie') as DiagAutonomie;
    const el = page.querySelector('orientation-flow')!;
    await diag.updateComplete;
    await el.updateComplete;
    expect(texte($(el, '.accueil'))).to.not.include('Les réponses du petit test sont reprises');
    const resultat = await faireLeDiagnostic(diag);
    expect(resultat).to.include({ besoin: 'demarche', urgence: true, francais: true });
    await el.updateComplete;
    expect(texte($(el, '.accueil'))).to.include('Les réponses du petit test sont reprises : elles ne sont pas redemandées.');
    await cliquer(el, POUR_MOI);
    expect(legende(el)).to.equal('Pouvez-vous la faire vous-même si quelqu’un vous montre ?');
    expect(etape(el)).to.equal(ETAPE2);
  });

  it('forgets the diagnosis when the person erases it in <diag-autonomie> (« Effacer mes réponses »)', async function () {
    this.timeout(30000);
    const page = await fixture<HTMLElement>(html`<annuaire-inclusion src=${SRC}>
      <diag-autonomie voix="moi"></diag-autonomie>
      <orientation-flow></orientation-flow>
    </annuaire-inclusion>`);
    const diag = page.querySelector('diag-autonomie') as DiagAutonomie;
    const el = page.querySelector('orientation-flow')!;
    await diag.updateComplete;
    await faireLeDiagnostic(diag);
    await el.updateComplete;
    expect(texte($(el, '.accueil'))).to.include('Les réponses du petit test sont reprises');
    try {
      bouton(diag, 'Effacer mes réponses').click();
      await diag.updateComplete;
      await el.updateComplete;
      expect(texte($(el, '.accueil')), 'après « Effacer mes réponses »').to.not.include('Les réponses du petit test sont reprises');
      await cliquer(el, POUR_MOI);
      expect(legende(el), 'le besoin est de nouveau demandé').to.equal('De quoi avez-vous besoin ?');
    } finally {
      localStorage.clear();
    }
  });

  it('« Je ne sais pas ce dont j’ai besoin »: a button dispatching a cancelable orientation-diagnostic, or a link to lien-diagnostic', async () => {
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC}></orientation-flow>`);
    const b = bouton<HTMLElement>(el, 'Je ne sais pas ce dont j’ai besoin');
    expect(b.tagName).to.equal('BUTTON');
    expect(texte($(el, '.ne-sait-pas'))).to.include('Un petit test de 5 minutes aide à le savoir.');
    const evenement = oneEvent(el, 'orientation-diagnostic');
    b.click();
    const e = await evenement;
    expect(e.cancelable).to.equal(true);
    expect(e.composed).to.equal(true);

    const avec = await fixture<Flow>(html`<orientation-flow src=${SRC} lien-diagnostic="/diagnostic.html?depuis=orientation"></orientation-flow>`);
    const lien = bouton<HTMLAnchorElement>(avec, 'Je ne sais pas ce dont j’ai besoin');
    expect(lien.tagName).to.equal('A');
    const url = new URL(lien.href);
    expect(url.pathname).to.equal('/diagnostic.html');
    expect(url.searchParams.get('depuis')).to.equal('orientation');
    await expect(avec).to.be.accessible();
    // What became of the click, seen from the link's root; the test page itself never navigates.
    const vus: boolean[] = [];
    const temoin = (ev: Event) => {
      vus.push(ev.defaultPrevented);
      ev.preventDefault();
    };
    racine(avec).addEventListener('click', temoin);
    const avant = location.href;
    try {
      const e1 = oneEvent(avec, 'orientation-diagnostic');
      lien.click();
      await e1;
      const annuler = (ev: Event) => ev.preventDefault();
      avec.addEventListener('orientation-diagnostic', annuler);
      lien.click();
      avec.removeEventListener('orientation-diagnostic', annuler);
    } finally {
      racine(avec).removeEventListener('click', temoin);
    }
    expect(vus, 'suivi sans annulation, pas suivi si la page annule').to.deep.equal([false, true]);
    expect(location.href).to.equal(avant);
  });

  it('refuses a faulty tree given as .arbre with an alert naming the node, and asks nothing', async () => {
    const faux = structuredClone(ARBRE_PAR_DEFAUT) as unknown as { noeuds: Record<string, { reponses: { suite: string }[] }> };
    faux.noeuds['demarche-urgente']!.reponses[1]!.suite = 'assistance-disparue';
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC} .arbre=${faux}></orientation-flow>`);
    await waitUntil(() => $(el, '[role="alert"]'), 'pas d’alerte pour un arbre faux', { timeout: 5000 });
    const alerte = $(el, '[role="alert"]')!;
    expect(texte(alerte)).to.include('L’arbre d’orientation fourni n’est pas valable');
    const erreurs = [...alerte.querySelectorAll('li')].map(texte);
    expect(erreurs.some((x) => x.includes('« demarche-urgente »') && x.includes('assistance-disparue')), erreurs.join(' | ')).to.equal(true);
    expect(reponses(el)).to.have.length(0);
    expect(existe(el, 'section.accueil')).to.equal(false);
    expect(aBouton(el, POUR_MOI)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('uses a valid custom tree given as .arbre', async () => {
    const arbre = {
      version: 1,
      depart: 'mutuelle',
      noeuds: {
        mutuelle: {
          type: 'question',
          texte: 'Question de l’opérateur : avez-vous une complémentaire santé ?',
          reponses: [
            { valeur: 'oui', texte: 'Oui, j’en ai une', suite: 'fin' },
            { valeur: 'non', texte: 'Non, pas encore', suite: 'fin' },
          ],
        },
        fin: { type: 'issue', aide: 'facilitation', besoin: 'accompagnement', titre: 'Un conseiller', pourquoi: 'Il regarde le dossier.', lieux: [{ typologies: ['CPAM'] }] },
      },
    };
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC} .arbre=${arbre}></orientation-flow>`);
    await arbrePret(el);
    expect(existe(el, '[role="alert"]')).to.equal(false);
    await cliquer(el, POUR_MOI);
    expect(legende(el)).to.equal('Question de l’opérateur : avez-vous une complémentaire santé ?');
    expect(etape(el)).to.equal(ETAPE1);
    expect(reponses(el).map(texte)).to.deep.equal(['Oui, j’en ai une', 'Non, pas encore']);
  });

  it('fetches a tree given by URL (arbre) and uses it up to the result', async () => {
    const { lieux } = await echantillon();
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC} arbre=${ARBRE_URL}></orientation-flow>`);
    await arbrePret(el);
    expect(performance.getEntriesByType('resource').some((r) => new URL(r.name).pathname === ARBRE_URL)).to.equal(true);
    await cliquer(el, POUR_MOI);
    expect(legende(el)).to.equal('Arbre de l’opérateur : votre dossier est-il à la CAF ?');
    await repondre(el, 'Oui, à la CAF');
    await formulaire(el);
    await voirLieux(el, { commune: 'Tourcoing', distance: 'Moins de 5 km' });
    expect(texte($(el, '#titre-resultat'))).to.equal('Le Point numérique de la CAF');
    const ids = idsProposes(el);
    expect(ids.length).to.be.within(1, 3);
    for (const id of ids) expect(lieux.find((l) => l.id === id)!.typologie, id).to.include('CAF');
  });

  it('with a tree by URL still arriving, « C’est pour moi » leads to its first question, never straight to « Où et quand »', async () => {
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC} arbre=${`/test-lent/1500/orientation/arbre.json?k=${Date.now()}`}></orientation-flow>`);
    await cliquer(el, POUR_MOI);
    expect(existe(el, 'section.ou-quand'), 'l’étape 3 avant toute question').to.equal(false);
    await arbrePret(el);
    await formulairePeutEtre(el);
    expect(existe(el, 'section.ou-quand'), 'l’étape 3 « Où et quand » sans aucune question de l’arbre').to.equal(false);
    expect(legende(el)).to.equal('Arbre de l’opérateur : votre dossier est-il à la CAF ?');
  });

  it('with a directory still arriving at step 3, puts the focus on the step’s heading once the form shows', async () => {
    const el = await fixture<Flow>(html`<orientation-flow src=${`/test-lent/1500/orientation/annuaire.json?k=${Date.now()}`}></orientation-flow>`);
    await cliquer(el, POUR_MOI);
    await repondre(el, SECURITE);
    expect(texte($(el, '.ecran [role="status"]'))).to.equal('Chargement des adresses…');
    await formulaire(el);
    expect(actif(el)?.id, 'focus à l’étape 3').to.equal('titre-ou-quand');
  });

  it('speaks of « la personne » on the result for a helper, reasons included', async () => {
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC}></orientation-flow>`);
    await jusquAuFormulaire(el, POUR_AUTRE, MATERIEL, 'Se débrouiller seule');
    await voirLieux(el, { commune: 'Tourcoing', jours: ['Mardi'], besoins: ['Handicap moteur (fauteuil…)'] });
    expect(texte($(el, '#titre-resultat'))).to.equal('Un ordinateur et internet en libre accès');
    expect(idsProposes(el).length).to.be.greaterThan(0);
    expect(texte($(el, '.pourquoi'))).to.include('La personne sait se débrouiller');
    const raisons = [...new Set($$(el, '.raisons li').map(texte))];
    expect(raisons.filter((r) => /\b(vous|vos|votre)\b/i.test(r)), `raisons : ${raisons.join(' | ')}`).to.deep.equal([]);
  });

  it('makes a fiche d’orientation: SMS and e-mail with the need, places, phones and note; printed with the date and a QR code; the note stored nowhere', async function () {
    this.timeout(30000);
    const { lieux } = await echantillon();
    const cles = Object.entries(localStorage);
    const session = Object.entries(sessionStorage);
    const cookies = document.cookie;
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC} lien-carte="/carte.html" lien-agenda="/agenda.html"></orientation-flow>`);
    await jusquAuFormulaire(el, POUR_MOI, ...URGENCE_SANS_AUTONOMIE);
    await voirLieux(el, { commune: 'Tourcoing', distance: 'Moins de 5 km' });
    const proposes = idsProposes(el).map((id) => lieux.find((l) => l.id === id)!);
    expect(proposes.length).to.be.within(1, 3);

    const NOTE = 'Apporter la lettre de la CAF et le numéro d’allocataire';
    const note = $<HTMLTextAreaElement>(el, '#note')!;
    // The person answers for themself: the note is theirs to keep.
    expect(texte($(el, 'label[for="note"]'))).to.equal('Un mot à garder avec la fiche (facultatif)');
    note.focus();
    await sendKeys({ type: NOTE });
    await el.updateComplete;
    expect(note.value).to.equal(NOTE);

    const corps = (lien: HTMLAnchorElement) => decodeURIComponent(/[?&]body=([^&]*)/.exec(lien.getAttribute('href')!)![1]!);
    const sms = bouton<HTMLAnchorElement>(el, 'Envoyer par SMS');
    const courriel = bouton<HTMLAnchorElement>(el, 'Envoyer par e-mail');
    expect(sms.getAttribute('href')).to.match(/^sms:/);
    expect(courriel.getAttribute('href')).to.match(/^mailto:/);
    expect(decodeURIComponent(/subject=([^&]*)/.exec(courriel.getAttribute('href')!)![1]!)).to.equal('Votre fiche d’orientation');
    for (const [nom, lien] of [['SMS', sms], ['e-mail', courriel]] as const) {
      const c = corps(lien);
      expect(c, nom).to.include(DEMARCHE);
      expect(c, nom).to.include('Faire la démarche avec quelqu’un');
      for (const l of proposes) {
        expect(c, `${nom} : ${l.nom}`).to.include(l.nom);
        expect(c, `${nom} : téléphone de ${l.nom}`).to.include(telLisible(l.telephone!));
      }
      expect(c, nom).to.include(NOTE);
    }

    // The map link, with the same need.
    const carte = new URL(bouton<HTMLAnchorElement>(el, 'Voir tous les lieux sur la carte').href);
    expect(carte.pathname).to.equal('/carte.html');
    expect(carte.searchParams.get('besoin')).to.equal('demarche');
    // And to the agenda of workshops (lien-agenda).
    expect(new URL(bouton<HTMLAnchorElement>(el, 'Voir l’agenda des ateliers').href).pathname).to.equal('/agenda.html');

    // On paper.
    expect(getComputedStyle($(el, '.impression')!).display).to.equal('none');
    await waitUntil(() => $(el, '.impression svg.qr'), 'pas de QR code sur la fiche', { timeout: 5000 });
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '.ecran')!).display).to.equal('none');
    const imprime = $(el, '.impression')!;
    expect(getComputedStyle(imprime).display).to.equal('block');
    expect(imprime.getBoundingClientRect().height).to.be.greaterThan(0);
    const t = texte(imprime);
    expect(texte(imprime.querySelector('.impression-titre'))).to.equal('Fiche d’orientation');
    expect(t).to.include(`Votre besoin : ${DEMARCHE}`);
    for (const l of proposes) {
      expect(t).to.include(l.nom);
      expect(t).to.include(`Tél. ${telLisible(l.telephone!)}`);
    }
    expect(t).to.include(`Note : ${NOTE}`);
    const jour = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(t).to.include(`Fiche faite le ${jour}.`);
    const qr = imprime.querySelector('svg.qr')!;
    expect(qr.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(100);
    const adresse = new URL(texte(imprime.querySelector('.lien')));
    expect(adresse.pathname).to.equal('/carte.html');
    expect(adresse.searchParams.get('besoin')).to.equal('demarche');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle($(el, '.ecran')!).display).to.not.equal('none');

    // The note is kept nowhere.
    expect(Object.entries(localStorage)).to.deep.equal(cles);
    expect(Object.entries(sessionStorage)).to.deep.equal(session);
    expect(document.cookie).to.equal(cookies);
  });

  it('fits a 320 px screen on a question, the form and the result, with answers, buttons and phone links at least 44 px high', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC} lien-carte="/carte.html"></orientation-flow>`);
    const problemes = (selecteur: string) => {
      const cadre = el.getBoundingClientRect();
      const out: string[] = [];
      if (document.documentElement.scrollWidth > 320) out.push(`page large de ${document.documentElement.scrollWidth} px`);
      for (const n of $$(el, '*')) {
        const r = n.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.right > Math.min(320, cadre.right) + 0.5 || r.left < cadre.left - 0.5) {
          out.push(`<${n.tagName.toLowerCase()} class="${n.getAttribute('class') ?? ''}"> « ${texte(n).slice(0, 40)} » dépasse (${Math.round(r.left)}–${Math.round(r.right)} px)`);
        }
      }
      for (const b of $$(el, selecteur)) {
        const r = b.getBoundingClientRect();
        if (r.height < 44) out.push(`« ${texte(b) || b.outerHTML.slice(0, 60)} » : ${Math.round(r.width)} × ${Math.round(r.height)} px`);
      }
      return out;
    };
    await cliquer(el, POUR_MOI);
    expect(problemes('.reponse, .actions button, .actions a'), 'question du besoin').to.deep.equal([]);
    await repondre(el, DEMARCHE, 'Oui', 'Non');
    expect(problemes('.reponse, .actions button, .actions a'), 'question du français').to.deep.equal([]);
    await repondre(el, FRANCAIS_DIFFICILE);
    await formulaire(el);
    expect(problemes('button, select, input[type="text"]'), 'formulaire').to.deep.equal([]);
    await voirLieux(el, { commune: 'Tourcoing', distance: 'Moins de 5 km' });
    expect(existe(el, '#titre-resultat')).to.equal(true);
    expect(problemes('.resultat .actions button, .resultat .actions a, a.telephone, .envoi button, .envoi a'), 'résultat').to.deep.equal([]);
    expect($$(el, 'a.telephone').length).to.be.greaterThan(0);
  });

  it('follows niveau-titre for its headings', async () => {
    const el = await fixture<Flow>(html`<orientation-flow src=${SRC} niveau-titre="3"></orientation-flow>`);
    expect($(el, '#titre')!.getAttribute('aria-level')).to.equal('3');
    await jusquAuFormulaire(el, POUR_MOI, SECURITE);
    expect($(el, '#titre-ou-quand')!.getAttribute('aria-level')).to.equal('3');
    await voirLieux(el, { commune: 'Tourcoing' });
    expect($(el, '#titre-resultat')!.getAttribute('aria-level')).to.equal('3');
    expect($(el, '#titre-lieux')!.getAttribute('aria-level')).to.equal('4');
    for (const h of $$(el, 'li.lieu [id^="lieu-"]')) expect(h.getAttribute('aria-level')).to.equal('5');
  });
});

/** A diagnosis by clicks: smartphone, nothing alone, French difficult, urgent procedure for the CAF. */
async function faireLeDiagnostic(diag: DiagAutonomie): Promise<ResultatDiagnostic> {
  const cliquerDiag = async (libelle: string) => {
    const b = $$<HTMLButtonElement>(diag, 'button').find((x) => texte(x) === libelle);
    if (!b) throw new Error(`diag : pas de « ${libelle} » : ${$$(diag, 'button').map(texte).join(' | ')}`);
    b.click();
    await diag.updateComplete;
  };
  const termine = oneEvent(diag, 'diag-termine');
  await cliquerDiag('Commencer');
  await cliquerDiag('Un smartphone (téléphone avec internet)');
  await cliquerDiag('Continuer');
  for (const r of ['Oui, une box ou le wifi', 'Oui, avec de l’aide', 'Non', 'Non', 'Non', 'Non', 'Non', 'Difficile', 'Oui', 'Oui', 'La CAF']) {
    await cliquerDiag(r);
  }
  return (await termine).detail.resultat;
}
