import { expect } from '@open-wc/testing';
import { BESOINS } from '../../src/data/besoins.js';
import { compterFacettes, type ComptesFacettes } from '../../src/data/facettes.js';
import { rechercher, type Filtres } from '../../src/data/requetes.js';
import {
  DISPOSITIF_PROGRAMMES_NATIONAUX,
  FORMATIONS_LABELS,
  FRAIS_A_CHARGE,
  ITINERANCE,
  MODALITES_ACCES,
  PRISE_EN_CHARGE_SPECIFIQUE,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
} from '../../src/data/standard.js';
import type { Lieu } from '../../src/data/types.js';

const DEMARCHES = 'Aide aux démarches administratives';
const ACCES = 'Accès internet et matériel informatique';
const OUTILS = 'Maîtrise des outils numériques du quotidien';
const LOISIRS = 'Loisirs et créations numériques';
const ACHAT = 'Acquisition de matériel informatique à prix solidaire';

const lieu = (id: string, champs: Partial<Lieu>): Lieu => ({
  id,
  nom: id,
  commune: 'Tourcoing',
  code_postal: '59200',
  adresse: '1 rue de la Gare',
  ...champs,
});

/** A small territory: five places around Tourcoing and one in La Réunion (UTC+4, no summer time). */
const LIEUX: Lieu[] = [
  lieu('cs-bolly', {
    latitude: 50.7203,
    longitude: 3.1571,
    horaires: 'Mo-Tu,Th-Fr 09:00-12:00,14:00-17:00',
    services: [DEMARCHES, ACCES],
    publics_specifiquement_adresses: ['Familles et/ou enfants'],
    frais_a_charge: ['Gratuit'],
    itinerance: ['Fixe'],
  }),
  lieu('mediatheque', {
    latitude: 50.7236,
    longitude: 3.1589,
    horaires: 'Tu-Sa 10:00-18:00',
    services: [OUTILS, LOISIRS],
    prise_en_charge_specifique: ['Déficience visuelle'],
    frais_a_charge: ['Gratuit'],
    dispositif_programmes_nationaux: ['Conseillers numériques'],
  }),
  lieu('france-services', {
    latitude: 50.7237,
    longitude: 3.1608,
    typologie: ['RFS'],
    horaires: 'Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00',
    services: [DEMARCHES],
    prise_en_charge_specifique: ['Surdité'],
    frais_a_charge: ['Gratuit'],
    dispositif_programmes_nationaux: ['France Services', 'Aidants Connect'],
    prise_rdv: 'https://rdv.exemple.fr/fs',
  }),
  lieu('ressourcerie', {
    commune: 'Roubaix',
    code_postal: '59100',
    latitude: 50.6915,
    longitude: 3.1746,
    horaires: 'We 14:00-18:00; Sa 10:00-17:00',
    services: [ACHAT],
    publics_specifiquement_adresses: ['Jeunes', 'Étudiants'],
    frais_a_charge: ['Payant'],
    autres_formations_labels: ['QPV'],
  }),
  lieu('bus', {
    commune: 'Halluin',
    code_postal: '59250',
    itinerance: ['Itinérant'],
    horaires: 'Lundi matin', // not understood: never counted as open
    services: [OUTILS],
    publics_specifiquement_adresses: ['Seniors'],
    frais_a_charge: ['Gratuit sous condition'],
    formations_labels: ['Étapes numériques (La Poste)'],
  }),
  lieu('saint-denis', {
    commune: 'Saint-Denis',
    code_postal: '97400',
    latitude: -20.8823,
    longitude: 55.4504,
    horaires: 'Mo-Fr 08:00-12:00',
    services: [DEMARCHES],
    frais_a_charge: ['Gratuit'],
    dispositif_programmes_nationaux: ['France Services'],
    prise_rdv: 'https://rdv.exemple.fr/sd',
  }),
];

