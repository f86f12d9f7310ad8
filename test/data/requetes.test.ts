import { expect } from '@open-wc/testing';
import { besoinsDuLieu } from '../../src/data/besoins.js';
import { chargerAnnuaire } from '../../src/data/charger.js';
import { distanceKm } from '../../src/data/distance.js';
import { compterBesoins, localiserCommune, rechercher } from '../../src/data/requetes.js';
import type { Lieu } from '../../src/data/types.js';

/** A small territory, written for these tests: who is where, open when, offering what. */
const BRUTS = [
  {
    id: 'cs-bolly',
    nom: 'Centre social Bolly',
    commune: 'Tourcoing',
    code_postal: '59200',
    code_insee: '59599',
    adresse: "1 rue de l'Épée",
    latitude: 50.7203,
    longitude: 3.1571,
    typologie: 'CS',
    horaires: 'Mo-Tu,Th-Fr 09:00-12:00,14:00-17:00',
    services: 'Aide aux démarches administratives|Accès internet et matériel informatique',
    publics_specifiquement_adresses: 'Familles et/ou enfants',
    frais_a_charge: 'Gratuit',
    modalites_acces: 'Se présenter|Téléphoner',
    modalites_accompagnement: 'Accompagnement individuel',
    itinerance: 'Fixe',
    presentation_resume: 'Aide pour la CAF et ameli, sans rendez-vous le matin.',
  },
  {
    id: 'mediatheque',
    nom: 'Médiathèque André Malraux',
    commune: 'Tourcoing',
    code_postal: '59200',
    adresse: '26 rue Famelart',
    latitude: 50.7236,
    longitude: 3.1589,
    typologie: 'BIB',
    horaires: 'Tu-Sa 10:00-18:00',
    services: 'Maîtrise des outils numériques du quotidien|Loisirs et créations numériques',
    prise_en_charge_specifique: 'Déficience visuelle',
    frais_a_charge: 'Gratuit',
    dispositif_programmes_nationaux: 'Conseillers numériques',
    modalites_accompagnement: 'Dans un atelier collectif',
  },
  {
    id: 'france-services',
    nom: 'France Services Tourcoing',
    commune: 'Tourcoing',
    code_postal: '59200',
    adresse: '10 place de la Victoire',
    latitude: 50.7237,
    longitude: 3.1608,
    typologie: 'RFS',
    horaires: 'Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00',
    services: 'Aide aux démarches administratives',
    dispositif_programmes_nationaux: 'France Services|Aidants Connect',
    prise_en_charge_specifique: 'Surdité|Langues étrangères (anglais)',
    frais_a_charge: 'Gratuit',
    prise_rdv: 'https://rdv.exemple.fr/fs-tourcoing',
  },
  {
    id: 'ressourcerie',
    nom: "L'Œuf numérique, ressourcerie",
    commune: 'Roubaix',
    code_postal: '59100',
    adresse: '5 boulevard Gambetta',
    latitude: 50.6915,
    longitude: 3.1746,
    typologie: 'RESSOURCERIE',
    horaires: 'We 14:00-18:00; Sa 10:00-17:00',
    services: 'Acquisition de matériel informatique à prix solidaire',
    publics_specifiquement_adresses: 'Jeunes|Étudiants',
    frais_a_charge: 'Payant',
    autres_formations_labels: 'QPV',
  },
  {
    id: 'bus',
    nom: 'Bus numérique du Nord',
    commune: 'Halluin',
    code_postal: '59250',
    adresse: 'Place de l’Abbé Bonpain',
    itinerance: 'Itinérant',
    services: 'Maîtrise des outils numériques du quotidien',
    publics_specifiquement_adresses: 'Seniors',
    horaires: 'Lundi matin',
  },
].map((b) => ({ pivot: '12345678901234', date_maj: '2026-10-01', ...b }));

let lieux: Lieu[];
before(async () => {
  lieux = (await chargerAnnuaire(BRUTS)).annuaire.lieux;
});
const ids = (r: { lieu: Lieu }[]) => r.map((x) => x.lieu.id);

// Monday 23 November 2026, 10:00 in Paris (09:00 UTC); Saturday 28 November 2026, 15:00 in Paris.
const LUNDI_10H = new Date('2026-11-23T09:00:00Z');
const SAMEDI_15H = new Date('2026-11-28T14:00:00Z');

