/**
 * Every `horaires` string of a real regional export (served from ../shared/data, never copied into the project).
 */
import { expect } from '@open-wc/testing';
import { parseHoraires, versOsm } from '../../src/data/horaires.js';
import type { RaisonHoraires } from '../../src/data/horaires.js';
import { texteHoraires } from '../../src/data/horaires-texte.js';
import { horairesFr } from '../../src/i18n/horaires.fr.js';

const FICHIER = '/shared-data/20230517-hub-du-sud-lieux-de-mediation-numeriques-provence-alpes-cote-d-azur.json';

describe('horaires of a real regional export (Provence-Alpes-Côte d’Azur, 2023)', () => {
  let sources: string[] = [];
  let lieuxAvecHoraires = 0;

  before(async () => {
    const res = await fetch(FICHIER);
    expect(res.ok, FICHIER).to.equal(true);
    const lieux = (await res.json()) as { horaires?: unknown }[];
    expect(lieux).to.have.length(646);
    const avec = lieux.filter((l) => typeof l.horaires === 'string') as { horaires: string }[];
    lieuxAvecHoraires = avec.length;
    sources = [...new Set(avec.map((l) => l.horaires))];
  });

  it('reads at least 97 % of the distinct strings, and says why for the others', () => {
    const raisons: Partial<Record<RaisonHoraires, number>> = {};
    let compris = 0;
    for (const source of sources) {
      const r = parseHoraires(source);
      if (r.ok) compris++;
      else {
        expect(Object.keys(horairesFr.raisons), source).to.include(r.raison);
        expect(r.position, source).to.be.within(0, source.length);
        raisons[r.raison] = (raisons[r.raison] ?? 0) + 1;
      }
    }
    console.log(
      `horaires réels : ${lieuxAvecHoraires} lieux avec horaires, ${sources.length} chaînes distinctes, ` +
        `${compris} comprises, ${sources.length - compris} non comprises ${JSON.stringify(raisons)}`,
    );
    expect(lieuxAvecHoraires).to.be.greaterThan(400);
    expect(compris / sources.length).to.be.at.least(0.97);
  });

  it('gives a consistent week for every string it reads, the same after a round trip through versOsm', () => {
    for (const source of sources) {
      const r = parseHoraires(source);
      if (!r.ok) continue;
      const h = r.horaires;
      expect(h.semaine, source).to.have.length(7);
      for (const jour of h.semaine) {
        let avant = -1;
        for (const p of jour) {
          expect(p.debut, source).to.be.within(0, 1439);
          expect(p.fin, source).to.be.within(1, 1440);
          expect(p.debut, source).to.be.below(p.fin);
          // Sorted and merged: each span starts after the previous one ended.
          expect(p.debut, source).to.be.above(avant);
          avant = p.fin;
        }
      }
      const osm = versOsm(h);
      const again = parseHoraires(osm);
      expect(again.ok, `${source} → ${osm}`).to.equal(true);
      if (again.ok) {
        expect(again.horaires.semaine, `${source} → ${osm}`).to.deep.equal(h.semaine);
        expect(again.horaires.feriesFermes).to.equal(h.feriesFermes);
        expect(again.horaires.commentaires).to.deep.equal(h.commentaires);
      }
    }
  });

  it('shows every string it cannot read exactly as written', () => {
    for (const source of sources) {
      if (parseHoraires(source).ok) continue;
      const t = texteHoraires(source, { jour: 0, minute: 600 });
      expect(t.brut).to.equal(source);
      expect(t.etat).to.equal(undefined);
      expect(t.semaine).to.equal(undefined);
    }
  });
});
