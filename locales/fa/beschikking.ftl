### Beschikking bijstand: decision on social assistance (Participatiewet).
### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Persian has no grammatical gender for "you": no message selects on $form.
###
### One word for one thing: کمک معیشتی is the bijstand only; یارانه is an
### allowance (toeslag) only; مقرری is another benefit (uitkering).

-vakantiegeld = پول تعطیلات
-toeslag = یارانه
-college = هیئت اجرایی شهرداری (het college van burgemeester en wethouders)
-bezwaar = اعتراض
-kenmerk = شمارهٔ مرجع
-voorschot = پیش‌پرداخت
-participatiewet = قانون مشارکت (Participatiewet)

beschikking-subject = تصمیم دربارهٔ { -bijstand } شما

beschikking-intro = شما در تاریخ { $date } درخواست { -bijstand } (bijstand) کردید. { -bijstand } پولی از طرف شهرداری برای کسانی است که پول کافی برای گذران زندگی ندارند. در این نامه تصمیم ما را می‌خوانید.

beschikking-heading-decision = تصمیم ما
beschikking-decision-granted = { -college } در { $municipality } تصمیم گرفته است: شما از تاریخ { $date } { -bijstand } دریافت می‌کنید.
beschikking-decision-granted-period = { -college } در { $municipality } تصمیم گرفته است: شما از تاریخ { $start } تا { $end } (با احتساب همان روز) { -bijstand } دریافت می‌کنید.
beschikking-decision-partly-granted = { -college } در { $municipality } تصمیم گرفته است: شما از تاریخ { $date } { -bijstand } دریافت می‌کنید. اما همهٔ آنچه را درخواست کرده‌اید دریافت نمی‌کنید. دلیل آن را در ادامه می‌خوانید.
beschikking-decision-partly-granted-period = { -college } در { $municipality } تصمیم گرفته است: شما از تاریخ { $start } تا { $end } (با احتساب همان روز) { -bijstand } دریافت می‌کنید. اما همهٔ آنچه را درخواست کرده‌اید دریافت نمی‌کنید. دلیل آن را در ادامه می‌خوانید.
beschikking-decision-refused = { -college } در { $municipality } تصمیم گرفته است: شما { -bijstand } دریافت نمی‌کنید. دلیل آن را در ادامه می‌خوانید.
beschikking-college-explained = هیئت اجرایی، مدیریت شهرداری است: شهردار و معاونان او (wethouders).
beschikking-couple = این تصمیم برای شما و همسر یا شریک زندگی‌تان { $partner } با هم است. شما { -bijstand } را با هم دریافت می‌کنید و هر دو باید قوانین این نامه را رعایت کنید.

beschikking-heading-reasons = چرا این تصمیم را گرفتیم؟
beschikking-reasons-granted = شما در هلند زندگی می‌کنید و اجازه دارید اینجا زندگی کنید. پول یا دارایی کافی برای گذران زندگی ندارید. به همین دلیل حق دارید { -bijstand } دریافت کنید.
beschikking-reasons-intro-partly-granted = اما همهٔ آنچه را درخواست کرده‌اید دریافت نمی‌کنید. دلیل آن این است:
beschikking-reasons-intro-refused = شما { -bijstand } دریافت نمی‌کنید. دلیل آن این است:
beschikking-reason-start-date = شما { -bijstand } را از تاریخ { $requested } درخواست کردید. شما از تاریخ { $start } { -bijstand } دریافت می‌کنید. این روزی است که برای { -bijstand } نزد ما آمدید و خود را معرفی کردید. زودتر از آن ممکن نیست.
beschikking-reason-income-too-high = درآمد شما به اندازهٔ { -bijstand } برای وضعیت شما یا بیشتر از آن است. در این صورت حق دریافت { -bijstand } ندارید.
beschikking-reason-assets-too-high = شما بیشتر از مقداری که برای دریافت { -bijstand } مجاز است پول یا دارایی دارید.
beschikking-reason-cost-sharers = شما با بزرگسالان دیگری در یک خانه زندگی می‌کنید. می‌توانید هزینه‌های خانه را با هم تقسیم کنید. به همین دلیل { -bijstand } کمتری دریافت می‌کنید.
beschikking-reason-missing-information = شما همهٔ اطلاعات و مدارکی را که ما لازم داشتیم به ما نداده‌اید. به همین دلیل نمی‌دانیم که آیا حق دریافت { -bijstand } دارید یا نه.
beschikking-reason-no-right-of-residence = شما اجازهٔ اقامتی ندارید که با آن بتوانید { -bijstand } دریافت کنید.
beschikking-reason-other = دلیل دیگر:

