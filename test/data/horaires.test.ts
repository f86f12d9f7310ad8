import { expect } from '@open-wc/testing';
import {
  estOuvertA,
  etatOuverture,
  ouvertLeJour,
  ouvertPendant,
  parseHoraires,
  versOsm,
} from '../../src/data/horaires.js';
import type { Horaires, RaisonHoraires } from '../../src/data/horaires.js';
import { heureTexte, semaineTexte, texteEtat, texteHoraires } from '../../src/data/horaires-texte.js';
import { fuseauHoraire, instantLocal, momentLocal } from '../../src/data/temps.js';
import { horairesFr } from '../../src/i18n/horaires.fr.js';
import type { MessagesHoraires } from '../../src/i18n/horaires.fr.js';

const LU = 0, MA = 1, ME = 2, JE = 3, VE = 4, SA = 5, DI = 6;
const hm = (h: number, m = 0) => h * 60 + m;

function parse(source: string): Horaires {
  const r = parseHoraires(source);
  if (!r.ok) throw new Error(`« ${source} » non compris : ${r.raison} @${r.position}`);
  return r.horaires;
}

/** Text of the state at a moment, as a person reads it on a card. */
const etat = (source: string, jour: number, minute: number) => texteEtat(etatOuverture(parse(source), jour, minute));

