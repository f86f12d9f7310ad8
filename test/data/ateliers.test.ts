import { expect } from '@open-wc/testing';
import { agenda, seancesEntre } from '../../src/data/ateliers.js';
import type { Atelier, Recurrence } from '../../src/data/types.js';

const base: Atelier = {
  id: 'a',
  titre: 'Atelier',
  thematiques: [],
  format: 'collectif',
  modalite: 'sur_place',
  frais: ['gratuit'],
  statut: 'programme',
};
const avec = (recurrence: Recurrence, extra: Partial<Atelier> = {}): Atelier => ({ ...base, recurrence, ...extra });
const dates = (a: Atelier, du: string, au: string) => seancesEntre(a, du, au).map((s) => s.date);

describe('seancesEntre: recurring workshops', () => {
  it('« chaque mardi de 14 h à 16 h » gives every Tuesday of the window, with its times', () => {
    const a = avec({ frequence: 'hebdomadaire', jours: ['mardi'], heure_debut: '14:00', heure_fin: '16:00', du: '2026-09-01', au: '2027-06-30' });
    const s = seancesEntre(a, '2026-11-23', '2026-12-20');
    expect(s.map((x) => x.date)).to.deep.equal(['2026-11-24', '2026-12-01', '2026-12-08', '2026-12-15']);
    expect(s[0]).to.include({ debut: '14:00', fin: '16:00', statut: 'programme' });
  });

  it('every other week counts from the week of the first date', () => {
    const a = avec({ frequence: 'hebdomadaire', jours: ['jeudi'], intervalle: 2, heure_debut: '09:30', heure_fin: '11:30', du: '2026-11-19', au: '2027-01-31' });
    expect(dates(a, '2026-11-16', '2026-12-31')).to.deep.equal(['2026-11-19', '2026-12-03', '2026-12-17', '2026-12-31']);
  });

  it('« le 1er samedi du mois » and « le dernier vendredi du mois »', () => {
    const premier = avec({ frequence: 'mensuelle', jours: ['samedi'], rangs: [1], heure_debut: '10:00', heure_fin: '12:00', du: '2026-09-01', au: '2027-06-30' });
    expect(dates(premier, '2026-11-01', '2027-02-28')).to.deep.equal(['2026-11-07', '2026-12-05', '2027-01-02', '2027-02-06']);
    const dernier = avec({ frequence: 'mensuelle', jours: ['vendredi'], rangs: [-1], heure_debut: '14:00', heure_fin: '16:00', du: '2026-09-01', au: '2027-06-30' });
    expect(dates(dernier, '2026-11-01', '2027-01-31')).to.deep.equal(['2026-11-27', '2026-12-25', '2027-01-29']);
  });

  it('skips the dates listed in `sauf` (holidays) and stops at the end date', () => {
    const a = avec({
      frequence: 'hebdomadaire',
      jours: ['lundi', 'mercredi'],
      heure_debut: '10:00',
      heure_fin: '11:00',
      du: '2026-12-14',
      au: '2027-01-06',
      sauf: ['2026-12-21', '2026-12-23', '2026-12-28', '2026-12-30'],
    });
    expect(dates(a, '2026-12-01', '2027-03-01')).to.deep.equal(['2026-12-14', '2026-12-16', '2027-01-04', '2027-01-06']);
  });

  it('keeps the same local times across the daylight-saving change (29 March 2027)', () => {
    const a = avec({ frequence: 'hebdomadaire', jours: ['samedi', 'dimanche', 'lundi'], heure_debut: '14:00', heure_fin: '16:00', du: '2027-03-27', au: '2027-03-29' });
    const s = seancesEntre(a, '2027-03-01', '2027-04-30');
    expect(s.map((x) => `${x.date} ${x.debut}`)).to.deep.equal(['2027-03-27 14:00', '2027-03-28 14:00', '2027-03-29 14:00']);
  });
});

describe('seancesEntre: dated sessions and statuses', () => {
  const serie: Atelier = {
    ...base,
    statut: 'programme',
    places_restantes: 4,
    seances: [
      { debut: '2026-12-03T09:30', fin: '2026-12-03T12:30' },
      { debut: '2026-12-10T09:30', fin: '2026-12-10T12:30', statut: 'annule' },
      { debut: '2026-12-17T09:30', fin: '2026-12-17T12:30', places_restantes: 0, statut: 'complet' },
    ],
  };

  it('keeps cancelled and full sessions, marked, rather than a silent gap', () => {
    expect(seancesEntre(serie, '2026-12-01', '2026-12-31').map((s) => [s.date, s.statut, s.places_restantes])).to.deep.equal([
      ['2026-12-03', 'programme', 4],
      ['2026-12-10', 'annule', 4],
      ['2026-12-17', 'complet', 0],
    ]);
  });

  it('orders the sessions of several workshops in time', () => {
    const autre = avec(
      { frequence: 'hebdomadaire', jours: ['jeudi'], heure_debut: '08:00', heure_fin: '09:00', du: '2026-12-01', au: '2026-12-10' },
      { id: 'b' },
    );
    expect(agenda([serie, autre], '2026-12-01', '2026-12-11').map((s) => `${s.date} ${s.debut} ${s.atelier.id}`)).to.deep.equal([
      '2026-12-03 08:00 b',
      '2026-12-03 09:30 a',
      '2026-12-10 08:00 b',
      '2026-12-10 09:30 a',
    ]);
  });
});
