/**
 * The desk page (demo/poste-accueil.html), as a helper uses it: in a same-origin <iframe>, with the keyboard only
 * (sendKeys), on the sample directory of Tourcoing, with `?fond=aucun` (no tile request). One person's whole
 * journey, in order: the diagnosis, the orientation, the places, the workshops, a print at each step, then
 * « Effacer tout » for the next person. The `it` blocks follow each other on the same page (a journey): each one
 * starts where the previous one stopped.
 *
 * The person: has a smartphone and internet at home, switches it on with help only and does nothing else yet
 * (« débutant »), reads French easily, has an urgent CAF procedure, learns with time. Expected: « La personne fait
 * ses premiers pas », help with the procedure first (need « demarche »), places near Tourcoing that help with
 * procedures, workshops for beginners first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Lieu } from '../../src/data/types.js';
import { cadreDe, fermerPoste, ouvrirCadre, ouvrirPoste, rendu, texte, type Poste } from './poste-accueil-cadre.js';

const PAGE = '/demo/poste-accueil.html?fond=aucun';
const SRC = '/data/tourcoing.json';
const PREFIXE = 'kit-inclusion-numerique';
const ETAPES = ['diagnostic', 'orientation', 'lieux', 'ateliers'] as const;
type Etape = (typeof ETAPES)[number];

let poste: Poste;
/** The frame of the page (the journey's, or the one opened from a link). */
let cadre: HTMLIFrameElement;
const { win, doc, $, $$, ombre, dans, actif, image, tabJusqua, entree, accessible } = cadreDe(() => cadre);
/** « 66 séances d’atelier »: the agenda of step 4, before the helper searched in it. */
let seancesAvant = '';

/** Whether the element shows this (a boolean: a DOM node in a failed assertion is very costly to report). */
const existe = (id: string, s: string) => !!ombre(id).querySelector(s);
const tousDans = <T extends Element = HTMLElement>(id: string, s: string) => [...ombre(id).querySelectorAll<T>(s)];
const etapeAffichee = () => ETAPES.filter((e) => rendu($(`#etape-${e}`)));
const etapeCourante = () => $$('nav.etapes a[aria-current="step"]').map(texte);

/** Answers one diagnosis screen with the keyboard: Tab to the answer, Enter (devices: Space, then « Continuer »). */
async function repondreDiag(reponse: string | string[]): Promise<void> {
  const question = texte(dans('diag', '#question'));
  if (Array.isArray(reponse)) {
    for (const r of reponse) {
      const b = await tabJusqua(r);
      await sendKeys({ press: 'Space' });
      await waitUntil(() => b.getAttribute('aria-pressed') === 'true', `« ${r} » pas coché`);
    }
    await tabJusqua('Continuer');
  } else await tabJusqua(reponse);
  await entree();
  await waitUntil(() => texte(dans('diag', '#question')) !== question, `l’écran « ${question} » ne change pas`);
}

/** The focus is on this step's heading, the step alone is shown, and the navigation says where the helper is. */
function surEtape(e: Etape, numero: number, nom: string): void {
  expect(etapeAffichee(), 'étape affichée').to.deep.equal([e]);
  expect(etapeCourante(), 'aria-current de la navigation').to.deep.equal([`${numero} ${nom}`]);
  expect(actif()?.id, 'focus').to.equal(`titre-${e}`);
  expect(actif()!.tagName).to.equal('H2');
}

/** At 320 px wide (a small phone, or 400 % zoom), nothing goes past the right edge. */
async function tientEn320(quoi: string): Promise<void> {
  cadre.style.width = '320px';
  try {
    await image();
    await new Promise((ok) => setTimeout(ok, 50));
    await image();
    const racine = doc().documentElement;
    expect(win().innerWidth, quoi).to.equal(320);
    expect(racine.scrollWidth, `défilement horizontal à 320 px, ${quoi}`).to.be.at.most(racine.clientWidth);
    // The steps' names stay inside their boxes.
    for (const a of $$('nav.etapes a')) expect(a.scrollWidth, `« ${texte(a)} » à 320 px`).to.be.at.most(a.clientWidth);
    // And what the step shows is readable without going sideways: the step's own content fits too.
    const section = $(`#etape-${etapeAffichee()[0]}`)!;
    expect(section.getBoundingClientRect().right, quoi).to.be.at.most(320);
  } finally {
    cadre.style.width = '1024px';
    await image();
  }
}

