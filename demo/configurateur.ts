// Configurator page: the integrator picks an element and its settings, sees the real element (live preview)
// and copies the exact code to paste in their page. Everything stays in this browser.
import '../src/index.js';
import { chargerAnnuaire } from '../src/data/charger.js';
import { replier } from '../src/data/texte.js';
import reserveCss from '../src/components/bandeau-aide-demarche/reserve.css?texte';

/** Where the kit's files are served on this server, by default: the one place to change it. */
const CHEMIN_KIT = '/dist/autonome/';
/** The sample directory, as an absolute URL (the code is pasted on another site). */
const ANNUAIRE_EXEMPLE = new URL('../data/tourcoing.json', location.href).href;
/** Same key as <bandeau-aide-demarche>: a banner closed in the preview would stay closed for the session. */
const CLE_BANDEAU_FERME = 'kit-inclusion-numerique.bandeau-ferme';
/** The preview waits for the typing to pause; the announcement waits longer (a screen reader is not flooded). */
const DELAI_APERCU = 350;
const DELAI_ANNONCE = 1200;
const DELAI_ANNUAIRE = 600;

type Tag =
  | 'bandeau-aide-demarche'
  | 'carte-mediation'
  | 'diag-autonomie'
  | 'orientation-flow'
  | 'agenda-ateliers'
  | 'annuaire-resume';

/** What each element needs from the directory. */
const ANNUAIRE: Record<Tag, 'obligatoire' | 'facultatif'> = {
  'bandeau-aide-demarche': 'facultatif',
  'carte-mediation': 'obligatoire',
  'diag-autonomie': 'facultatif',
  'orientation-flow': 'obligatoire',
  'agenda-ateliers': 'obligatoire',
  'annuaire-resume': 'obligatoire',
};
/** The need chosen in advance, for the elements that take one; the element's own default is never written. */
const BESOIN_PAR_DEFAUT: Partial<Record<Tag, string>> = {
  'carte-mediation': '',
  'bandeau-aide-demarche': 'demarche',
};

type Cible = Tag[] | 'kit' | 'tous';
interface Couleur {
  nom: string;
  defaut: string;
  /** Which elements use it: `kit` is every element built on the shared styles (all but the banner). */
  pour: Cible;
  libelle: string;
  /** Another label for the banner, which uses a few colours differently. */
  libelleBandeau?: string;
}

/** The kit's colour properties (src/styles/base.ts and the elements' own styles), with their defaults. */
const COULEURS: Couleur[] = [
  { nom: 'action', defaut: '#000091', pour: 'tous', libelle: 'Boutons et actions', libelleBandeau: 'Lien et bouton « Fermer »' },
  { nom: 'action-texte', defaut: '#f5f5fe', pour: 'kit', libelle: 'Texte des boutons' },
  { nom: 'texte', defaut: '#3a3a3a', pour: 'kit', libelle: 'Texte' },
  { nom: 'titre', defaut: '#161616', pour: 'tous', libelle: 'Titres', libelleBandeau: 'Texte du bandeau' },
  { nom: 'lien', defaut: '#000091', pour: 'kit', libelle: 'Liens' },
  { nom: 'bordure', defaut: '#dddddd', pour: 'kit', libelle: 'Bordures' },
  { nom: 'fond', defaut: '#ffffff', pour: 'kit', libelle: 'Fond des champs et des boutons secondaires' },
  { nom: 'info', defaut: '#e8edff', pour: 'tous', libelle: 'Fond des encadrés', libelleBandeau: 'Fond du bandeau' },
  { nom: 'bandeau', defaut: '#0063cb', pour: ['bandeau-aide-demarche'], libelle: 'Filet et icône du bandeau' },
  { nom: 'succes', defaut: '#18753c', pour: ['carte-mediation', 'agenda-ateliers'], libelle: '« Ouvert », places restantes' },
  { nom: 'avertissement', defaut: '#b34000', pour: ['carte-mediation', 'agenda-ateliers'], libelle: '« Complet », « Horaires à vérifier »' },
  { nom: 'focus', defaut: '#0a76f6', pour: 'tous', libelle: 'Contour qui montre où l’on est au clavier' },
];

