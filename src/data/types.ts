/**
 * Types of the shared directory (« annuaire ») that every element of the kit reads.
 *
 * A directory is `{ version: 1, territoire, lieux, ateliers }`. `lieux` are records of the national standard
 * « lieux de médiation numérique » v1, with multi-valued fields as arrays. `ateliers` are our own model of
 * workshops (OpenAgenda's timings/registration/status + La Coop's level and themes + what orientation needs).
 */
import type {
  DispositifProgrammeNational,
  FormationLabel,
  Frais,
  Itinerance,
  ModaliteAcces,
  ModaliteAccompagnement,
  PriseEnChargeSpecifique,
  PublicSpecifiquementAdresse,
  Service,
} from './standard.js';

/** A place, as the standard v1 describes it, normalised (arrays for multi-valued fields). */
export interface Lieu {
  id: string;
  /** SIRET (14), RNA (W + 9) or RIDET: `^[a-zA-Z0-9]{9,14}$`. */
  pivot?: string;
  nom: string;
  commune: string;
  /** Five digits. */
  code_postal: string;
  code_insee?: string;
  /** Street part of the address. */
  adresse: string;
  complement_adresse?: string;
  /** WGS84; both or neither. */
  latitude?: number;
  longitude?: number;
  /** data·inclusion typology codes (`CS`, `BIB`, `RFS`…). */
  typologie?: string[];
  /** Normalised by the phone policy: `+33320463850`, or a short number such as `3646`. */
  telephone?: string;
  courriels?: string[];
  site_web?: string[];
  /** OpenStreetMap `opening_hours` string, kept exactly as written. */
  horaires?: string;
  presentation_resume?: string;
  presentation_detail?: string;
  source?: string;
  itinerance?: Itinerance[];
  structure_parente?: string;
  /** ISO date `YYYY-MM-DD`. */
  date_maj?: string;
  services?: Service[];
  publics_specifiquement_adresses?: PublicSpecifiquementAdresse[];
  prise_en_charge_specifique?: PriseEnChargeSpecifique[];
  frais_a_charge?: Frais[];
  dispositif_programmes_nationaux?: DispositifProgrammeNational[];
  formations_labels?: FormationLabel[];
  autres_formations_labels?: string[];
  modalites_acces?: ModaliteAcces[];
  modalites_accompagnement?: ModaliteAccompagnement[];
  fiche_acces_libre?: string;
  prise_rdv?: string;
  /** Values the standard does not know, kept aside by field name so that nothing is lost. */
  valeurs_inconnues?: Record<string, string[]>;
}

/** Level of a workshop (La Coop's scale). */
export type NiveauAtelier = 'debutant' | 'intermediaire' | 'avance';

/** The five autonomy levels of the field (Grand-Nancy working groups), lowest first. */
export type NiveauAutonomie = 'eloigne' | 'debutant' | 'intermediaire' | 'avance' | 'autonome';

/** OpenAgenda's statuses that matter to a person: on, full, cancelled, postponed. */
export type StatutAtelier = 'programme' | 'complet' | 'annule' | 'reporte';

/** OpenAgenda's attendance mode. */
export type ModaliteAtelier = 'sur_place' | 'a_distance' | 'mixte';

export type FormatAtelier = 'collectif' | 'individuel';

export type FraisAtelier = 'gratuit' | 'pass_numerique' | 'payant';

export type JourSemaine = 'lundi' | 'mardi' | 'mercredi' | 'jeudi' | 'vendredi' | 'samedi' | 'dimanche';

/** A dated session, in the local time of the place: `YYYY-MM-DDTHH:MM`. */
export interface Seance {
  debut: string;
  fin: string;
  /** Overrides the workshop's status for this session only. */
  statut?: StatutAtelier;
  places_restantes?: number;
}

/**
 * A recurring schedule, so that « chaque mardi 14 h–16 h » or « le 1er samedi du mois » never goes stale.
 * It always has an end (`au`): a recurrence without end is reported and not shown.
 */
export interface Recurrence {
  frequence: 'hebdomadaire' | 'mensuelle';
  /** Days of the week on which sessions happen. */
  jours: JourSemaine[];
  /** Every N weeks (hebdomadaire) or N months (mensuelle). Default 1. */
  intervalle?: number;
  /** For `mensuelle`: which occurrence of the day in the month, 1 to 5, or -1 for the last one. */
  rangs?: number[];
  /** Local time `HH:MM`. */
  heure_debut: string;
  heure_fin: string;
  /** First and last possible dates, `YYYY-MM-DD`, both included. */
  du: string;
  au: string;
  /** Dates without a session (school holidays, public holidays), `YYYY-MM-DD`. */
  sauf?: string[];
}

