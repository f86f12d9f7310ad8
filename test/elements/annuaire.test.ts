import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { AnnuaireInclusion } from '../../src/components/annuaire-inclusion/annuaire-inclusion.js';
import type { AnnuaireResume } from '../../src/components/annuaire-resume/annuaire-resume.js';

/** Every test uses its own URL: the directory registry is page-wide and would answer from memory otherwise. */
let n = 0;
const cle = () => `k${Date.now()}-${n++}`;

const texte = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
async function pret(el: AnnuaireResume): Promise<void> {
  const debut = performance.now();
  while (!texte(el).includes('Lieux par besoin')) {
    if (performance.now() - debut > 4000) throw new Error(`annuaire pas prêt après 4 s ; l’élément affiche : ${texte(el)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
async function requetesFaites(k: string): Promise<number> {
  return (await (await fetch(`/test-compte-lire/${k}`)).json()).requetes;
}

describe('<annuaire-resume> on its own (no provider)', () => {
  it('shows what the directory holds: places per need, per kind, workshops, rejected records', async () => {
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume src="/test/fixtures/elements/petit.json"></annuaire-resume>`);
    await pret(el);
    const t = texte(el);
    expect(t).to.include('3 lieux');
    expect(t).to.include('0 atelier');
    expect(t).to.include('Territoire : Quartier test');
    // Needs, in plain words, with counts.
    const lignes = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent!.trim()).join(' '),
    );
    expect(lignes).to.include('Faire une démarche en ligne 2');
    expect(lignes).to.include('Accéder à un ordinateur ou à internet 1');
    expect(lignes).to.include('Médiathèque, bibliothèque 1');
    // The broken record is named with its reason.
    expect(t).to.include('1 enregistrement refusé');
    expect(t).to.include('lieu n° 4 (t-casse) : champ obligatoire absent : nom');
    await expect(el).to.be.accessible();
  });

  it('two elements with the same src make one network request', async () => {
    const k = cle();
    const src = `/test-compte/${k}/elements/petit.json`;
    const div = await fixture<HTMLDivElement>(html`<div>
      <annuaire-resume src=${src}></annuaire-resume>
      <annuaire-resume src=${src}></annuaire-resume>
    </div>`);
    const [a, b] = [...div.querySelectorAll('annuaire-resume')];
    await pret(a!);
    await pret(b!);
    expect(await requetesFaites(k)).to.equal(1);
  });

  it('shows a plain loading message while the directory arrives', async () => {
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume src="/test-lent/800/elements/petit.json?${cle()}"></annuaire-resume>`);
    const statut = el.shadowRoot!.querySelector('[role="status"]');
    expect(statut?.textContent).to.equal('Chargement des adresses…');
    await expect(el).to.be.accessible();
    await pret(el);
  });

  it('says when the server fails, and « Réessayer » loads it again', async () => {
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume src="/test-instable/${cle()}/elements/petit.json"></annuaire-resume>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'message d’erreur');
    expect(texte(el)).to.include('n’a pas pu être chargée (le serveur a répondu 503)');
    await expect(el).to.be.accessible();
    const bouton = el.shadowRoot!.querySelector('button')!;
    expect(bouton.textContent).to.equal('Réessayer');
    bouton.click();
    await pret(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('says when there is no connection', async () => {
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume src="http://127.0.0.1:9/annuaire.json"></annuaire-resume>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'message d’erreur', { timeout: 5000 });
    expect(texte(el)).to.include('Vérifiez la connexion internet');
    await expect(el).to.be.accessible();
  });

  it('says when the file cannot be read', async () => {
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume src="/test/fixtures/elements/casse.json"></annuaire-resume>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'message d’erreur');
    expect(texte(el)).to.include('Le fichier des lieux est illisible');
  });

  it('says when the directory is empty', async () => {
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume src="/test/fixtures/elements/vide.json"></annuaire-resume>`);
    await waitUntil(() => texte(el).includes('ne contient aucun lieu'), 'annuaire vide');
    await expect(el).to.be.accessible();
  });

  it('says what is missing when it has neither src nor provider', async () => {
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume></annuaire-resume>`);
    expect(texte(el)).to.include('Aucun annuaire n’est indiqué');
  });

  it('shows hostile strings from the data as text: nothing is executed or injected', async () => {
    const w = window as unknown as { __pirate?: number };
    delete w.__pirate;
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume src="/test/fixtures/elements/hostile.json"></annuaire-resume>`);
    await pret(el);
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(w.__pirate).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('img, script, svg, b, i')).to.have.length(0);
    expect(texte(el)).to.include('<I>EPN</I>');
    expect(texte(el)).to.include('« <script>window.__pirate = 5</script> »');
    // The javascript: link was refused and reported, not rendered.
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(texte(el)).to.include('seuls les liens http et https sont acceptés');
  });

  it('changes directory when src changes', async () => {
    const el = await fixture<AnnuaireResume>(html`<annuaire-resume src="/test/fixtures/elements/petit.json"></annuaire-resume>`);
    await pret(el);
    el.src = '/test/fixtures/elements/vide.json';
    await waitUntil(() => texte(el).includes('ne contient aucun lieu'), 'nouvel annuaire');
  });
});

