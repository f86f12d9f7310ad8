import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/carte-mediation/carte-mediation.js';
import '../../src/components/annuaire-inclusion/annuaire-inclusion.js';
import type { CarteMediation } from '../../src/components/carte-mediation/carte-mediation.js';
import type { Carte } from '../../src/carte/carte.js';
import type { Map as MapLibre } from 'maplibre-gl';

const SRC = '/test/fixtures/carte/lieux.json';
/** Saturday 21 November 2026, 10:30 in Paris. */
const SAMEDI = new Date('2026-11-21T09:30:00Z');

const racine = (el: CarteMediation) => el.shadowRoot!;
const texte = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: CarteMediation, s: string) => racine(el).querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: CarteMediation, s: string) => [...racine(el).querySelectorAll<T>(s)];
const nomsListe = (el: CarteMediation) => $$(el, '.lieux .nom button').map((b) => texte(b));
const compte = (el: CarteMediation) => texte($(el, '.compte'));

async function pret(el: CarteMediation): Promise<void> {
  await waitUntil(() => $(el, '#liste-titre') || $(el, '.vide') || $(el, '.fiche'), 'la liste ne s’affiche pas', { timeout: 5000 });
  await el.updateComplete;
}

async function carteDe(el: CarteMediation): Promise<Carte> {
  await waitUntil(() => (el as unknown as { carte?: Carte }).carte, 'la carte ne démarre pas', { timeout: 15000 });
  const c = (el as unknown as { carte: Carte }).carte;
  await c.attendreRepos();
  return c;
}

/** What the map really draws: the sum of cluster counts and single points rendered by WebGL. */
function totalDessine(c: Carte): number {
  const map = c.instance as MapLibre;
  const groupes = new Map<number, number>();
  for (const f of map.queryRenderedFeatures({ layers: ['lieux-groupes'] })) {
    groupes.set(f.properties!.cluster_id as number, f.properties!.point_count as number);
  }
  const seuls = new Set(map.queryRenderedFeatures({ layers: ['lieux-points'] }).map((f) => f.properties!.id as string));
  return [...groupes.values()].reduce((a, b) => a + b, 0) + seuls.size;
}

/** The filter panel is a lazy chunk: it shows once loaded, with its counts. */
async function panneauOuvert(el: CarteMediation): Promise<void> {
  await waitUntil(() => $(el, '#filtres'), 'le panneau des filtres ne s’ouvre pas', { timeout: 5000 });
}

async function cocher(el: CarteMediation, libelle: RegExp): Promise<void> {
  if (!$(el, '#filtres')) {
    $(el, '#bouton-filtres')!.click();
    await panneauOuvert(el);
  }
  const label = $$(el, '#filtres label').find((l) => libelle.test(texte(l)));
  if (!label) throw new Error(`pas d’option ${libelle} dans : ${$$(el, '#filtres label').map(texte).join(' | ')}`);
  racine(el).getElementById(label.getAttribute('for')!)!.click();
  await el.updateComplete;
}

/** After a filter change the counts beside the filters follow once the map is drawn; the panel says it is busy. */
async function comptesAJour(el: CarteMediation): Promise<void> {
  await waitUntil(() => $(el, '#filtres')?.getAttribute('aria-busy') === 'false', 'les nombres des filtres ne suivent pas', {
    timeout: 5000,
  });
}

async function chercher(el: CarteMediation, saisie: string): Promise<void> {
  const champ = $<HTMLInputElement>(el, '#pres')!;
  champ.value = saisie;
  $<HTMLFormElement>(el, 'form.recherche')!.requestSubmit();
  await el.updateComplete;
}

async function ouvrirFiche(el: CarteMediation, nom: string): Promise<void> {
  const b = $$(el, '.lieux .nom button').find((x) => texte(x) === nom);
  if (!b) throw new Error(`pas de « ${nom} » dans la liste : ${nomsListe(el).join(', ')}`);
  b.click();
  await el.updateComplete;
}