export interface Inscription {
  /** Registration is required before coming. */
  obligatoire?: boolean;
  lien?: string;
  telephone?: string;
  courriel?: string;
  /** Free text: « Inscription à l'accueil du centre social ». */
  consignes?: string;
}

/** A workshop (atelier), one-off or recurring, held at a lieu of the directory or online. */
export interface Atelier {
  id: string;
  titre: string;
  description?: string;
  /** The `id` of the lieu where it happens. Required unless `modalite` is `a_distance`. */
  lieu_id?: string;
  /** La Coop thématiques (slugs such as `email`, `prendre_en_main_du_materiel`). */
  thematiques: string[];
  /** Absent: open to every level. */
  niveau?: NiveauAtelier;
  /** Lowest autonomy level a person needs to follow it. Derived from `niveau` when absent. */
  niveau_requis?: NiveauAutonomie;
  /** Publics the workshop is made for; absent or empty means everyone. */
  publics?: PublicSpecifiquementAdresse[];
  prise_en_charge_specifique?: PriseEnChargeSpecifique[];
  format: FormatAtelier;
  modalite: ModaliteAtelier;
  /** Link to join online (`a_distance`, `mixte`). */
  lien_visio?: string;
  frais: FraisAtelier[];
  /** Free text for `payant`: « 2 € la séance ». */
  tarif?: string;
  capacite?: number;
  places_restantes?: number;
  statut: StatutAtelier;
  inscription?: Inscription;
  animateur?: string;
  /** Part of a series: « À portée de clics », 8 sessions. */
  serie?: { titre?: string; nombre_seances?: number };
  seances?: Seance[];
  recurrence?: Recurrence;
  date_maj?: string;
  valeurs_inconnues?: Record<string, string[]>;
}

export interface Territoire {
  nom: string;
  codes_insee?: string[];
  codes_postaux?: string[];
  departements?: string[];
  centre?: { latitude: number; longitude: number };
  zoom?: number;
  /** IANA time zone of the territory; derived from postal codes when absent (Europe/Paris, overseas zones). */
  fuseau_horaire?: string;
  /** Where to send « Signaler une erreur ». */
  contact_signalement?: string;
  source?: string;
  date_maj?: string;
}

/** The directory file. */
export interface Annuaire {
  version: 1;
  territoire?: Territoire;
  lieux: Lieu[];
  ateliers: Atelier[];
}

export type RecordKind = 'lieu' | 'atelier';

/** Why a record or a value was not taken as is. Codes are stable; the words live in the messages. */
export type IssueCode =
  | 'not_an_object'
  | 'required'
  | 'invalid_postal_code'
  | 'invalid_insee_code'
  | 'invalid_pivot'
  | 'invalid_coordinates'
  | 'coordinates_incomplete'
  | 'coordinates_zero'
  | 'no_coordinates'
  | 'invalid_phone'
  | 'invalid_email'
  | 'invalid_url'
  | 'unsafe_url'
  | 'invalid_date'
  | 'unknown_value'
  | 'duplicate_id'
  | 'too_long'
  | 'unreadable_hours'
  | 'v0_mapped'
  | 'unknown_lieu'
  | 'invalid_time'
  | 'ends_before_start'
  | 'no_schedule'
  | 'recurrence_without_end'
  | 'invalid_number'
  | 'unknown_field';

export interface Issue {
  code: IssueCode;
  /** Field name (standard's name) or path (`recurrence.au`). */
  champ?: string;
  /** The value as received, truncated, for the report. Always shown as text. */
  valeur?: string;
}

/** A record that could not be kept, and why. */
export interface Rejet {
  type: RecordKind;
  /** Position in the input (0-based), or CSV line number (1-based, header = 1) when from CSV. */
  index: number;
  ligne?: number;
  id?: string;
  nom?: string;
  raisons: Issue[];
}

/** A record that was kept, with something dropped, mapped or set aside. */
export interface Avertissement extends Issue {
  type: RecordKind;
  index: number;
  ligne?: number;
  id?: string;
}

export interface Rapport {
  /** What the input looked like: directory JSON, bare array of records, CSV. */
  format: 'annuaire' | 'tableau' | 'csv';
  /** Number of records read, per kind. */
  lus: { lieux: number; ateliers: number };
  gardes: { lieux: number; ateliers: number };
  /** Records in v0 of the standard that were mapped to v1. */
  v0: number;
  rejets: Rejet[];
  avertissements: Avertissement[];
}

export interface ResultatChargement {
  annuaire: Annuaire;
  rapport: Rapport;
}
