/** `<agenda-ateliers>` in Ukrainian (same keys as src/i18n/agenda.fr.ts). */
import type { MessagesAgenda } from '../agenda.fr.js';

const regles = new Intl.PluralRules('uk');
/** « 1 заняття », « 3 заняття », « 5 занять ». */
export const compter = (n: number, f: { one: string; few: string; many: string }) => {
  const r = regles.select(n);
  return `${n} ${r === 'one' ? f.one : r === 'few' ? f.few : f.many}`;
};
const zanyattya = (n: number) => compter(n, { one: 'заняття', few: 'заняття', many: 'занять' });

export const agenda: MessagesAgenda = {
  titre: 'Розклад занять з цифрових навичок',
  intro: 'Заняття, щоб навчитися користуватися комп’ютером, телефоном та інтернетом, поруч із вами. Більшість із них безкоштовні.',
  recherche: {
    libelle: 'Знайти заняття',
    aide: 'Одне чи кілька слів: смартфон, CAF, електронна пошта, шахрайство…',
  },
  vues: { legende: 'Показати', liste: 'Список', semaine: 'Тиждень', carte: 'Мапа' },
  filtres: {
    ouvrir: 'Фільтри',
    actifs: (n: number) => `Фільтри (вибрано: ${n})`,
    effacer: 'Скинути фільтри',
  },
  niveau: {
    case: (n: string) => `Відповідає моєму рівню (${n})`,
    aide: 'За результатами короткого тесту з цифрових навичок: заняття вашого рівня показано першими.',
    sections: {
      adaptes: 'Для вашого рівня або для всіх',
      faciles: 'Простіші за ваш рівень',
      avances: 'Потребують більше впевненості',
    },
    noms: {
      eloigne: 'перші кроки',
      debutant: 'початківець',
      intermediaire: 'середній',
      avance: 'впевнений',
      autonome: 'самостійний',
    },
    adequation: {
      'a-votre-niveau': 'Для вашого рівня',
      'ouvert-a-tous': 'Для всіх рівнів',
      'plus-facile': 'Простіше за ваш рівень: щоб повторити основи',
      'plus-avance': 'Потребує більше впевненості, ніж ваш рівень: краще почніть із заняття для початківців',
    },
  },
  compte: (n: number) => (n === 0 ? 'Жодне заняття не підходить.' : zanyattya(n)),
  plus: (n: number, reste: number) => `Показати ще ${zanyattya(n)} (з ${reste})`,
  chargement: 'Завантаження…',
  jours: { aujourdhui: 'Сьогодні', demain: 'Завтра' },
  aucun: 'Жодне заняття не відповідає вашому пошуку.',
  aucunConseil: 'Спробуйте менше фільтрів, інший період або сусідню громаду.',
  aucunAtelier: 'У цьому довіднику поки немає занять.',
  rejets: (n: number) =>
    n === 1
      ? '1 заняття у файлі заповнено неправильно: його не показано.'
      : `${zanyattya(n)} у файлі заповнено неправильно: їх не показано.`,
  rejetsDetail: 'Чому?',
  seance: {
    quand: (jour: string, debut: string, fin: string) => `${jour}, з ${debut} до ${fin}`,
    enLigne: 'Онлайн',
    distance: (km: string) => `за ${km} км`,
    niveaux: {
      debutant: 'Рівень: початківці',
      intermediaire: 'Рівень: середній',
      avance: 'Рівень: просунутий',
    },
    tousNiveaux: 'Усі рівні',
    formats: { collectif: 'У групі', individuel: 'Індивідуально' },
    modalites: {
      sur_place: 'На місці',
      a_distance: 'Дистанційно',
      mixte: 'На місці або дистанційно',
    },
    frais: {
      gratuit: 'Безкоштовно',
      pass_numerique: 'Приймається Pass numérique',
      payant: 'Платно',
    },
    tarif: (t: string) => `Платно: ${t}`,
    statuts: {
      programme: '',
      complet: 'Місць немає',
      annule: 'Скасовано',
      reporte: 'Перенесено',
    },
    places: (n: number) =>
      n === 0 ? 'Місць немає' : `Залишилося: ${compter(n, { one: 'місце', few: 'місця', many: 'місць' })}`,
    inscriptionObligatoire: 'Потрібна реєстрація',
    inscriptionLien: 'Зареєструватися онлайн',
    appeler: (tel: string) => `Зателефонувати: ${tel}`,
    ecrire: (mail: string) => `Написати: ${mail}`,
    visio: 'Посилання для участі онлайн',
    ics: 'Додати до мого календаря',
    icsNom: (titre: string) => `Додати до мого календаря: ${titre}`,
    details: 'Докладніше',
    detailsNom: (titre: string) => `Докладніше: ${titre}`,
    annuleAide: 'Це заняття не відбудеться.',
    reporteAide: 'Це заняття перенесено: дізнайтеся подробиці в цьому місці.',
  },
  details: {
    animateur: (n: string) => `Веде: ${n}`,
    serie: (titre: string | undefined, n: number | undefined) =>
      [titre ? `Частина курсу «${titre}»` : 'Частина курсу', n ? zanyattya(n) : ''].filter(Boolean).join(', ') + '.',
    publics: (p: string) => `Для кого: ${p}`,
    accessible: 'Місце доступне для візка',
  },
  export: {
    ics: (n: number) => `Завантажити розклад (${zanyattya(n)}, .ics)`,
    icsAide: 'Щоб додати його до календаря на телефоні чи комп’ютері.',
    affiche: 'Надрукувати афішу',
    imprimerListe: 'Надрукувати список',
  },
};
