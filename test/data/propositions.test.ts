/**
 * The places an orientation proposes, on the real sample directory of Tourcoing (data/tourcoing.json, 54 lieux).
 *
 * Read as a specification from DOMAIN.md and the module's hard rules: a proposed place really gives the help of the
 * outcome, is within reach, open when the person is free, free when asked, receives the person as asked; when
 * nothing fits, the person still leaves with the nearest France Services and a phone line. Every check is recomputed
 * here from the place's own fields (services, labels, typologies, hours, coordinates), never read back from
 * `proposer`'s answer.
 */
import { expect } from '@open-wc/testing';
import { ARBRE_PAR_DEFAUT } from '../../src/data/arbre-orientation.js';
import { repondAuBesoin } from '../../src/data/besoins.js';
import { chargerAnnuaire } from '../../src/data/charger.js';
import { horairesDe } from '../../src/data/horaires.js';
import { issues, type ArbreOrientation, type NoeudIssue } from '../../src/data/orientation.js';
import { validerArbre } from '../../src/data/valider-arbre.js';
import { correspond, proposer, sertIssue, type CriteresPersonne, type Propositions } from '../../src/data/propositions.js';
import { PRISE_EN_CHARGE_SPECIFIQUE, type PriseEnChargeSpecifique, type Service } from '../../src/data/standard.js';
import type { Lieu } from '../../src/data/types.js';

const ACCES: Service = 'Accès internet et matériel informatique';
const OUTILS: Service = 'Maîtrise des outils numériques du quotidien';
const LANGUES: readonly string[] = ['Langues étrangères (anglais)', 'Langues étrangères (autres)'];

/** Tourcoing, Grand-Place. */
const CENTRE = { latitude: 50.7236, longitude: 3.1609 };
/** Halluin and Wattrelos, each with its own France Services. */
const HALLUIN = { latitude: 50.784, longitude: 3.126 };
const WATTRELOS = { latitude: 50.701, longitude: 3.216 };
/** Lille, Grand-Place: no place of the sample within a few metres. */
const LILLE = { latitude: 50.6372, longitude: 3.0633 };

const RECOURS = ARBRE_PAR_DEFAUT.recours!;

let LIEUX: Lieu[] = [];

before(async () => {
  const texte = await (await fetch('/data/tourcoing.json')).text();
  const { annuaire } = await chargerAnnuaire(texte);
  LIEUX = annuaire.lieux;
});

// ---------------------------------------------------------------------------------------------------------------
// Our own reading of a place (independent of `proposer`).

/** Haversine, written again here. */
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
const aDesCoordonnees = (l: Lieu): l is Lieu & { latitude: number; longitude: number } => l.latitude !== undefined && l.longitude !== undefined;
const distanceDe = (l: Lieu, p: { latitude: number; longitude: number }) => (aDesCoordonnees(l) ? km(p, l) : undefined);

const aService = (l: Lieu, s: Service) => l.services?.includes(s) ?? false;
const aLabel = (l: Lieu, label: string) =>
  [...(l.dispositif_programmes_nationaux ?? []), ...(l.formations_labels ?? []), ...(l.autres_formations_labels ?? [])].some(
    (x) => x.toLowerCase() === label.toLowerCase(),
  );
const estFranceServices = (l: Lieu) => aLabel(l, 'France Services') || (l.typologie?.includes('RFS') ?? false);
const parleLangues = (l: Lieu) => l.prise_en_charge_specifique?.some((p) => LANGUES.includes(p)) ?? false;