beschikking-heading-money = چقدر { -bijstand } دریافت می‌کنید؟
beschikking-household-single = شما { -bijstand } را برای فردی بدون همسر یا شریک زندگی (alleenstaande) دریافت می‌کنید.
beschikking-household-single-parent = شما { -bijstand } را برای پدر یا مادری بدون همسر یا شریک زندگی که از فرزند مراقبت می‌کند (alleenstaande ouder) دریافت می‌کنید.
beschikking-household-couple = شما { -bijstand } را برای دو شریک زندگی با هم دریافت می‌کنید: شما ازدواج کرده‌اید یا با هم زندگی می‌کنید.
# $count: other adults in the home. Persian (CLDR): one and other.
beschikking-cost-sharers = { $count ->
    [one] { $count } بزرگسال دیگر هم در خانهٔ شما زندگی می‌کند.
   *[other] { $count } بزرگسال دیگر هم در خانهٔ شما زندگی می‌کنند.
} شما می‌توانید هزینه‌های خانه را با هم تقسیم کنید. به همین دلیل { -bijstand } شما کمتر است. این را «معیار تقسیم هزینه» (kostendelersnorm) می‌نامند.
beschikking-calculation-intro = ما { -bijstand } ماهانهٔ شما را این‌طور حساب می‌کنیم:

beschikking-col-payee = پرداخت به
beschikking-col-amount = در ماه
beschikking-col-sum = مبلغ
beschikking-row-norm-single = { -bijstand } برای فردی بدون همسر یا شریک زندگی
beschikking-row-norm-single-parent = { -bijstand } برای پدر یا مادری بدون همسر یا شریک زندگی
beschikking-row-norm-couple = { -bijstand } برای دو شریک زندگی
beschikking-row-holiday = منهای { -vakantiegeld } که برای شما پس‌انداز می‌کنیم
beschikking-row-income-wages = منهای { $whose ->
    [partner] حقوق همسر یا شریک زندگی شما
   *[resident] حقوق شما
}
beschikking-row-income-benefit = منهای { $whose ->
    [partner] مقرری دیگر همسر یا شریک زندگی شما
   *[resident] مقرری دیگر شما
}
beschikking-row-income-alimony = منهای { $whose ->
    [partner] نفقهٔ همسر یا شریک زندگی شما
   *[resident] نفقهٔ شما
}
beschikking-row-income-other = منهای { $whose ->
    [partner] درآمد دیگر همسر یا شریک زندگی شما
   *[resident] درآمد دیگر شما
}
beschikking-row-assistance = { -bijstand } ماهانهٔ شما
beschikking-row-we-pay = منهای صورت‌حساب‌هایی که ما برای شما می‌پردازیم
beschikking-row-own = این مبلغ را خودتان در حساب بانکی‌تان دریافت می‌کنید
beschikking-payee-reference = شماره: { $reference }
beschikking-cost-rent = اجاره‌بها
beschikking-cost-energy = انرژی (گاز و برق)
beschikking-cost-health-insurance = بیمهٔ درمانی
beschikking-cost-water = آب
beschikking-cost-municipal-taxes = مالیات‌های شهرداری

beschikking-own-amount = پس شما هر ماه { $amount } در حساب بانکی خود دریافت می‌کنید. با این پول خودتان خرید روزانه، لباس و هزینه‌های دیگر را می‌پردازید.
beschikking-payment-day = ما { -bijstand } شما را هر ماه حداکثر تا روز { $day } ماه پرداخت می‌کنیم.
beschikking-holiday = ما هر ماه { $amount } برای شما پس‌انداز می‌کنیم: { -vakantiegeld } شما. این پول را یک‌جا، حداکثر تا { $date }، دریافت می‌کنید.
beschikking-allowances = { -toeslag } پولی از طرف ادارهٔ مالیات (Belastingdienst) است، مانند یارانهٔ اجاره‌بها (huurtoeslag) و یارانهٔ بیمهٔ درمانی (zorgtoeslag). { -toeslag } مال خود شما است. آن را در محاسبهٔ { -bijstand } شما به حساب نمی‌آوریم.

