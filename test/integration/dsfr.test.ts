/**
 * The kit on a DSFR page (demo/integration/dsfr.html, in a frame): with the DSFR's style sheet and script, every
 * element takes the DSFR's colours (its decision tokens), in the light theme and in the dark theme chosen with the
 * DSFR's own « Paramètres d’affichage », without reload; axe finds nothing in either theme.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { axeDansLaPage, ouvrir, texte, type Page } from './page-integration.js';



type Theme = 'light' | 'dark';
/** The DSFR 1.14 decision tokens the kit reads, as the browser computes them (`rgb(…)`), in each theme. */
const DSFR: Record<Theme, Record<'texte' | 'titre' | 'fond' | 'action' | 'actionTexte' | 'lien' | 'info', string>> = {
  light: {
    texte: 'rgb(58, 58, 58)', // --text-default-grey
    titre: 'rgb(22, 22, 22)', // --text-title-grey
    fond: 'rgb(255, 255, 255)', // --background-default-grey
    action: 'rgb(0, 0, 145)', // --background-action-high-blue-france
    actionTexte: 'rgb(245, 245, 254)', // --text-inverted-blue-france
    lien: 'rgb(0, 0, 145)', // --text-action-high-blue-france
    info: 'rgb(232, 237, 255)', // --background-contrast-info
  },
  dark: {
    texte: 'rgb(206, 206, 206)',
    titre: 'rgb(255, 255, 255)',
    fond: 'rgb(22, 22, 22)',
    action: 'rgb(133, 133, 246)',
    actionTexte: 'rgb(0, 0, 145)',
    lien: 'rgb(133, 133, 246)',
    info: 'rgb(29, 36, 55)',
  },
};
/** Every DSFR token a text or a background of the kit may take. */
const JETONS_TEXTE = [
  '--text-default-grey',
  '--text-title-grey',
  '--text-mention-grey',
  '--text-label-grey',
  '--text-action-high-blue-france',
  '--text-inverted-blue-france',
  '--text-default-info',
  '--text-default-success',
  '--text-default-warning',
  '--text-default-error',
];
const JETONS_FOND = [
  '--background-default-grey',
  '--background-alt-grey',
  '--background-contrast-grey',
  '--background-contrast-info',
  '--background-contrast-error',
  '--background-action-high-blue-france',
];

/** What the page's style sheet makes of a token, in the page's current theme. */
function jeton(doc: Document, nom: string, propriete: 'color' | 'backgroundColor' = 'color'): string {
  const sonde = doc.createElement('span');
  sonde.style[propriete] = `var(${nom})`;
  doc.body.append(sonde);
  const valeur = doc.defaultView!.getComputedStyle(sonde)[propriete];
  sonde.remove();
  return valeur;
}

const ELEMENTS = ['bandeau-aide-demarche', 'diag-autonomie', 'orientation-flow', 'carte-mediation', 'agenda-ateliers', 'annuaire-resume'];
const style = (e: Element) => e.ownerDocument.defaultView!.getComputedStyle(e);
const racine = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!;

/** The element's box the text is painted on: the nearest ancestor with a background (through slots and shadow roots). */
function fondSous(e: Element): string {
  for (let x: Element | null = e; x; x = x.assignedSlot ?? x.parentElement ?? ((x.getRootNode() as ShadowRoot).host || null)) {
    const b = style(x).backgroundColor;
    if (b !== 'rgba(0, 0, 0, 0)') return b;
  }
  return 'aucun';
}

