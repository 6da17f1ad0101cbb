### Plan van aanpak: the one plan for a status holder, made together with the
### resident and the chain partners (COA, VluchtelingenWerk, language school,
### budget coach, municipality). Per life domain: what has to happen, who does
### it and by when; whom to call; how much guidance; when the plan is reviewed.
### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Messages that speak to the resident select on $form: ms feminine,
### mr and neutral masculine.

plan-van-aanpak-subject = خطة العمل الخاصة بك

plan-van-aanpak-intro = { $form ->
    [ms] في { $date } وضعنا معك خطة. الهدف: أن تتمكني في أسرع وقت ممكن من تدبير أمور حياتك في هولندا بنفسك. في هذه الرسالة تجدين الخطة كاملة.
   *[mr] في { $date } وضعنا معك خطة. الهدف: أن تتمكن في أسرع وقت ممكن من تدبير أمور حياتك في هولندا بنفسك. في هذه الرسالة تجد الخطة كاملة.
}
plan-van-aanpak-participants = وشاركت في وضع الخطة أيضًا هذه المنظمات:
plan-van-aanpak-one-plan = نحن نعمل معًا. لذلك نقدّم لك خطة واحدة منا جميعًا، وليس خطة منفصلة من كل منظمة.

## Household. plan-van-aanpak-household gets the two messages below as
## $adults and $children, already written out.
plan-van-aanpak-household = هذه الخطة لأسرتك كلها: { $adults } و{ $children }.
# Arabic has six plural categories (CLDR): zero, one, two, few (3–10), many (11–99), other (100–102, …).
plan-van-aanpak-adults = { $count ->
    [zero] لا يوجد أشخاص بالغون
    [one] شخص بالغ واحد
    [two] شخصان بالغان
    [few] { $count } أشخاص بالغين
    [many] { $count } شخصًا بالغًا
   *[other] { $count } شخص بالغ
}
plan-van-aanpak-children = { $count ->
    [zero] لا أطفال
    [one] طفل واحد
    [two] طفلان
    [few] { $count } أطفال
    [many] { $count } طفلًا
   *[other] { $count } طفل
}

## This plan and the PIP.
plan-van-aanpak-heading-pip = هذه الخطة واندماجك
plan-van-aanpak-not-a-decision = خطة العمل هذه ليست قرارًا.
plan-van-aanpak-pip-set = لديك أيضًا { -pip } من أجل { -inburgering(case: "yours") }، وقد اتخذنا قرارًا بشأنها في { $date }. هذه الخطة مرتبطة بها، لكنها لا تحل محلها. واجباتك في { -inburgering } مكتوبة في الـPIP.
plan-van-aanpak-pip-planned = سنُعدّ أيضًا { -pip } من أجل { -inburgering(case: "yours") }، وذلك بعد { -brede-intake } واختبار القدرة على التعلّم. سيصلك قرار بشأن الـPIP. في حال عدم موافقتك عليه، يمكنك تقديم اعتراض (bezwaar)، أي طلب إعادة النظر في القرار. بعد ذلك نعدّل هذه الخطة.
plan-van-aanpak-route-b1 = مسارك التعليمي هو مسار B1 (B1-route): تعلّم الهولندية حتى المستوى B1 والمشاركة في المجتمع إلى جانب ذلك، مثلًا من خلال العمل.
plan-van-aanpak-route-education = مسارك التعليمي هو مسار التعليم (onderwijsroute): تعلّم الهولندية تمهيدًا للدراسة باللغة الهولندية.
plan-van-aanpak-route-z = مسارك التعليمي هو مسار الاعتماد على النفس (Z-route): تعلّم الهولندية بحسب مستواك والمشاركة في المجتمع.

## How much guidance: tailored support, intensive or light.
plan-van-aanpak-heading-support = هكذا نساعدك
plan-van-aanpak-support-intensive = نقدّم لك مرافقة مكثفة. نحن والمنظمات الأخرى نساعدك خطوة بخطوة. نشرح لك كل شيء. وعند الحاجة نذهب معك، مثلًا إلى البنك أو إلى طبيب العائلة.
plan-van-aanpak-support-light = { $form ->
    [ms] ستحصلين على المعلومات التي تحتاجين إليها. بعد ذلك تقومين بمعظم الأمور بنفسك. إذا لم تنجحي في أمر ما، فاطلبي منا المساعدة.
   *[mr] ستحصل على المعلومات التي تحتاج إليها. بعد ذلك تقوم بمعظم الأمور بنفسك. إذا لم تنجح في أمر ما، فاطلب منا المساعدة.
}
# Refers to the column "من" (col-who) and the value "أنت" (partner-resident).
plan-van-aanpak-how-to-read = في ما يلي جدول لكل موضوع: ماذا يحدث، ومن يقوم به، ومتى ينتهي. إذا كُتب «أنت» في عمود «من»، فأنت من يقوم بذلك بنفسه.

## Life domains: headings, the staff's note, and a domain without tasks.
plan-van-aanpak-domain-housing = السكن
plan-van-aanpak-domain-income = المال والدخل
plan-van-aanpak-domain-language = اللغة والاندماج
plan-van-aanpak-domain-work = العمل
plan-van-aanpak-domain-health = الصحة
plan-van-aanpak-domain-children = الأطفال والمدرسة
# Followed by a note typed by staff (not translated).
plan-van-aanpak-situation = وضعك:
plan-van-aanpak-no-actions = لا يحتاج أحد إلى فعل شيء في هذا الموضوع الآن.

## Contacts
plan-van-aanpak-heading-contacts = بمن يمكنك الاتصال؟
plan-van-aanpak-contacts-intro = { $form ->
    [ms] إذا كان لديك سؤال عن جزء من الخطة، فاتصلي بالمنظمة التي تتولاه.
   *[mr] إذا كان لديك سؤال عن جزء من الخطة، فاتصل بالمنظمة التي تتولاه.
}
plan-van-aanpak-col-organisation = المنظمة
plan-van-aanpak-col-name = الاسم

## Sharing data between the partners
plan-van-aanpak-heading-privacy = بياناتك
plan-van-aanpak-consent = في { $date } أعطيتنا الإذن بمشاركة بياناتك مع:
plan-van-aanpak-consent-scope = لا نشارك إلا البيانات التي تحتاج إليها هذه المنظمات من أجل هذه الخطة. يمكنك سحب إذنك في أي وقت، وذلك بالاتصال بـ{ $name } على الرقم { $phone }.
plan-van-aanpak-no-consent = لا نشارك بياناتك مع المنظمات المذكورة في هذه الخطة إلا بإذنك، أو إذا نص القانون على ذلك.

## Review
plan-van-aanpak-heading-review = متى نتحدث عن الخطة مرة أخرى؟
plan-van-aanpak-review = يوم { $date } نناقش الخطة معك من جديد. ننظر إلى ما يسير بشكل جيد وما لا يزال مطلوبًا. وعند الحاجة نعدّل الخطة. ستصلك دعوة لهذا اللقاء.
plan-van-aanpak-check = { $form ->
    [ms] إذا كان في هذه الخطة خطأ، أو إذا تغيّر شيء في حياتك، فاتصلي بـ{ $name } على الرقم { $phone }.
   *[mr] إذا كان في هذه الخطة خطأ، أو إذا تغيّر شيء في حياتك، فاتصل بـ{ $name } على الرقم { $phone }.
}