describe('parseHoraires: supported grammar', () => {
  // [as written, canonical OSM of the week understood]
  const cas: [string, string][] = [
    ['Mo-Fr 09:00-12:00,14:00-18:00; Sa 08:30-12:00', 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 08:30-12:00'],
    ['Tu 10:00-11:30', 'Tu 10:00-11:30'],
    ['Mo,We,Fr 10:00-12:00', 'Mo,We,Fr 10:00-12:00'],
    ['Mo-We,Fr 13:30-17:00', 'Mo-We,Fr 13:30-17:00'],
    ['Fr-Mo 10:00-18:00', 'Mo,Fr-Su 10:00-18:00'],
    ['Sa-Su 10:00-12:00', 'Sa-Su 10:00-12:00'],
    ['08:00-17:00', 'Mo-Su 08:00-17:00'],
    ['Mo-Fr 9:00-12:00,13:30-17:00', 'Mo-Fr 09:00-12:00,13:30-17:00'],
    ['  Mo - Fr   09:00 - 12:00 ,  14:00-18:00 ;  ', 'Mo-Fr 09:00-12:00,14:00-18:00'],
    ['Mo-Fr 09:00-12:00;', 'Mo-Fr 09:00-12:00'],
    ['Mo-Fr 09:00-12:00;; Sa 10:00-12:00', 'Mo-Fr 09:00-12:00; Sa 10:00-12:00'],
    ['mo-fr 09:00-12:00', 'Mo-Fr 09:00-12:00'],
    // Touching spans are one opening; a one-minute gap is kept; order and duplicates do not matter.
    ['Tu-Sa 10:00-13:00,13:00-18:00', 'Tu-Sa 10:00-18:00'],
    ['Th 08:00-13:00,13:01-15:00', 'Th 08:00-13:00,13:01-15:00'],
    ['Mo 13:30-17:00,09:00-12:30', 'Mo 09:00-12:30,13:30-17:00'],
    ['We 10:00-20:00,09:00-19:00', 'We 09:00-20:00'],
    ['Fr 08:30-17:00,08:30-17:00', 'Fr 08:30-17:00'],
    // A later rule replaces the days it names.
    ['Mo-Fr 08:30-12:00,13:30-17:00; We 08:30-12:00', 'Mo-Tu,Th-Fr 08:30-12:00,13:30-17:00; We 08:30-12:00'],
    ['Mo-Fr 09:00-18:00; We off', 'Mo-Tu,Th-Fr 09:00-18:00'],
    ['Mo-Fr 09:00-18:00; Tu,Th closed', 'Mo,We,Fr 09:00-18:00'],
    ['Mo-Fr 08:00-12:00; Tu,Th 08:00-12:00,14:00-17:00', 'Mo,We,Fr 08:00-12:00; Tu,Th 08:00-12:00,14:00-17:00'],
    ['Mo-Sa 09:00-18:00; 10:00-12:00', 'Mo-Su 10:00-12:00'],
    ['Mo-Sa 09:00-18:00; off', 'off'],
    ['Mo off; Mo 10:00-12:00', 'Mo 10:00-12:00'],
    // Midnight.
    ['Mo-Fr 18:00-24:00', 'Mo-Fr 18:00-24:00'],
    ['Sa 18:00-00:00', 'Sa 18:00-24:00'],
    ['Fr 22:00-02:00', 'Fr 22:00-24:00; Sa 00:00-02:00'],
    ['Su 20:00-01:00', 'Mo 00:00-01:00; Su 20:00-24:00'],
    ['Mo-Su 19:00-08:00', 'Mo-Su 00:00-08:00,19:00-24:00'],
    ['24/7', '24/7'],
    ['Mo-Su 00:00-24:00', '24/7'],
    // Public holidays.
    ['Mo-Fr 09:00-17:00; PH off', 'Mo-Fr 09:00-17:00; PH off'],
    ['Mo-Fr 09:00-17:00; PH closed', 'Mo-Fr 09:00-17:00; PH off'],
    ['Mo-Sa 09:00-17:00; Sa,PH off', 'Mo-Fr 09:00-17:00; PH off'],
    ['24/7; PH off', '24/7; PH off'],
    // Comments.
    ['Mo-Fr 09:00-12:00 "sur rendez-vous"', 'Mo-Fr 09:00-12:00 "sur rendez-vous"'],
    ['Mo-Fr 09:00-12:00; We off "fermé pendant les vacances"', 'Mo-Tu,Th-Fr 09:00-12:00 "fermé pendant les vacances"'],
  ];
  for (const [source, osm] of cas) {
    it(`« ${source} » → « ${osm} »`, () => {
      const h = parse(source);
      expect(versOsm(h)).to.equal(osm);
      expect(h.source).to.equal(source);
      // The canonical form means the same week.
      const again = parse(versOsm(h));
      expect(again.semaine).to.deep.equal(h.semaine);
      expect(again.feriesFermes).to.equal(h.feriesFermes);
      expect(again.commentaires).to.deep.equal(h.commentaires);
    });
  }

  it('gives the week Monday first in minutes, sorted and merged', () => {
    const h = parse('Mo-Th 08:45-12:15,13:30-17:00; Fr 08:45-12:15');
    expect(h.semaine).to.have.length(7);
    expect(h.semaine[LU]).to.deep.equal([
      { debut: hm(8, 45), fin: hm(12, 15) },
      { debut: hm(13, 30), fin: hm(17) },
    ]);
    expect(h.semaine[VE]).to.deep.equal([{ debut: hm(8, 45), fin: hm(12, 15) }]);
    expect(h.semaine[SA]).to.deep.equal([]);
    expect(h.semaine[DI]).to.deep.equal([]);
    expect(h.toujours).to.equal(false);
    expect(h.feriesFermes).to.equal(false);
  });

  it('flags 24/7, public holidays and comments', () => {
    expect(parse('24/7').toujours).to.equal(true);
    expect(parse('Mo-Su 00:00-24:00').toujours).to.equal(true);
    expect(parse('Mo-Sa 00:00-24:00').toujours).to.equal(false);
    expect(parse('Mo-Fr 09:00-12:00; PH off').feriesFermes).to.equal(true);
    const h = parse('Mo 09:00-12:00 "sur rendez-vous"; Tu 14:00-16:00 "sur rendez-vous"; We 10:00-11:00 "le ; est permis"');
    expect(h.commentaires).to.deep.equal(['sur rendez-vous', 'le ; est permis']);
    expect(h.semaine[ME]).to.deep.equal([{ debut: hm(10), fin: hm(11) }]);
  });

  it('keeps the spill of an overnight span when the next day is redefined', () => {
    const h = parse('Fr 20:00-02:00; Sa 10:00-12:00');
    expect(h.semaine[VE]).to.deep.equal([{ debut: hm(20), fin: 1440 }]);
    expect(h.semaine[SA]).to.deep.equal([
      { debut: 0, fin: hm(2) },
      { debut: hm(10), fin: hm(12) },
    ]);
  });
});

describe('parseHoraires: what it refuses, and why', () => {
  // [as written, reason, position]
  const cas: [string, RaisonHoraires, number][] = [
    ['', 'vide', 0],
    ['   ', 'vide', 0],
    ['Sa 17:00', 'plage_incomplete', 3],
    ['Mo-Fr 09:00-19:00; Sa 10:00', 'plage_incomplete', 22],
    ['Mo-Fr', 'plage_incomplete', 5],
    ['Mo-Fr; Sa 10:00-12:00', 'plage_incomplete', 5],
    ['Mo 12:00-14:00-17:00', 'syntaxe', 14],
    ['Mo 14-17', 'heure_invalide', 3],
    ['Mo 9h-12h', 'heure_invalide', 3],
    ['Mo 0900-1200', 'heure_invalide', 3],
    ['Mo 09:0-12:00', 'heure_invalide', 3],
    ['Mo 09:60-12:00', 'heure_invalide', 3],
    ['Mo 25:00-26:00', 'heure_invalide', 3],
    ['Mo 10:00-24:30', 'heure_invalide', 9],
    ['Mo 24:00-02:00', 'heure_invalide', 3],
    ['Mo 14:00-12:00', 'plage_inversee', 3],
    ['Mo 10:00-10:00', 'plage_inversee', 3],
    ['Mo 09:00-08:00', 'plage_inversee', 3],
    ['Jan-Mar Mo 10:00-12:00', 'non_pris_en_charge', 0],
    ['Mo-Fr sunrise-sunset', 'non_pris_en_charge', 6],
    ['week 01-20 Mo 10:00-12:00', 'non_pris_en_charge', 0],
    ['2026 Mo 10:00-12:00', 'non_pris_en_charge', 0],
    ['SH off', 'non_pris_en_charge', 0],
    ['Mo-Fr 09:00-12:00; PH 10:00-12:00', 'non_pris_en_charge', 19],
    ['Mo[1] 10:00-12:00', 'non_pris_en_charge', 2],
    ['Mo-Fr 10:00+', 'non_pris_en_charge', 11],
    ['Mo-Fr 10:00-12:00+', 'non_pris_en_charge', 17],
    ['Mo-Fr 09:00-12:00 || "sur rendez-vous"', 'non_pris_en_charge', 18],
    ['Mo 10:00-12:00, We 14:00-16:00', 'non_pris_en_charge', 16],
    ['"sur rendez-vous"', 'non_pris_en_charge', 0],
    ['Mo-Fr "sur rendez-vous"', 'non_pris_en_charge', 6],
    ['Mo-Fr unknown', 'non_pris_en_charge', 6],
    ['Lundi 09:00-12:00', 'syntaxe', 0],
    ['Mo–Fr 09:00-12:00', 'syntaxe', 2],
    ['Mo-Fr 09:00-12:00 14:00-18:00', 'syntaxe', 18],
    ['Mo-Fr 09:00-12:00,', 'syntaxe', 18],
    ['Mo, 09:00-12:00', 'syntaxe', 4],
    ['Mo-Fr 09:00-12:00 "sur rendez-vous', 'syntaxe', 18],
    ['Mo-Fr: 09:00-12:00', 'syntaxe', 5],
  ];
  for (const [source, raison, position] of cas) {
    it(`« ${source} » → ${raison} @${position}`, () => {
      const r = parseHoraires(source);
      expect(r).to.deep.equal({ ok: false, source, raison, position });
      // Every reason has words for the report to the data producer.
      expect(horairesFr.raisons[raison]).to.be.a('string').and.not.equal('');
    });
  }
});

describe('estOuvertA, ouvertLeJour, ouvertPendant', () => {
  const h = parse('Mo-Fr 09:00-12:00,14:00-17:30; We 09:00-12:00; Sa 22:00-02:00');

  it('is open from the first minute to the last minute before closing', () => {
    const cas: [number, number, boolean][] = [
      [LU, hm(8, 59), false],
      [LU, hm(9), true],
      [LU, hm(11, 59), true],
      [LU, hm(12), false],
      [LU, hm(14), true],
      [LU, hm(17, 29), true],
      [LU, hm(17, 30), false],
      [ME, hm(15), false],
      [SA, hm(23, 59), true],
      [DI, 0, true],
      [DI, hm(1, 59), true],
      [DI, hm(2), false],
      [DI, hm(12), false],
    ];
    for (const [jour, minute, attendu] of cas) {
      expect(estOuvertA(h, jour, minute), `${jour} ${minute}`).to.equal(attendu);
    }
  });

  it('knows which days and which parts of a day are open', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((j) => ouvertLeJour(h, j))).to.deep.equal([
      true, true, true, true, true, true, true,
    ]);
    expect(ouvertLeJour(parse('Tu 10:00-12:00'), LU)).to.equal(false);
    const matin = [hm(8), hm(12)] as const;
    const apresMidi = [hm(12), hm(18)] as const;
    expect(ouvertPendant(h, ME, ...matin)).to.equal(true);
    expect(ouvertPendant(h, ME, ...apresMidi)).to.equal(false);
    expect(ouvertPendant(h, JE, ...apresMidi)).to.equal(true);
    expect(ouvertPendant(h, DI, ...matin)).to.equal(false);
    // A window that ends exactly when the place opens does not count.
    expect(ouvertPendant(parse('Mo 14:00-17:00'), LU, ...matin)).to.equal(false);
    expect(ouvertPendant(parse('Mo 11:30-17:00'), LU, ...matin)).to.equal(true);
  });
});