/** Every visible text of an element (its shadow root, slotted fallbacks, nested shadow roots), with its colours. */
function textes(hote: Element): { ou: string; couleur: string; fond: string }[] {
  const doc = hote.ownerDocument;
  const trouves: { ou: string; couleur: string; fond: string }[] = [];
  const visiter = (r: ShadowRoot) => {
    const w = doc.createTreeWalker(r, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      if (n.nodeType === Node.ELEMENT_NODE) {
        const e = n as Element;
        if (e.shadowRoot) visiter(e.shadowRoot);
        continue;
      }
      const e = n.parentElement;
      if (!e || !n.textContent?.trim() || e.closest('[class*="maplibregl-"]')) continue; // MapLibre's own controls: not the kit's
      const etendue = doc.createRange();
      etendue.selectNodeContents(n);
      if (!etendue.getClientRects().length) continue;
      trouves.push({ ou: `${hote.localName} ${e.localName}.${e.className} « ${texte(e).slice(0, 40)} »`, couleur: style(e).color, fond: fondSous(e) });
    }
  };
  visiter(hote.shadowRoot!);
  return trouves;
}

/** All the elements have read the directory and shown their first screen. */
async function elementsPrets(doc: Document): Promise<void> {
  await waitUntil(() => /^\d+ lieux$/.test(texte(doc.querySelector('carte-mediation')?.shadowRoot?.querySelector('.compte strong'))), 'la carte n’a pas lu l’annuaire', { timeout: 15000 });
  await waitUntil(() => doc.querySelector('agenda-ateliers')?.shadowRoot?.querySelector('.seance'), 'l’agenda n’a pas montré de séance', { timeout: 10000 });
  await waitUntil(() => texte(doc.querySelector('annuaire-resume')?.shadowRoot).includes('Tourcoing'), 'le résumé n’a pas lu l’annuaire', { timeout: 10000 });
  for (const tag of ELEMENTS) expect(texte(racine(doc, tag)), `${tag} est vide`).to.not.equal('');
}

/** Checks that every element paints with the DSFR tokens of this theme; returns what was measured. */
function verifierCouleurs(doc: Document, theme: Theme): Record<string, string> {
  const attendu = DSFR[theme];
  // The page's DSFR is in this theme (its style sheet loaded, its tokens resolved).
  expect(doc.documentElement.getAttribute('data-fr-theme')).to.equal(theme);
  expect(jeton(doc, '--text-default-grey')).to.equal(attendu.texte);
  expect(jeton(doc, '--background-default-grey', 'backgroundColor')).to.equal(attendu.fond);
  expect(style(doc.body).backgroundColor).to.equal(attendu.fond);

  const mesures: Record<string, string> = {};
  const mesurer = (nom: string, valeur: string, voulu: string) => {
    mesures[nom] = valeur;
    expect(valeur, `${nom} (thème ${theme})`).to.equal(voulu);
  };
  for (const tag of ELEMENTS) mesurer(`${tag} : texte`, style(doc.querySelector(tag)!).color, attendu.texte);
  for (const tag of ['diag-autonomie', 'orientation-flow', 'carte-mediation', 'agenda-ateliers', 'annuaire-resume']) {
    const titre = racine(doc, tag).querySelector('[role="heading"]');
    expect(titre, `${tag} n’a pas de titre`).to.exist;
    mesurer(`${tag} : titre`, style(titre!).color, attendu.titre);
  }
  const bandeau = racine(doc, 'bandeau-aide-demarche');
  mesurer('bandeau : fond', style(bandeau.querySelector('.bandeau')!).backgroundColor, attendu.info);
  mesurer('bandeau : titre', style(bandeau.querySelector('.titre')!).color, attendu.titre);
  mesurer('bandeau : lien', style(bandeau.querySelector('a.action')!).color, attendu.lien);
  const reponse = racine(doc, 'diag-autonomie').querySelector('.reponse')!;
  mesurer('diag : réponse, texte', style(reponse).color, attendu.texte);
  mesurer('diag : réponse, fond', style(reponse).backgroundColor, attendu.fond);
  const chercher = racine(doc, 'carte-mediation').querySelector('.bouton-principal')!;
  mesurer('carte : bouton principal, fond', style(chercher).backgroundColor, attendu.action);
  mesurer('carte : bouton principal, texte', style(chercher).color, attendu.actionTexte);
  const filtres = racine(doc, 'agenda-ateliers').querySelector('.bouton-secondaire')!;
  mesurer('agenda : bouton secondaire, fond', style(filtres).backgroundColor, attendu.fond);
  mesurer('agenda : bouton secondaire, texte', style(filtres).color, attendu.lien);

  // And nothing painted in a colour of its own: every visible text, and what it sits on, is a DSFR token.
  const couleursTexte = new Set(JETONS_TEXTE.map((j) => jeton(doc, j)));
  const couleursFond = new Set(JETONS_FOND.map((j) => jeton(doc, j, 'backgroundColor')));
  const horsJetons = ELEMENTS.flatMap((tag) => textes(doc.querySelector(tag)!)).filter(
    (t) => !couleursTexte.has(t.couleur) || !couleursFond.has(t.fond),
  );
  expect(horsJetons.map((t) => `${t.ou} : ${t.couleur} sur ${t.fond}`), `thème ${theme}`).to.deep.equal([]);
  return mesures;
}

