### Uitnodiging: invitation to a conversation with the municipality.
### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Messages that speak to the resident select on $form: ms feminine,
### mr and neutral masculine. Headings are written without gender.

uitnodiging-subject = دعوة إلى محادثة
uitnodiging-intro = ندعوك إلى محادثة.
uitnodiging-compulsory = حضورك إلى هذه المحادثة إلزامي.

uitnodiging-label-date = التاريخ
uitnodiging-label-time = الوقت
uitnodiging-label-duration = المدة
uitnodiging-label-place = المكان
uitnodiging-label-with = مع
uitnodiging-time = الساعة { $time }
# Arabic has six plural categories (CLDR): zero, one, two, few (3–10), many (11–99), other (100–102, …).
uitnodiging-duration = { $minutes ->
    [zero] حوالي { $minutes } دقيقة
    [one] حوالي دقيقة واحدة
    [two] حوالي دقيقتين
    [few] حوالي { $minutes } دقائق
    [many] حوالي { $minutes } دقيقة
   *[other] حوالي { $minutes } دقيقة
}
uitnodiging-with = { $name }، { $role }

uitnodiging-heading-purpose = عمَّ تدور المحادثة؟
uitnodiging-purpose-intake = هذه محادثتنا الأولى. نتعرّف عليك، ونتحدث عن وضعك واحتياجاتك.
uitnodiging-purpose-plan = في هذه المحادثة نضع معًا خطة. نتفق على ما عليك فعله ومن سيساعدك فيه.
uitnodiging-purpose-progress = في هذه المحادثة ننظر كيف تسير أمورك. نناقش ما اتفقنا عليه من قبل.
uitnodiging-purpose-income-check = في هذه المحادثة ننظر في دخلك ومصاريفك. نتحقق من أن مبلغ { -bijstand(case: "yours") } لا يزال صحيحًا.
uitnodiging-purpose-language-assessment = في هذه المحادثة ننظر إلى مدى إتقانك للغة الهولندية تحدثًا وقراءةً وكتابةً. بعد ذلك نعرف أي دروس لغة تناسبك.
uitnodiging-purpose-brede-intake = هذه المحادثة هي { -brede-intake } الخاصة بـ{ -inburgering(case: "yours") }. نتحدث عن تعليمك وعملك وصحتك ووضعك. بعد ذلك نُعدّ معًا { -pip(case: "yours") }.
uitnodiging-purpose-learnability-test = في هذه المحادثة يُجرى اختبار القدرة على التعلّم (leerbaarheidstoets) على الحاسوب. يبيّن الاختبار مدى سرعة تعلّمك لغة جديدة. إنه ليس امتحانًا، ولا يتطلب معرفة اللغة الهولندية.
uitnodiging-purpose-pip = في هذه المحادثة نُعدّ معًا { -pip(case: "yours") }. تتضمن الخطة طريقة تعلّمك للهولندية وخطوات { -inburgering(case: "yours") } الأخرى. بعد ذلك نتخذ قرارًا بشأن الخطة.
# $language: the interpreter's language, e.g. "التغرينية".
uitnodiging-interpreter = سيحضر المحادثة مترجم شفهي يتحدث { $language }. خدمة المترجم مجانية.
uitnodiging-companion = { $form ->
    [ms] يمكنك أن تصطحبي معك شخصًا تثقين به، مثلًا أحد أفراد عائلتك أو متطوعًا.
   *[mr] يمكنك أن تصطحب معك شخصًا تثق به، مثلًا أحد أفراد عائلتك أو متطوعًا.
}

