import { expect } from '@open-wc/testing';
import { lienSur } from '../../src/base/liens.js';
import { chargerAnnuaire, ErreurFormat } from '../../src/data/charger.js';
import { lireCsv } from '../../src/data/csv.js';
import { normaliserTelephone, telephoneLisible } from '../../src/data/telephone.js';
import type { Issue, Lieu, Rapport } from '../../src/data/types.js';

/** A valid record of the standard v1; each test changes what it is about. */
function brut(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'cs-bolly',
    pivot: '12345678901234',
    nom: 'Centre social Bolly',
    commune: 'Tourcoing',
    code_postal: '59200',
    adresse: "1 rue de l'Épée",
    latitude: 50.7203,
    longitude: 3.1571,
    date_maj: '2026-10-01',
    services: 'Aide aux démarches administratives',
    ...extra,
  };
}

async function un(extra: Record<string, unknown>): Promise<{ lieu?: Lieu; rapport: Rapport }> {
  const { annuaire, rapport } = await chargerAnnuaire([brut(extra)]);
  return { lieu: annuaire.lieux[0], rapport };
}

const codes = (issues: Issue[]) => issues.map((i) => `${i.code}:${i.champ ?? ''}`);

describe('chargerAnnuaire: formats accepted', () => {
  it('reads our directory JSON, with its territory, lieux and ateliers', async () => {
    const texte = JSON.stringify({ version: 1, territoire: { nom: 'Tourcoing' }, lieux: [brut()], ateliers: [] });
    const { annuaire, rapport } = await chargerAnnuaire(texte);
    expect(rapport.format).to.equal('annuaire');
    expect(annuaire.territoire?.nom).to.equal('Tourcoing');
    expect(annuaire.lieux.map((l) => l.nom)).to.deep.equal(['Centre social Bolly']);
  });

  it('reads a bare array of standard records, as national exports are', async () => {
    const { annuaire, rapport } = await chargerAnnuaire(JSON.stringify([brut(), brut({ id: 'b', nom: 'EPN' })]));
    expect(rapport.format).to.equal('tableau');
    expect(annuaire.lieux).to.have.length(2);
    expect(annuaire.ateliers).to.deep.equal([]);
  });

  it('reads the standard CSV: quoted commas, doubled quotes, `|` inside a field, line breaks in quotes', async () => {
    const csv = [
      'id,nom,commune,code_postal,adresse,services,presentation_resume,date_maj',
      'a,"Espace numérique, mairie",Tourcoing,59200,"2 place de la Victoire","Aide aux démarches administratives|Accès internet et matériel informatique","On dit ""bonjour""\nsur deux lignes",2026-01-02',
      'b,,Tourcoing,59200,"3 rue Nationale",,,2026-01-02',
    ].join('\r\n');
    const { annuaire, rapport } = await chargerAnnuaire(csv);
    expect(rapport.format).to.equal('csv');
    const l = annuaire.lieux[0]!;
    expect(l.nom).to.equal('Espace numérique, mairie');
    expect(l.services).to.deep.equal(['Aide aux démarches administratives', 'Accès internet et matériel informatique']);
    expect(l.presentation_resume).to.equal('On dit "bonjour"\nsur deux lignes');
    // The second data row starts on line 4 of the file (the quoted line break takes two lines).
    expect(rapport.rejets).to.have.length(1);
    expect(rapport.rejets[0]).to.include({ index: 1, ligne: 4, id: 'b' });
  });

  it('reads CSV cells exactly, including empty ones and a final line without newline', () => {
    expect(lireCsv('a,b,c\n1,,"x,y"').map((r) => r.champs)).to.deep.equal([
      ['a', 'b', 'c'],
      ['1', '', 'x,y'],
    ]);
  });

  it('says why a file cannot be read at all, instead of throwing something obscure', async () => {
    for (const [entree, code] of [
      ['', 'vide'],
      ['   ', 'vide'],
      ['{ "lieux": [', 'json'],
      ['{ "places": [] }', 'structure'],
      ['42', 'csv'],
    ] as const) {
      const erreur = await chargerAnnuaire(entree).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(erreur, entree).to.be.instanceOf(ErreurFormat);
      expect((erreur as ErreurFormat).code, entree).to.equal(code);
    }
  });
});

