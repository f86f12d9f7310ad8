/**
 * The self-diagnosis of digital autonomy, read as a specification: the personas of DOMAIN.md and what a seasoned
 * mediator would tell each of them, then properties that hold on every path through the questions.
 *
 * The personas' expectations come from DOMAIN.md and the seeds (Cahiers Connexions Solidaires, CAF kit), not from
 * the code: where the module answers otherwise, the test keeps the mediator's view.
 */
import { expect } from '@open-wc/testing';
import { BESOINS, type Besoin } from '../../src/data/besoins.js';
import {
  AIDES,
  COMPETENCES,
  NSP,
  atelierAdapte,
  evaluer,
  questions,
  rangNiveau,
  repondre,
  reponseA,
  type Aide,
  type Appareil,
  type Apprentissage,
  type Competence,
  type Envie,
  type Francais,
  type Internet,
  type Maitrise,
  type Nsp,
  type Reponses,
  type Urgence,
  type Voix,
} from '../../src/data/diagnostic.js';
import type { Atelier, NiveauAtelier, NiveauAutonomie } from '../../src/data/types.js';
import { NIVEAUX_AUTONOMIE } from '../../src/data/vocabulaire.js';

type Valeur = Maitrise | Nsp;

/** The six skills answered at once, in the order of `COMPETENCES`. */
const competences = (...v: [Valeur, Valeur, Valeur, Valeur, Valeur, Valeur]): Record<Competence, Valeur> =>
  Object.fromEntries(COMPETENCES.map((k, i) => [k, v[i]])) as Record<Competence, Valeur>;

// ---------------------------------------------------------------------------------------------------------------
// 1. The personas
// ---------------------------------------------------------------------------------------------------------------

interface Attendu {
  niveau: NiveauAutonomie;
  aide: Aide;
  ensuite: Aide | undefined;
  /** The first need, the one the map looks for. */
  besoin: Besoin;
  /** French classes or translation. */
  francais: boolean;
  urgence: boolean;
}

interface Persona {
  nom: string;
  /** Who they are, in a few words (DOMAIN.md and the seeds). */
  qui: string;
  voix: Voix;
  reponses: Reponses;
  /** What a seasoned mediator would say. */
  attendu: Attendu;
}

