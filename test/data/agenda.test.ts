/**
 * The shared agenda of workshops: expanding recurrences into sessions, filtering them as a person asks, grouping by
 * day with French labels, and ordering for a person's level. Expected dates are counted on a calendar by hand
 * (1 December 2026 is a Tuesday; 29 March 2026 is the last Sunday of March, when Europe/Paris changes to summer time).
 */
import { expect } from '@open-wc/testing';
import { adequation, libelleJour, parJour, pourNiveau, seancesAgenda, type SeanceAgenda } from '../../src/data/agenda.js';
import type { Atelier, Lieu, Recurrence } from '../../src/data/types.js';

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
const aucunLieu = new Map<string, Lieu>();
const dates = (ateliers: Atelier[], du: string, au: string) => seancesAgenda(ateliers, aucunLieu, du, au).map((s) => s.date);
const cles = (s: readonly SeanceAgenda[]) => s.map((x) => `${x.date} ${x.debut} ${x.atelier.id}`);

describe('seancesAgenda: recurrences expanded into sessions', () => {
  it('« chaque mardi » gives every Tuesday of the window', () => {
    const a = avec({ frequence: 'hebdomadaire', jours: ['mardi'], heure_debut: '14:00', heure_fin: '16:00', du: '2026-09-01', au: '2027-06-30' });
    const s = seancesAgenda([a], aucunLieu, '2026-11-23', '2026-12-20');
    expect(s.map((x) => x.date)).to.deep.equal(['2026-11-24', '2026-12-01', '2026-12-08', '2026-12-15']);
    expect(s.every((x) => x.debut === '14:00' && x.fin === '16:00' && x.statut === 'programme')).to.equal(true);
  });

  it('« un mardi sur deux » (intervalle 2) counts from the first date', () => {
    const a = avec({ frequence: 'hebdomadaire', jours: ['mardi'], intervalle: 2, heure_debut: '14:00', heure_fin: '16:00', du: '2026-11-10', au: '2027-06-30' });
    expect(dates([a], '2026-11-01', '2026-12-31')).to.deep.equal(['2026-11-10', '2026-11-24', '2026-12-08', '2026-12-22']);
    // A window that starts on an « off » week does not shift the rhythm.
    expect(dates([a], '2026-11-16', '2026-12-31')).to.deep.equal(['2026-11-24', '2026-12-08', '2026-12-22']);
  });

  it('« le 1er samedi du mois »', () => {
    const a = avec({ frequence: 'mensuelle', jours: ['samedi'], rangs: [1], heure_debut: '10:00', heure_fin: '12:00', du: '2026-09-01', au: '2027-06-30' });
    expect(dates([a], '2026-11-01', '2027-02-28')).to.deep.equal(['2026-11-07', '2026-12-05', '2027-01-02', '2027-02-06']);
  });

  it('« le dernier vendredi du mois » (rangs [-1]), also in a month with five Fridays', () => {
    const a = avec({ frequence: 'mensuelle', jours: ['vendredi'], rangs: [-1], heure_debut: '14:00', heure_fin: '16:00', du: '2026-06-01', au: '2027-06-30' });
    // January 2027 has five Fridays (1, 8, 15, 22, 29): the last is the 29th, not the 22nd.
    expect(dates([a], '2026-11-01', '2027-02-28')).to.deep.equal(['2026-11-27', '2026-12-25', '2027-01-29', '2027-02-26']);
    // July 2026 has Fridays on the 24th and the 31st: only the 31st is the last.
    expect(dates([a], '2026-07-01', '2026-07-31')).to.deep.equal(['2026-07-31']);
  });

  it('« les 2e et 4e mercredis »', () => {
    const a = avec({ frequence: 'mensuelle', jours: ['mercredi'], rangs: [2, 4], heure_debut: '09:00', heure_fin: '11:00', du: '2026-09-01', au: '2027-06-30' });
    expect(dates([a], '2026-12-01', '2027-01-31')).to.deep.equal(['2026-12-09', '2026-12-23', '2027-01-13', '2027-01-27']);
  });

  it('skips the dates in `sauf`', () => {
    const a = avec({
      frequence: 'hebdomadaire',
      jours: ['lundi'],
      heure_debut: '10:00',
      heure_fin: '11:00',
      du: '2026-12-01',
      au: '2027-01-31',
      sauf: ['2026-12-21', '2026-12-28'],
    });
    expect(dates([a], '2026-12-01', '2027-01-12')).to.deep.equal(['2026-12-07', '2026-12-14', '2027-01-04', '2027-01-11']);
  });

  it('gives nothing before the recurrence’s `du` nor after its `au`', () => {
    const a = avec({ frequence: 'hebdomadaire', jours: ['jeudi'], heure_debut: '10:00', heure_fin: '11:00', du: '2026-12-09', au: '2026-12-24' });
    expect(dates([a], '2026-11-01', '2027-01-31')).to.deep.equal(['2026-12-10', '2026-12-17', '2026-12-24']);
    // `du` and `au` themselves are included when they are session days.
    const b = avec({ frequence: 'hebdomadaire', jours: ['jeudi'], heure_debut: '10:00', heure_fin: '11:00', du: '2026-12-10', au: '2026-12-17' });
    expect(dates([b], '2026-11-01', '2027-01-31')).to.deep.equal(['2026-12-10', '2026-12-17']);
  });

  it('includes the explicit sessions, once, when the recurrence gives the same slot (the explicit one wins)', () => {
    const a = avec(
      { frequence: 'hebdomadaire', jours: ['mardi'], heure_debut: '14:00', heure_fin: '16:00', du: '2026-12-01', au: '2026-12-15' },
      {
        seances: [
          { debut: '2026-12-08T14:00', fin: '2026-12-08T16:00', statut: 'annule' },
          { debut: '2026-12-10T09:00', fin: '2026-12-10T11:00' },
        ],
      },
    );
    const s = seancesAgenda([a], aucunLieu, '2026-12-01', '2026-12-31');
    expect(s.map((x) => `${x.date} ${x.debut}-${x.fin} ${x.statut}`)).to.deep.equal([
      '2026-12-01 14:00-16:00 programme',
      '2026-12-08 14:00-16:00 annule',
      '2026-12-10 09:00-11:00 programme',
      '2026-12-15 14:00-16:00 programme',
    ]);
  });

  it('puts the sessions of several workshops in time order', () => {
    const matin = avec({ frequence: 'hebdomadaire', jours: ['mardi', 'jeudi'], heure_debut: '09:30', heure_fin: '11:00', du: '2026-12-01', au: '2026-12-31' }, { id: 'matin' });
    const apres = avec({ frequence: 'hebdomadaire', jours: ['mardi'], heure_debut: '14:00', heure_fin: '16:00', du: '2026-12-01', au: '2026-12-31' }, { id: 'apres' });
    const ponctuel: Atelier = { ...base, id: 'ponctuel', seances: [{ debut: '2026-12-03T08:00', fin: '2026-12-03T09:00' }, { debut: '2026-12-01T10:00', fin: '2026-12-01T12:00' }] };
    // Given in any order.
    const s = seancesAgenda([apres, ponctuel, matin], aucunLieu, '2026-12-01', '2026-12-03');
    expect(cles(s)).to.deep.equal([
      '2026-12-01 09:30 matin',
      '2026-12-01 10:00 ponctuel',
      '2026-12-01 14:00 apres',
      '2026-12-03 08:00 ponctuel',
      '2026-12-03 09:30 matin',
    ]);
  });

  it('includes both bounds of the window, and nothing outside', () => {
    const a: Atelier = {
      ...base,
      seances: ['2026-11-30', '2026-12-01', '2026-12-15', '2026-12-31', '2027-01-01'].map((d) => ({ debut: `${d}T10:00`, fin: `${d}T11:00` })),
    };
    expect(dates([a], '2026-12-01', '2026-12-31')).to.deep.equal(['2026-12-01', '2026-12-15', '2026-12-31']);
    const r = avec({ frequence: 'hebdomadaire', jours: ['mardi'], heure_debut: '10:00', heure_fin: '11:00', du: '2026-01-01', au: '2027-12-31' });
    expect(dates([r], '2026-12-01', '2026-12-15')).to.deep.equal(['2026-12-01', '2026-12-08', '2026-12-15']);
  });

  it('keeps the local time 10:00 on Sundays across the change to summer time (29 March 2026)', () => {
    const a = avec({ frequence: 'hebdomadaire', jours: ['dimanche'], heure_debut: '10:00', heure_fin: '12:00', du: '2026-03-22', au: '2026-04-05' });
    const s = seancesAgenda([a], aucunLieu, '2026-03-01', '2026-04-30');
    expect(s.map((x) => `${x.date} ${x.debut}-${x.fin}`)).to.deep.equal(['2026-03-22 10:00-12:00', '2026-03-29 10:00-12:00', '2026-04-05 10:00-12:00']);
  });
});