describe('chargerAnnuaire: required fields', () => {
  for (const champ of ['id', 'nom', 'commune', 'adresse', 'code_postal']) {
    it(`rejects a lieu without ${champ}, with the reason, and keeps the others`, async () => {
      const { annuaire, rapport } = await chargerAnnuaire([brut({ id: 'x', [champ]: '  ' }), brut({ id: 'ok' })]);
      expect(annuaire.lieux.map((l) => l.id)).to.deep.equal(['ok']);
      expect(rapport.rejets).to.have.length(1);
      expect(rapport.rejets[0]!.index).to.equal(0);
      expect(codes(rapport.rejets[0]!.raisons)).to.deep.equal([`required:${champ}`]);
    });
  }

  it('rejects something that is not a record at all', async () => {
    const { annuaire, rapport } = await chargerAnnuaire([null, 'texte', [1], brut()]);
    expect(annuaire.lieux).to.have.length(1);
    expect(rapport.rejets.map((r) => r.index)).to.deep.equal([0, 1, 2]);
    expect(rapport.rejets.every((r) => r.raisons[0]!.code === 'not_an_object')).to.equal(true);
  });

  it('keeps a place without pivot or date_maj (the standard requires them, a person does not) and reports it', async () => {
    const { lieu, rapport } = await un({ pivot: undefined, date_maj: '' });
    expect(lieu).to.exist;
    expect(codes(rapport.avertissements)).to.include.members(['required:pivot', 'required:date_maj']);
  });
});