// Monday 23 November 2026: 06:30 in Paris is 09:30 in La Réunion; 10:00 in Paris is 13:00 there.
const LUNDI_6H30_PARIS = new Date('2026-11-23T05:30:00Z');
const LUNDI_10H_PARIS = new Date('2026-11-23T09:00:00Z');
const mairie = { latitude: 50.7239, longitude: 3.1612 };

type Attendu = Partial<Omit<ComptesFacettes, 'besoins'>> & { besoins?: Partial<ComptesFacettes['besoins']> };

/** [what the person sees, the ticked filters, the counts shown (only the facets listed are checked)]. */
const CAS: [string, Filtres, Attendu][] = [
  [
    'with nothing ticked, each count is the number of places that carry the value',
    {},
    {
      total: 6,
      besoins: { materiel: 2, autonomie: 2, demarche: 3, accompagnement: 2 },
      frais: { Gratuit: 4, 'Gratuit sous condition': 1, Payant: 1 },
      itinerance: { Fixe: 1, Itinérant: 1 },
      rdvEnLigne: 2,
    },
  ],
  [
    'the count beside « Gratuit » says how many places ticking it would show',
    { besoins: ['demarche'] },
    { total: 3, frais: { Gratuit: 3 } },
  ],
  [
    'ticking « Gratuit » does not zero « Payant »: it says how many ticking it too would add',
    { frais: ['Gratuit'] },
    { total: 4, frais: { Gratuit: 4, 'Gratuit sous condition': 1, Payant: 1 } },
  ],
  [
    'ticking a second service does not zero the counts of the other services',
    { services: [DEMARCHES], frais: ['Gratuit'] },
    { total: 3, services: { [DEMARCHES]: 3, [OUTILS]: 1, [LOISIRS]: 1, [ACCES]: 1 } },
  ],
  [
    'the other filters count only among the places the ticked service shows',
    { services: [DEMARCHES] },
    {
      total: 3,
      besoins: { materiel: 1, autonomie: 0, demarche: 3, accompagnement: 2 },
      publics: { 'Familles et/ou enfants': 1 },
      priseEnCharge: { Surdité: 1 },
      rdvEnLigne: 2,
    },
  ],
  [
    'a place left out by two ticked filters counts nowhere',
    { frais: ['Payant'], itinerance: ['Itinérant'] },
    {
      total: 0,
      besoins: { materiel: 0, autonomie: 0, demarche: 0, accompagnement: 0 },
      frais: { 'Gratuit sous condition': 1 },
      itinerance: {},
      services: {},
      rdvEnLigne: 0,
    },
  ],
  [
    'the needs count as the search finds them (help on one’s file: France Services)',
    { frais: ['Gratuit'], besoins: ['accompagnement'] },
    { total: 2, besoins: { materiel: 1, autonomie: 1, demarche: 3, accompagnement: 2 } },
  ],
  [
    'labels count national programmes and labels, not local ones such as QPV',
    {},
    {
      labels: {
        'Aidants Connect': 1,
        'Conseillers numériques': 1,
        'France Services': 2,
        'Étapes numériques (La Poste)': 1,
      },
    },
  ],
  [
    'ticking « RDV en ligne » still shows how many places each fee would give',
    { rdvEnLigne: true },
    { total: 2, rdvEnLigne: 2, frais: { Gratuit: 2 } },
  ],
  [
    'search words restrict every count',
    { texte: 'roubaix' },
    { total: 1, besoins: { materiel: 1, autonomie: 0, demarche: 0, accompagnement: 0 }, frais: { Payant: 1 }, rdvEnLigne: 0 },
  ],
  [
    'the territory restricts every count',
    { communes: ['Halluin', 'Roubaix'], frais: ['Payant'] },
    { total: 1, frais: { Payant: 1, 'Gratuit sous condition': 1 }, services: { [ACHAT]: 1 } },
  ],
  [
    'the radius restricts every count (a place without coordinates is never within it)',
    { autour: { ...mairie, rayonKm: 1 } },
    { total: 3, frais: { Gratuit: 3 }, itinerance: { Fixe: 1 }, rdvEnLigne: 1 },
  ],
  [
    'a need that is ticked still shows the other needs (alternatives)',
    { besoins: ['materiel'], communes: ['Tourcoing', 'Roubaix'] },
    { total: 2, besoins: { materiel: 2, autonomie: 1, demarche: 2, accompagnement: 1 } },
  ],
];