describe('<carte-mediation>', () => {
  before(() => setViewport({ width: 1100, height: 800 }));
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('lists every place by name, with today’s state and tap-to-call, and draws the same places on the map', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun" .maintenant=${SAMEDI}></carte-mediation>`);
    await pret(el);
    expect(compte(el)).to.include('10 lieux');
    // The place without coordinates is in the list, and the count says it is not on the map.
    expect(compte(el)).to.include('1 lieu sans adresse précise n’est pas sur la carte');
    expect(nomsListe(el)).to.include('Permanence de la mairie de Neuville');
    expect(nomsListe(el).slice(0, 3)).to.deep.equal([
      '<img src=x onerror="window.__pirate=1">Espace <b>test</b>',
      'Association Relais Numérique',
      'Bus numérique de la Métropole',
    ]);
    const mediatheque = $$(el, '.lieu').find((li) => texte(li).includes('Médiathèque André Malraux'))!;
    expect(texte(mediatheque)).to.include('Ouvert · ferme à 18 h');
    const caf = $$(el, '.lieu').find((li) => texte(li).includes('Point numérique CAF'))!;
    expect(texte(caf)).to.include('Fermé · ouvre lundi à 8 h 30');
    expect(caf.querySelector('a.telephone')!.getAttribute('href')).to.equal('tel:+33320000001');
    expect(texte(caf.querySelector('a.telephone'))).to.include('03 20 00 00 01');

    const carte = await carteDe(el);
    expect(totalDessine(carte)).to.equal(9);
    await expect(el).to.be.accessible();
  });

  it('filters by need, with counts beside each option, chips, and the map following', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun" .maintenant=${SAMEDI}></carte-mediation>`);
    await pret(el);
    const carte = await carteDe(el);
    $(el, '#bouton-filtres')!.click();
    await el.updateComplete;
    expect($(el, '#bouton-filtres')!.getAttribute('aria-expanded')).to.equal('true');
    await panneauOuvert(el);
    const libelles = $$(el, '#filtres label').map(texte);
    expect(libelles).to.include('Faire une démarche en ligne (3)');
    expect(libelles).to.include('Gratuit (7)');
    expect(libelles).to.include('Ouvert maintenant (3)');
    await expect(el).to.be.accessible();

    const evenement = oneEvent(el, 'carte-filtres-changes');
    await cocher(el, /^Faire une démarche en ligne/);
    const { detail } = await evenement;
    expect(detail.total).to.equal(3);
    expect(compte(el)).to.include('3 lieux');
    expect(nomsListe(el)).to.deep.equal([
      'France Services Roubaix',
      'Permanence de la mairie de Neuville',
      'Point numérique CAF de Tourcoing',
    ]);
    await carte.attendreRepos();
    expect(totalDessine(carte)).to.equal(2);
    // Counts of the other needs say how many places ticking them would add (« or » within a facet).
    await comptesAJour(el);
    expect($$(el, '#filtres label').map(texte)).to.include('Accéder à un ordinateur ou à internet (5)');
    // Another facet: « and ». The number beside « Gratuit » is what ticking it shows.
    const gratuit = $$(el, '#filtres label').map(texte).find((t) => t.startsWith('Gratuit ('));
    expect(gratuit).to.equal('Gratuit (3)'); // was 7 before « démarche » was ticked
    await cocher(el, /^Gratuit \(/);
    expect(compte(el)).to.include('3 lieux');
    await cocher(el, /^Gratuit \(/);
    // Same need, another criterion: « and ».
    await cocher(el, /^Ouvert maintenant/);
    expect(compte(el)).to.include('Aucun lieu');
    expect(texte($(el, '.vide'))).to.include('Aucun lieu ne correspond à ces choix.');
    await expect(el).to.be.accessible();

    const puces = $$(el, '.puces .puce').map((b) => b.getAttribute('aria-label') ?? texte(b));
    expect(puces).to.include('Retirer le filtre : Faire une démarche en ligne');
    expect(puces).to.include('Retirer le filtre : Ouvert maintenant');
    $$(el, '.puce').find((b) => b.getAttribute('aria-label') === 'Retirer le filtre : Ouvert maintenant')!.click();
    await el.updateComplete;
    expect(compte(el)).to.include('3 lieux');
    $$(el, '.puce').find((b) => texte(b) === 'Tout effacer')!.click();
    await el.updateComplete;
    expect(compte(el)).to.include('10 lieux');
    expect(racine(el).activeElement?.id).to.equal('bouton-filtres');
    await carte.attendreRepos();
    expect(totalDessine(carte)).to.equal(9);
  });

  it('filters on opening days and on what the place offers, in plain words', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun" .maintenant=${SAMEDI}></carte-mediation>`);
    await pret(el);
    await cocher(el, /^Ouvert le samedi/);
    expect(nomsListe(el)).to.deep.equal(['Centre social Belencontre', 'Espace numérique Halluin', 'Médiathèque André Malraux']);
    await cocher(el, /^Peu importe/);
    await cocher(el, /^Personnes aveugles ou malvoyantes/);
    expect(nomsListe(el)).to.deep.equal(['Médiathèque André Malraux']);
    await cocher(el, /^Personnes aveugles ou malvoyantes/);
    await cocher(el, /^Lieux itinérants/);
    expect(nomsListe(el)).to.deep.equal(['Bus numérique de la Métropole']);
    await cocher(el, /^Lieux itinérants/);
    await cocher(el, /^Point numérique CAF/);
    expect(nomsListe(el)).to.deep.equal(['Point numérique CAF de Tourcoing']);
    await cocher(el, /^Rendez-vous en ligne \(1\)/);
    expect(nomsListe(el)).to.deep.equal(['Point numérique CAF de Tourcoing']);
  });

  it('finds places near a commune or postal code typed in, sorted by distance with the distance shown', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun" .maintenant=${SAMEDI}></carte-mediation>`);
    await pret(el);
    const evenement = oneEvent(el, 'carte-filtres-changes');
    await chercher(el, '59100');
    const { detail } = await evenement;
    expect(detail.filtres.autour?.rayonKm).to.equal(10);
    expect(texte($(el, '.message'))).to.equal('Lieux autour de : Roubaix (59100)');
    const noms = nomsListe(el);
    expect(noms[0]).to.equal('France Services Roubaix');
    // Lille (11 km) and the place without coordinates are beyond 10 km.
    expect(noms).not.to.include('EPN Lille Moulins');
    expect(noms).not.to.include('Permanence de la mairie de Neuville');
    const distances = $$(el, '.lieu .adresse strong').map((s) => texte(s));
    expect(distances[0]).to.equal('à 50 m');
    const km = distances.slice(1).map((d) => Number(d.replace(/[^\d,]/g, '').replace(',', '.')));
    expect(km).to.deep.equal([...km].sort((a, b) => a - b));
    // A wider radius brings Lille back.
    const rayon = $<HTMLSelectElement>(el, 'label.rayon select')!;
    rayon.value = '20';
    rayon.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(nomsListe(el)).to.include('EPN Lille Moulins');
    // By name, accents and case aside.
    await chercher(el, 'neuville-en-ferrain');
    expect(texte($(el, '.message'))).to.include('Nous ne trouvons pas');
    await chercher(el, 'tourcoing');
    expect(texte($(el, '.message'))).to.equal('Lieux autour de : Tourcoing (59200)');
    await chercher(el, 'Perpignan');
    expect(texte($(el, '.message'))).to.equal(
      'Nous ne trouvons pas « Perpignan » dans la liste des lieux. Essayez une commune voisine ou un code postal.',
    );
    await expect(el).to.be.accessible();
  });

  it('« Me localiser » sorts the places around the position the browser gives; a refusal gets a plain answer', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun"></carte-mediation>`);
    await pret(el);
    const localiser = $$<HTMLButtonElement>(el, 'form button').find((b) => texte(b) === 'Me localiser')!;
    await executeServerCommand('geolocaliser', { latitude: 50.6950, longitude: 3.1750 });
    localiser.click();
    await waitUntil(() => texte($(el, '.message')) === 'Lieux autour de votre position', 'pas de position', { timeout: 5000 });
    expect(nomsListe(el)[0]).to.equal('France Services Roubaix');
    expect(texte($$(el, '.lieu .adresse strong')[0])).to.equal('à 100 m');
    await executeServerCommand('geolocaliser', null);
    localiser.click();
    await waitUntil(() => texte($(el, '.message')).includes('pas été partagée'), 'pas de refus', { timeout: 5000 });
    expect(texte($(el, '.message'))).to.equal('Votre position n’a pas été partagée. Tapez plutôt votre commune ou votre code postal.');
  });

  it('opens a place’s sheet from the list: contact, hours, access, and back to the same place in the list', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun" .maintenant=${SAMEDI}></carte-mediation>`);
    await pret(el);
    const evenement = oneEvent(el, 'carte-lieu-selectionne');
    await ouvrirFiche(el, 'Point numérique CAF de Tourcoing');
    const { detail } = await evenement;
    expect(detail.lieu.id).to.equal('c-caf');
    expect(detail.depuis).to.equal('liste');
    const fiche = $(el, '.fiche')!;
    expect(racine(el).activeElement).to.equal($(el, '#fiche-titre'));
    const t = texte(fiche);
    expect(t).to.include('Caisse d’allocations familiales');
    expect(t).to.include('12 rue de Lille');
    expect(t).to.include('59200 Tourcoing');
    expect(t).to.include('Fermé · ouvre lundi à 8 h 30');
    expect(t).to.include('lundi 8 h 30 – 12 h, 13 h 30 – 16 h 30');
    expect(t).to.include('samedi (aujourd’hui) Fermé');
    expect(t).to.include('Aide pour les démarches en ligne (CAF, impôts, santé…)');
    expect(t).to.include('Venir sur place');
    expect(t).to.include('Prix : Gratuit');
    expect(t).to.include('Tout public');
    expect(t).to.include('Point numérique CAF');
    expect(t).to.include('Informations mises à jour le 1 octobre 2026.');
    const liens = [...fiche.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(liens).to.include('tel:+33320000001');
    expect(liens).to.include('mailto:accueil@caf.exemple.fr');
    expect(liens).to.include('https://rdv.exemple.fr/caf');
    expect(liens).to.include('https://acceslibre.beta.gouv.fr/app/59-tourcoing/a/caf/');
    expect(liens.some((h) => h?.startsWith('https://www.openstreetmap.org/directions?route=%3B50.72390%2C3.16120'))).to.equal(true);
    const signaler = $$<HTMLAnchorElement>(el, '.actions-fiche a').find((a) => texte(a) === 'Signaler une erreur')!;
    expect(signaler.href).to.match(/^mailto:signalement@exemple\.fr\?subject=Erreur%20sur%20la%20fiche%20%3A%20Point%20num%C3%A9rique/);
    const sms = $$<HTMLAnchorElement>(el, '.actions-fiche a').find((a) => texte(a) === 'Envoyer par SMS')!;
    const corps = decodeURIComponent(sms.href.split('body=')[1]!);
    expect(corps).to.include('Point numérique CAF de Tourcoing\n12 rue de Lille\n59200 Tourcoing\nTél. 03 20 00 00 01\nlundi : 8 h 30');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.retour')!.click();
    await el.updateComplete;
    expect(racine(el).activeElement?.textContent).to.equal('Point numérique CAF de Tourcoing');
  });

  it('opens the sheet when a point of the map is activated, and highlights it there', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun" .maintenant=${SAMEDI}></carte-mediation>`);
    await pret(el);
    const carte = await carteDe(el);
    const map = carte.instance as MapLibre;
    // Zoom in far enough for the Lille place to stand alone.
    carte.centrer(3.07, 50.619, 16);
    await carte.attendreRepos();
    const bouton = [...map.getContainer().querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      (b.getAttribute('aria-label') ?? '').includes('EPN Lille Moulins'),
    );
    expect(bouton, 'bouton du point sur la carte').to.exist;
    const evenement = oneEvent(el, 'carte-lieu-selectionne');
    bouton!.click();
    const { detail } = await evenement;
    expect(detail.depuis).to.equal('carte');
    await el.updateComplete;
    expect(texte($(el, '#fiche-titre'))).to.equal('EPN Lille Moulins');
    await carte.attendreRepos();
    expect(map.queryRenderedFeatures({ layers: ['lieu-selectionne'] }).map((f) => f.properties!.id)).to.include('c-lille');
  });

  it('shows hours it cannot read as written, marked « Horaires à vérifier »', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun" .maintenant=${SAMEDI}></carte-mediation>`);
    await pret(el);
    const asso = $$(el, '.lieu').find((li) => texte(li).includes('Association Relais Numérique'))!;
    expect(texte(asso)).to.include('Horaires à vérifier');
    await ouvrirFiche(el, 'Association Relais Numérique');
    expect(texte($(el, '.fiche'))).to.include('Horaires à vérifier. le lundi matin seulement Téléphonez avant de venir.');
  });

  it('renders hostile data as text: no markup, no script, no javascript: link', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun"></carte-mediation>`);
    await pret(el);
    await ouvrirFiche(el, '<img src=x onerror="window.__pirate=1">Espace <b>test</b>');
    expect(racine(el).querySelector('img, script, b')).to.equal(null);
    expect(texte($(el, '.fiche'))).to.include('1 rue <script>window.__pirate=2</script>');
    const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.every((h) => /^(https?:|tel:|mailto:|sms:)/.test(h))).to.equal(true);
    expect((window as unknown as { __pirate?: number }).__pirate).to.equal(undefined);
  });

  it('prints the list on paper: no map, no buttons, large text, phones, hours and a QR code back', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun" .maintenant=${SAMEDI}></carte-mediation>`);
    await pret(el);
    await chercher(el, '59200');
    await waitUntil(() => $(el, '.impression svg.qr'), 'pas de code QR', { timeout: 5000 });
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '.ecran')!).display).to.equal('none');
    const papier = $(el, '.impression')!;
    expect(getComputedStyle(papier).display).to.equal('block');
    expect(parseFloat(getComputedStyle(papier).fontSize)).to.be.at.least(18);
    expect(papier.querySelector('button, canvas')).to.equal(null);
    const t = texte(papier);
    expect(t).to.include('Lieux où trouver de l’aide avec le numérique');
    expect(t).to.include('Vos choix : Tourcoing (59200)');
    expect(t).to.include('03 20 00 00 01');
    expect(t).to.include('lundi : 8 h 30 – 12 h, 13 h 30 – 16 h 30');
    expect(t).to.include('Retrouvez ces informations en ligne : ' + location.href.split('?')[0]);
    const qr = papier.querySelector('svg.qr')!;
    expect(qr.getBoundingClientRect().width).to.be.greaterThan(90);
    expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(500);
  });

  it('prints one place when its sheet is open', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun" .maintenant=${SAMEDI}></carte-mediation>`);
    await pret(el);
    await ouvrirFiche(el, 'France Services Roubaix');
    await emulateMedia({ media: 'print' });
    const t = texte($(el, '.impression'));
    expect(t).to.include('Un lieu où trouver de l’aide avec le numérique');
    expect(t).to.include('France Services Roubaix');
    expect(t).to.include('2 place de la Liberté');
    expect(t).to.include('03 20 00 00 03');
    expect(t).not.to.include('Point numérique CAF de Tourcoing');
  });

  it('can be used with the keyboard only: search a commune, filter, open a place, come back', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun" .maintenant=${SAMEDI}></carte-mediation>`);
    await pret(el);
    $(el, '#pres')!.focus();
    await sendKeys({ type: 'Roubaix' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(texte($(el, '.message'))).to.equal('Lieux autour de : Roubaix (59100)');
    // Tab to « Filtrer » and open the panel.
    for (let i = 0; i < 8 && racine(el).activeElement?.id !== 'bouton-filtres'; i++) await sendKeys({ press: 'Tab' });
    expect(racine(el).activeElement?.id).to.equal('bouton-filtres');
    await sendKeys({ press: 'Enter' });
    await panneauOuvert(el);
    // Past the chip of the place searched, « Tout effacer », and the first need.
    for (let i = 0; i < 6 && racine(el).activeElement?.id !== 'f-besoin-demarche'; i++) await sendKeys({ press: 'Tab' });
    expect(racine(el).activeElement?.id).to.equal('f-besoin-demarche');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(nomsListe(el)).to.deep.equal(['France Services Roubaix', 'Point numérique CAF de Tourcoing']);
    // Tab on to the first place of the list and open it.
    for (let i = 0; i < 60 && !racine(el).activeElement?.hasAttribute('data-lieu'); i++) await sendKeys({ press: 'Tab' });
    expect(texte(racine(el).activeElement)).to.equal('France Services Roubaix');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(racine(el).activeElement?.id).to.equal('fiche-titre');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(texte(racine(el).activeElement)).to.equal('France Services Roubaix');
  });

  it('traps no focus: Tab goes through the search, the list, the map and its points, and out of the element', async () => {
    const div = await fixture<HTMLElement>(html`<div>
      <button id="avant">avant</button>
      <carte-mediation src=${SRC} fond="aucun"></carte-mediation>
      <button id="apres">après</button>
    </div>`);
    const el = div.querySelector('carte-mediation')!;
    await pret(el);
    await carteDe(el);
    div.querySelector<HTMLButtonElement>('#avant')!.focus();
    const vus = new Set<string>();
    for (let i = 0; i < 120 && document.activeElement?.id !== 'apres'; i++) {
      await sendKeys({ press: 'Tab' });
      const a = racine(el).activeElement as HTMLElement | null;
      if (a) vus.add(a.getAttribute('aria-label') ?? a.id ?? a.textContent ?? '');
    }
    expect(document.activeElement?.id).to.equal('apres');
    expect([...vus]).to.include('pres');
    expect([...vus]).to.include('bouton-filtres');
    expect([...vus].some((v) => v.startsWith('Voir la fiche : '))).to.equal(true);
    expect([...vus]).to.include('Zoom avant');
  });

  it('at 320 px: list or map with a switch, nothing wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun"></carte-mediation>`);
      await pret(el);
      await waitUntil(() => $(el, '.bascule'), 'pas de bascule Liste / Carte');
      expect($(el, '.carte')!.hidden).to.equal(true);
      expect(el.scrollWidth).to.be.at.most(320);
      for (const n of $$(el, '.racine *')) {
        const r = n.getBoundingClientRect();
        if (r.width) expect(r.right, `${n.className} dépasse`).to.be.at.most(321);
      }
      await expect(el).to.be.accessible();
      const [liste, carte] = $$<HTMLButtonElement>(el, '.bascule button');
      expect(liste!.getAttribute('aria-pressed')).to.equal('true');
      carte!.click();
      await el.updateComplete;
      expect($(el, '.panneau')).to.equal(null);
      const c = await carteDe(el);
      expect(totalDessine(c)).to.equal(9);
    } finally {
      await setViewport({ width: 1100, height: 800 });
    }
  });

  it('keeps the points on a plain background when the tile style cannot be loaded, and says so', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="/test-absent/style.json"></carte-mediation>`);
    await pret(el);
    const carte = await carteDe(el);
    await waitUntil(() => texte($(el, '.carte')).includes('Le fond de carte n’a pas pu être chargé'), 'pas d’avis', { timeout: 8000 });
    await carte.attendreRepos();
    expect(totalDessine(carte)).to.equal(9);
  });

  it('says when the directory cannot be loaded, and « Réessayer » loads it', async () => {
    const el = await fixture<CarteMediation>(html`<carte-mediation src="/test-instable/carte-${Date.now()}/carte/lieux.json" fond="aucun"></carte-mediation>`);
    await waitUntil(() => $(el, '[role="alert"]'), 'pas d’erreur', { timeout: 5000 });
    expect(texte($(el, '[role="alert"]'))).to.include('La liste des lieux n’a pas pu être chargée');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[role="alert"] button')!.click();
    await pret(el);
    expect(compte(el)).to.include('10 lieux');
  });

  it('shows only the integrator’s territory, and a need chosen in advance that the person can remove', async () => {
    const el = await fixture<CarteMediation>(
      html`<carte-mediation src=${SRC} fond="aucun" territoire="59599, 59100" besoin="demarche"></carte-mediation>`,
    );
    await pret(el);
    expect(nomsListe(el)).to.deep.equal(['France Services Roubaix', 'Point numérique CAF de Tourcoing']);
    $$(el, '.puce').find((b) => b.getAttribute('aria-label') === 'Retirer le filtre : Faire une démarche en ligne')!.click();
    await el.updateComplete;
    // Tourcoing by its INSEE code (the place without one is left out), Roubaix by its postal code.
    expect(nomsListe(el)).to.deep.equal([
      'Centre social Belencontre',
      'France Services Roubaix',
      'Médiathèque André Malraux',
      'Point numérique CAF de Tourcoing',
    ]);
    // The page sets another need (a diagnosis, the desk page): it replaces the one it set, it is not added to it.
    const puces = () => $$(el, '.puce:not(.effacer)').map((b) => b.getAttribute('aria-label'));
    el.besoin = 'materiel';
    await el.updateComplete;
    expect(puces()).to.deep.equal(['Retirer le filtre : Accéder à un ordinateur ou à internet']);
    el.besoin = 'demarche';
    await el.updateComplete;
    expect(puces()).to.deep.equal(['Retirer le filtre : Faire une démarche en ligne']);
  });

  it('keeps its choices in the page address when asked, and reads them back', async () => {
    const avant = location.href;
    try {
      history.replaceState(null, '', '?page=1&besoin=demarche&lieu=c-fs&service=inconnu');
      const el = await fixture<CarteMediation>(html`<carte-mediation src=${SRC} fond="aucun" synchro-url></carte-mediation>`);
      await pret(el);
      await waitUntil(() => $(el, '#fiche-titre'));
      expect(texte($(el, '#fiche-titre'))).to.equal('France Services Roubaix');
      $<HTMLButtonElement>(el, '.retour')!.click();
      await el.updateComplete;
      expect(compte(el)).to.include('3 lieux');
      await cocher(el, /^Gratuit/);
      const params = new URLSearchParams(location.search);
      expect(params.get('page')).to.equal('1');
      expect(params.getAll('besoin')).to.deep.equal(['demarche']);
      expect(params.getAll('frais')).to.deep.equal(['Gratuit']);
      expect(params.has('lieu')).to.equal(false);
      expect(params.has('service')).to.equal(false);
    } finally {
      history.replaceState(null, '', avant);
    }
  });

  it('shares the same directory with other elements through <annuaire-inclusion>', async () => {
    const div = await fixture<HTMLElement>(html`<annuaire-inclusion src=${SRC}><carte-mediation fond="aucun"></carte-mediation></annuaire-inclusion>`);
    const el = div.querySelector('carte-mediation')!;
    await pret(el);
    expect(compte(el)).to.include('10 lieux');
  });
});
