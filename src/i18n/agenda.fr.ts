/**
 * Every French word `<agenda-ateliers>` shows: plain words for the person, the helper and the poster on the wall.
 * One table per element, as the others (issue 8 adds a file per language with the same shape).
 */
import type { Adequation } from '../data/agenda.js';
import type { FormatAtelier, FraisAtelier, ModaliteAtelier, NiveauAtelier, NiveauAutonomie, StatutAtelier } from '../data/types.js';
import { accord } from './fr.js';

export type Periode = 'tout' | 'cette-semaine' | 'semaine-prochaine' | 'jour';
export type VueAgenda = 'liste' | 'semaine' | 'carte';

export const agendaFr = {
  titre: 'Agenda des ateliers numériques',
  intro: 'Des ateliers pour apprendre à se servir du numérique, près de chez vous. La plupart sont gratuits.',
  recherche: {
    libelle: 'Rechercher un atelier',
    aide: 'Un ou plusieurs mots : smartphone, CAF, e-mail, arnaques…',
  },
  vues: {
    legende: 'Afficher',
    liste: 'Liste',
    semaine: 'Semaine',
    carte: 'Carte',
  } satisfies Record<VueAgenda | 'legende', string>,
  filtres: {
    ouvrir: 'Filtres',
    actifs: (n: number) => `Filtres (${n} choisi${n > 1 ? 's' : ''})`,
    effacer: 'Effacer les filtres',
  },
  niveau: {
    case: (n: string) => `Adapté à mon niveau (${n})`,
    aide: 'D’après le petit test sur le numérique : les ateliers à votre niveau passent en premier.',
    sections: {
      adaptes: 'À votre niveau ou ouverts à tous',
      faciles: 'Plus faciles que votre niveau',
      avances: 'Qui demandent plus d’aisance',
    },
    noms: {
      eloigne: 'premiers pas',
      debutant: 'débutant',
      intermediaire: 'intermédiaire',
      avance: 'à l’aise',
      autonome: 'autonome',
    } satisfies Record<NiveauAutonomie, string>,
    adequation: {
      'a-votre-niveau': 'À votre niveau',
      'ouvert-a-tous': 'Ouvert à tous les niveaux',
      'plus-facile': 'Plus facile que votre niveau : pour revoir les bases',
      'plus-avance': 'Demande plus d’aisance que votre niveau : commencez plutôt par un atelier pour débuter',
    } satisfies Record<Adequation, string>,
  },
  compte: (n: number) => (n === 0 ? 'Aucun atelier ne correspond.' : `${accord(n, 'séance', 'séances')} d’atelier`),
  plus: (n: number, reste: number) => `Voir ${n} séances de plus (sur ${reste})`,
  chargement: 'Chargement…',
  jours: { aujourdhui: 'Aujourd’hui', demain: 'Demain' },
  aucun: 'Aucun atelier ne correspond à votre recherche.',
  aucunConseil: 'Essayez avec moins de filtres, une autre période ou une commune voisine.',
  aucunAtelier: 'Cet annuaire ne contient aucun atelier pour l’instant.',
  rejets: (n: number) =>
    n === 1
      ? '1 atelier du fichier est mal renseigné : il n’est pas affiché.'
      : `${n} ateliers du fichier sont mal renseignés : ils ne sont pas affichés.`,
  rejetsDetail: 'Voir pourquoi',
  seance: {
    quand: (jour: string, debut: string, fin: string) => `${jour}, de ${debut} à ${fin}`,
    enLigne: 'En ligne',
    distance: (km: string) => `à ${km} km`,
    niveaux: {
      debutant: 'Niveau débutant',
      intermediaire: 'Niveau intermédiaire',
      avance: 'Niveau avancé',
    } satisfies Record<NiveauAtelier, string>,
    tousNiveaux: 'Tous niveaux',
    formats: { collectif: 'En groupe', individuel: 'Individuel' } satisfies Record<FormatAtelier, string>,
    modalites: {
      sur_place: 'Sur place',
      a_distance: 'À distance',
      mixte: 'Sur place ou à distance',
    } satisfies Record<ModaliteAtelier, string>,
    frais: {
      gratuit: 'Gratuit',
      pass_numerique: 'Pass numérique accepté',
      payant: 'Payant',
    } satisfies Record<FraisAtelier, string>,
    tarif: (t: string) => `Payant : ${t}`,
    statuts: {
      programme: '',
      complet: 'Complet',
      annule: 'Annulé',
      reporte: 'Reporté',
    } satisfies Record<StatutAtelier, string>,
    places: (n: number) => (n === 0 ? 'Complet' : n === 1 ? 'Il reste 1 place' : `Il reste ${n} places`),
    inscriptionObligatoire: 'Inscription obligatoire',
    inscriptionLien: 'S’inscrire en ligne',
    appeler: (tel: string) => `Appeler le ${tel}`,
    ecrire: (mail: string) => `Écrire à ${mail}`,
    visio: 'Lien pour participer en ligne',
    ics: 'Ajouter à mon agenda',
    icsNom: (titre: string) => `Ajouter à mon agenda : ${titre}`,
    details: 'Plus d’informations',
    detailsNom: (titre: string) => `Plus d’informations : ${titre}`,
    annuleAide: 'Cette séance n’aura pas lieu.',
    reporteAide: 'Cette séance est déplacée : renseignez-vous auprès du lieu.',
  },
  details: {
    animateur: (n: string) => `Animé par ${n}`,
    serie: (titre: string | undefined, n: number | undefined) =>
      [titre ? `Fait partie du parcours « ${titre} »` : 'Fait partie d’un parcours', n ? `${n} séances` : ''].filter(Boolean).join(', ') + '.',
    publics: (p: string) => `Pour : ${p}`,
    accessible: 'Lieu accessible en fauteuil roulant',
  },
  export: {
    ics: (n: number) => `Télécharger l’agenda (${accord(n, 'séance', 'séances')}, .ics)`,
    icsAide: 'Pour l’ajouter à un agenda de téléphone ou d’ordinateur.',
    affiche: 'Imprimer une affiche',
    imprimerListe: 'Imprimer la liste',
  },
};

export type MessagesAgenda = typeof agendaFr;