function verifier(c: ComptesFacettes, attendu: Attendu): void {
  for (const [cle, valeur] of Object.entries(attendu)) {
    expect((c as unknown as Record<string, unknown>)[cle], cle).to.deep.equal(valeur);
  }
}

describe('compterFacettes: the counts beside the filters', () => {
  for (const [nom, filtres, attendu] of CAS) {
    it(nom, () => {
      const c = compterFacettes(LIEUX, filtres, { maintenant: LUNDI_10H_PARIS });
      verifier(c, attendu);
      expect(c.total).to.equal(rechercher(LIEUX, filtres, { maintenant: LUNDI_10H_PARIS }).length);
    });
  }

  it('shows no value with a count of zero', () => {
    const c = compterFacettes(LIEUX, { frais: ['Payant'] });
    for (const parValeur of [c.services, c.publics, c.priseEnCharge, c.frais, c.labels, c.itinerance]) {
      for (const n of Object.values(parValeur)) expect(n).to.be.greaterThan(0);
    }
  });

  it('says zero everywhere for an empty directory', () => {
    expect(compterFacettes([], { besoins: ['demarche'] })).to.deep.equal({
      total: 0,
      besoins: { materiel: 0, autonomie: 0, demarche: 0, accompagnement: 0 },
      services: {},
      publics: {},
      priseEnCharge: {},
      frais: {},
      labels: {},
      itinerance: {},
      rdvEnLigne: 0,
      ouvertMaintenant: 0,
      ouvertLeJour: [0, 0, 0, 0, 0, 0, 0],
    });
  });
});

describe('compterFacettes: « ouvert » counts', () => {
  const cas: [string, Date, Filtres, number][] = [
    ['at 06:30 in Paris only La Réunion’s place is open (09:30 there)', LUNDI_6H30_PARIS, {}, 1],
    ['at 10:00 in Paris, two places in Tourcoing are open and La Réunion’s is closed (13:00)', LUNDI_10H_PARIS, {}, 2],
    ['« open now » counts only among the places the other filters show', LUNDI_10H_PARIS, { besoins: ['accompagnement'] }, 1],
    ['ticking « open on Saturday » does not change the « open now » count', LUNDI_10H_PARIS, { ouvert: { jour: 5 } }, 2],
  ];
  for (const [nom, maintenant, filtres, ouverts] of cas) {
    it(nom, () => {
      const c = compterFacettes(LIEUX, filtres, { maintenant });
      expect(c.ouvertMaintenant).to.equal(ouverts);
      expect(ouverts).to.equal(rechercher(LIEUX, { ...filtres, ouvert: { maintenant: true } }, { maintenant }).length);
    });
  }

  it('ticking Saturday still shows how many places are open on each other day', () => {
    const c = compterFacettes(LIEUX, { ouvert: { jour: 5 } });
    expect(c.total).to.equal(3);
    // The bus's hours are not understood: it is never counted as open.
    expect(c.ouvertLeJour).to.deep.equal([3, 4, 4, 4, 4, 3, 0]);
    expect(c.besoins).to.deep.equal({ materiel: 1, autonomie: 1, demarche: 1, accompagnement: 1 });
  });

  it('« samedi matin » with « Gratuit »: days are counted among free places, fees among places open that morning', () => {
    const c = compterFacettes(LIEUX, { ouvert: { jour: 5, debut: 480, fin: 720 }, frais: ['Gratuit'] });
    expect(c.total).to.equal(2);
    expect(c.ouvertLeJour).to.deep.equal([3, 4, 3, 4, 4, 2, 0]);
    expect(c.frais).to.deep.equal({ Gratuit: 2, Payant: 1 });
  });
});

// ——— Property check: the definition of every count, on random data and random filters ———