/** Chooses a theme as a person would, in the DSFR's « Paramètres d’affichage » (the DSFR's script applies it). */
async function choisirTheme(doc: Document, theme: Theme): Promise<void> {
  doc.querySelector<HTMLLabelElement>(`label[for="fr-radios-theme-${theme}"]`)!.click();
  await waitUntil(() => doc.documentElement.getAttribute('data-fr-theme') === theme, `le DSFR n’est pas passé au thème ${theme}`, { timeout: 5000 });
  // The DSFR may fade the page's colours for a moment: wait until the page has its final background.
  await waitUntil(() => style(doc.body).backgroundColor === DSFR[theme].fond, 'le fond de la page n’a pas changé', { timeout: 5000 });
}

describe('Le kit sur une page du DSFR', () => {
  let page: Page | undefined;
  // The DSFR keeps the chosen theme in localStorage (« scheme »): each test starts from the page's own choice.
  beforeEach(() => localStorage.removeItem('scheme'));
  afterEach(() => {
    page?.cadre.remove();
    page = undefined;
    localStorage.removeItem('scheme');
  });

  it('light theme: every element renders with the DSFR’s tokens, and axe finds nothing', async function () {
    this.timeout(120000);
    page = await ouvrir('/demo/integration/dsfr.html');
    const { doc, journal } = page;
    expect(doc.documentElement.lang).to.equal('fr');
    expect(doc.title).to.equal('Kit inclusion numérique sur une page du DSFR (thème clair et thème sombre)');
    await waitUntil(() => doc.documentElement.getAttribute('data-fr-theme') === 'light', 'le script du DSFR n’a pas démarré', { timeout: 10000 });
    await elementsPrets(doc);
    verifierCouleurs(doc, 'light');
    await axeDansLaPage(page);
    await expect(page.cadre).to.be.accessible();
    expect(journal.erreurs).to.deep.equal([]);
  });

  it('dark theme chosen in « Paramètres d’affichage »: every element follows at once, readable, and axe finds nothing', async function () {
    this.timeout(120000);
    page = await ouvrir('/demo/integration/dsfr.html');
    const { doc, journal } = page;
    await waitUntil(() => doc.documentElement.getAttribute('data-fr-theme') === 'light', 'le script du DSFR n’a pas démarré', { timeout: 10000 });
    await elementsPrets(doc);
    const clair = verifierCouleurs(doc, 'light');

    await choisirTheme(doc, 'dark');
    const sombre = verifierCouleurs(doc, 'dark');
    // Every colour measured changed with the theme (none stayed on a light value).
    for (const [nom, valeur] of Object.entries(sombre)) expect(valeur, nom).to.not.equal(clair[nom]);
    await axeDansLaPage(page);
    await expect(page.cadre).to.be.accessible();

    // And back: the choice works both ways.
    await choisirTheme(doc, 'light');
    verifierCouleurs(doc, 'light');
    expect(journal.erreurs).to.deep.equal([]);
  });
});
