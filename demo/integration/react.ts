/// <reference path="./react-types.d.ts" />
/**
 * A React 19 application that uses the kit (no JSX: createElement). React 19 sets a property on a custom element
 * when the element has it (`'besoin' in carte`), else an attribute; it listens to a custom event through a prop
 * named `on` + the exact event name (`ondiag-termine`, case kept), when the value is a function.
 */
import './journal.js';
import '../../src/index.js';
import { createElement as h, Fragment, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
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

function Application() {
  const [besoin, setBesoin] = useState('');
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [niveau, setNiveau] = useState<NiveauAutonomie | undefined>(undefined);

  const etatCarte =
    total === undefined
      ? 'La carte n’a pas encore changé de filtres.'
      : `La carte montre maintenant ${total} ${total > 1 ? 'lieux' : 'lieu'}.`;
  const etatDiag = niveau === undefined ? 'Le test n’est pas encore terminé.' : `Test terminé : niveau « ${NIVEAUX[niveau]} ».`;

  return h(
    Fragment,
    {},
    h(
      'section',
      { className: 'etat', 'aria-labelledby': 'titre-etat' },
      h('h2', { id: 'titre-etat' }, 'Ce que l’application React reçoit du kit'),
      h('p', { id: 'etat-diag', role: 'status' }, etatDiag),
      h('p', { id: 'etat-carte', role: 'status' }, etatCarte),
      h(
        'button',
        { id: 'montrer-demarches', type: 'button', onClick: () => setBesoin('demarche') },
        'Montrer les lieux qui aident aux démarches',
      ),
    ),
    h(
      'annuaire-inclusion',
      { src: '/data/tourcoing.json' },
      h('diag-autonomie', {
        voix: 'moi',
        'ondiag-termine': (e: CustomEvent<DiagTermineDetail>) => setNiveau(e.detail.resultat.niveau),
      }),
      h('carte-mediation', {
        fond: 'aucun',
        besoin,
        'oncarte-filtres-changes': (e: CustomEvent<CarteFiltresChangesDetail>) => setTotal(e.detail.total),
      }),
    ),
  );
}

const conteneur = document.getElementById('application');
if (conteneur) createRoot(conteneur).render(h(StrictMode, {}, h(Application, {})));
