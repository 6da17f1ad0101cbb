### Beschikking bijstand: decision on social assistance (Participatiewet).
### Machine draft, not reviewed by a qualified translator (see locale.toml).
###
### The resident is addressed in the grammatical gender of their form of
### address: $form is mr, ms or neutral; [ms] is feminine, the default
### (mr, neutral) masculine. Where a sentence can say the same without a
### gendered verb (a verbal noun, "عليك"), it does.
###
### One word for one thing: المساعدة الاجتماعية is the assistance (bijstand)
### only; بدل is an allowance (toeslag) only.

-vakantiegeld = مبلغ العطلة
-toeslag = { $def ->
    [yes] البدل
   *[no] بدل
}
-college = { $short ->
    [yes] الهيئة التنفيذية للبلدية
   *[no] الهيئة التنفيذية للبلدية (het college van burgemeester en wethouders)
}
-bezwaar = اعتراض
-kenmerk = الرقم المرجعي
-voorschot = { $def ->
    [yes] السلفة
   *[no] سلفة
}
-participatiewet = قانون المشاركة (Participatiewet)

beschikking-subject = قرار بشأن مساعدتك الاجتماعية

beschikking-intro = تقدّمت في { $date } بطلب للحصول على { -bijstand } (bijstand). { -bijstand } هي مال من البلدية للأشخاص الذين لا يملكون ما يكفي من المال للعيش. في هذه الرسالة { $form ->
    [ms] تجدين
   *[mr] تجد
} قرارنا.

beschikking-heading-decision = قرارنا
beschikking-decision-granted = قررت { -college } في { $municipality }: { $form ->
    [ms] ستحصلين
   *[mr] ستحصل
} على { -bijstand } ابتداءً من { $date }.
beschikking-decision-granted-period = قررت { -college } في { $municipality }: { $form ->
    [ms] ستحصلين
   *[mr] ستحصل
} على { -bijstand } من { $start } حتى { $end } ضمنًا.
beschikking-decision-partly-granted = قررت { -college } في { $municipality }: { $form ->
    [ms] ستحصلين على { -bijstand } ابتداءً من { $date }. لكنك لن تحصلي على كل ما طلبته. ستجدين السبب أدناه.
   *[mr] ستحصل على { -bijstand } ابتداءً من { $date }. لكنك لن تحصل على كل ما طلبته. ستجد السبب أدناه.
}
beschikking-decision-partly-granted-period = قررت { -college } في { $municipality }: { $form ->
    [ms] ستحصلين على { -bijstand } من { $start } حتى { $end } ضمنًا. لكنك لن تحصلي على كل ما طلبته. ستجدين السبب أدناه.
   *[mr] ستحصل على { -bijstand } من { $start } حتى { $end } ضمنًا. لكنك لن تحصل على كل ما طلبته. ستجد السبب أدناه.
}
beschikking-decision-refused = قررت { -college } في { $municipality }: { $form ->
    [ms] لن تحصلي على { -bijstand }. ستجدين السبب أدناه.
   *[mr] لن تحصل على { -bijstand }. ستجد السبب أدناه.
}
beschikking-college-explained = الهيئة التنفيذية هي رئيس البلدية ونوّابه (wethouders)، وهم الذين يديرون البلدية.
beschikking-couple = هذا القرار لك ولشريك حياتك { $partner } معًا. تحصلان على { -bijstand } معًا، ويجب على كل منكما الالتزام بالقواعد الواردة في هذه الرسالة.

