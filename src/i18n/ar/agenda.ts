/** `<agenda-ateliers>` in Arabic (same keys as src/i18n/agenda.fr.ts). */
import type { MessagesAgenda } from '../agenda.fr.js';

const regles = new Intl.PluralRules('ar');
/** « جلسة واحدة », « جلستان », « 3 جلسات », « 11 جلسة ». */
export const compter = (n: number, f: { one: string; two: string; few: string; other: string }) => {
  const r = regles.select(n);
  return r === 'one' ? f.one : r === 'two' ? f.two : `${n} ${r === 'few' ? f.few : f.other}`;
};
const seances = (n: number) => compter(n, { one: 'جلسة واحدة', two: 'جلستان', few: 'جلسات', other: 'جلسة' });

export const agenda: MessagesAgenda = {
  titre: 'مواعيد ورشات المهارات الرقمية',
  intro: 'ورشات لتتعلم استعمال الحاسوب والهاتف والإنترنت، قريبة منك. أغلبها مجانية.',
  recherche: {
    libelle: 'ابحث عن ورشة',
    aide: 'كلمة أو أكثر: هاتف ذكي، CAF، بريد إلكتروني، احتيال…',
  },
  vues: { legende: 'العرض', liste: 'قائمة', semaine: 'أسبوع', carte: 'خريطة' },
  filtres: {
    ouvrir: 'التصفية',
    actifs: (n: number) => `التصفية (${n} مختارة)`,
    effacer: 'مسح التصفية',
  },
  niveau: {
    case: (n: string) => `مناسب لمستواي (${n})`,
    aide: 'حسب الاختبار القصير عن المهارات الرقمية: الورشات المناسبة لمستواك تظهر أولًا.',
    sections: {
      adaptes: 'مناسبة لمستواك أو مفتوحة للجميع',
      faciles: 'أسهل من مستواك',
      avances: 'تحتاج إلى خبرة أكثر',
    },
    noms: {
      eloigne: 'الخطوات الأولى',
      debutant: 'مبتدئ',
      intermediaire: 'متوسط',
      avance: 'متمكن',
      autonome: 'مستقل',
    },
    adequation: {
      'a-votre-niveau': 'مناسبة لمستواك',
      'ouvert-a-tous': 'مفتوحة لكل المستويات',
      'plus-facile': 'أسهل من مستواك: لمراجعة الأساسيات',
      'plus-avance': 'تحتاج إلى خبرة أكثر من مستواك: ابدأ بورشة للمبتدئين',
    },
  },
  compte: (n: number) => (n === 0 ? 'لا توجد ورشة مناسبة.' : `${seances(n)} من الورشات`),
  plus: (n: number, reste: number) => `عرض ${seances(n)} أخرى (من ${reste})`,
  chargement: 'جارٍ التحميل…',
  jours: { aujourdhui: 'اليوم', demain: 'غدًا' },
  aucun: 'لا توجد ورشة تناسب بحثك.',
  aucunConseil: 'جرّب تصفية أقل، أو فترة أخرى، أو بلدية قريبة.',
  aucunAtelier: 'لا يحتوي هذا الدليل على أي ورشة حاليًا.',
  rejets: (n: number) =>
    n === 1 ? 'ورشة واحدة في الملف غير مكتملة البيانات: لا تظهر.' : `${n} ورشات في الملف غير مكتملة البيانات: لا تظهر.`,
  rejetsDetail: 'اعرف السبب',
  seance: {
    quand: (jour: string, debut: string, fin: string) => `${jour}، من ${debut} إلى ${fin}`,
    enLigne: 'عبر الإنترنت',
    distance: (km: string) => `على بعد ${km} km`,
    niveaux: {
      debutant: 'مستوى مبتدئ',
      intermediaire: 'مستوى متوسط',
      avance: 'مستوى متقدم',
    },
    tousNiveaux: 'كل المستويات',
    formats: { collectif: 'في مجموعة', individuel: 'فردي' },
    modalites: {
      sur_place: 'حضوري',
      a_distance: 'عن بعد',
      mixte: 'حضوري أو عن بعد',
    },
    frais: {
      gratuit: 'مجاني',
      pass_numerique: 'يُقبل Pass numérique',
      payant: 'بمقابل',
    },
    tarif: (t: string) => `بمقابل: \u2068${t}\u2069`,
    statuts: {
      programme: '',
      complet: 'مكتمل',
      annule: 'ملغى',
      reporte: 'مؤجل',
    },
    places: (n: number) => (n === 0 ? 'مكتمل' : n === 1 ? 'بقي مكان واحد' : n === 2 ? 'بقي مكانان' : `بقي ${n} أماكن`),
    inscriptionObligatoire: 'التسجيل إلزامي',
    inscriptionLien: 'سجّل عبر الإنترنت',
    appeler: (tel: string) => `اتصل بالرقم \u2066${tel}\u2069`,
    ecrire: (mail: string) => `راسل \u2066${mail}\u2069`,
    visio: 'رابط المشاركة عبر الإنترنت',
    ics: 'أضف إلى مفكرتي',
    icsNom: (titre: string) => `أضف إلى مفكرتي: \u2068${titre}\u2069`,
    details: 'مزيد من المعلومات',
    detailsNom: (titre: string) => `مزيد من المعلومات: \u2068${titre}\u2069`,
    annuleAide: 'لن تُعقد هذه الجلسة.',
    reporteAide: 'تم تغيير موعد هذه الجلسة: اسأل المكان.',
  },
  details: {
    animateur: (n: string) => `يقدّمها \u2068${n}\u2069`,
    serie: (titre: string | undefined, n: number | undefined) =>
      [titre ? `جزء من المسار «\u2068${titre}\u2069»` : 'جزء من مسار', n ? seances(n) : ''].filter(Boolean).join('، ') + '.',
    publics: (p: string) => `لـ: ${p}`,
    accessible: 'المكان مهيأ للكراسي المتحركة',
  },
  export: {
    ics: (n: number) => `تنزيل المواعيد (${seances(n)}، ics.)`,
    icsAide: 'لإضافتها إلى مفكرة الهاتف أو الحاسوب.',
    affiche: 'طباعة ملصق',
    imprimerListe: 'طباعة القائمة',
  },
};
