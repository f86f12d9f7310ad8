// The desk page (« Poste d'accueil »): a helper and the person beside them go through the diagnosis, the
// orientation, the places and the workshops, one step at a time, inside one <annuaire-inclusion>. The elements
// are used as they are: this page only shows one step, follows their events, prints, and clears everything for
// the next person (a shared public computer is left clean).
import '../src/index.js';
import { ContextEvent } from '@lit/context';
import type { AgendaAteliers } from '../src/components/agenda-ateliers/agenda-ateliers.js';
import type { OrientationFlow } from '../src/components/orientation-flow/orientation-flow.js';
import { diagnosticContext } from '../src/context/diagnostic.js';
import { CLES_ETAT } from '../src/data/etat-url.js';

const ETAPES = ['diagnostic', 'orientation', 'lieux', 'ateliers'] as const;
type Etape = (typeof ETAPES)[number];

/** Prefix of every key the kit writes in localStorage or sessionStorage. */
const PREFIXE_STOCKAGE = 'kit-inclusion-numerique';

const TEXTES = {
  titrePage: 'Poste d’accueil : Kit inclusion numérique',
  efface: 'Tout est effacé : les réponses, les choix et ce qui était gardé sur cet ordinateur. Vous pouvez accueillir la personne suivante.',
  fichierTelecharge: 'Un fichier d’agenda a été téléchargé : pensez à le supprimer du dossier Téléchargements.',
  rienAImprimer: {
    diagnostic: 'Rien à imprimer pour l’instant : le résultat s’imprime à la fin du test.',
    orientation: 'Rien à imprimer pour l’instant : la fiche s’imprime quand les lieux sont proposés.',
  },
} as const;

const $ = <T extends HTMLElement = HTMLElement>(selecteur: string): T => {
  const el = document.querySelector<T>(selecteur);
  if (!el) throw new Error(`poste d’accueil : ${selecteur} manque dans la page`);
  return el;
};

// The elements are replaced by fresh ones on « Effacer tout »: always look them up, never keep them.
const elements = {
  get diag() {
    return $('#diag');
  },
  get orientation() {
    return $<OrientationFlow>('#orientation');
  },
  get carte() {
    return $('#carte');
  },
  get agenda() {
    return $<AgendaAteliers>('#agenda');
  },
};

const annonce = $('#annonce');
const section = (e: Etape) => $(`#etape-${e}`);
const titre = (e: Etape) => $(`#titre-${e}`);
const estEtape = (v: string | undefined): v is Etape => (ETAPES as readonly string[]).includes(v ?? '');

// ---------------------------------------------------------------------------------------------------------------
// Map background: `?fond=aucun` (a plain background, no tile request: slow connections, tests). Only that value
// is read: a link cannot make this page load a map style from anywhere else.

const fondAucun = new URLSearchParams(location.search).get('fond') === 'aucun';
if (fondAucun) {
  elements.carte.setAttribute('fond', 'aucun');
  elements.agenda.setAttribute('fond', 'aucun');
}

// ---------------------------------------------------------------------------------------------------------------
// One step at a time

function aller(etape: Etape, { focus = true } = {}): void {
  for (const e of ETAPES) section(e).hidden = e !== etape;
  for (const lien of document.querySelectorAll<HTMLAnchorElement>('nav.etapes a[data-etape]')) {
    if (lien.dataset.etape === etape) lien.setAttribute('aria-current', 'step');
    else lien.removeAttribute('aria-current');
  }
  document.title = `${titre(etape).textContent ?? ''} · ${TEXTES.titrePage}`;
  if (focus) {
    // Keyboard and screen-reader users land on the new step, not only the eyes.
    const t = titre(etape);
    t.focus({ preventScroll: true });
    // At the top of the window, even before the step's element has drawn itself (see `.etape` in the CSS).
    t.scrollIntoView({ block: 'start' });
  }
}