beschikking-heading-first-payment = اولین پرداخت شما
beschikking-advance = شما قبلاً یک { -voorschot } به مبلغ { $amount } دریافت کرده‌اید. { -voorschot } پولی است که تا وقتی ما هنوز تصمیم نگرفته‌ایم دریافت می‌کنید. ما { -voorschot } را از اولین پرداخت شما کم می‌کنیم.
beschikking-first-payment-intro = اولین پرداخت شما این‌طور است:
beschikking-row-first-period = { -bijstand } از { $from } تا { $to } (با احتساب همان روز)
beschikking-row-first-costs = منهای صورت‌حساب‌هایی که ما برای شما می‌پردازیم
beschikking-row-first-advance = منهای { -voorschot } که قبلاً دریافت کرده‌اید
beschikking-row-first-own = در تاریخ { $date } دریافت می‌کنید
beschikking-advance-refused = شما یک { -voorschot } به مبلغ { $amount } دریافت کرده‌اید. { -voorschot } پولی است که تا وقتی ما هنوز تصمیم نگرفته‌ایم دریافت می‌کنید. چون { -bijstand } دریافت نمی‌کنید، باید { -voorschot } را پس بدهید. در این باره نامهٔ جداگانه‌ای دریافت می‌کنید.

beschikking-heading-fixed-costs = صورت‌حساب‌هایی که ما برای شما می‌پردازیم
beschikking-fixed-costs-intro = ما هر ماه بخشی از { -bijstand } شما را مستقیماً پرداخت می‌کنیم، مثلاً برای اجاره‌بها و انرژی. به این ترتیب این صورت‌حساب‌ها همیشه به موقع پرداخت می‌شوند.
beschikking-basis-art-56a = ما باید این کار را انجام دهیم، چون شما باید دورهٔ ادغام را بگذرانید و اجازهٔ اقامت پناهندگی دارید. ما این کار را تا { $until } (با احتساب همان روز) انجام می‌دهیم. بعد از آن این صورت‌حساب‌ها را دوباره خودتان می‌پردازید. برای این کار به ما یک اجازه‌نامه (machtiging) می‌دهید: فرمی که با آن به ما اجازهٔ پرداخت می‌دهید.
beschikking-basis-art-57 = ما این کار را انجام می‌دهیم، چون شما فعلاً هنوز نمی‌توانید این صورت‌حساب‌ها را به‌خوبی خودتان بپردازید. ما این کار را تا { $until } (با احتساب همان روز) انجام می‌دهیم. بعد از آن با هم بررسی می‌کنیم که آیا می‌توانید صورت‌حساب‌ها را دوباره خودتان بپردازید. دلیل:
beschikking-basis-consent = شما در تاریخ { $date } از ما خواستید که این صورت‌حساب‌ها را برای شما بپردازیم. ما این کار را تا { $until } (با احتساب همان روز) انجام می‌دهیم. اگر دیگر این را نمی‌خواهید، به ما بگویید. آن وقت آن را متوقف می‌کنیم.
beschikking-settlements-resident = ما فقط مبالغ جدول را می‌پردازیم. اگر صورت‌حساب دیگری دریافت کردید، مثلاً صورت‌حساب سالانهٔ انرژی، آن را خودتان می‌پردازید. اگر اجاره‌بها یا حق بیمهٔ شما تغییر کرد، به ما بگویید. آن وقت مبلغ را تغییر می‌دهیم.
beschikking-settlements-municipality = اگر برای این هزینه‌ها صورت‌حساب دیگری دریافت کردید، مثلاً صورت‌حساب سالانهٔ انرژی، آن را برای ما بفرستید. ما آن را هم از { -bijstand } شما می‌پردازیم. اگر اجاره‌بها یا حق بیمهٔ شما تغییر کرد، به ما بگویید. آن وقت مبلغ را تغییر می‌دهیم.

beschikking-heading-coach = { -budgetcoach } شما
beschikking-coach = شما از یک { -budgetcoach } کمک می‌گیرید. { -budgetcoach } به شما کمک می‌کند که پول خود را خوب مدیریت کنید. { -budgetcoach } شما { $name } از { $organisation } است. تلفن: { $phone }.

