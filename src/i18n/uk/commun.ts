/** The shared words (directory states, needs, the file check, `<annuaire-resume>`) in Ukrainian. */
import type { Messages } from '../fr.js';

/** Ukrainian counted nouns: one (1, 21…), few (2–4, 22…), many (0, 5–20…), other (fractions). */
type Formes = [one: string, few: string, many: string];
const regles = new Intl.PluralRules('uk');
const compte = (n: number, [one, few, many]: Formes) => {
  const r = regles.select(n);
  return `${n} ${r === 'one' ? one : r === 'many' ? many : few}`;
};

const LIEUX: Formes = ['місце', 'місця', 'місць'];
const ATELIERS: Formes = ['заняття', 'заняття', 'занять'];
const ZAPYSY: Formes = ['запис', 'записи', 'записів'];

export const commun: Messages = {
  ecouter: 'Прослухати',
  arreter: 'Зупинити читання',
  langue: 'Мова',
  etat: {
    chargement: 'Завантаження адрес…',
    erreurReseau: 'Не вдалося завантажити список місць. Перевірте з’єднання з інтернетом і спробуйте ще раз.',
    erreurHttp: (status) => `Не вдалося завантажити список місць (відповідь сервера: ${status}). Спробуйте ще раз трохи згодом.`,
    erreurFormat: 'Файл із місцями неможливо прочитати. Повідомте відповідальну особу сайту.',
    reessayer: 'Спробувати ще раз',
    vide: 'У цьому довіднику поки немає жодного місця.',
    sansSource: 'Довідник не вказано: додайте атрибут src або розмістіть елемент усередині <annuaire-inclusion>.',
  },
  besoins: {
    materiel: {
      titre: 'Скористатися комп’ютером або інтернетом',
      exemple: 'Комп’ютер, вайфай, принтер, недороге обладнання',
    },
    autonomie: {
      titre: 'Навчитися користуватися цифровими пристроями',
      exemple: 'Смартфон, електронна пошта, інтернет, захист від шахраїв',
    },
    demarche: {
      titre: 'Оформити щось онлайн',
      exemple: 'CAF, ameli, податки, France Travail, техпаспорт авто',
    },
    accompagnement: {
      titre: 'Отримати допомогу з вашою справою',
      exemple: 'Консультант розгляне вашу ситуацію з CAF, CPAM…',
    },
  },
  rapport: {
    codes: {
      not_an_object: () => 'запис не є об’єктом',
      required: (c) => `немає обов’язкового поля: ${c}`,
      invalid_postal_code: () => 'неправильний поштовий індекс (потрібно 5 цифр)',
      invalid_insee_code: () => 'неправильний код INSEE, відкладено',
      invalid_pivot: () => 'неправильний номер SIRET або RNA, відкладено',
      invalid_coordinates: () => 'координати поза межами, місце не показано на мапі',
      coordinates_incomplete: () => 'немає широти або довготи, місце не показано на мапі',
      coordinates_zero: () => 'координати (0, 0), місце не показано на мапі',
      no_coordinates: () => 'немає координат: місце є у списку, але не на мапі',
      invalid_phone: () => 'номер телефону не розпізнано, відкладено',
      invalid_email: () => 'адресу електронної пошти не розпізнано, відкладено',
      invalid_url: (c) => `посилання не розпізнано (${c}), відкладено`,
      unsafe_url: (c) => `посилання відхилено (${c}): приймаються лише посилання http і https`,
      invalid_date: (c) => `дату не розпізнано або вона неймовірна (${c})`,
      unknown_value: (c) => `значення немає в стандарті (${c}), відкладено`,
      duplicate_id: () => 'ідентифікатор повторюється: залишено лише перший запис',
      too_long: (c) => `текст довший, ніж дозволяє стандарт (${c}, 280 символів), залишено`,
      unreadable_hours: () => 'години роботи не зрозумілі, показано як написано',
      v0_mapped: (c) => `значення v0 без точного відповідника у v1 (${c}), замінено найближчим`,
      unknown_lieu: () => 'місця немає в довіднику',
      invalid_time: (c) => `час не розпізнано (${c})`,
      ends_before_start: (c) => `кінець раніше за початок (${c})`,
      no_schedule: () => 'немає придатної дати чи повторення',
      recurrence_without_end: () => 'повторення без дати завершення (recurrence.au): не показано',
      invalid_number: (c) => `неправильне число (${c})`,
      unknown_field: (c) => `поля немає в стандарті, відкладено: ${c}`,
    },
    avecValeur: (titre, valeur) => `${titre}: «${valeur}»`,
    separateur: '; ',
    lieu: 'місце',
    atelier: 'заняття',
    position: (index, ligne) => (ligne ? `рядок ${ligne}` : `№ ${index + 1}`),
    ligne: (type, position, qui, raisons) => `${type} ${position} (${qui}): ${raisons}`,
  },
  resume: {
    titre: 'Що містить довідник',
    territoire: (nom) => `Територія: ${nom}`,
    lieux: (n) => compte(n, LIEUX),
    ateliers: (n) => compte(n, ATELIERS),
    parBesoin: 'Місця за потребою',
    parType: 'Місця за типом установи',
    sansType: 'Тип не вказано',
    rapportTitre: 'Перевірка файлу',
    toutBon: 'Усі записи збережено.',
    lus: (lieux, ateliers) => `Прочитано: ${compte(lieux, LIEUX)} і ${compte(ateliers, ATELIERS)}.`,
    v0: (n) => `Записів у форматі v0 стандарту, перетворених на v1: ${n}.`,
    rejets: (n) => `Відхилено: ${compte(n, ZAPYSY)}`,
    avertissements: (n) => `Зауваження до збережених записів: ${n}`,
    sansNom: 'без назви',
    autres: (n) => `… і ще ${n} (команда «kit-inclusion valider» показує їх усі).`,
    nombre: 'Кількість',
    colonneBesoin: 'Потреба',
    colonneType: 'Тип установи',
  },
};