/** mulberry32: a small seeded PRNG, so that every run checks the same cases. */
function prng(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LABELS = [...DISPOSITIF_PROGRAMMES_NATIONAUX, ...FORMATIONS_LABELS];
const HORAIRES = [
  undefined,
  'Mo-Fr 09:00-12:00,14:00-17:00',
  'Tu-Sa 10:00-18:00',
  'We 14:00-18:00; Sa 10:00-17:00',
  'Mo,Th 08:30-12:30',
  '24/7',
  'Su 10:00-12:00',
  'Fr 22:00-02:00',
  'sur rendez-vous',
];
const COMMUNES: [string, string, number, number][] = [
  ['Tourcoing', '59200', 50.72, 3.16],
  ['Roubaix', '59100', 50.69, 3.17],
  ['Saint-Denis', '97400', -20.88, 55.45],
  ['Cayenne', '97300', 4.93, -52.33],
  ['Ajaccio', '20000', 41.92, 8.73],
];

function genererLieux(n: number, hasard: () => number): Lieu[] {
  const quelques = <T>(valeurs: readonly T[], p: number): T[] | undefined => {
    const r = valeurs.filter(() => hasard() < p);
    return r.length ? r : undefined;
  };
  const un = <T>(valeurs: readonly T[]): T => valeurs[Math.floor(hasard() * valeurs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const [commune, cp, lat, lon] = un(COMMUNES);
    const l: Lieu = {
      id: `l${i}`,
      nom: `${un(['Centre social', 'Médiathèque', 'Mairie', 'Espace numérique'])} ${i}`,
      commune,
      code_postal: cp,
      adresse: `${i} ${un(['rue de la Gare', 'place du Marché', 'avenue Jean Jaurès'])}`,
    };
    if (hasard() < 0.9) {
      l.latitude = lat + (hasard() - 0.5) * 0.2;
      l.longitude = lon + (hasard() - 0.5) * 0.2;
    }
    const horaires = un(HORAIRES);
    if (horaires) l.horaires = horaires;
    if (hasard() < 0.1) l.typologie = ['RFS'];
    const champs: Partial<Lieu> = {
      services: quelques(SERVICES, 0.25),
      publics_specifiquement_adresses: quelques(PUBLICS_SPECIFIQUEMENT_ADRESSES, 0.2),
      prise_en_charge_specifique: quelques(PRISE_EN_CHARGE_SPECIFIQUE, 0.15),
      frais_a_charge: quelques(FRAIS_A_CHARGE, 0.4),
      itinerance: quelques(ITINERANCE, 0.4),
      dispositif_programmes_nationaux: quelques(DISPOSITIF_PROGRAMMES_NATIONAUX, 0.12),
      formations_labels: quelques(FORMATIONS_LABELS, 0.1),
      // Local labels, and now and then a national one written among them.
      autres_formations_labels: quelques(['QPV', 'APTIC', 'France Services', 'ORDI 3.0'], 0.15),
      modalites_acces: quelques(MODALITES_ACCES, 0.3),
    };
    Object.assign(l, Object.fromEntries(Object.entries(champs).filter(([, v]) => v !== undefined)));
    if (hasard() < 0.3) l.prise_rdv = 'https://rdv.exemple.fr/' + i;
    // Hand-built data may carry values outside the standard's lists, and duplicates.
    if (hasard() < 0.03) l.services = [...(l.services ?? []), 'Atelier couture' as never];
    if (hasard() < 0.03 && l.frais_a_charge) l.frais_a_charge = [...l.frais_a_charge, ...l.frais_a_charge];
    return l;
  });
}

function filtresAuHasard(hasard: () => number): Filtres {
  const quelques = <T>(valeurs: readonly T[], p: number): T[] => valeurs.filter(() => hasard() < p);
  const f: Filtres = {};
  if (hasard() < 0.5) f.besoins = quelques(BESOINS, 0.4);
  if (hasard() < 0.4) f.services = quelques(SERVICES, 0.25);
  if (hasard() < 0.3) f.publics = quelques(PUBLICS_SPECIFIQUEMENT_ADRESSES, 0.3);
  if (hasard() < 0.3) f.priseEnCharge = quelques(PRISE_EN_CHARGE_SPECIFIQUE, 0.3);
  if (hasard() < 0.4) f.frais = quelques(FRAIS_A_CHARGE, 0.4);
  if (hasard() < 0.3) f.labels = quelques([...LABELS, 'QPV'], 0.15);
  if (hasard() < 0.3) f.itinerance = quelques(ITINERANCE, 0.5);
  if (hasard() < 0.2) f.rdvEnLigne = true;
  if (hasard() < 0.15) f.modalitesAcces = quelques(MODALITES_ACCES, 0.4);
  if (hasard() < 0.15) f.texte = hasard() < 0.5 ? 'centre' : 'gare tourcoing';
  if (hasard() < 0.15) f.communes = ['Tourcoing', 'Saint-Denis'];
  if (hasard() < 0.1) f.departements = ['2A', '973'];
  const o = hasard();
  if (o < 0.15) f.ouvert = { maintenant: true };
  else if (o < 0.3) f.ouvert = { jour: Math.floor(hasard() * 7) };
  else if (o < 0.4) f.ouvert = { jour: Math.floor(hasard() * 7), debut: 480, fin: 720 };
  else if (o < 0.45) f.ouvert = { jour: Math.floor(hasard() * 7), minute: Math.floor(hasard() * 1440) };
  if (hasard() < 0.2) f.autour = { latitude: 50.7, longitude: 3.15, rayonKm: hasard() < 0.5 ? 5 : undefined };
  return f;
}

describe('compterFacettes: every count is what ticking the value would show', () => {
  it('matches rechercher for random filters over 300 generated places', () => {
    const hasard = prng(20261123);
    const lieux = genererLieux(300, hasard);
    const facettes: [keyof Filtres & keyof ComptesFacettes, readonly string[]][] = [
      ['besoins', BESOINS],
      ['services', [...SERVICES, 'Atelier couture']],
      ['publics', PUBLICS_SPECIFIQUEMENT_ADRESSES],
      ['priseEnCharge', PRISE_EN_CHARGE_SPECIFIQUE],
      ['frais', FRAIS_A_CHARGE],
      ['labels', LABELS],
      ['itinerance', ITINERANCE],
    ];
    for (let essai = 0; essai < 120; essai++) {
      const filtres = filtresAuHasard(hasard);
      // Any day of the week, any hour.
      const maintenant = new Date(Date.UTC(2026, 10, 23 + Math.floor(hasard() * 7), 0, Math.floor(hasard() * 1440)));
      const n = (f: Filtres) => rechercher(lieux, f, { maintenant, tri: 'aucun' }).length;
      const c = compterFacettes(lieux, filtres, { maintenant });
      const cas = `filtres ${JSON.stringify(filtres)} à ${maintenant.toISOString()}`;

      expect(c.total, cas).to.equal(n(filtres));
      for (const [facette, valeurs] of facettes) {
        const comptes = c[facette] as Record<string, number>;
        for (const v of valeurs) {
          expect(comptes[v] ?? 0, `${facette} « ${v} », ${cas}`).to.equal(n({ ...filtres, [facette]: [v] }));
        }
        for (const v of Object.keys(comptes)) expect(valeurs, `${facette}: ${cas}`).to.include(v);
      }
      expect(c.rdvEnLigne, `rdv, ${cas}`).to.equal(n({ ...filtres, rdvEnLigne: true }));
      expect(c.ouvertMaintenant, `ouvert maintenant, ${cas}`).to.equal(n({ ...filtres, ouvert: { maintenant: true } }));
      c.ouvertLeJour.forEach((compte, jour) => {
        expect(compte, `ouvert le jour ${jour}, ${cas}`).to.equal(n({ ...filtres, ouvert: { jour } }));
      });
      expect(c.ouvertLeJour).to.have.length(7);
    }
  });
});
