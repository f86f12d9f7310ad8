/** `<orientation-flow>` in Ukrainian (same keys as src/i18n/orientation.fr.ts). Two voices: the person and a helper. */
import type { Raison } from '../../data/propositions.js';
import type { MessagesOrientation } from '../orientation.fr.js';

type Voix = 'moi' | 'aidant';
const v = (voix: Voix, moi: string, aidant: string) => (voix === 'moi' ? moi : aidant);
const km = new Intl.NumberFormat('uk-UA', { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('uk-UA', { day: 'numeric', month: 'long', year: 'numeric' });
const dateSeance = new Intl.DateTimeFormat('uk-UA', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

export const orientation: MessagesOrientation = {
  titre: 'Знайти потрібну допомогу',
  intro: 'Кілька простих запитань, потім три місця поруч із вами. Якщо хочете, їх можна мати на папері.',
  pourQui: 'Хто відповідає?',
  pourMoi: 'Це для мене',
  pourAutre: 'Я допомагаю іншій людині',
  commencer: 'Почати',
  chargement: 'Завантаження запитань…',
  jeNeSaisPas: 'Я не знаю, що мені потрібно',
  jeNeSaisPasAide: 'Короткий тест на 5 хвилин допоможе це зрозуміти.',
  diagnosticRepris: 'Відповіді з короткого тесту враховано: їх не питатимуть знову.',
  etapes: ['Ваша потреба', 'Ваша ситуація', 'Де і коли'],
  etape: (i: number, nom: string) => `Крок ${i} з 3: ${nom}`,
  retour: 'Назад',
  recommencer: 'Почати знову',
  arbreInvalide: 'Надане дерево орієнтування недійсне:',
  arbreIllisible: (raison: string) => `Не вдалося прочитати дерево орієнтування (${raison}).`,
  ouQuand: {
    titre: (voix: Voix) => v(voix, 'Де і коли ви можете туди піти?', 'Де і коли людина може туди піти?'),
    ou: 'Де?',
    champ: 'Місто або поштовий індекс',
    champAide: 'Наприклад: Tourcoing або 59200',
    localiser: 'Визначити моє місце',
    position: 'Використовується ваше місцезнаходження (воно залишається в цьому браузері).',
    positionErreur: 'Не вдалося визначити місцезнаходження. Введіть місто або поштовий індекс.',
    introuvable: (s: string) => `Ми не знаходимо «${s}» у довіднику. Спробуйте поштовий індекс або сусіднє місто.`,
    distance: 'На якій відстані?',
    distances: [
      [2, 'Менше 2 км'],
      [5, 'Менше 5 км'],
      [10, 'Менше 10 км'],
      [20, 'Менше 20 км'],
      [0, 'Неважливо'],
    ] as [number, string][],
    quand: (voix: Voix) => v(voix, 'Коли ви вільні?', 'Коли людина вільна?'),
    quandAide: 'Нічого не позначайте, якщо це неважливо.',
    jours: ['Понеділок', 'Вівторок', 'Середа', 'Четвер', 'Пʼятниця', 'Субота'],
    moment: 'Краще',
    moments: { journee: 'Увесь день', matin: 'Зранку', 'apres-midi': 'Після обіду' },
    besoins: 'Особливі потреби',
    priseEnCharge: {
      Surdité: 'Люди з порушенням слуху',
      'Handicaps moteurs': 'Порушення рухливості (крісло колісне…)',
      'Handicaps mentaux': 'Інтелектуальна інвалідність',
      Illettrisme: 'Труднощі з читанням і письмом',
      'Langues étrangères (anglais)': 'Говорять англійською',
      'Langues étrangères (autres)': 'Говорять іншою мовою',
      'Déficience visuelle': 'Незрячі люди або люди з поганим зором',
    },
    gratuit: 'Лише безкоштовні місця',
    voir: 'Показати місця',
  },
  resultat: {
    urgence: (voix: Voix) =>
      v(
        voix,
        'Справа термінова: зателефонуйте, перш ніж іти. Ці місця можуть швидко вас прийняти.',
        'Справа термінова: зателефонуйте, перш ніж іти. Ці місця можуть швидко прийняти людину.',
      ),
    francais: (voix: Voix) =>
      v(
        voix,
        'Курси французької мови або допомога перекладача теж вам допоможуть: запитайте про це в цих місцях.',
        'Курси французької мови або допомога перекладача теж допоможуть людині: запитайте про це в цих місцях.',
      ),
    lieuxTitre: 'Місця, які підходять',
    raison: (r: Raison, d: number | undefined, voix: Voix): string =>
      ({
        besoin: 'Надає цю допомогу',
        'en-premier': 'Найкраще для цієї допомоги',
        ouvert: v(voix, 'Відчинено, коли ви вільні', 'Відчинено, коли людина вільна'),
        distance: d === undefined ? 'Поруч' : `За ${km.format(d)} км`,
        gratuit: 'Безкоштовно',
        accessible: 'Є опис доступності',
        langues: 'Прийом іншими мовами',
        'prise-en-charge': v(voix, 'Прийом відповідно до ваших потреб', 'Прийом відповідно до потреб людини'),
      })[r],
    aucun: 'Жодне місце в довіднику не відповідає всім цим умовам.',
    repliFs: (voix: Voix) =>
      v(
        voix,
        'Найближчий France Services може вам допомогти або підказати, куди звернутися:',
        'Найближчий France Services може допомогти людині або підказати, куди звернутися:',
      ),
    repliTel: (nom: string) => `Або зателефонуйте в ${nom} (безкоштовно):`,
    appeler: (n: string) => `Зателефонувати ${n}`,
    horairesInconnus: 'Години роботи не вказано: зателефонуйте, перш ніж іти.',
    ateliersTitre: 'Найближчі заняття в цих місцях',
    seance: (date: string, heure: string) => `${dateSeance.format(new Date(`${date}T12:00:00Z`))}, ${heure}`,
    voirCarte: 'Усі місця на карті',
    voirAgenda: 'Розклад занять',
    ficheTitre: 'Аркуш направлення',
    ficheAide: (voix: Voix) =>
      v(
        voix,
        'Щоб надрукувати або надіслати: збережіть його або покажіть на місці.',
        'Щоб надрукувати або надіслати: людина зберігає його або показує на місці.',
      ),
    note: (voix: Voix) => v(voix, 'Примітка до аркуша (необовʼязково)', 'Примітка для людини (необовʼязково)'),
    noteAide: 'Ця примітка ніде не зберігається: вона є лише на аркуші.',
    imprimer: 'Надрукувати аркуш',
    imprimerDeuxLangues: 'Надрукувати українською та французькою',
    sms: 'Надіслати повідомленням',
    courriel: 'Надіслати електронною поштою',
    sujet: 'Ваш аркуш направлення',
  },
  fiche: {
    titre: 'Аркуш направлення',
    besoin: 'Ваша потреба',
    aide: 'Потрібна допомога',
    lieux: 'Куди звернутися',
    ateliers: 'Заняття',
    note: 'Примітка',
    date: (d: Date) => `Аркуш складено ${dateFormat.format(d)}.`,
    retrouver: 'Щоб знайти ці місця:',
    tel: (n: string) => `Тел. ${n}`,
  },
};
