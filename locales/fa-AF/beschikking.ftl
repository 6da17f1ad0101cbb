### Beschikking bijstand: decision on social assistance (Participatiewet).
### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Dari has no grammatical gender for "you": no message selects on $form.
###
### One word for one thing: کمک معیشتی is the bijstand only; کمک‌هزینه is
### an allowance (toeslag) only; مستمری is another benefit (uitkering).
### The decision is «فیصله», the municipality «شاروالی».

-vakantiegeld = پول رخصتی
-toeslag = کمک‌هزینه
-college = هیئت اجرائیهٔ شاروالی (het college van burgemeester en wethouders)
-bezwaar = اعتراض
-kenmerk = نمبر مرجع
-voorschot = پیشکی
-participatiewet = قانون اشتراک (Participatiewet)

beschikking-subject = فیصله در مورد { -bijstand } شما

beschikking-intro = شما به تاریخ { $date } برای { -bijstand } (bijstand) درخواست دادید. { -bijstand } پولی از طرف شاروالی برای کسانی است که پول کافی برای گذران زندگی ندارند. در این نامه فیصلهٔ ما را می‌خوانید.

beschikking-heading-decision = فیصلهٔ ما
beschikking-decision-granted = { -college } در { $municipality } فیصله کرده است: شما از تاریخ { $date } { -bijstand } می‌گیرید.
beschikking-decision-granted-period = { -college } در { $municipality } فیصله کرده است: شما از تاریخ { $start } تا { $end } (همان روز هم شامل است) { -bijstand } می‌گیرید.
beschikking-decision-partly-granted = { -college } در { $municipality } فیصله کرده است: شما از تاریخ { $date } { -bijstand } می‌گیرید. اما همهٔ آنچه را درخواست کرده‌اید نمی‌گیرید. دلیل آن را در پایین می‌خوانید.
beschikking-decision-partly-granted-period = { -college } در { $municipality } فیصله کرده است: شما از تاریخ { $start } تا { $end } (همان روز هم شامل است) { -bijstand } می‌گیرید. اما همهٔ آنچه را درخواست کرده‌اید نمی‌گیرید. دلیل آن را در پایین می‌خوانید.
beschikking-decision-refused = { -college } در { $municipality } فیصله کرده است: شما { -bijstand } نمی‌گیرید. دلیل آن را در پایین می‌خوانید.
beschikking-college-explained = هیئت اجرائیه، ادارهٔ رهبری شاروالی است: شاروال و معاونان او (wethouders).
beschikking-couple = این فیصله برای شما و همسر یا شریک زندگی شما { $partner } یکجا است. شما { -bijstand } را یکجا می‌گیرید و هر دو باید قواعد این نامه را رعایت کنید.

beschikking-heading-reasons = چرا این فیصله را کردیم؟
beschikking-reasons-granted = شما در هالند زندگی می‌کنید و اجازه دارید اینجا زندگی کنید. پول یا دارایی کافی برای گذران زندگی ندارید. به همین دلیل حق دارید { -bijstand } بگیرید.
beschikking-reasons-intro-partly-granted = اما همهٔ آنچه را درخواست کرده‌اید نمی‌گیرید. دلیل آن این است:
beschikking-reasons-intro-refused = شما { -bijstand } نمی‌گیرید. دلیل آن این است:
beschikking-reason-start-date = شما { -bijstand } را از تاریخ { $requested } درخواست کردید. شما از تاریخ { $start } { -bijstand } می‌گیرید. این روزی است که برای { -bijstand } نزد ما آمدید و خود را معرفی کردید. زودتر از آن ممکن نیست.
beschikking-reason-income-too-high = عاید شما به اندازهٔ { -bijstand } برای وضعیت شما یا بیشتر از آن است. در این صورت حق گرفتن { -bijstand } را ندارید.
beschikking-reason-assets-too-high = شما بیشتر از اندازه‌ای که برای گرفتن { -bijstand } اجازه است پول یا دارایی دارید.
beschikking-reason-cost-sharers = شما با اشخاص بزرگسال دیگر در یک خانه زندگی می‌کنید. می‌توانید مصارف خانه را با هم تقسیم کنید. به همین دلیل { -bijstand } کمتر می‌گیرید.
beschikking-reason-missing-information = شما همهٔ معلومات و اسنادی را که ما ضرورت داشتیم به ما نداده‌اید. به همین دلیل نمی‌دانیم که آیا حق گرفتن { -bijstand } را دارید یا نه.
beschikking-reason-no-right-of-residence = شما اجازهٔ اقامتی ندارید که با آن بتوانید { -bijstand } بگیرید.
beschikking-reason-other = دلیل دیگر:

