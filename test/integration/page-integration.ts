// What the tests of the integration pages (demo/integration/*.html: React, Vue, DSFR, the kit loaded twice) share:
// each page runs in a same-origin frame, with its own journal of errors and warnings (demo/integration/journal.ts).
import { expect, waitUntil } from '@open-wc/testing';
import type { JournalIntegration } from '../../demo/integration/journal.js';

export const texte = (n: Element | ShadowRoot | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

export interface Page {
  cadre: HTMLIFrameElement;
  doc: Document;
  journal: JournalIntegration;
}

/** Loads a page of the project in a frame (same origin), waits for its `load` and for its journal. */
export async function ouvrir(url: string): Promise<Page> {
  const cadre = document.createElement('iframe');
  cadre.title = 'Page d’intégration';
  cadre.style.width = '1024px';
  cadre.style.height = '900px';
  const charge = new Promise((r) => cadre.addEventListener('load', r, { once: true }));
  cadre.src = url;
  document.body.append(cadre);
  await charge;
  await waitUntil(() => cadre.contentWindow!.journalIntegration, 'le journal de la page n’a pas démarré', { timeout: 5000 });
  return { cadre, doc: cadre.contentDocument!, journal: cadre.contentWindow!.journalIntegration! };
}

/** axe-core in the frame too, so that `expect(cadre).to.be.accessible()` checks the page inside it. */
export async function axeDansLaPage({ cadre, doc }: Page): Promise<void> {
  if ((cadre.contentWindow as Window & { axe?: unknown }).axe) return;
  const script = doc.createElement('script');
  const charge = new Promise((r, e) => {
    script.addEventListener('load', r, { once: true });
    script.addEventListener('error', e, { once: true });
  });
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await charge;
  expect((cadre.contentWindow as Window & { axe?: unknown }).axe, 'axe-core non chargé dans la page').to.exist;
}