// A small catalogue, one session each, on distinct days: filters are read on the ids.
const lille: Lieu = {
  id: 'lille',
  nom: 'Médiathèque Jean Lévy',
  adresse: '32 rue Édouard Delesalle',
  code_postal: '59000',
  code_insee: '59350',
  commune: 'Lille',
  latitude: 50.633,
  longitude: 3.063,
};
const villeneuve: Lieu = {
  id: 'villeneuve',
  nom: 'Centre social Les Géants',
  adresse: '5 rue Corneille',
  code_postal: '59650',
  code_insee: '59009',
  commune: 'Villeneuve-d’Ascq',
  latitude: 50.6233,
  longitude: 3.145,
};
const roubaix: Lieu = {
  id: 'roubaix',
  nom: 'Maison de quartier du Pile',
  adresse: '1 rue de Condé',
  code_postal: '59100',
  code_insee: '59512',
  commune: 'Roubaix',
  latitude: 50.6942,
  longitude: 3.1746,
};
const saintEtienne: Lieu = {
  id: 'saint-etienne',
  nom: 'Espace public numérique',
  adresse: '10 place Jean Jaurès',
  code_postal: '42000',
  code_insee: '42218',
  commune: 'Saint-Étienne',
};
const lieux = new Map<string, Lieu>([lille, villeneuve, roubaix, saintEtienne].map((l) => [l.id, l]));

