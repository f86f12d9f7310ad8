/** The shared words (directory states, needs, the file check, `<annuaire-resume>`) in English. */
import type { Messages } from '../fr.js';

const compte = (n: number, un: string, plusieurs: string) => `${n} ${n === 1 ? un : plusieurs}`;

export const commun: Messages = {
  ecouter: 'Listen',
  arreter: 'Stop reading',
  langue: 'Language',
  etat: {
    chargement: 'Loading the addresses…',
    erreurReseau: 'The list of places could not be loaded. Check the internet connection, then try again.',
    erreurHttp: (status) => `The list of places could not be loaded (the server answered ${status}). Try again in a moment.`,
    erreurFormat: 'The file of places cannot be read. Tell the person in charge of this website.',
    reessayer: 'Try again',
    vide: 'This directory has no places yet.',
    sansSource: 'No directory is given: add the src attribute or put the element inside <annuaire-inclusion>.',
  },
  besoins: {
    materiel: {
      titre: 'Use a computer or the internet',
      exemple: 'Computer, wifi, printer, buy equipment at a low price',
    },
    autonomie: {
      titre: 'Learn to use digital tools',
      exemple: 'Smartphone, e-mail, internet, avoid scams',
    },
    demarche: {
      titre: 'Do a procedure online',
      exemple: 'CAF, ameli, taxes, France Travail, car registration',
    },
    accompagnement: {
      titre: 'Get help with your case',
      exemple: 'An adviser looks at your situation with the CAF, the CPAM…',
    },
  },
  rapport: {
    codes: {
      not_an_object: () => 'the record is not an object',
      required: (c) => `required field missing: ${c}`,
      invalid_postal_code: () => 'invalid postcode (5 digits expected)',
      invalid_insee_code: () => 'invalid INSEE code, set aside',
      invalid_pivot: () => 'invalid SIRET or RNA number, set aside',
      invalid_coordinates: () => 'coordinates out of range, the place is not shown on the map',
      coordinates_incomplete: () => 'latitude or longitude missing, the place is not shown on the map',
      coordinates_zero: () => 'coordinates (0, 0), the place is not shown on the map',
      no_coordinates: () => 'no coordinates: the place is in the list but not on the map',
      invalid_phone: () => 'phone number not recognised, set aside',
      invalid_email: () => 'e-mail address not recognised, set aside',
      invalid_url: (c) => `link not recognised (${c}), set aside`,
      unsafe_url: (c) => `link refused (${c}): only http and https links are accepted`,
      invalid_date: (c) => `date not recognised or unlikely (${c})`,
      unknown_value: (c) => `value not in the standard (${c}), set aside`,
      duplicate_id: () => 'duplicate identifier: only the first record is kept',
      too_long: (c) => `text longer than the standard allows (${c}, 280 characters), kept`,
      unreadable_hours: () => 'opening hours not understood, shown as written',
      v0_mapped: (c) => `v0 value with no exact match in v1 (${c}), converted to the closest one`,
      unknown_lieu: () => 'place not found in the directory',
      invalid_time: (c) => `time not recognised (${c})`,
      ends_before_start: (c) => `the end is before the start (${c})`,
      no_schedule: () => 'no usable date or repeat',
      recurrence_without_end: () => 'repeat with no end date (recurrence.au): not shown',
      invalid_number: (c) => `invalid number (${c})`,
      unknown_field: (c) => `field not in the standard, set aside: ${c}`,
    },
    avecValeur: (titre, valeur) => `${titre}: “${valeur}”`,
    separateur: '; ',
    lieu: 'place',
    atelier: 'workshop',
    position: (index, ligne) => (ligne ? `line ${ligne}` : `no. ${index + 1}`),
    ligne: (type, position, qui, raisons) => `${type} ${position} (${qui}): ${raisons}`,
  },
  resume: {
    titre: 'What the directory holds',
    territoire: (nom) => `Area: ${nom}`,
    lieux: (n) => compte(n, 'place', 'places'),
    ateliers: (n) => compte(n, 'workshop', 'workshops'),
    parBesoin: 'Places by need',
    parType: 'Places by type of organisation',
    sansType: 'Type not given',
    rapportTitre: 'File check',
    toutBon: 'All records were kept.',
    lus: (lieux, ateliers) => `Read: ${compte(lieux, 'place', 'places')} and ${compte(ateliers, 'workshop', 'workshops')}.`,
    v0: (n) =>
      n === 1
        ? '1 record in the v0 format of the standard was converted to v1.'
        : `${n} records in the v0 format of the standard were converted to v1.`,
    rejets: (n) => compte(n, 'record refused', 'records refused'),
    avertissements: (n) => `${compte(n, 'remark', 'remarks')} on records kept`,
    sansNom: 'no name',
    autres: (n) => `… and ${n} more (the command line “kit-inclusion valider” lists them all).`,
    nombre: 'Number',
    colonneBesoin: 'Need',
    colonneType: 'Type of organisation',
  },
};