beschikking-heading-reasons = لماذا اتخذنا هذا القرار؟
beschikking-reasons-granted = { $form ->
    [ms] أنتِ تعيشين في هولندا ويحق لكِ الإقامة فيها. وليس لديكِ ما يكفي من المال أو الممتلكات لتعيشي منه.
   *[mr] أنت تعيش في هولندا ويحق لك الإقامة فيها. وليس لديك ما يكفي من المال أو الممتلكات لتعيش منه.
} لذلك يحق لك الحصول على { -bijstand }.
beschikking-reasons-intro-partly-granted = { $form ->
    [ms] لكنك لن تحصلي على كل ما طلبته، للأسباب التالية:
   *[mr] لكنك لن تحصل على كل ما طلبته، للأسباب التالية:
}
beschikking-reasons-intro-refused = { $form ->
    [ms] لن تحصلي على { -bijstand }، للأسباب التالية:
   *[mr] لن تحصل على { -bijstand }، للأسباب التالية:
}
beschikking-reason-start-date = طلبت { -bijstand } ابتداءً من { $requested }. { $form ->
    [ms] ستحصلين
   *[mr] ستحصل
} على { -bijstand } ابتداءً من { $start }، وهو اليوم الذي جئت فيه إلينا لطلب { -bijstand }. ولا يمكن أن تبدأ قبل ذلك.
beschikking-reason-income-too-high = دخلك يساوي { -bijstand } المخصصة لوضعك أو يزيد عليها. لذلك لا يحق لك الحصول على { -bijstand }.
beschikking-reason-assets-too-high = لديك من المال أو الممتلكات (الثروة) أكثر مما هو مسموح به لمن يحصل على { -bijstand }.
beschikking-reason-cost-sharers = { $form ->
    [ms] تعيشين
   *[mr] تعيش
} في بيت واحد مع أشخاص بالغين آخرين، ويمكنكم تقاسم تكاليف البيت. لذلك تكون { -bijstand(case: "yours") } أقل.
beschikking-reason-missing-information = { $form ->
    [ms] لم تقدّمي
   *[mr] لم تقدّم
} لنا كل المعلومات والأوراق التي كنا نحتاج إليها. لذلك لا نعرف هل يحق لك الحصول على { -bijstand }.
beschikking-reason-no-right-of-residence = ليس لديك تصريح إقامة يسمح لك بالحصول على { -bijstand }.
beschikking-reason-other = سبب آخر:

beschikking-heading-money = كم تبلغ مساعدتك الاجتماعية؟
beschikking-household-single = { $form ->
    [ms] تحصلين
   *[mr] تحصل
} على { -bijstand } المخصصة لشخص ليس له شريك حياة (alleenstaande).
beschikking-household-single-parent = { $form ->
    [ms] تحصلين
   *[mr] تحصل
} على { -bijstand } المخصصة لأب أو أم ليس له شريك حياة ويعتني بطفل (alleenstaande ouder).
beschikking-household-couple = { $form ->
    [ms] تحصلين
   *[mr] تحصل
} على { -bijstand } المخصصة لشريكين معًا: أنتما متزوجان أو تعيشان معًا.
# Arabic has six plural categories (CLDR): zero, one, two, few (3–10), many (11–99), other (100–102, …).
beschikking-cost-sharers = يعيش في بيتك أيضًا { $count ->
    [zero] { $count } شخص بالغ آخر
    [one] شخص بالغ آخر
    [two] شخصان بالغان آخران
    [few] { $count } أشخاص بالغين آخرين
    [many] { $count } شخصًا بالغًا آخر
   *[other] { $count } شخص بالغ آخر
}. ويمكنكم تقاسم تكاليف البيت. لذلك تكون { -bijstand(case: "yours") } أقل. ويسمى هذا معيار تقاسم التكاليف (kostendelersnorm).
beschikking-calculation-intro = هكذا نحسب { -bijstand(case: "yours") } في الشهر:

beschikking-col-payee = يُدفع إلى
beschikking-col-amount = في الشهر
beschikking-col-sum = المبلغ
beschikking-row-norm-single = { -bijstand } لشخص ليس له شريك حياة
beschikking-row-norm-single-parent = { -bijstand } لأب أو أم ليس له شريك حياة
beschikking-row-norm-couple = { -bijstand } لشريكين
beschikking-row-holiday = ناقص: { -vakantiegeld } الذي ندّخره لك
beschikking-row-income-wages = ناقص: { $whose ->
    [partner] أجر شريك حياتك
   *[resident] أجرك
}
beschikking-row-income-benefit = ناقص: { $whose ->
    [partner] إعانة أخرى يحصل عليها شريك حياتك
   *[resident] إعانة أخرى تحصل عليها
}
beschikking-row-income-alimony = ناقص: { $whose ->
    [partner] النفقة التي يحصل عليها شريك حياتك
   *[resident] النفقة التي تحصل عليها
}
beschikking-row-income-other = ناقص: { $whose ->
    [partner] دخل آخر لشريك حياتك
   *[resident] دخل آخر لك
}
beschikking-row-assistance = { -bijstand(case: "yours") } في الشهر
beschikking-row-we-pay = ناقص: الفواتير التي ندفعها عنك
beschikking-row-own = ما يصل إلى حسابك المصرفي
beschikking-payee-reference = الرقم: { $reference }
beschikking-cost-rent = الإيجار
beschikking-cost-energy = الطاقة (الغاز والكهرباء)
beschikking-cost-health-insurance = التأمين الصحي
beschikking-cost-water = الماء
beschikking-cost-municipal-taxes = ضرائب البلدية