describe('etatOuverture and texteEtat', () => {
  const semaine = 'Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:00';
  const cas: [string, string, number, number, string][] = [
    ['before opening', semaine, LU, hm(8, 59), 'Fermé · ouvre à 9 h'],
    ['at opening', semaine, LU, hm(9), 'Ouvert · ferme à 12 h'],
    ['one minute before closing', semaine, LU, hm(11, 59), 'Ouvert · ferme à 12 h'],
    ['at closing (lunch)', semaine, LU, hm(12), 'Fermé · ouvre à 14 h'],
    ['afternoon', semaine, MA, hm(15), 'Ouvert · ferme à 17 h 30'],
    ['evening', semaine, MA, hm(17, 30), 'Fermé · ouvre demain à 9 h'],
    ['Friday evening', semaine, VE, hm(18), 'Fermé · ouvre demain à 10 h'],
    ['Saturday noon', semaine, SA, hm(12), 'Fermé · ouvre lundi à 9 h'],
    ['Sunday', semaine, DI, hm(10), 'Fermé · ouvre demain à 9 h'],
    ['once a week, just after', 'Mo 10:00-12:00', LU, hm(13), 'Fermé · ouvre lundi prochain à 10 h'],
    ['once a week, days before', 'Th 14:00-17:00', LU, hm(13), 'Fermé · ouvre jeudi à 14 h'],
    ['until midnight', 'Mo-Fr 18:00-24:00', LU, hm(20), 'Ouvert · ferme à minuit'],
    ['overnight, evening', 'Fr 22:00-02:00', VE, hm(23), 'Ouvert · ferme cette nuit à 2 h'],
    ['overnight, after midnight', 'Fr 22:00-02:00', SA, hm(1), 'Ouvert · ferme à 2 h'],
    ['overnight, before', 'Fr 22:00-02:00', VE, hm(21), 'Fermé · ouvre à 22 h'],
    ['overnight, after', 'Fr 22:00-02:00', SA, hm(2), 'Fermé · ouvre vendredi à 22 h'],
    ['overnight, Sunday to Monday', 'Su 20:00-01:00', DI, hm(21), 'Ouvert · ferme cette nuit à 1 h'],
    ['opens at midnight', 'Sa 00:00-06:00', VE, hm(23), 'Fermé · ouvre à minuit'],
    ['open until tomorrow', 'Mo 08:00-24:00; Tu 00:00-18:00', LU, hm(10), 'Ouvert · ferme demain à 18 h'],
    ['open for days', 'Mo 08:00-24:00; Tu-We 00:00-24:00; Th 00:00-12:00', LU, hm(9), 'Ouvert · ferme jeudi à 12 h'],
    ['24/7', '24/7', ME, hm(3), 'Ouvert 24 h/24'],
    ['never open', 'off', ME, hm(10), 'Fermé · aucune ouverture indiquée'],
  ];
  for (const [nom, source, jour, minute, texte] of cas) {
    it(`${nom}: « ${texte} »`, () => {
      expect(etat(source, jour, minute)).to.equal(texte);
    });
  }

  it('gives the structure behind the words', () => {
    expect(etatOuverture(parse(semaine), LU, hm(10))).to.deep.equal({
      ouvert: true,
      fermeA: hm(12),
      fermeture: { jour: LU, minute: hm(12), dans: 0, memeJour: true, demain: false },
    });
    expect(etatOuverture(parse('Fr 22:00-02:00'), VE, hm(23))).to.deep.equal({
      ouvert: true,
      fermeA: hm(2),
      fermeture: { jour: SA, minute: hm(2), dans: 1, memeJour: false, demain: true },
    });
    expect(etatOuverture(parse(semaine), SA, hm(12))).to.deep.equal({
      ouvert: false,
      prochaine: { jour: LU, minute: hm(9), dans: 2, memeJour: false, demain: false },
    });
    expect(etatOuverture(parse('off'), LU, 0)).to.deep.equal({ ouvert: false });
    expect(etatOuverture(parse('24/7'), LU, 0)).to.deep.equal({ ouvert: true });
  });
});