beschikking-heading-money = چقدر { -bijstand } می‌گیرید؟
beschikking-household-single = شما { -bijstand } را برای شخصی بدون همسر یا شریک زندگی (alleenstaande) می‌گیرید.
beschikking-household-single-parent = شما { -bijstand } را برای پدر یا مادری بدون همسر یا شریک زندگی که از طفل مراقبت می‌کند (alleenstaande ouder) می‌گیرید.
beschikking-household-couple = شما { -bijstand } را برای دو شریک زندگی یکجا می‌گیرید: شما ازدواج کرده‌اید یا با هم زندگی می‌کنید.
# $count: other adults in the home. Dari (CLDR fa): one and other.
beschikking-cost-sharers = { $count ->
    [one] { $count } شخص بزرگسال دیگر هم در خانهٔ شما زندگی می‌کند.
   *[other] { $count } شخص بزرگسال دیگر هم در خانهٔ شما زندگی می‌کنند.
} شما می‌توانید مصارف خانه را با هم تقسیم کنید. به همین دلیل { -bijstand } شما کمتر است. این را «معیار تقسیم مصارف» (kostendelersnorm) می‌گویند.
beschikking-calculation-intro = ما { -bijstand } ماهانهٔ شما را این‌طور حساب می‌کنیم:

beschikking-col-payee = پرداخت به
beschikking-col-amount = در ماه
beschikking-col-sum = مبلغ
beschikking-row-norm-single = { -bijstand } برای شخصی بدون همسر یا شریک زندگی
beschikking-row-norm-single-parent = { -bijstand } برای پدر یا مادری بدون همسر یا شریک زندگی
beschikking-row-norm-couple = { -bijstand } برای دو شریک زندگی
beschikking-row-holiday = منفی { -vakantiegeld } که برای شما پس‌انداز می‌کنیم
beschikking-row-income-wages = منفی { $whose ->
    [partner] معاش همسر یا شریک زندگی شما
   *[resident] معاش شما
}
beschikking-row-income-benefit = منفی { $whose ->
    [partner] مستمری دیگر همسر یا شریک زندگی شما
   *[resident] مستمری دیگر شما
}
beschikking-row-income-alimony = منفی { $whose ->
    [partner] نفقهٔ همسر یا شریک زندگی شما
   *[resident] نفقهٔ شما
}
beschikking-row-income-other = منفی { $whose ->
    [partner] عاید دیگر همسر یا شریک زندگی شما
   *[resident] عاید دیگر شما
}
beschikking-row-assistance = { -bijstand } ماهانهٔ شما
beschikking-row-we-pay = منفی بل‌هایی که ما برای شما می‌پردازیم
beschikking-row-own = این مبلغ را خودتان در حساب بانکی خود می‌گیرید
beschikking-payee-reference = نمبر: { $reference }
beschikking-cost-rent = کرایهٔ خانه
beschikking-cost-energy = انرژی (گاز و برق)
beschikking-cost-health-insurance = بیمهٔ صحی
beschikking-cost-water = آب
beschikking-cost-municipal-taxes = مالیات‌های شاروالی

beschikking-own-amount = پس شما هر ماه { $amount } در حساب بانکی خود می‌گیرید. با این پول خودتان خوراک، کالا و مصارف دیگر را می‌پردازید.
beschikking-payment-day = ما { -bijstand } شما را هر ماه حد اکثر تا روز { $day } ماه پرداخت می‌کنیم.
beschikking-holiday = ما هر ماه { $amount } برای شما پس‌انداز می‌کنیم: { -vakantiegeld } شما. این پول را یکجا، حد اکثر تا { $date }، می‌گیرید.
beschikking-allowances = { -toeslag } پولی از طرف ادارهٔ مالیات (Belastingdienst) است، مانند کمک‌هزینهٔ کرایهٔ خانه (huurtoeslag) و کمک‌هزینهٔ بیمهٔ صحی (zorgtoeslag). { -toeslag } از خود شما است. آن را در حساب { -bijstand } شما شامل نمی‌کنیم.