describe('rechercher: the four needs', () => {
  it('maps each need to the places that answer it', () => {
    const parBesoin = (b: 'materiel' | 'autonomie' | 'demarche' | 'accompagnement') =>
      ids(rechercher(lieux, { besoins: [b] })).sort();
    expect(parBesoin('materiel')).to.deep.equal(['cs-bolly', 'ressourcerie']);
    expect(parBesoin('autonomie')).to.deep.equal(['bus', 'mediatheque']);
    expect(parBesoin('demarche')).to.deep.equal(['cs-bolly', 'france-services']);
    // Help on one's file with an operator: France Services, not a social centre's help with a website.
    expect(parBesoin('accompagnement')).to.deep.equal(['france-services']);
  });

  it('counts places per need, as a filter shows next to each choice', () => {
    expect(compterBesoins(lieux)).to.deep.equal({ materiel: 2, autonomie: 2, demarche: 2, accompagnement: 1 });
    expect(besoinsDuLieu(lieux.find((l) => l.id === 'cs-bolly')!)).to.deep.equal(['materiel', 'demarche']);
  });

  it('treats several needs as alternatives', () => {
    expect(ids(rechercher(lieux, { besoins: ['materiel', 'accompagnement'] })).sort()).to.deep.equal([
      'cs-bolly',
      'france-services',
      'ressourcerie',
    ]);
  });
});

describe('rechercher: filters of the standard', () => {
  const cas: [string, Parameters<typeof rechercher>[1], string[]][] = [
    ['services', { services: ['Loisirs et créations numériques'] }, ['mediatheque']],
    ['publics', { publics: ['Seniors', 'Étudiants'] }, ['bus', 'ressourcerie']],
    ['prise en charge spécifique', { priseEnCharge: ['Surdité'] }, ['france-services']],
    ['frais', { frais: ['Gratuit'] }, ['cs-bolly', 'france-services', 'mediatheque']],
    ['modalités d’accès', { modalitesAcces: ['Téléphoner'] }, ['cs-bolly']],
    ['modalités d’accompagnement', { modalitesAccompagnement: ['Dans un atelier collectif'] }, ['mediatheque']],
    ['dispositifs', { labels: ['Aidants Connect'] }, ['france-services']],
    ['labels « autres » (QPV)', { labels: ['QPV'] }, ['ressourcerie']],
    ['itinérance', { itinerance: ['Itinérant'] }, ['bus']],
    ['RDV en ligne', { rdvEnLigne: true }, ['france-services']],
    ['several criteria all apply', { frais: ['Gratuit'], besoins: ['demarche'], priseEnCharge: ['Surdité'] }, ['france-services']],
  ];
  for (const [nom, filtres, attendus] of cas) {
    it(`filters on ${nom}`, () => {
      expect(ids(rechercher(lieux, filtres)).sort()).to.deep.equal(attendus);
    });
  }
});

describe('rechercher: text and territory', () => {
  it('finds words in name, commune, address and description, without accents or case', () => {
    expect(ids(rechercher(lieux, { texte: 'MEDIATHEQUE' }))).to.deep.equal(['mediatheque']);
    expect(ids(rechercher(lieux, { texte: 'oeuf' }))).to.deep.equal(['ressourcerie']);
    expect(ids(rechercher(lieux, { texte: 'gambetta roubaix' }))).to.deep.equal(['ressourcerie']);
    expect(ids(rechercher(lieux, { texte: 'ameli' }))).to.deep.equal(['cs-bolly']);
    expect(ids(rechercher(lieux, { texte: 'l’abbé' }))).to.deep.equal(['bus']);
    expect(ids(rechercher(lieux, { texte: 'piscine' }))).to.deep.equal([]);
  });

  it('restricts to communes, postal codes, INSEE codes or départements', () => {
    expect(ids(rechercher(lieux, { communes: ['roubaix'] }))).to.deep.equal(['ressourcerie']);
    expect(ids(rechercher(lieux, { codesPostaux: ['59250'] }))).to.deep.equal(['bus']);
    expect(ids(rechercher(lieux, { codesInsee: ['59599'] }))).to.deep.equal(['cs-bolly']);
    expect(rechercher(lieux, { departements: ['59'] })).to.have.length(5);
    expect(rechercher(lieux, { departements: ['62'] })).to.have.length(0);
  });

  it('sorts by name in French order when there is no point', () => {
    expect(rechercher(lieux).map((r) => r.lieu.nom)).to.deep.equal([
      'Bus numérique du Nord',
      'Centre social Bolly',
      'France Services Tourcoing',
      "L'Œuf numérique, ressourcerie",
      'Médiathèque André Malraux',
    ]);
  });
});

