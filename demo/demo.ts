// Demo page: the sample directory, or a file the integrator picks (read locally, never uploaded).
import '../src/index.js';
import type { AnnuaireInclusion } from '../src/components/annuaire-inclusion/annuaire-inclusion.js';

const annuaire = document.querySelector<AnnuaireInclusion>('#annuaire')!;
const fichier = document.querySelector<HTMLInputElement>('#fichier')!;

fichier.addEventListener('change', async () => {
  const f = fichier.files?.[0];
  if (!f) return;
  annuaire.donnees = await f.text();
});

document.querySelector('#exemple')!.addEventListener('click', () => {
  fichier.value = '';
  annuaire.donnees = undefined;
});