beschikking-heading-first-payment = اولین پرداخت شما
beschikking-advance = شما قبلاً یک { -voorschot } به مبلغ { $amount } گرفته‌اید. { -voorschot } پولی است که تا وقتی ما هنوز فیصله نکرده‌ایم می‌گیرید. ما { -voorschot } را از اولین پرداخت شما کم می‌کنیم.
beschikking-first-payment-intro = اولین پرداخت شما این‌طور است:
beschikking-row-first-period = { -bijstand } از { $from } تا { $to } (همان روز هم شامل است)
beschikking-row-first-costs = منفی بل‌هایی که ما برای شما می‌پردازیم
beschikking-row-first-advance = منفی { -voorschot } که قبلاً گرفته‌اید
beschikking-row-first-own = به تاریخ { $date } می‌گیرید
beschikking-advance-refused = شما یک { -voorschot } به مبلغ { $amount } گرفته‌اید. { -voorschot } پولی است که تا وقتی ما هنوز فیصله نکرده‌ایم می‌گیرید. چون { -bijstand } نمی‌گیرید، باید { -voorschot } را پس بدهید. در این مورد یک نامهٔ جداگانه می‌گیرید.

beschikking-heading-fixed-costs = بل‌هایی که ما برای شما می‌پردازیم
beschikking-fixed-costs-intro = ما هر ماه بخشی از { -bijstand } شما را مستقیماً پرداخت می‌کنیم، مثلاً برای کرایهٔ خانه و انرژی. به این ترتیب این بل‌ها همیشه به وقت پرداخت می‌شوند.
beschikking-basis-art-56a = ما باید این کار را انجام دهیم، چون شما باید دورهٔ ادغام را بگذرانید و اجازهٔ اقامت پناهندگی دارید. ما این کار را تا { $until } (همان روز هم شامل است) انجام می‌دهیم. بعد از آن این بل‌ها را دوباره خودتان می‌پردازید. برای این کار به ما یک اجازه‌نامه (machtiging) می‌دهید: فورمی که با آن به ما اجازهٔ پرداخت می‌دهید.
beschikking-basis-art-57 = ما این کار را انجام می‌دهیم، چون شما فعلاً هنوز نمی‌توانید این بل‌ها را به خوبی خودتان بپردازید. ما این کار را تا { $until } (همان روز هم شامل است) انجام می‌دهیم. بعد از آن با هم بررسی می‌کنیم که آیا می‌توانید بل‌ها را دوباره خودتان بپردازید. دلیل:
beschikking-basis-consent = شما به تاریخ { $date } از ما خواستید که این بل‌ها را برای شما بپردازیم. ما این کار را تا { $until } (همان روز هم شامل است) انجام می‌دهیم. اگر دیگر این را نمی‌خواهید، به ما بگویید. بعد آن را متوقف می‌کنیم.
beschikking-settlements-resident = ما تنها مبالغ جدول را می‌پردازیم. اگر بل دیگری گرفتید، مثلاً بل سالانهٔ انرژی، آن را خودتان می‌پردازید. اگر کرایهٔ خانه یا حق بیمهٔ شما تغییر کرد، به ما بگویید. بعد مبلغ را تغییر می‌دهیم.
beschikking-settlements-municipality = اگر برای این مصارف بل دیگری گرفتید، مثلاً بل سالانهٔ انرژی، آن را به ما بفرستید. ما آن را هم از { -bijstand } شما می‌پردازیم. اگر کرایهٔ خانه یا حق بیمهٔ شما تغییر کرد، به ما بگویید. بعد مبلغ را تغییر می‌دهیم.

beschikking-heading-coach = { -budgetcoach } شما
beschikking-coach = یک { -budgetcoach } با شما کمک می‌کند. { -budgetcoach } با شما کمک می‌کند که پول خود را خوب اداره کنید. { -budgetcoach } شما { $name } از { $organisation } است. تیلفون: { $phone }.