describe('texts for people', () => {
  it('writes times the French way', () => {
    const cas: [number, string][] = [
      [0, 'minuit'],
      [hm(9), '9 h'],
      [hm(9, 5), '9 h 05'],
      [hm(12), '12 h'],
      [hm(17, 30), '17 h 30'],
      [1440, 'minuit'],
    ];
    for (const [minute, texte] of cas) expect(heureTexte(minute)).to.equal(texte);
  });

  it('writes the week, Monday first', () => {
    const rows = semaineTexte(parse('Mo-Fr 09:00-12:00,14:00-17:00; We 09:00-12:00; Sa 22:00-02:00'));
    expect(rows.map((r) => `${r.jour} : ${r.texte}`)).to.deep.equal([
      'lundi : 9 h – 12 h, 14 h – 17 h',
      'mardi : 9 h – 12 h, 14 h – 17 h',
      'mercredi : 9 h – 12 h',
      'jeudi : 9 h – 12 h, 14 h – 17 h',
      'vendredi : 9 h – 12 h, 14 h – 17 h',
      'samedi : 22 h – minuit',
      'dimanche : minuit – 2 h',
    ]);
    expect(semaineTexte(parse('Tu 10:00-11:00'))[LU]).to.deep.equal({ jour: 'lundi', texte: 'Fermé', ouvert: false });
    expect(semaineTexte(parse('24/7'))[DI]!.texte).to.equal('24 h/24');
  });

  it('shows hours it understands: state, week and notes', () => {
    const t = texteHoraires('Mo-Fr 09:00-12:00 "sur rendez-vous"; PH off', { jour: LU, minute: hm(10) });
    expect(t.etat).to.equal('Ouvert · ferme à 12 h');
    expect(t.ouvert).to.equal(true);
    expect(t.semaine).to.have.length(7);
    expect(t.semaine![VE]!.texte).to.equal('9 h – 12 h');
    expect(t.notes).to.deep.equal(['Fermé les jours fériés', 'sur rendez-vous']);
    expect(t.brut).to.equal(undefined);
    expect(t.message).to.equal(undefined);
  });

  it('gives no state when the time is unknown', () => {
    const t = texteHoraires('Mo-Fr 09:00-12:00');
    expect(t.etat).to.equal(undefined);
    expect(t.semaine![LU]!.texte).to.equal('9 h – 12 h');
  });

  it('shows hours it does not understand exactly as written, never guessed', () => {
    const source = 'Mo-Fr 09:00-12:00; Sa 10:00';
    const t = texteHoraires(source, { jour: SA, minute: hm(10) });
    expect(t).to.deep.equal({ brut: source, message: `Horaires tels qu’indiqués : ${source}` });
  });

  it('says when there are no hours', () => {
    expect(texteHoraires(undefined, { jour: LU, minute: 0 })).to.deep.equal({ message: 'Horaires non renseignés' });
    expect(texteHoraires('  ')).to.deep.equal({ message: 'Horaires non renseignés' });
  });

  it('takes the words from the messages object', () => {
    const en: MessagesHoraires = {
      ...horairesFr,
      jours: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
      heure: (h, m) => `${h}:${String(m).padStart(2, '0')}`,
      fermeOuvreJour: (jour, heure) => `Closed · opens ${jour} at ${heure}`,
    };
    expect(texteEtat(etatOuverture(parse('Th 14:00-17:00'), LU, 0), en)).to.equal('Closed · opens Thursday at 14:00');
    expect(semaineTexte(parse('Mo 09:00-12:00'), en)[LU]!.jour).to.equal('Monday');
  });
});