const concerne = (c: Couleur, tag: Tag) =>
  c.pour === 'tous' || (c.pour === 'kit' ? tag !== 'bandeau-aide-demarche' : c.pour.includes(tag));

/** Pairs whose contrast is checked (WCAG, 4.5:1 for text): [text colour, background colour, what it means]. */
interface Paire {
  devant: string;
  derriere: string | '#ffffff';
  /** The field under which the warning shows. */
  sous: string;
  message: (ratio: string) => string;
}
function paires(tag: Tag): Paire[] {
  const blanc: Paire = {
    devant: 'action',
    derriere: '#ffffff',
    sous: 'action',
    message: (r) =>
      `Contraste trop faible avec le blanc : ${r} (il faut au moins 4,5:1). Des personnes qui voient mal ne pourront pas lire ce qui est écrit dans cette couleur ou sur elle. Choisissez une couleur plus foncée.`,
  };
  if (tag === 'bandeau-aide-demarche') {
    return [
      blanc,
      { devant: 'action', derriere: 'info', sous: 'action', message: (r) => `Le lien se lit mal sur le fond du bandeau : contraste ${r} (il faut au moins 4,5:1).` },
      { devant: 'titre', derriere: 'info', sous: 'titre', message: (r) => `Le texte se lit mal sur le fond du bandeau : contraste ${r} (il faut au moins 4,5:1).` },
    ];
  }
  return [
    blanc,
    { devant: 'action-texte', derriere: 'action', sous: 'action-texte', message: (r) => `Le texte des boutons se lit mal sur leur couleur : contraste ${r} (il faut au moins 4,5:1).` },
    { devant: 'texte', derriere: 'fond', sous: 'texte', message: (r) => `Le texte se lit mal sur le fond : contraste ${r} (il faut au moins 4,5:1).` },
    { devant: 'lien', derriere: 'fond', sous: 'lien', message: (r) => `Les liens se lisent mal sur le fond : contraste ${r} (il faut au moins 4,5:1).` },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Pure helpers (colours, escaping, territory)

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two `#rrggbb` colours (1 to 21). */
function contraste(a: string, b: string): number {
  const [clair, fonce] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (clair + 0.05) / (fonce + 0.05);
}

/** « 4,4:1 »: rounded down, so that a ratio shown as 4,5:1 always passes. */
function ratioEnMots(r: number): string {
  return `${(Math.floor(r * 10) / 10).toLocaleString('fr-FR')}:1`;
}

/** A value inside a double-quoted HTML attribute. */
function echapperAttribut(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const estCouleur = (v: string) => /^#[0-9a-f]{6}$/i.test(v);

/** A commune of the directory: its name and the code(s) that name it in `territoire`. */
interface Commune {
  nom: string;
  codes: Set<string>;
}

interface Territoire {
  codes: string[];
  lignes: string[];
  erreurs: string[];
  /** Names not looked up yet: the directory is still being read. */
  enAttente: boolean;
}

/**
 * « Roubaix, 59200 59 » → codes for the `territoire` attribute. Codes are kept as typed (5 characters: postal
 * or INSEE code; 2 or 3: département); a commune name is looked up in the directory (its INSEE code).
 */
function lireTerritoire(texte: string, communes: Map<string, Commune> | undefined): Territoire {
  const t: Territoire = { codes: [], lignes: [], erreurs: [], enAttente: false };
  for (const morceau of texte.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean)) {
    if (/^[0-9ab\s]+$/i.test(morceau)) {
      for (const code of morceau.split(/\s+/)) {
        if (/^(\d{5}|2[ab]\d{3}|\d{2,3}|2[ab])$/i.test(code)) t.codes.push(code.toUpperCase());
        else t.erreurs.push(`« ${code} » n’est pas un code : 5 caractères pour une commune (code postal ou INSEE), 2 ou 3 pour un département.`);
      }
      continue;
    }
    if (!communes) {
      t.enAttente = true;
      continue;
    }
    const c = communes.get(replier(morceau));
    if (c) {
      const codes = [...c.codes];
      t.codes.push(...codes);
      t.lignes.push(`${c.nom} : ${codes.length > 1 ? 'codes' : 'code'} ${codes.join(', ')}.`);
    } else {
      t.erreurs.push(`« ${morceau} » n’est pas une commune de l’annuaire : tapez plutôt son code postal.`);
    }
  }
  t.codes = [...new Set(t.codes)];
  return t;
}

// ---------------------------------------------------------------------------------------------------------------
// The page

const $ = <T extends HTMLElement = HTMLElement>(sel: string): T => {
  const el = document.querySelector<T>(sel);
  if (!el) throw new Error(`Élément absent de la page : ${sel}`);
  return el;
};

const form = $<HTMLFormElement>('#reglages');
const champSrc = $<HTMLInputElement>('#src');
const champBase = $<HTMLInputElement>('#base');
const champTerritoire = $<HTMLInputElement>('#territoire');
const caseEnveloppe = $<HTMLInputElement>('#enveloppe');
const caseCsp = $<HTMLInputElement>('#csp');
const zoneCouleurs = $('#couleurs');
const apercu = $('#apercu');
const notes = $('#apercu-notes');
const code = $('#code');
const css = $('#css');
const blocCss = $('#bloc-css');
const annonce = $('#annonce');
const styleApercu = document.head.appendChild(document.createElement('style'));
styleApercu.id = 'style-apercu';

champSrc.value = ANNUAIRE_EXEMPLE;
champBase.value = new URL(CHEMIN_KIT, location.origin).href;
for (const s of document.querySelectorAll<HTMLSelectElement>('select[data-niveau-titre]')) {
  for (let n = 1; n <= 6; n++) s.add(new Option(n === 2 ? `${n} (par défaut)` : String(n), String(n), false, n === 2));
}

const valeursCouleurs = new Map(COULEURS.map((c) => [c.nom, c.defaut]));

function tagChoisi(): Tag {
  return (form.querySelector<HTMLInputElement>('input[name="element"]:checked')?.value ?? 'bandeau-aide-demarche') as Tag;
}

/** Shown for this element: every `data-pour` around it names the element. */
function pourElement(el: Element, tag: Tag): boolean {
  for (let n: Element | null = el; n && n !== form.parentElement; n = n.parentElement) {
    const pour = (n as HTMLElement).dataset?.pour;
    if (pour !== undefined && !pour.split(/\s+/).includes(tag)) return false;
  }
  return true;
}

function annuaireUtilise(tag: Tag): boolean {
  if (ANNUAIRE[tag] === 'obligatoire') return true;
  const caseActive = [...form.querySelectorAll<HTMLInputElement>('[data-active-annuaire]')].find((c) => pourElement(c, tag));
  return !!caseActive?.checked;
}

// --- What is shown for the chosen element

/** The need was chosen by the integrator (kept from one element to the other); otherwise each element's default. */
let besoinChoisi = false;

function montrerPourElement(): void {
  const tag = tagChoisi();
  for (const el of form.querySelectorAll<HTMLElement>('[data-pour]')) {
    el.hidden = !el.dataset.pour!.split(/\s+/).includes(tag);
  }
  const utilise = annuaireUtilise(tag);
  $('#bloc-src').hidden = !utilise;
  $('#bloc-enveloppe').hidden = !utilise || tag === 'bandeau-aide-demarche';
  // The checked need must be one this element offers (the map's « Aucun » is not the banner's).
  const besoin = form.querySelector<HTMLInputElement>('input[name="besoin"]:checked');
  if (tag in BESOIN_PAR_DEFAUT && (!besoinChoisi || !besoin || !pourElement(besoin, tag))) {
    const defaut = BESOIN_PAR_DEFAUT[tag]!;
    const r = [...form.querySelectorAll<HTMLInputElement>('input[name="besoin"]')].find((i) => i.value === defaut);
    if (r) r.checked = true;
  }
  dessinerCouleurs(tag);
}

function dessinerCouleurs(tag: Tag): void {
  zoneCouleurs.replaceChildren();
  for (const c of COULEURS.filter((c) => concerne(c, tag))) {
    const id = `couleur-${c.nom}`;
    const libelle = (tag === 'bandeau-aide-demarche' && c.libelleBandeau) || c.libelle;
    const bloc = document.createElement('div');
    bloc.className = 'couleur';
    bloc.innerHTML = `
      <input type="color" id="${id}" data-couleur="${c.nom}" aria-describedby="${id}-propriete ${id}-alerte" />
      <label for="${id}">${libelle}<span class="aide" id="${id}-propriete">--kit-couleur-${c.nom}</span></label>
      <span class="code-couleur">
        <label for="${id}-code" class="visuellement-cache">Code de la couleur : ${libelle}</label>
        <input type="text" id="${id}-code" data-couleur-code="${c.nom}" size="8" maxlength="7" spellcheck="false" autocomplete="off" />
      </span>
      <p class="alerte" id="${id}-alerte" hidden></p>`;
    const v = valeursCouleurs.get(c.nom)!;
    bloc.querySelector<HTMLInputElement>('input[type="color"]')!.value = v;
    bloc.querySelector<HTMLInputElement>('[data-couleur-code]')!.value = v;
    zoneCouleurs.append(bloc);
  }
}

// --- The directory: read once per address, for its status and to find communes by name

type EtatAnnuaire =
  | { url: string; statut: 'lecture' }
  | { url: string; statut: 'pret'; communes: Map<string, Commune>; lieux: number; ateliers: number }
  | { url: string; statut: 'erreur'; raison: string };
let annuaire: EtatAnnuaire | undefined;
let minuterieAnnuaire: ReturnType<typeof setTimeout> | undefined;

function adresseAnnuaire(): string {
  const v = champSrc.value.trim();
  if (!v) return ANNUAIRE_EXEMPLE;
  try {
    return new URL(v, location.href).href;
  } catch {
    return v;
  }
}

async function lireAnnuaire(url: string): Promise<void> {
  annuaire = { url, statut: 'lecture' };
  afficherEtatAnnuaire();
  let etat: EtatAnnuaire;
  try {
    const r = await fetch(url, { credentials: 'omit' });
    if (!r.ok) throw new Error(`le serveur a répondu ${r.status}`);
    const { annuaire: a } = await chargerAnnuaire(await r.text());
    const communes = new Map<string, Commune>();
    for (const l of a.lieux) {
      const cle = replier(l.commune);
      const c = communes.get(cle) ?? { nom: l.commune, codes: new Set<string>() };
      c.codes.add(l.code_insee ?? l.code_postal);
      communes.set(cle, c);
    }
    etat = { url, statut: 'pret', communes, lieux: a.lieux.length, ateliers: a.ateliers?.length ?? 0 };
  } catch (e) {
    const raison = e instanceof TypeError ? 'adresse injoignable depuis cette page' : e instanceof Error ? e.message : String(e);
    etat = { url, statut: 'erreur', raison };
  }
  if (annuaire?.url !== url) return; // another address was typed meanwhile
  annuaire = etat;
  afficherEtatAnnuaire();
  mettreAJour();
}

function afficherEtatAnnuaire(): void {
  const p = $('#src-etat');
  p.classList.toggle('erreur', annuaire?.statut === 'erreur');
  if (!annuaire) p.textContent = '';
  else if (annuaire.statut === 'lecture') p.textContent = 'Lecture de l’annuaire…';
  else if (annuaire.statut === 'pret') {
    const n = annuaire.communes.size;
    p.textContent = `Annuaire lu : ${annuaire.lieux} lieux et ${annuaire.ateliers} ateliers, dans ${n} ${n > 1 ? 'communes' : 'commune'}.`;
  } else {
    p.textContent = `Cet annuaire n’a pas pu être lu (${annuaire.raison}). Vérifiez l’adresse. S’il est sur un autre site que cette page, ce site doit en autoriser la lecture (CORS).`;
  }
}

function suivreAnnuaire(): void {
  const tag = tagChoisi();
  if (!annuaireUtilise(tag)) return;
  const url = adresseAnnuaire();
  if (annuaire?.url === url) return;
  clearTimeout(minuterieAnnuaire);
  minuterieAnnuaire = setTimeout(() => void lireAnnuaire(url), annuaire ? DELAI_ANNUAIRE : 0);
}

// --- The kit's address: a file missing there is said (a copied code that loads nothing is the worst case)

let minuterieBase: ReturnType<typeof setTimeout> | undefined;
let baseVerifiee = '';

function verifierBase(c: Config): void {
  const fichiers = [...(c.enveloppe ? ['annuaire-inclusion'] : []), c.tag].map((f) => `${c.base}${f}.js`);
  const cle = fichiers.join(' ');
  if (cle === baseVerifiee) return;
  baseVerifiee = cle;
  clearTimeout(minuterieBase);
  minuterieBase = setTimeout(async () => {
    const manquants: string[] = [];
    for (const f of fichiers) {
      try {
        const r = await fetch(f, { method: 'HEAD', cache: 'no-store', credentials: 'omit' });
        if (!r.ok) manquants.push(f.slice(f.lastIndexOf('/') + 1));
      } catch {
        // Another site that does not let this page look (CORS), or offline: nothing certain to say.
      }
    }
    if (baseVerifiee !== cle) return;
    const message = manquants.length
      ? `Fichier introuvable à cette adresse : ${manquants.join(', ')}. Vérifiez «\u00a0Adresse où le kit est servi\u00a0»${
          c.base.startsWith(location.origin) ? ' ; sur ce serveur de démonstration, lancez d’abord «\u00a0npm run build\u00a0»' : ''
        }.`
      : '';
    $('#base-etat').textContent = message;
    $('#code-alerte').textContent = message;
  }, DELAI_ANNUAIRE);
}

// --- The configuration, read from the form

interface Config {
  tag: Tag;
  base: string;
  attributs: [string, string | true][];
  /** The directory's address when the element goes inside <annuaire-inclusion>. */
  enveloppe?: string;
  couleurs: [string, string][];
  territoire?: Territoire;
}

function lireConfig(): Config {
  const tag = tagChoisi();
  let base = champBase.value.trim() || new URL(CHEMIN_KIT, location.origin).href;
  if (!base.endsWith('/')) base += '/';
  const attributs: Config['attributs'] = [];
  const config: Config = { tag, base, attributs, couleurs: [] };

  if (annuaireUtilise(tag)) {
    if (tag !== 'bandeau-aide-demarche' && caseEnveloppe.checked) config.enveloppe = adresseAnnuaire();
    else attributs.push(['src', adresseAnnuaire()]);
  }
  if (tag === 'carte-mediation') {
    const communes = annuaire?.statut === 'pret' && annuaire.url === adresseAnnuaire() ? annuaire.communes : undefined;
    config.territoire = lireTerritoire(champTerritoire.value, communes);
    if (config.territoire.codes.length) attributs.push(['territoire', config.territoire.codes.join(' ')]);
  }
  if (tag in BESOIN_PAR_DEFAUT) {
    const besoin = form.querySelector<HTMLInputElement>('input[name="besoin"]:checked')?.value ?? '';
    if (besoin !== BESOIN_PAR_DEFAUT[tag]) attributs.push(['besoin', besoin]);
  }
  // The element's own settings: each control names its attribute; defaults are not written.
  for (const c of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribut]')) {
    if (!pourElement(c, tag)) continue;
    const nom = c.dataset.attribut!;
    const defaut = c.dataset.defaut ?? '';
    if (c instanceof HTMLInputElement && c.type === 'checkbox') {
      if (c.checked) attributs.push([nom, true]);
      continue;
    }
    if (c instanceof HTMLInputElement && c.type === 'radio' && !c.checked) continue;
    let v = c.value.trim();
    if (c.dataset.autre) v = $<HTMLInputElement>(`#${c.dataset.autre}`).value.trim();
    if (c instanceof HTMLInputElement && c.type === 'number' && v) {
      const n = Math.round(Number(v));
      v = Number.isFinite(n) ? String(Math.min(Number(c.max) || n, Math.max(Number(c.min) || n, n))) : '';
    }
    if (v && v !== defaut) attributs.push([nom, v]);
  }
  for (const c of COULEURS) {
    const v = valeursCouleurs.get(c.nom)!;
    if (concerne(c, tag) && v.toLowerCase() !== c.defaut) config.couleurs.push([`--kit-couleur-${c.nom}`, v.toLowerCase()]);
  }
  return config;
}

// --- The code

function balise(tag: string, attributs: Config['attributs'], retrait = ''): string {
  const parties = attributs.map(([nom, v]) => (v === true ? nom : `${nom}="${echapperAttribut(v)}"`));
  const uneLigne = `${retrait}<${tag}${parties.map((p) => ` ${p}`).join('')}></${tag}>`;
  if (uneLigne.length <= 100 || parties.length < 2) return uneLigne;
  return `${retrait}<${tag}\n${parties.map((p) => `${retrait}  ${p}`).join('\n')}\n${retrait}></${tag}>`;
}

/** The element's markup (and <annuaire-inclusion> around it, if chosen). */
function balisage(c: Config, attributs = c.attributs): string {
  if (!c.enveloppe) return balise(c.tag, attributs);
  return `<annuaire-inclusion src="${echapperAttribut(c.enveloppe)}">\n${balise(c.tag, attributs, '  ')}\n</annuaire-inclusion>`;
}

/**
 * The banner's reserved space: the rules of src/components/bandeau-aide-demarche/reserve.css (heights measured at
 * each screen width, tested by test/integration/bandeau-page.test.ts), imported as text from the file itself (the
 * demo server turns a CSS file asked with `?texte` into its text) so that the snippet never drifts from it.
 */
const reserveBandeau = reserveCss.replace(/^\/\*[\s\S]*?\*\/\s*/, '').trim();

/** The colours (and, for the banner, its reserved space): CSS aimed at the element's tag. */
function feuille(c: Config): string {
  const regles: string[] = [];
  if (c.couleurs.length) regles.push(`${c.tag} {\n${c.couleurs.map(([p, v]) => `  ${p}: ${v};`).join('\n')}\n}`);
  if (c.tag === 'bandeau-aide-demarche') {
    regles.push(`/* La place du bandeau est gardée avant son arrivée : rien ne bouge dans la page. */\n${reserveBandeau}`);
  }
  return regles.join('\n');
}

function scripts(c: Config): string {
  const fichiers = [...(c.enveloppe ? ['annuaire-inclusion'] : []), c.tag];
  return fichiers.map((f) => `<script type="module" src="${echapperAttribut(`${c.base}${f}.js`)}"></script>`).join('\n');
}

function codeComplet(c: Config, csp: boolean): { html: string; css: string } {
  const styles = feuille(c);
  const blocStyle = styles && !csp ? `<style>\n${styles.replace(/^/gm, '  ')}\n</style>\n` : '';
  return { html: `${scripts(c)}\n${blocStyle}${balisage(c)}`, css: csp ? styles : '' };
}

// --- Updating: the code at once, the preview after a short pause, the announcement after a longer one

let minuterieApercu: ReturnType<typeof setTimeout> | undefined;
let minuterieAnnonce: ReturnType<typeof setTimeout> | undefined;
let dernierBalisage = '';
let dernierCode = '';
let alertes: string[] = [];

function mettreAJour(): void {
  const c = lireConfig();
  const { html, css: feuilleCsp } = codeComplet(c, caseCsp.checked);
  code.textContent = html;
  css.textContent = feuilleCsp;
  blocCss.hidden = !feuilleCsp;
  styleApercu.textContent = feuille(c);
  afficherTerritoire(c.territoire);
  verifierBase(c);
  alertes = verifierContrastes(c.tag);
  clearTimeout(minuterieApercu);
  minuterieApercu = setTimeout(() => majApercu(c), DELAI_APERCU);
  if (html !== dernierCode) {
    dernierCode = html;
    $('#copie-etat').textContent = '';
    $('#copie-css-etat').textContent = '';
    annonce.textContent = '';
    clearTimeout(minuterieAnnonce);
    minuterieAnnonce = setTimeout(() => {
      annonce.textContent = alertes.length
        ? `Code mis à jour. Attention : ${alertes.length > 1 ? 'des couleurs se lisent mal' : 'une couleur se lit mal'}, voir les couleurs.`
        : 'Code mis à jour';
    }, DELAI_ANNONCE);
  }
}

function afficherTerritoire(t: Territoire | undefined): void {
  const p = $('#territoire-etat');
  if (!t) return;
  const lignes = [...t.lignes, ...t.erreurs];
  if (t.enAttente) lignes.push('Recherche de la commune dans l’annuaire…');
  p.textContent = lignes.join(' ');
  p.classList.toggle('erreur', t.erreurs.length > 0);
}

function verifierContrastes(tag: Tag): string[] {
  const messages = new Map<string, string[]>();
  const couleur = (nom: string) => (estCouleur(nom) ? nom : valeursCouleurs.get(nom)!);
  for (const p of paires(tag)) {
    const r = contraste(couleur(p.devant), couleur(p.derriere));
    if (r < 4.5) messages.set(p.sous, [...(messages.get(p.sous) ?? []), p.message(ratioEnMots(r))]);
  }
  for (const alerte of zoneCouleurs.querySelectorAll<HTMLElement>('.alerte')) {
    const nom = alerte.id.replace(/^couleur-|-alerte$/g, '');
    const m = messages.get(nom);
    alerte.hidden = !m;
    alerte.textContent = m?.join(' ') ?? '';
  }
  return [...messages.values()].flat();
}

function majApercu(c: Config): void {
  // The preview never changes this page's address: `synchro-url` is left out here (and said so).
  const sansSynchro = c.attributs.filter(([nom]) => nom !== 'synchro-url');
  const b = balisage(c, sansSynchro);
  const lignes: string[] = [];
  if (sansSynchro.length !== c.attributs.length) {
    lignes.push('« Garder les filtres dans l’adresse de la page » n’est pas appliqué dans l’aperçu, pour ne pas changer l’adresse de cette page-ci ; sur votre site, il l’est.');
  }
  if (c.tag === 'bandeau-aide-demarche') {
    lignes.push('Sur votre site, un bandeau fermé reste fermé jusqu’à la fin de la visite ; dans l’aperçu, il revient à chaque changement.');
  }
  notes.replaceChildren(...lignes.map((t) => Object.assign(document.createElement('p'), { textContent: t })));
  if (b === dernierBalisage) return;
  dernierBalisage = b;
  if (c.tag === 'bandeau-aide-demarche') {
    try {
      sessionStorage.removeItem(CLE_BANDEAU_FERME);
    } catch {
      // Storage refused: nothing was kept either.
    }
  }
  $('#apercu-message').textContent = '';
  apercu.innerHTML = b;
}

// In the preview, a link does not leave the configurator (the settings would be lost): it says where it leads.
apercu.addEventListener('click', (e) => {
  if (e.defaultPrevented) return;
  const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && !!n.href);
  if (!a || a.target === '_blank' || !/^https?:$/.test(a.protocol)) return;
  e.preventDefault();
  $('#apercu-message').textContent = `Sur votre site, ce lien mène à : ${a.href}`;
});
apercu.addEventListener('bandeau-ferme', () => {
  const message = $('#apercu-message');
  message.textContent = 'Le bandeau est fermé. ';
  const rouvrir = Object.assign(document.createElement('button'), { type: 'button', className: 'secondaire', textContent: 'Le rouvrir dans l’aperçu' });
  rouvrir.addEventListener('click', () => {
    dernierBalisage = '';
    majApercu(lireConfig());
    apercu.querySelector<HTMLElement>('bandeau-aide-demarche')?.focus();
  });
  message.append(rouvrir);
});
for (const evenement of ['diag-suite', 'orientation-diagnostic']) {
  apercu.addEventListener(evenement, (e) => {
    if (e.defaultPrevented) return;
    $('#apercu-message').textContent = `Ce bouton envoie l’événement « ${evenement} » à votre page : sans lien indiqué dans les réglages, c’est à votre page de s’en occuper.`;
  });
}