/** What each outcome of the booklet means for a place, from the place's own fields. */
const SERT: Record<string, (l: Lieu) => boolean> = {
  'acces-materiel': (l) => aService(l, ACCES),
  'materiel-mediation': (l) => aService(l, ACCES) && aService(l, OUTILS),
  formation: (l) => repondAuBesoin(l, 'autonomie'),
  'aide-demarches': (l) => repondAuBesoin(l, 'demarche'),
  facilitation: (l) => repondAuBesoin(l, 'accompagnement'),
  assistance: (l) => aLabel(l, 'France Services') || aLabel(l, 'Aidants Connect') || (l.typologie?.some((t) => t === 'RFS' || t === 'MSAP') ?? false),
  emploi: (l) => aService(l, 'Insertion professionnelle via le numérique'),
  parentalite: (l) => aService(l, 'Parentalité et éducation avec le numérique'),
  securite: (l) => aService(l, 'Utilisation sécurisée du numérique'),
};

/** Open during one of the free times (0 = lundi; matin 8 h–12 h, après-midi 13 h 30–18 h). Unknown hours: no. */
function ouvertQuandLibre(l: Lieu, dispo: NonNullable<CriteresPersonne['disponibilites']>): boolean {
  if (!l.horaires) return false;
  const r = horairesDe(l.horaires);
  if (!r.ok) return false;
  const bornes = { matin: [480, 720], 'apres-midi': [810, 1080], journee: [0, 1440] } as const;
  return dispo.some((d) => {
    const [debut, fin] = bornes[d.moment];
    return (r.horaires.semaine[d.jour] ?? []).some((p) => p.debut < fin && p.fin > debut);
  });
}

/** Every place of the directory that passes the person's hard rules for this outcome (our own filter). */
function admissibles(lieux: readonly Lieu[], id: string, p: CriteresPersonne): Lieu[] {
  const sert = SERT[id]!;
  return lieux.filter((l) => {
    if (!sert(l)) return false;
    if (p.autour?.rayonKm !== undefined) {
      const d = distanceDe(l, p.autour);
      if (d === undefined || d > p.autour.rayonKm) return false;
    }
    if (p.gratuit && !l.frais_a_charge?.includes('Gratuit')) return false;
    if (p.priseEnCharge?.length && !p.priseEnCharge.every((x) => l.prise_en_charge_specifique?.includes(x))) return false;
    if (p.disponibilites?.length && !ouvertQuandLibre(l, p.disponibilites)) return false;
    return true;
  });
}

const issue = (id: string): NoeudIssue => {
  const n = ARBRE_PAR_DEFAUT.noeuds[id];
  if (!n || n.type !== 'issue') throw new Error(`« ${id} » n’est pas une issue`);
  return n;
};

const ids = (r: Propositions) => r.lieux.map((p) => p.lieu.id);

// ---------------------------------------------------------------------------------------------------------------
// 0. The sample is really loaded.

