### Machine draft, not reviewed by a qualified translator (see locale.toml).

money = { $amount } €

logo-alt = شعار { $municipality }
date-line = { $place }، { $date }
label-reference = مرجعنا
label-contact = للتواصل
label-phone = الهاتف
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

binding-notice-translation = هذه ترجمة لرسالة باللغة الهولندية. النص الهولندي وحده هو النص الرسمي. هل تريد الرسالة باللغة الهولندية؟ اطلبها منا.
binding-notice-bilingual = تحتوي هذه الرسالة على النص بلغتين. النص الهولندي وحده هو النص الرسمي.

role-werkconsulent = مستشار العمل
role-klantmanager = مسؤول شؤون العملاء
role-consulent-inburgering = مستشار الاندماج
role-schuldhulpverlener = مستشار الديون

partner-resident = أنت
partner-municipality = البلدية
partner-coa = COA (هيئة استقبال طالبي اللجوء)
partner-vluchtelingenwerk = VluchtelingenWerk (منظمة دعم اللاجئين)
partner-language-school = مدرسة اللغة
partner-budget-coach = مرشد الميزانية
partner-employer = صاحب العمل
partner-gp = طبيب العائلة
partner-school = المدرسة
partner-housing-association = مؤسسة الإسكان

col-what = ماذا
col-who = من
col-when = الموعد النهائي
no-deadline = بدون تاريخ

action-register-language-school = التسجيل في مدرسة اللغة
action-language-test = إجراء اختبار لغة لتحديد مستواك
action-open-bank-account = فتح حساب مصرفي
action-apply-digid = طلب DigiD
action-health-insurance = التسجيل في تأمين صحي
action-apply-allowances = طلب إعانة الرعاية الصحية وإعانة الإيجار
action-register-gp = التسجيل لدى طبيب العائلة
action-register-school = تسجيل الأطفال في المدرسة
action-sign-rental-contract = توقيع عقد الإيجار
action-connect-energy = طلب توصيل الغاز والكهرباء والماء
action-budget-coach-intake = أول لقاء مع مرشد الميزانية
action-direct-payment-fixed-costs = دفع الإيجار والطاقة والتأمين الصحي مباشرة من الإعانة
action-hand-in-documents = تسليم الأوراق إلى البلدية
action-look-for-work = البحث عن عمل والتقدم للوظائف
action-volunteer-work = البحث عن عمل تطوعي
action-work-placement = البدء في مكان لاكتساب الخبرة العملية
action-childcare = ترتيب رعاية الأطفال
action-follow-up-conversation = تحديد موعد لمحادثة متابعة