/** The page's own parts, never on paper. */
const PAS_SUR_PAPIER = ['.entete', 'h1', '.intro', '.outils', 'nav.etapes', '#annonce'];

/**
 * In print: the current step's own sheet only. The diagnosis, the orientation and the map swap their screen for a
 * paper version (`.impression`); the agenda prints its screen without its controls.
 */
function seulementSurPapier(e: Etape, element: string, { feuille = true } = {}): void {
  for (const s of PAS_SUR_PAPIER) expect(rendu($(s)), `${s} imprimé`).to.equal(false);
  const section = $(`#etape-${e}`)!;
  for (const s of ['.entete-etape', '.consigne', '.actions-etape']) {
    const el = section.querySelector(s);
    if (el) expect(rendu(el), `${s} de l’étape imprimé`).to.equal(false);
  }
  for (const autre of ETAPES.filter((x) => x !== e)) expect(rendu($(`#etape-${autre}`)), `étape ${autre} imprimée`).to.equal(false);
  if (feuille) {
    expect(rendu(dans(element, '.ecran')), `l’écran de <${element}> imprimé`).to.equal(false);
    expect(rendu(dans(element, '.impression')), 'la feuille de l’élément').to.equal(true);
  }
}

/** Tab (or Shift+Tab, `arriere`) to the step's « Imprimer cette étape », Enter: the browser prints. */
async function imprimerEtape(arriere = true): Promise<void> {
  const avant = poste.impressions;
  await tabJusqua((a) => texte(a) === 'Imprimer cette étape' && rendu(a), { arriere, max: 60 });
  await entree();
  await waitUntil(() => poste.impressions === avant + 1, 'l’impression ne démarre pas', { timeout: 5000 });
}

// ---------------------------------------------------------------------------------------------------------------
// The sample, read by the test itself, and distances computed here (not with the kit's code).

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
/** The places that help with an online procedure within 10 km of Tourcoing (the middle of its places), nearest first. */
async function lieuxDemarcheTourcoing(): Promise<{ total: number; proches: Lieu[] }> {
  const { lieux } = (await (await fetch(SRC)).json()) as { lieux: Lieu[] };
  const ici = lieux.filter((l) => l.commune === 'Tourcoing').filter(avecPosition);
  const centre = {
    latitude: ici.reduce((s, l) => s + l.latitude, 0) / ici.length,
    longitude: ici.reduce((s, l) => s + l.longitude, 0) / ici.length,
  };
  const proches = lieux
    .filter(avecPosition)
    .filter((l) => (l.services ?? []).includes('Aide aux démarches administratives') && km(centre, l) <= 10)
    .sort((a, b) => km(centre, a) - km(centre, b));
  return { total: lieux.length, proches };
}

const SEUL_AIDE = 'Oui, avec de l’aide';
const DIAGNOSTIC: (string | string[])[] = [
  ['Un smartphone (téléphone avec internet)'],
  'Oui, une box ou le wifi',
  SEUL_AIDE,
  'Non',
  'Non',
  'Non',
  'Non',
  'Non',
  'Facile',
  'Oui',
  'Oui',
  'La CAF',
  'Avec du temps',
];

