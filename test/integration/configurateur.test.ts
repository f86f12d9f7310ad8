/**
 * The configurator page (demo/configurateur.html) in a real Chromium, as an integrator uses it: choose an element,
 * a need, a colour, an option; copy the code; paste it into an EMPTY page of a site (served for real by the test
 * server, test/serveur/page-collee.mjs) and see the configured element there, from the built files (dist/).
 * Also: colour contrast warnings, the copy button and its fallback, the quiet announcement, axe, 320 px.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

interface Page {
  cadre: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
}

const texte = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const attendre = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cadres: HTMLIFrameElement[] = [];

/** A same-origin frame, fixed at the top left of the test page: what is inside is really on screen. */
async function ouvrir(url: string, largeur = 1280, hauteur = 900, allow?: string): Promise<Page> {
  const cadre = document.createElement('iframe');
  cadre.style.cssText = `position:fixed;top:0;left:0;width:${largeur}px;height:${hauteur}px;border:0;background:#fff`;
  if (allow) cadre.allow = allow;
  const charge = new Promise((r) => cadre.addEventListener('load', r, { once: true }));
  cadre.src = url;
  document.body.append(cadre);
  cadres.push(cadre);
  await charge;
  return { cadre, doc: cadre.contentDocument!, win: cadre.contentWindow as Window & typeof globalThis };
}

async function configurateur(largeur = 1280, hauteur = 900, allow?: string): Promise<Page> {
  const p = await ouvrir('/demo/configurateur.html', largeur, hauteur, allow);
  await waitUntil(() => code(p).includes('<script type="module"'), 'le code à copier ne s’affiche pas', { timeout: 20000 });
  return p;
}

const $ = <T extends Element = HTMLElement>(p: Page, sel: string): T => {
  const el = p.doc.querySelector<T>(sel);
  if (!el) throw new Error(`absent de la page : ${sel}`);
  return el;
};
const code = (p: Page) => p.doc.querySelector('#code')?.textContent ?? '';

/** A click, as a person choosing a radio button or ticking a box. */
function cliquer(p: Page, sel: string): void {
  $<HTMLElement>(p, sel).click();
}

