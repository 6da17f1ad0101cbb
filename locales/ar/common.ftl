### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Messages that address the resident select on $form (mr, ms, neutral):
### ms is written in the feminine, mr and neutral in the masculine.

## Terms: one word for one thing (see locales/nl/common.ftl). The bijstand is
## always المساعدة الاجتماعية, a toeslag always بدل (never إعانة for either).
## $case: plain (default) or yours (with "your").
-bijstand = { $case ->
    [yours] مساعدتك الاجتماعية
   *[plain] المساعدة الاجتماعية
}
-zorgtoeslag = بدل الرعاية الصحية (zorgtoeslag)
-huurtoeslag = بدل الإيجار (huurtoeslag)
-budgetcoach = مرشد الميزانية
-inburgering = { $case ->
    [yours] اندماجك
   *[plain] الاندماج
}
-pip = { $case ->
    [yours] خطتك الشخصية للاندماج والمشاركة (PIP)
   *[plain] الخطة الشخصية للاندماج والمشاركة (PIP)
}
-brede-intake = المقابلة الشاملة (brede intake)

money = { $amount } €

logo-alt = شعار { $municipality }
label-date = التاريخ
label-reference = مرجعنا
label-your-application = طلبك بتاريخ
label-your-letter = رسالتك بتاريخ
label-enclosures = المرفقات
label-contact = للتواصل
label-phone = الهاتف
label-postal-address = العنوان البريدي
label-visiting-address = عنوان الزيارة
page-x-of-y = الصفحة { $page } من { $total }

salutation = { $form ->
    [mr] السيد { $family } المحترم،
    [ms] السيدة { $family } المحترمة،
   *[neutral] مرحبًا { $name }،
}
closing = مع أطيب التحيات،

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = هل تريد قراءة هذه الرسالة بلغتك؟ امسح الرمز أو اذهب إلى:
translation-qr-alt = رمز QR لهذه الرسالة بلغتك

binding-notice-translation = هذه ترجمة لرسالة مكتوبة باللغة الهولندية. النص الهولندي وحده هو النص الرسمي. يمكن الحصول على الرسالة باللغة الهولندية عند الطلب.
binding-notice-bilingual = تحتوي هذه الرسالة على النص بلغتين. النص الهولندي وحده هو النص الرسمي.

role-werkconsulent = مستشار العمل
role-klantmanager = مسؤول شؤون العملاء
role-consulent-inburgering = مستشار الاندماج
role-schuldhulpverlener = مستشار الديون

partner-resident = أنت
partner-municipality = نحن (البلدية)
partner-coa = COA (هيئة استقبال طالبي اللجوء)
partner-vluchtelingenwerk = VluchtelingenWerk (منظمة دعم اللاجئين)
partner-language-school = مدرسة اللغة
partner-budget-coach = مرشد الميزانية
partner-employer = صاحب العمل
partner-gp = طبيب العائلة
partner-school = المدرسة
partner-housing-association = مؤسسة الإسكان
partner-ggd = GGD (خدمة الصحة العامة)
partner-ggz = GGZ (رعاية الصحة النفسية)
partner-jgz = رعاية صحة الأطفال والشباب (JGZ)
partner-uwv = UWV (هيئة التأمينات والتوظيف)
partner-duo = DUO (هيئة شؤون التعليم)
partner-svb = SVB (بنك التأمينات الاجتماعية)
partner-belastingdienst = Belastingdienst (مصلحة الضرائب)

language-ar = العربية
language-ti = التغرينية
language-am = الأمهرية
language-uk = الأوكرانية
language-ru = الروسية
language-fa = الفارسية
language-prs = الدرية
language-ps = البشتوية
language-so = الصومالية
language-tr = التركية
language-ku = الكردية
language-en = الإنجليزية
language-fr = الفرنسية

col-what = ماذا
col-who = من
col-when = الموعد النهائي
no-deadline = بدون تاريخ

action-brede-intake = { -brede-intake }: محادثات عن تعليمك وعملك وصحتك واحتياجاتك
action-learnability-test = إجراء اختبار القدرة على التعلّم (leerbaarheidstoets). يبيّن الاختبار مدى سرعة تعلّمك لغة جديدة
action-pip = إعداد { -pip(case: "yours") } واعتمادها
action-start-language-route = بدء دروس اللغة في مدرسة اللغة التي نختارها لك
action-knm = حضور دروس معرفة المجتمع الهولندي (KNM)
action-pvt = متابعة مسار إعلان المشاركة (PVT): دروس عن القواعد والقيم في هولندا
action-map = متابعة وحدة سوق العمل والمشاركة (MAP): طرق إيجاد عمل في هولندا
action-diploma-evaluation = تقييم شهاداتك: ما قيمة شهادتك في هولندا
action-open-bank-account = فتح حساب مصرفي
action-apply-digid = طلب DigiD
action-health-insurance = التسجيل في تأمين صحي
action-apply-allowances = طلب { -zorgtoeslag } و{ -huurtoeslag } (مال من مصلحة الضرائب لتأمينك الصحي وإيجارك)
action-child-benefit = طلب علاوة الأطفال (kinderbijslag) وميزانية الأطفال (kindgebonden budget)
action-register-gp = التسجيل لدى طبيب العائلة
action-register-school = تسجيل الأطفال في المدرسة
action-isk = التسجيل في صف انتقالي دولي (ISK): صف لتعلّم اللغة الهولندية
action-sign-rental-contract = توقيع عقد الإيجار
action-connect-energy = طلب توصيل الغاز والكهرباء والماء
action-furnishing-loan = طلب قرض لتأثيث بيتك
action-insurance = التأمين على محتويات المنزل والتأمين ضد المسؤولية المدنية
action-tax-waiver = طلب الإعفاء من الضرائب البلدية (kwijtschelding)
action-budget-coach-intake = أول لقاء مع { -budgetcoach }
action-debt-help = الدعم في حل مشكلات الديون
action-direct-payment-fixed-costs = دفع الإيجار والطاقة والتأمين الصحي مباشرة من { -bijstand(case: "yours") }
action-hand-in-documents = تسليم الأوراق إلى البلدية
action-register-uwv = التسجيل كباحث عن عمل لدى UWV (werk.nl)
action-look-for-work = البحث عن عمل والتقدم للوظائف
action-volunteer-work = البحث عن عمل تطوعي
action-work-placement = البدء في مكان عمل لاكتساب الخبرة العملية
action-childcare = ترتيب رعاية الأطفال
action-family-reunification = استقدام عائلتك إلى هولندا (لمّ شمل الأسرة)
action-follow-up-conversation = إجراء محادثة متابعة
free-text-in-dutch = (باللغة الهولندية)
