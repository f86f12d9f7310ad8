// Every other language has exactly the keys of the French tables: a missing key would show nothing (or French),
// an extra one is a typo the element never reads. Also: no text left in French (a copy not translated), and the
// national standard's values and the default orientation tree are covered whole.
import { expect } from '@open-wc/testing';
import { ARBRE_PAR_DEFAUT } from '../../src/data/arbre-orientation.js';
import {
  DISPOSITIF_PROGRAMMES_NATIONAUX,
  FORMATIONS_LABELS,
  FRAIS_A_CHARGE,
  ITINERANCE,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PRISE_EN_CHARGE_SPECIFIQUE,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
} from '../../src/data/standard.js';
import { THEMATIQUES } from '../../src/data/thematiques.js';
import { agendaFr } from '../../src/i18n/agenda.fr.js';
import { fluxFr } from '../../src/i18n/agenda-flux.fr.js';
import { agendaVuesFr } from '../../src/i18n/agenda-vues.fr.js';
import ar from '../../src/i18n/ar.js';
import { bandeauFormFr, bandeauFr } from '../../src/i18n/bandeau.fr.js';
import { bandeauProchesFr } from '../../src/i18n/bandeau-proches.fr.js';
import { carteFr } from '../../src/i18n/carte.fr.js';
import { diagFr } from '../../src/i18n/diag.fr.js';
import en from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { horairesFr } from '../../src/i18n/horaires.fr.js';
import type { Locale } from '../../src/i18n/locale.js';
import { maplibreFr } from '../../src/i18n/maplibre.fr.js';
import { orientationFr } from '../../src/i18n/orientation.fr.js';
import { typologiesFr } from '../../src/i18n/typologies.fr.js';
import uk from '../../src/i18n/uk.js';
import { ecarts, nonTraduits } from './cles.js';

/** French, in the shape of a language file (the standard and the tree are the data themselves). */
const FR: Omit<Locale, 'nom' | 'dir' | 'intl' | 'standard' | 'arbre'> = {
  commun: fr,
  horaires: horairesFr,
  typologies: typologiesFr,
  maplibre: maplibreFr,
  diag: diagFr,
  orientation: orientationFr,
  carte: carteFr,
  agenda: agendaFr,
  agendaVues: agendaVuesFr,
  agendaFlux: fluxFr,
  bandeau: bandeauFr,
  bandeauForm: bandeauFormFr,
  bandeauProches: bandeauProchesFr,
};

const VALEURS_STANDARD = [
  ...SERVICES,
  ...PUBLICS_SPECIFIQUEMENT_ADRESSES,
  ...PRISE_EN_CHARGE_SPECIFIQUE,
  ...FRAIS_A_CHARGE,
  ...ITINERANCE,
  ...DISPOSITIF_PROGRAMMES_NATIONAUX,
  ...FORMATIONS_LABELS,
  ...MODALITES_ACCES,
  ...MODALITES_ACCOMPAGNEMENT,
  ...THEMATIQUES,
];

/** The words of the default tree, in the shape of `Locale['arbre']`. */
function motsArbre(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, n] of Object.entries(ARBRE_PAR_DEFAUT.noeuds)) {
    out[id] =
      n.type === 'question'
        ? { texte: n.texte, ...(n.aide ? { aide: n.aide } : {}), reponses: Object.fromEntries(n.reponses.map((r) => [r.valeur, r.texte])) }
        : { titre: n.titre, pourquoi: n.pourquoi };
  }
  return out;
}

for (const [code, locale] of Object.entries({ en, ar, uk })) {
  describe(`Langue ${code} : mêmes clés que le français`, () => {
    for (const [table, francais] of Object.entries(FR)) {
      it(`${table} : aucune clé absente ni en trop`, () => {
        expect(ecarts(francais, locale[table as keyof typeof FR], table)).to.deep.equal([]);
      });
      it(`${table} : aucun texte laissé en français`, () => {
        expect(nonTraduits(francais, locale[table as keyof typeof FR], table)).to.deep.equal([]);
      });
    }

    it('standard : chaque valeur du standard national et chaque thématique d’atelier', () => {
      const attendu = Object.fromEntries(VALEURS_STANDARD.map((v) => [v, v]));
      expect(ecarts(attendu, locale.standard, 'standard')).to.deep.equal([]);
    });

    it('arbre : chaque nœud de l’arbre d’orientation par défaut, ses textes et ses réponses', () => {
      expect(ecarts(motsArbre(), locale.arbre, 'arbre')).to.deep.equal([]);
      expect(nonTraduits(motsArbre(), locale.arbre, 'arbre')).to.deep.equal([]);
    });

    it('nom, sens d’écriture et format Intl', () => {
      expect(locale.dir).to.equal(code === 'ar' ? 'rtl' : 'ltr');
      expect(new Intl.Locale(locale.intl).language).to.equal(code);
      expect(locale.nom).to.match(/\S/);
    });
  });
}

describe('Le test des clés sait échouer', () => {
  it('signale une clé absente, une clé en trop, une fonction devenue texte, un texte copié du français', () => {
    const francais = { a: 'Bonjour à tous', b: { c: (n: number) => `${n} lieux` }, d: ['lundi', 'mardi'] };
    const traduit = { a: 'Bonjour à tous', b: { c: 'places', e: 'x' }, d: ['Monday'] };
    expect(ecarts(francais, traduit, 't')).to.deep.equal([
      't.b.c : fonction attendue, string trouvé',
      't.b.e : clé en trop',
      't.d : 2 éléments attendus, 1 trouvés',
    ]);
    expect(ecarts(francais, { b: { c: () => '' }, d: ['Monday', 'Tuesday'] }, 't')).to.deep.equal(['t.a : clé absente']);
    expect(ecarts(francais, { a: ' ', b: { c: () => '' }, d: ['Monday', 'Tuesday'] }, 't')).to.deep.equal(['t.a : texte vide']);
    expect(nonTraduits(francais, traduit, 't')).to.deep.equal(['t.a : « Bonjour à tous »']);
  });
});
