/**
 * Calendar files (`.ics`), read as RFC 5545 says a calendar reads them: content lines end with CRLF and are folded
 * at 75 octets (§3.1), TEXT values are escaped (§3.3.11), times are UTC date-times (§3.3.5), each event has a UID
 * and a DTSTAMP (§3.6.1, §3.8.4.7, §3.8.7.2). The expected instants are worked out by hand from the time zone
 * rules (Europe/Paris: UTC+1 in winter, UTC+2 from the last Sunday of March; La Réunion: UTC+4 all year).
 */
import { expect } from '@open-wc/testing';
import { seancesEntre, type SeanceDatee } from '../../src/data/ateliers.js';
import { echapperTexte, fichierIcs, instantsSeance, plier } from '../../src/data/ics.js';
import type { Atelier, Lieu, Recurrence } from '../../src/data/types.js';

const CRLF = '\r\n';
const MAINTENANT = new Date('2026-11-20T08:30:15.123Z');

const tourcoing: Lieu = {
  id: 'tourcoing',
  nom: 'Médiathèque André Malraux',
  adresse: '26 rue Famelart',
  code_postal: '59200',
  commune: 'Tourcoing',
  latitude: 50.7236,
  longitude: 3.1609,
};
const reunion: Lieu = {
  id: 'reunion',
  nom: 'Maison France services',
  adresse: '2 rue de Paris',
  code_postal: '97400',
  commune: 'Saint-Denis',
};
const lieux = new Map<string, Lieu>([
  [tourcoing.id, tourcoing],
  [reunion.id, reunion],
]);

const base: Atelier = {
  id: 'courriel',
  titre: 'Créer son adresse électronique',
  lieu_id: 'tourcoing',
  thematiques: ['email'],
  format: 'collectif',
  modalite: 'sur_place',
  frais: ['gratuit'],
  statut: 'programme',
};
const atelier = (extra: Partial<Atelier> = {}): Atelier => ({ ...base, ...extra });
const une = (debut: string, fin: string, extra: Partial<Atelier> = {}): SeanceDatee[] =>
  seancesEntre(atelier({ seances: [{ debut, fin }], ...extra }), '2026-01-01', '2027-12-31');
const recurrence = (r: Recurrence, extra: Partial<Atelier> = {}): Atelier => atelier({ recurrence: r, ...extra });

const ics = (seances: readonly SeanceDatee[], o: Parameters<typeof fichierIcs>[1] = {}) =>
  fichierIcs(seances, { lieux, maintenant: MAINTENANT, ...o });

/** RFC 5545 §3.1: unfolding removes every CRLF immediately followed by one space. */
const deplier = (t: string) => t.replace(/\r\n /g, '');
/** The logical content lines of a file (the final CRLF ends the last line, it does not start an empty one). */
function lignes(t: string): string[] {
  const l = deplier(t).split(CRLF);
  expect(l[l.length - 1], 'the file ends with CRLF').to.equal('');
  return l.slice(0, -1);
}
/** The lines of each VEVENT, in order. */
function evenements(t: string): string[][] {
  const out: string[][] = [];
  let courant: string[] | undefined;
  for (const l of lignes(t)) {
    if (l === 'BEGIN:VEVENT') courant = [];
    else if (l === 'END:VEVENT') {
      out.push(courant!);
      courant = undefined;
    } else courant?.push(l);
  }
  return out;
}
/** Raw values of a property (no parameters are used by the module: `NAME:value`). */
const valeurs = (ls: readonly string[], nom: string) => ls.filter((l) => l.startsWith(`${nom}:`)).map((l) => l.slice(nom.length + 1));
const valeur = (ls: readonly string[], nom: string) => {
  const v = valeurs(ls, nom);
  expect(v, `exactly one ${nom}`).to.have.length(1);
  return v[0]!;
};
/** RFC 5545 §3.3.11, read back: `\\` `\;` `\,` `\n`/`\N`. */
const desechapper = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const octets = (s: string) => new TextEncoder().encode(s).length;
const SURROGATE_SEUL = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every physical line (between CRLFs) at most 75 octets and made of whole characters. */
function verifierLignesPhysiques(t: string) {
  expect(/\r(?!\n)/.test(t), 'no bare CR').to.equal(false);
  expect(/(?<!\r)\n/.test(t), 'no bare LF').to.equal(false);
  const physiques = t.split(CRLF);
  for (const l of physiques) {
    expect(octets(l), `line of ${octets(l)} octets: ${JSON.stringify(l)}`).to.be.at.most(75);
    expect(SURROGATE_SEUL.test(l), `a character split across lines: ${JSON.stringify(l)}`).to.equal(false);
  }
}

