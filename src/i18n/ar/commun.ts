/** The shared words (directory states, needs, the file check, `<annuaire-resume>`) in Arabic. */
import type { Messages } from '../fr.js';

/** Arabic counted nouns: zero, one, two, few (3–10), many (11–99), other (100…). */
type Formes = Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', (n: number) => string>;
const regles = new Intl.PluralRules('ar');
const compte = (n: number, f: Formes) => f[regles.select(n) as keyof Formes](n);

const LIEUX: Formes = {
  zero: () => 'لا أماكن',
  one: () => 'مكان واحد',
  two: () => 'مكانان',
  few: (n) => `${n} أماكن`,
  many: (n) => `${n} مكانًا`,
  other: (n) => `${n} مكان`,
};
const ATELIERS: Formes = {
  zero: () => 'لا ورشات',
  one: () => 'ورشة واحدة',
  two: () => 'ورشتان',
  few: (n) => `${n} ورشات`,
  many: (n) => `${n} ورشة`,
  other: (n) => `${n} ورشة`,
};
const SEJLAT: Formes = {
  zero: () => 'لا سجلات',
  one: () => 'سجل واحد',
  two: () => 'سجلان',
  few: (n) => `${n} سجلات`,
  many: (n) => `${n} سجلًا`,
  other: (n) => `${n} سجل`,
};
const REJETS: Formes = {
  zero: () => 'لا سجلات مرفوضة',
  one: () => 'سجل واحد مرفوض',
  two: () => 'سجلان مرفوضان',
  few: (n) => `${n} سجلات مرفوضة`,
  many: (n) => `${n} سجلًا مرفوضًا`,
  other: (n) => `${n} سجل مرفوض`,
};
const REMARQUES: Formes = {
  zero: () => 'لا ملاحظات',
  one: () => 'ملاحظة واحدة',
  two: () => 'ملاحظتان',
  few: (n) => `${n} ملاحظات`,
  many: (n) => `${n} ملاحظة`,
  other: (n) => `${n} ملاحظة`,
};