beschikking-heading-obligations = کدام قواعد را باید رعایت کنید؟
beschikking-obligations-intro = اگر { -bijstand } می‌گیرید، باید این قواعد را رعایت کنید:
beschikking-obligation-report-changes = اگر چیزی تغییر کرد، فوراً به ما بگویید، حتی اگر ما از شما نپرسیده باشیم. مثلاً: شما کار را شروع می‌کنید، از کسی پول می‌گیرید، به خانهٔ دیگری کوچ می‌کنید، کسی با شما زندگی می‌کند یا خانوادهٔ شما به هالند می‌آید.
beschikking-obligation-cooperate = معلومات و اسنادی را که از شما می‌خواهیم به ما بدهید. وقتی ما می‌خواهیم چیزی را بررسی کنیم، همکاری کنید.
beschikking-obligation-look-for-work = کار بپالید. در werk.nl به حیث کارجو ثبت نام کنید و برای کار درخواست بدهید.
beschikking-obligation-accept-suitable-work = اگر برای شما کاری پیشنهاد شد، باید آن کار را قبول کنید. حتی اگر آن کار با کاری که به آن عادت دارید فرق دارد.
beschikking-obligation-language-duty = هالندی یاد بگیرید. به کورس‌های زبانی که در پلان ادغام شما آمده یا کورس‌هایی که ما با شما توافق می‌کنیم بروید.
beschikking-obligation-cooperate-budget-coach = با { -budgetcoach } خود همکاری کنید. به ملاقات‌ها بروید و نامه‌های مربوط به پول خود را نشان بدهید.
beschikking-obligation-keep-appointments = به ملاقات‌های خود با شاروالی بیایید. اگر نمی‌توانید بیایید، پیش از ملاقات به ما تیلفون کنید.
beschikking-obligation-report-travel-abroad = اگر به خارج از کشور می‌روید، پیش از آن به ما بگویید. با { -bijstand } حد اکثر ۴ هفته در هر سال تقویمی می‌توانید در خارج از کشور باشید.
beschikking-obligation-authorise-direct-payment = اجازه‌نامه‌ای (machtiging) را که با آن می‌توانیم بل‌های شما را بپردازیم امضا کنید.
beschikking-consequence-report = اگر تغییری را گزارش ندهید یا دیر گزارش بدهید، ممکن است { -bijstand } بیشتر از حق خود بگیرید. در این صورت باید آن پول را پس بدهید، گاهی تمام مبلغی را که اضافه گرفته‌اید. ممکن است جریمه هم شوید.
beschikking-consequence-other = اگر قواعد دیگر را رعایت نکنید، ممکن است { -bijstand } شما را برای مدتی کم کنیم.

beschikking-heading-law = این فیصله بر اساس کدام قانون است؟
beschikking-law-intro = این فیصله بر اساس { -participatiewet } است. این قانون در مورد { -bijstand } است. ما از این مواد استفاده می‌کنیم:
beschikking-law-right = مادهٔ ۱۱ و ۱۹: کی حق گرفتن { -bijstand } را دارد
beschikking-law-couple = مادهٔ ۱۱، فقرهٔ ۴: شریکان زندگی { -bijstand } را یکجا می‌گیرند
beschikking-law-norm = مادهٔ ۲۱: چقدر { -bijstand } می‌گیرید (معیار)
beschikking-law-cost-sharers = مادهٔ ۲۲a: { -bijstand } کمتر اگر خانهٔ خود را با دیگران تقسیم می‌کنید (kostendelersnorm)
beschikking-law-income = مادهٔ ۳۱ و ۳۲: کدام عاید حساب می‌شود
beschikking-law-assets = مادهٔ ۳۴: کدام دارایی حساب می‌شود
beschikking-law-decision = مادهٔ ۴۳، ۴۴ و ۴۵: فیصله، تاریخ شروع و پرداخت
beschikking-law-decision-refused = مادهٔ ۴۳: فیصله در مورد درخواست شما
beschikking-law-advance = مادهٔ ۵۲: { -voorschot }
beschikking-law-basis-art-56a = مادهٔ ۵۶a: پرداخت بل‌ها برای کسانی که باید دورهٔ ادغام را بگذرانند
beschikking-law-basis-art-57 = مادهٔ ۵۷: پرداخت بل‌ها اگر هنوز نمی‌توانید این کار را خودتان بکنید
beschikking-law-duties = مادهٔ ۹، ۱۷ و ۱۸: وظایف شما، و { -bijstand } کمتر اگر قواعد را رعایت نکنید
beschikking-law-language = مادهٔ ۱۸b: یادگیری زبان هالندی (شرط زبان)
beschikking-law-recovery = مادهٔ ۱۸a و ۵۸: جریمه و پس دادن پول
beschikking-law-information = مادهٔ ۱۷: دادن معلوماتی که ما ضرورت داریم
beschikking-law-objection = قانون عمومی حقوق اداری (Algemene wet bestuursrecht)، مواد ۶:۴ تا ۶:۹: اعتراض کردن