const seance = (jour: string, h = '14:00') => [{ debut: `2026-12-${jour}T${h}`, fin: `2026-12-${jour}T${h === '14:00' ? '16:00' : '12:00'}` }];
const catalogue: Atelier[] = [
  {
    ...base,
    id: 'num',
    titre: 'Découvrir le Numérique',
    description: 'Premiers pas avec la tablette',
    lieu_id: 'lille',
    thematiques: ['prendre_en_main_du_materiel'],
    niveau: 'debutant',
    publics: ['Seniors'],
    frais: ['gratuit'],
    seances: seance('01'),
  },
  {
    ...base,
    id: 'mail',
    titre: 'Créer son adresse e-mail',
    lieu_id: 'villeneuve',
    thematiques: ['email'],
    niveau: 'intermediaire',
    format: 'individuel',
    publics: [],
    frais: ['pass_numerique'],
    seances: seance('02', '10:00'),
  },
  {
    ...base,
    id: 'visio',
    titre: 'Sécurité en ligne',
    modalite: 'a_distance',
    lien_visio: 'https://visio.exemple.fr/salle',
    thematiques: ['navigation_sur_internet'],
    publics: ['Jeunes'],
    frais: ['gratuit'],
    seances: seance('03'),
  },
  {
    ...base,
    id: 'mixte',
    titre: 'Bureautique : Word et Excel',
    lieu_id: 'roubaix',
    modalite: 'mixte',
    thematiques: ['bureautique'],
    niveau: 'avance',
    frais: ['payant'],
    tarif: '2 € la séance',
    seances: seance('04', '10:00'),
  },
  {
    ...base,
    id: 'stet',
    titre: 'Démarches administratives',
    lieu_id: 'saint-etienne',
    thematiques: ['aide_aux_demarches_administratives'],
    niveau: 'debutant',
    publics: ['Familles et/ou enfants'],
    frais: ['gratuit', 'pass_numerique'],
    seances: seance('05'),
  },
];
const trouver = (f: Parameters<typeof seancesAgenda>[4], du = '2026-12-01', au = '2026-12-31') =>
  seancesAgenda(catalogue, lieux, du, au, f).map((s) => s.atelier.id);

