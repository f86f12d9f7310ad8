/**
 * `<diag-autonomie>` in Arabic (Modern Standard Arabic, simple words; same keys as src/i18n/diag.fr.ts). Two
 * voices: the person (« أنت ») and a helper who answers for someone (« الشخص »). Names kept in Latin letters are
 * isolated (FSI…PDI) so that they do not disturb the order of the sentence.
 */
import type { Voix } from '../../data/diagnostic.js';
import { isoler as b } from '../bidi.js';
import type { MessagesDiag, TexteQuestion } from '../diag.fr.js';

const T = 'ar-u-nu-latn';
const date = (d: Date) => new Intl.DateTimeFormat(T, { day: 'numeric', month: 'long', year: 'numeric' }).format(d);

/** « أنت » for the person, « الشخص » for a helper. */
const v = (voix: Voix, moi: string, aidant: string) => (voix === 'moi' ? moi : aidant);

const competence = (voix: Voix, moi: string, aidant: string, exemple: string): TexteQuestion => ({
  question: v(voix, moi, aidant),
  aide: exemple,
  choix: { seul: v(voix, 'نعم، وحدي', 'نعم، وحده'), aide: 'نعم، مع بعض المساعدة', non: 'لا' },
});

export const diag: MessagesDiag = {
  titre: 'ما مستواك في استعمال الأجهزة الرقمية؟',
  titreAidant: 'ما مستوى الشخص في استعمال الأجهزة الرقمية؟',
  intro:
    'حوالي عشرة أسئلة، في نحو 5 دقائق. هذا ليس امتحانًا: لا توجد إجابة صحيحة أو خاطئة. تبقى إجاباتك على هذا الجهاز.',
  pourQui: 'من يجيب؟',
  pourMoi: 'هذا لي',
  pourAutre: 'أنا أرافق شخصًا',
  pourAutreAide: 'أنت تجيب عن الشخص، أو تلاحظه.',
  commencer: 'ابدأ',
  etape: (i: number, n: number) => `الخطوة ${i} من ${n}`,
  retour: 'رجوع',
  recommencer: 'البدء من جديد',
  continuer: 'متابعة',
  nsp: 'لا أعرف',
  plusieurs: 'يمكنك اختيار أكثر من إجابة.',
  effacer: 'امسح إجاباتي',
  efface: 'تم مسح الإجابات من هذا الجهاز.',
  gardeAvant: (d: Date) => `توجد نتيجة بتاريخ ${date(d)} محفوظة على هذا الجهاز.`,

  question: (id, voix): TexteQuestion => {
    switch (id) {
      case 'appareils':
        return {
          question: v(voix, 'ما الأجهزة التي عندك؟', 'ما الأجهزة التي عند الشخص؟'),
          aide: v(voix, 'أجهزتك، أو أجهزة يمكنك استعمالها متى تريد.', 'أجهزته، أو أجهزة يمكنه استعمالها متى يريد.'),
          choix: {
            smartphone: 'هاتف ذكي (هاتف فيه إنترنت)',
            ordinateur: 'حاسوب',
            tablette: 'جهاز لوحي',
            aucun: 'لا شيء',
          },
        };
      case 'internet':
        return {
          question: v(voix, 'هل عندك إنترنت في البيت؟', 'هل عند الشخص إنترنت في البيت؟'),
          choix: { maison: 'نعم، جهاز إنترنت منزلي أو واي فاي', telephone: 'فقط على الهاتف', non: 'لا' },
        };
      case 'allumer':
        return competence(voix, 'هل تستطيع تشغيل الجهاز وفتح تطبيق؟', 'هل يستطيع الشخص تشغيل الجهاز وفتح تطبيق؟', 'مثلًا: فتح الكاميرا أو الطقس.');
      case 'message':
        return competence(voix, 'هل تستطيع كتابة رسالة وإرسالها؟', 'هل يستطيع الشخص كتابة رسالة وإرسالها؟', `رسالة ${b('SMS')} أو رسالة واتساب أو بريد إلكتروني.`);
      case 'lien':
        return competence(
          voix,
          'هل تستطيع فتح رابط وصلك أو البحث في الإنترنت؟',
          'هل يستطيع الشخص فتح رابط وصله أو البحث في الإنترنت؟',
          'مثلًا: فتح رابط في رسالة، البحث عن عنوان.',
        );
      case 'mot-de-passe':
        return competence(
          voix,
          'هل تستطيع إنشاء كلمة سر والدخول إلى حساب؟',
          'هل يستطيع الشخص إنشاء كلمة سر والدخول إلى حساب؟',
          `مثلًا: حساب ${b('ameli')} أو حساب ${b('CAF')}.`,
        );
      case 'photo-document':
        return competence(
          voix,
          'هل تستطيع إرسال صورة وثيقة؟',
          'هل يستطيع الشخص إرسال صورة وثيقة؟',
          'مثلًا: بطاقة هوية أو إثبات سكن.',
        );
      case 'demarche':
        return competence(
          voix,
          'هل تستطيع القيام بإجراء إداري على الإنترنت من البداية إلى النهاية؟',
          'هل يستطيع الشخص القيام بإجراء إداري على الإنترنت من البداية إلى النهاية؟',
          'مثلًا: التصريح بالدخل، طلب مساعدة مالية.',
        );
      case 'francais':
        return {
          question: v(voix, 'القراءة والكتابة بالفرنسية، بالنسبة لك:', 'القراءة والكتابة بالفرنسية، بالنسبة للشخص:'),
          choix: {
            facile: 'سهلة',
            'un-peu': 'صعبة قليلًا',
            difficile: 'صعبة',
            'pas-du-tout': v(voix, 'لا أقرأ الفرنسية', 'لا يقرأ الفرنسية'),
          },
        };
      case 'envie':
        return {
          question: v(voix, 'هل تحب أن تتعلم القيام بذلك وحدك؟', 'هل يحب الشخص أن يتعلم القيام بذلك وحده؟'),
          choix: {
            oui: 'نعم',
            'oui-peur': v(voix, 'نعم، لكني أخاف أن أخطئ', 'نعم، لكنه يخاف أن يخطئ'),
            'non-avec-moi': v(voix, 'لا، أفضّل أن يقوم بها أحد معي', 'لا، يفضّل أن يقوم بها أحد معه'),
          },
        };
      case 'urgence':
        return {
          question: v(voix, 'هل عندك إجراء يجب القيام به الآن؟', 'هل عند الشخص إجراء يجب القيام به الآن؟'),
          aide: 'إجراء لا يمكن أن ينتظر.',
          choix: { oui: 'نعم', non: 'لا' },
        };
      case 'organisme':
        return {
          question: 'هذا الإجراء يخص:',
          choix: {
            caf: `صندوق المساعدات العائلية (${b('CAF')})`,
            cpam: `التأمين الصحي (${b('ameli')})`,
            impots: 'الضرائب',
            'france-travail': `${b('France Travail')} (العمل)`,
            ants: 'بطاقة الهوية، رخصة القيادة، بطاقة تسجيل السيارة',
            retraite: 'التقاعد',
            autre: 'شيء آخر',
          },
        };
      case 'apprentissage':
        return {
          question: 'برأيك، هل يتعلم الشخص بسهولة؟',
          aide: 'هذا السؤال يُطرح فقط على من يرافق الشخص.',
          choix: { facile: 'بسهولة', 'avec-du-temps': 'مع بعض الوقت', 'tres-difficile': 'بصعوبة كبيرة' },
        };
    }
  },

  resultat: {
    titre: 'النتيجة',
    niveau: (n, voix) => {
      switch (n) {
        case 'eloigne':
          return {
            titre: v(voix, 'أنت تكتشف العالم الرقمي', 'الشخص يكتشف العالم الرقمي'),
            sens: v(
              voix,
              'الأجهزة الرقمية ما زالت جديدة عليك. كثير من الناس في هذه الحالة. يمكن لأحد أن يقوم بإجراءاتك معك. ويمكنك أيضًا أن تتعلم الخطوات الأولى، على مهلك.',
              'الأجهزة الرقمية ما زالت جديدة عليه. يمكن لأحد أن يقوم بإجراءاته معه. ويمكنه أيضًا أن يتعلم الخطوات الأولى، على مهله.',
            ),
          };
        case 'debutant':
          return {
            titre: v(voix, 'أنت في خطواتك الأولى', 'الشخص في خطواته الأولى'),
            sens: v(
              voix,
              'عندك جهاز، لكنك لا تعرف بعدُ كيف تستعمله جيدًا. ورشات للمبتدئين تعلّمك كيف تبدأ باستعماله.',
              'عنده جهاز، لكنه لا يعرف بعدُ كيف يستعمله جيدًا. ورشات للمبتدئين تعلّمه كيف يبدأ باستعماله.',
            ),
          };
        case 'intermediaire':
          return {
            titre: v(voix, 'أنت تستعمل جهازك', 'الشخص يستعمل جهازه'),
            sens: v(
              voix,
              'أنت تعرف كيف تستعمل جهازك. يمكنك الآن أن تتعلم الإنترنت والرسائل والتطبيقات.',
              'هو يعرف كيف يستعمل جهازه. يمكنه الآن أن يتعلم الإنترنت والرسائل والتطبيقات.',
            ),
          };
        case 'avance':
          return {
            titre: v(voix, 'أنت مرتاح في استعمال الإنترنت', 'الشخص مرتاح في استعمال الإنترنت'),
            sens: v(
              voix,
              'أنت تعرف كيف تستعمل الإنترنت. قليل من المساعدة قد يفيدك في الإجراءات على الإنترنت وكلمات السر والأمان.',
              'هو يعرف كيف يستعمل الإنترنت. قليل من المساعدة قد يفيده في الإجراءات على الإنترنت وكلمات السر والأمان.',
            ),
          };
        case 'autonome':
          return {
            titre: v(voix, 'أنت مستقل', 'الشخص مستقل'),
            sens: v(
              voix,
              'أنت تقوم بإجراءاتك على الإنترنت وحدك. إذا واجهت صعوبة يومًا ما، توجد أماكن قريبة منك يمكنها مساعدتك.',
              'هو يقوم بإجراءاته على الإنترنت وحده. إذا واجه صعوبة يومًا ما، توجد أماكن قريبة منه يمكنها مساعدته.',
            ),
          };
      }
    },
    incertain: 'عدة إجابات كانت «لا أعرف». يمكن لشخص مرافق أن يوضّح هذه النتيجة.',
    aideTitre: 'المساعدة المناسبة لك',
    aideTitreAidant: 'المساعدة المناسبة',
    maintenant: 'أولًا',
    ensuite: 'بعد ذلك',
    aide: (a, voix) =>
      ({
        assistance: {
          titre: 'القيام بالإجراء مع أحد',
          sens: v(
            voix,
            `في مكان مثل ${b('France Services')}، يقوم مستشار بالإجراء معك. وبموافقتك، يمكن لمساعد معتمد أن يقوم به عنك (${b('Aidants Connect')}).`,
            `في مكان مثل ${b('France Services')}، يقوم مستشار بالإجراء معه. وبموافقته، يمكن لمساعد معتمد أن يقوم به عنه (${b('Aidants Connect')}).`,
          ),
        },
        'coup-de-pouce': {
          titre: 'قليل من المساعدة',
          sens: v(
            voix,
            'يريك مستشار رقمي كيف تقوم بذلك، على الموقع الذي تحتاجه.',
            'يري مستشار رقمي الشخص كيف يقوم بذلك، على الموقع الذي يحتاجه.',
          ),
        },
        formation: {
          titre: 'التعلم خطوة بخطوة',
          sens: v(
            voix,
            'ورشات، فردية أو في مجموعة، لتتعلم على مهلك. وهي غالبًا مجانية.',
            'ورشات، فردية أو في مجموعة، ليتعلم على مهله. وهي غالبًا مجانية.',
          ),
        },
        autonomie: {
          titre: v(voix, 'المتابعة وحدك', 'المتابعة وحده'),
          sens: v(
            voix,
            'لا تحتاج إلى مساعدة الآن. توجد ورشات إذا أردت أن تتعلم أكثر.',
            'لا يحتاج إلى مساعدة الآن. توجد ورشات إذا أراد أن يتعلم أكثر.',
          ),
        },
      })[a],
    francais: (voix) =>
      v(voix, 'دروس اللغة الفرنسية، أو المساعدة مع مترجم، ستفيدك أيضًا.', 'دروس اللغة الفرنسية، أو المساعدة مع مترجم، ستفيده أيضًا.'),
    urgence: (o, voix) => {
      const quoi = v(voix, 'إجراؤك العاجل', 'إجراؤه العاجل');
      return o ? `${quoi} (${b(o)}) يأتي أولًا.` : `${quoi} يأتي أولًا.`;
    },
    caracteristiques: 'ما يجب معرفته',
    appareils: (liste) => (liste.length ? `الأجهزة: ${liste.join('، ')}.` : 'لا يوجد جهاز الآن.'),
    internet: (i) => ({ maison: 'إنترنت في البيت.', telephone: 'إنترنت فقط على الهاتف.', non: 'لا يوجد إنترنت في البيت.' })[i],
    francaisNiveau: (f) =>
      ({
        facile: 'يقرأ ويكتب الفرنسية بسهولة.',
        'un-peu': 'يقرأ ويكتب الفرنسية بقليل من الصعوبة.',
        difficile: 'يقرأ ويكتب الفرنسية بصعوبة.',
        'pas-du-tout': 'لا يقرأ الفرنسية.',
      })[f],
    apprentissage: (a) =>
      ({ facile: 'يتعلم بسهولة.', 'avec-du-temps': 'يتعلم مع بعض الوقت.', 'tres-difficile': 'يتعلم بصعوبة كبيرة.' })[a],
    appareilsMots: { smartphone: 'هاتف ذكي', ordinateur: 'حاسوب', tablette: 'جهاز لوحي' },
    organismes: {
      caf: 'CAF',
      cpam: 'Assurance Maladie',
      impots: 'الضرائب',
      'france-travail': 'France Travail',
      ants: 'الهوية والرخص',
      retraite: 'التقاعد',
      autre: '',
    },
    suiteTitre: 'وماذا الآن؟',
    versCarte: (voix) => v(voix, 'إيجاد مكان قريب منك', 'إيجاد مكان قريب منه'),
    versOrientation: 'التوجيه نحو المساعدة المناسبة',
    ateliersTitre: (voix) => v(voix, 'ورشات تناسب مستواك', 'ورشات تناسب مستواه'),
    versAgenda: 'رؤية كل مواعيد الورشات',
    ateliersAucun: (voix) =>
      v(voix, 'لا توجد ورشة تناسب مستواك في الأسابيع الأربعة القادمة.', 'لا توجد ورشة تناسب مستواه في الأسابيع الأربعة القادمة.'),
    imprimer: 'طباعة النتيجة',
    imprimerDeux: 'الطباعة بلغتين',
    seance: (jour, debut) =>
      new Intl.DateTimeFormat(T, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
        new Date(`${jour}T${debut}:00Z`),
      ),
    garder: 'حفظ هذه النتيجة على هذا الجهاز',
    garderAide: 'لترى تقدمك في المرة القادمة. لا تفعل ذلك على حاسوب مشترك.',
    garde: 'النتيجة محفوظة على هذا الجهاز. زر «امسح إجاباتي» يحذفها.',
    progres: (d, avant, maintenant, mieux, pareil) =>
      pareil
        ? `بتاريخ ${date(d)}، كانت النتيجة نفسها: ${avant}.`
        : mieux
          ? `أحسنت: بتاريخ ${date(d)}، كانت النتيجة «${avant}». اليوم: «${maintenant}».`
          : `بتاريخ ${date(d)}، كانت النتيجة «${avant}».`,
    refaire: 'أعد هذا الاختبار لاحقًا لترى تقدمك.',
    fait: (d) => `أُجري الاختبار بتاريخ ${date(d)}.`,
  },
};