describe('fichierIcs: a file a calendar accepts (RFC 5545 §3.1, §3.4, §3.6)', () => {
  const seances = [...une('2026-11-24T14:00', '2026-11-24T16:00'), ...une('2026-12-01T14:00', '2026-12-01T16:00')];
  const t = ics(seances);

  it('starts with BEGIN:VCALENDAR, says VERSION:2.0 and a PRODID, and ends with END:VCALENDAR and CRLF', () => {
    expect(t.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(t.endsWith('\r\nEND:VCALENDAR\r\n')).to.equal(true);
    const l = lignes(t);
    const proprietesCalendrier = l.slice(1, l.indexOf('BEGIN:VEVENT'));
    expect(valeur(proprietesCalendrier, 'VERSION')).to.equal('2.0');
    expect(valeur(proprietesCalendrier, 'PRODID')).to.match(/\S/);
  });

  it('ends every line with CRLF, never a bare LF or CR', () => {
    expect(/(?<!\r)\n/.test(t)).to.equal(false);
    expect(/\r(?!\n)/.test(t)).to.equal(false);
    // Every line, the last one included, is followed by CRLF.
    expect(t.split(CRLF).slice(0, -1).every((l) => l.length > 0)).to.equal(true);
  });

  it('has one VEVENT per session, each with UID, DTSTAMP, DTSTART and DTEND after DTSTART', () => {
    const ev = evenements(t);
    expect(ev).to.have.length(2);
    for (const e of ev) {
      valeur(e, 'UID');
      valeur(e, 'DTSTAMP');
      const debut = valeur(e, 'DTSTART');
      const fin = valeur(e, 'DTEND');
      expect(debut).to.match(/^\d{8}T\d{6}Z$/);
      expect(fin).to.match(/^\d{8}T\d{6}Z$/);
      expect(fin > debut).to.equal(true);
    }
    expect(lignes(t).filter((l) => l === 'BEGIN:VEVENT')).to.have.length(2);
    expect(lignes(t).filter((l) => l === 'END:VEVENT')).to.have.length(2);
  });

  it('folds a long French title full of accents and an emoji at 75 octets, never inside a character', () => {
    const titre =
      'Atelier « Découvrir l’ordinateur » : créer sa boîte électronique, gérer ses données personnelles 📧 — ' +
      'sécurité, réseaux sociaux, démarches en ligne (impôts, santé, retraite) éèêëàâîïôûùüçœ 🎉 et café offert ☕';
    const description = 'Prévoir sa carte Vitale 💳, son téléphone 📱 et ses identifiants. '.repeat(6);
    const f = ics(une('2026-11-24T14:00', '2026-11-24T16:00', { titre, description }));
    verifierLignesPhysiques(f);
    // It was long enough to be folded, several times.
    expect(f.split('\r\n ').length).to.be.above(4);
    const [e] = evenements(f);
    expect(desechapper(valeur(e!, 'SUMMARY'))).to.equal(titre);
    expect(desechapper(valeur(e!, 'DESCRIPTION'))).to.equal(description);
  });

  it('plier: any line, ASCII or not, at any length, folds into lines of at most 75 octets that unfold back', () => {
    const motifs = ['a', 'é', '€', '😀', 'aé€😀', 'é😀'];
    for (const motif of motifs) {
      for (let n = 0; n <= 120; n++) {
        // A run of ASCII first, so that the multi-byte characters meet the fold at every offset.
        const ligne = 'X'.repeat(n) + motif.repeat(40);
        const p = plier(ligne);
        expect(deplier(p), `unfolds back (${motif}, ${n})`).to.equal(ligne);
        for (const l of p.split(CRLF)) {
          expect(octets(l), `${motif}, ${n}: ${JSON.stringify(l)}`).to.be.at.most(75);
          expect(SURROGATE_SEUL.test(l), `${motif}, ${n}: split surrogate pair`).to.equal(false);
        }
        p.split(CRLF)
          .slice(1)
          .forEach((l) => expect(l.startsWith(' ') && l.length > 1, 'a continuation starts with one space').to.equal(true));
      }
    }
    expect(plier('A'.repeat(75))).to.equal('A'.repeat(75));
    expect(plier('A'.repeat(76))).to.equal('A'.repeat(75) + '\r\n A');
    // 37 × « é » = 74 octets, one more would make 76: the fold comes before it, not in the middle of its 2 octets.
    expect(plier('A' + 'é'.repeat(38))).to.equal('A' + 'é'.repeat(37) + '\r\n é');
  });

  it('every line of a real export is at most 75 octets and unfolds to the original values', () => {
    const lieuLong: Lieu = {
      ...tourcoing,
      id: 'long',
      nom: 'Espace public numérique de la Médiathèque intercommunale du Val de Lys – antenne d’Armentières',
      adresse: '12 boulevard du Maréchal-de-Lattre-de-Tassigny, bâtiment B, rez-de-chaussée',
    };
    const f = fichierIcs(une('2026-11-24T14:00', '2026-11-24T16:00', { lieu_id: 'long' }), {
      lieux: new Map([['long', lieuLong]]),
      maintenant: MAINTENANT,
    });
    verifierLignesPhysiques(f);
    const [e] = evenements(f);
    expect(desechapper(valeur(e!, 'LOCATION'))).to.equal(`${lieuLong.nom}, ${lieuLong.adresse}, 59200 Tourcoing`);
  });
});

describe('fichierIcs: TEXT values escaped (RFC 5545 §3.3.11)', () => {
  it('escapes backslash, semicolon, comma and new lines', () => {
    expect(echapperTexte('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    expect(echapperTexte('Ligne 1\r\nLigne 2\rLigne 3')).to.equal('Ligne 1\\nLigne 2\\nLigne 3');
    // A colon is not escaped in TEXT.
    expect(echapperTexte('Horaires : 14h')).to.equal('Horaires : 14h');
  });

  it('a title and a description with , ; \\ and a new line come back unchanged after unfolding and unescaping', () => {
    const titre = 'Word, Excel; et le dossier C:\\Documents\\Mes fichiers';
    const description = 'Apportez : clé USB, câble;\nSi besoin \\ aide, demandez.\r\nDeuxième ligne';
    const f = ics(une('2026-11-24T14:00', '2026-11-24T16:00', { titre, description }));
    const [e] = evenements(f);
    const summary = valeur(e!, 'SUMMARY');
    expect(summary).to.equal('Word\\, Excel\\; et le dossier C:\\\\Documents\\\\Mes fichiers');
    expect(desechapper(summary)).to.equal(titre);
    const desc = valeur(e!, 'DESCRIPTION');
    // No raw new line inside the value: it would end the content line.
    expect(desc).not.to.match(/[\r\n]/);
    expect(desechapper(desc)).to.equal(description.replace(/\r\n/g, '\n'));
  });
});

describe('fichierIcs: times in UTC from the local time of the place (RFC 5545 §3.3.5)', () => {
  const dt = (seances: SeanceDatee[], o: Parameters<typeof fichierIcs>[1] = {}) =>
    evenements(ics(seances, o)).map((e) => [valeur(e, 'DTSTART'), valeur(e, 'DTEND')]);

  it('in winter, 14:00–16:00 in Tourcoing (59200, UTC+1) is 13:00Z–15:00Z', () => {
    expect(dt(une('2026-11-24T14:00', '2026-11-24T16:00'))).to.deep.equal([['20261124T130000Z', '20261124T150000Z']]);
  });

  it('in summer, 14:00 in Tourcoing (UTC+2) is 12:00Z', () => {
    expect(dt(une('2026-07-07T14:00', '2026-07-07T16:00'))).to.deep.equal([['20260707T120000Z', '20260707T140000Z']]);
  });

  it('a weekly session on Sundays at 10:00 across the change of 29 March 2026: 09:00Z, then 08:00Z', () => {
    const a = recurrence({ frequence: 'hebdomadaire', jours: ['dimanche'], heure_debut: '10:00', heure_fin: '12:00', du: '2026-03-22', au: '2026-04-05' });
    const s = seancesEntre(a, '2026-03-01', '2026-04-30');
    expect(s.map((x) => x.date)).to.deep.equal(['2026-03-22', '2026-03-29', '2026-04-05']);
    expect(dt(s)).to.deep.equal([
      ['20260322T090000Z', '20260322T110000Z'],
      ['20260329T080000Z', '20260329T100000Z'],
      ['20260405T080000Z', '20260405T100000Z'],
    ]);
  });

  it('in La Réunion (97400, UTC+4 all year), 14:00 is 10:00Z', () => {
    expect(dt(une('2026-11-24T14:00', '2026-11-24T16:00', { lieu_id: 'reunion' }))).to.deep.equal([['20261124T100000Z', '20261124T120000Z']]);
    expect(dt(une('2026-07-07T14:00', '2026-07-07T16:00', { lieu_id: 'reunion' }))).to.deep.equal([['20260707T100000Z', '20260707T120000Z']]);
  });

  it('a session ending at 24:00 ends the next day at local midnight', () => {
    const s = une('2026-11-24T20:00', '2026-11-25T00:00');
    expect(s[0]).to.include({ date: '2026-11-24', debut: '20:00', fin: '24:00' });
    // 25 November 00:00 in Paris (UTC+1) is 24 November 23:00Z.
    expect(dt(s)).to.deep.equal([['20261124T190000Z', '20261124T230000Z']]);
    // The night before the spring change, midnight is still winter time.
    expect(dt(une('2026-03-28T22:00', '2026-03-29T00:00'))).to.deep.equal([['20260328T210000Z', '20260328T230000Z']]);
    // In summer, midnight is 22:00Z.
    expect(dt(une('2026-07-07T22:00', '2026-07-08T00:00'))).to.deep.equal([['20260707T200000Z', '20260707T220000Z']]);
  });

  it('a session going on past midnight ends when it ends, not at midnight (DTEND, RFC 5545 §3.8.2.2)', () => {
    // New Year's Eve digital-photo evening, 21:00 to 01:00: the calendar must show it until 01:00 on 1 January.
    const s = une('2026-12-31T21:00', '2027-01-01T01:00');
    // 21:00 Paris = 20:00Z; 1 January 01:00 Paris = 1 January 00:00Z.
    expect(dt(s)).to.deep.equal([['20261231T200000Z', '20270101T000000Z']]);
  });

  it('instantsSeance gives the same instants, and an end not after the start falls back to one hour', () => {
    const [s] = une('2026-11-24T14:00', '2026-11-24T16:00');
    const { debut, fin } = instantsSeance(s!, 'Europe/Paris');
    expect(debut.toISOString()).to.equal('2026-11-24T13:00:00.000Z');
    expect(fin.toISOString()).to.equal('2026-11-24T15:00:00.000Z');
    const r = instantsSeance(s!, 'Indian/Reunion');
    expect(r.debut.toISOString()).to.equal('2026-11-24T10:00:00.000Z');
  });
});

describe('fichierIcs: the events', () => {
  const a = recurrence(
    { frequence: 'hebdomadaire', jours: ['mardi'], heure_debut: '14:00', heure_fin: '16:00', du: '2026-11-01', au: '2026-12-31' },
    { description: 'Venir avec son téléphone', inscription: { lien: 'https://exemple.fr/inscription?atelier=1&jours=mardi,jeudi' } },
  );
  const seances = seancesEntre(a, '2026-11-23', '2026-12-02');

  it('gives each session a UID that is the same when the file is made again and different between sessions', () => {
    expect(seances).to.have.length(2);
    const uids = (t: string) => evenements(t).map((e) => valeur(e, 'UID'));
    const premiere = uids(ics(seances));
    const encore = uids(fichierIcs(seancesEntre(a, '2026-11-23', '2026-12-02'), { lieux, maintenant: new Date('2027-01-15T10:00:00Z') }));
    expect(encore).to.deep.equal(premiere);
    expect(new Set(premiere).size).to.equal(2);
    // A session exported alone keeps the UID it has in the whole agenda.
    expect(uids(ics([seances[1]!]))).to.deep.equal([premiere[1]]);
    // Two workshops on the same slot do not share a UID.
    const autre = seancesEntre({ ...a, id: 'bureautique' }, '2026-11-23', '2026-11-24');
    expect(uids(ics(autre))[0]).not.to.equal(premiere[0]);
  });

  it('says the title, the place (name, address, postal code, commune) and its coordinates', () => {
    const [e] = evenements(ics(seances));
    expect(desechapper(valeur(e!, 'SUMMARY'))).to.equal('Créer son adresse électronique');
    const location = desechapper(valeur(e!, 'LOCATION'));
    expect(location).to.equal('Médiathèque André Malraux, 26 rue Famelart, 59200 Tourcoing');
    expect(valeur(e!, 'GEO')).to.equal('50.7236;3.1609');
    expect(desechapper(valeur(e!, 'DESCRIPTION'))).to.contain('Venir avec son téléphone');
  });

  it('has no GEO when the place has no coordinates', () => {
    const [e] = evenements(ics(une('2026-11-24T14:00', '2026-11-24T16:00', { lieu_id: 'reunion' })));
    expect(valeurs(e!, 'GEO')).to.deep.equal([]);
    expect(desechapper(valeur(e!, 'LOCATION'))).to.equal('Maison France services, 2 rue de Paris, 97400 Saint-Denis');
  });

  it('gives the registration link as URL, as written (a URI is not TEXT-escaped, §3.3.13)', () => {
    const [e] = evenements(ics(seances));
    expect(valeur(e!, 'URL')).to.equal('https://exemple.fr/inscription?atelier=1&jours=mardi,jeudi');
  });

  it('never gives a javascript: (or any non-http) link as URL', () => {
    for (const lien of ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<b>x</b>', 'mailto:accueil@exemple.fr']) {
      const f = ics(une('2026-11-24T14:00', '2026-11-24T16:00', { inscription: { lien } }));
      expect(valeurs(evenements(f)[0]!, 'URL'), lien).to.deep.equal([]);
      expect(f).not.to.contain('javascript:');
      expect(f.toLowerCase()).not.to.contain('javascript:');
    }
    const visio = ics(une('2026-11-24T14:00', '2026-11-24T16:00', { lien_visio: 'javascript:void(0)' }));
    expect(valeurs(evenements(visio)[0]!, 'URL')).to.deep.equal([]);
  });

  it('marks a cancelled or postponed session STATUS:CANCELLED (it will not happen then), and only those', () => {
    const b = atelier({
      seances: [
        { debut: '2026-12-03T09:30', fin: '2026-12-03T12:30' },
        { debut: '2026-12-10T09:30', fin: '2026-12-10T12:30', statut: 'annule' },
        { debut: '2026-12-17T09:30', fin: '2026-12-17T12:30', statut: 'reporte' },
      ],
    });
    const ev = evenements(ics(seancesEntre(b, '2026-12-01', '2026-12-31')));
    expect(ev.map((e) => valeur(e, 'DTSTART'))).to.deep.equal(['20261203T083000Z', '20261210T083000Z', '20261217T083000Z']);
    expect(valeur(ev[0]!, 'STATUS')).to.equal('CONFIRMED');
    expect(valeur(ev[1]!, 'STATUS')).to.equal('CANCELLED');
    expect(valeur(ev[2]!, 'STATUS')).to.equal('CANCELLED');
  });

  it('takes DTSTAMP from `maintenant`, in UTC, on every event', () => {
    const ev = evenements(ics(seances));
    expect(ev.map((e) => valeur(e, 'DTSTAMP'))).to.deep.equal(['20261120T083015Z', '20261120T083015Z']);
    const autre = evenements(ics(seances, { maintenant: new Date('2027-03-29T01:02:03Z') }));
    expect(valeur(autre[0]!, 'DTSTAMP')).to.equal('20270329T010203Z');
  });
});

describe('fichierIcs: online workshops', () => {
  const enLigne = atelier({
    id: 'visio',
    lieu_id: undefined,
    modalite: 'a_distance',
    lien_visio: 'https://visio.exemple.fr/salle-42',
    seances: [{ debut: '2026-11-24T14:00', fin: '2026-11-24T15:30' }],
  });
  const s = seancesEntre(enLigne, '2026-11-01', '2026-11-30');

  it('says LOCATION:En ligne and uses Europe/Paris by default', () => {
    const [e] = evenements(ics(s));
    expect(valeur(e!, 'LOCATION')).to.equal('En ligne');
    expect(valeurs(e!, 'GEO')).to.deep.equal([]);
    expect(valeur(e!, 'DTSTART')).to.equal('20261124T130000Z');
    expect(valeur(e!, 'DTEND')).to.equal('20261124T143000Z');
    expect(valeur(e!, 'URL')).to.equal('https://visio.exemple.fr/salle-42');
  });

  it('uses `fuseauParDefaut` when given (an overseas territory)', () => {
    const [e] = evenements(ics(s, { fuseauParDefaut: 'Indian/Reunion' }));
    expect(valeur(e!, 'DTSTART')).to.equal('20261124T100000Z');
    expect(valeur(e!, 'DTEND')).to.equal('20261124T113000Z');
  });
});