/** Haversine, written here again so that the test does not trust the module's own. */
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2 +
    Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('seancesAgenda: filters', () => {
  it('without filter, gives every session in time order, each with its place', () => {
    const s = seancesAgenda(catalogue, lieux, '2026-12-01', '2026-12-31');
    expect(s.map((x) => x.atelier.id)).to.deep.equal(['num', 'mail', 'visio', 'mixte', 'stet']);
    expect(s[0]!.lieu).to.equal(lille);
    expect(s[2]!.lieu).to.equal(undefined);
  });

  it('keywords: accents and case aside, « numerique » finds « Numérique » (title and place name)', () => {
    expect(trouver({ texte: 'numerique' })).to.have.members(['num', 'stet']);
    expect(trouver({ texte: 'NUMÉRIQUE' })).to.have.members(['num', 'stet']);
    expect(trouver({ texte: 'Numérique' })).to.have.length(2);
  });

  it('keywords: every word must appear, in any order, description included', () => {
    expect(trouver({ texte: 'numerique tablette' })).to.deep.equal(['num']);
    expect(trouver({ texte: 'Tablette  découvrir' })).to.deep.equal(['num']);
    expect(trouver({ texte: 'numerique excel' })).to.deep.equal([]);
    expect(trouver({ texte: 'word excel' })).to.deep.equal(['mixte']);
  });

  it('keywords: the place’s name and commune count', () => {
    expect(trouver({ texte: 'mediatheque' })).to.deep.equal(['num']);
    expect(trouver({ texte: 'geants' })).to.deep.equal(['mail']);
    expect(trouver({ texte: 'villeneuve' })).to.deep.equal(['mail']);
    expect(trouver({ texte: 'Saint-Étienne' })).to.deep.equal(['stet']);
    expect(trouver({ texte: 'roubaix bureautique' })).to.deep.equal(['mixte']);
  });

  it('themes: any of the chosen themes', () => {
    expect(trouver({ thematiques: ['email'] })).to.deep.equal(['mail']);
    expect(trouver({ thematiques: ['bureautique', 'email'] })).to.have.members(['mail', 'mixte']);
    expect(trouver({ thematiques: ['sante'] })).to.deep.equal([]);
  });

  it('levels: the chosen levels, and workshops without a level (open to all levels) pass', () => {
    expect(trouver({ niveaux: ['debutant'] })).to.have.members(['num', 'stet', 'visio']);
    expect(trouver({ niveaux: ['avance'] })).to.have.members(['mixte', 'visio']);
    expect(trouver({ niveaux: ['intermediaire', 'avance'] })).to.have.members(['mail', 'mixte', 'visio']);
  });

  it('format', () => {
    expect(trouver({ formats: ['individuel'] })).to.deep.equal(['mail']);
    expect(trouver({ formats: ['collectif'] })).to.have.members(['num', 'visio', 'mixte', 'stet']);
  });

  it('modalité: a `mixte` workshop matches both online and on-site', () => {
    expect(trouver({ modalites: ['a_distance'] })).to.have.members(['visio', 'mixte']);
    expect(trouver({ modalites: ['sur_place'] })).to.have.members(['num', 'mail', 'mixte', 'stet']);
  });

  it('publics: the chosen public, and workshops with no public (open to all)', () => {
    expect(trouver({ publics: ['Seniors'] })).to.have.members(['num', 'mail', 'mixte']);
    expect(trouver({ publics: ['Jeunes'] })).to.have.members(['visio', 'mail', 'mixte']);
  });

  it('frais: gratuit, pass numérique', () => {
    expect(trouver({ frais: ['gratuit'] })).to.have.members(['num', 'visio', 'stet']);
    expect(trouver({ frais: ['pass_numerique'] })).to.have.members(['mail', 'stet']);
  });

  it('commune by name, accents, case and apostrophes aside; an online workshop without place passes', () => {
    expect(trouver({ communes: ['lille'] })).to.have.members(['num', 'visio']);
    expect(trouver({ communes: ['LILLE'] })).to.have.members(['num', 'visio']);
    expect(trouver({ communes: ["Villeneuve-d'Ascq"] })).to.have.members(['mail', 'visio']);
    expect(trouver({ communes: ['saint etienne'] })).to.have.members(['stet', 'visio']);
    expect(trouver({ communes: ['Saint-Étienne', 'Roubaix'] })).to.have.members(['stet', 'mixte', 'visio']);
    expect(trouver({ communes: ['Tourcoing'] })).to.deep.equal(['visio']);
  });

  it('commune by postal code or INSEE code', () => {
    expect(trouver({ communes: ['59650'] })).to.have.members(['mail', 'visio']);
    expect(trouver({ communes: ['42218'] })).to.have.members(['stet', 'visio']);
    expect(trouver({ communes: ['59350', '59100'] })).to.have.members(['num', 'mixte', 'visio']);
  });

  it('distance around a point: within the radius, with the distance; places without coordinates left out; online passes', () => {
    const centre = { latitude: 50.6365, longitude: 3.0635 };
    const dAttendue = Object.fromEntries([lille, villeneuve, roubaix].map((l) => [l.id, km(centre, l as Required<Lieu>)]));
    // Worked out: Lille ≈ 0.4 km, Villeneuve-d’Ascq ≈ 5.9 km, Roubaix ≈ 10.1 km.
    expect(dAttendue.lille).to.be.below(1);
    expect(dAttendue.villeneuve).to.be.within(5.5, 6.5);
    expect(dAttendue.roubaix).to.be.within(9.5, 10.6);

    expect(trouver({ autour: { ...centre, rayonKm: 5 } })).to.have.members(['num', 'visio']);
    expect(trouver({ autour: { ...centre, rayonKm: 8 } })).to.have.members(['num', 'mail', 'visio']);
    const s = seancesAgenda(catalogue, lieux, '2026-12-01', '2026-12-31', { autour: { ...centre, rayonKm: 15 } });
    expect(s.map((x) => x.atelier.id)).to.deep.equal(['num', 'mail', 'visio', 'mixte']);
    for (const x of s) {
      if (x.atelier.id === 'visio') expect(x.distanceKm).to.equal(undefined);
      else expect(x.distanceKm!, x.atelier.id).to.be.closeTo(dAttendue[x.lieu!.id]!, 0.01);
    }
    // Saint-Étienne has no coordinates: never within any radius.
    expect(trouver({ autour: { ...centre, rayonKm: 2000 } })).not.to.include('stet');
  });

  it('dates `du`/`au` narrow the window, both included, never widen it', () => {
    expect(trouver({ du: '2026-12-02', au: '2026-12-04' })).to.deep.equal(['mail', 'visio', 'mixte']);
    expect(trouver({ du: '2026-11-01' }, '2026-12-03', '2026-12-31')).to.deep.equal(['visio', 'mixte', 'stet']);
    expect(trouver({ au: '2027-01-31' }, '2026-12-01', '2026-12-02')).to.deep.equal(['num', 'mail']);
  });

  it('filters add up', () => {
    expect(trouver({ texte: 'numerique', niveaux: ['debutant'], frais: ['pass_numerique'] })).to.deep.equal(['stet']);
    expect(trouver({ communes: ['lille'], modalites: ['sur_place'] })).to.deep.equal(['num']);
  });

  it('placesDisponibles: leaves out full, cancelled, postponed sessions and 0 seats left; keeps unknown seats', () => {
    const jour = (j: string) => ({ debut: `2026-12-${j}T10:00`, fin: `2026-12-${j}T12:00` });
    const ateliers: Atelier[] = [
      { ...base, id: 'inconnu', seances: [jour('01')] },
      { ...base, id: 'reste', places_restantes: 2, seances: [jour('02')] },
      { ...base, id: 'zero', places_restantes: 0, seances: [jour('03')] },
      { ...base, id: 'complet', statut: 'complet', seances: [jour('04')] },
      { ...base, id: 'annule', statut: 'annule', seances: [jour('05')] },
      { ...base, id: 'reporte', statut: 'reporte', seances: [jour('06')] },
      {
        ...base,
        id: 'serie',
        places_restantes: 5,
        seances: [
          { ...jour('07'), statut: 'annule' },
          { ...jour('08'), places_restantes: 0 },
          jour('09'),
        ],
      },
    ];
    const tout = seancesAgenda(ateliers, aucunLieu, '2026-12-01', '2026-12-31');
    expect(tout).to.have.length(9);
    const dispo = seancesAgenda(ateliers, aucunLieu, '2026-12-01', '2026-12-31', { placesDisponibles: true });
    expect(dispo.map((s) => `${s.atelier.id} ${s.date}`)).to.deep.equal(['inconnu 2026-12-01', 'reste 2026-12-02', 'serie 2026-12-09']);
  });
});

