### Beschikking bijstand: decision granting social assistance (Participatiewet).
### Machine draft, not reviewed by a qualified translator (see locale.toml).

beschikking-subject = قرار بشأن مساعدتك الاجتماعية
beschikking-intro-applied = تقدّمتَ في { $date } بطلب للحصول على المساعدة الاجتماعية (bijstand). في هذه الرسالة تجد قرارنا.
beschikking-intro = في هذه الرسالة تجد قرارنا بشأن مساعدتك الاجتماعية (bijstand).

beschikking-heading-decision = قرارنا: ستحصل على المساعدة الاجتماعية
beschikking-start = تحصل على المساعدة الاجتماعية ابتداءً من { $date }.
beschikking-period = تحصل على المساعدة الاجتماعية من { $start } حتى { $end } ضمنًا.
beschikking-household-single = هذه هي المساعدة الاجتماعية المخصصة للشخص الذي يعيش بمفرده.
beschikking-household-single-parent = هذه هي المساعدة الاجتماعية المخصصة للوالد المنفرد (أب أو أم يعيش وحده مع الأطفال).
beschikking-household-couple = هذه المساعدة الاجتماعية مخصصة لك ولشريكك معًا (متزوجان أو مقيمان معًا).
beschikking-amount = تبلغ مساعدتك الاجتماعية { $amount } في الشهر. هذا هو المبلغ بعد خصم الضريبة (الصافي).

beschikking-heading-money = أموالك في كل شهر
beschikking-fixed-costs-intro = ندفع كل شهر جزءًا من مساعدتك الاجتماعية مباشرةً لتسديد مصاريفك الثابتة. بذلك تتأكد من أن هذه الفواتير تُدفع في موعدها. أما المال المتبقي فتحصل عليه بنفسك في حسابك المصرفي.
beschikking-no-fixed-costs = تحصل كل شهر على المبلغ كاملًا بنفسك في حسابك المصرفي.
beschikking-col-payee = يُدفع إلى
beschikking-col-amount = في الشهر
beschikking-row-benefit = مساعدتك الاجتماعية (الصافي)
beschikking-row-we-pay = ما ندفعه عنك:
beschikking-cost-rent = الإيجار
beschikking-cost-energy = الطاقة (الغاز والكهرباء)
beschikking-cost-health-insurance = التأمين الصحي
beschikking-cost-water = الماء
beschikking-cost-municipal-taxes = ضرائب البلدية
beschikking-row-costs-total = مجموع المصاريف الثابتة
beschikking-row-own = ما تحصل عليه بنفسك
beschikking-own-amount = إذن تحصل كل شهر على { $amount } في حسابك المصرفي. من هذا المبلغ تدفع بنفسك ثمن المشتريات اليومية والملابس والمصاريف الأخرى.

beschikking-heading-coach = مرشد الميزانية الخاص بك
beschikking-coach = ستحصل على مساعدة من مرشد ميزانية. يساعدك مرشد الميزانية على إدارة أموالك بشكل جيد. مرشد الميزانية الخاص بك هو { $name } من { $organisation }. الهاتف: { $phone }.

beschikking-heading-obligations = بماذا يجب أن تلتزم؟
beschikking-obligations-intro = عندما تحصل على المساعدة الاجتماعية، يجب عليك الالتزام بهذه القواعد:
beschikking-obligation-report-changes = أخبرنا فورًا إذا تغيّر شيء في وضعك. مثلًا: إذا بدأت العمل، أو انتقلت إلى سكن آخر، أو جاء شخص ليسكن معك.
beschikking-obligation-look-for-work = ابحث عن عمل. سجّل نفسك كباحث عن عمل على موقع werk.nl وتقدّم للوظائف.
beschikking-obligation-accept-suitable-work = إذا عُرض عليك عمل، فيجب أن تقبله، حتى لو كان عملًا مختلفًا عمّا اعتدت عليه.
beschikking-obligation-language-duty = تعلّم اللغة الهولندية. احضر دروس اللغة التي نتفق عليها معك.
beschikking-obligation-cooperate-budget-coach = تعاوَن مع مرشد الميزانية. احضر المواعيد وأطلِعه على رسائلك المتعلقة بالمال.
beschikking-obligation-keep-appointments = احضر مواعيدك مع البلدية. إذا لم تستطع الحضور، فاتصل بنا في الوقت المناسب.
beschikking-obligation-report-travel-abroad = هل ستسافر إلى الخارج؟ أخبرنا بذلك مسبقًا. مع المساعدة الاجتماعية يمكنك البقاء في الخارج 4 أسابيع في السنة كحد أقصى.
beschikking-obligations-consequence = إذا لم تلتزم بهذه القواعد، يمكننا تخفيض مساعدتك الاجتماعية أو إيقافها. وقد يتعيّن عليك أحيانًا إعادة بعض المال.
beschikking-legal-basis = اتخذنا هذا القرار بناءً على قانون المشاركة (Participatiewet). وفي هذا القانون توجد أيضًا القواعد المذكورة أعلاه.

beschikking-heading-objection = هل أنت غير موافق على هذا القرار؟
# Arabic has six plural categories (CLDR): zero, one, two, few (3–10), many (11–99), other (100–102, …).
beschikking-objection = يمكنك عندئذٍ تقديم اعتراض (bezwaar). يجب أن تفعل ذلك خلال { $weeks ->
    [zero] { $weeks } أسبوع
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
} من تاريخ هذه الرسالة. يجب أن يصلنا اعتراضك في موعد أقصاه { $date }.
beschikking-objection-how = اكتب في اعتراضك: اسمك وعنوانك، والتاريخ، ومرجع هذه الرسالة ({ $reference })، وسبب عدم موافقتك. ثم وقّع عليه. أرسل اعتراضك إلى:
beschikking-objection-to = مجلس رئيس البلدية والمستشارين (het college van burgemeester en wethouders)
beschikking-objection-call = هل تريد أن تتحدث معنا أولًا؟ اتصل إذن بـ { $name } على الرقم { $phone }. ربما نستطيع أن نحل الأمر معًا.