describe('temps: local time of a place', () => {
  it('finds the time zone from the postal code', () => {
    const cas: [string, string][] = [
      ['75011', 'Europe/Paris'],
      ['13001', 'Europe/Paris'],
      ['20000', 'Europe/Paris'],
      ['97110', 'America/Guadeloupe'],
      ['97133', 'America/Guadeloupe'],
      ['97150', 'America/Guadeloupe'],
      ['97200', 'America/Martinique'],
      ['97300', 'America/Cayenne'],
      ['97400', 'Indian/Reunion'],
      ['97500', 'America/Miquelon'],
      ['97600', 'Indian/Mayotte'],
      ['98600', 'Pacific/Wallis'],
      ['98714', 'Pacific/Tahiti'],
      ['98800', 'Pacific/Noumea'],
    ];
    for (const [cp, fuseau] of cas) expect(fuseauHoraire(cp), cp).to.equal(fuseau);
  });

  it('reads the local day and minute across the spring change (29 March 2026, Paris)', () => {
    expect(momentLocal(new Date('2026-03-29T00:59:00Z'), 'Europe/Paris')).to.deep.equal({
      jour: DI,
      minute: hm(1, 59),
      date: '2026-03-29',
    });
    expect(momentLocal(new Date('2026-03-29T01:00:00Z'), 'Europe/Paris')).to.deep.equal({
      jour: DI,
      minute: hm(3),
      date: '2026-03-29',
    });
    expect(momentLocal(new Date('2026-03-30T07:30:00Z'), 'Europe/Paris').minute).to.equal(hm(9, 30));
  });

  it('reads the local day and minute across the autumn change (25 October 2026, Paris)', () => {
    expect(momentLocal(new Date('2026-10-25T00:59:00Z'), 'Europe/Paris').minute).to.equal(hm(2, 59));
    expect(momentLocal(new Date('2026-10-25T01:00:00Z'), 'Europe/Paris').minute).to.equal(hm(2));
    expect(momentLocal(new Date('2026-10-26T08:30:00Z'), 'Europe/Paris')).to.deep.equal({
      jour: LU,
      minute: hm(9, 30),
      date: '2026-10-26',
    });
    expect(momentLocal(new Date('2026-12-31T23:30:00Z'), 'Europe/Paris')).to.deep.equal({
      jour: VE,
      minute: hm(0, 30),
      date: '2027-01-01',
    });
  });

  it('reads Réunion (UTC+4, no change) and Nouméa (UTC+11) time', () => {
    expect(momentLocal(new Date('2026-03-29T00:59:00Z'), 'Indian/Reunion').minute).to.equal(hm(4, 59));
    expect(momentLocal(new Date('2026-10-25T05:00:00Z'), 'Indian/Reunion').minute).to.equal(hm(9));
    expect(momentLocal(new Date('2026-01-01T12:00:00Z'), 'Pacific/Noumea')).to.deep.equal({
      jour: JE,
      minute: hm(23),
      date: '2026-01-01',
    });
    expect(momentLocal(new Date('2026-01-01T13:00:00Z'), 'Pacific/Noumea')).to.deep.equal({
      jour: VE,
      minute: 0,
      date: '2026-01-02',
    });
  });

  it('turns a local wall time into the right instant', () => {
    const cas: [string, number, string, string][] = [
      ['2026-01-15', hm(12), 'Europe/Paris', '2026-01-15T11:00:00.000Z'],
      ['2026-07-14', hm(12), 'Europe/Paris', '2026-07-14T10:00:00.000Z'],
      ['2026-03-29', hm(1, 30), 'Europe/Paris', '2026-03-29T00:30:00.000Z'],
      ['2026-03-29', hm(3), 'Europe/Paris', '2026-03-29T01:00:00.000Z'],
      // 02:30 does not exist that night: the clock reads 03:30.
      ['2026-03-29', hm(2, 30), 'Europe/Paris', '2026-03-29T01:30:00.000Z'],
      ['2026-03-28', 1440, 'Europe/Paris', '2026-03-28T23:00:00.000Z'],
      ['2026-10-25', hm(1), 'Europe/Paris', '2026-10-24T23:00:00.000Z'],
      // 02:30 happens twice that night: the first one.
      ['2026-10-25', hm(2, 30), 'Europe/Paris', '2026-10-25T00:30:00.000Z'],
      ['2026-10-25', hm(3), 'Europe/Paris', '2026-10-25T02:00:00.000Z'],
      ['2026-03-29', hm(2, 30), 'Indian/Reunion', '2026-03-28T22:30:00.000Z'],
      ['2026-06-01', hm(10), 'Pacific/Noumea', '2026-05-31T23:00:00.000Z'],
    ];
    for (const [date, minute, fuseau, iso] of cas) {
      expect(instantLocal(date, minute, fuseau).toISOString(), `${date} ${minute} ${fuseau}`).to.equal(iso);
    }
    expect(Number.isNaN(instantLocal('29/03/2026', 0, 'Europe/Paris').getTime())).to.equal(true);
  });

  it('goes back and forth every quarter of an hour over both change days', () => {
    for (const date of ['2026-03-29', '2026-10-25']) {
      for (let minute = 0; minute < 1440; minute += 15) {
        const skipped = date === '2026-03-29' && minute >= hm(2) && minute < hm(3);
        const m = momentLocal(instantLocal(date, minute, 'Europe/Paris'), 'Europe/Paris');
        expect(m, `${date} ${minute}`).to.deep.equal({ jour: DI, minute: skipped ? minute + 60 : minute, date });
      }
    }
  });
});
