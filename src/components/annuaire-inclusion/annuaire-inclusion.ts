import { ContextProvider } from '@lit/context';
import { css, ReactiveElement, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { definir, emettre } from '../../base/outils.js';
import { diagnosticContext } from '../../context/diagnostic.js';
import { annuaireContext, type EtatAnnuaire, type ValeurAnnuaire } from '../../context/annuaire.js';
import { sourcePour } from '../../controllers/sources.js';
import { chargerAnnuaire } from '../../data/charger.js';
import type { AnnuaireChargeDetail, AnnuaireErreurDetail } from '../../events/annuaire-events.js';

/**
 * Loads a directory of places and workshops once and shares it with every element of the kit inside it.
 *
 * It renders nothing of its own (its children show through a slot), so it extends Lit's `ReactiveElement`
 * without the template engine: a page that only loads the directory does not pay for lit-html.
 *
 * @tagname annuaire-inclusion
 * @summary Charge l’annuaire (lieux et ateliers) une seule fois et le donne aux éléments du kit qu’il contient.
 * @slot - Les éléments du kit (carte, orientation, agenda…) et tout autre contenu de la page, affichés tels quels.
 * @fires {CustomEvent<AnnuaireChargeDetail>} annuaire-charge - L’annuaire est prêt (aussi après « Réessayer » ou un changement de `src`) : `detail.rapport` dit combien d’enregistrements ont été lus, gardés et refusés, et pourquoi ; `detail.src` est l’adresse lue (absente avec `donnees`).
 * @fires {CustomEvent<AnnuaireErreurDetail>} annuaire-erreur - L’annuaire n’a pas pu être chargé : `detail.erreur.type` vaut `http` (avec `status`), `reseau` ou `format` (fichier illisible).
 */
export class AnnuaireInclusion extends ReactiveElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    src: { type: String },
    donnees: { attribute: false },
  };

  /**
   * Adresse (URL) de l’annuaire : le JSON du kit, un tableau JSON de lieux au standard national, ou le CSV du
   * standard. Demandé sans cookies ; plusieurs éléments de la page qui lisent la même adresse ne font qu’une requête.
   */
  declare src: string;

  /**
   * L’annuaire donné directement, sans requête : un objet ou un tableau déjà lu, ou le texte d’un fichier JSON
   * ou CSV. A la priorité sur `src`.
   */
  declare donnees: unknown;

  private readonly fournisseur = new ContextProvider(this, {
    context: annuaireContext,
    initialValue: { etat: { statut: 'attente' }, reessayer: () => {} },
  });

  /**
   * The last diagnosis of the page (`<diag-autonomie>`), shared with the elements inside: in memory only.
   * `publier` keeps its identity, so that consumers can call the one they received.
   */
  private readonly diagnostic: ContextProvider<typeof diagnosticContext> = new ContextProvider(this, {
    context: diagnosticContext,
    initialValue: {
      publier: (resultat) => this.diagnostic.setValue({ resultat, publier: this.diagnostic.value.publier }),
    },
  });

  /** The directory's state, as given to the elements inside. */
  get valeur(): ValeurAnnuaire {
    return this.fournisseur.value;
  }

  constructor() {
    super();
    this.src = '';
  }

  private desabonner?: () => void;
  private generation = 0;
  /** What the provider is currently plugged into; undefined while disconnected. */
  private branche?: { src: string; donnees: unknown };

  override connectedCallback(): void {
    super.connectedCallback();
    this.brancher();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.desabonner?.();
    this.desabonner = undefined;
    this.branche = undefined;
    this.generation++;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('donnees')) this.brancher();
  }

  private brancher(): void {
    if (!this.isConnected) return;
    if (this.branche && this.branche.src === this.src && this.branche.donnees === this.donnees) return;
    this.branche = { src: this.src, donnees: this.donnees };
    this.desabonner?.();
    this.desabonner = undefined;
    const generation = ++this.generation;
    if (this.donnees !== undefined) {
      this.publier({ statut: 'chargement', src: '' }, () => {});
      chargerAnnuaire(this.donnees).then(
        ({ annuaire, rapport }) => generation === this.generation && this.publier({ statut: 'pret', annuaire, rapport }, () => {}),
        (e) =>
          generation === this.generation &&
          this.publier({ statut: 'erreur', src: '', erreur: { type: 'format', detail: String(e) } }, () => {
            this.branche = undefined;
            this.brancher();
          }),
      );
      return;
    }
    if (!this.src) {
      this.publier({ statut: 'attente' }, () => {});
      return;
    }
    const source = sourcePour(this.src);
    this.desabonner = source.abonner((etat) => this.publier(etat, () => source.recharger()));
  }

  private publier(etat: EtatAnnuaire, reessayer: () => void): void {
    this.fournisseur.setValue({ etat, reessayer });
    if (etat.statut === 'pret') {
      emettre<AnnuaireChargeDetail>(this, 'annuaire-charge', { src: etat.src, rapport: etat.rapport });
    } else if (etat.statut === 'erreur') {
      emettre<AnnuaireErreurDetail>(this, 'annuaire-erreur', { src: etat.src, erreur: etat.erreur });
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const racine = super.createRenderRoot();
    racine.appendChild(document.createElement('slot'));
    return racine;
  }
}

definir('annuaire-inclusion', AnnuaireInclusion);

declare global {
  interface HTMLElementTagNameMap {
    'annuaire-inclusion': AnnuaireInclusion;
  }
}