describe('parJour and libelleJour: days in French', () => {
  it('labels today, tomorrow, then « Mardi 1er décembre » (weekday capitalised, day number, month)', () => {
    expect(libelleJour('2026-11-28', '2026-11-28', '2026-11-29')).to.equal('Aujourd’hui');
    expect(libelleJour('2026-11-29', '2026-11-28', '2026-11-29')).to.equal('Demain');
    expect(libelleJour('2026-12-01', '2026-11-28', '2026-11-29')).to.equal('Mardi 1er décembre');
    expect(libelleJour('2026-12-02', '2026-11-28', '2026-11-29')).to.equal('Mercredi 2 décembre');
    expect(libelleJour('2027-02-14', '2026-11-28', '2026-11-29')).to.equal('Dimanche 14 février');
    expect(libelleJour('2026-08-15', '2026-11-28', '2026-11-29')).to.equal('Samedi 15 août');
    // The day does not slip across the change of time.
    expect(libelleJour('2026-03-29', '2026-11-28', '2026-11-29')).to.equal('Dimanche 29 mars');
  });

  it('groups the sessions by local date, in order, each day once', () => {
    const r = avec({ frequence: 'hebdomadaire', jours: ['samedi', 'dimanche', 'mardi'], heure_debut: '14:00', heure_fin: '16:00', du: '2026-11-01', au: '2026-12-31' }, { id: 'r' });
    const matin: Atelier = { ...base, id: 'm', seances: [{ debut: '2026-11-28T09:00', fin: '2026-11-28T10:00' }, { debut: '2026-12-01T09:00', fin: '2026-12-01T10:00' }] };
    const s = seancesAgenda([r, matin], aucunLieu, '2026-11-28', '2026-12-02');
    const jours = parJour(s, '2026-11-28', '2026-11-29');
    expect(jours.map((j) => [j.date, j.libelle, j.seances.map((x) => `${x.debut} ${x.atelier.id}`)])).to.deep.equal([
      ['2026-11-28', 'Aujourd’hui', ['09:00 m', '14:00 r']],
      ['2026-11-29', 'Demain', ['14:00 r']],
      ['2026-12-01', 'Mardi 1er décembre', ['09:00 m', '14:00 r']],
    ]);
    expect(parJour([], '2026-11-28', '2026-11-29')).to.deep.equal([]);
  });
});

