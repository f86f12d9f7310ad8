import type { Locale } from '../locale.js';

const ACCORD: Record<string, (n: number) => string> = {
  one: () => 'أقرب مكان',
  two: () => 'أقرب مكانين',
  few: (n) => `أقرب ${n} أماكن`,
  many: (n) => `أقرب ${n} مكانًا`,
  other: (n) => `أقرب ${n} مكان`,
};

export const bandeauProches: Locale['bandeauProches'] = {
  trouves: (n: number, commune: string) => `${(ACCORD[new Intl.PluralRules('ar').select(n)] ?? ACCORD.other!)(n)} إلى ${commune}:`,
  aucun: (commune: string) => `لا نعرف أي مكان يساعد في الإجراءات قرب ${commune}.`,
  introuvable: (s: string) => `لم نجد «${s}». تحقق من الرمز البريدي أو اكتب اسم البلدية.`,
  erreur: 'تعذر تحميل قائمة الأماكن. تحقق من الاتصال بالإنترنت، ثم حاول مرة أخرى.',
  reessayer: 'حاول مرة أخرى',
  distance: (km: number) => `على بعد ${new Intl.NumberFormat('ar-u-nu-latn', { maximumFractionDigits: 1 }).format(km)} كم`,
  appeler: (tel: string) => `اتصل بالرقم ${tel}`,
  toutes: 'اعرض كل العناوين',
};