export const commun: Messages = {
  ecouter: 'استمع',
  arreter: 'أوقف القراءة',
  langue: 'اللغة',
  etat: {
    chargement: 'جارٍ تحميل العناوين…',
    erreurReseau: 'تعذّر تحميل قائمة الأماكن. تحقّق من الاتصال بالإنترنت، ثم حاول مرة أخرى.',
    erreurHttp: (status) => `تعذّر تحميل قائمة الأماكن (ردّ الخادم: ${status}). حاول مرة أخرى بعد قليل.`,
    erreurFormat: 'ملف الأماكن غير قابل للقراءة. أخبر المسؤول عن الموقع.',
    reessayer: 'حاول مرة أخرى',
    vide: 'لا يحتوي هذا الدليل على أي مكان حاليًا.',
    sansSource: 'لم يُحدَّد أي دليل: أضف الخاصية \u2066src\u2069 أو ضع العنصر داخل \u2066<annuaire-inclusion>\u2069.',
  },
  besoins: {
    materiel: {
      titre: 'استعمال حاسوب أو الإنترنت',
      exemple: 'حاسوب، واي فاي، طابعة، شراء جهاز بسعر منخفض',
    },
    autonomie: {
      titre: 'تعلّم استعمال الأدوات الرقمية',
      exemple: 'الهاتف الذكي، البريد الإلكتروني، الإنترنت، الحماية من الاحتيال',
    },
    demarche: {
      titre: 'إنجاز معاملة إدارية عبر الإنترنت',
      exemple: 'CAF، ameli، الضرائب، France Travail، البطاقة الرمادية للسيارة',
    },
    accompagnement: {
      titre: 'الحصول على مساعدة في ملفك',
      exemple: 'مستشار يدرس وضعك مع CAF أو CPAM…',
    },
  },
  rapport: {
    codes: {
      not_an_object: () => 'السجل ليس كائنًا',
      required: (c) => `حقل إلزامي غير موجود: \u2066${c}\u2069`,
      invalid_postal_code: () => 'رمز بريدي غير صالح (المطلوب 5 أرقام)',
      invalid_insee_code: () => 'رمز INSEE غير صالح، تم استبعاده',
      invalid_pivot: () => 'رقم SIRET أو RNA غير صالح، تم استبعاده',
      invalid_coordinates: () => 'إحداثيات خارج الحدود، المكان لا يظهر على الخريطة',
      coordinates_incomplete: () => 'خط العرض أو خط الطول غير موجود، المكان لا يظهر على الخريطة',
      coordinates_zero: () => 'الإحداثيات (0، 0)، المكان لا يظهر على الخريطة',
      no_coordinates: () => 'لا توجد إحداثيات: المكان في القائمة لكنه ليس على الخريطة',
      invalid_phone: () => 'رقم هاتف غير معروف، تم استبعاده',
      invalid_email: () => 'بريد إلكتروني غير معروف، تم استبعاده',
      invalid_url: (c) => `رابط غير معروف (\u2066${c}\u2069)، تم استبعاده`,
      unsafe_url: (c) => `رابط مرفوض (\u2066${c}\u2069): تُقبل روابط http وhttps فقط`,
      invalid_date: (c) => `تاريخ غير معروف أو غير معقول (\u2066${c}\u2069)`,
      unknown_value: (c) => `قيمة غير موجودة في المعيار (\u2066${c}\u2069)، تم استبعادها`,
      duplicate_id: () => 'معرّف مكرّر: يُحتفظ بالسجل الأول فقط',
      too_long: (c) => `نص أطول مما يسمح به المعيار (\u2066${c}\u2069، 280 حرفًا)، تم الاحتفاظ به`,
      unreadable_hours: () => 'أوقات العمل غير مفهومة، تُعرض كما كُتبت',
      v0_mapped: (c) => `قيمة v0 بلا مقابل دقيق في v1 (\u2066${c}\u2069)، حُوّلت إلى الأقرب`,
      unknown_lieu: () => 'مكان غير موجود في الدليل',
      invalid_time: (c) => `ساعة غير معروفة (\u2066${c}\u2069)`,
      ends_before_start: (c) => `النهاية قبل البداية (\u2066${c}\u2069)`,
      no_schedule: () => 'لا يوجد تاريخ ولا تكرار صالح للاستعمال',
      recurrence_without_end: () => 'تكرار بلا تاريخ نهاية (recurrence.au): لا يُعرض',
      invalid_number: (c) => `رقم غير صالح (\u2066${c}\u2069)`,
      unknown_field: (c) => `حقل غير موجود في المعيار، تم استبعاده: \u2066${c}\u2069`,
    },
    avecValeur: (titre, valeur) => `${titre}: «\u2068${valeur}\u2069»`,
    separateur: '؛ ',
    lieu: 'مكان',
    atelier: 'ورشة',
    position: (index, ligne) => (ligne ? `السطر ${ligne}` : `رقم ${index + 1}`),
    ligne: (type, position, qui, raisons) => `${type} ${position} (\u2068${qui}\u2069): ${raisons}`,
  },
  resume: {
    titre: 'محتوى الدليل',
    territoire: (nom) => `المنطقة: \u2068${nom}\u2069`,
    lieux: (n) => compte(n, LIEUX),
    ateliers: (n) => compte(n, ATELIERS),
    parBesoin: 'الأماكن حسب الحاجة',
    parType: 'الأماكن حسب نوع الهيئة',
    sansType: 'النوع غير محدد',
    rapportTitre: 'فحص الملف',
    toutBon: 'تم الاحتفاظ بجميع السجلات.',
    lus: (lieux, ateliers) => `تمت قراءة: ${compte(lieux, LIEUX)} و${compte(ateliers, ATELIERS)}.`,
    v0: (n) => `تم تحويل ${compte(n, SEJLAT)} من الصيغة v0 للمعيار إلى الصيغة v1.`,
    rejets: (n) => compte(n, REJETS),
    avertissements: (n) => `${compte(n, REMARQUES)} على سجلات محفوظة`,
    sansNom: 'بلا اسم',
    autres: (n) => `… و${n} غيرها (الأمر «kit-inclusion valider» يعرضها كلها).`,
    nombre: 'العدد',
    colonneBesoin: 'الحاجة',
    colonneType: 'نوع الهيئة',
  },
};