/** What typing into a field does: a new value and an « input » event, then « change » when leaving it. */
function saisir(p: Page, sel: string, valeur: string): void {
  const champ = $<HTMLInputElement | HTMLSelectElement>(p, sel);
  champ.focus();
  champ.value = valeur;
  champ.dispatchEvent(new Event('input', { bubbles: true }));
  champ.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The colour picker: the browser gives the chosen colour as `#rrggbb` with « input » events. */
function choisirCouleur(p: Page, propriete: string, valeur: string): void {
  saisir(p, `input[type="color"][data-couleur="${propriete}"]`, valeur);
}

/** `#b60000` → `rgb(182, 0, 0)`, as getComputedStyle gives it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/**
 * Where the built kit is served: the configurator's default (dist/autonome/, the self-contained files) when it is
 * there, else dist/ (same elements, shared chunks). Another build may be rewriting dist/ meanwhile: wait for it.
 */
async function adresseDuKit(...tags: string[]): Promise<string> {
  const fin = Date.now() + 120000;
  while (Date.now() < fin) {
    for (const dossier of ['/dist/autonome/', '/dist/']) {
      const presents = await Promise.all(tags.map((t) => fetch(`${dossier}${t}.js`, { method: 'HEAD', cache: 'no-store' }).then((r) => r.ok)));
      if (presents.every(Boolean)) return `${location.origin}${dossier}`;
    }
    await attendre(2000);
  }
  throw new Error('dist/ introuvable : lancez « node scripts/build.mjs »');
}

/** Uses the built kit: the default address when it is served, else dist/ (typed in the field, as an integrator would). */
async function servirLeKit(p: Page, ...tags: string[]): Promise<void> {
  const champ = $<HTMLInputElement>(p, '#base');
  expect(champ.value, 'adresse par défaut').to.equal(`${location.origin}/dist/autonome/`);
  const adresse = await adresseDuKit(...tags);
  if (adresse !== champ.value) saisir(p, '#base', adresse);
}

let compteur = 0;
/** « Paste the code into an empty page »: the test server serves it as a page of its own, then it is opened. */
async function coller(extrait: string, largeur = 1280, hauteur = 900): Promise<Page> {
  const cle = `page-${Date.now()}-${compteur++}`;
  const r = await fetch(`/test-page-collee/${cle}`, { method: 'POST', body: extrait });
  expect(r.status, 'la page collée est enregistrée').to.equal(204);
  return ouvrir(`/test-page-collee/${cle}.html`, largeur, hauteur);
}

async function defini(p: Page, tag: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  await waitUntil(() => p.win.customElements.get(tag), `<${tag}> n’est pas défini dans la page collée`, { timeout: 20000 });
  const el = p.doc.querySelector(tag) as (HTMLElement & { updateComplete: Promise<boolean> }) | null;
  if (!el) throw new Error(`<${tag}> absent de la page collée`);
  await el.updateComplete;
  return el;
}

/** Runs axe (the real axe-core, loaded into the frame) on the whole configurator page, preview included. */
async function axe(p: Page): Promise<string[]> {
  const w = p.win as unknown as { axe?: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
  if (!w.axe) {
    const s = p.doc.createElement('script');
    s.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    p.doc.head.append(s);
  }
  const r = await w.axe!.run(p.doc, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
  return r.violations.map((v) => `${v.id} : ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ; ')}`);
}

describe('Page de configuration (demo/configurateur.html)', () => {
  afterEach(() => {
    for (const c of cadres.splice(0)) c.remove();
  });

  it('la carte, sans fond (aucune requête), sur une commune et un besoin, avec une couleur : le code collé dans une page vide la montre ainsi', async function () {
    this.timeout(120000);
    const p = await configurateur();
    cliquer(p, '#element-carte');
    // The commune is found in the directory (the sample, read by the page): its INSEE code goes in `territoire`.
    saisir(p, '#territoire', 'Roubaix');
    cliquer(p, '#besoin-demarche');
    const fondAucun = $<HTMLInputElement>(p, '#carte-fond-aucun');
    expect(texte(p.doc.querySelector(`label[for="${fondAucun.id}"]`))).to.match(/^aucun \(aucune requête\)/);
    expect(texte(fondAucun.closest('fieldset')!.querySelector('legend'))).to.equal('Fond de carte');
    cliquer(p, '#carte-fond-aucun');
    choisirCouleur(p, 'action', '#b60000');
    await servirLeKit(p, 'carte-mediation');
    await waitUntil(() => code(p).includes('territoire="59512"'), `Roubaix n’est pas traduit en code : ${code(p)}`, { timeout: 10000 });
    expect(texte($(p, '#territoire-etat'))).to.equal('Roubaix : code 59512.');

    const extrait = code(p);
    const base = $<HTMLInputElement>(p, '#base').value;
    expect(extrait.split('\n')[0]).to.equal(`<script type="module" src="${base}carte-mediation.js"></script>`);
    expect(extrait).to.include(`src="${location.origin}/data/tourcoing.json"`);
    expect(extrait).to.include('besoin="demarche"');
    expect(extrait).to.include('fond="aucun"');
    expect(extrait).to.match(/<style>\s*carte-mediation \{\s*--kit-couleur-action: #b60000;\s*\}\s*<\/style>/);

    // The live preview is the real element, with the same settings.
    await waitUntil(() => p.doc.querySelector('#apercu carte-mediation[territoire="59512"]'), 'l’aperçu ne suit pas les réglages', { timeout: 5000 });
    expect(p.doc.querySelector('#apercu carte-mediation')!.getAttribute('fond')).to.equal('aucun');

    const collee = await coller(extrait);
    const carte = await defini(collee, 'carte-mediation');
    const ombre = carte.shadowRoot!;
    await waitUntil(() => ombre.querySelector('#liste-titre'), 'la liste des lieux ne s’affiche pas dans la page collée', { timeout: 20000 });
    expect(texte(ombre.querySelector('[role="heading"][aria-level="2"]'))).to.equal('Trouver de l’aide près de chez vous');
    // The need is chosen in advance: a chip the person can remove.
    expect([...ombre.querySelectorAll('.puces .puce')].map(texte)).to.include('Faire une démarche en ligne ✕');
    // The territory: only Roubaix's places.
    const adresses = [...ombre.querySelectorAll('.lieux .adresse')].map(texte);
    expect(adresses.length).to.be.at.least(1);
    for (const a of adresses) expect(a).to.include('59100 Roubaix');
    // The colour: the « Chercher » button is the chosen red.
    expect(getComputedStyle(ombre.querySelector('.recherche .bouton-principal')!).backgroundColor).to.equal(rgb('#b60000'));
    // No background map: once the map is drawn, the page has asked nothing from any other site.
    await waitUntil(() => (carte as unknown as { etatCarte: string }).etatCarte === 'prete', 'la carte ne se dessine pas', { timeout: 30000 });
    await attendre(500);
    const ailleurs = collee.win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => !n.startsWith(location.origin));
    expect(ailleurs).to.deep.equal([]);
  });

  it('le bandeau, pour la CPAM, avec un besoin, un lien à guillemets et une couleur : le code collé le montre tel quel', async function () {
    this.timeout(90000);
    const p = await configurateur();
    // The banner is the element chosen on arrival.
    expect($<HTMLInputElement>(p, '#element-bandeau').checked).to.equal(true);
    saisir(p, '#bandeau-organisme', 'cpam');
    cliquer(p, '#besoin-materiel');
    // A value with quotes and an ampersand: it must stay one attribute, exactly as typed.
    saisir(p, '#bandeau-href', '/aide.html?source=ameli&campagne="hiver"');
    choisirCouleur(p, 'action', '#6a1b9a');
    await servirLeKit(p, 'bandeau-aide-demarche');
    const extrait = code(p);
    expect(extrait).to.include('href="/aide.html?source=ameli&amp;campagne=&quot;hiver&quot;"');
    expect(extrait).to.include('organisme="cpam"');
    expect(extrait).to.include('besoin="materiel"');
    // Its space is reserved before the script arrives, with the measured heights of reserve.css (the rules that
    // test/integration/bandeau-page.test.ts proves), in the same <style> as the colour.
    expect(extrait).to.include('bandeau-aide-demarche:not(:defined)');
    expect(extrait).to.include('bandeau-aide-demarche:not([hidden]) { min-height: var(--kit-bandeau-hauteur, 19rem); }');

    const collee = await coller(extrait);
    const bandeau = await defini(collee, 'bandeau-aide-demarche');
    const ombre = bandeau.shadowRoot!;
    expect(texte(ombre.querySelector('.titre'))).to.equal('Vous n’arrivez pas à faire une démarche en ligne ?');
    expect(texte(ombre.querySelector('.texte'))).to.include('Pour votre démarche sur ameli.fr');
    const lien = ombre.querySelector<HTMLAnchorElement>('a.action')!;
    const u = new URL(lien.href);
    expect(u.origin + u.pathname).to.equal(`${location.origin}/aide.html`);
    expect(u.searchParams.get('source')).to.equal('ameli');
    expect(u.searchParams.get('campagne')).to.equal('"hiver"');
    expect(u.searchParams.get('besoin')).to.equal('materiel');
    expect(getComputedStyle(lien).color).to.equal(rgb('#6a1b9a'));
  });

  it('le petit test, pour une personne accompagnée, avec le lien vers la carte et une couleur : le code collé le montre ainsi', async function () {
    this.timeout(90000);
    const p = await configurateur();
    cliquer(p, '#element-diag');
    saisir(p, '#diag-voix', 'aidant');
    saisir(p, '#diag-lien-carte', '/carte.html');
    choisirCouleur(p, 'action', '#1b5e20');
    await servirLeKit(p, 'diag-autonomie');
    const extrait = code(p);
    expect(extrait).to.include('<diag-autonomie voix="aidant" lien-carte="/carte.html"></diag-autonomie>');
    // Without « ateliers », the test needs no directory: no src (the exact tag above).
    expect(extrait).to.include('--kit-couleur-action: #1b5e20;');

    const collee = await coller(extrait);
    const diag = await defini(collee, 'diag-autonomie');
    const ombre = diag.shadowRoot!;
    expect(texte(ombre.querySelector('[role="heading"]'))).to.equal('Où en est la personne avec le numérique ?');
    // voix="aidant": no « pour qui ? » choice, straight to « Commencer », in the chosen colour.
    expect(ombre.querySelector('.choix-voix')).to.equal(null);
    const commencer = ombre.querySelector<HTMLButtonElement>('.bouton-principal')!;
    expect(texte(commencer)).to.equal('Commencer');
    expect(getComputedStyle(commencer).backgroundColor).to.equal(rgb('#1b5e20'));
    commencer.click();
    await diag.updateComplete;
    await waitUntil(() => ombre.querySelector('.etape'), 'la première question ne s’affiche pas');
    expect(texte(ombre.querySelector('.etape p'))).to.match(/^Étape 1 sur \d+$/);
  });

  it('l’agenda dans <annuaire-inclusion> : deux scripts, l’annuaire sur l’enveloppe, et le code collé affiche les ateliers', async function () {
    this.timeout(90000);
    const p = await configurateur();
    cliquer(p, '#element-agenda');
    cliquer(p, '#enveloppe');
    saisir(p, '#agenda-semaines', '2');
    saisir(p, '#agenda-vue', 'semaine');
    await servirLeKit(p, 'agenda-ateliers', 'annuaire-inclusion');
    const extrait = code(p);
    const base = $<HTMLInputElement>(p, '#base').value;
    expect(extrait).to.include(`<script type="module" src="${base}annuaire-inclusion.js"></script>\n<script type="module" src="${base}agenda-ateliers.js"></script>`);
    expect(extrait).to.include(`<annuaire-inclusion src="${location.origin}/data/tourcoing.json">\n  <agenda-ateliers semaines="2" vue="semaine"></agenda-ateliers>\n</annuaire-inclusion>`);

    const collee = await coller(extrait);
    await defini(collee, 'annuaire-inclusion');
    const agenda = await defini(collee, 'agenda-ateliers');
    const ombre = agenda.shadowRoot!;
    await waitUntil(() => /Agenda des ateliers numériques/.test(texte(ombre)), 'l’agenda ne s’affiche pas', { timeout: 20000 });
    // The week view was asked for first.
    await waitUntil(() => ombre.querySelector('[part~="semaine"]'), 'la vue « semaine » n’est pas celle du départ', { timeout: 20000 });
  });

  it('avertit quand la couleur des boutons se lit mal sur du blanc (contraste WCAG sous 4,5:1), et seulement alors', async function () {
    this.timeout(60000);
    const p = await configurateur();
    cliquer(p, '#element-carte');
    const alerte = () => $(p, '#couleur-action-alerte');
    expect(alerte().hidden).to.equal(true);
    choisirCouleur(p, 'action', '#ffcc00');
    expect(alerte().hidden).to.equal(false);
    expect(texte(alerte())).to.match(/^Contraste trop faible avec le blanc : 1,5:1 \(il faut au moins 4,5:1\)/);
    // The input names its warning: a screen reader says it on the field.
    expect($(p, '#couleur-action').getAttribute('aria-describedby')).to.include('couleur-action-alerte');
    // Just under the threshold (#777777: 4,48:1) warns; just above (#767676: 4,54:1) does not.
    choisirCouleur(p, 'action', '#777777');
    expect(texte(alerte())).to.include('4,4:1');
    choisirCouleur(p, 'action', '#767676');
    expect(alerte().hidden).to.equal(true);
    // The colour code can be typed too (a charter's colour): both fields agree.
    saisir(p, '#couleur-action-code', '#E1000F');
    expect($<HTMLInputElement>(p, '#couleur-action').value).to.equal('#e1000f');
    expect(code(p)).to.include('--kit-couleur-action: #e1000f;');
    expect(alerte().hidden).to.equal(true);
    // Back to the kit's colours: nothing about colours in the code.
    cliquer(p, '#couleurs-origine');
    expect(code(p)).not.to.include('<style>');
  });

  it('site à CSP stricte : pas de <style> dans le code, les couleurs sont données à part pour la feuille de styles', async function () {
    this.timeout(60000);
    const p = await configurateur();
    cliquer(p, '#element-carte');
    choisirCouleur(p, 'action', '#b60000');
    expect(code(p)).to.include('<style>');
    expect($(p, '#bloc-css').hidden).to.equal(true);
    cliquer(p, '#csp');
    expect(code(p)).not.to.include('<style');
    expect($(p, '#bloc-css').hidden).to.equal(false);
    expect(texte($(p, '#css-titre'))).to.equal('À mettre dans votre feuille de styles');
    expect($(p, '#css').textContent).to.equal('carte-mediation {\n  --kit-couleur-action: #b60000;\n}');
  });

  it('« Copier le code » met le code dans le presse-papiers et le dit', async function () {
    this.timeout(60000);
    const p = await configurateur();
    cliquer(p, '#element-carte');
    const attendu = code(p);
    // A real key press on the button (the page has the focus, as when a person uses it).
    await executeServerCommand('premier-plan');
    p.win.focus();
    $(p, '#copier').focus();
    await waitUntil(() => p.doc.hasFocus(), 'la page n’a pas le focus', { timeout: 5000 });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => texte($(p, '#copie-etat')), 'rien n’est dit après la copie', { timeout: 5000 });
    expect(texte($(p, '#copie-etat'))).to.equal('Le code est copié. Collez-le dans votre page.');
    expect($(p, '#copie-etat').getAttribute('role')).to.equal('status');
    // Pasted elsewhere (Ctrl+V in a text field), it is the code shown.
    const zone = document.createElement('textarea');
    document.body.append(zone);
    try {
      zone.focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'v' });
      await sendKeys({ up: 'Control' });
      await waitUntil(() => zone.value, 'le presse-papiers est vide', { timeout: 5000 });
      expect(zone.value).to.equal(attendu);
    } finally {
      zone.remove();
    }
  });

  it('si le navigateur refuse la copie, le dit simplement et sélectionne le code pour le copier à la main', async function () {
    this.timeout(60000);
    // A frame whose permissions forbid writing to the clipboard: the browser really refuses.
    const p = await configurateur(1280, 900, "clipboard-write 'none'");
    $(p, '#copier').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => texte($(p, '#copie-etat')), 'rien n’est dit après le refus', { timeout: 5000 });
    expect(texte($(p, '#copie-etat'))).to.match(/^Le navigateur n’a pas permis la copie automatique\. Le code est sélectionné : copiez-le avec Ctrl\+C/);
    expect(p.win.getSelection()!.toString()).to.equal(code(p));
  });

  it('annonce « Code mis à jour » une fois la saisie finie, pas à chaque touche', async function () {
    this.timeout(60000);
    const p = await configurateur();
    cliquer(p, '#element-carte');
    const annonce = $(p, '#annonce');
    expect(annonce.getAttribute('role')).to.equal('status');
    await waitUntil(() => texte(annonce) === 'Code mis à jour', 'pas d’annonce', { timeout: 5000 });
    const entendu: string[] = [];
    const obs = new p.win.MutationObserver(() => texte(annonce) && entendu.push(texte(annonce)));
    obs.observe(annonce, { childList: true, characterData: true, subtree: true });
    for (const t of ['5', '59', '591', '5910', '59100']) {
      saisir(p, '#territoire', t);
      await attendre(150);
    }
    // While typing, the code follows at once, but nothing is said.
    expect(code(p)).to.include('territoire="59100"');
    expect(entendu).to.deep.equal([]);
    await waitUntil(() => entendu.length > 0, 'pas d’annonce après la saisie', { timeout: 5000 });
    await attendre(1500);
    obs.disconnect();
    expect(entendu).to.deep.equal(['Code mis à jour']);
  });

  it('passe axe (WCAG 2.1 AA et bonnes pratiques), aperçu compris, pour le bandeau et pour la carte', async function () {
    this.timeout(90000);
    const p = await configurateur();
    await waitUntil(() => p.doc.querySelector('#apercu bandeau-aide-demarche')?.shadowRoot?.querySelector('.titre'), 'aperçu du bandeau absent', { timeout: 10000 });
    expect(await axe(p)).to.deep.equal([]);
    cliquer(p, '#element-carte');
    await waitUntil(() => p.doc.querySelector('#apercu carte-mediation')?.shadowRoot?.querySelector('#liste-titre'), 'aperçu de la carte absent', { timeout: 20000 });
    expect(await axe(p)).to.deep.equal([]);
  });

  it('tient en une colonne à 320 px sans défilement horizontal, quel que soit l’élément choisi', async function () {
    this.timeout(120000);
    const p = await configurateur(320, 640);
    const racine = p.doc.documentElement;
    for (const id of ['element-bandeau', 'element-carte', 'element-diag', 'element-orientation', 'element-agenda', 'element-resume']) {
      cliquer(p, `#${id}`);
      const tag = $<HTMLInputElement>(p, `#${id}`).value;
      await waitUntil(() => p.doc.querySelector(`#apercu ${tag}`)?.shadowRoot?.childElementCount, `aperçu de <${tag}> absent`, { timeout: 20000 });
      await attendre(600);
      expect(racine.scrollWidth, `${tag} : largeur de la page`).to.be.at.most(320);
    }
    // One column: the preview comes under the settings, and they are as wide as each other.
    const reglages = $(p, '#reglages').getBoundingClientRect();
    const resultat = $(p, '.resultat').getBoundingClientRect();
    expect(resultat.top).to.be.at.least(reglages.bottom);
    expect(Math.round(resultat.width)).to.equal(Math.round(reglages.width));
    // Targets of at least 44 px: the copy button and each choice of element.
    expect($(p, '#copier').getBoundingClientRect().height).to.be.at.least(44);
    for (const c of p.doc.querySelectorAll('.choix-elements .choix')) expect(c.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('dit quand le fichier du kit n’est pas à l’adresse indiquée (le code collé ne chargerait rien)', async function () {
    this.timeout(60000);
    const p = await configurateur();
    cliquer(p, '#element-carte');
    saisir(p, '#base', `${location.origin}/nulle-part`);
    // The address gets its final slash in the code.
    expect(code(p).split('\n')[0]).to.equal(`<script type="module" src="${location.origin}/nulle-part/carte-mediation.js"></script>`);
    await waitUntil(() => texte($(p, '#code-alerte')), 'aucune alerte pour un fichier absent', { timeout: 5000 });
    expect(texte($(p, '#code-alerte'))).to.match(/^Fichier introuvable à cette adresse : carte-mediation\.js\./);
    expect($(p, '#base').getAttribute('aria-describedby')).to.include('base-etat');
    expect(texte($(p, '#base-etat'))).to.equal(texte($(p, '#code-alerte')));
    // Back to where the kit is: the warning goes.
    saisir(p, '#base', await adresseDuKit('carte-mediation'));
    await waitUntil(() => !texte($(p, '#code-alerte')), 'l’alerte reste alors que le fichier est là', { timeout: 5000 });
  });

  it('dans l’aperçu, le lien du bandeau ne quitte pas la page : il dit où il mène', async function () {
    this.timeout(60000);
    const p = await configurateur();
    await waitUntil(() => p.doc.querySelector('#apercu bandeau-aide-demarche')?.shadowRoot?.querySelector('a.action'), 'aperçu du bandeau absent', { timeout: 10000 });
    let quittee = false;
    p.cadre.addEventListener('load', () => (quittee = true), { once: true });
    p.doc.querySelector('#apercu bandeau-aide-demarche')!.shadowRoot!.querySelector<HTMLAnchorElement>('a.action')!.click();
    await attendre(2000);
    expect(quittee, 'la page de configuration a été quittée').to.equal(false);
    expect(p.cadre.contentDocument).to.equal(p.doc);
    expect(texte($(p, '#apercu-message'))).to.equal(`Sur votre site, ce lien mène à : ${location.origin}/aide-pres-de-chez-vous.html?besoin=demarche`);
  });

  it('a un lien de retour vers la démonstration', async function () {
    this.timeout(30000);
    const p = await configurateur();
    const retour = [...p.doc.querySelectorAll<HTMLAnchorElement>('a')].find((a) => texte(a) === 'Retour à la démonstration');
    expect(retour?.href).to.equal(`${location.origin}/demo/index.html`);
  });
});