beschikking-heading-objection = آیا با این فیصله موافق نیستید؟
beschikking-objection = در این صورت می‌توانید { -bezwaar } کنید. یعنی از { -college } می‌خواهید که دوباره به این فیصله نگاه کند.
beschikking-objection-deadline = برای این کار ۶ هفته وقت دارید. این مدت از روز بعد از فرستادن این نامه ({ $sent }) شروع می‌شود. پس { -bezwaar } شما باید حد اکثر تا { $date } به ما برسد.
beschikking-objection-post = اگر { -bezwaar } خود را با پست می‌فرستید، به وقت است اگر آن را حد اکثر تا { $date } به پست بدهید و ما آن را تا یک هفته بعد از آن بگیریم.
# $url: where to object online, printed as configured.
beschikking-objection-online = می‌توانید از طریق انترنت { -bezwaar } کنید: { $url }. یا یک نامه بفرستید به:
beschikking-objection-letter = یک نامه بفرستید به:
beschikking-objection-to = { -college } در { $municipality }
beschikking-objection-what = در نامهٔ { -bezwaar } خود بنویسید:
beschikking-objection-name = نام و آدرس شما
beschikking-objection-date = تاریخ
beschikking-objection-reference = { -kenmerk } این نامه: { $reference } (نمبری که در بالای این نامه آمده است)
beschikking-objection-why = چرا با این فیصله موافق نیستید
beschikking-objection-signature = امضای شما
beschikking-objection-copy = اگر می‌توانید، یک کاپی از این نامه را هم ضمیمه کنید.
beschikking-objection-couple = شما و همسر یا شریک زندگی شما هر دو می‌توانید { -bezwaar } کنید. اگر این کار را با هم انجام می‌دهید، هر دو نام و امضای خود را زیر آن بگذارید.
beschikking-objection-language = می‌توانید { -bezwaar } خود را به زبان خود بنویسید. گاهی از شما ترجمهٔ آن را می‌خواهیم. برای { -bezwaar } می‌توانید به‌طور رایگان از VluchtelingenWerk، دفتر مشورهٔ حقوقی (Juridisch Loket) یا مشاوران اجتماعی (sociaal raadslieden) شاروالی خود کمک بگیرید.
beschikking-objection-call = آیا اول می‌خواهید با ما صحبت کنید؟ به { $name } تیلفون کنید: { $phone }. شاید با هم مشکل را حل کنیم. توجه: تیلفون کردن به معنای { -bezwaar } کردن نیست. مهلت ۶ هفته همچنان جریان دارد.
beschikking-objection-in-force = حتی اگر { -bezwaar } کنید، این فیصله تا وقتی فیصلهٔ نو گرفته نشود اعتبار دارد.
beschikking-objection-urgent = اگر موضوع بسیار عاجل است، می‌توانید از محکمه بخواهید که زود یک فیصلهٔ موقت کند. به این «حکم موقت» (voorlopige voorziening) می‌گویند. در این صورت باید { -bezwaar } هم بکنید. آن را از محکمهٔ ساحه‌ای که در آن زندگی می‌کنید درخواست می‌کنید. محکمه برای آن پول (griffierecht) می‌گیرد. برای معلومات بیشتر به www.rechtspraak.nl مراجعه کنید.

beschikking-mandate = از طرف هیئت اجرائیهٔ شاروالی (het college van burgemeester en wethouders)،
