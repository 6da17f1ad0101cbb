### Beschikking bijstand: decision on social assistance (Participatiewet).
### Machine draft, not reviewed by a qualified translator (see locale.toml).
### The resident is addressed with polite «تاسو» and plural verbs, which do
### not change with gender: no message selects on $form.
###
### One word for one thing: ټولنیزه مرسته is the bijstand only (oblique
### ټولنیزې مرستې: `-bijstand(case: "obl")`); سبسایډي is an allowance
### (toeslag) only; بله تادیه is another benefit (uitkering); the decision
### is «پرېکړه».

-vakantiegeld = د رخصتۍ پیسې
-toeslag = سبسایډي
-college = د ښاروالۍ اجرائیوي بورډ (het college van burgemeester en wethouders)
-bezwaar = اعتراض
-kenmerk = د حوالې شمېره
-voorschot = پېشکي
-participatiewet = د ګډون قانون (Participatiewet)

beschikking-subject = ستاسو د { -bijstand(case: "obl") } په اړه پرېکړه

beschikking-intro = تاسو د { $date } په نېټه د { -bijstand(case: "obl") } (bijstand) لپاره غوښتنلیک ورکړ. { -bijstand } د ښاروالۍ له خوا هغو کسانو ته پیسې دي چې د ژوند لپاره کافي پیسې نه لري. په دې لیک کې زموږ پرېکړه لولئ.

beschikking-heading-decision = زموږ پرېکړه
beschikking-decision-granted = په { $municipality } کې { -college } پرېکړه کړې ده: تاسو د { $date } له نېټې څخه { -bijstand } ترلاسه کوئ.
beschikking-decision-granted-period = په { $municipality } کې { -college } پرېکړه کړې ده: تاسو د { $start } له نېټې څخه تر { $end } پورې (هغه ورځ هم پکې شامله ده) { -bijstand } ترلاسه کوئ.
beschikking-decision-partly-granted = په { $municipality } کې { -college } پرېکړه کړې ده: تاسو د { $date } له نېټې څخه { -bijstand } ترلاسه کوئ. خو هغه ټول څه نه ترلاسه کوئ چې غوښتي مو وو. ولې، هغه لاندې لولئ.
beschikking-decision-partly-granted-period = په { $municipality } کې { -college } پرېکړه کړې ده: تاسو د { $start } له نېټې څخه تر { $end } پورې (هغه ورځ هم پکې شامله ده) { -bijstand } ترلاسه کوئ. خو هغه ټول څه نه ترلاسه کوئ چې غوښتي مو وو. ولې، هغه لاندې لولئ.
beschikking-decision-refused = په { $municipality } کې { -college } پرېکړه کړې ده: تاسو { -bijstand } نه ترلاسه کوئ. ولې، هغه لاندې لولئ.
beschikking-college-explained = اجرائیوي بورډ د ښاروالۍ مشري ده: ښاروال او د هغه مرستیالان (wethouders).
beschikking-couple = دا پرېکړه تاسو او ستاسو د ژوند ملګري { $partner } دواړو ته ده. تاسو { -bijstand } یو ځای ترلاسه کوئ، او دواړه باید د دې لیک قواعد مراعات کړئ.

beschikking-heading-reasons = ولې مو دا پرېکړه وکړه؟
beschikking-reasons-granted = تاسو په هالنډ کې اوسېږئ او اجازه لرئ چې دلته اوسېږئ. د ژوند لپاره کافي پیسې یا شتمني نه لرئ. له همدې امله د { -bijstand(case: "obl") } حق لرئ.
beschikking-reasons-intro-partly-granted = خو هغه ټول څه نه ترلاسه کوئ چې غوښتي مو وو. دلیل یې دا دی:
beschikking-reasons-intro-refused = تاسو { -bijstand } نه ترلاسه کوئ. دلیل یې دا دی:
beschikking-reason-start-date = تاسو د { $requested } له نېټې څخه { -bijstand } غوښتې وه. تاسو د { $start } له نېټې څخه { -bijstand } ترلاسه کوئ. دا هغه ورځ ده چې تاسو د { -bijstand(case: "obl") } لپاره موږ ته راغلئ او ځان مو معرفي کړ. له دې مخکې نه شي کېدای.
beschikking-reason-income-too-high = ستاسو عاید ستاسو د حالت لپاره د { -bijstand(case: "obl") } برابر یا له هغې ډېر دی. بیا د { -bijstand(case: "obl") } حق نه لرئ.
beschikking-reason-assets-too-high = تاسو له هغه اندازې ډېرې پیسې یا شتمني (دارايي) لرئ چې د { -bijstand(case: "obl") } ترلاسه کولو پر مهال اجازه ده.
beschikking-reason-cost-sharers = تاسو له نورو لویو کسانو سره په یوه کور کې اوسېږئ. کولی شئ د کور لګښتونه سره شریک کړئ. له همدې امله لږه { -bijstand } ترلاسه کوئ.
beschikking-reason-missing-information = تاسو موږ ته ټول هغه معلومات او اسناد نه دي راکړي چې موږ ورته اړتیا درلوده. له همدې امله نه پوهېږو چې ایا تاسو د { -bijstand(case: "obl") } حق لرئ که نه.
beschikking-reason-no-right-of-residence = تاسو د اوسېدو داسې اجازه نه لرئ چې پر بنسټ یې { -bijstand } ترلاسه کړای شئ.
beschikking-reason-other = بل دلیل:

beschikking-heading-money = څومره { -bijstand } ترلاسه کوئ؟
beschikking-household-single = تاسو { -bijstand } د داسې کس لپاره ترلاسه کوئ چې د ژوند ملګری نه لري (alleenstaande).
beschikking-household-single-parent = تاسو { -bijstand } د داسې مور یا پلار لپاره ترلاسه کوئ چې د ژوند ملګری نه لري او د ماشوم پالنه کوي (alleenstaande ouder).
beschikking-household-couple = تاسو { -bijstand } د دوو ملګرو لپاره یو ځای ترلاسه کوئ: تاسو واده کړی دی یا یو ځای ژوند کوئ.
# $count: other adults in the home. Pashto (CLDR): one and other.
beschikking-cost-sharers = { $count ->
    [one] ستاسو په کور کې { $count } بل لوی کس هم اوسېږي.
   *[other] ستاسو په کور کې { $count } نور لوی کسان هم اوسېږي.
} تاسو کولی شئ د کور لګښتونه سره شریک کړئ. له همدې امله ستاسو { -bijstand } لږه ده. دې ته د لګښت د شریکولو معیار (kostendelersnorm) وایي.
beschikking-calculation-intro = موږ ستاسو میاشتنۍ { -bijstand } داسې حسابوو:

beschikking-col-payee = چا ته ورکړل کېږي
beschikking-col-amount = په میاشت کې
beschikking-col-sum = مبلغ
beschikking-row-norm-single = { -bijstand } د داسې کس لپاره چې د ژوند ملګری نه لري
beschikking-row-norm-single-parent = { -bijstand } د داسې مور یا پلار لپاره چې د ژوند ملګری نه لري
beschikking-row-norm-couple = { -bijstand } د دوو ملګرو لپاره
beschikking-row-holiday = منفي: { -vakantiegeld } چې ستاسو لپاره یې سپموو
beschikking-row-income-wages = منفي: { $whose ->
    [partner] ستاسو د ژوند د ملګري معاش
   *[resident] ستاسو معاش
}
beschikking-row-income-benefit = منفي: { $whose ->
    [partner] ستاسو د ژوند د ملګري بله تادیه
   *[resident] ستاسو بله تادیه
}
beschikking-row-income-alimony = منفي: { $whose ->
    [partner] ستاسو د ژوند د ملګري نفقه
   *[resident] ستاسو نفقه
}
beschikking-row-income-other = منفي: { $whose ->
    [partner] ستاسو د ژوند د ملګري نور عاید
   *[resident] ستاسو نور عاید
}
beschikking-row-assistance = ستاسو میاشتنۍ { -bijstand }
beschikking-row-we-pay = منفي: هغه بلونه چې موږ یې ستاسو لپاره ورکوو
beschikking-row-own = دا پیسې پخپله په خپل بانکي حساب کې ترلاسه کوئ
beschikking-payee-reference = شمېره: { $reference }
beschikking-cost-rent = کرایه
beschikking-cost-energy = انرژي (ګاز او برېښنا)
beschikking-cost-health-insurance = روغتیايي بیمه
beschikking-cost-water = اوبه
beschikking-cost-municipal-taxes = د ښاروالۍ مالیې