// The step links: no change of address (no history entry that would keep the person's choices).
for (const lien of document.querySelectorAll<HTMLAnchorElement>('nav.etapes a[data-etape]')) {
  lien.addEventListener('click', (e) => {
    const etape = lien.dataset.etape;
    if (!estEtape(etape)) return;
    e.preventDefault();
    aller(etape);
  });
}
for (const bouton of document.querySelectorAll<HTMLButtonElement>('button.suivante')) {
  bouton.addEventListener('click', () => {
    const etape = bouton.dataset.vers;
    if (estEtape(etape)) aller(etape);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The map's choices in the page address (`synchro-url`): what it reads when it starts, and the link printed on its
// sheets. Only the map's own keys are written or removed; the page's (`fond`) stay.

function adresseAvec(choix: URLSearchParams): string {
  const params = new URLSearchParams([...new URLSearchParams(location.search)].filter(([k]) => !CLES_ETAT.includes(k)));
  for (const [k, v] of choix) if (CLES_ETAT.includes(k)) params.append(k, v);
  const q = params.toString();
  return `${location.pathname}${q ? `?${q}` : ''}`;
}

/** A fresh element in place of the old one: same attributes, nothing of what was chosen or typed in it. */
function remplacer(ancien: HTMLElement): HTMLElement {
  const neuf = document.createElement(ancien.localName);
  for (const a of ancien.attributes) neuf.setAttribute(a.name, a.value);
  ancien.replaceWith(neuf);
  return neuf;
}

/**
 * Opens the places step on these choices (need, commune, distance…): the map starts again from them, as it does
 * from a shared link. The old map's own filters go: this is a new question.
 */
function ouvrirLieux(choix: URLSearchParams): void {
  history.replaceState(history.state, '', adresseAvec(choix));
  remplacer(elements.carte);
  aller('lieux');
}

// ---------------------------------------------------------------------------------------------------------------
// The elements' events move the helper forward

// The diagnosis' « Être guidé vers la bonne aide » and « Trouver un lieu près de chez elle »: handled here, the
// helper stays on the page.
document.addEventListener('diag-suite', (e) => {
  e.preventDefault();
  if (e.detail.vers === 'orientation') aller('orientation');
  else ouvrirLieux(new URLSearchParams({ besoin: e.detail.besoin }));
});

// « Je ne sais pas ce dont j'ai besoin » in the orientation: the diagnosis is step 1.
document.addEventListener('orientation-diagnostic', (e) => {
  e.preventDefault();
  aller('diagnostic');
});

// Links inside the elements: the orientation's « Voir tous les lieux sur la carte » (its `lien-carte`, kept as the
// public map page for the printed fiche and its QR code) opens step 3 with the same choices; « Voir tout l'agenda »
// (`lien-agenda="#etape-ateliers"`) opens step 4. A click with a modifier (new tab) is left to the browser.
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  const chemin = e.composedPath();
  const a = chemin.find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && !!n.href);
  if (!a) return;
  const u = new URL(a.href);
  if (u.origin !== location.origin) return;
  const etape = u.hash.slice('#etape-'.length);
  if (u.pathname === location.pathname && u.hash.startsWith('#etape-') && estEtape(etape)) {
    e.preventDefault();
    aller(etape);
    return;
  }
  const orientation = elements.orientation;
  if (!chemin.includes(orientation) || !orientation.lienCarte) return;
  if (u.pathname === new URL(orientation.lienCarte, document.baseURI).pathname && u.searchParams.has('besoin')) {
    e.preventDefault();
    ouvrirLieux(u.searchParams);
  }
});

// Who answers the questions: the helper (« la personne ») or the person (« vous »). Set as an attribute, so that
// the fresh elements of « Effacer tout » keep it; the elements apply it at their next start.
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="voix"]')) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    elements.diag.setAttribute('voix', radio.value);
    elements.orientation.setAttribute('voix', radio.value);
  });
}

