import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { diagnosticContext } from '../context/diagnostic.js';
import type { ResultatDiagnostic } from '../data/diagnostic.js';

type Hote = ReactiveControllerHost & HTMLElement;

/**
 * The result of a diagnosis made on this page, for the elements that use it (orientation, agenda): from the
 * `<annuaire-inclusion>` around them (context), else from the page's last `diag-termine` event; `diag-efface`
 * forgets it. The element's own property, when set, wins: `element.diagnostic ?? controleur.resultat`.
 */
export class DiagnosticController implements ReactiveController {
  private contexte?: ResultatDiagnostic;
  private evenement?: ResultatDiagnostic;

  constructor(
    private readonly hote: Hote,
    /** Called when a new result arrives by the page's event (e.g. to turn level matching back on). */
    private readonly surNouveau?: () => void,
  ) {
    new ContextConsumer(hote, {
      context: diagnosticContext,
      subscribe: true,
      callback: (v) => {
        this.contexte = v.resultat;
        hote.requestUpdate();
      },
    });
    hote.addController(this);
  }

  get resultat(): ResultatDiagnostic | undefined {
    return this.contexte ?? this.evenement;
  }

  private termine = (e: Event) => {
    this.evenement = (e as CustomEvent<{ resultat: ResultatDiagnostic }>).detail.resultat;
    this.surNouveau?.();
    this.hote.requestUpdate();
  };

  private efface = () => {
    this.evenement = undefined;
    this.hote.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener('diag-termine', this.termine);
    window.addEventListener('diag-efface', this.efface);
  }

  hostDisconnected(): void {
    window.removeEventListener('diag-termine', this.termine);
    window.removeEventListener('diag-efface', this.efface);
  }
}