beschikking-own-amount = نو تاسو هره میاشت { $amount } په خپل بانکي حساب کې ترلاسه کوئ. له دې پیسو څخه پخپله د ورځني خوراک، جامو او نورو لګښتونو پیسې ورکوئ.
beschikking-payment-day = موږ ستاسو { -bijstand } هره میاشت د میاشتې تر { $day } نېټې پورې درکوو.
beschikking-holiday = موږ هره میاشت ستاسو لپاره { $amount } سپموو: ستاسو { -vakantiegeld }. دا پیسې یو ځل، تر { $date } پورې، ترلاسه کوئ.
beschikking-allowances = { -toeslag } د مالیې ادارې (Belastingdienst) پیسې دي، لکه د کور د کرایې سبسایډي (huurtoeslag) او د روغتیايي بیمې سبسایډي (zorgtoeslag). { -toeslag } ستاسو خپله ده. موږ یې ستاسو د { -bijstand(case: "obl") } په حساب کې نه شمېرو.

beschikking-heading-first-payment = ستاسو لومړۍ تادیه
beschikking-advance = تاسو مخکې { $amount } { -voorschot } ترلاسه کړې ده. { -voorschot } هغه پیسې دي چې تر هغه وخته یې ترلاسه کوئ چې موږ لا پرېکړه نه ده کړې. موږ { -voorschot } ستاسو له لومړۍ تادیې څخه کموو.
beschikking-first-payment-intro = ستاسو لومړۍ تادیه داسې ده:
beschikking-row-first-period = { -bijstand } د { $from } له نېټې څخه تر { $to } پورې (هغه ورځ هم پکې شامله ده)
beschikking-row-first-costs = منفي: هغه بلونه چې موږ یې ستاسو لپاره ورکوو
beschikking-row-first-advance = منفي: هغه { -voorschot } چې مو مخکې ترلاسه کړې ده
beschikking-row-first-own = د { $date } په نېټه یې ترلاسه کوئ
beschikking-advance-refused = تاسو { $amount } { -voorschot } ترلاسه کړې ده. { -voorschot } هغه پیسې دي چې تر هغه وخته یې ترلاسه کوئ چې موږ لا پرېکړه نه ده کړې. څرنګه چې { -bijstand } نه ترلاسه کوئ، باید { -voorschot } بېرته ورکړئ. د دې په اړه به جلا لیک ترلاسه کړئ.

beschikking-heading-fixed-costs = هغه بلونه چې موږ یې ستاسو لپاره ورکوو
beschikking-fixed-costs-intro = موږ هره میاشت ستاسو د { -bijstand(case: "obl") } یوه برخه مستقیم ورکوو، د بېلګې په توګه ستاسو د کرایې او انرژۍ لپاره. په دې توګه دا بلونه تل په وخت ورکړل کېږي.
beschikking-basis-art-56a = موږ باید دا کار وکړو، ځکه چې تاسو باید د ادغام دوره تېره کړئ او د پناه غوښتنې د اوسېدو اجازه لرئ. موږ دا کار تر { $until } پورې (هغه ورځ هم پکې شامله ده) کوو. له هغې وروسته دا بلونه بیا پخپله ورکوئ. د دې لپاره موږ ته یو اجازه لیک (machtiging) راکوئ: یو فورمه چې پرې موږ ته د تادیې اجازه راکوئ.
beschikking-basis-art-57 = موږ دا کار کوو، ځکه چې تاسو اوس لا دا بلونه پخپله په سمه توګه نه شئ ورکولی. موږ دا کار تر { $until } پورې (هغه ورځ هم پکې شامله ده) کوو. له هغې وروسته به له تاسو سره یو ځای وګورو چې ایا تاسو بیا دا بلونه پخپله ورکولی شئ. دلیل:
beschikking-basis-consent = تاسو د { $date } په نېټه له موږ وغوښتل چې دا بلونه ستاسو لپاره ورکړو. موږ دا کار تر { $until } پورې (هغه ورځ هم پکې شامله ده) کوو. که نور دا نه غواړئ، موږ ته ووایاست. بیا به یې ودروو.
beschikking-settlements-resident = موږ یوازې د جدول مبلغونه ورکوو. که بل بل ترلاسه کړئ، د بېلګې په توګه د انرژۍ کلنی حساب، هغه پخپله ورکوئ. که ستاسو کرایه یا د بیمې پیسې بدلې شي، موږ ته ووایاست. بیا به مبلغ بدل کړو.
beschikking-settlements-municipality = که د دې لګښتونو لپاره بل بل ترلاسه کړئ، د بېلګې په توګه د انرژۍ کلنی حساب، هغه موږ ته راولېږئ. موږ هغه هم ستاسو له { -bijstand(case: "obl") } څخه ورکوو. که ستاسو کرایه یا د بیمې پیسې بدلې شي، موږ ته ووایاست. بیا به مبلغ بدل کړو.