describe('chargerAnnuaire: field rules', () => {
  it('checks the postal code: five digits; a number from a spreadsheet gets its leading zero back', async () => {
    expect((await un({ code_postal: '5920' })).rapport.rejets[0]!.raisons[0]!.code).to.equal('invalid_postal_code');
    expect((await un({ code_postal: '59 200' })).lieu).to.equal(undefined);
    expect((await un({ code_postal: 1000 })).lieu!.code_postal).to.equal('01000');
  });

  it('keeps a valid INSEE code (Corsica included) and sets an invalid one aside', async () => {
    expect((await un({ code_insee: '2A004' })).lieu!.code_insee).to.equal('2A004');
    const { lieu, rapport } = await un({ code_insee: '2C004' });
    expect(lieu!.code_insee).to.equal(undefined);
    expect(codes(rapport.avertissements)).to.include('invalid_insee_code:code_insee');
  });

  it('checks the pivot (SIRET, RNA: 9 to 14 letters or digits)', async () => {
    expect((await un({ pivot: 'W595012345' })).lieu!.pivot).to.equal('W595012345');
    expect((await un({ pivot: '123 456 789 01234' })).lieu!.pivot).to.equal('12345678901234');
    const { lieu, rapport } = await un({ pivot: '12-34' });
    expect(lieu!.pivot).to.equal(undefined);
    expect(codes(rapport.avertissements)).to.include('invalid_pivot:pivot');
  });

  it('keeps coordinates in range, as numbers, also from strings with a decimal comma', async () => {
    const { lieu } = await un({ latitude: '50,7203', longitude: '3.1571' });
    expect([lieu!.latitude, lieu!.longitude]).to.deep.equal([50.7203, 3.1571]);
  });

  it('lists a place without coordinates, says it will not be on the map', async () => {
    const { lieu, rapport } = await un({ latitude: null, longitude: undefined });
    expect(lieu).to.exist;
    expect(lieu!.latitude).to.equal(undefined);
    expect(codes(rapport.avertissements)).to.deep.equal(['no_coordinates:latitude']);
  });

  it('drops coordinates that are out of range, incomplete or (0, 0), and keeps the place', async () => {
    for (const [lat, lon, code] of [
      [95, 3, 'invalid_coordinates'],
      [50, -181, 'invalid_coordinates'],
      ['nord', 3, 'invalid_coordinates'],
      [50.7, '', 'coordinates_incomplete'],
      [0, 0, 'coordinates_zero'],
    ] as const) {
      const { lieu, rapport } = await un({ latitude: lat, longitude: lon });
      expect(lieu, `${lat},${lon}`).to.exist;
      expect(lieu!.latitude, `${lat},${lon}`).to.equal(undefined);
      expect(rapport.avertissements.map((a) => a.code), `${lat},${lon}`).to.include(code);
    }
  });

  it('keeps only http(s) links; `www.` gets https; `javascript:` and the like are refused and reported', async () => {
    const { lieu, rapport } = await un({
      site_web: 'www.ville-tourcoing.fr|javascript:alert(1)|https://exemple.fr/epn|pas une adresse',
      prise_rdv: 'data:text/html,<script>alert(1)</script>',
      fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/app/59-tourcoing/a/x/',
    });
    expect(lieu!.site_web).to.deep.equal(['https://www.ville-tourcoing.fr/', 'https://exemple.fr/epn']);
    expect(lieu!.prise_rdv).to.equal(undefined);
    expect(lieu!.fiche_acces_libre).to.equal('https://acceslibre.beta.gouv.fr/app/59-tourcoing/a/x/');
    expect(codes(rapport.avertissements)).to.include.members([
      'unsafe_url:site_web',
      'invalid_url:site_web',
      'unsafe_url:prise_rdv',
    ]);
    // Set aside, not lost: a producer can see and fix them.
    expect(lieu!.valeurs_inconnues!.site_web).to.deep.equal(['javascript:alert(1)', 'pas une adresse']);
  });

  it('writes odd but valid spellings of links in their canonical form', async () => {
    const { lieu } = await un({ site_web: ['HTTP://WWW.EXEMPLE.FR', 'http:exemple.fr/page', 'https://exemple.fr/a?b=1#c'] });
    expect(lieu!.site_web).to.deep.equal(['http://www.exemple.fr/', 'http://exemple.fr/page', 'https://exemple.fr/a?b=1#c']);
  });

  it('keeps valid e-mails and sets the others aside', async () => {
    const { lieu, rapport } = await un({ courriels: 'accueil@cs-bolly.fr|pas-un-courriel|contact@exemple' });
    expect(lieu!.courriels).to.deep.equal(['accueil@cs-bolly.fr']);
    expect(rapport.avertissements.filter((a) => a.code === 'invalid_email')).to.have.length(2);
  });

  it('checks dates: ISO only, real calendar days, no 1970 placeholders', async () => {
    expect((await un({ date_maj: '2026-02-28T10:00:00Z' })).lieu!.date_maj).to.equal('2026-02-28');
    for (const d of ['2026-02-30', '01/10/2026', '1970-01-01']) {
      const { lieu, rapport } = await un({ date_maj: d });
      expect(lieu!.date_maj, d).to.equal(undefined);
      expect(codes(rapport.avertissements), d).to.include('invalid_date:date_maj');
    }
  });

  it('keeps enumerated values written with other accents or case, sets unknown ones aside and reports them', async () => {
    const { lieu, rapport } = await un({
      // The schema's own description misspells « Compréhension ».
      services: 'Comprehension du monde numérique|aide aux démarches administratives|Cours de cuisine',
      formations_labels: 'Étapes numériques(La Poste)',
      frais_a_charge: ['Gratuit', 'Gratuit'],
    });
    expect(lieu!.services).to.deep.equal(['Compréhension du monde numérique', 'Aide aux démarches administratives']);
    expect(lieu!.formations_labels).to.deep.equal(['Étapes numériques (La Poste)']);
    expect(lieu!.frais_a_charge).to.deep.equal(['Gratuit']);
    expect(lieu!.valeurs_inconnues).to.deep.equal({ services: ['Cours de cuisine'] });
    expect(rapport.avertissements.map((a) => [a.code, a.champ, a.valeur])).to.deep.include([
      'unknown_value',
      'services',
      'Cours de cuisine',
    ]);
  });

  it('sets aside fields the standard does not know, so nothing is lost', async () => {
    const { lieu, rapport } = await un({ wifi: 'oui' });
    expect(lieu!.valeurs_inconnues).to.deep.equal({ wifi: ['oui'] });
    expect(codes(rapport.avertissements)).to.deep.equal(['unknown_field:wifi']);
  });

  it('keeps a summary longer than 280 characters but reports it', async () => {
    const { lieu, rapport } = await un({ presentation_resume: 'a'.repeat(300) });
    expect(lieu!.presentation_resume).to.have.length(300);
    expect(codes(rapport.avertissements)).to.deep.equal(['too_long:presentation_resume']);
  });

  it('keeps hours as written and reports those it cannot read (never guessed)', async () => {
    const { lieu, rapport } = await un({ horaires: 'Lundi 9h-12h' });
    expect(lieu!.horaires).to.equal('Lundi 9h-12h');
    expect(rapport.avertissements.map((a) => [a.code, a.valeur])).to.deep.equal([['unreadable_hours', 'Lundi 9h-12h']]);
    expect((await un({ horaires: 'Mo-Fr 09:00-12:00,14:00-17:00; We off' })).rapport.avertissements).to.deep.equal([]);
  });

  it('keeps the first of two identical ids once and reports the second', async () => {
    const { annuaire, rapport } = await chargerAnnuaire([brut({ nom: 'Premier' }), brut({ nom: 'Second' }), brut({ id: 'autre' })]);
    expect(annuaire.lieux.map((l) => l.nom)).to.deep.equal(['Premier', 'Centre social Bolly']);
    expect(rapport.avertissements.map((a) => [a.code, a.index])).to.deep.equal([['duplicate_id', 1]]);
    expect(rapport.gardes.lieux).to.equal(2);
  });

  it('keeps markup and script in names as inert text (rendering escapes it)', async () => {
    const nom = '<img src=x onerror="alert(1)">Espace <script>alert(2)</script>';
    const { lieu } = await un({ nom });
    expect(lieu!.nom).to.equal(nom);
  });

  it('removes control characters and surrounding spaces from every text', async () => {
    const { lieu } = await un({ nom: '  Centre\u0000 social\u200b  ' });
    expect(lieu!.nom).to.equal('Centre social');
  });
});