// --- Copying

async function copier(texte: string, etat: HTMLElement, cadre: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(texte);
    etat.textContent = 'Le code est copié. Collez-le dans votre page.';
  } catch {
    // Refused (browser setting, page in a frame, old browser): the code is selected, to copy by hand.
    const selection = getSelection();
    const plage = document.createRange();
    plage.selectNodeContents(cadre);
    selection?.removeAllRanges();
    selection?.addRange(plage);
    cadre.focus();
    etat.textContent = 'Le navigateur n’a pas permis la copie automatique. Le code est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C sur Mac), ou par un clic droit puis « Copier ».';
  }
}
$('#copier').addEventListener('click', () => void copier(code.textContent ?? '', $('#copie-etat'), $('#code-cadre')));
$('#copier-css').addEventListener('click', () => void copier(css.textContent ?? '', $('#copie-css-etat'), $('#css-cadre')));

// --- Listening to the form

form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('input', (e) => {
  const cible = e.target as HTMLInputElement;
  const nom = cible.dataset.couleur ?? cible.dataset.couleurCode;
  if (nom) {
    const v = cible.value.trim();
    if (!estCouleur(v)) return; // a colour code being typed: wait until it is complete
    valeursCouleurs.set(nom, v.toLowerCase());
    const autre = zoneCouleurs.querySelector<HTMLInputElement>(cible.dataset.couleur ? `[data-couleur-code="${nom}"]` : `[data-couleur="${nom}"]`);
    if (autre) autre.value = v.toLowerCase();
  }
  if (cible.name === 'besoin') besoinChoisi = true;
  if (cible.name === 'element' || cible.hasAttribute('data-active-annuaire')) montrerPourElement();
  if (cible === champSrc || cible.name === 'element' || cible.hasAttribute('data-active-annuaire')) suivreAnnuaire();
  if (cible.id === 'carte-fond-url' && cible.value.trim()) $<HTMLInputElement>('#carte-fond-autre').checked = true;
  mettreAJour();
});
form.addEventListener('change', (e) => {
  // Radios and checkboxes fire « input » too; « change » is for the colour code typed then left incomplete.
  const cible = e.target as HTMLInputElement;
  if (cible.dataset.couleurCode && !estCouleur(cible.value.trim())) cible.value = valeursCouleurs.get(cible.dataset.couleurCode)!;
});
$('#couleurs-origine').addEventListener('click', () => {
  for (const c of COULEURS) valeursCouleurs.set(c.nom, c.defaut);
  dessinerCouleurs(tagChoisi());
  mettreAJour();
});

montrerPourElement();
suivreAnnuaire();
mettreAJour();