beschikking-own-amount = { $form ->
    [ms] إذن تحصلين كل شهر على { $amount } في حسابك المصرفي. ومن هذا المبلغ تدفعين بنفسك ثمن المشتريات اليومية والملابس والمصاريف الأخرى.
   *[mr] إذن تحصل كل شهر على { $amount } في حسابك المصرفي. ومن هذا المبلغ تدفع بنفسك ثمن المشتريات اليومية والملابس والمصاريف الأخرى.
}
beschikking-payment-day = ندفع { -bijstand(case: "yours") } كل شهر في موعد أقصاه اليوم { $day } من الشهر.
beschikking-holiday = ندّخر لك كل شهر { $amount }: هذا هو { -vakantiegeld } (vakantiegeld). { $form ->
    [ms] ستحصلين
   *[mr] ستحصل
} عليه دفعة واحدة في موعد أقصاه { $date }.
beschikking-allowances = { -toeslag(def: "yes") } (toeslag) مال من مصلحة الضرائب (Belastingdienst)، مثل بدل الإيجار (huurtoeslag) وبدل الرعاية الصحية (zorgtoeslag). { -toeslag(def: "yes") } يبقى لك، ولا يُحسب من { -bijstand(case: "yours") }.

beschikking-heading-first-payment = دفعتك الأولى
beschikking-advance = حصلت من قبل على { -voorschot } (voorschot) قدرها { $amount }. { -voorschot(def: "yes") } مال يُدفع لك ما دمنا لم نتخذ قرارًا بعد. نخصم { -voorschot(def: "yes") } من دفعتك الأولى.
beschikking-first-payment-intro = هكذا تبدو دفعتك الأولى:
beschikking-row-first-period = { -bijstand } من { $from } حتى { $to } ضمنًا
beschikking-row-first-costs = ناقص: الفواتير التي ندفعها عنك
beschikking-row-first-advance = ناقص: { -voorschot(def: "yes") } التي حصلت عليها
beschikking-row-first-own = يصلك في { $date }
beschikking-advance-refused = حصلت على { -voorschot } (voorschot) قدرها { $amount }. { -voorschot(def: "yes") } مال يُدفع لك ما دمنا لم نتخذ قرارًا بعد. ولأنك لن { $form ->
    [ms] تحصلي
   *[mr] تحصل
} على { -bijstand }، يجب عليك إعادة { -voorschot(def: "yes") } كلها. وستصلك بشأن ذلك رسالة منفصلة.