beschikking-heading-obligations = چه قوانینی را باید رعایت کنید؟
beschikking-obligations-intro = اگر { -bijstand } دریافت می‌کنید، باید این قوانین را رعایت کنید:
beschikking-obligation-report-changes = اگر چیزی تغییر کرد، فوراً به ما بگویید، حتی اگر ما از شما نپرسیده باشیم. مثلاً: شروع به کار می‌کنید، از کسی پول می‌گیرید، به خانهٔ دیگری می‌روید، کسی پیش شما زندگی می‌کند یا خانواده‌تان به هلند می‌آید.
beschikking-obligation-cooperate = اطلاعات و مدارکی را که از شما می‌خواهیم به ما بدهید. وقتی ما می‌خواهیم چیزی را بررسی کنیم، همکاری کنید.
beschikking-obligation-look-for-work = دنبال کار بگردید. در werk.nl به عنوان کارجو ثبت‌نام کنید و برای کار درخواست بدهید.
beschikking-obligation-accept-suitable-work = اگر به شما کاری پیشنهاد شد، باید آن را بپذیرید. حتی اگر آن کار با کاری که به آن عادت دارید فرق دارد.
beschikking-obligation-language-duty = هلندی یاد بگیرید. به کلاس‌های زبانی که در برنامهٔ ادغام شما آمده یا کلاس‌هایی که ما با شما توافق می‌کنیم بروید.
beschikking-obligation-cooperate-budget-coach = با { -budgetcoach } خود همکاری کنید. به گفتگوها بروید و نامه‌های مربوط به پول خود را نشان دهید.
beschikking-obligation-keep-appointments = به گفتگوهای خود با شهرداری بیایید. اگر نمی‌توانید بیایید، پیش از گفتگو به ما زنگ بزنید.
beschikking-obligation-report-travel-abroad = اگر به خارج از کشور می‌روید، پیش از آن به ما بگویید. با { -bijstand } حداکثر ۴ هفته در هر سال تقویمی می‌توانید در خارج از کشور باشید.
beschikking-obligation-authorise-direct-payment = اجازه‌نامه‌ای (machtiging) را که با آن می‌توانیم صورت‌حساب‌های شما را بپردازیم امضا کنید.
beschikking-consequence-report = اگر تغییری را گزارش نکنید یا دیر گزارش کنید، ممکن است { -bijstand } بیشتری از حق خود دریافت کنید. در این صورت باید آن پول را پس بدهید، گاهی همهٔ مبلغی که اضافه دریافت کرده‌اید. ممکن است جریمه هم بشوید.
beschikking-consequence-other = اگر قوانین دیگر را رعایت نکنید، ممکن است { -bijstand } شما را برای مدتی کم کنیم.

beschikking-heading-law = این تصمیم بر اساس کدام قانون است؟
beschikking-law-intro = این تصمیم بر اساس { -participatiewet } است. این قانون مربوط به { -bijstand } است. ما از این مواد استفاده می‌کنیم:
beschikking-law-right = مادهٔ ۱۱ و ۱۹: چه کسی حق دریافت { -bijstand } دارد
beschikking-law-couple = مادهٔ ۱۱، بند ۴: شریک‌های زندگی { -bijstand } را با هم دریافت می‌کنند
beschikking-law-norm = مادهٔ ۲۱: چقدر { -bijstand } دریافت می‌کنید (معیار)
beschikking-law-cost-sharers = مادهٔ ۲۲a: { -bijstand } کمتر اگر خانهٔ خود را با دیگران تقسیم می‌کنید (kostendelersnorm)
beschikking-law-income = مادهٔ ۳۱ و ۳۲: کدام درآمد به حساب می‌آید
beschikking-law-assets = مادهٔ ۳۴: کدام دارایی به حساب می‌آید
beschikking-law-decision = مادهٔ ۴۳، ۴۴ و ۴۵: تصمیم، تاریخ شروع و پرداخت
beschikking-law-decision-refused = مادهٔ ۴۳: تصمیم دربارهٔ درخواست شما
beschikking-law-advance = مادهٔ ۵۲: { -voorschot }
beschikking-law-basis-art-56a = مادهٔ ۵۶a: پرداخت صورت‌حساب‌ها برای کسانی که باید دورهٔ ادغام را بگذرانند
beschikking-law-basis-art-57 = مادهٔ ۵۷: پرداخت صورت‌حساب‌ها اگر هنوز نمی‌توانید خودتان این کار را بکنید
beschikking-law-duties = مادهٔ ۹، ۱۷ و ۱۸: وظایف شما، و { -bijstand } کمتر اگر قوانین را رعایت نکنید
beschikking-law-language = مادهٔ ۱۸b: یادگیری زبان هلندی (شرط زبان)
beschikking-law-recovery = مادهٔ ۱۸a و ۵۸: جریمه و پس دادن پول
beschikking-law-information = مادهٔ ۱۷: دادن اطلاعاتی که ما لازم داریم
beschikking-law-objection = قانون عمومی حقوق اداری (Algemene wet bestuursrecht)، مواد ۶:۴ تا ۶:۹: اعتراض کردن

