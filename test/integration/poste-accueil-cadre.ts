// What the two desk-page journeys (poste-accueil.test.ts in French, poste-accueil-langues.test.ts in Arabic) share:
// the page runs in a same-origin frame, driven by the keyboard only (sendKeys), checked by axe inside the frame.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';

interface Axe {
  run(contexte: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
}

/** Words as a person reads them: spaces folded, and without the invisible bidi isolation marks (FSI…PDI). */
export const texte = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** Drawn on the screen (or the paper): not under `display: none`, itself or an ancestor. */
export const rendu = (el: Element | null | undefined) => !!el && el.getClientRects().length > 0;

/** The helpers, bound to the frame the test opened (looked up at each call). */
export function cadreDe(cadre: () => HTMLIFrameElement) {
  const win = () => cadre().contentWindow as Window & typeof globalThis & { axe?: Axe };
  const doc = () => cadre().contentDocument!;
  const $ = <T extends Element = HTMLElement>(s: string) => doc().querySelector<T>(s);
  const $$ = <T extends Element = HTMLElement>(s: string) => [...doc().querySelectorAll<T>(s)];
  /** The shadow root of a kit element of the page (looked up each time: « Effacer tout » replaces them). */
  function ombre(id: string): ShadowRoot {
    const r = doc().getElementById(id)?.shadowRoot;
    if (!r) throw new Error(`#${id} n’est pas rendu`);
    return r;
  }
  const dans = <T extends Element = HTMLElement>(id: string, s: string) => ombre(id).querySelector<T>(s);
  /** What has the keyboard focus, through the shadow roots. */
  function actif(): HTMLElement | null {
    let a = doc().activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a as HTMLElement | null;
  }
  async function image(): Promise<void> {
    await new Promise<void>((ok) => win().requestAnimationFrame(() => win().requestAnimationFrame(() => ok())));
  }
  /** Presses Tab (or Shift+Tab) until the focus is on what is looked for, by its words or a test. */
  async function tabJusqua(quoi: string | ((a: HTMLElement) => boolean), { arriere = false, max = 80 } = {}): Promise<HTMLElement> {
    const ok = typeof quoi === 'string' ? (a: HTMLElement) => texte(a) === texte(document.createTextNode(quoi)) : quoi;
    if (arriere) await sendKeys({ down: 'Shift' });
    try {
      for (let i = 0; i < max; i++) {
        await sendKeys({ press: 'Tab' });
        const a = actif();
        if (a && ok(a)) return a;
      }
    } finally {
      if (arriere) await sendKeys({ up: 'Shift' });
    }
    throw new Error(`${typeof quoi === 'string' ? `« ${quoi} »` : 'la cible'} jamais atteint avec Tab ; focus sur : ${texte(actif())}`);
  }
  async function entree(): Promise<void> {
    await sendKeys({ press: 'Enter' });
    await image();
  }
  /** axe-core, loaded into the page itself (an element of another document cannot be checked from here). */
  async function accessible(quoi: string): Promise<void> {
    const w = win();
    if (!w.axe) {
      await new Promise<void>((ok, ko) => {
        const s = doc().createElement('script');
        s.src = '/node_modules/axe-core/axe.min.js';
        s.onload = () => ok();
        s.onerror = () => ko(new Error('axe-core ne se charge pas'));
        doc().head.append(s);
      });
    }
    const r = await w.axe!.run(doc(), {});
    expect(
      r.violations.map((v) => `${v.id} (${v.help}) : ${v.nodes.map((n) => n.target.join(' ')).join(' ; ')}`),
      `axe, ${quoi}`,
    ).to.deep.equal([]);
  }
  return { win, doc, $, $$, ombre, dans, actif, image, tabJusqua, entree, accessible };
}

/** The desk page in a same-origin frame, loaded. */
export async function ouvrirCadre(url: string): Promise<HTMLIFrameElement> {
  const cadre = document.createElement('iframe');
  cadre.title = 'Poste d’accueil';
  cadre.style.cssText = 'width: 1024px; height: 800px; border: 0; display: block;';
  const charge = new Promise((ok) => cadre.addEventListener('load', ok, { once: true }));
  cadre.src = url;
  document.body.append(cadre);
  await charge;
  return cadre;
}

export interface Poste {
  cadre: HTMLIFrameElement;
  /** Errors of the page (uncaught, rejected promises, console.error, the kit's warnings): none is expected. */
  erreurs: string[];
  /** Calls of the page's `window.print()` (the elements' own print and the page's). */
  impressions: number;
}

const PREFIXE = 'kit-inclusion-numerique';

/**
 * The desk page as a helper finds it: the demo's banner already closed in this browser session, a wide window,
 * the diagnosis shown and the directory loaded. Its errors are recorded, and its prints counted (then done by the
 * browser: headless, it opens no dialog).
 */
export async function ouvrirPoste(url: string): Promise<Poste> {
  sessionStorage.setItem(`${PREFIXE}.bandeau-ferme`, '1');
  await setViewport({ width: 1100, height: 900 });
  const poste: Poste = { cadre: await ouvrirCadre(url), erreurs: [], impressions: 0 };
  const { win, doc, dans } = cadreDe(() => poste.cadre);
  const w = win();
  w.addEventListener('error', (e) => poste.erreurs.push(e.message));
  w.addEventListener('unhandledrejection', (e) => poste.erreurs.push(String(e.reason)));
  const consoleErreur = w.console.error.bind(w.console);
  w.console.error = (...args: unknown[]) => {
    poste.erreurs.push(args.map(String).join(' '));
    consoleErreur(...args);
  };
  // A language file that does not arrive is only a warning of the kit: here it is an error.
  const avertir = w.console.warn.bind(w.console);
  w.console.warn = (...args: unknown[]) => {
    if (String(args[0]).includes('Kit inclusion numérique')) poste.erreurs.push(args.map(String).join(' '));
    avertir(...args);
  };
  const imprimer = w.print.bind(w);
  w.print = () => {
    poste.impressions++;
    imprimer();
  };
  await waitUntil(() => doc().getElementById('diag')?.shadowRoot?.querySelector('#titre'), 'le diagnostic ne s’affiche pas', { timeout: 20000 });
  // The directory is there: the map counts its places (the map is hidden, its list is built).
  await waitUntil(() => /\d+ lieux/.test(texte(dans('carte', '.compte'))), 'l’annuaire ne se charge pas', { timeout: 20000 });
  return poste;
}

/** Back to the test page's own state: screen media, no frame, nothing kept by the journey, a small window. */
export async function fermerPoste(poste: Poste | undefined): Promise<void> {
  await emulateMedia({ media: 'screen' });
  poste?.cadre.remove();
  localStorage.removeItem(`${PREFIXE}.diagnostic`);
  sessionStorage.removeItem(`${PREFIXE}.bandeau-ferme`);
  await setViewport({ width: 800, height: 600 });
}