describe('adequation and pourNiveau: ordered for a person’s level', () => {
  const niveau = (id: string, n: Atelier['niveau'], d: string, h: string): Atelier => ({
    ...base,
    id,
    ...(n ? { niveau: n } : {}),
    seances: [{ debut: `2026-12-${d}T${h}`, fin: `2026-12-${d}T${h.slice(0, 2)}:59` }],
  });
  const ateliers = [
    niveau('avance1', 'avance', '01', '09:00'),
    niveau('debutant', 'debutant', '01', '10:00'),
    niveau('tous', undefined, '01', '11:00'),
    niveau('inter', 'intermediaire', '02', '09:00'),
    niveau('avance2', 'avance', '02', '10:00'),
    niveau('debutant2', 'debutant', '03', '09:00'),
  ];
  const seances = seancesAgenda(ateliers, aucunLieu, '2026-12-01', '2026-12-31');
  const parId = (id: string) => ateliers.find((a) => a.id === id)!;

  it('the sessions are first in time order', () => {
    expect(seances.map((s) => s.atelier.id)).to.deep.equal(['avance1', 'debutant', 'tous', 'inter', 'avance2', 'debutant2']);
  });

  it('for a débutant: beginners’ and open workshops fit, an advanced one is « plus-avance »', () => {
    expect(adequation(parId('debutant'), 'debutant')).to.equal('a-votre-niveau');
    expect(adequation(parId('tous'), 'debutant')).to.equal('ouvert-a-tous');
    expect(adequation(parId('avance1'), 'debutant')).to.equal('plus-avance');
  });

  it('for a débutant: advanced workshops never first, time order kept within each group', () => {
    const o = pourNiveau(seances, 'debutant');
    expect(o.map((s) => `${s.atelier.id} ${s.adequation}`)).to.deep.equal([
      'debutant a-votre-niveau',
      'tous ouvert-a-tous',
      'inter a-votre-niveau',
      'debutant2 a-votre-niveau',
      'avance1 plus-avance',
      'avance2 plus-avance',
    ]);
    expect(o[0]!.adequation).not.to.equal('plus-avance');
    // The sessions themselves are kept (date, times, place).
    expect(o[0]).to.include({ date: '2026-12-01', debut: '10:00' });
  });

  it('for an intermédiaire: a beginners’ workshop is « plus-facile » and comes after those at the level', () => {
    expect(adequation(parId('debutant'), 'intermediaire')).to.equal('plus-facile');
    expect(adequation(parId('inter'), 'intermediaire')).to.equal('a-votre-niveau');
    expect(adequation(parId('avance1'), 'intermediaire')).to.equal('a-votre-niveau');
    const o = pourNiveau(seances, 'intermediaire');
    expect(o.map((s) => `${s.atelier.id} ${s.adequation}`)).to.deep.equal([
      'avance1 a-votre-niveau',
      'tous ouvert-a-tous',
      'inter a-votre-niveau',
      'avance2 a-votre-niveau',
      'debutant plus-facile',
      'debutant2 plus-facile',
    ]);
  });

  it('for a person « éloigné » of digital tools, only beginners’ and open workshops come first', () => {
    const o = pourNiveau(seances, 'eloigne');
    expect(o.slice(0, 3).map((s) => s.atelier.id)).to.deep.equal(['debutant', 'tous', 'debutant2']);
    expect(o.slice(3).every((s) => s.adequation === 'plus-avance')).to.equal(true);
  });

  it('does not change the list it is given', () => {
    const avant = seances.map((s) => s.atelier.id);
    pourNiveau(seances, 'debutant');
    expect(seances.map((s) => s.atelier.id)).to.deep.equal(avant);
    expect(seances.some((s) => 'adequation' in s)).to.equal(false);
  });
});