beschikking-heading-fixed-costs = الفواتير التي ندفعها عنك
beschikking-fixed-costs-intro = كل شهر نحوّل جزءًا من { -bijstand(case: "yours") } مباشرةً، مثلًا لدفع الإيجار والطاقة. بذلك تُدفع هذه الفواتير دائمًا في موعدها.
beschikking-basis-art-56a = { $form ->
    [ms] يجب علينا ذلك لأنك ملزَمة بالاندماج (inburgering) ولديك تصريح إقامة لجوء. نفعل ذلك حتى { $until } ضمنًا. بعد ذلك تدفعين هذه الفواتير بنفسك من جديد. ولهذا تعطيننا تفويضًا (machtiging): وهو استمارة تسمحين لنا بها بالدفع.
   *[mr] يجب علينا ذلك لأنك ملزَم بالاندماج (inburgering) ولديك تصريح إقامة لجوء. نفعل ذلك حتى { $until } ضمنًا. بعد ذلك تدفع هذه الفواتير بنفسك من جديد. ولهذا تعطينا تفويضًا (machtiging): وهو استمارة تسمح لنا بها بالدفع.
}
beschikking-basis-art-57 = { $form ->
    [ms] نفعل ذلك لأنك لا تستطيعين الآن أن تدفعي هذه الفواتير بنفسك بشكل جيد.
   *[mr] نفعل ذلك لأنك لا تستطيع الآن أن تدفع هذه الفواتير بنفسك بشكل جيد.
} نفعل ذلك حتى { $until } ضمنًا. بعد ذلك ننظر معك هل يمكنك دفع الفواتير بنفسك من جديد. السبب:
beschikking-basis-consent = طلبت منا في { $date } أن ندفع هذه الفواتير عنك. نفعل ذلك حتى { $until } ضمنًا. { $form ->
    [ms] إذا لم تعودي تريدين ذلك، فأخبرينا.
   *[mr] إذا لم تعد تريد ذلك، فأخبرنا.
} وعندها نتوقف.
beschikking-settlements-resident = { $form ->
    [ms] ندفع فقط المبالغ الواردة في الجدول. إذا وصلتك فاتورة أخرى، مثل الفاتورة السنوية للطاقة، فادفعيها بنفسك. وإذا تغيّر إيجارك أو قسط التأمين، فأخبرينا لنعدّل المبلغ.
   *[mr] ندفع فقط المبالغ الواردة في الجدول. إذا وصلتك فاتورة أخرى، مثل الفاتورة السنوية للطاقة، فادفعها بنفسك. وإذا تغيّر إيجارك أو قسط التأمين، فأخبرنا لنعدّل المبلغ.
}
beschikking-settlements-municipality = { $form ->
    [ms] إذا وصلتك فاتورة أخرى لهذه التكاليف، مثل الفاتورة السنوية للطاقة، فأرسليها إلينا. ندفعها أيضًا من { -bijstand(case: "yours") }. وإذا تغيّر إيجارك أو قسط التأمين، فأخبرينا لنعدّل المبلغ.
   *[mr] إذا وصلتك فاتورة أخرى لهذه التكاليف، مثل الفاتورة السنوية للطاقة، فأرسلها إلينا. ندفعها أيضًا من { -bijstand(case: "yours") }. وإذا تغيّر إيجارك أو قسط التأمين، فأخبرنا لنعدّل المبلغ.
}

beschikking-heading-coach = مرشد الميزانية الخاص بك
beschikking-coach = { $form ->
    [ms] ستحصلين
   *[mr] ستحصل
} على مساعدة من { -budgetcoach }. يساعدك { -budgetcoach } على إدارة أموالك بشكل جيد. { -budgetcoach } الخاص بك هو { $name } من { $organisation }. الهاتف: { $phone }.