beschikking-heading-coach = ستاسو { -budgetcoach }
beschikking-coach = یو { -budgetcoach } درسره مرسته کوي. { -budgetcoach } درسره مرسته کوي چې خپلې پیسې ښه اداره کړئ. ستاسو { -budgetcoach } د { $organisation } څخه { $name } دی. ټیلیفون: { $phone }.

beschikking-heading-obligations = کوم قواعد باید مراعات کړئ؟
beschikking-obligations-intro = که { -bijstand } ترلاسه کوئ، باید دا قواعد مراعات کړئ:
beschikking-obligation-report-changes = که کوم شی بدل شو، سمدلاسه موږ ته ووایاست، که څه هم موږ پوښتنه نه وي کړې. د بېلګې په توګه: کار پیلوئ، له چا پیسې ترلاسه کوئ، بل کور ته کډه کوئ، څوک له تاسو سره اوسېږي یا ستاسو کورنۍ هالنډ ته راځي.
beschikking-obligation-cooperate = هغه معلومات او اسناد موږ ته راکړئ چې غواړو یې. کله چې موږ غواړو کوم شی وڅېړو، همکاري وکړئ.
beschikking-obligation-look-for-work = کار ولټوئ. په werk.nl کې د کار غوښتونکي په توګه نوم ولیکئ او د کار لپاره غوښتنلیک ورکړئ.
beschikking-obligation-accept-suitable-work = که تاسو ته کار وړاندې شي، باید هغه کار ومنئ. که څه هم هغه کار له هغه کار څخه توپیر لري چې تاسو ورسره عادت یاست.
beschikking-obligation-language-duty = هالنډي ژبه زده کړئ. د ژبې هغو درسونو ته ورشئ چې ستاسو د ادغام په پلان کې دي یا هغو درسونو ته چې موږ یې له تاسو سره موافقه کوو.
beschikking-obligation-cooperate-budget-coach = له خپل { -budgetcoach } سره همکاري وکړئ. ناستو ته ورشئ او د پیسو په اړه خپل لیکونه ورته وښایاست.
beschikking-obligation-keep-appointments = له ښاروالۍ سره خپلو ناستو ته راشئ. که راتلی نه شئ، له ناستې مخکې موږ ته زنګ ووهئ.
beschikking-obligation-report-travel-abroad = که بهر ته ځئ، مخکې موږ ته ووایاست. د { -bijstand(case: "obl") } سره په هر کال کې تر ډېره ۴ اونۍ بهر پاتې کېدای شئ.
beschikking-obligation-authorise-direct-payment = هغه اجازه لیک (machtiging) لاسلیک کړئ چې پرې موږ ستاسو بلونه ورکولی شو.
beschikking-consequence-report = که کوم بدلون ونه وایاست یا یې ناوخته ووایاست، کېدای شي له خپل حق څخه ډېره { -bijstand } ترلاسه کړئ. بیا باید هغه پیسې بېرته ورکړئ، کله کله ټولې هغه پیسې چې اضافه مو ترلاسه کړې دي. کېدای شي جریمه هم شئ.
beschikking-consequence-other = که نور قواعد مراعات نه کړئ، کېدای شي ستاسو { -bijstand } د یوې مودې لپاره کمه کړو.

beschikking-heading-law = دا پرېکړه پر کوم قانون ولاړه ده؟
beschikking-law-intro = دا پرېکړه پر { -participatiewet } ولاړه ده. دا د { -bijstand(case: "obl") } قانون دی. موږ دا مادې کاروو:
beschikking-law-right = ماده ۱۱ او ۱۹: څوک د { -bijstand(case: "obl") } حق لري
beschikking-law-couple = ماده ۱۱، څلورمه فقره: د ژوند ملګري { -bijstand } یو ځای ترلاسه کوي
beschikking-law-norm = ماده ۲۱: څومره { -bijstand } ترلاسه کوئ (معیار)
beschikking-law-cost-sharers = ماده ۲۲a: لږه { -bijstand } که خپل کور له نورو سره شریکوئ (kostendelersnorm)
beschikking-law-income = ماده ۳۱ او ۳۲: کوم عاید شمېرل کېږي
beschikking-law-assets = ماده ۳۴: کومه شتمني شمېرل کېږي
beschikking-law-decision = ماده ۴۳، ۴۴ او ۴۵: پرېکړه، د پیل نېټه او تادیه
beschikking-law-decision-refused = ماده ۴۳: ستاسو پر غوښتنلیک پرېکړه
beschikking-law-advance = ماده ۵۲: { -voorschot }
beschikking-law-basis-art-56a = ماده ۵۶a: د هغو کسانو لپاره د بلونو ورکول چې باید د ادغام دوره تېره کړي
beschikking-law-basis-art-57 = ماده ۵۷: د بلونو ورکول که تاسو لا دا کار پخپله نه شئ کولی
beschikking-law-duties = ماده ۹، ۱۷ او ۱۸: ستاسو دندې، او لږه { -bijstand } که قواعد مراعات نه کړئ
beschikking-law-language = ماده ۱۸b: د هالنډي ژبې زده کړه (د ژبې شرط)
beschikking-law-recovery = ماده ۱۸a او ۵۸: جریمه او د پیسو بېرته ورکول
beschikking-law-information = ماده ۱۷: د هغو معلوماتو ورکول چې موږ ورته اړتیا لرو
beschikking-law-objection = د اداري حقوقو عمومي قانون (Algemene wet bestuursrecht)، مادې ۶:۴ تر ۶:۹ پورې: اعتراض کول

