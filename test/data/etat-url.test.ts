import { expect } from '@open-wc/testing';
import { BESOINS } from '../../src/data/besoins.js';
import { CLES_ETAT, ecrireEtat, lireEtat, type EtatCarte } from '../../src/data/etat-url.js';
import type { Ouverture } from '../../src/data/requetes.js';
import {
  DISPOSITIF_PROGRAMMES_NATIONAUX,
  FORMATIONS_LABELS,
  FRAIS_A_CHARGE,
  ITINERANCE,
  PRISE_EN_CHARGE_SPECIFIQUE,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
} from '../../src/data/standard.js';

const lire = (adresse: string) => lireEtat(new URLSearchParams(adresse));
const ecrire = (etat: EtatCarte, adresse = '') => ecrireEtat(etat, new URLSearchParams(adresse)).toString();

describe('etat-url: a filtered map can be shared and reloaded', () => {
  const cas: [string, EtatCarte][] = [
    ['nothing filtered', { filtres: {} }],
    [
      'every filter, with accents, spaces, apostrophes, slashes and « guillemets »',
      {
        filtres: {
          besoins: ['demarche', 'materiel'],
          services: ['Aide aux démarches administratives', 'Acquisition de matériel informatique à prix solidaire'],
          publics: ['Familles et/ou enfants'],
          priseEnCharge: ['Langues étrangères (anglais)'],
          frais: ['Gratuit sous condition'],
          labels: ["Point d'accès numérique CAF", 'Formé à « Mon Espace Santé »'],
          itinerance: ['Itinérant'],
          rdvEnLigne: true,
          ouvert: { jour: 5, debut: 480, fin: 720 },
        },
        pres: "L'Haÿ-les-Roses",
        rayonKm: 2.5,
        lieu: 'cs-bolly/1 & co',
      },
    ],
    ['open now', { filtres: { ouvert: { maintenant: true } } }],
    ['open on Monday', { filtres: { ouvert: { jour: 0 } } }],
    ['open on Sunday afternoon', { filtres: { ouvert: { jour: 6, debut: 810, fin: 1080 } } }],
    ['a postal code and the largest radius', { filtres: {}, pres: '59200', rayonKm: 200 }],
    ['an opened place only', { filtres: {}, lieu: 'fr-mediation-123' }],
  ];
  for (const [nom, etat] of cas) {
    it(`reopens exactly the same view: ${nom}`, () => {
      const adresse = ecrireEtat(etat, new URLSearchParams());
      expect(lireEtat(adresse)).to.deep.equal(etat);
      // And through the text of a real address, as a person pastes it.
      expect(lireEtat(new URL(`https://exemple.fr/carte?${adresse}`).searchParams)).to.deep.equal(etat);
    });
  }

  it('writes short French keys, repeated for several values', () => {
    const etat: EtatCarte = {
      filtres: { besoins: ['demarche', 'materiel'], frais: ['Gratuit'], ouvert: { jour: 5, debut: 480, fin: 720 } },
      pres: 'Tourcoing',
      rayonKm: 5,
    };
    expect(ecrire(etat)).to.equal(
      'besoin=demarche&besoin=materiel&frais=Gratuit&ouvert=samedi-matin&pres=Tourcoing&rayon=5',
    );
    expect(ecrire({ filtres: { rdvEnLigne: true, ouvert: { jour: 2, debut: 810, fin: 1080 } }, lieu: 'x' })).to.equal(
      'rdv=1&ouvert=mercredi-apres-midi&lieu=x',
    );
  });

  it('reads an address typed or encoded by hand (%-escapes and « + » for spaces)', () => {
    expect(
      lire('?service=Aide+aux+d%C3%A9marches+administratives&label=Point%20d%27acc%C3%A8s%20num%C3%A9rique%20CAF&pres=Saint+Denis'),
    ).to.deep.equal({
      filtres: { services: ['Aide aux démarches administratives'], labels: ["Point d'accès numérique CAF"] },
      pres: 'Saint Denis',
    });
  });

  it('reopens every valid view it writes (random states)', () => {
    // mulberry32: seeded, so every run checks the same states.
    let graine = 59200;
    const hasard = () => {
      graine = (graine + 0x6d2b79f5) >>> 0;
      let t = Math.imul(graine ^ (graine >>> 15), graine | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const quelques = <T>(valeurs: readonly T[]): T[] => valeurs.filter(() => hasard() < 0.3);
    const ouvertures: Ouverture[] = [
      { maintenant: true },
      ...[0, 1, 2, 3, 4, 5, 6].flatMap((jour): Ouverture[] => [
        { jour },
        { jour, debut: 480, fin: 720 },
        { jour, debut: 810, fin: 1080 },
      ]),
    ];
    for (let essai = 0; essai < 200; essai++) {
      const filtres: EtatCarte['filtres'] = {};
      const listes = [
        ['besoins', BESOINS],
        ['services', SERVICES],
        ['publics', PUBLICS_SPECIFIQUEMENT_ADRESSES],
        ['priseEnCharge', PRISE_EN_CHARGE_SPECIFIQUE],
        ['frais', FRAIS_A_CHARGE],
        ['labels', [...DISPOSITIF_PROGRAMMES_NATIONAUX, ...FORMATIONS_LABELS]],
        ['itinerance', ITINERANCE],
      ] as const;
      for (const [champ, valeurs] of listes) {
        const choisis = quelques<string>(valeurs).sort(() => hasard() - 0.5);
        if (choisis.length) (filtres as Record<string, string[]>)[champ] = choisis;
      }
      if (hasard() < 0.3) filtres.rdvEnLigne = true;
      if (hasard() < 0.5) filtres.ouvert = ouvertures[Math.floor(hasard() * ouvertures.length)]!;
      const etat: EtatCarte = { filtres };
      if (hasard() < 0.5) etat.pres = ['Tourcoing', '59200', "Villeneuve-d'Ascq", 'Saint-Étienne-du-Rouvray'][essai % 4]!;
      if (hasard() < 0.5) etat.rayonKm = Math.round(hasard() * 2000) / 10 || 0.1;
      if (hasard() < 0.3) etat.lieu = `lieu-${essai}#é?&=`;
      expect(lireEtat(ecrireEtat(etat, new URLSearchParams())), JSON.stringify(etat)).to.deep.equal(etat);
    }
  });
});

describe('etat-url: an address is never trusted', () => {
  const cas: [string, string, EtatCarte][] = [
    ['a link with an unknown service value opens the map without that filter', 'service=Cours+de+cuisine', { filtres: {} }],
    [
      'an unknown value next to a known one keeps the known one',
      'public=Seniors&public=Martiens&public=Jeunes',
      { filtres: { publics: ['Seniors', 'Jeunes'] } },
    ],
    ['values must be written exactly as the standard does (case, accents)', 'frais=gratuit&prise_en_charge=Surdite', { filtres: {} }],
    ['an unknown need is dropped', 'besoin=tout&besoin=autonomie', { filtres: { besoins: ['autonomie'] } }],
    ['local labels (QPV) are not filters of the map', 'label=QPV&label=France+Services', { filtres: { labels: ['France Services'] } }],
    ['a value given twice counts once', 'besoin=demarche&besoin=materiel&besoin=demarche', { filtres: { besoins: ['demarche', 'materiel'] } }],
    ['« rdv » must be 1', 'rdv=oui&rdv=true', { filtres: {} }],
    ['« rdv=1 » among other values', 'rdv=0&rdv=1', { filtres: { rdvEnLigne: true } }],
    ['a radius of zero is dropped', 'rayon=0', { filtres: {} }],
    ['a negative radius is dropped', 'rayon=-3', { filtres: {} }],
    ['a radius over 200 km is dropped', 'rayon=250', { filtres: {} }],
    ['a radius that is not a number is dropped', 'rayon=abc&rayon=&rayon=0x10&rayon=Infinity&rayon=5km', { filtres: {} }],
    ['the first valid radius is kept', 'rayon=abc&rayon=12.5&rayon=3', { filtres: {}, rayonKm: 12.5 }],
    ['an unknown opening time is dropped', 'ouvert=hier&ouvert=Samedi&ouvert=samedi-soir&ouvert=5', { filtres: {} }],
    ['the first valid opening time is kept', 'ouvert=bientot&ouvert=samedi&ouvert=lundi', { filtres: { ouvert: { jour: 5 } } }],
    ['the place searched near is trimmed', 'pres=%20%20Tourcoing%0A%20', { filtres: {}, pres: 'Tourcoing' }],
    ['an empty place searched near is dropped', 'pres=%20%20&lieu=', { filtres: {} }],
    ['keys of other tools are ignored', 'utm_source=caf&page=2', { filtres: {} }],
  ];
  for (const [nom, adresse, attendu] of cas) {
    it(nom, () => {
      expect(lire(adresse)).to.deep.equal(attendu);
    });
  }

  it('reads opening times: now, a day, a morning (8:00–12:00) or an afternoon (13:30–18:00)', () => {
    const jours: [string, Ouverture][] = [
      ['maintenant', { maintenant: true }],
      ['lundi', { jour: 0 }],
      ['dimanche', { jour: 6 }],
      ['samedi-matin', { jour: 5, debut: 480, fin: 720 }],
      ['samedi-apres-midi', { jour: 5, debut: 810, fin: 1080 }],
      ['mardi-matin', { jour: 1, debut: 480, fin: 720 }],
    ];
    for (const [valeur, ouvert] of jours) expect(lire(`ouvert=${valeur}`).filtres.ouvert, valeur).to.deep.equal(ouvert);
  });

  it('caps what a person typed at 100 characters and a place id at 200', () => {
    const e = lire(`pres=${'a'.repeat(150)}&lieu=${'b'.repeat(300)}`);
    expect(e.pres).to.equal('a'.repeat(100));
    expect(e.lieu).to.equal('b'.repeat(200));
    // Never half a character: an emoji straddling the limit is kept whole.
    const emoji = lire(`pres=${encodeURIComponent('é'.repeat(99) + '😀😀')}`).pres!;
    expect(Array.from(emoji)).to.have.length(100);
    expect(emoji.endsWith('😀')).to.equal(true);
  });

  it('drops control characters from what it reads', () => {
    expect(lire('pres=Tour%00coing%07').pres).to.equal('Tourcoing');
  });
});

describe('etat-url: writing into the page address', () => {
  it('keeps the page’s own keys, in their order, and replaces ours', () => {
    const page = new URLSearchParams('utm_source=caf&besoin=materiel&page=2&rayon=9&x=1&x=2');
    const avant = page.toString();
    const apres = ecrireEtat({ filtres: { besoins: ['demarche'] } }, page);
    expect(apres.toString()).to.equal('utm_source=caf&page=2&x=1&x=2&besoin=demarche');
    expect(apres).not.to.equal(page);
    expect(page.toString()).to.equal(avant);
  });

  it('clearing every filter removes all our keys and nothing else', () => {
    expect(ecrire({ filtres: {} }, 'besoin=demarche&ouvert=lundi&pres=Lille&lieu=x&rdv=1&q=velo')).to.equal('q=velo');
  });

  it('does not write what the address cannot say', () => {
    const cas: [string, EtatCarte][] = [
      ['empty lists', { filtres: { besoins: [], services: [] } }],
      ['« RDV en ligne » not ticked', { filtres: { rdvEnLigne: false } }],
      ['a given minute of a day', { filtres: { ouvert: { jour: 1, minute: 600 } } }],
      ['another span than the morning or afternoon', { filtres: { ouvert: { jour: 1, debut: 600, fin: 660 } } }],
      ['a day that does not exist', { filtres: { ouvert: { jour: 7 } } }],
      ['a radius of zero', { filtres: {}, rayonKm: 0 }],
      ['a radius over 200 km', { filtres: {}, rayonKm: 300 }],
      ['a radius that is not a number', { filtres: {}, rayonKm: Number.NaN }],
      ['blank text', { filtres: {}, pres: '  ', lieu: '' }],
    ];
    for (const [nom, etat] of cas) expect(ecrire(etat), nom).to.equal('');
  });

  it('owns exactly the keys it documents', () => {
    expect([...CLES_ETAT].sort()).to.deep.equal(
      ['besoin', 'frais', 'itinerance', 'label', 'lieu', 'ouvert', 'pres', 'prise_en_charge', 'public', 'rayon', 'rdv', 'service'].sort(),
    );
  });
});
