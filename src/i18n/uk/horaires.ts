/** Opening hours in Ukrainian: « Відчинено · зачиняється о 17:00 ». Times through Intl, 24-hour clock. */
import type { MessagesHoraires } from '../horaires.fr.js';

const format = new Intl.DateTimeFormat('uk-UA', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
const MINUIT = '00:00';
/** « о 17:00 », « об 11:00 », « опівночі ». */
const o = (heure: string) => (heure === MINUIT ? 'опівночі' : `${heure.startsWith('11') ? 'об' : 'о'} ${heure}`);
/** A day after « в »: accusative (« в середу », « в наступну п’ятницю »), « у » before в. */
const jourAcc = (jour: string) => {
  const acc = jour.replace(/а(?=\s|$)/gu, 'у').replace(/я(?=\s|$)/gu, 'ю');
  return `${/^[ву]/u.test(acc) ? 'у' : 'в'} ${acc}`;
};

export const horaires: MessagesHoraires = {
  jours: ['понеділок', 'вівторок', 'середа', 'четвер', 'п’ятниця', 'субота', 'неділя'],
  jourProchain: (jour) => `${/[ая]$/u.test(jour) ? 'наступна' : 'наступний'} ${jour}`,
  heure: (h, m) => (h % 24 || m ? format.format(Date.UTC(2000, 0, 1, h, m)) : MINUIT),
  plage: (debut, fin) => `${debut} – ${fin}`,
  separateurPlages: ', ',
  journeeEntiere: 'цілодобово',
  ferme: 'Зачинено',
  ouvert24: 'Відчинено цілодобово',
  ouvertFermeA: (heure) => `Відчинено · зачиняється ${o(heure)}`,
  ouvertFermeCetteNuit: (heure) => `Відчинено · зачиняється сьогодні вночі ${o(heure)}`,
  ouvertFermeDemain: (heure) => `Відчинено · зачиняється завтра ${o(heure)}`,
  ouvertFermeJour: (jour, heure) => `Відчинено · зачиняється ${jourAcc(jour)} ${o(heure)}`,
  fermeOuvreAujourdhui: (heure) => `Зачинено · відчиняється ${o(heure)}`,
  fermeOuvreDemain: (heure) => `Зачинено · відчиняється завтра ${o(heure)}`,
  fermeOuvreJour: (jour, heure) => `Зачинено · відчиняється ${jourAcc(jour)} ${o(heure)}`,
  jamaisOuvert: 'Зачинено · години роботи не вказано',
  feriesFermes: 'Зачинено у святкові дні',
  nonCompris: (source) => `Години роботи, як їх вказано: ${source}`,
  nonRenseignes: 'Години роботи не вказано',
  raisons: {
    vide: 'Години роботи порожні',
    syntaxe: 'Запис не розпізнано',
    heure_invalide: 'Неправильний час',
    plage_incomplete: 'Неповний проміжок часу',
    plage_inversee: 'Час завершення раніше за час початку',
    non_pris_en_charge: 'Така форма годин роботи не підтримується',
  },
};
