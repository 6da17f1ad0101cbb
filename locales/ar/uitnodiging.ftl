### Uitnodiging: invitation to an appointment with the municipality.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

uitnodiging-subject = دعوة إلى محادثة
uitnodiging-intro = نودّ أن نتحدث معك، ولذلك ندعوك إلى محادثة.

uitnodiging-label-date = التاريخ
uitnodiging-label-time = الوقت
uitnodiging-label-duration = المدة
uitnodiging-label-place = المكان
uitnodiging-label-with = مع
uitnodiging-time = الساعة { $time }
# Arabic has six plural categories (CLDR): zero, one, two, few (3–10), many (11–99), other (100–102, …).
uitnodiging-duration = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] حوالي دقيقة واحدة
    [two] حوالي دقيقتين
    [few] حوالي { $minutes } دقائق
    [many] حوالي { $minutes } دقيقة
   *[other] حوالي { $minutes } دقيقة
}
uitnodiging-with = { $name }، { $role }

uitnodiging-heading-purpose = عن ماذا تدور المحادثة؟
uitnodiging-purpose-intake = هذه محادثتنا الأولى. نتعرّف عليك، ونتحدث عن وضعك وعمّا تحتاج إليه.
uitnodiging-purpose-plan = في هذه المحادثة نضع معًا خطة. نتفق على ما ستقوم به ومن سيساعدك في ذلك.
uitnodiging-purpose-progress = في هذه المحادثة ننظر كيف تسير أمورك. نناقش الاتفاقات التي وضعناها من قبل.
uitnodiging-purpose-income-check = في هذه المحادثة ننظر في دخلك ومصاريفك. نتحقق مما إذا كانت إعانتك لا تزال صحيحة.
uitnodiging-purpose-language-assessment = في هذه المحادثة ننظر إلى مدى إتقانك للغة الهولندية تحدثًا وقراءةً وكتابةً. بعد ذلك نعرف أي دروس لغة تناسبك.
uitnodiging-interpreter = سيحضر مترجم شفهي المحادثة. لن تدفع شيئًا مقابل المترجم.

uitnodiging-heading-bring = ماذا تُحضر معك؟
uitnodiging-bring-id-document = وثيقة هويتك (جواز السفر أو بطاقة الهوية)
uitnodiging-bring-residence-permit = تصريح إقامتك
uitnodiging-bring-bank-statements = كشوف حسابك المصرفي لآخر 3 أشهر
uitnodiging-bring-rental-contract = عقد الإيجار
uitnodiging-bring-health-insurance-policy = وثيقة تأمينك الصحي (إثبات التأمين الصحي)
uitnodiging-bring-income-statements = قسائم راتبك أو أي إثبات آخر لدخلك
uitnodiging-bring-diplomas = شهاداتك ودبلوماتك، إن وُجدت
uitnodiging-bring-debt-letters = الرسائل المتعلقة بالديون أو بالفواتير التي لم تدفعها بعد
uitnodiging-bring-this-letter = هذه الرسالة

uitnodiging-heading-cannot-come = لا تستطيع الحضور؟
uitnodiging-reschedule = اتصل بنا في موعد أقصاه { $date } (قبل المحادثة بيوم عمل واحد) على الرقم { $phone }، لنحدد معًا موعدًا جديدًا.
uitnodiging-benefit-consequence = إذا لم تحضر ولم تُلغِ الموعد، فقد يؤثر ذلك على إعانتك. قد تحصل عندئذٍ على مال أقل، أو قد تتوقف إعانتك لفترة.