describe('Poste d’accueil (demo/poste-accueil.html)', function () {
  // The whole journey on software WebGL: several seconds per step.
  this.timeout(60000);

  before(async function () {
    this.timeout(60000);
    // The desk computer was used before: the banner of the demo page was closed in this browser session.
    poste = await ouvrirPoste(PAGE);
    cadre = poste.cadre;
  });

  afterEach(() => {
    expect(poste.erreurs.splice(0), 'erreurs de la page').to.deep.equal([]);
  });

  after(() => fermerPoste(poste));

  it('opens on step 1 of 4: the steps are a navigation (aria-current), one step shown, keyboard-operable, accessible, fits 320 px', async () => {
    expect(doc().title).to.equal('Étape 1 sur 4 : le diagnostic · Poste d’accueil : Kit inclusion numérique');
    expect(texte($('h1'))).to.equal('Poste d’accueil');
    expect($<HTMLAnchorElement>('a.retour-demo')!.href).to.equal(new URL('/demo/index.html', location.href).href);
    const nav = $('nav.etapes')!;
    expect(nav.getAttribute('aria-label')).to.equal('Étapes de l’accueil');
    expect($$('nav.etapes ol > li > a').map(texte)).to.deep.equal(['1 Diagnostic', '2 Orientation', '3 Lieux', '4 Ateliers']);
    expect(etapeCourante()).to.deep.equal(['1 Diagnostic']);
    expect(etapeAffichee()).to.deep.equal(['diagnostic']);
    // Big targets: the steps and the helper's buttons are at least 44 px high.
    for (const el of [...$$('nav.etapes a'), $('#effacer-tout')!, $('#etape-diagnostic .imprimer')!]) {
      expect(el.getBoundingClientRect().height, texte(el)).to.be.at.least(44);
    }
    // The helper answers for the person by default: the questions say « la personne ».
    expect(texte(dans('diag', '#titre'))).to.equal('Où en est la personne avec le numérique ?');
    await accessible('étape 1');
    await tientEn320('étape 1');

    // The navigation with the keyboard: the focus goes to the step's heading; the address does not change.
    const historique = win().history.length;
    win().focus();
    $<HTMLAnchorElement>('a.evitement')!.focus();
    await tabJusqua('2 Orientation');
    await entree();
    surEtape('orientation', 2, 'Orientation');
    expect(doc().title).to.equal('Étape 2 sur 4 : l’orientation · Poste d’accueil : Kit inclusion numérique');
    expect(win().location.search).to.equal('?fond=aucun');
    expect(win().location.hash).to.equal('');
    expect(win().history.length, 'aucune entrée d’historique').to.equal(historique);

    // Nothing to print yet at step 2: the helper is told why, and nothing is printed.
    const avant = poste.impressions;
    await tabJusqua('Imprimer cette étape');
    await entree();
    await waitUntil(() => texte($('#annonce')) !== '', 'pas de message');
    expect(texte($('#annonce'))).to.equal('Rien à imprimer pour l’instant : la fiche s’imprime quand les lieux sont proposés.');
    expect($('#annonce')!.getAttribute('role')).to.equal('status');
    expect(poste.impressions).to.equal(avant);

    await tabJusqua('1 Diagnostic', { arriere: true });
    await entree();
    surEtape('diagnostic', 1, 'Diagnostic');

    // Under each step, a button to the next one, for the helper who skips a step.
    await tabJusqua('Étape suivante : l’orientation');
    await entree();
    surEtape('orientation', 2, 'Orientation');
    await tabJusqua('1 Diagnostic', { arriere: true });
    await entree();
    surEtape('diagnostic', 1, 'Diagnostic');
  });

  it('step 1, the diagnosis by keyboard: the result in words; kept on the device at the person’s request; printed alone', async () => {
    await tabJusqua('Commencer');
    await entree();
    await waitUntil(() => dans('diag', '#question'), 'pas de première question');
    expect(texte(dans('diag', '#question'))).to.equal('Quels appareils la personne a-t-elle ?');
    expect(actif()?.id, 'focus sur la question').to.equal('question');
    await accessible('première question du diagnostic');
    for (const r of DIAGNOSTIC.slice(0, -1)) await repondreDiag(r);
    // The helper's own question comes last.
    expect(texte(dans('diag', '#question'))).to.equal('D’après vous, la personne apprend-elle facilement ?');
    await tabJusqua('Avec du temps');
    await entree();
    await waitUntil(() => dans('diag', '#titre-resultat'), 'pas de résultat');
    expect(actif()?.id, 'focus sur le résultat').to.equal('titre-resultat');
    expect(texte(dans('diag', '#titre-resultat'))).to.equal('La personne fait ses premiers pas');
    expect(texte(dans('diag', '.aide'))).to.include('Sa démarche urgente (CAF) passe en premier.');
    expect(texte(dans('diag', '.aide'))).to.include('Faire la démarche avec quelqu’un');
    expect(etapeAffichee()).to.deep.equal(['diagnostic']);
    await accessible('résultat du diagnostic');
    await tientEn320('résultat du diagnostic');

    // « Imprimer cette étape »: the result's own paper version, and nothing of the page around it.
    await imprimerEtape();
    await emulateMedia({ media: 'print' });
    try {
      seulementSurPapier('diagnostic', 'diag');
      const papier = dans('diag', '.impression')!;
      expect(texte(papier.querySelector('.impression-titre'))).to.equal('La personne fait ses premiers pas');
      expect(texte(papier)).to.include('Refaites ce test plus tard pour voir vos progrès.');
      // On paper the next step is written out, with the public map page (not this desk page).
      expect(texte(papier)).to.include(`Trouver un lieu près de chez elle : ${new URL('/demo/?besoin=demarche', location.href).href}`);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(rendu(dans('diag', '.ecran'))).to.equal(true);

    // The person wants to see their progress next time: kept on this device (« Effacer tout » must remove it).
    await tabJusqua('Garder ce résultat sur cet appareil');
    await entree();
    await waitUntil(() => localStorage.getItem(`${PREFIXE}.diagnostic`), 'rien de gardé');
    expect(JSON.parse(localStorage.getItem(`${PREFIXE}.diagnostic`)!).niveau).to.equal('debutant');
  });

  it('step 1 → 2: « Être guidé vers la bonne aide » opens the orientation, which reuses the diagnosis; its result by keyboard, printed alone', async () => {
    await tabJusqua('Être guidé vers la bonne aide', { arriere: true });
    await entree();
    surEtape('orientation', 2, 'Orientation');
    // Handled in the page: no navigation, no change of address.
    expect(win().location.search).to.equal('?fond=aucun');
    expect(texte(dans('orientation', '#titre'))).to.equal('Trouver la bonne aide');
    expect(texte(dans('orientation', '.accueil .note'))).to.equal('Les réponses du petit test sont reprises : elles ne sont pas redemandées.');
    await accessible('accueil de l’orientation');

    await tabJusqua('Commencer');
    await entree();
    // Need, urgency and French come from the diagnosis: only the question it could not answer is asked.
    await waitUntil(() => dans('orientation', '#titre-question'), 'pas de question');
    expect(texte(dans('orientation', '#titre-question'))).to.equal('La personne peut-elle la faire elle-même si quelqu’un lui montre ?');
    expect(actif()?.id).to.equal('titre-question');
    await tabJusqua('Non');
    await entree();
    await waitUntil(() => dans('orientation', 'section.ou-quand form'), 'pas de « Où et quand »', { timeout: 8000 });
    expect(actif()?.id).to.equal('titre-ou-quand');
    await tabJusqua((a) => a.id === 'pres');
    await sendKeys({ type: 'Tourcoing' });
    await entree();
    await waitUntil(() => dans('orientation', '#titre-resultat'), 'pas de résultat', { timeout: 8000 });
    await waitUntil(() => actif()?.id === 'titre-resultat', 'le focus ne va pas au résultat');
    expect(texte(dans('orientation', '#titre-resultat'))).to.equal('Faire la démarche avec quelqu’un');
    const proposes = tousDans('orientation', '.resultat ol.lieux > li.lieu');
    expect(proposes.length).to.be.within(1, 3);
    expect(texte(proposes[0]!.querySelector('.titre'))).to.equal('France Services Tourcoing Centre');
    await accessible('résultat de l’orientation');
    await tientEn320('résultat de l’orientation');

    // The fiche d'orientation, alone on paper.
    await imprimerEtape();
    await emulateMedia({ media: 'print' });
    try {
      seulementSurPapier('orientation', 'orientation');
      const fiche = dans('orientation', '.impression')!;
      expect(texte(fiche.querySelector('.impression-titre'))).to.equal('Fiche d’orientation');
      expect(texte(fiche)).to.include('France Services Tourcoing Centre');
      expect(texte(fiche)).to.include('Faire la démarche avec quelqu’un');
      // The diagnosis of step 1 is not on this paper.
      expect(rendu(dans('diag', '.impression'))).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('step 2 → 3: « Voir tous les lieux sur la carte » opens the places of the need around Tourcoing, nearest first; list and place printed alone', async () => {
    const { total, proches } = await lieuxDemarcheTourcoing();
    expect(proches.length).to.be.greaterThan(3).and.lessThan(total);
    await tabJusqua('Voir tous les lieux sur la carte');
    await entree();
    surEtape('lieux', 3, 'Lieux');
    // The map's choices are in the address (its QR code on paper comes back to them); the page's own stays.
    const params = new URLSearchParams(win().location.search);
    expect(Object.fromEntries(params)).to.deep.equal({ fond: 'aucun', besoin: 'demarche', pres: 'Tourcoing', rayon: '10' });
    await waitUntil(() => tousDans('carte', '.puces .puce').length >= 2, 'les choix ne sont pas repris', { timeout: 8000 });
    expect(tousDans('carte', '.puces .puce').map(texte)).to.deep.equal([
      'Tourcoing (59200) · 10 km ✕',
      'Faire une démarche en ligne ✕',
      'Tout effacer',
    ]);
    await waitUntil(() => texte(dans('carte', '.compte strong')) === `${proches.length} lieux`, `pas ${proches.length} lieux : ${texte(dans('carte', '.compte'))}`);
    const noms = tousDans('carte', 'ol.lieux > li.lieu .nom').map(texte);
    expect(noms.slice(0, 3)).to.deep.equal(proches.slice(0, 3).map((l) => l.nom));
    expect(noms.every((n) => proches.some((l) => l.nom === n)), 'seulement des lieux qui aident aux démarches, à moins de 10 km').to.equal(true);
    // The step's heading is at the top of the window: the map is in sight, and starts (plain background).
    expect(Math.round($('#titre-lieux')!.getBoundingClientRect().top)).to.be.within(0, 24);
    await waitUntil(() => dans('carte', '.carte-maplibre canvas'), 'pas de carte', { timeout: 20000 });
    await accessible('liste des lieux');
    await tientEn320('liste des lieux');

    expect(actif()?.id, 'le focus est resté sur le titre de l’étape').to.equal('titre-lieux');
    await imprimerEtape(false);
    await emulateMedia({ media: 'print' });
    try {
      seulementSurPapier('lieux', 'carte');
      const papier = dans('carte', '.impression')!;
      expect(texte(papier.querySelector('.impression-titre'))).to.equal('Lieux où trouver de l’aide avec le numérique');
      expect(texte(papier)).to.include('Vos choix : Tourcoing (59200), Faire une démarche en ligne.');
      // The nearest ones first, at most 30 on paper; the others are counted.
      const imprimes = [...papier.querySelectorAll('.impression-liste > li .nom')].map(texte);
      expect(imprimes.length).to.equal(Math.min(30, proches.length));
      expect(imprimes.slice(0, 3)).to.deep.equal(proches.slice(0, 3).map((l) => l.nom));
      expect(imprimes.every((n) => proches.some((l) => l.nom === n))).to.equal(true);
      if (proches.length > 30) expect(texte(papier)).to.include(`et ${proches.length - 30} autres lieux : voir la page en ligne.`);
      expect(rendu(dans('carte', 'canvas'))).to.equal(false);
      expect(rendu(dans('orientation', '.impression'))).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }

    // One place opened: « Imprimer cette étape » prints its sheet only.
    const premier = proches[0]!.nom;
    await tabJusqua((a) => texte(a) === premier && !!a.dataset.lieu);
    await entree();
    await waitUntil(() => actif()?.id === 'fiche-titre', 'la fiche ne s’ouvre pas');
    await imprimerEtape();
    await emulateMedia({ media: 'print' });
    try {
      seulementSurPapier('lieux', 'carte');
      const papier = dans('carte', '.impression')!;
      expect(texte(papier.querySelector('.impression-titre'))).to.equal('Un lieu où trouver de l’aide avec le numérique');
      expect(texte(papier)).to.include(premier);
      expect(texte(papier)).to.not.include(proches[1]!.nom);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('step 4: the workshops at the person’s level come first; the whole agenda printed alone', async () => {
    await tabJusqua('4 Ateliers', { arriere: true });
    await entree();
    surEtape('ateliers', 4, 'Ateliers');
    await waitUntil(() => dans('agenda', '#niveau'), 'l’agenda ne reprend pas le diagnostic', { timeout: 8000 });
    expect(texte(dans('agenda', 'label[for="niveau"]'))).to.equal('Adapté à mon niveau (débutant)');
    expect(dans<HTMLInputElement>('agenda', '#niveau')!.checked).to.equal(true);
    const groupes = tousDans('agenda', '.groupe-niveau > .titre').map(texte);
    expect(groupes[0]).to.equal('À votre niveau ou ouverts à tous');
    // In the order of the page: every workshop at the level (or open to all) before any easier or harder one.
    const adequations = tousDans('agenda', '.seance .adequation').map((p) => [...p.classList].find((c) => c.startsWith('adequation-'))!);
    expect(adequations.length).to.be.greaterThan(0);
    expect(adequations[0]).to.be.oneOf(['adequation-a-votre-niveau', 'adequation-ouvert-a-tous']);
    const premiereAutre = adequations.findIndex((a) => a === 'adequation-plus-facile' || a === 'adequation-plus-avance');
    if (premiereAutre >= 0) {
      expect(adequations.slice(premiereAutre).filter((a) => a === 'adequation-a-votre-niveau' || a === 'adequation-ouvert-a-tous')).to.deep.equal([]);
    }
    await accessible('agenda');
    await tientEn320('agenda');

    seancesAvant = texte(dans('agenda', '.compte'));
    const total = Number(/^(\d+)/.exec(seancesAvant)?.[1]);
    const aLEcran = tousDans('agenda', '.seance').length;
    await tabJusqua('Imprimer cette étape');
    const avant = poste.impressions;
    await entree();
    await waitUntil(() => poste.impressions === avant + 1, 'l’agenda ne s’imprime pas', { timeout: 8000 });
    await emulateMedia({ media: 'print' });
    try {
      seulementSurPapier('ateliers', 'agenda', { feuille: false });
      const seances = tousDans('agenda', '.seance').filter(rendu);
      // The element's own print: the whole selection (not only the sessions of the first screen).
      expect(seances.length).to.equal(total);
      expect(seances.length).to.be.at.least(aLEcran);
      expect(rendu(dans('agenda', '.titre-principal'))).to.equal(true);
      for (const s of ['.controles', '.exports', '.actions-seance']) expect(rendu(dans('agenda', s)), s).to.equal(false);
      expect(rendu(dans('carte', '.impression'))).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }

    // The helper looks for a workshop by keyword (« Effacer tout » must forget it).
    await tabJusqua((a) => a.id === 'texte');
    await sendKeys({ type: 'smartphone' });
    await waitUntil(() => Number(/^(\d+)/.exec(texte(dans('agenda', '.compte')))?.[1]) < total, 'la recherche ne filtre pas');
  });

  it('« Effacer tout »: every element back to its start, the diagnosis forgotten, storage and address clean, step 1 with the focus, said aloud', async () => {
    const cles = (s: Storage) => Object.keys(s).filter((k) => k.startsWith(PREFIXE));
    expect(dans<HTMLInputElement>('agenda', '#texte')!.value, 'avant : une recherche dans l’agenda').to.equal('smartphone');
    expect(cles(localStorage), 'avant : le résultat gardé').to.deep.equal([`${PREFIXE}.diagnostic`]);
    expect(cles(sessionStorage), 'avant : le bandeau fermé').to.deep.equal([`${PREFIXE}.bandeau-ferme`]);

    await tabJusqua('Effacer tout', { arriere: true });
    await entree();
    await waitUntil(() => /^Tout est effacé/.test(texte($('#annonce'))), 'pas de message « Tout est effacé »');
    expect(texte($('#annonce'))).to.equal(
      'Tout est effacé : les réponses, les choix et ce qui était gardé sur cet ordinateur. Vous pouvez accueillir la personne suivante.',
    );
    expect($('#annonce')!.getAttribute('role')).to.equal('status');
    surEtape('diagnostic', 1, 'Diagnostic');

    // Nothing the kit stored is left, nothing in the address but the page's own setting.
    expect(cles(localStorage)).to.deep.equal([]);
    expect(cles(sessionStorage)).to.deep.equal([]);
    expect(localStorage.length, 'localStorage vide').to.equal(0);
    expect(win().location.search).to.equal('?fond=aucun');
    expect(win().location.hash).to.equal('');

    // Diagnosis: the start screen, no « résultat gardé », no answer.
    await waitUntil(() => dans('diag', '#titre'), 'le diagnostic ne revient pas au début');
    expect(texte(dans('diag', '#titre'))).to.equal('Où en est la personne avec le numérique ?');
    expect(existe('diag', '.garde'), 'diag : .garde').to.equal(false);
    expect(existe('diag', '.impression'), 'diag : .impression').to.equal(false);
    // Orientation: step 1, and the diagnosis is forgotten (it would say its answers are reused).
    await waitUntil(() => dans('orientation', '#titre'), 'l’orientation ne revient pas au début');
    expect(existe('orientation', '.accueil .note'), 'orientation : .accueil .note').to.equal(false);
    expect(existe('orientation', '.impression'), 'orientation : .impression').to.equal(false);
    // Map: no choice, no place opened, every place of the directory.
    const { total } = await lieuxDemarcheTourcoing();
    await waitUntil(() => texte(dans('carte', '.compte strong')) === `${total} lieux`, `la carte garde des choix : ${texte(dans('carte', '.compte'))}`, {
      timeout: 8000,
    });
    expect(existe('carte', '.puces'), 'carte : .puces').to.equal(false);
    expect(existe('carte', '.fiche-ecran'), 'carte : .fiche-ecran').to.equal(false);
    expect(dans<HTMLInputElement>('carte', '#pres')!.value).to.equal('');
    // Agenda: no level (no diagnosis), no search: every session again.
    await waitUntil(() => dans('agenda', '.compte'), 'l’agenda ne revient pas');
    expect(texte(dans('agenda', '.compte'))).to.equal(seancesAvant);
    expect(existe('agenda', '#niveau'), 'agenda : #niveau').to.equal(false);
    expect(existe('agenda', '.adequation'), 'agenda : .adequation').to.equal(false);
    expect(dans<HTMLInputElement>('agenda', '#texte')!.value).to.equal('');
    await accessible('après « Effacer tout »');

    // The next person answers for themself: the helper switches the voice (arrow keys in the radio group).
    await tabJusqua((a) => a.getAttribute('name') === 'voix', { arriere: true });
    expect((actif() as HTMLInputElement).value).to.equal('aidant');
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLInputElement>('#voix-moi')!.checked).to.equal(true);
    await waitUntil(() => texte(dans('diag', '#titre')) === 'Où en êtes-vous avec le numérique ?', 'la voix ne change pas');
    await tabJusqua('Commencer');
    await entree();
    await waitUntil(() => dans('diag', '#question'), 'pas de première question');
    expect(texte(dans('diag', '#question'))).to.equal('Quels appareils avez-vous ?');
    expect(texte(dans('diag', '.etape p'))).to.equal('Étape 1 sur 11');
  });
});

describe('Poste d’accueil opened from a link with the map’s choices (the QR code of a printed list)', function () {
  this.timeout(60000);

  after(() => cadre?.remove());

  it('opens on step 3, the places of that need, without moving the focus', async () => {
    cadre?.remove();
    cadre = await ouvrirCadre(`${PAGE}&besoin=materiel`);
    await waitUntil(() => doc().getElementById('carte')?.shadowRoot?.querySelector('.puces'), 'la carte ne reprend pas le besoin', { timeout: 20000 });
    expect(etapeAffichee()).to.deep.equal(['lieux']);
    expect(etapeCourante()).to.deep.equal(['3 Lieux']);
    expect(tousDans('carte', '.puces .puce').map(texte)).to.deep.equal(['Accéder à un ordinateur ou à internet ✕', 'Tout effacer']);
    expect(doc().activeElement === doc().body, 'le focus n’a pas bougé').to.equal(true);
  });
});