describe('rechercher: distance', () => {
  const mairie = { latitude: 50.7239, longitude: 3.1612 };

  it('computes great-circle distances (Tourcoing–Lille ≈ 12.5 km)', () => {
    expect(distanceKm(mairie, { latitude: 50.6365, longitude: 3.0635 })).to.be.closeTo(12.2, 0.6);
  });

  it('sorts by distance, shows it, puts places without coordinates last', () => {
    const r = rechercher(lieux, { autour: mairie });
    expect(ids(r)).to.deep.equal(['france-services', 'mediatheque', 'cs-bolly', 'ressourcerie', 'bus']);
    expect(r[0]!.distanceKm).to.be.closeTo(0.036, 0.01);
    expect(r[4]!.distanceKm).to.equal(undefined);
  });

  it('keeps only places within the radius (places without coordinates cannot be)', () => {
    expect(ids(rechercher(lieux, { autour: { ...mairie, rayonKm: 1 } }))).to.deep.equal([
      'france-services',
      'mediatheque',
      'cs-bolly',
    ]);
  });
});

describe('rechercher: opening hours', () => {
  it('finds places open now, in the places’ own local time', () => {
    expect(ids(rechercher(lieux, { ouvert: { maintenant: true } }, { maintenant: LUNDI_10H })).sort()).to.deep.equal([
      'cs-bolly',
      'france-services',
    ]);
    expect(ids(rechercher(lieux, { ouvert: { maintenant: true } }, { maintenant: SAMEDI_15H })).sort()).to.deep.equal([
      'mediatheque',
      'ressourcerie',
    ]);
  });

  it('finds places open on a given day, at a given time, or in a half-day', () => {
    expect(ids(rechercher(lieux, { ouvert: { jour: 5 } })).sort()).to.deep.equal([
      'france-services',
      'mediatheque',
      'ressourcerie',
    ]);
    expect(ids(rechercher(lieux, { ouvert: { jour: 2, minute: 15 * 60 } })).sort()).to.deep.equal([
      'france-services',
      'mediatheque',
      'ressourcerie',
    ]);
    // Wednesday morning: the social centre is closed on Wednesdays, the ressourcerie opens at 14:00.
    expect(ids(rechercher(lieux, { ouvert: { jour: 2, debut: 8 * 60, fin: 12 * 60 } })).sort()).to.deep.equal([
      'france-services',
      'mediatheque',
    ]);
  });

  it('never counts a place whose hours it cannot read as open', () => {
    expect(ids(rechercher(lieux, { ouvert: { jour: 0 } }))).not.to.include('bus');
  });

  it('combines need, open now, text and distance', () => {
    const r = rechercher(
      lieux,
      { besoins: ['demarche'], ouvert: { maintenant: true }, texte: 'tourcoing', autour: { latitude: 50.7203, longitude: 3.1571 } },
      { maintenant: LUNDI_10H },
    );
    expect(ids(r)).to.deep.equal(['cs-bolly', 'france-services']);
  });
});

describe('localiserCommune: where is a commune, offline', () => {
  it('answers a commune name, postal code or INSEE code with the centre of its places', () => {
    const t = localiserCommune(lieux, 'tourcoing')!;
    expect(t.commune).to.equal('Tourcoing');
    expect(t.latitude).to.be.closeTo(50.722, 0.002);
    expect(localiserCommune(lieux, '59100')!.commune).to.equal('Roubaix');
    expect(localiserCommune(lieux, '59599')!.commune).to.equal('Tourcoing');
  });

  it('says nothing rather than guess when the directory has no placed site there', () => {
    expect(localiserCommune(lieux, 'Halluin')).to.equal(undefined);
    expect(localiserCommune(lieux, 'Lyon')).to.equal(undefined);
    expect(localiserCommune(lieux, '  ')).to.equal(undefined);
  });
});
