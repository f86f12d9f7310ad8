/** `<orientation-flow>` in Arabic (same keys as src/i18n/orientation.fr.ts). Two voices: the person and a helper. */
import type { Raison } from '../../data/propositions.js';
import type { MessagesOrientation } from '../orientation.fr.js';

type Voix = 'moi' | 'aidant';
const v = (voix: Voix, moi: string, aidant: string) => (voix === 'moi' ? moi : aidant);
const km = new Intl.NumberFormat('ar-u-nu-latn', { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric' });
const dateSeance = new Intl.DateTimeFormat('ar-u-nu-latn', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

export const orientation: MessagesOrientation = {
  titre: 'إيجاد المساعدة المناسبة',
  intro: 'بضعة أسئلة بسيطة، ثم ثلاثة أماكن قريبة منك، يمكنك الاحتفاظ بها على ورقة إن أردت.',
  pourQui: 'من يجيب؟',
  pourMoi: 'هذا لي',
  pourAutre: 'أنا أرافق شخصًا',
  commencer: 'ابدأ',
  chargement: 'جارٍ تحميل الأسئلة…',
  jeNeSaisPas: 'لا أعرف ما أحتاج إليه',
  jeNeSaisPasAide: 'اختبار قصير مدته 5 دقائق يساعد على معرفة ذلك.',
  diagnosticRepris: 'أخذنا أجوبة الاختبار القصير: لن نسألك عنها مرة أخرى.',
  etapes: ['حاجتك', 'وضعك', 'أين ومتى'],
  etape: (i: number, nom: string) => `الخطوة ${i} من 3: ${nom}`,
  retour: 'رجوع',
  recommencer: 'البدء من جديد',
  arbreInvalide: 'شجرة التوجيه المقدَّمة غير صالحة:',
  arbreIllisible: (raison: string) => `تعذّرت قراءة شجرة التوجيه (${raison}).`,
  ouQuand: {
    titre: (voix: Voix) => v(voix, 'أين ومتى يمكنك الذهاب؟', 'أين ومتى يمكن للشخص الذهاب؟'),
    ou: 'أين؟',
    champ: 'البلدية أو الرمز البريدي',
    champAide: 'مثلًا: Tourcoing أو 59200',
    localiser: 'حدّد موقعي',
    position: 'نستعمل موقعك (يبقى في هذا المتصفح).',
    positionErreur: 'تعذّر العثور على موقعك. اكتب اسم البلدية أو الرمز البريدي.',
    introuvable: (s: string) => `لا نجد «${s}» في الدليل. جرّب الرمز البريدي أو بلدية قريبة.`,
    distance: 'إلى أي مسافة؟',
    distances: [
      [2, 'أقل من 2 كم'],
      [5, 'أقل من 5 كم'],
      [10, 'أقل من 10 كم'],
      [20, 'أقل من 20 كم'],
      [0, 'لا يهم'],
    ] as [number, string][],
    quand: (voix: Voix) => v(voix, 'متى تكون متفرغًا؟', 'متى يكون الشخص متفرغًا؟'),
    quandAide: 'لا تختر شيئًا إن كان ذلك لا يهم.',
    jours: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
    moment: 'يُفضَّل',
    moments: { journee: 'طوال اليوم', matin: 'في الصباح', 'apres-midi': 'بعد الظهر' },
    besoins: 'احتياجات خاصة',
    priseEnCharge: {
      Surdité: 'الأشخاص الصمّ أو ضعاف السمع',
      'Handicaps moteurs': 'إعاقة حركية (كرسي متحرك…)',
      'Handicaps mentaux': 'إعاقة ذهنية',
      Illettrisme: 'صعوبة في القراءة والكتابة',
      'Langues étrangères (anglais)': 'يتكلم الإنجليزية',
      'Langues étrangères (autres)': 'يتكلم لغة أخرى',
      'Déficience visuelle': 'الأشخاص المكفوفون أو ضعاف البصر',
    },
    gratuit: 'الأماكن المجانية فقط',
    voir: 'عرض الأماكن',
  },
  resultat: {
    urgence: (voix: Voix) =>
      v(
        voix,
        'الإجراء عاجل: اتصل قبل الذهاب، فهذه الأماكن يمكنها استقبالك بسرعة.',
        'الإجراء عاجل: اتصل قبل الذهاب، فهذه الأماكن يمكنها استقبال الشخص بسرعة.',
      ),
    francais: (voix: Voix) =>
      v(
        voix,
        'دروس اللغة الفرنسية، أو المساعدة بمترجم، ستساعدك أيضًا: اطلبها في هذه الأماكن.',
        'دروس اللغة الفرنسية، أو المساعدة بمترجم، ستساعد الشخص أيضًا: اطلبها في هذه الأماكن.',
      ),
    lieuxTitre: 'الأماكن المناسبة',
    raison: (r: Raison, d: number | undefined, voix: Voix): string =>
      ({
        besoin: 'يقدّم هذه المساعدة',
        'en-premier': 'الأنسب لهذه المساعدة',
        ouvert: v(voix, 'مفتوح عندما تكون متفرغًا', 'مفتوح عندما يكون الشخص متفرغًا'),
        distance: d === undefined ? 'قريب' : `على بعد ${km.format(d)} كم`,
        gratuit: 'مجاني',
        accessible: 'معلومات سهولة الوصول متوفرة',
        langues: 'استقبال بلغات أخرى',
        'prise-en-charge': v(voix, 'استقبال يناسب احتياجاتك', 'استقبال يناسب احتياجاته'),
      })[r],
    aucun: 'لا يوجد في الدليل مكان يناسب كل هذه الاختيارات.',
    repliFs: (voix: Voix) =>
      v(
        voix,
        'أقرب مكتب France Services يمكنه مساعدتك أو إخبارك إلى أين تذهب:',
        'أقرب مكتب France Services يمكنه مساعدة الشخص أو إخباره إلى أين يذهب:',
      ),
    repliTel: (nom: string) => `أو اتصل بـ ${nom} (مجانًا):`,
    appeler: (n: string) => `اتصل بالرقم ${n}`,
    horairesInconnus: 'مواعيد العمل غير معروفة: اتصل قبل الذهاب.',
    ateliersTitre: 'ورشات قريبًا في هذه الأماكن',
    seance: (date: string, heure: string) => `${dateSeance.format(new Date(`${date}T12:00:00Z`))}، ${heure}`,
    voirCarte: 'عرض كل الأماكن على الخريطة',
    voirAgenda: 'عرض جدول الورشات',
    ficheTitre: 'ورقة التوجيه',
    ficheAide: (voix: Voix) =>
      v(voix, 'للطباعة أو للإرسال: احتفظ بها، أو أظهرها في المكان.', 'للطباعة أو للإرسال: يحتفظ بها الشخص، أو يُظهرها في المكان.'),
    note: (voix: Voix) => v(voix, 'كلمة تحتفظ بها مع الورقة (اختياري)', 'كلمة للشخص (اختياري)'),
    noteAide: 'لا تُحفظ هذه الكلمة في أي مكان: تُكتب على الورقة فقط.',
    imprimer: 'اطبع الورقة',
    imprimerDeuxLangues: 'اطبع بالعربية والفرنسية',
    sms: 'أرسل برسالة قصيرة',
    courriel: 'أرسل بالبريد الإلكتروني',
    sujet: 'ورقة التوجيه الخاصة بك',
  },
  fiche: {
    titre: 'ورقة التوجيه',
    besoin: 'حاجتك',
    aide: 'المساعدة المناسبة',
    lieux: 'أين تذهب',
    ateliers: 'ورشات',
    note: 'ملاحظة',
    date: (d: Date) => `أُعدّت هذه الورقة في ${dateFormat.format(d)}.`,
    retrouver: 'للعثور على هذه الأماكن:',
    tel: (n: string) => `الهاتف: ${n}`,
  },
};
