/**
 * A Vue 3 application that uses the kit (render functions, no template compiler). Vue sets a DOM property on a
 * custom element when `key in el` (the kit's elements have `voix`, `besoin`, `fond`, `src`), else an attribute;
 * a prop `onCarteFiltresChanges` listens to the event `carte-filtres-changes` (the name after `on`, hyphenated).
 * `vue` is Vue's own browser build (scripts/dev-server-paquets.mjs).
 */
import './journal.js';
import '../../src/index.js';
import { createApp, defineComponent, h, ref } from 'vue';
import type { DiagTermineDetail } from '../../src/events/diag-events.js';
import type { CarteFiltresChangesDetail } from '../../src/events/carte-events.js';
import type { NiveauAutonomie } from '../../src/data/types.js';

const NIVEAUX: Record<NiveauAutonomie, string> = {
  eloigne: 'éloigné du numérique',
  debutant: 'débutant',
  intermediaire: 'intermédiaire',
  avance: 'avancé',
  autonome: 'autonome',
};

const Application = defineComponent({
  name: 'ApplicationKit',
  setup() {
    const besoin = ref('');
    const total = ref<number | undefined>(undefined);
    const niveau = ref<NiveauAutonomie | undefined>(undefined);

    return () => {
      const t = total.value;
      const etatCarte =
        t === undefined ? 'La carte n’a pas encore changé de filtres.' : `La carte montre maintenant ${t} ${t > 1 ? 'lieux' : 'lieu'}.`;
      const etatDiag =
        niveau.value === undefined ? 'Le test n’est pas encore terminé.' : `Test terminé : niveau « ${NIVEAUX[niveau.value]} ».`;
      return [
        h('section', { class: 'etat', 'aria-labelledby': 'titre-etat' }, [
          h('h2', { id: 'titre-etat' }, 'Ce que l’application Vue reçoit du kit'),
          h('p', { id: 'etat-diag', role: 'status' }, etatDiag),
          h('p', { id: 'etat-carte', role: 'status' }, etatCarte),
          h(
            'button',
            { id: 'montrer-demarches', type: 'button', onClick: () => (besoin.value = 'demarche') },
            'Montrer les lieux qui aident aux démarches',
          ),
        ]),
        h('annuaire-inclusion', { src: '/data/tourcoing.json' }, [
          h('diag-autonomie', {
            voix: 'moi',
            onDiagTermine: (e: CustomEvent<DiagTermineDetail>) => (niveau.value = e.detail.resultat.niveau),
          }),
          h('carte-mediation', {
            fond: 'aucun',
            besoin: besoin.value,
            onCarteFiltresChanges: (e: CustomEvent<CarteFiltresChangesDetail>) => (total.value = e.detail.total),
          }),
        ]),
      ];
    };
  },
});

createApp(Application).mount('#application');