describe('phone policy', () => {
  it('stores French numbers in E.164 and shows them as people dial them', () => {
    for (const [entree, stocke, lisible] of [
      ['03 20 36 93 66', '+33320369366', '03 20 36 93 66'],
      ['03.20.36.93.66', '+33320369366', '03 20 36 93 66'],
      ['+33 (0)3 20 36 93 66', '+33320369366', '03 20 36 93 66'],
      ['0033320369366', '+33320369366', '03 20 36 93 66'],
      ['+33320369366', '+33320369366', '03 20 36 93 66'],
      ['0590 12 34 56', '+590590123456', '05 90 12 34 56'],
      ['0262 12 34 56', '+262262123456', '02 62 12 34 56'],
      ['+687 12 34 56', '+687123456', '+687 12 34 56'],
      ['3646', '3646', '3646'],
      ['115', '115', '115'],
      ['114', '114', '114'],
    ] as const) {
      expect(normaliserTelephone(entree), entree).to.equal(stocke);
      expect(telephoneLisible(stocke), stocke).to.equal(lisible);
    }
  });

  it('refuses what is not a French number', () => {
    for (const x of ['12', '1234', '06 12 34', '+44 20 7946 0958', 'appeler la mairie', '0033 12']) {
      expect(normaliserTelephone(x), x).to.equal(undefined);
    }
  });

  it('keeps the first valid number of several and sets the others aside', async () => {
    const { lieu, rapport } = await un({ telephone: '03 20 36 93 66 / 06 12 34 56 78' });
    expect(lieu!.telephone).to.equal('+33320369366');
    expect(lieu!.valeurs_inconnues!.telephone).to.deep.equal(['06 12 34 56 78']);
    expect(codes(rapport.avertissements)).to.deep.equal(['invalid_phone:telephone']);
  });
});