beschikking-heading-objection = آیا با این تصمیم موافق نیستید؟
beschikking-objection = در این صورت می‌توانید { -bezwaar } کنید. یعنی از { -college } می‌خواهید که دوباره به این تصمیم نگاه کند.
beschikking-objection-deadline = برای این کار ۶ هفته فرصت دارید. این مدت از روز بعد از فرستادن این نامه ({ $sent }) شروع می‌شود. پس { -bezwaar } شما باید حداکثر تا { $date } به دست ما برسد.
beschikking-objection-post = اگر { -bezwaar } خود را با پست می‌فرستید، به موقع است اگر آن را حداکثر تا { $date } به پست بدهید و ما آن را تا یک هفته بعد از آن دریافت کنیم.
# $url: where to object online, printed as configured.
beschikking-objection-online = می‌توانید از طریق اینترنت { -bezwaar } کنید: { $url }. یا نامه‌ای بفرستید به:
beschikking-objection-letter = نامه‌ای بفرستید به:
beschikking-objection-to = { -college } در { $municipality }
beschikking-objection-what = در نامهٔ { -bezwaar } خود بنویسید:
beschikking-objection-name = نام و نشانی شما
beschikking-objection-date = تاریخ
beschikking-objection-reference = { -kenmerk } این نامه: { $reference } (شماره‌ای که بالای این نامه آمده است)
beschikking-objection-why = چرا با این تصمیم موافق نیستید
beschikking-objection-signature = امضای شما
beschikking-objection-copy = اگر می‌توانید، یک کپی از این نامه هم ضمیمه کنید.
beschikking-objection-couple = شما و همسر یا شریک زندگی‌تان هر دو می‌توانید { -bezwaar } کنید. اگر این کار را با هم انجام می‌دهید، هر دو نام و امضای خود را زیر آن بگذارید.
beschikking-objection-language = می‌توانید { -bezwaar } خود را به زبان خودتان بنویسید. گاهی از شما ترجمهٔ آن را می‌خواهیم. برای { -bezwaar } می‌توانید رایگان از VluchtelingenWerk، مرکز مشاورهٔ حقوقی (Juridisch Loket) یا مشاوران اجتماعی (sociaal raadslieden) شهرداری خود کمک بگیرید.
beschikking-objection-call = آیا اول می‌خواهید با ما صحبت کنید؟ به { $name } زنگ بزنید: { $phone }. شاید با هم مشکل را حل کنیم. توجه: زنگ زدن به معنای { -bezwaar } کردن نیست. مهلت ۶ هفته‌ای همچنان ادامه دارد.
beschikking-objection-in-force = حتی اگر { -bezwaar } کنید، این تصمیم تا وقتی تصمیم جدیدی گرفته نشده معتبر است.
beschikking-objection-urgent = اگر موضوع خیلی فوری است، می‌توانید از دادگاه بخواهید که زود یک تصمیم موقت بگیرد. به این «دستور موقت» (voorlopige voorziening) می‌گویند. در این صورت باید { -bezwaar } هم بکنید. آن را از دادگاه منطقه‌ای که در آن زندگی می‌کنید درخواست می‌کنید. دادگاه برای آن هزینه‌ای (griffierecht) می‌گیرد. برای اطلاعات بیشتر به www.rechtspraak.nl مراجعه کنید.

beschikking-mandate = از طرف هیئت اجرایی شهرداری (het college van burgemeester en wethouders)،
