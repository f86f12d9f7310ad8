import type { Locale } from '../locale.js';

const ACCORD: Record<string, (n: number) => string> = {
  one: () => 'Найближче місце',
  few: (n) => `${n} найближчі місця`,
  many: (n) => `${n} найближчих місць`,
  other: (n) => `${n} найближчого місця`,
};

export const bandeauProches: Locale['bandeauProches'] = {
  trouves: (n: number, commune: string) => `${(ACCORD[new Intl.PluralRules('uk').select(n)] ?? ACCORD.many!)(n)} до ${commune}:`,
  aucun: (commune: string) => `Поруч із ${commune} немає відомих місць, де допомагають з онлайн-процедурами.`,
  introuvable: (s: string) => `Ми не знаходимо «${s}». Перевірте поштовий індекс або напишіть назву населеного пункту.`,
  erreur: 'Не вдалося завантажити список місць. Перевірте з’єднання з інтернетом і спробуйте ще раз.',
  reessayer: 'Спробувати ще раз',
  distance: (km: number) => `за ${new Intl.NumberFormat('uk-UA', { maximumFractionDigits: 1 }).format(km)} км`,
  appeler: (tel: string) => `Зателефонувати: ${tel}`,
  toutes: 'Показати всі адреси',
};
