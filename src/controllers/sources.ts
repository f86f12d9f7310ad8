/**
 * Shared sources: one entry per directory URL for the whole page, so that any number of elements with the
 * same `src` make one request, and a retry from one of them reloads it for all. The registry lives on
 * `globalThis` under a global symbol, so two copies of the kit on one page share it too.
 */
import { chargerAnnuaire, ErreurFormat } from '../data/charger.js';
import type { EtatAnnuaire } from '../context/annuaire.js';

type Abonne = (etat: EtatAnnuaire) => void;

export class SourceAnnuaire {
  etat: EtatAnnuaire = { statut: 'attente' };
  private abonnes = new Set<Abonne>();
  private controleur?: AbortController;

  constructor(readonly url: string) {}

  /** Calls `abonne` now and at every change; starts loading if nothing was loaded yet. */
  abonner(abonne: Abonne): () => void {
    this.abonnes.add(abonne);
    if (this.etat.statut === 'attente') this.charger();
    else abonne(this.etat);
    return () => {
      this.abonnes.delete(abonne);
      // Nobody waits any more: stop the download; the next subscriber starts again.
      if (!this.abonnes.size && this.etat.statut === 'chargement') {
        this.controleur?.abort();
        this.etat = { statut: 'attente' };
      }
    };
  }

  /** « Réessayer »: goes to the network again, never to a cached failure. */
  recharger(): void {
    if (this.etat.statut !== 'chargement') this.charger('reload');
  }

  private publier(etat: EtatAnnuaire): void {
    this.etat = etat;
    for (const a of [...this.abonnes]) a(etat);
  }

  private async charger(cache: RequestCache = 'default'): Promise<void> {
    const controleur = (this.controleur = new AbortController());
    const src = this.url;
    this.publier({ statut: 'chargement', src });
    let texte: string;
    try {
      // No cookies: the directory is public, and nothing about the person goes with the request.
      const reponse = await fetch(src, { signal: controleur.signal, credentials: 'omit', cache });
      if (!reponse.ok) {
        if (controleur.signal.aborted) return;
        return this.publier({ statut: 'erreur', src, erreur: { type: 'http', status: reponse.status } });
      }
      texte = await reponse.text();
    } catch (e) {
      if (controleur.signal.aborted) return;
      return this.publier({ statut: 'erreur', src, erreur: { type: 'reseau', detail: String(e) } });
    }
    try {
      const { annuaire, rapport } = await chargerAnnuaire(texte);
      if (controleur.signal.aborted) return;
      this.publier({ statut: 'pret', src, annuaire, rapport });
    } catch (e) {
      if (controleur.signal.aborted) return;
      this.publier({
        statut: 'erreur',
        src,
        erreur: { type: 'format', detail: e instanceof ErreurFormat ? e.code : String(e) },
      });
    }
  }
}

const REGISTRE = Symbol.for('kit-inclusion-numerique.sources');

/** The shared source for a URL (resolved against the page, so `a.json` and `./a.json` are one source). */
export function sourcePour(src: string): SourceAnnuaire {
  const g = globalThis as unknown as Record<symbol, Map<string, SourceAnnuaire> | undefined>;
  const registre = (g[REGISTRE] ??= new Map());
  const url = new URL(src, document.baseURI).href;
  let s = registre.get(url);
  if (!s) registre.set(url, (s = new SourceAnnuaire(url)));
  return s;
}
