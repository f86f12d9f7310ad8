// custom-elements.json (shipped with the package, read by editors and by integrators): without this plugin, the
// analyzer lists every Lit reactive property as an attribute, internal state (`state: true`) and private fields
// included (the map's `etatCarte`, the agenda's `vueActive`…), which reads as settings an integrator could use.
// Only the public API stays. The same reading of `static properties` makes the docs (scripts/docs.mjs).
import { readFileSync } from 'node:fs';
import { proprietesLit } from './scripts/docs.mjs';

export default {
  plugins: [
    {
      name: 'kit-api-publique',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? []) {
          let lit;
          try {
            lit = proprietesLit(readFileSync(module.path, 'utf8'));
          } catch {
            continue;
          }
          for (const classe of module.declarations ?? []) {
            if (!classe.customElement) continue;
            const cache = new Set(
              (classe.members ?? []).filter((m) => lit.get(m.name)?.etat || (m.privacy && m.privacy !== 'public')).map((m) => m.name),
            );
            for (const [nom, p] of lit) if (p.etat) cache.add(nom);
            if (classe.attributes) classe.attributes = classe.attributes.filter((a) => !cache.has(a.fieldName ?? a.name));
            if (classe.members) classe.members = classe.members.filter((m) => !lit.get(m.name)?.etat);
          }
        }
      },
    },
  ],
};
