/**
 * The orientation tree, read as a specification: the CAF « livret des cas d'orientation » (DOMAIN.md) walked case by
 * case, properties that hold on every path of the default tree, and the refusal of faulty trees given by an operator.
 *
 * The expectations come from DOMAIN.md (the booklet, the field's rule « l'urgence d'abord », the project's phone
 * policy), not from the code: where the module answers otherwise, the test keeps the desk agent's view.
 */
import { expect } from '@open-wc/testing';
import { ARBRE_PAR_DEFAUT } from '../../src/data/arbre-orientation.js';
import type { Besoin } from '../../src/data/besoins.js';
import {
  AIDES_ORIENTATION,
  issues,
  parcourir,
  reponsesConnues,
  texteVoix,
  traduireArbre,
  type AideOrientation,
  type ArbreOrientation,
  type Marque,
  type NoeudIssue,
  type NoeudQuestion,
} from '../../src/data/orientation.js';
import { SERVICES } from '../../src/data/standard.js';
import { validerArbre } from '../../src/data/valider-arbre.js';

/** A deep copy of the default tree, to spoil (typed loosely: a faulty tree is not an `ArbreOrientation`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const copie = (): any => structuredClone(ARBRE_PAR_DEFAUT);

const question = (arbre: ArbreOrientation, id: string): NoeudQuestion => {
  const n = arbre.noeuds[id];
  if (!n || n.type !== 'question') throw new Error(`« ${id} » n’est pas une question`);
  return n;
};

/** Refused, with the tree never handed back, and at least one message that contains every given piece. */
function refuse(x: unknown, ...morceaux: string[]): string[] {
  const r = validerArbre(x);
  expect(r.arbre, 'un arbre refusé n’est jamais rendu').to.equal(undefined);
  expect(r.erreurs, 'un arbre refusé dit pourquoi').to.not.be.empty;
  for (const e of r.erreurs) expect(e).to.be.a('string').and.not.equal('');
  if (morceaux.length) {
    const trouve = r.erreurs.some((e) => morceaux.every((m) => e.includes(m)));
    expect(trouve, `un message contient ${morceaux.map((m) => `« ${m} »`).join(' et ')} ; reçu : ${r.erreurs.join(' | ')}`).to.equal(true);
  }
  return r.erreurs;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. The default tree is valid
// ---------------------------------------------------------------------------------------------------------------

describe('orientation : l’arbre par défaut', () => {
  it('est valide, sans aucune erreur, et rendu tel quel', () => {
    const r = validerArbre(ARBRE_PAR_DEFAUT);
    expect(r.erreurs).to.deep.equal([]);
    expect(r.arbre).to.equal(ARBRE_PAR_DEFAUT);
  });

  it('a un numéro de recours (Solidarité Numérique) pour quand aucun lieu ne convient', () => {
    expect(ARBRE_PAR_DEFAUT.recours?.nom).to.equal('Solidarité Numérique');
    expect(ARBRE_PAR_DEFAUT.recours?.telephone.replace(/\D/g, '')).to.match(/^0\d{9}$/);
  });

  it('reste valide une fois passé par JSON (un opérateur le copie comme fichier)', () => {
    const r = validerArbre(JSON.parse(JSON.stringify(ARBRE_PAR_DEFAUT)));
    expect(r.erreurs).to.deep.equal([]);
    expect(r.arbre).to.not.equal(undefined);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. The booklet's cases, walked one by one
// ---------------------------------------------------------------------------------------------------------------

interface Cas {
  /** The person's situation, in the booklet's words. */
  cas: string;
  reponses: Record<string, string>;
  issue: string;
  aide: AideOrientation;
  besoin: Besoin;
  marques: Marque[];
}

const CAS: Cas[] = [
  // Page « matériel » du livret : « J'ai juste besoin d'accéder à du matériel informatique, mais pas forcément
  // d'être accompagné » → des lieux avec du matériel en libre accès.
  {
    cas: 'a juste besoin d’accéder à du matériel',
    reponses: { besoin: 'materiel', 'materiel-seul': 'seul' },
    issue: 'acces-materiel',
    aide: 'acces-materiel',
    besoin: 'materiel',
    marques: [],
  },
  // « Je ne suis pas à l'aise avec les outils numériques et j'aimerais être accompagné » → matériel + médiation.
  {
    cas: 'n’est pas à l’aise et aimerait être accompagnée',
    reponses: { besoin: 'materiel', 'materiel-seul': 'accompagne' },
    issue: 'materiel-mediation',
    aide: 'materiel-mediation',
    besoin: 'materiel',
    marques: [],
  },
  // « J'ai accès à du matériel mais je ne sais pas l'utiliser seul » → formation (elle lit le français).
  {
    cas: 'a du matériel mais ne sait pas s’en servir',
    reponses: { besoin: 'materiel', 'materiel-seul': 'ne-sait-pas-utiliser', 'formation-francais': 'facile' },
    issue: 'formation',
    aide: 'formation',
    besoin: 'autonomie',
    marques: [],
  },
  // Même cas, personne allophone (« Difficile, ou pas du tout ») : même issue, on propose aussi le français.
  {
    cas: 'a du matériel mais ne sait pas s’en servir, et lit difficilement le français',
    reponses: { besoin: 'materiel', 'materiel-seul': 'ne-sait-pas-utiliser', 'formation-francais': 'difficile' },
    issue: 'formation',
    aide: 'formation',
    besoin: 'autonomie',
    marques: ['francais'],
  },
  // « … pas à l'aise pour l'utiliser pour mes démarches administratives spécifiquement » → branche démarches ;
  // pas urgent, veut apprendre → aide aux démarches (coup de pouce).
  {
    cas: 'est à l’aise sauf pour les démarches, pas urgent, veut apprendre',
    reponses: {
      besoin: 'materiel',
      'materiel-seul': 'demarches',
      'demarche-urgence': 'non',
      'demarche-apprendre': 'apprendre',
      'demarches-francais': 'facile',
    },
    issue: 'aide-demarches',
    aide: 'aide-demarches',
    besoin: 'demarche',
    marques: [],
  },
  // Veut apprendre à se servir du numérique (besoin « autonomie ») → formation.
  {
    cas: 'veut apprendre à se servir du numérique',
    reponses: { besoin: 'autonomie', 'formation-francais': 'facile' },
    issue: 'formation',
    aide: 'formation',
    besoin: 'autonomie',
    marques: [],
  },
  // Démarche urgente, et ne peut pas la faire même si on lui montre → assistance (France Services, Aidants Connect).
  {
    cas: 'démarche urgente, ne peut pas la faire même accompagnée',
    reponses: { besoin: 'demarche', 'demarche-urgence': 'oui', 'demarche-urgente': 'non', 'assistance-francais': 'facile' },
    issue: 'assistance',
    aide: 'assistance',
    besoin: 'demarche',
    marques: ['urgence'],
  },
  // Démarche urgente, peut la faire si on lui montre → aide aux démarches, marquée « urgence » (l'urgence d'abord).
  {
    cas: 'démarche urgente, peut la faire si on lui montre',
    reponses: { besoin: 'demarche', 'demarche-urgence': 'oui', 'demarche-urgente': 'oui', 'demarches-francais': 'facile' },
    issue: 'aide-demarches',
    aide: 'aide-demarches',
    besoin: 'demarche',
    marques: ['urgence'],
  },
  // Démarche pas urgente, veut qu'elle soit faite (avec quelqu'un) → assistance, sans marque.
  {
    cas: 'démarche pas urgente, veut qu’elle soit faite',
    reponses: { besoin: 'demarche', 'demarche-urgence': 'non', 'demarche-apprendre': 'faite', 'assistance-francais': 'facile' },
    issue: 'assistance',
    aide: 'assistance',
    besoin: 'demarche',
    marques: [],
  },
  // Démarche pas urgente, veut apprendre → aide aux démarches.
  {
    cas: 'démarche pas urgente, veut apprendre',
    reponses: { besoin: 'demarche', 'demarche-urgence': 'non', 'demarche-apprendre': 'apprendre', 'demarches-francais': 'facile' },
    issue: 'aide-demarches',
    aide: 'aide-demarches',
    besoin: 'demarche',
    marques: [],
  },
  // Allophone, démarche pas urgente, veut apprendre → même issue, marquée « francais ».
  {
    cas: 'démarche pas urgente, veut apprendre, lit difficilement le français',
    reponses: { besoin: 'demarche', 'demarche-urgence': 'non', 'demarche-apprendre': 'apprendre', 'demarches-francais': 'difficile' },
    issue: 'aide-demarches',
    aide: 'aide-demarches',
    besoin: 'demarche',
    marques: ['francais'],
  },
  // Andrei (DOMAIN.md) : urgent, ne peut pas le faire, ne lit pas le français → assistance, les deux marques.
  {
    cas: 'démarche urgente, ne peut pas la faire, ne lit pas le français',
    reponses: { besoin: 'demarche', 'demarche-urgence': 'oui', 'demarche-urgente': 'non', 'assistance-francais': 'difficile' },
    issue: 'assistance',
    aide: 'assistance',
    besoin: 'demarche',
    marques: ['urgence', 'francais'],
  },
  // Question sur son dossier (CAF, Assurance Maladie…) → facilitation administrative.
  {
    cas: 'a une question sur son dossier',
    reponses: { besoin: 'accompagnement', 'facilitation-francais': 'facile' },
    issue: 'facilitation',
    aide: 'facilitation',
    besoin: 'accompagnement',
    marques: [],
  },
  // Même cas, allophone → facilitation, marquée « francais ».
  {
    cas: 'a une question sur son dossier, lit difficilement le français',
    reponses: { besoin: 'accompagnement', 'facilitation-francais': 'difficile' },
    issue: 'facilitation',
    aide: 'facilitation',
    besoin: 'accompagnement',
    marques: ['francais'],
  },
  // Thèmes : emploi, parentalité, sécurité → les lieux qui aident sur ce thème.
  { cas: 'cherche un emploi en ligne', reponses: { besoin: 'emploi' }, issue: 'emploi', aide: 'thematique', besoin: 'autonomie', marques: [] },
  {
    cas: 'veut accompagner ses enfants avec le numérique',
    reponses: { besoin: 'parentalite' },
    issue: 'parentalite',
    aide: 'thematique',
    besoin: 'autonomie',
    marques: [],
  },
  { cas: 'veut se protéger en ligne', reponses: { besoin: 'securite' }, issue: 'securite', aide: 'thematique', besoin: 'autonomie', marques: [] },
];

describe('orientation : les cas du livret, pas à pas', () => {
  for (const c of CAS) {
    it(`${c.cas} → ${c.issue}`, () => {
      const p = parcourir(ARBRE_PAR_DEFAUT, c.reponses);
      expect(p.question, 'aucune question ne reste à poser').to.equal(undefined);
      expect(p.issue?.id).to.equal(c.issue);
      expect(p.issue?.noeud.type).to.equal('issue');
      expect(p.issue?.noeud.aide).to.equal(c.aide);
      expect(p.issue?.noeud.besoin).to.equal(c.besoin);
      expect([...p.marques].sort()).to.deep.equal([...c.marques].sort());
      // Every answer given was used, in the order of the walk, starting at the first question.
      expect(p.chemin[0]).to.equal('besoin');
      expect([...p.chemin].sort()).to.deep.equal(Object.keys(c.reponses).sort());
    });
  }

  it('s’arrête à la question suivante quand les réponses s’arrêtent avant une issue', () => {
    const debut = parcourir(ARBRE_PAR_DEFAUT, {});
    expect(debut.question?.id).to.equal('besoin');
    expect(debut.question?.noeud).to.equal(ARBRE_PAR_DEFAUT.noeuds.besoin);
    expect(debut.issue).to.equal(undefined);
    expect(debut.chemin).to.deep.equal([]);
    expect(debut.marques).to.deep.equal([]);

    const p = parcourir(ARBRE_PAR_DEFAUT, { besoin: 'demarche', 'demarche-urgence': 'oui' });
    expect(p.issue).to.equal(undefined);
    expect(p.question?.id).to.equal('demarche-urgente');
    expect(p.question?.noeud.type).to.equal('question');
    expect(p.chemin).to.deep.equal(['besoin', 'demarche-urgence']);
    // The urgency already said is kept while the next question is asked.
    expect(p.marques).to.deep.equal(['urgence']);
  });

  it('s’arrête à la question dont la réponse est inconnue, sans deviner', () => {
    const p = parcourir(ARBRE_PAR_DEFAUT, { besoin: 'materiel', 'materiel-seul': 'peut-etre', 'formation-francais': 'facile' });
    expect(p.issue).to.equal(undefined);
    expect(p.question?.id).to.equal('materiel-seul');
    expect(p.chemin).to.deep.equal(['besoin']);

    const q = parcourir(ARBRE_PAR_DEFAUT, { besoin: 'Materiel' });
    expect(q.question?.id, 'la valeur est comparée telle quelle').to.equal('besoin');
    expect(q.chemin).to.deep.equal([]);
  });

  it('ignore les réponses à des questions qui ne sont pas sur le chemin', () => {
    const p = parcourir(ARBRE_PAR_DEFAUT, { besoin: 'emploi', 'demarche-urgence': 'oui', 'formation-francais': 'difficile' });
    expect(p.issue?.id).to.equal('emploi');
    expect(p.chemin).to.deep.equal(['besoin']);
    expect(p.marques, 'une réponse hors chemin ne marque pas le parcours').to.deep.equal([]);
  });

  it('texteVoix donne les mots de la personne ou de l’aidant', () => {
    const q = question(ARBRE_PAR_DEFAUT, 'besoin');
    expect(texteVoix(q.texte, 'moi')).to.equal('De quoi avez-vous besoin ?');
    expect(texteVoix(q.texte, 'aidant')).to.equal('De quoi la personne a-t-elle besoin ?');
    expect(texteVoix('Oui', 'aidant')).to.equal('Oui');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Properties of every path of the default tree
// ---------------------------------------------------------------------------------------------------------------

interface Chemin {
  reponses: Record<string, string>;
  fin: string;
}

/** Every answer path from `id`, depth first (a guard stops a loop instead of hanging). */
function chemins(arbre: ArbreOrientation, id: string, reponses: Record<string, string> = {}, profondeur = 0): Chemin[] {
  if (profondeur > 50) throw new Error(`chemin trop long à « ${id} » : boucle ?`);
  const n = arbre.noeuds[id];
  if (!n) throw new Error(`« ${id} » n’est pas un nœud`);
  if (n.type === 'issue') return [{ reponses, fin: id }];
  return n.reponses.flatMap((r) => chemins(arbre, r.suite, { ...reponses, [id]: r.valeur }, profondeur + 1));
}

describe('orientation : chaque chemin de l’arbre par défaut', () => {
  const tous = chemins(ARBRE_PAR_DEFAUT, ARBRE_PAR_DEFAUT.depart);

  it('finit sur une issue, et parcourir y arrive avec les mêmes réponses', () => {
    expect(tous.length).to.be.greaterThan(10);
    for (const c of tous) {
      expect(ARBRE_PAR_DEFAUT.noeuds[c.fin]?.type, c.fin).to.equal('issue');
      const p = parcourir(ARBRE_PAR_DEFAUT, c.reponses);
      expect(p.question, JSON.stringify(c.reponses)).to.equal(undefined);
      expect(p.issue?.id, JSON.stringify(c.reponses)).to.equal(c.fin);
    }
  });

  it('chaque issue est atteinte par au moins un chemin, et chaque nœud est sur un chemin', () => {
    const atteintes = new Set(tous.map((c) => c.fin));
    const toutesIssues = issues(ARBRE_PAR_DEFAUT).map((i) => i.id);
    expect(toutesIssues).to.have.length.greaterThan(0);
    for (const id of toutesIssues) expect(atteintes.has(id), `issue « ${id} » atteinte`).to.equal(true);
    const vus = new Set<string>([...tous.flatMap((c) => Object.keys(c.reponses)), ...atteintes]);
    for (const id of Object.keys(ARBRE_PAR_DEFAUT.noeuds)) expect(vus.has(id), `nœud « ${id} » sur un chemin`).to.equal(true);
  });

  it('les sept sortes d’aide du livret sont toutes proposées', () => {
    const aides = new Set(issues(ARBRE_PAR_DEFAUT).map((i) => i.noeud.aide));
    for (const a of AIDES_ORIENTATION) expect(aides.has(a), a).to.equal(true);
  });

  it('la marque « urgence » vient d’une démarche déclarée urgente, et d’elle seule', () => {
    for (const c of tous) {
      const p = parcourir(ARBRE_PAR_DEFAUT, c.reponses);
      expect(p.marques.includes('urgence'), JSON.stringify(c.reponses)).to.equal(c.reponses['demarche-urgence'] === 'oui');
    }
  });

  it('« Difficile, ou pas du tout » ne change jamais l’issue, il la marque seulement', () => {
    let vus = 0;
    for (const c of tous) {
      const francais = Object.entries(c.reponses).find(([, v]) => v === 'difficile');
      if (!francais) continue;
      vus++;
      const facile = parcourir(ARBRE_PAR_DEFAUT, { ...c.reponses, [francais[0]]: 'facile' });
      const difficile = parcourir(ARBRE_PAR_DEFAUT, c.reponses);
      expect(difficile.issue?.id).to.equal(facile.issue?.id);
      expect(difficile.marques).to.include('francais');
      expect(facile.marques).to.not.include('francais');
    }
    expect(vus, 'des chemins passent par la question du français').to.be.greaterThan(3);
  });

  it('chaque issue a des critères de lieux dans le standard, un titre et un pourquoi pour les deux voix', () => {
    for (const { id, noeud } of issues(ARBRE_PAR_DEFAUT)) {
      expect(noeud.lieux, id).to.not.be.empty;
      for (const c of noeud.lieux) {
        expect(Object.keys(c), id).to.not.be.empty;
        for (const s of [...(c.services ?? []), ...(c.tousServices ?? [])]) expect(SERVICES as readonly string[], id).to.include(s);
      }
      for (const voix of ['moi', 'aidant'] as const) {
        expect(texteVoix(noeud.titre, voix).trim(), id).to.not.equal('');
        expect(texteVoix(noeud.pourquoi, voix).trim(), id).to.not.equal('');
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. Faulty trees are refused, with a message naming the faulty node
// ---------------------------------------------------------------------------------------------------------------

describe('orientation : un arbre fautif est refusé', () => {
  it('une réponse qui mène à un nœud absent (le message nomme le nœud et l’id absent)', () => {
    const a = copie();
    a.noeuds['materiel-seul'].reponses[0].suite = 'acces-materielle';
    refuse(a, 'materiel-seul', 'acces-materielle');
  });

  it('une réponse qui mène à « constructor » (nom d’une propriété de tout objet) est aussi un nœud absent', () => {
    // An operator's tree with an extra answer going nowhere real: it must be refused like any missing node, not
    // accepted and then crash the flow when a person picks that answer.
    const a = copie();
    a.noeuds.besoin.reponses.push({ valeur: 'autre', texte: 'Autre chose', suite: 'constructor' });
    refuse(a, 'besoin', 'constructor');
  });

  it('une boucle (le message nomme le nœud qui y ramène)', () => {
    const a = copie();
    // « Qu'elle soit faite » ramène à « Cette démarche est-elle urgente ? » : la personne tournerait en rond.
    a.noeuds['demarche-apprendre'].reponses[1].suite = 'demarche-urgence';
    const erreurs = refuse(a, 'demarche-apprendre', 'boucle');
    expect(erreurs.join(' ')).to.include('demarche-urgence');
  });

  it('un nœud qui renvoie à lui-même', () => {
    const a = copie();
    a.noeuds['demarche-urgente'].reponses[0].suite = 'demarche-urgente';
    refuse(a, 'demarche-urgente', 'boucle');
  });

  it('un nœud qu’aucune réponse n’atteint', () => {
    const a = copie();
    a.noeuds.orphelin = structuredClone(ARBRE_PAR_DEFAUT.noeuds.formation);
    refuse(a, 'orphelin');
  });

  it('une issue devenue inatteignable quand on retire la réponse qui y menait', () => {
    const a = copie();
    a.noeuds.besoin.reponses = a.noeuds.besoin.reponses.filter((r: { valeur: string }) => r.valeur !== 'securite');
    refuse(a, 'securite');
  });

  it('une question à une seule réponse', () => {
    const a = copie();
    a.noeuds['demarche-urgente'].reponses.pop();
    refuse(a, 'demarche-urgente');
  });

  it('une question sans réponses', () => {
    const a = copie();
    a.noeuds['materiel-seul'].reponses = [];
    refuse(a, 'materiel-seul');
  });

  it('deux réponses avec la même valeur', () => {
    const a = copie();
    a.noeuds.besoin.reponses[1].valeur = 'materiel';
    refuse(a, 'besoin', 'materiel');
  });

  it('une issue avec un service hors du standard (le message le cite)', () => {
    const a = copie();
    a.noeuds['acces-materiel'].lieux = [{ services: ['Accès internet et matériel informatique', 'Wifi gratuit'] }];
    const erreurs = refuse(a, 'acces-materiel', 'Wifi gratuit');
    expect(erreurs.join(' '), 'le service du standard n’est pas cité comme fautif').to.not.match(/hors du standard[^.]*Accès internet/);
  });

  it('un service hors du standard dans « tousServices » aussi', () => {
    const a = copie();
    a.noeuds['materiel-mediation'].lieux = [{ tousServices: ['Accès internet et matériel informatique', 'Médiation'] }];
    refuse(a, 'materiel-mediation', 'Médiation');
  });

  it('un critère vide {} (il laisserait passer tous les lieux)', () => {
    const a = copie();
    a.noeuds.facilitation.lieux = [{ besoins: ['accompagnement'] }, {}];
    refuse(a, 'facilitation');
  });

  it('un critère « enPremier » vide {}', () => {
    const a = copie();
    a.noeuds.assistance.enPremier = [{}];
    refuse(a, 'assistance');
  });

  it('une issue sans aucun critère de lieux', () => {
    const a = copie();
    a.noeuds.emploi.lieux = [];
    refuse(a, 'emploi');
  });

  it('une « aide » inconnue', () => {
    const a = copie();
    a.noeuds.formation.aide = 'cours-particuliers';
    refuse(a, 'formation', 'aide');
  });

  it('un « besoin » inconnu', () => {
    const a = copie();
    a.noeuds.formation.besoin = 'loisirs';
    refuse(a, 'formation', 'besoin');
  });

  for (const telephone of ['appelez le standard', '', '12', '...', '   ', '+++']) {
    it(`un numéro de recours sans numéro : ${JSON.stringify(telephone)}`, () => {
      const a = copie();
      a.recours = { nom: 'Solidarité Numérique', telephone };
      refuse(a, 'recours');
    });
  }

  it('un recours sans nom', () => {
    const a = copie();
    a.recours = { telephone: '01 70 77 23 72' };
    refuse(a, 'recours');
  });

  it('un « depart » qui ne mène à aucun nœud', () => {
    const a = copie();
    a.depart = 'accueil';
    refuse(a, 'depart', 'accueil');
  });

  it('un « depart » absent', () => {
    const a = copie();
    delete a.depart;
    refuse(a, 'depart');
  });

  for (const version of [2, '1', 0, undefined]) {
    it(`une version ${JSON.stringify(version)} (seule la version 1 est comprise)`, () => {
      const a = copie();
      a.version = version;
      refuse(a, 'version');
    });
  }

  for (const [nom, x] of [
    ['null', null],
    ['un tableau', [ARBRE_PAR_DEFAUT]],
    ['un texte', JSON.stringify(ARBRE_PAR_DEFAUT)],
    ['un nombre', 1],
    ['undefined', undefined],
  ] as [string, unknown][]) {
    it(`pas un objet du tout : ${nom}`, () => {
      refuse(x);
    });
  }

  it('des « noeuds » qui ne sont pas un objet', () => {
    const a = copie();
    a.noeuds = Object.values(ARBRE_PAR_DEFAUT.noeuds);
    refuse(a, 'noeuds');
  });

  it('un nœud d’un type inconnu', () => {
    const a = copie();
    a.noeuds.securite.type = 'lien';
    refuse(a, 'securite', 'type');
  });

  it('une marque inconnue sur une réponse', () => {
    const a = copie();
    a.noeuds['demarche-urgence'].reponses[0].marquer = ['prioritaire'];
    refuse(a, 'demarche-urgence', 'marquer');
  });

  it('une question sans texte', () => {
    const a = copie();
    a.noeuds['demarche-urgence'].texte = { moi: 'Est-ce urgent ?', aidant: '' };
    refuse(a, 'demarche-urgence', 'texte');
  });

  it('plusieurs fautes : chacune est signalée, pas seulement la première', () => {
    const a = copie();
    a.noeuds.formation.aide = 'cours-particuliers';
    a.noeuds['acces-materiel'].lieux = [{ services: ['Wifi gratuit'] }];
    const erreurs = refuse(a);
    expect(erreurs.some((e) => e.includes('formation'))).to.equal(true);
    expect(erreurs.some((e) => e.includes('acces-materiel') && e.includes('Wifi gratuit'))).to.equal(true);
  });

  it('l’arbre refusé n’est jamais modifié par la vérification', () => {
    const a = copie();
    a.noeuds['materiel-seul'].reponses[0].suite = 'nulle-part';
    const avant = JSON.stringify(a);
    refuse(a, 'materiel-seul', 'nulle-part');
    expect(JSON.stringify(a)).to.equal(avant);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. An operator's own tree
// ---------------------------------------------------------------------------------------------------------------

describe('orientation : l’arbre d’un opérateur', () => {
  it('une CAF met ses propres accueils en premier pour les dossiers CAF : l’arbre est valide', () => {
    const a = copie();
    a.noeuds.facilitation.enPremier = [{ typologies: ['CAF'] }];
    const r = validerArbre(a);
    expect(r.erreurs).to.deep.equal([]);
    expect(r.arbre).to.not.equal(undefined);
    const f = r.arbre!.noeuds.facilitation as NoeudIssue;
    expect(f.enPremier).to.deep.equal([{ typologies: ['CAF'] }]);
    // The walk is unchanged: a question on one's file still leads to facilitation.
    expect(parcourir(r.arbre!, { besoin: 'accompagnement', 'facilitation-francais': 'facile' }).issue?.id).to.equal('facilitation');
  });

  it('un opérateur peut donner son propre numéro, court ou écrit avec des points', () => {
    for (const telephone of ['3230', '09 69 32 52 52', '09.69.32.52.52', '+33 9 69 32 52 52']) {
      const a = copie();
      a.recours = { nom: 'CAF du Nord', telephone };
      const r = validerArbre(a);
      expect(r.erreurs, telephone).to.deep.equal([]);
      expect(r.arbre, telephone).to.not.equal(undefined);
    }
  });

  it('un numéro écrit avec des tirets est accepté, comme partout ailleurs dans le kit (règle des téléphones)', () => {
    // README / telephone.ts: « a French number written nationally (`03 20 46 38 50`, dots, dashes or spaces) ».
    const a = copie();
    a.recours = { nom: 'CAF du Nord', telephone: '09-69-32-52-52' };
    expect(validerArbre(a).erreurs).to.deep.equal([]);
  });

  it('un arbre plus court, avec des textes simples, est valide', () => {
    const a = {
      version: 1,
      depart: 'q',
      noeuds: {
        q: {
          type: 'question',
          texte: 'Est-ce pour votre dossier CAF ?',
          reponses: [
            { valeur: 'oui', texte: 'Oui', suite: 'dossier' },
            { valeur: 'non', texte: 'Non', suite: 'site' },
          ],
        },
        dossier: { type: 'issue', aide: 'facilitation', besoin: 'accompagnement', titre: 'Votre dossier', pourquoi: 'On regarde votre dossier avec vous.', lieux: [{ typologies: ['CAF'] }] },
        site: { type: 'issue', aide: 'aide-demarches', besoin: 'demarche', titre: 'Le site', pourquoi: 'On vous montre le site.', lieux: [{ besoins: ['demarche'] }] },
      },
    };
    const r = validerArbre(a);
    expect(r.erreurs).to.deep.equal([]);
    expect(parcourir(r.arbre!, { q: 'oui' }).issue?.id).to.equal('dossier');
    expect(parcourir(r.arbre!, { q: 'non' }).issue?.id).to.equal('site');
  });
});

describe('Orientation: what the diagnosis already knows is not asked again', () => {
  it('a débutant with an urgent CAF procedure who reads French with difficulty: need, urgency and French are answered', () => {
    const connu = reponsesConnues(ARBRE_PAR_DEFAUT, { besoin: 'demarche', urgence: true, francais: true });
    expect(connu).to.deep.equal({
      besoin: 'demarche',
      'demarche-urgence': 'oui',
      'formation-francais': 'difficile',
      'demarches-francais': 'difficile',
      'assistance-francais': 'difficile',
      'facilitation-francais': 'difficile',
    });
    // Only « can you do it if shown? » is left to ask.
    const p = parcourir(ARBRE_PAR_DEFAUT, connu);
    expect(p.question?.id).to.equal('demarche-urgente');
    expect(p.chemin).to.deep.equal(['besoin', 'demarche-urgence']);
    const fin = parcourir(ARBRE_PAR_DEFAUT, { ...connu, 'demarche-urgente': 'non' });
    expect(fin.issue?.id).to.equal('assistance');
    expect(fin.marques.sort()).to.deep.equal(['francais', 'urgence']);
  });

  it('nothing known, nothing answered; a need the tree does not offer is left to the person', () => {
    expect(reponsesConnues(ARBRE_PAR_DEFAUT, {})).to.deep.equal({});
    expect(reponsesConnues(ARBRE_PAR_DEFAUT, { besoin: 'inconnu' })).to.deep.equal({});
    expect(reponsesConnues(ARBRE_PAR_DEFAUT, { urgence: false, francais: false })).to.deep.include({
      'demarche-urgence': 'non',
      'formation-francais': 'facile',
    });
  });

  it('a tree with an unknown « sujet » is refused, naming the node', () => {
    const arbre = structuredClone(ARBRE_PAR_DEFAUT) as unknown as { noeuds: Record<string, Record<string, unknown>> };
    arbre.noeuds['demarche-urgence']!.sujet = 'age';
    const r = validerArbre(arbre);
    expect(r.arbre).to.equal(undefined);
    expect(r.erreurs.join('\n')).to.include('Nœud « demarche-urgence » : « sujet »');
  });
});

describe('traduireArbre: the words of another language over the default tree', () => {
  const mots = {
    besoin: {
      texte: { moi: 'What do you need?', aidant: 'What does the person need?' },
      reponses: { demarche: 'Do a procedure online' },
    },
    'demarche-urgence': { aide: 'Soon, or rights at stake.', reponses: { oui: 'Yes', non: 'No' } },
    assistance: { titre: 'Do the procedure with someone', pourquoi: { moi: 'It cannot wait.', aidant: 'It cannot wait for them.' } },
    'noeud-inconnu': { titre: 'Ignored' },
  };
  const traduit = traduireArbre(ARBRE_PAR_DEFAUT, mots);

  it('replaces the texts given, by node id and by answer value, in both voices', () => {
    const q = question(traduit, 'besoin');
    expect(texteVoix(q.texte, 'moi')).to.equal('What do you need?');
    expect(texteVoix(q.texte, 'aidant')).to.equal('What does the person need?');
    expect(texteVoix(q.reponses.find((r) => r.valeur === 'demarche')!.texte, 'moi')).to.equal('Do a procedure online');
    const u = question(traduit, 'demarche-urgence');
    expect(u.aide).to.equal('Soon, or rights at stake.');
    expect(u.reponses.map((r) => r.texte)).to.deep.equal(['Yes', 'No']);
    const a = traduit.noeuds.assistance as NoeudIssue;
    expect(a.titre).to.equal('Do the procedure with someone');
    expect(texteVoix(a.pourquoi, 'aidant')).to.equal('It cannot wait for them.');
  });

  it('leaves what it does not cover as written, adds no node, and keeps ids, values, links, marks and criteria', () => {
    const q = question(traduit, 'besoin');
    const original = question(ARBRE_PAR_DEFAUT, 'besoin');
    expect(q.reponses.find((r) => r.valeur === 'materiel')!.texte).to.equal(original.reponses.find((r) => r.valeur === 'materiel')!.texte);
    expect(Object.keys(traduit.noeuds)).to.deep.equal(Object.keys(ARBRE_PAR_DEFAUT.noeuds));
    expect(traduit.noeuds.formation).to.equal(ARBRE_PAR_DEFAUT.noeuds.formation);
    // A question without help text gets none.
    expect('aide' in question(traduit, 'demarche-urgente')).to.equal(false);
    const sansTextes = (a: ArbreOrientation) =>
      JSON.stringify(a, (k, v: unknown) => (['texte', 'aide', 'titre', 'pourquoi'].includes(k) ? undefined : v));
    expect(sansTextes(traduit)).to.equal(sansTextes(ARBRE_PAR_DEFAUT));
    // The same answers lead to the same outcome, with the same marks.
    const r = { besoin: 'demarche', 'demarche-urgence': 'oui', 'demarche-urgente': 'non', 'assistance-francais': 'difficile' };
    const p = parcourir(traduit, r);
    expect(p.issue?.id).to.equal('assistance');
    expect(p.marques).to.deep.equal(parcourir(ARBRE_PAR_DEFAUT, r).marques);
    expect(p.issue!.noeud.titre).to.equal('Do the procedure with someone');
  });

  it('does not touch the tree it is given', () => {
    const avant = JSON.stringify(ARBRE_PAR_DEFAUT);
    traduireArbre(ARBRE_PAR_DEFAUT, mots);
    expect(JSON.stringify(ARBRE_PAR_DEFAUT)).to.equal(avant);
  });
});
