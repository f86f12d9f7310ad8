// Demo page: the sample directory, or a file the integrator picks (read locally, never uploaded).
import '../src/index.js';
import type { AnnuaireInclusion } from '../src/components/annuaire-inclusion/annuaire-inclusion.js';
import type { CarteMediation } from '../src/components/carte-mediation/carte-mediation.js';
import type { DiagAutonomie } from '../src/components/diag-autonomie/diag-autonomie.js';

const annuaire = document.querySelector<AnnuaireInclusion>('#annuaire')!;
const fichier = document.querySelector<HTMLInputElement>('#fichier')!;

fichier.addEventListener('change', async () => {
  const f = fichier.files?.[0];
  if (!f) return;
  annuaire.donnees = await f.text();
});

// The diagnosis leads to the map below: the page handles « diag-suite » (no page change), the map takes the need.
const carte = document.querySelector<CarteMediation>('#carte')!;
document.querySelector<DiagAutonomie>('#diag')!.addEventListener('diag-suite', (e) => {
  if (e.detail.vers !== 'carte') return;
  e.preventDefault();
  carte.besoin = e.detail.besoin;
  // Keyboard and screen-reader users land on the map too, not only the eyes.
  carte.tabIndex = -1;
  carte.focus({ preventScroll: true });
  carte.scrollIntoView({ block: 'start' });
});

// « Je ne sais pas ce dont j'ai besoin » in the orientation: the diagnosis is just above.
const diag = document.querySelector<HTMLElement>('#diag')!;
document.querySelector('#orientation')!.addEventListener('orientation-diagnostic', (e) => {
  e.preventDefault();
  diag.tabIndex = -1;
  diag.focus({ preventScroll: true });
  diag.scrollIntoView({ block: 'start' });
});

document.querySelector('#exemple')!.addEventListener('click', () => {
  fichier.value = '';
  annuaire.donnees = undefined;
});