beschikking-heading-obligations = ما القواعد التي يجب الالتزام بها؟
beschikking-obligations-intro = { $form ->
    [ms] عندما تحصلين
   *[mr] عندما تحصل
} على { -bijstand }، يجب عليك الالتزام بهذه القواعد:
beschikking-obligation-report-changes = { $form ->
    [ms] أخبرينا فورًا إذا تغيّر شيء، حتى لو لم نسألك. مثلًا: إذا بدأتِ العمل، أو حصلتِ على مال من أحد، أو انتقلتِ إلى سكن آخر، أو جاء شخص ليسكن معك، أو جاءت عائلتك إلى هولندا.
   *[mr] أخبرنا فورًا إذا تغيّر شيء، حتى لو لم نسألك. مثلًا: إذا بدأت العمل، أو حصلت على مال من أحد، أو انتقلت إلى سكن آخر، أو جاء شخص ليسكن معك، أو جاءت عائلتك إلى هولندا.
}
beschikking-obligation-cooperate = { $form ->
    [ms] أعطينا المعلومات والأوراق التي نطلبها، وتعاوني معنا إذا أردنا التحقق من شيء.
   *[mr] أعطنا المعلومات والأوراق التي نطلبها، وتعاون معنا إذا أردنا التحقق من شيء.
}
beschikking-obligation-look-for-work = { $form ->
    [ms] ابحثي عن عمل. سجّلي نفسك كباحثة عن عمل على موقع werk.nl وتقدّمي للوظائف.
   *[mr] ابحث عن عمل. سجّل نفسك كباحث عن عمل على موقع werk.nl وتقدّم للوظائف.
}
beschikking-obligation-accept-suitable-work = إذا عُرض عليك عمل، فيجب عليك قبوله، حتى لو كان عملًا مختلفًا عمّا اعتدت عليه.
beschikking-obligation-language-duty = { $form ->
    [ms] تعلّمي اللغة الهولندية. احضري دروس اللغة الواردة في خطة اندماجك أو الدروس التي نتفق عليها معك.
   *[mr] تعلّم اللغة الهولندية. احضر دروس اللغة الواردة في خطة اندماجك أو الدروس التي نتفق عليها معك.
}
beschikking-obligation-cooperate-budget-coach = { $form ->
    [ms] تعاوني مع { -budgetcoach }. احضري اللقاءات وأطلعيه على رسائلك المتعلقة بالمال.
   *[mr] تعاون مع { -budgetcoach }. احضر اللقاءات وأطلعه على رسائلك المتعلقة بالمال.
}
beschikking-obligation-keep-appointments = { $form ->
    [ms] احضري لقاءاتك مع البلدية. إذا لم تستطيعي الحضور، فاتصلي بنا قبل اللقاء.
   *[mr] احضر لقاءاتك مع البلدية. إذا لم تستطع الحضور، فاتصل بنا قبل اللقاء.
}
beschikking-obligation-report-travel-abroad = { $form ->
    [ms] إذا سافرتِ إلى الخارج، فأخبرينا بذلك مسبقًا.
   *[mr] إذا سافرت إلى الخارج، فأخبرنا بذلك مسبقًا.
} مع { -bijstand } يُسمح لك بالبقاء في الخارج 4 أسابيع كحد أقصى في السنة التقويمية.
beschikking-obligation-authorise-direct-payment = { $form ->
    [ms] وقّعي
   *[mr] وقّع
} التفويض الذي يسمح لنا بدفع فواتيرك.
beschikking-consequence-report = { $form ->
    [ms] إذا لم تبلّغينا بتغيير أو بلّغتِنا به متأخرة، فقد تحصلين
   *[mr] إذا لم تبلّغنا بتغيير أو بلّغتنا به متأخرًا، فقد تحصل
} على { -bijstand } أكثر مما يحق لك. وعندها يجب عليك إعادة هذا المال، وأحيانًا كل المبلغ الزائد الذي حصلت عليه. ويمكن أيضًا أن تُفرض عليك غرامة.
beschikking-consequence-other = إذا لم { $form ->
    [ms] تلتزمي
   *[mr] تلتزم
} بالقواعد الأخرى، يمكننا تخفيض { -bijstand(case: "yours") } لفترة.

beschikking-heading-law = على أي قانون يستند هذا القرار؟
beschikking-law-intro = يستند هذا القرار إلى { -participatiewet }، وهو القانون الخاص بـ{ -bijstand }. ونطبّق المواد التالية:
beschikking-law-right = المادتان 11 و19: من يحق له الحصول على { -bijstand }
beschikking-law-couple = المادة 11، الفقرة 4: يحصل الشريكان على { -bijstand } معًا
beschikking-law-norm = المادة 21: مقدار { -bijstand } (المعيار)
beschikking-law-cost-sharers = المادة 22a: { -bijstand } أقل عند تقاسم السكن (kostendelersnorm)
beschikking-law-income = المادتان 31 و32: أي دخل يُحسب
beschikking-law-assets = المادة 34: أي ثروة تُحسب
beschikking-law-decision = المواد 43 و44 و45: القرار وتاريخ البدء والدفع
beschikking-law-decision-refused = المادة 43: القرار بشأن طلبك
beschikking-law-advance = المادة 52: { -voorschot(def: "yes") }
beschikking-law-basis-art-56a = المادة 56a: دفع الفواتير خلال الاندماج
beschikking-law-basis-art-57 = المادة 57: دفع الفواتير عمّن لا يستطيع دفعها بنفسه بعد
beschikking-law-duties = المواد 9 و17 و18: واجباتك، وتخفيض { -bijstand }
beschikking-law-language = المادة 18b: تعلّم اللغة الهولندية (شرط اللغة)
beschikking-law-recovery = المادتان 18a و58: الغرامة وإعادة المال
beschikking-law-information = المادة 17: تقديم المعلومات التي نحتاج إليها
beschikking-law-objection = قانون الإدارة العام (Awb)، المواد 6:4 إلى 6:9: الاعتراض

