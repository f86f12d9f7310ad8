/** Opening hours in Arabic: « مفتوح · يغلق الساعة 17:00 ». Times through Intl, 24-hour clock, Latin digits. */
import type { MessagesHoraires } from '../horaires.fr.js';

const format = new Intl.DateTimeFormat('ar-u-nu-latn', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
const MINUIT = 'منتصف الليل';
/** « الساعة 17:00 », or « عند منتصف الليل ». */
const a = (heure: string) => (heure === MINUIT ? `عند ${MINUIT}` : `الساعة ${heure}`);

export const horaires: MessagesHoraires = {
  jours: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
  jourProchain: (jour) => `${jour} القادم`,
  heure: (h, m) => (h % 24 || m ? format.format(Date.UTC(2000, 0, 1, h, m)) : MINUIT),
  plage: (debut, fin) => `${debut} – ${fin}`,
  separateurPlages: '، ',
  journeeEntiere: '24 ساعة',
  ferme: 'مغلق',
  ouvert24: 'مفتوح 24 ساعة في اليوم',
  ouvertFermeA: (heure) => `مفتوح · يغلق ${a(heure)}`,
  ouvertFermeCetteNuit: (heure) => `مفتوح · يغلق الليلة ${a(heure)}`,
  ouvertFermeDemain: (heure) => `مفتوح · يغلق غدًا ${a(heure)}`,
  ouvertFermeJour: (jour, heure) => `مفتوح · يغلق يوم ${jour} ${a(heure)}`,
  fermeOuvreAujourdhui: (heure) => `مغلق · يفتح ${a(heure)}`,
  fermeOuvreDemain: (heure) => `مغلق · يفتح غدًا ${a(heure)}`,
  fermeOuvreJour: (jour, heure) => `مغلق · يفتح يوم ${jour} ${a(heure)}`,
  jamaisOuvert: 'مغلق · لا توجد أوقات فتح مذكورة',
  feriesFermes: 'مغلق في أيام العطل الرسمية',
  // The hours as the producer wrote them (OpenStreetMap syntax, often French words): isolated from the Arabic.
  nonCompris: (source) => `أوقات العمل كما كُتبت: \u2068${source}\u2069`,
  nonRenseignes: 'أوقات العمل غير مذكورة',
  raisons: {
    vide: 'أوقات العمل فارغة',
    syntaxe: 'كتابة غير معروفة',
    heure_invalide: 'ساعة غير صالحة',
    plage_incomplete: 'فترة زمنية غير مكتملة',
    plage_inversee: 'ساعة النهاية قبل ساعة البداية',
    non_pris_en_charge: 'صيغة أوقات غير مدعومة',
  },
};