describe('propositions : l’annuaire d’exemple', () => {
  it('est chargé pour de vrai : les 54 lieux de Tourcoing et alentours', () => {
    expect(LIEUX).to.have.length(54);
    expect(LIEUX.filter(estFranceServices).length).to.be.greaterThan(1);
  });

  it('chaque issue de l’arbre par défaut a une règle de lecture ici (le test couvre tout l’arbre)', () => {
    for (const { id } of issues(ARBRE_PAR_DEFAUT)) expect(SERT[id], id).to.be.a('function');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 1. The hard rules, for every outcome and several people.

const PERSONNES: [string, CriteresPersonne][] = [
  ['sans position', {}],
  ['à 2 km du centre de Tourcoing', { autour: { ...CENTRE, rayonKm: 2 } }],
  ['à 5 km du centre de Tourcoing', { autour: { ...CENTRE, rayonKm: 5 } }],
  ['à 20 km du centre de Tourcoing', { autour: { ...CENTRE, rayonKm: 20 } }],
  ['au centre de Tourcoing, sans limite de distance', { autour: CENTRE }],
  ['gratuit seulement', { gratuit: true }],
  ['libre le mardi matin', { disponibilites: [{ jour: 1, moment: 'matin' }] }],
  ['libre le samedi, toute la journée', { disponibilites: [{ jour: 5, moment: 'journee' }] }],
  ['sourde (prise en charge « Surdité »)', { priseEnCharge: ['Surdité'] }],
  [
    'à 5 km, gratuit, libre le mardi matin ou le jeudi après-midi, lit difficilement le français',
    {
      autour: { ...CENTRE, rayonKm: 5 },
      gratuit: true,
      disponibilites: [
        { jour: 1, moment: 'matin' },
        { jour: 3, moment: 'apres-midi' },
      ],
      francais: true,
    },
  ],
];

describe('propositions : les règles dures, pour chaque issue et chaque personne', () => {
  for (const { id } of issues(ARBRE_PAR_DEFAUT)) {
    for (const [qui, personne] of PERSONNES) {
      it(`${id}, ${qui}`, () => {
        const n = issue(id);
        const r = proposer(LIEUX, n, personne, { recours: RECOURS });
        const attendus = admissibles(LIEUX, id, personne);

        expect(r.lieux.length, 'au plus trois lieux').to.be.at.most(3);
        // Never fewer than what fits: three when three or more fit, all of them otherwise.
        expect(r.lieux.length, `lieux qui conviennent : ${attendus.map((l) => l.id).join(', ')}`).to.equal(Math.min(3, attendus.length));
        expect(new Set(ids(r)).size, 'pas deux fois le même lieu').to.equal(r.lieux.length);

        for (const p of r.lieux) {
          const l = p.lieu;
          expect(LIEUX, l.id).to.include(l);
          expect(sertIssue(l, n), `${l.id} sert l’issue`).to.equal(true);
          expect(SERT[id]!(l), `${l.id} donne vraiment l’aide « ${id} »`).to.equal(true);
          if (personne.autour) {
            const d = distanceDe(l, personne.autour);
            if (d === undefined) expect(p.distanceKm, l.id).to.equal(undefined);
            else expect(p.distanceKm, `${l.id} : distance`).to.be.closeTo(d, 1e-6);
            if (personne.autour.rayonKm !== undefined) {
              expect(p.distanceKm, `${l.id} : distance connue`).to.be.a('number');
              expect(d, `${l.id} : à portée`).to.be.a('number').and.at.most(personne.autour.rayonKm);
              expect(p.distanceKm!, `${l.id} : à portée`).to.be.at.most(personne.autour.rayonKm);
            }
          } else {
            expect(p.distanceKm, `${l.id} : pas de distance sans position`).to.equal(undefined);
          }
          if (personne.gratuit) expect(l.frais_a_charge, `${l.id} : gratuit`).to.include('Gratuit');
          for (const x of personne.priseEnCharge ?? []) expect(l.prise_en_charge_specifique ?? [], `${l.id} : ${x}`).to.include(x);
          if (personne.disponibilites) expect(ouvertQuandLibre(l, personne.disponibilites), `${l.id} : ouvert quand la personne est libre (${l.horaires})`).to.equal(true);
        }

        if (r.lieux.length === 0) {
          expect(r.repli, 'jamais une réponse vide').to.not.equal(undefined);
          expect(!!r.repli!.franceServices || !!r.repli!.recours, 'une France Services ou un numéro').to.equal(true);
          if (r.repli!.franceServices) expect(estFranceServices(r.repli!.franceServices.lieu)).to.equal(true);
          expect(r.repli!.recours).to.deep.equal(RECOURS);
        } else {
          expect(r.repli, 'pas de repli quand des lieux conviennent').to.equal(undefined);
        }
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------------------------
// 2. The booklet's cases lead to places that really give that help.

describe('propositions : les cas du livret mènent aux bons lieux de Tourcoing', () => {
  const RAYONS = [undefined, 2, 5, 20];
  const avec = (rayonKm: number | undefined): CriteresPersonne => (rayonKm === undefined ? {} : { autour: { ...CENTRE, rayonKm } });

  it('« juste besoin de matériel » : chaque lieu a l’accès internet et le matériel', () => {
    expect(proposer(LIEUX, issue('acces-materiel')).lieux, 'au moins un lieu sans position').to.not.be.empty;
    for (const rayon of RAYONS) {
      for (const p of proposer(LIEUX, issue('acces-materiel'), avec(rayon)).lieux) {
        expect(p.lieu.services, `${p.lieu.id} (${rayon ?? '∞'} km)`).to.include(ACCES);
      }
    }
  });

  it('« pas à l’aise, aimerait être accompagnée » : le matériel ET la médiation dans le même lieu', () => {
    expect(proposer(LIEUX, issue('materiel-mediation')).lieux).to.not.be.empty;
    for (const rayon of RAYONS) {
      for (const p of proposer(LIEUX, issue('materiel-mediation'), avec(rayon)).lieux) {
        expect(p.lieu.services, p.lieu.id).to.include.members([ACCES, OUTILS]);
      }
    }
    // Where only one of the two is given, the place is not proposed.
    const seulementAcces = LIEUX.filter((l) => aService(l, ACCES) && !aService(l, OUTILS));
    expect(seulementAcces, 'l’exemple a des lieux avec le seul matériel').to.not.be.empty;
    const tous = ids(proposer(LIEUX, issue('materiel-mediation'), {}, { n: 100 }));
    for (const l of seulementAcces) expect(tous, l.id).to.not.include(l.id);
  });

  it('« a du matériel mais ne sait pas s’en servir » : des lieux qui forment', () => {
    const r = proposer(LIEUX, issue('formation'));
    expect(r.lieux).to.not.be.empty;
    for (const p of r.lieux) expect(repondAuBesoin(p.lieu, 'autonomie'), p.lieu.id).to.equal(true);
  });

  it('« à l’aise sauf pour les démarches » : des lieux qui aident aux démarches', () => {
    const r = proposer(LIEUX, issue('aide-demarches'));
    expect(r.lieux).to.not.be.empty;
    for (const p of r.lieux) expect(p.lieu.services, p.lieu.id).to.include('Aide aux démarches administratives');
  });

  it('assistance : France Services, Aidants Connect ou RFS, et une France Services en premier quand il y en a une à portée', () => {
    expect(proposer(LIEUX, issue('assistance')).lieux).to.not.be.empty;
    const personnes: CriteresPersonne[] = [
      ...RAYONS.map(avec),
      { autour: { ...HALLUIN, rayonKm: 3 } },
      { autour: { ...WATTRELOS, rayonKm: 3 } },
      { autour: { ...CENTRE, rayonKm: 1 } },
    ];
    for (const personne of personnes) {
      const r = proposer(LIEUX, issue('assistance'), personne);
      const quoi = JSON.stringify(personne);
      for (const p of r.lieux) {
        const l = p.lieu;
        expect(
          aLabel(l, 'France Services') || aLabel(l, 'Aidants Connect') || (l.typologie?.includes('RFS') ?? false),
          `${l.id} (${quoi})`,
        ).to.equal(true);
      }
      const fsAPortee = admissibles(LIEUX, 'assistance', personne).filter(estFranceServices);
      if (fsAPortee.length) {
        expect(r.lieux[0] && estFranceServices(r.lieux[0].lieu), `une France Services d’abord (${quoi}) : ${ids(r).join(', ')}`).to.equal(true);
        // All of them before any other place, up to three.
        const k = Math.min(3, fsAPortee.length);
        for (const p of r.lieux.slice(0, k)) expect(estFranceServices(p.lieu), `${p.lieu.id} (${quoi})`).to.equal(true);
      }
    }
    // Near the centre, the France Services of Tourcoing comes first.
    expect(ids(proposer(LIEUX, issue('assistance'), { autour: { ...CENTRE, rayonKm: 2 } }))[0]).to.equal('tcg-france-services');
    expect(ids(proposer(LIEUX, issue('assistance'), { autour: { ...HALLUIN, rayonKm: 3 } }))[0]).to.equal('hal-france-services');
  });

  it('dossier (facilitation) : des lieux qui peuvent regarder la situation avec la personne', () => {
    expect(proposer(LIEUX, issue('facilitation')).lieux).to.not.be.empty;
    for (const rayon of RAYONS) {
      for (const p of proposer(LIEUX, issue('facilitation'), avec(rayon)).lieux) {
        expect(repondAuBesoin(p.lieu, 'accompagnement'), p.lieu.id).to.equal(true);
      }
    }
    // A médiathèque gives workshops, not help on a CAF file: never proposed for facilitation.
    const tous = ids(proposer(LIEUX, issue('facilitation'), {}, { n: 100 }));
    expect(tous).to.not.include('tcg-mediatheque-malraux');
    expect(tous).to.include('tcg-caf-point-numerique');
  });

  it('une CAF met ses accueils en premier pour les dossiers : ils arrivent d’abord', () => {
    const a = structuredClone(ARBRE_PAR_DEFAUT) as ArbreOrientation;
    (a.noeuds.facilitation as NoeudIssue).enPremier = [{ typologies: ['CAF'] }];
    const { arbre } = validerArbre(a);
    expect(arbre).to.not.equal(undefined);
    const f = arbre!.noeuds.facilitation as NoeudIssue;
    for (const personne of [{}, { autour: { ...CENTRE, rayonKm: 5 } }, { autour: { ...CENTRE, rayonKm: 2 } }] as CriteresPersonne[]) {
      const r = proposer(LIEUX, f, personne);
      const caf = admissibles(LIEUX, 'facilitation', personne).filter((l) => l.typologie?.includes('CAF'));
      expect(caf, 'l’exemple a des accueils CAF').to.not.be.empty;
      for (const p of r.lieux.slice(0, Math.min(3, caf.length))) expect(p.lieu.typologie, `${p.lieu.id} ${JSON.stringify(personne)}`).to.include('CAF');
    }
    expect(ids(proposer(LIEUX, f, { autour: { ...CENTRE, rayonKm: 2 } }))[0]).to.equal('tcg-caf-point-numerique');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Order.

describe('propositions : l’ordre', () => {
  it('avec une position : les lieux « en premier » d’abord, puis du plus proche au plus loin', () => {
    for (const { id, noeud } of issues(ARBRE_PAR_DEFAUT)) {
      for (const personne of [{ autour: { ...CENTRE, rayonKm: 20 } }, { autour: CENTRE }, { autour: { ...HALLUIN, rayonKm: 10 } }] as CriteresPersonne[]) {
        const r = proposer(LIEUX, noeud, personne, { n: 100 });
        expect(r.lieux.length, id).to.equal(admissibles(LIEUX, id, personne).length);
        const premier = (l: Lieu) => noeud.enPremier?.some((c) => correspond(l, c)) ?? false;
        const rangs = r.lieux.map((p) => (premier(p.lieu) ? 0 : 1));
        expect(rangs, `${id} : « en premier » d’abord`).to.deep.equal([...rangs].sort((a, b) => a - b));
        for (const groupe of [0, 1]) {
          const d = r.lieux.filter((_, i) => rangs[i] === groupe).map((p) => distanceDe(p.lieu, personne.autour!) ?? Infinity);
          for (let i = 1; i < d.length; i++) {
            expect(d[i]!, `${id} : ${ids(r).join(', ')}`).to.be.at.least(d[i - 1]!);
          }
        }
      }
    }
  });

  it('avec une position : les trois proposés sont les trois plus proches (après les « en premier »)', () => {
    for (const id of ['acces-materiel', 'materiel-mediation', 'formation', 'aide-demarches', 'facilitation']) {
      const personne = { autour: { ...CENTRE, rayonKm: 20 } };
      const attendus = admissibles(LIEUX, id, personne)
        .map((l) => ({ id: l.id, d: distanceDe(l, CENTRE)! }))
        .sort((a, b) => a.d - b.d)
        .slice(0, 3)
        .map((x) => x.id);
      expect(ids(proposer(LIEUX, issue(id), personne)), id).to.deep.equal(attendus);
    }
  });

  it('sans position : par nom, les « en premier » d’abord', () => {
    const parNom = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    for (const { id, noeud } of issues(ARBRE_PAR_DEFAUT)) {
      const r = proposer(LIEUX, noeud, {}, { n: 100 });
      const premier = (l: Lieu) => noeud.enPremier?.some((c) => correspond(l, c)) ?? false;
      for (const groupe of [true, false]) {
        const noms = r.lieux.filter((p) => premier(p.lieu) === groupe).map((p) => p.lieu.nom);
        expect(noms, id).to.deep.equal([...noms].sort(parNom.compare));
      }
    }
  });

  it('lit difficilement le français : les lieux qui aident dans d’autres langues passent d’abord (exemple de Tourcoing)', () => {
    let vus = 0;
    for (const { id, noeud } of issues(ARBRE_PAR_DEFAUT)) {
      const personne: CriteresPersonne = { autour: CENTRE, francais: true };
      const tous = proposer(LIEUX, noeud, personne, { n: 100 });
      const premier = (l: Lieu) => noeud.enPremier?.some((c) => correspond(l, c)) ?? false;
      // Within each group (« en premier » or not), places with other languages come before the others.
      for (const groupe of [true, false]) {
        const l = tous.lieux.filter((p) => premier(p.lieu) === groupe).map((p) => (parleLangues(p.lieu) ? 0 : 1));
        expect(l, `${id} : ${ids(tous).join(', ')}`).to.deep.equal([...l].sort((a, b) => a - b));
      }
      // Among the three shown, for an outcome without « en premier »: the first one speaks other languages
      // whenever a candidate does.
      const candidatsLangues = admissibles(LIEUX, id, personne).filter(parleLangues);
      if (!noeud.enPremier && candidatsLangues.length) {
        vus++;
        const trois = proposer(LIEUX, noeud, personne);
        expect(parleLangues(trois.lieux[0]!.lieu), `${id} : ${ids(trois).join(', ')}`).to.equal(true);
        for (const p of trois.lieux.slice(0, Math.min(3, candidatsLangues.length))) expect(parleLangues(p.lieu), `${id} : ${p.lieu.id}`).to.equal(true);
        expect(trois.lieux[0]!.raisons).to.include('langues');
      }
    }
    expect(vus, 'l’exemple a des lieux qui parlent d’autres langues').to.be.greaterThan(1);
  });

  it('lit difficilement le français : le lieu qui parle d’autres langues passe avant un lieu plus proche (lieux construits)', () => {
    const lieu = (id: string, latitude: number, champs: Partial<Lieu> = {}): Lieu => ({
      id,
      nom: id,
      commune: 'Tourcoing',
      code_postal: '59200',
      adresse: '1 rue de la Gare',
      latitude,
      longitude: CENTRE.longitude,
      services: ['Aide aux démarches administratives'],
      frais_a_charge: ['Gratuit'],
      ...champs,
    });
    const lieux = [
      lieu('a-proche', CENTRE.latitude + 0.001),
      lieu('b-moyen', CENTRE.latitude + 0.005),
      lieu('c-loin-langues', CENTRE.latitude + 0.02, { prise_en_charge_specifique: ['Langues étrangères (autres)'] }),
      lieu('d-loin', CENTRE.latitude + 0.03),
    ];
    const n = issue('aide-demarches');
    const allophone = proposer(lieux, n, { autour: CENTRE, francais: true });
    expect(ids(allophone)).to.deep.equal(['c-loin-langues', 'a-proche', 'b-moyen']);
    expect(allophone.lieux[0]!.raisons).to.include('langues');
    const francophone = proposer(lieux, n, { autour: CENTRE });
    expect(ids(francophone)).to.deep.equal(['a-proche', 'b-moyen', 'c-loin-langues']);
    for (const p of francophone.lieux) expect(p.raisons, 'pas de raison « langues » sans la demande').to.not.include('langues');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. Nothing fits: never an empty answer.

describe('propositions : quand rien ne convient', () => {
  const plusProcheFS = (p: { latitude: number; longitude: number }) =>
    LIEUX.filter(estFranceServices)
      .filter(aDesCoordonnees)
      .map((l) => ({ l, d: km(p, l) }))
      .sort((a, b) => a.d - b.d)[0]!;

  it('trop loin de tout (Lille, 10 m) : aucun lieu, la France Services la plus proche et le numéro', () => {
    const attendu = plusProcheFS(LILLE);
    for (const { id, noeud } of issues(ARBRE_PAR_DEFAUT)) {
      const r = proposer(LIEUX, noeud, { autour: { ...LILLE, rayonKm: 0.01 } }, { recours: ARBRE_PAR_DEFAUT.recours });
      expect(r.lieux, id).to.deep.equal([]);
      expect(r.repli, id).to.not.equal(undefined);
      expect(r.repli!.franceServices?.lieu.id, id).to.equal(attendu.l.id);
      expect(r.repli!.franceServices!.distanceKm, id).to.be.closeTo(attendu.d, 1e-6);
      expect(r.repli!.recours, id).to.deep.equal({ nom: 'Solidarité Numérique', telephone: '01 70 77 23 72' });
    }
  });

  it('une prise en charge que personne n’a (sourde et malvoyante) : la France Services la plus proche de la personne', () => {
    const demande: PriseEnChargeSpecifique[] = ['Surdité', 'Déficience visuelle'];
    expect(PRISE_EN_CHARGE_SPECIFIQUE).to.include.members(demande);
    expect(LIEUX.filter((l) => demande.every((x) => l.prise_en_charge_specifique?.includes(x))), 'personne n’a les deux').to.deep.equal([]);
    for (const [ou, position] of [
      ['Halluin', HALLUIN],
      ['Wattrelos', WATTRELOS],
      ['Tourcoing', CENTRE],
      ['Lille', LILLE],
    ] as const) {
      const attendu = plusProcheFS(position);
      for (const id of ['assistance', 'facilitation', 'aide-demarches']) {
        const r = proposer(LIEUX, issue(id), { autour: position, priseEnCharge: demande }, { recours: RECOURS });
        expect(r.lieux, `${id} à ${ou}`).to.deep.equal([]);
        expect(r.repli?.franceServices?.lieu.id, `${id} à ${ou}`).to.equal(attendu.l.id);
        expect(r.repli?.recours, `${id} à ${ou}`).to.deep.equal(RECOURS);
      }
    }
    expect(plusProcheFS(HALLUIN).l.id).to.equal('hal-france-services');
    expect(plusProcheFS(WATTRELOS).l.id).to.equal('wat-france-services');
  });

  it('sans position : une France Services quand même', () => {
    const r = proposer(LIEUX, issue('assistance'), { priseEnCharge: ['Surdité', 'Déficience visuelle'] }, { recours: RECOURS });
    expect(r.lieux).to.deep.equal([]);
    expect(r.repli?.franceServices).to.not.equal(undefined);
    expect(estFranceServices(r.repli!.franceServices!.lieu)).to.equal(true);
    expect(r.repli!.franceServices!.distanceKm).to.equal(undefined);
  });

  it('la France Services de repli ne tient pas compte des autres critères (elle oriente de toute façon)', () => {
    // Free on Sunday morning only, nothing is open: still the nearest France Services, closed or not.
    const r = proposer(LIEUX, issue('aide-demarches'), { autour: CENTRE, disponibilites: [{ jour: 6, moment: 'matin' }] }, { recours: RECOURS });
    expect(r.lieux).to.deep.equal([]);
    expect(r.repli?.franceServices?.lieu.id).to.equal(plusProcheFS(CENTRE).l.id);
  });

  it('sans numéro donné, la France Services suffit ; sans France Services, le numéro suffit', () => {
    const r = proposer(LIEUX, issue('assistance'), { autour: { ...LILLE, rayonKm: 0.01 } });
    expect(r.lieux).to.deep.equal([]);
    expect(r.repli?.franceServices).to.not.equal(undefined);
    expect(r.repli?.recours).to.equal(undefined);

    const sansFS = LIEUX.filter((l) => !estFranceServices(l));
    const s = proposer(sansFS, issue('assistance'), { autour: { ...LILLE, rayonKm: 0.01 } }, { recours: RECOURS });
    expect(s.lieux).to.deep.equal([]);
    expect(s.repli?.franceServices).to.equal(undefined);
    expect(s.repli?.recours).to.deep.equal(RECOURS);

    const vide = proposer([], issue('formation'), {}, { recours: RECOURS });
    expect(vide.lieux).to.deep.equal([]);
    expect(vide.repli?.recours).to.deep.equal(RECOURS);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. Why each place fits.

describe('propositions : les raisons', () => {
  const personnes: CriteresPersonne[] = [
    {},
    { autour: { ...CENTRE, rayonKm: 5 } },
    { autour: CENTRE },
    { disponibilites: [{ jour: 1, moment: 'matin' }] },
    { disponibilites: [{ jour: 5, moment: 'journee' }], autour: CENTRE },
    { gratuit: true },
  ];

  it('« besoin » d’abord ; « distance » avec une position ; « ouvert » avec des disponibilités ; « gratuit » quand c’est gratuit', () => {
    let gratuits = 0;
    let nonGratuits = 0;
    for (const { id, noeud } of issues(ARBRE_PAR_DEFAUT)) {
      for (const personne of personnes) {
        for (const p of proposer(LIEUX, noeud, personne, { n: 100 }).lieux) {
          const quoi = `${id}, ${p.lieu.id}, ${JSON.stringify(personne)}`;
          expect(p.raisons[0], quoi).to.equal('besoin');
          expect(p.raisons.filter((x) => x === 'besoin'), quoi).to.have.length(1);
          expect(p.raisons.includes('distance'), quoi).to.equal(!!personne.autour && aDesCoordonnees(p.lieu));
          expect(p.raisons.includes('ouvert'), quoi).to.equal(!!personne.disponibilites);
          const gratuit = p.lieu.frais_a_charge?.includes('Gratuit') ?? false;
          expect(p.raisons.includes('gratuit'), `${quoi} : ${p.lieu.frais_a_charge}`).to.equal(gratuit);
          if (gratuit) gratuits++;
          else nonGratuits++;
          expect(new Set(p.raisons).size, quoi).to.equal(p.raisons.length);
        }
      }
    }
    expect(gratuits).to.be.greaterThan(0);
    expect(nonGratuits, 'des lieux « Gratuit sous condition » ou payants ont été vus').to.be.greaterThan(0);
  });

  it('« en-premier » pour une France Services proposée pour l’assistance', () => {
    const r = proposer(LIEUX, issue('assistance'), { autour: { ...CENTRE, rayonKm: 2 } });
    expect(r.lieux[0]!.lieu.id).to.equal('tcg-france-services');
    expect(r.lieux[0]!.raisons).to.include('en-premier');
    for (const p of r.lieux.slice(1)) if (!estFranceServices(p.lieu)) expect(p.raisons, p.lieu.id).to.not.include('en-premier');
  });

  it('« prise-en-charge » quand la personne en a demandé une', () => {
    const r = proposer(LIEUX, issue('formation'), { priseEnCharge: ['Surdité'] });
    expect(r.lieux).to.not.be.empty;
    for (const p of r.lieux) expect(p.raisons, p.lieu.id).to.include('prise-en-charge');
    for (const p of proposer(LIEUX, issue('formation')).lieux) expect(p.raisons, p.lieu.id).to.not.include('prise-en-charge');
  });
});