describe('v0 records are read as v1', () => {
  it('maps v0 fields and values to v1 and counts the records mapped', async () => {
    const v0 = {
      id: 'v0-1',
      nom: 'Maison France Services',
      commune: 'Halluin',
      code_postal: '59250',
      adresse: '2 rue de Lille',
      date_maj: '2022-05-01',
      services:
        'Prendre en main un smartphone ou une tablette;Réaliser des démarches administratives avec un accompagnement;Accéder à une connexion internet',
      publics_accueillis: 'Seniors (+ 65 ans);Public langues étrangères;Adultes;Surdité',
      labels_nationaux: 'CNFS;France Services;Point relais CAF;APTIC',
      conditions_acces: 'Gratuit : Je peux accéder gratuitement au lieu et à ses services',
      courriel: 'msap@halluin.fr',
      accessibilite: 'https://acceslibre.beta.gouv.fr/app/59-halluin/a/mairie/',
      modalites_accompagnement:
        "Seul : j'ai accès à du matériel et une connexion;A ma place : une personne habilitée fait les démarches à ma place",
      cle_ban: '59279_0123_00002',
    };
    const { annuaire, rapport } = await chargerAnnuaire([v0]);
    const l = annuaire.lieux[0]!;
    expect(rapport.v0).to.equal(1);
    expect(l.services).to.deep.equal([
      'Maîtrise des outils numériques du quotidien',
      'Aide aux démarches administratives',
      'Accès internet et matériel informatique',
    ]);
    expect(l.publics_specifiquement_adresses).to.deep.equal(['Seniors']);
    expect(l.prise_en_charge_specifique).to.deep.equal(['Langues étrangères (autres)', 'Surdité']);
    expect(l.dispositif_programmes_nationaux).to.deep.equal(['Conseillers numériques', 'France Services']);
    expect(l.autres_formations_labels).to.deep.equal(['Point relais CAF', 'APTIC']);
    expect(l.frais_a_charge).to.deep.equal(['Gratuit']);
    expect(l.courriels).to.deep.equal(['msap@halluin.fr']);
    expect(l.fiche_acces_libre).to.equal('https://acceslibre.beta.gouv.fr/app/59-halluin/a/mairie/');
    expect(l.modalites_accompagnement).to.deep.equal(['En autonomie', 'Accompagnement individuel']);
    for (const champ of ['publics_accueillis', 'labels_nationaux', 'conditions_acces', 'courriel', 'accessibilite', 'cle_ban']) {
      expect(l, champ).not.to.have.property(champ);
    }
    // The one lossy mapping (delegation has no v1 value) is reported.
    expect(rapport.avertissements.filter((a) => a.code === 'v0_mapped').map((a) => a.champ)).to.deep.equal([
      'modalites_accompagnement',
    ]);
  });

  it('maps « Adhésion » and « Pass numérique » to « Gratuit sous condition » and keeps the pass as a label', async () => {
    const { lieu } = await un({
      services: undefined,
      conditions_acces: "Adhésion : L'accès au lieu et/ou à ses services nécessite d'y adhérer;Accepte le Pass numérique",
    });
    expect(lieu!.frais_a_charge).to.deep.equal(['Gratuit sous condition']);
    expect(lieu!.autres_formations_labels).to.deep.equal(['Pass numérique']);
  });

  it('does not load the v0 mapping for a v1 directory (nothing to map, nothing counted)', async () => {
    const { rapport } = await chargerAnnuaire([brut()]);
    expect(rapport.v0).to.equal(0);
  });
});