describe('<annuaire-inclusion> provider', () => {
  it('loads once for all the elements inside it, which need no src', async () => {
    const k = cle();
    const fournisseur = await fixture<AnnuaireInclusion>(html`<annuaire-inclusion src="/test-compte/${k}/elements/petit.json">
      <annuaire-resume></annuaire-resume>
      <section><annuaire-resume niveau-titre="3"></annuaire-resume></section>
    </annuaire-inclusion>`);
    const [a, b] = [...fournisseur.querySelectorAll('annuaire-resume')];
    await pret(a!);
    await pret(b!);
    expect(await requetesFaites(k)).to.equal(1);
    expect(b!.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('takes precedence over the src of the elements inside it', async () => {
    const k = cle();
    const fournisseur = await fixture<AnnuaireInclusion>(html`<annuaire-inclusion src="/test/fixtures/elements/petit.json">
      <annuaire-resume src="/test-compte/${k}/elements/vide.json"></annuaire-resume>
    </annuaire-inclusion>`);
    await pret(fournisseur.querySelector('annuaire-resume')!);
    expect(await requetesFaites(k)).to.equal(0);
  });

  it('shows its children and tells the host page when the directory is ready, with the report', async () => {
    const el = document.createElement('annuaire-inclusion');
    el.innerHTML = '<p>Contenu de la page</p>';
    const evenement = oneEvent(el, 'annuaire-charge');
    el.setAttribute('src', `/test/fixtures/elements/petit.json?${cle()}`);
    document.body.appendChild(el);
    const { detail } = await evenement;
    expect(detail.rapport.gardes.lieux).to.equal(3);
    expect(detail.rapport.rejets.map((r: { id?: string }) => r.id)).to.deep.equal(['t-casse']);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    el.remove();
  });

  it('tells the host page when the directory cannot be loaded', async () => {
    const el = document.createElement('annuaire-inclusion');
    const evenement = oneEvent(el, 'annuaire-erreur');
    el.setAttribute('src', `/nulle-part-${cle()}.json`);
    document.body.appendChild(el);
    const { detail } = await evenement;
    expect(detail.erreur).to.deep.equal({ type: 'http', status: 404 });
    el.remove();
  });

  it('accepts the directory as a property (data already in the page), CSV text included', async () => {
    const el = await fixture<AnnuaireInclusion>(html`<annuaire-inclusion><annuaire-resume></annuaire-resume></annuaire-inclusion>`);
    el.donnees = 'id,nom,commune,code_postal,adresse\nx,"Point numérique, mairie",Mouvaux,59420,"1 place de la République"\n';
    const resume = el.querySelector('annuaire-resume')!;
    await pret(resume);
    expect(texte(resume)).to.include('1 lieu');
  });
});