const PERSONAS: Persona[] = [
  {
    nom: 'Andrei',
    qui:
      "75 ans, retraité, ne lit ni n'écrit le français. Un téléphone à cartes prépayées, pas de smartphone, pas " +
      "d'internet. « Mes démarches sur internet : pourquoi pas ? Mais pas tout seul. » Une association de confiance " +
      "fait ses démarches ; il manque les actualisations envoyées par courriel. C'est le bénévole qui répond pour lui. " +
      "Il lui faut qu'on fasse ses démarches avec lui, et des cours de français : pas d'abord du matériel, qu'il ne " +
      'veut pas utiliser seul.',
    voix: 'aidant',
    reponses: {
      appareils: ['aucun'],
      internet: 'non',
      competences: competences('non', 'non', 'non', 'non', 'non', 'non'),
      francais: 'pas-du-tout',
      envie: 'non-avec-moi',
      urgence: 'non',
      apprentissage: 'avec-du-temps',
    },
    attendu: {
      niveau: 'eloigne',
      aide: 'assistance',
      ensuite: undefined,
      besoin: 'demarche',
      francais: true,
      urgence: false,
    },
  },
  {
    nom: 'Sandrine',
    qui:
      '40 ans, élève seule ses deux enfants, française, anxieuse (« internet décuple mes angoisses »). Un smartphone, ' +
      'la connexion de sa voisine ; elle appelle et envoie des messages, mais ses enfants l’aident à naviguer. ' +
      'Une démarche CAF urgente. Elle veut apprendre « pour gagner du temps ». L’urgence d’abord (quelqu’un fait ' +
      'la démarche avec elle), puis une formation.',
    voix: 'moi',
    reponses: {
      appareils: ['smartphone'],
      internet: 'maison',
      competences: competences('seul', 'seul', 'aide', 'aide', 'non', 'non'),
      francais: 'facile',
      envie: 'oui-peur',
      urgence: 'oui',
      organisme: 'caf',
    },
    attendu: {
      niveau: 'intermediaire',
      aide: 'assistance',
      ensuite: 'formation',
      besoin: 'demarche',
      francais: false,
      urgence: true,
    },
  },
  {
    nom: 'Louna',
    qui:
      "23 ans, cherche un emploi, n'a ni équipement ni internet. Elle se sert bien d'un smartphone quand elle en a " +
      "un, mais pas encore d'internet ni de la bureautique. D'abord du matériel (lieux où s'équiper, accès gratuit), " +
      'puis une formation.',
    voix: 'moi',
    reponses: {
      appareils: ['aucun'],
      internet: 'non',
      competences: competences('seul', 'seul', 'aide', 'aide', 'non', 'aide'),
      francais: 'facile',
      envie: 'oui',
      urgence: 'non',
    },
    attendu: {
      niveau: 'intermediaire',
      aide: 'formation',
      ensuite: undefined,
      besoin: 'materiel',
      francais: false,
      urgence: false,
    },
  },
  {
    nom: 'Moussa',
    qui:
      '47 ans, mauvaise vue, parle mal français. Un smartphone pour appeler et envoyer des messages ; il se méfie ' +
      "d'internet mais voudrait surveiller son compte et appeler ses proches. Qu'on l'aide pour ses démarches, des " +
      'cours de français, puis une formation adaptée.',
    voix: 'moi',
    reponses: {
      appareils: ['smartphone'],
      internet: 'telephone',
      competences: competences('seul', 'seul', 'non', 'aide', 'non', 'non'),
      francais: 'difficile',
      envie: 'oui-peur',
      urgence: 'non',
    },
    attendu: {
      niveau: 'intermediaire',
      aide: 'assistance',
      ensuite: 'formation',
      besoin: 'demarche',
      francais: true,
      urgence: false,
    },
  },
  {
    nom: 'Rémi',
    qui:
      "Vient de prendre sa retraite, s'est servi d'un ordinateur au travail : messagerie, internet, comptes, tout " +
      'seul. Il veut faire lui-même ses démarches de retraite, sans urgence. « À l’aise sauf pour les démarches ' +
      'administratives » : un coup de pouce sur ce service-là, dans un lieu qui aide aux démarches (livret CAF).',
    voix: 'moi',
    reponses: {
      appareils: ['ordinateur', 'smartphone'],
      internet: 'maison',
      competences: competences('seul', 'seul', 'seul', 'seul', 'aide', 'aide'),
      francais: 'facile',
      envie: 'oui',
      urgence: 'non',
    },
    attendu: {
      niveau: 'avance',
      aide: 'coup-de-pouce',
      ensuite: undefined,
      besoin: 'demarche',
      francais: false,
      urgence: false,
    },
  },
];