describe('seancesAgenda: « à distance » also reaches a `mixte` workshop held in another town', () => {
  it('with modalites a_distance, a `mixte` workshop of Roubaix passes a commune filter for another town; without it, it does not', () => {
    expect(trouver({ communes: ['Tourcoing'] })).to.deep.equal(['visio']);
    expect(trouver({ communes: ['Tourcoing'], modalites: ['a_distance'] })).to.deep.equal(['visio', 'mixte']);
    expect(trouver({ communes: ['59000'], modalites: ['a_distance'] })).to.deep.equal(['visio', 'mixte']);
    // On-site workshops of the town asked are not online ones: the modality filter leaves them out.
    expect(trouver({ communes: ['Lille'], modalites: ['a_distance'] })).to.deep.equal(['visio', 'mixte']);
  });

  it('with modalites a_distance, a `mixte` workshop beyond the radius passes the distance filter, with its distance', () => {
    const centre = { latitude: 50.6365, longitude: 3.0635 };
    expect(trouver({ autour: { ...centre, rayonKm: 2 } })).to.deep.equal(['num', 'visio']);
    const s = seancesAgenda(catalogue, lieux, '2026-12-01', '2026-12-31', { autour: { ...centre, rayonKm: 2 }, modalites: ['a_distance'] });
    expect(s.map((x) => x.atelier.id)).to.deep.equal(['visio', 'mixte']);
    const mixte = s.find((x) => x.atelier.id === 'mixte')!;
    expect(mixte.lieu).to.equal(roubaix);
    // Roubaix is ≈ 10 km away: farther than the radius, and its distance is still told.
    expect(mixte.distanceKm!).to.be.closeTo(km(centre, roubaix as Required<Lieu>), 0.01);
    expect(mixte.distanceKm!).to.be.above(2);
  });

  it('only « à distance » opens the way: on-site workshops, and `mixte` ones asked on site, keep the commune and distance filters', () => {
    expect(trouver({ communes: ['Tourcoing'], modalites: ['sur_place'] })).to.deep.equal([]);
    expect(trouver({ communes: ['Roubaix'], modalites: ['sur_place'] })).to.deep.equal(['mixte']);
    const centre = { latitude: 50.6365, longitude: 3.0635 };
    expect(trouver({ autour: { ...centre, rayonKm: 2 }, modalites: ['sur_place'] })).to.deep.equal(['num']);
    // Other filters still apply to the online ones.
    expect(trouver({ communes: ['Tourcoing'], modalites: ['a_distance'], frais: ['payant'] })).to.deep.equal(['mixte']);
    expect(trouver({ communes: ['Tourcoing'], modalites: ['a_distance'], texte: 'excel' })).to.deep.equal(['mixte']);
  });
});