describe('ateliers', () => {
  const atelier = (extra: Record<string, unknown> = {}) => ({
    id: 'at-1',
    titre: 'Prendre en main son smartphone',
    lieu_id: 'cs-bolly',
    niveau: 'debutant',
    seances: [{ debut: '2026-12-01T14:00', fin: '2026-12-01T16:00' }],
    ...extra,
  });
  const charger = (...ateliers: unknown[]) => chargerAnnuaire({ version: 1, lieux: [brut()], ateliers });

  it('keeps a valid workshop with its defaults (collectif, sur place, programmé)', async () => {
    const { annuaire } = await charger(atelier());
    expect(annuaire.ateliers[0]).to.include({ format: 'collectif', modalite: 'sur_place', statut: 'programme', niveau: 'debutant' });
  });

  it('rejects a workshop at an unknown place, without dates, or without title', async () => {
    const { annuaire, rapport } = await charger(
      atelier({ id: 'a', lieu_id: 'nulle-part' }),
      atelier({ id: 'b', seances: [] }),
      atelier({ id: 'c', titre: '' }),
      atelier({ id: 'ok' }),
    );
    expect(annuaire.ateliers.map((a) => a.id)).to.deep.equal(['ok']);
    expect(rapport.rejets.map((r) => [r.type, r.id, r.raisons[0]!.code])).to.deep.equal([
      ['atelier', 'a', 'unknown_lieu'],
      ['atelier', 'b', 'no_schedule'],
      ['atelier', 'c', 'required'],
    ]);
  });

  it('drops a session that ends before it starts, and rejects the workshop if none is left', async () => {
    const { annuaire, rapport } = await charger(
      atelier({
        id: 'deux',
        seances: [
          { debut: '2026-12-01T14:00', fin: '2026-12-01T13:00' },
          { debut: '2026-12-08T14:00', fin: '2026-12-08T16:00' },
        ],
      }),
      atelier({ id: 'zero', seances: [{ debut: '2026-12-01T14:00', fin: '2026-12-01T14:00' }] }),
    );
    expect(annuaire.ateliers.map((a) => [a.id, a.seances!.length])).to.deep.equal([['deux', 1]]);
    expect(rapport.avertissements.map((a) => a.code)).to.include('ends_before_start');
    expect(rapport.rejets.map((r) => r.id)).to.deep.equal(['zero']);
  });

  it('refuses a recurrence without end: it would never go stale but never be true either', async () => {
    const { annuaire, rapport } = await charger(
      atelier({
        seances: undefined,
        recurrence: { frequence: 'hebdomadaire', jours: ['mardi'], heure_debut: '14:00', heure_fin: '16:00', du: '2026-09-01' },
      }),
    );
    expect(annuaire.ateliers).to.deep.equal([]);
    expect(rapport.rejets[0]!.raisons.map((r) => r.code)).to.deep.equal(['no_schedule', 'recurrence_without_end']);
  });

  it('refuses a monthly recurrence that does not say which week (not guessed)', async () => {
    const { annuaire } = await charger(
      atelier({
        seances: undefined,
        recurrence: { frequence: 'mensuelle', jours: ['samedi'], heure_debut: '10:00', heure_fin: '12:00', du: '2026-09-01', au: '2027-06-30' },
      }),
    );
    expect(annuaire.ateliers).to.deep.equal([]);
  });

  it('accepts an online workshop without place', async () => {
    const { annuaire } = await charger(atelier({ lieu_id: undefined, modalite: 'a_distance', lien_visio: 'https://visio.exemple.fr/x' }));
    expect(annuaire.ateliers[0]!.lien_visio).to.equal('https://visio.exemple.fr/x');
  });

  it('checks registration contacts with the same rules as places', async () => {
    const { annuaire, rapport } = await charger(
      atelier({ inscription: { lien: 'javascript:alert(1)', telephone: '03 20 36 93 66', courriel: 'x' } }),
    );
    expect(annuaire.ateliers[0]!.inscription).to.deep.equal({ telephone: '+33320369366' });
    expect(codes(rapport.avertissements)).to.include.members(['unsafe_url:inscription.lien', 'invalid_email:inscription.courriel']);
  });
});

describe('lienSur: the only links the kit renders', () => {
  it('lets http(s), tel and mailto through and nothing else', () => {
    expect(lienSur('https://exemple.fr/a')).to.equal('https://exemple.fr/a');
    expect(lienSur('tel:+33320369366')).to.equal('tel:+33320369366');
    expect(lienSur('mailto:accueil@exemple.fr')).to.equal('mailto:accueil@exemple.fr');
    for (const x of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', '/relatif', '', undefined]) {
      expect(lienSur(x), String(x)).to.equal(undefined);
    }
  });
});