beschikking-heading-objection = ایا له دې پرېکړې سره موافق نه یاست؟
beschikking-objection = نو کولی شئ { -bezwaar } وکړئ. دا په دې مانا ده: تاسو له { -college } غواړئ چې بیا دې پرېکړې ته وګوري.
beschikking-objection-deadline = د دې لپاره ۶ اونۍ وخت لرئ. دا موده له هغې ورځې وروسته پیلېږي چې موږ دا لیک ولېږه ({ $sent }). نو ستاسو { -bezwaar } باید تر { $date } پورې موږ ته ورسېږي.
beschikking-objection-post = که خپل { -bezwaar } په پوسټ لېږئ، هغه هم په وخت دی که یې تر { $date } پورې پوسټ ته وسپارئ او موږ یې له هغې وروسته په یوه اونۍ کې ترلاسه کړو.
# $url: where to object online, printed as configured.
beschikking-objection-online = کولی شئ په انټرنېټ کې { -bezwaar } وکړئ: { $url }. یا یو لیک دې پتې ته ولېږئ:
beschikking-objection-letter = یو لیک دې پتې ته ولېږئ:
beschikking-objection-to = په { $municipality } کې { -college }
beschikking-objection-what = په خپل { -bezwaar } کې ولیکئ:
beschikking-objection-name = ستاسو نوم او پته
beschikking-objection-date = نېټه
beschikking-objection-reference = د دې لیک { -kenmerk }: { $reference } (هغه شمېره چې د دې لیک په سر کې ده)
beschikking-objection-why = ولې له دې پرېکړې سره موافق نه یاست
beschikking-objection-signature = ستاسو لاسلیک
beschikking-objection-copy = که کولی شئ، د دې لیک یوه کاپي هم ورسره ولېږئ.
beschikking-objection-couple = تاسو او ستاسو د ژوند ملګری دواړه کولی شئ { -bezwaar } وکړئ. که یې یو ځای کوئ، دواړه خپل نومونه او لاسلیکونه ورلاندې ولیکئ.
beschikking-objection-language = کولی شئ خپل { -bezwaar } په خپله ژبه ولیکئ. کله کله له تاسو د هغه ژباړه غواړو. د { -bezwaar } لپاره وړیا مرسته له VluchtelingenWerk، د حقوقي مشورې دفتر (Juridisch Loket) یا ستاسو د ښاروالۍ له ټولنیزو سلاکارانو (sociaal raadslieden) څخه ترلاسه کولی شئ.
beschikking-objection-call = غواړئ لومړی له موږ سره خبرې وکړئ؟ نو { $name } ته زنګ ووهئ: { $phone }. کېدای شي یو ځای یې حل کړو. پام وکړئ: زنګ وهل { -bezwaar } کول نه دي. د ۶ اونیو موده روانه پاتې کېږي.
beschikking-objection-in-force = که { -bezwaar } هم وکړئ، دا پرېکړه تر هغه وخته اعتبار لري چې نوې پرېکړه وشي.
beschikking-objection-urgent = که کار ډېر بېړنی وي، کولی شئ له محکمې وغواړئ چې ژر یوه لنډمهاله پرېکړه وکړي. دې ته لنډمهاله تدبیر (voorlopige voorziening) وایي. بیا باید { -bezwaar } هم وکړئ. دا غوښتنه د هغې سیمې له محکمې کوئ چې تاسو پکې اوسېږئ. محکمه د دې لپاره پیسې (griffierecht) اخلي. د نورو معلوماتو لپاره www.rechtspraak.nl وګورئ.

beschikking-mandate = د ښاروالۍ د اجرائیوي بورډ (het college van burgemeester en wethouders) په استازیتوب،
