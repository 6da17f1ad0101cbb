### Plan van aanpak: the one plan for a status holder, made together with the
### resident and the chain partners (COA, VluchtelingenWerk, language school,
### budget coach, municipality). Per life domain: what has to happen, who does
### it and by when; whom to call; how much guidance; when the plan is reviewed.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

plan-van-aanpak-subject = خطة العمل الخاصة بك

plan-van-aanpak-intro = في { $date } وضعنا معك خطة. الهدف: أن تتمكن في أسرع وقت ممكن من تدبير أمور حياتك في هولندا بنفسك. في هذه الرسالة تجد الخطة كاملة.
plan-van-aanpak-participants = وشاركت في وضع الخطة أيضًا هذه المنظمات:
plan-van-aanpak-one-plan = نحن نعمل معًا. لذلك تحصل على خطة واحدة منا جميعًا، وليس على خطة منفصلة من كل منظمة.

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

## How much guidance: tailored support, intensive or light.
plan-van-aanpak-heading-support = هكذا نساعدك
plan-van-aanpak-support-intensive = ستحصل على مرافقة مكثفة. نحن والمنظمات الأخرى نساعدك خطوة بخطوة. نشرح لك كل شيء. وعند الحاجة نذهب معك، مثلًا إلى البنك أو إلى طبيب العائلة.
plan-van-aanpak-support-light = ستحصل على المعلومات التي تحتاج إليها. بعد ذلك تقوم بمعظم الأمور بنفسك. إذا لم تنجح في أمر ما، فاطلب منا المساعدة.
# Refers to the column "من" (col-who) and the value "أنت" (partner-resident).
plan-van-aanpak-how-to-read = في ما يلي تجد لكل موضوع: ماذا يجب أن يحدث، ومن يقوم به، ومتى يجب أن ينتهي. إذا كُتب «أنت» في عمود «من»، فأنت من يقوم بذلك بنفسك.

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
plan-van-aanpak-contacts-intro = هل لديك سؤال عن جزء من الخطة؟ اتصل إذن بالمنظمة التي تقوم به.
plan-van-aanpak-col-organisation = المنظمة
plan-van-aanpak-col-name = الاسم

## Review
plan-van-aanpak-heading-review = متى نتحدث عن الخطة مرة أخرى؟
plan-van-aanpak-review = في { $date } نناقش الخطة معك من جديد. ننظر إلى ما يسير بشكل جيد وما لا يزال مطلوبًا. وعند الحاجة نعدّل الخطة. ستصلك دعوة لهذا اللقاء.
plan-van-aanpak-check = هل هناك خطأ في هذه الخطة؟ أو هل تغيّر شيء في حياتك؟ اتصل إذن بـ { $name } على الرقم { $phone }.
