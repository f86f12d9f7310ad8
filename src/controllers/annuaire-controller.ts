import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { annuaireContext, type EtatAnnuaire, type ValeurAnnuaire } from '../context/annuaire.js';

type Hote = ReactiveControllerHost & HTMLElement & { src?: string };

/**
 * Gives an element its directory: from the `<annuaire-inclusion>` around it when there is one (through
 * `@lit/context`), else from its own `src` (widgets scattered over a CMS page). Elements with the same `src`
 * share one request. If a provider appears later, the element switches to it.
 */
export class AnnuaireController implements ReactiveController {
  valeur: ValeurAnnuaire = { etat: { statut: 'attente' }, reessayer: () => {} };
  private fourni = false;
  private srcSuivi?: string;
  private desabonner?: () => void;

  constructor(private readonly hote: Hote) {
    new ContextConsumer(hote, {
      context: annuaireContext,
      subscribe: true,
      callback: (v) => {
        this.fourni = true;
        this.lacher();
        this.valeur = v;
        hote.requestUpdate();
      },
    });
    hote.addController(this);
  }

  get etat(): EtatAnnuaire {
    return this.valeur.etat;
  }

  /** Whether the directory comes from a provider above the element. */
  get depuisFournisseur(): boolean {
    return this.fourni;
  }

  hostConnected(): void {
    // The consumer above asked for a provider synchronously; if none answered, use our own `src`.
    this.suivreSrc();
  }

  hostUpdate(): void {
    this.suivreSrc();
  }

  hostDisconnected(): void {
    this.lacher();
    this.srcSuivi = undefined;
    this.fourni = false;
  }

  private suivreSrc(): void {
    if (this.fourni) return;
    const src = this.hote.src || undefined;
    if (src === this.srcSuivi) return;
    this.lacher();
    this.srcSuivi = src;
    if (!src) {
      this.valeur = { etat: { statut: 'attente' }, reessayer: () => {} };
      return;
    }
    this.valeur = { etat: { statut: 'chargement', src }, reessayer: () => {} };
    // The loader (fetch, parsing, validation) is a chunk of its own, fetched only by an element that has to
    // load its directory itself: elements inside <annuaire-inclusion> never need it.
    void import('./sources.js').then(({ sourcePour }) => {
      if (this.srcSuivi !== src || this.fourni) return;
      const source = sourcePour(src);
      this.desabonner = source.abonner((etat) => {
        this.valeur = { etat, reessayer: () => source.recharger() };
        this.hote.requestUpdate();
      });
    });
  }

  private lacher(): void {
    this.desabonner?.();
    this.desabonner = undefined;
  }
}