describe('chargerAnnuaire with lieuxConnus: a separate workshop feed naming the directory’s places', () => {
  const atelier = (extra: Record<string, unknown> = {}) => ({
    id: 'flux-1',
    titre: 'Découvrir la tablette',
    lieu_id: 'cs-bolly',
    seances: [{ debut: '2026-12-02T14:00', fin: '2026-12-02T16:00' }],
    ...extra,
  });

  it('reads a feed holding `ateliers` only, and keeps the workshops held at known places', async () => {
    const texte = JSON.stringify({ ateliers: [atelier(), atelier({ id: 'flux-2', lieu_id: 'mediatheque' })] });
    const { annuaire, rapport } = await chargerAnnuaire(texte, { lieuxConnus: new Set(['cs-bolly', 'mediatheque']) });
    expect(annuaire.lieux).to.deep.equal([]);
    expect(annuaire.ateliers.map((a) => [a.id, a.lieu_id])).to.deep.equal([
      ['flux-1', 'cs-bolly'],
      ['flux-2', 'mediatheque'],
    ]);
    expect(rapport.format).to.equal('annuaire');
    expect(rapport.lus).to.deep.equal({ lieux: 0, ateliers: 2 });
    expect(rapport.gardes).to.deep.equal({ lieux: 0, ateliers: 2 });
    expect(rapport.rejets).to.deep.equal([]);
  });

  it('still rejects a workshop at a place known nowhere (and keeps an online one, without its unknown place)', async () => {
    const { annuaire, rapport } = await chargerAnnuaire(
      { ateliers: [atelier({ id: 'inconnu', lieu_id: 'nulle-part' }), atelier({ id: 'en-ligne', lieu_id: 'nulle-part', modalite: 'a_distance' }), atelier()] },
      { lieuxConnus: new Set(['cs-bolly']) },
    );
    expect(annuaire.ateliers.map((a) => a.id)).to.deep.equal(['en-ligne', 'flux-1']);
    expect(annuaire.ateliers[0]!.lieu_id).to.equal(undefined);
    expect(rapport.rejets.map((r) => [r.type, r.id, codes(r.raisons)])).to.deep.equal([['atelier', 'inconnu', ['unknown_lieu:lieu_id']]]);
    expect(rapport.avertissements.map((a) => [a.id, a.code])).to.deep.include(['en-ligne', 'unknown_lieu']);
  });

  it('a feed may also bring its own places: its workshops may name those or the known ones', async () => {
    const { annuaire, rapport } = await chargerAnnuaire(
      { lieux: [brut({ id: 'propre' })], ateliers: [atelier({ id: 'a', lieu_id: 'propre' }), atelier({ id: 'b' }), atelier({ id: 'c', lieu_id: 'ailleurs' })] },
      { lieuxConnus: new Set(['cs-bolly']) },
    );
    expect(annuaire.lieux.map((l) => l.id)).to.deep.equal(['propre']);
    expect(annuaire.ateliers.map((a) => a.id)).to.deep.equal(['a', 'b']);
    expect(rapport.rejets.map((r) => r.id)).to.deep.equal(['c']);
  });

  it('without lieuxConnus, a file with `ateliers` only is not a directory, and its workshops are never taken as known', async () => {
    const erreur = await chargerAnnuaire(JSON.stringify({ ateliers: [atelier()] })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(erreur).to.be.instanceOf(ErreurFormat);
    expect((erreur as ErreurFormat).code).to.equal('structure');
    // A directory read without the option still rejects the workshops of places it does not hold.
    const { annuaire, rapport } = await chargerAnnuaire({ version: 1, lieux: [brut({ id: 'autre' })], ateliers: [atelier()] });
    expect(annuaire.ateliers).to.deep.equal([]);
    expect(rapport.rejets.map((r) => r.raisons[0]!.code)).to.deep.equal(['unknown_lieu']);
    // With an empty set of known places, a feed of workshops only is read, and each one is rejected.
    const vide = await chargerAnnuaire({ ateliers: [atelier()] }, { lieuxConnus: new Set() });
    expect(vide.annuaire.ateliers).to.deep.equal([]);
    expect(vide.rapport.rejets.map((r) => r.raisons[0]!.code)).to.deep.equal(['unknown_lieu']);
  });
});