beschikking-heading-objection = الاعتراض على هذا القرار
beschikking-objection = { $form ->
    [ms] إذا لم تكوني موافقة على هذا القرار، يمكنك تقديم { -bezwaar } (bezwaar)، أي أن تطلبي
   *[mr] إذا لم تكن موافقًا على هذا القرار، يمكنك تقديم { -bezwaar } (bezwaar)، أي أن تطلب
} من { -college(short: "yes") } إعادة النظر فيه.
beschikking-objection-deadline = لديك لذلك 6 أسابيع، تبدأ في اليوم التالي لإرسالنا هذه الرسالة ({ $sent }). لذا يجب أن يصلنا اعتراضك في موعد أقصاه { $date }.
beschikking-objection-post = إذا أرسلت اعتراضك بالبريد، فهو في الموعد أيضًا إذا سلّمته للبريد في موعد أقصاه { $date } ووصلنا خلال أسبوع بعد ذلك.
beschikking-objection-online = يمكنك تقديم { -bezwaar } عبر الإنترنت: { $url }. { $form ->
    [ms] أو أرسلي
   *[mr] أو أرسل
} رسالة إلى:
beschikking-objection-letter = { $form ->
    [ms] أرسلي
   *[mr] أرسل
} رسالة إلى:
beschikking-objection-to = { -college }، { $municipality }
beschikking-objection-what = { $form ->
    [ms] اكتبي
   *[mr] اكتب
} في اعتراضك:
beschikking-objection-name = اسمك وعنوانك
beschikking-objection-date = التاريخ
beschikking-objection-reference = { -kenmerk } لهذه الرسالة: { $reference } (الرقم الموجود أعلى هذه الرسالة)
beschikking-objection-why = سبب عدم موافقتك على هذا القرار
beschikking-objection-signature = توقيعك
beschikking-objection-copy = { $form ->
    [ms] أرسلي
   *[mr] أرسل
} مع الاعتراض نسخة من هذه الرسالة إن أمكن.
beschikking-objection-couple = يمكنك أنت وشريك حياتك تقديم { -bezwaar } كلاكما. وإذا فعلتما ذلك معًا، فاكتبا اسميكما ووقّعا كلاكما.
beschikking-objection-language = يمكنك كتابة اعتراضك بلغتك، وقد نطلب ترجمة له. وتساعدك في كتابة الاعتراض مجانًا منظمة اللاجئين ومكتب الاستشارات القانونية والمستشارون الاجتماعيون في بلديتك، وأسماؤهم بالهولندية: VluchtelingenWerk, Juridisch Loket, sociaal raadslieden.
beschikking-objection-call = { $form ->
    [ms] هل تريدين التحدث معنا أولًا؟ اتصلي إذن بـ{ $name } على الرقم { $phone }. ربما نستطيع أن نحل الأمر معًا. انتبهي: الاتصال الهاتفي ليس اعتراضًا، ومهلة الأسابيع الستة تستمر.
   *[mr] هل تريد التحدث معنا أولًا؟ اتصل إذن بـ{ $name } على الرقم { $phone }. ربما نستطيع أن نحل الأمر معًا. انتبه: الاتصال الهاتفي ليس اعتراضًا، ومهلة الأسابيع الستة تستمر.
}
beschikking-objection-in-force = حتى إذا قدّمت { -bezwaar }، يبقى هذا القرار ساريًا إلى أن يصدر قرار جديد.
beschikking-objection-urgent = { $form ->
    [ms] في الحالات العاجلة يمكنك أن تطلبي من المحكمة اتخاذ قرار مؤقت بسرعة، مع تقديم { -bezwaar } كذلك. تقدّمين الطلب إلى المحكمة في منطقة سكنك، وتطلب المحكمة مقابل ذلك رسومًا.
   *[mr] في الحالات العاجلة يمكنك أن تطلب من المحكمة اتخاذ قرار مؤقت بسرعة، مع تقديم { -bezwaar } كذلك. تقدّم الطلب إلى المحكمة في منطقة سكنك، وتطلب المحكمة مقابل ذلك رسومًا.
} واسم هذا الطلب بالهولندية: voorlopige voorziening. ⁨www.rechtspraak.nl⁩

beschikking-mandate = نيابةً عن { -college(short: "yes") }،