// The person's language: set on each element (the page around stays in French, for the helper). Set as an
// attribute, so that the fresh elements of « Effacer tout » would keep it; « Effacer tout » goes back to French.
function choisirLangue(langue: string): void {
  for (const el of [elements.diag, elements.orientation, elements.carte, elements.agenda]) el.setAttribute('lang', langue);
  const radio = document.querySelector<HTMLInputElement>(`input[name="langue"][value="${langue}"]`);
  if (radio) radio.checked = true;
}
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="langue"]')) {
  radio.addEventListener('change', () => radio.checked && choisirLangue(radio.value));
}

// What was left outside the browser's memory, to say so or undo it at « Effacer tout ».
let lienCopie = false;
let fichierTelecharge = false;
document.addEventListener('carte-partage', (e) => {
  if (e.detail.moyen === 'lien') lienCopie = true;
});
document.addEventListener('agenda-export', (e) => {
  if (e.detail.quoi === 'ics' || e.detail.quoi === 'ics-seance') fichierTelecharge = true;
});

// ---------------------------------------------------------------------------------------------------------------
// « Imprimer cette étape »: each element's own paper version; the page's print sheet hides the other steps and the
// page around (Ctrl+P gives the same page).

function dire(texte: string): void {
  // Emptied first: the same sentence twice is said twice.
  annonce.textContent = '';
  requestAnimationFrame(() => (annonce.textContent = texte));
}

/** The diagnosis and the orientation have a paper version only once they show a result. */
const aUneImpression = (el: HTMLElement) => !!el.shadowRoot?.querySelector('.impression');

for (const bouton of document.querySelectorAll<HTMLButtonElement>('button.imprimer')) {
  bouton.addEventListener('click', () => {
    const etape = bouton.dataset.imprimer;
    if (etape === 'diagnostic' || etape === 'orientation') {
      if (!aUneImpression(etape === 'diagnostic' ? elements.diag : elements.orientation)) {
        dire(TEXTES.rienAImprimer[etape]);
        return;
      }
    }
    annonce.textContent = '';
    // The agenda prints its whole selection (not only the first sessions shown on screen), on A4.
    if (etape === 'ateliers') elements.agenda.imprimerListe();
    else window.print();
  });
}

// ---------------------------------------------------------------------------------------------------------------
// « Effacer tout »: for the next person

function viderStockage(stockage: Storage): void {
  for (const cle of Object.keys(stockage)) if (cle.startsWith(PREFIXE_STOCKAGE)) stockage.removeItem(cle);
}

async function effacerTout(): Promise<void> {
  // The diagnosis shared with the elements (context of <annuaire-inclusion>) is forgotten.
  section('diagnostic').dispatchEvent(
    new ContextEvent(diagnosticContext, section('diagnostic'), (valeur) => valeur.publier(undefined)),
  );
  globalThis.speechSynthesis?.cancel();
  for (const stockage of [localStorage, sessionStorage]) {
    try {
      viderStockage(stockage);
    } catch {
      // Storage refused (private browsing, policy): nothing was kept.
    }
  }
  // The page address loses the map's choices (commune, need, place opened); the page's own setting stays.
  history.replaceState(null, '', adresseAvec(new URLSearchParams()));
  // Fresh elements: answers, results, the note typed for the fiche, filters, opened place and sheets are gone.
  remplacer(elements.diag);
  remplacer(elements.orientation);
  remplacer(elements.carte);
  remplacer(elements.agenda);
  // The next person starts in French: the language chosen said something about this one.
  choisirLangue('fr');
  aller('diagnostic');
  const message = fichierTelecharge ? `${TEXTES.efface} ${TEXTES.fichierTelecharge}` : TEXTES.efface;
  fichierTelecharge = false;
  dire(message);
  if (lienCopie) {
    lienCopie = false;
    // The link copied from the map named the person's commune: the clipboard is emptied too.
    await navigator.clipboard?.writeText('').catch(() => undefined);
  }
}

$('#effacer-tout').addEventListener('click', () => void effacerTout());

// A link to this page with the map's choices (the QR code of a printed list, a shared link) opens the places step.
if ([...new URLSearchParams(location.search).keys()].some((k) => CLES_ETAT.includes(k))) aller('lieux', { focus: false });
else aller('diagnostic', { focus: false });