uitnodiging-heading-bring = ما الذي يجب إحضاره؟
uitnodiging-bring-id-document = وثيقة هويتك (جواز السفر أو بطاقة الهوية)
uitnodiging-bring-residence-permit = تصريح إقامتك
uitnodiging-bring-w-document = وثيقة W الخاصة بك، إن كانت لا تزال معك
uitnodiging-bring-bsn-letter = رسالة فيها رقم الخدمة المدنية الخاص بك (BSN)
uitnodiging-bring-coa-letters = الرسائل التي وصلتك من COA
uitnodiging-bring-bank-card = بطاقتك المصرفية
uitnodiging-bring-bank-statements = كشوف حسابك المصرفي لآخر 3 أشهر
uitnodiging-bring-rental-contract = عقد الإيجار
uitnodiging-bring-health-insurance-policy = وثيقة تأمينك الصحي (إثبات التأمين الصحي)
uitnodiging-bring-income-statements = قسائم راتبك أو أي إثبات آخر لدخلك
uitnodiging-bring-diplomas = شهاداتك ودبلوماتك، إن وُجدت
uitnodiging-bring-debt-letters = الرسائل المتعلقة بالديون أو بالفواتير التي لم تُدفع بعد
uitnodiging-bring-this-letter = هذه الرسالة

uitnodiging-heading-cannot-come = في حال تعذّر الحضور
uitnodiging-reschedule = { $form ->
    [ms] اتصلي بنا في موعد أقصاه { $date }. رقم هاتفنا { $phone }. ثم نختار معًا يومًا جديدًا.
   *[mr] اتصل بنا في موعد أقصاه { $date }. رقم هاتفنا { $phone }. ثم نختار معًا يومًا جديدًا.
}
uitnodiging-ill = { $form ->
    [ms] إذا كنت مريضة في يوم المحادثة، فاتصلي بنا قبل الساعة { $time } على الرقم { $phone }.
   *[mr] إذا كنت مريضًا في يوم المحادثة، فاتصل بنا قبل الساعة { $time } على الرقم { $phone }.
}

uitnodiging-heading-consequence = ماذا يحدث في حال عدم الحضور؟
uitnodiging-consequence-applicant = { $form ->
    [ms] نحتاج إلى هذه المحادثة لدراسة طلبك للحصول على { -bijstand } (bijstand). إذا لم تحضري ولم تتصلي بنا، فقد نقرر عدم النظر في طلبك. وعندها لن تحصلي على { -bijstand }.
   *[mr] نحتاج إلى هذه المحادثة لدراسة طلبك للحصول على { -bijstand } (bijstand). إذا لم تحضر ولم تتصل بنا، فقد نقرر عدم النظر في طلبك. وعندها لن تحصل على { -bijstand }.
}
uitnodiging-consequence-recipient = { $form ->
    [ms] أنت تحصلين على { -bijstand } (bijstand)، ولذلك يجب أن تحضري المحادثات معنا. هذا ما ينص عليه قانون المشاركة (Participatiewet)، وهو قانون { -bijstand }. إذا لم تحضري ولم يكن لديك عذر مقبول، فيمكننا أن نخفض { -bijstand(case: "yours") } لفترة. وعندها تحصلين على مال أقل.
   *[mr] أنت تحصل على { -bijstand } (bijstand)، ولذلك يجب أن تحضر المحادثات معنا. هذا ما ينص عليه قانون المشاركة (Participatiewet)، وهو قانون { -bijstand }. إذا لم تحضر ولم يكن لديك عذر مقبول، فيمكننا أن نخفض { -bijstand(case: "yours") } لفترة. وعندها تحصل على مال أقل.
}
uitnodiging-consequence-inburgering = { $form ->
    [ms] هذه المحادثة جزء من { -inburgering(case: "yours") }، ويجب أن تشاركي فيها. هذا ما ينص عليه قانون الاندماج لعام 2021 (Wet inburgering 2021). إذا لم تحضري ولم يكن لديك عذر مقبول، فيمكننا أن نفرض عليك غرامة.
   *[mr] هذه المحادثة جزء من { -inburgering(case: "yours") }، ويجب أن تشارك فيها. هذا ما ينص عليه قانون الاندماج لعام 2021 (Wet inburgering 2021). إذا لم تحضر ولم يكن لديك عذر مقبول، فيمكننا أن نفرض عليك غرامة.
}
