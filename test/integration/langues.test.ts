/**
 * Other languages are loaded on demand, from the built files (dist/): a page in French never fetches a language
 * file; choosing a language in an element fetches that one file, once, and nothing else of the other languages.
 * Both builds: the npm one (dist/index.js and its chunks) and the self-contained one (dist/autonome).
 *
 * The page is pasted into an empty HTML page by the test server (test/serveur/page-collee.mjs) and opened in a
 * same-origin frame; what it downloaded is read from the browser's own Resource Timing.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const texte = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A language file of the build: chunks/en-….js, chunks/ar-….js, chunks/uk-….js. */
const FICHIER_LANGUE = /\/chunks\/(en|ar|uk)-[\w-]+\.js$/;

async function ouvrir(script: string, cle: string): Promise<HTMLIFrameElement> {
  const corps = `<script type="module" src="${script}"></script>
<annuaire-inclusion src="/test/fixtures/carte/lieux.json">
  <diag-autonomie langues="fr en ar uk"></diag-autonomie>
  <carte-mediation langues="fr en ar uk" fond="aucun"></carte-mediation>
  <agenda-ateliers langues="fr en ar uk" fond="aucun"></agenda-ateliers>
</annuaire-inclusion>
<bandeau-aide-demarche langues="fr en ar uk" href="/"></bandeau-aide-demarche>`;
  const r = await fetch(`/test-page-collee/${cle}`, { method: 'POST', body: corps });
  expect(r.status).to.equal(204);
  const cadre = document.createElement('iframe');
  cadre.title = 'Page en français';
  cadre.style.width = '1024px';
  cadre.style.height = '800px';
  const charge = new Promise((ok) => cadre.addEventListener('load', ok, { once: true }));
  cadre.src = `/test-page-collee/${cle}.html`;
  document.body.append(cadre);
  await charge;
  return cadre;
}

const ressources = (cadre: HTMLIFrameElement) =>
  (cadre.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).pathname);
const fichiersLangue = (cadre: HTMLIFrameElement) => ressources(cadre).filter((u) => FICHIER_LANGUE.test(u));
const ombre = (cadre: HTMLIFrameElement, tag: string) => cadre.contentDocument!.querySelector(tag)!.shadowRoot!;
/** What the element says, without its language choice (which writes every language in itself). */
const dit = (cadre: HTMLIFrameElement, tag: string) => texte(ombre(cadre, tag)).replace(texte(ombre(cadre, tag).querySelector('.kit-langues')), '');

for (const [build, script] of [
  ['npm (dist/index.js)', '/dist/index.js'],
  ['autonome (dist/autonome/kit-inclusion-numerique.js)', '/dist/autonome/kit-inclusion-numerique.js'],
] as const) {
  describe(`Langues à la demande : build ${build}`, () => {
    let cadre: HTMLIFrameElement;
    afterEach(() => cadre?.remove());

    it('une page en français ne charge aucune langue ; choisir l’arabe charge ce seul fichier, une fois', async () => {
      cadre = await ouvrir(script, `langues-${build.slice(0, 3)}`);
      const doc = cadre.contentDocument!;
      // Every element drawn, in French, with its language choice.
      await waitUntil(() => ['diag-autonomie', 'carte-mediation', 'agenda-ateliers', 'bandeau-aide-demarche'].every((t) => doc.querySelector(t)?.shadowRoot?.querySelector('.kit-langues')), 'choix de langue absent', { timeout: 8000 });
      await waitUntil(() => /lieu/.test(texte(ombre(cadre, 'carte-mediation'))), 'carte non remplie', { timeout: 8000 });
      await new Promise((r) => setTimeout(r, 300));
      expect(fichiersLangue(cadre), 'fichiers de langue chargés par une page en français').to.deep.equal([]);

      // The person chooses Arabic in the map, by the keyboard.
      const bouton = ombre(cadre, 'carte-mediation').querySelector<HTMLButtonElement>('.kit-langues button[lang="ar"]')!;
      bouton.focus();
      await sendKeys({ press: 'Enter' });
      const carte = doc.querySelector('carte-mediation')!;
      await waitUntil(() => carte.getAttribute('dir') === 'rtl' && /[\u0600-\u06ff]/.test(dit(cadre, 'carte-mediation')), 'la carte n’est pas passée en arabe', { timeout: 8000 });
      expect(carte.getAttribute('lang')).to.equal('ar');
      const apres = fichiersLangue(cadre);
      expect(apres).to.have.length(1);
      expect(apres[0]).to.match(/\/chunks\/ar-/);
      // The other elements stay in French, and the file is not fetched again when a second element switches.
      expect(dit(cadre, 'diag-autonomie')).to.include('Où en êtes-vous avec le numérique ?').and.not.match(/[\u0600-\u06ff]/);
      ombre(cadre, 'diag-autonomie').querySelector<HTMLButtonElement>('.kit-langues button[lang="ar"]')!.click();
      await waitUntil(() => /[\u0600-\u06ff]/.test(dit(cadre, 'diag-autonomie')), 'le diagnostic n’est pas passé en arabe', { timeout: 8000 });
      expect(fichiersLangue(cadre)).to.deep.equal(apres);

      // Then English, in the agenda: that one file more.
      ombre(cadre, 'agenda-ateliers').querySelector<HTMLButtonElement>('.kit-langues button[lang="en"]')!.click();
      await waitUntil(() => fichiersLangue(cadre).length === 2, 'l’anglais n’a pas été chargé', { timeout: 8000 });
      expect(fichiersLangue(cadre)[1]).to.match(/\/chunks\/en-/);
      expect(fichiersLangue(cadre).some((u) => /\/chunks\/uk-/.test(u))).to.equal(false);
    });
  });
}
