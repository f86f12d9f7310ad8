// The languages page: every element with its own language choice, and one choice for all (`?lang=ar` too).
// `?fond=aucun`: the maps without tiles (no request outside).
import '../src/index.js';

const TAGS = ['bandeau-aide-demarche', 'diag-autonomie', 'orientation-flow', 'carte-mediation', 'agenda-ateliers', 'annuaire-resume'];
const params = new URLSearchParams(location.search);
if (params.get('fond') === 'aucun') for (const el of document.querySelectorAll('carte-mediation, agenda-ateliers')) el.setAttribute('fond', 'aucun');

function choisir(langue: string): void {
  for (const el of document.querySelectorAll(TAGS.join(','))) el.setAttribute('lang', langue);
  const radio = document.querySelector<HTMLInputElement>(`input[name="langue"][value="${langue}"]`);
  if (radio) radio.checked = true;
}
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="langue"]')) {
  radio.addEventListener('change', () => radio.checked && choisir(radio.value));
}
const demandee = params.get('lang');
if (demandee && ['fr', 'en', 'ar', 'uk'].includes(demandee)) choisir(demandee);