describe('Diagnostic: the personas of DOMAIN.md', () => {
  for (const p of PERSONAS) {
    const titre = [p.attendu.niveau, p.attendu.aide, p.attendu.ensuite && `puis ${p.attendu.ensuite}`, p.attendu.besoin]
      .filter(Boolean)
      .join(', ');
    it(`${p.nom}: ${titre}${p.attendu.francais ? ', cours de français' : ''}${p.attendu.urgence ? ', urgence' : ''}`, () => {
      const r = evaluer(p.reponses, p.voix);
      const obtenu: Attendu = {
        niveau: r.niveau,
        aide: r.aide,
        ensuite: r.ensuite,
        besoin: r.besoin,
        francais: r.francais,
        urgence: r.urgence,
      };
      expect(obtenu, p.qui).to.deep.equal(p.attendu);
      // Every persona answered all six skills: the level is not uncertain.
      expect(r.incertain).to.equal(false);
      expect(r.voix).to.equal(p.voix);
    });
  }

  it('Andrei: the helper’s view of his learning is recorded, Sandrine’s urgent procedure keeps its organisme', () => {
    const andrei = evaluer(PERSONAS[0]!.reponses, 'aidant');
    expect(andrei.caracteristiques).to.deep.equal({
      appareils: [],
      internet: 'non',
      francais: 'pas-du-tout',
      apprentissage: 'avec-du-temps',
    });
    const sandrine = evaluer(PERSONAS[1]!.reponses, 'moi');
    expect(sandrine.organisme).to.equal('caf');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Every path gives a result
// ---------------------------------------------------------------------------------------------------------------

const MAITRISES_ET_NSP: readonly Valeur[] = ['seul', 'aide', 'non', NSP];

/** Every one of the 4^6 = 4096 ways to answer the six skills. */
function toutesLesCompetences(): Record<Competence, Valeur>[] {
  const tout: Record<Competence, Valeur>[] = [];
  for (let n = 0; n < 4 ** COMPETENCES.length; n++) {
    const c = {} as Record<Competence, Valeur>;
    let reste = n;
    for (const k of COMPETENCES) {
      c[k] = MAITRISES_ET_NSP[reste % 4]!;
      reste = Math.floor(reste / 4);
    }
    tout.push(c);
  }
  return tout;
}

interface Contexte {
  voix: Voix;
  reponses: Omit<Reponses, 'competences'>;
}

/** A few values of the other questions, crossed: 4 × 3 × 3 × 2 × 2 = 144 contexts. */
function contextes(): Contexte[] {
  const appareils: (readonly Appareil[] | Nsp | undefined)[] = [undefined, NSP, ['aucun'], ['smartphone', 'tablette']];
  const envies: (Envie | Nsp)[] = ['oui', 'non-avec-moi', NSP];
  const urgences: (Urgence | Nsp | undefined)[] = ['oui', 'non', undefined];
  const francais: Francais[] = ['facile', 'pas-du-tout'];
  const voix: { voix: Voix; apprentissage?: Apprentissage }[] = [
    { voix: 'moi' },
    { voix: 'aidant', apprentissage: 'tres-difficile' },
  ];
  const internets: (Internet | Nsp)[] = ['maison', 'non', NSP];
  const tout: Contexte[] = [];
  let i = 0;
  for (const a of appareils)
    for (const e of envies)
      for (const u of urgences)
        for (const f of francais)
          for (const v of voix) {
            const reponses: Omit<Reponses, 'competences'> = {
              ...(a !== undefined ? { appareils: a } : {}),
              internet: internets[i++ % internets.length]!,
              envie: e,
              ...(u !== undefined ? { urgence: u } : {}),
              ...(u === 'oui' ? { organisme: 'cpam' as const } : {}),
              francais: f,
              ...(v.apprentissage ? { apprentissage: v.apprentissage } : {}),
            };
            tout.push({ voix: v.voix, reponses });
          }
  return tout;
}

const inconnues = (r: Reponses) =>
  COMPETENCES.filter((k) => r.competences?.[k] === undefined || r.competences[k] === NSP).length;

/** What must hold for any answers; each broken rule is described, so that a failure says which path broke it. */
function problemesDe(reponses: Reponses, voix: Voix): string[] {
  const r = evaluer(reponses, voix);
  const p: string[] = [];
  const ou = { toString: () => `${voix} ${JSON.stringify(reponses)}` };
  if (!NIVEAUX_AUTONOMIE.includes(r.niveau)) p.push(`niveau ${String(r.niveau)} inconnu: ${ou}`);
  if (!AIDES.includes(r.aide)) p.push(`aide ${String(r.aide)} inconnue: ${ou}`);
  if (r.ensuite !== undefined && !AIDES.includes(r.ensuite)) p.push(`ensuite ${r.ensuite} inconnue: ${ou}`);
  if (r.ensuite === r.aide) p.push(`ensuite = aide (${r.aide}): ${ou}`);
  if (r.besoins.length === 0) p.push(`aucun besoin: ${ou}`);
  if (new Set(r.besoins).size !== r.besoins.length) p.push(`besoins en double ${r.besoins.join(',')}: ${ou}`);
  if (r.besoins.some((b) => !BESOINS.includes(b))) p.push(`besoin inconnu ${r.besoins.join(',')}: ${ou}`);
  if (r.besoin !== r.besoins[0]) p.push(`besoin ${r.besoin} ≠ besoins[0] ${r.besoins[0]}: ${ou}`);
  if (r.incertain !== inconnues(reponses) >= 3) p.push(`incertain ${r.incertain} avec ${inconnues(reponses)} nsp: ${ou}`);
  if (r.urgence !== (reponses.urgence === 'oui')) p.push(`urgence ${r.urgence}: ${ou}`);
  if (r.voix !== voix) p.push(`voix ${r.voix}: ${ou}`);
  return p;
}

describe('Diagnostic: every path gives a result', () => {
  it('« je ne sais pas » everywhere: a result, uncertain, and no skill assumed', () => {
    const nsp: Reponses = {
      appareils: NSP,
      internet: NSP,
      competences: competences(NSP, NSP, NSP, NSP, NSP, NSP),
      francais: NSP,
      envie: NSP,
      urgence: NSP,
      apprentissage: NSP,
    };
    for (const voix of ['moi', 'aidant'] as const) {
      expect(problemesDe(nsp, voix)).to.deep.equal([]);
      const r = evaluer(nsp, voix);
      expect(r.incertain).to.equal(true);
      expect(rangNiveau(r.niveau)).to.be.at.most(rangNiveau('debutant'));
      expect(r.aide).to.not.equal('autonomie');
      expect(r.urgence).to.equal(false);
      expect(r.francais).to.equal(false);
      expect(r.caracteristiques).to.deep.equal({});
    }
  });

  it('nothing answered at all: a result, uncertain, and no skill assumed', () => {
    for (const voix of ['moi', 'aidant'] as const) {
      expect(problemesDe({}, voix)).to.deep.equal([]);
      const r = evaluer({}, voix);
      expect(r.incertain).to.equal(true);
      expect(rangNiveau(r.niveau)).to.be.at.most(rangNiveau('debutant'));
      expect(r.aide).to.not.equal('autonomie');
    }
    // The voice is optional: the person by default.
    expect(evaluer({}).voix).to.equal('moi');
  });

  // Each of the next two enumerations takes a few seconds: more time than mocha's default is allowed (not asserted).
  it('every answer to the six skills (4096), crossed with 144 answers to the other questions, gives a valid result', function () {
    this.timeout(60_000);
    const toutes = toutesLesCompetences();
    expect(toutes).to.have.length(4096);
    const problemes: string[] = [];
    let chemins = 0;
    for (const { voix, reponses } of contextes()) {
      for (const c of toutes) {
        chemins++;
        problemes.push(...problemesDe({ ...reponses, competences: c }, voix));
        if (problemes.length >= 5) break;
      }
      if (problemes.length >= 5) break;
    }
    expect(problemes.slice(0, 5)).to.deep.equal([]);
    expect(chemins).to.equal(4096 * 144);
  });

  it('skills partly answered (the others missing) give a valid result too', () => {
    const problemes: string[] = [];
    // Each skill answered or left out: 5^6 ways (4 answers, or absent).
    const valeurs: (Valeur | undefined)[] = [...MAITRISES_ET_NSP, undefined];
    for (let n = 0; n < 5 ** 6 && problemes.length < 5; n++) {
      const c: Partial<Record<Competence, Valeur>> = {};
      let reste = n;
      for (const k of COMPETENCES) {
        const v = valeurs[reste % 5];
        if (v !== undefined) c[k] = v;
        reste = Math.floor(reste / 5);
      }
      problemes.push(...problemesDe({ competences: c, urgence: n % 2 ? 'oui' : 'non' }, 'moi'));
    }
    expect(problemes.slice(0, 5)).to.deep.equal([]);
  });

  it('the level never goes down when one skill is improved (« non » or « avec de l’aide » → « seul »), all else equal', function () {
    this.timeout(60_000);
    const baisses: string[] = [];
    let comparaisons = 0;
    const toutes = toutesLesCompetences();
    // A third of the contexts (French « facile », urgence answered): 48 × 4096 paths, each skill improved in turn.
    const choisis = contextes().filter((c) => c.reponses.francais === 'facile' && c.reponses.urgence !== undefined);
    expect(choisis).to.have.length(48);
    for (const { voix, reponses } of choisis) {
      for (const c of toutes) {
        const avant = rangNiveau(evaluer({ ...reponses, competences: c }, voix).niveau);
        for (const k of COMPETENCES) {
          if (c[k] !== 'non' && c[k] !== 'aide') continue;
          const mieux = { ...c, [k]: 'seul' as const };
          const apres = evaluer({ ...reponses, competences: mieux }, voix).niveau;
          comparaisons++;
          if (rangNiveau(apres) < avant) {
            baisses.push(`${k} ${c[k]} → seul: ${NIVEAUX_AUTONOMIE[avant]} → ${apres}, ${JSON.stringify({ ...reponses, competences: c })}`);
          }
        }
        if (baisses.length >= 5) break;
      }
      if (baisses.length >= 5) break;
    }
    expect(baisses.slice(0, 5)).to.deep.equal([]);
    expect(comparaisons).to.be.greaterThan(0);
  });

  it('the levels are the five of the field, and every one is reached', () => {
    const atteints = new Set<NiveauAutonomie>();
    for (const { voix, reponses } of contextes()) {
      for (const c of toutesLesCompetences()) atteints.add(evaluer({ ...reponses, competences: c }, voix).niveau);
      if (atteints.size === NIVEAUX_AUTONOMIE.length) break;
    }
    expect([...atteints].sort()).to.deep.equal([...NIVEAUX_AUTONOMIE].sort());
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. The screens
// ---------------------------------------------------------------------------------------------------------------

describe('Diagnostic: the screens', () => {
  const ids = (voix: Voix, r?: Reponses) => questions(voix, r).map((q) => q.id);
  const COMMUNS = ['appareils', 'internet', ...COMPETENCES, 'francais', 'envie', 'urgence'];

  it('the person answers one question per screen, never about organisme (no urgency yet) nor capacité d’apprentissage', () => {
    expect(ids('moi')).to.deep.equal(COMMUNS);
    expect(ids('moi')).to.have.length(11);
    expect(ids('moi')).to.not.include('organisme');
    expect(ids('moi')).to.not.include('apprentissage');
  });

  it('a helper is also asked about capacité d’apprentissage, last', () => {
    expect(ids('aidant')).to.deep.equal([...COMMUNS, 'apprentissage']);
  });

  it('the person is never asked about capacité d’apprentissage, whatever was answered', () => {
    const r: Reponses = { urgence: 'oui', envie: 'non-avec-moi', competences: competences('non', 'non', 'non', 'non', 'non', 'non') };
    expect(ids('moi', r)).to.not.include('apprentissage');
  });

  it('organisme appears only after urgence « oui », right after it', () => {
    expect(ids('moi', { urgence: 'oui' })).to.deep.equal([...COMMUNS, 'organisme']);
    expect(ids('aidant', { urgence: 'oui' })).to.deep.equal([...COMMUNS, 'organisme', 'apprentissage']);
    for (const urgence of ['non', NSP, undefined] as const) {
      expect(ids('moi', urgence ? { urgence } : {}), String(urgence)).to.not.include('organisme');
      expect(ids('aidant', urgence ? { urgence } : {}), String(urgence)).to.not.include('organisme');
    }
  });

  it('every screen offers choices; the skills offer alone / with help / no; only devices allow several', () => {
    for (const q of questions('aidant', { urgence: 'oui' })) {
      expect(q.choix.length, q.id).to.be.greaterThan(1);
      expect(q.choix, q.id).to.not.include(NSP);
      expect('multiple' in q && q.multiple, q.id).to.equal(q.id === 'appareils');
      if ((COMPETENCES as readonly string[]).includes(q.id)) expect(q.choix, q.id).to.deep.equal(['seul', 'aide', 'non']);
    }
  });

  it('repondre: urgence « non » (or « je ne sais pas ») drops a previous organisme answer', () => {
    const urgent = repondre(repondre({}, 'urgence', 'oui'), 'organisme', 'caf');
    expect(urgent).to.deep.equal({ urgence: 'oui', organisme: 'caf' });
    expect(repondre(urgent, 'urgence', 'non')).to.deep.equal({ urgence: 'non' });
    expect(repondre(urgent, 'urgence', NSP)).to.deep.equal({ urgence: NSP });
    // Saying « oui » again keeps it; another answer leaves it alone.
    expect(repondre(urgent, 'urgence', 'oui')).to.deep.equal({ urgence: 'oui', organisme: 'caf' });
    expect(repondre(urgent, 'francais', 'facile')).to.deep.equal({ urgence: 'oui', organisme: 'caf', francais: 'facile' });
    // The answers given are not changed in place.
    expect(urgent).to.deep.equal({ urgence: 'oui', organisme: 'caf' });
  });

  it('repondre: a skill goes into competences, beside the others', () => {
    let r = repondre({}, 'allumer', 'seul');
    r = repondre(r, 'message', 'aide');
    r = repondre(r, 'allumer', 'non');
    expect(r).to.deep.equal({ competences: { allumer: 'non', message: 'aide' } });
    const avant = { competences: { allumer: 'seul' as const } };
    repondre(avant, 'lien', 'non');
    expect(avant).to.deep.equal({ competences: { allumer: 'seul' } });
  });

  it('reponseA reads skills and plain answers, and nothing for an unanswered screen', () => {
    const r: Reponses = {
      appareils: ['smartphone', 'ordinateur'],
      competences: { lien: 'aide', demarche: NSP },
      urgence: 'oui',
      organisme: 'impots',
    };
    expect(reponseA(r, 'appareils')).to.deep.equal(['smartphone', 'ordinateur']);
    expect(reponseA(r, 'lien')).to.equal('aide');
    expect(reponseA(r, 'demarche')).to.equal(NSP);
    expect(reponseA(r, 'allumer')).to.equal(undefined);
    expect(reponseA(r, 'urgence')).to.equal('oui');
    expect(reponseA(r, 'organisme')).to.equal('impots');
    expect(reponseA(r, 'francais')).to.equal(undefined);
    expect(reponseA({}, 'message')).to.equal(undefined);
  });

  it('answering every screen in order with repondre, then reading it back with reponseA, gives the same answers', () => {
    let r: Reponses = {};
    for (const q of questions('aidant', { urgence: 'oui' })) {
      const valeur = 'multiple' in q ? [q.choix[0]!] : q.choix[0]!;
      r = repondre(r, q.id, q.id === 'urgence' ? 'oui' : valeur);
    }
    for (const q of questions('aidant', r)) expect(reponseA(r, q.id), q.id).to.not.equal(undefined);
    expect(r.organisme).to.equal('caf');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. Urgency first
// ---------------------------------------------------------------------------------------------------------------

describe('Diagnostic: urgency first, then learning', () => {
  /** Uses a smartphone, messages alone, not links; an online procedure not done alone. */
  const intermediaire: Reponses = {
    appareils: ['smartphone'],
    internet: 'telephone',
    competences: competences('seul', 'seul', 'aide', 'non', 'non', 'non'),
    francais: 'facile',
    envie: 'oui',
  };

  it('urgent and cannot do the procedure alone: assistance now, then training for a person who wants to learn', () => {
    const r = evaluer({ ...intermediaire, urgence: 'oui', organisme: 'france-travail' });
    expect(r.niveau).to.equal('intermediaire');
    expect(r.aide).to.equal('assistance');
    expect(r.ensuite).to.equal('formation');
    expect(r.besoins).to.deep.equal(['demarche', 'autonomie']);
    expect(r.urgence).to.equal(true);
    expect(r.organisme).to.equal('france-travail');
  });

  it('the same without urgency: training, no assistance', () => {
    const r = evaluer({ ...intermediaire, urgence: 'non' });
    expect(r.aide).to.equal('formation');
    expect(r.ensuite).to.equal(undefined);
    expect(r.besoin).to.equal('autonomie');
    expect(r.urgence).to.equal(false);
  });

  it('urgent, and « je préfère qu’on le fasse avec moi »: assistance only, the person is not pushed to training', () => {
    const r = evaluer({ ...intermediaire, envie: 'non-avec-moi', urgence: 'oui' });
    expect(r.aide).to.equal('assistance');
    expect(r.ensuite).to.equal(undefined);
    expect(r.besoins).to.deep.equal(['demarche']);
  });

  it('urgent, scared but willing, from the very first steps: assistance now, then training', () => {
    const r = evaluer({
      appareils: ['smartphone'],
      competences: competences('non', 'non', 'non', 'non', 'non', 'non'),
      envie: 'oui-peur',
      urgence: 'oui',
    });
    expect(r.niveau).to.equal('debutant');
    expect(r.aide).to.equal('assistance');
    expect(r.ensuite).to.equal('formation');
  });

  it('urgent and without a device: the procedure still comes first, equipment right after', () => {
    const r = evaluer({
      appareils: ['aucun'],
      internet: 'non',
      competences: competences('seul', 'seul', 'aide', 'non', 'non', 'non'),
      envie: 'oui',
      urgence: 'oui',
    });
    expect(r.aide).to.equal('assistance');
    expect(r.besoins[0]).to.equal('demarche');
    expect(r.besoins).to.include('materiel');
  });

  it('urgent but does online procedures alone: no assistance forced', () => {
    const autonome = evaluer({
      appareils: ['ordinateur'],
      internet: 'maison',
      competences: competences('seul', 'seul', 'seul', 'seul', 'seul', 'seul'),
      urgence: 'oui',
    });
    expect(autonome.niveau).to.equal('autonome');
    expect(autonome.aide).to.equal('autonomie');
    expect(autonome.ensuite).to.equal(undefined);
    expect(autonome.urgence).to.equal(true);

    // Not yet at ease with passwords, but does procedures alone: a one-off help, not assistance.
    const avance = evaluer({
      appareils: ['smartphone'],
      competences: competences('seul', 'seul', 'seul', 'aide', 'seul', 'seul'),
      envie: 'oui',
      urgence: 'oui',
    });
    expect(avance.niveau).to.equal('avance');
    expect(avance.aide).to.equal('coup-de-pouce');
    expect(avance.ensuite).to.equal(undefined);
    expect(avance.besoins).to.not.include('demarche');
  });

  it('urgent at avancé, the procedure not done alone: a coup de pouce on that procedure is enough', () => {
    const r = evaluer({
      appareils: ['ordinateur'],
      competences: competences('seul', 'seul', 'seul', 'seul', 'seul', 'aide'),
      envie: 'oui',
      urgence: 'oui',
    });
    expect(r.niveau).to.equal('avance');
    expect(r.aide).to.equal('coup-de-pouce');
    expect(r.ensuite).to.equal(undefined);
    expect(r.besoin).to.equal('demarche');
  });

  it('organisme is kept only with an urgent procedure, and never « je ne sais pas »', () => {
    expect(evaluer({ urgence: 'oui', organisme: 'caf' }).organisme).to.equal('caf');
    expect(evaluer({ urgence: 'oui', organisme: NSP }).organisme).to.equal(undefined);
    expect(evaluer({ urgence: 'non', organisme: 'caf' }).organisme).to.equal(undefined);
  });

  it('the helper’s « apprend très difficilement » makes lasting assistance at débutant, and is ignored from the person', () => {
    const r: Reponses = {
      appareils: ['smartphone'],
      competences: competences('aide', 'non', 'non', 'non', 'non', 'non'),
      envie: 'oui',
      urgence: 'non',
      apprentissage: 'tres-difficile',
    };
    const aidant = evaluer(r, 'aidant');
    expect(aidant.niveau).to.equal('debutant');
    expect(aidant.aide).to.equal('assistance');
    expect(aidant.caracteristiques.apprentissage).to.equal('tres-difficile');
    expect(evaluer(r, 'moi').caracteristiques).to.not.have.property('apprentissage');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. Workshops that fit a level
// ---------------------------------------------------------------------------------------------------------------

describe('Diagnostic: atelierAdapte', () => {
  const atelier = (champs: { niveau?: NiveauAtelier; niveau_requis?: NiveauAutonomie }): Atelier => ({
    id: 'a',
    titre: 'Atelier',
    thematiques: [],
    format: 'collectif',
    modalite: 'sur_place',
    frais: ['gratuit'],
    statut: 'programme',
    ...champs,
  });

  it('a beginners’ workshop fits an éloigné and a débutant, not an avancé', () => {
    const debutant = atelier({ niveau: 'debutant' });
    expect(atelierAdapte(debutant, 'eloigne')).to.equal(true);
    expect(atelierAdapte(debutant, 'debutant')).to.equal(true);
    expect(atelierAdapte(debutant, 'avance')).to.equal(false);
    expect(atelierAdapte(debutant, 'autonome')).to.equal(false);
  });

  it('an advanced workshop does not fit a person who does not yet use a device alone', () => {
    const avance = atelier({ niveau: 'avance' });
    expect(atelierAdapte(avance, 'eloigne')).to.equal(false);
    expect(atelierAdapte(avance, 'debutant')).to.equal(false);
    expect(atelierAdapte(avance, 'intermediaire')).to.equal(true);
  });

  it('a workshop with no level fits everyone', () => {
    for (const n of NIVEAUX_AUTONOMIE) expect(atelierAdapte(atelier({}), n), n).to.equal(true);
  });

  it('niveau_requis wins over niveau', () => {
    const a = atelier({ niveau: 'debutant', niveau_requis: 'avance' });
    expect(atelierAdapte(a, 'eloigne')).to.equal(false);
    expect(atelierAdapte(a, 'avance')).to.equal(true);
    const b = atelier({ niveau: 'avance', niveau_requis: 'eloigne' });
    expect(atelierAdapte(b, 'eloigne')).to.equal(true);
  });
});
