### Machine draft, not reviewed by a qualified translator (see locale.toml).
### The overview of one month of bijstand (ټولنیزه مرسته); not a decision.

betaalspecificatie-subject = په دې میاشت کې ستاسو { -bijstand }: لنډیز
# $month: month and year.
betaalspecificatie-intro = په دې لنډیز کې ګورئ چې د { $month } لپاره څومره { -bijstand } ترلاسه کوئ. دا هم ګورئ چې موږ ستاسو لپاره څه ورکړي دي او تاسو پخپله په خپل بانکي حساب کې څومره پیسې ترلاسه کوئ. جدول له پاسه تر لاندې ولولئ.

betaalspecificatie-col-details = توضیح
betaalspecificatie-col-amount = مبلغ
# An amount taken off; $amount is formatted money.
betaalspecificatie-minus = – { $amount }
betaalspecificatie-row-norm-single = ستاسو د { -bijstand(case: "obl") } معیار (هغه کس چې د ژوند ملګری نه لري)
betaalspecificatie-row-norm-single-parent = ستاسو د { -bijstand(case: "obl") } معیار (هغه مور یا پلار چې د ژوند ملګری نه لري)
betaalspecificatie-row-norm-couple = ستاسو د { -bijstand(case: "obl") } معیار (واده شوي یا یو ځای اوسېدونکي)
# $count: other adults in the home. Pashto (CLDR): one and other.
betaalspecificatie-cost-sharers = { $count ->
    [one] ټیټ معیار: تاسو له { $count } بل لوی کس سره په کور کې اوسېږئ.
   *[other] ټیټ معیار: تاسو له { $count } نورو لویو کسانو سره په کور کې اوسېږئ.
}
betaalspecificatie-row-holiday = د رخصتۍ پیسې: دا ستاسو لپاره سپموو
betaalspecificatie-deduction-income-work = له کار څخه ستاسو عاید
betaalspecificatie-deduction-income-partner = له کار څخه ستاسو د ژوند د ملګري عاید
betaalspecificatie-deduction-other-benefit = بله تادیه
betaalspecificatie-deduction-advance = د پېشکي بېرته ورکول
betaalspecificatie-deduction-recovery = د هغې { -bijstand(case: "obl") } بېرته ورکول چې اضافه ترلاسه شوې وه
betaalspecificatie-deduction-reduction = ستاسو د { -bijstand(case: "obl") } کمول (جریمه)
betaalspecificatie-deduction-other = بل کسر
betaalspecificatie-row-bijstand = په دې میاشت کې ستاسو { -bijstand }
betaalspecificatie-row-we-paid = دا موږ ستاسو له { -bijstand(case: "obl") } څخه ستاسو لپاره ورکړي دي:
betaalspecificatie-payment-rent = کرایه
betaalspecificatie-payment-energy = انرژي (ګاز او برېښنا)
betaalspecificatie-payment-water = اوبه
betaalspecificatie-payment-health-insurance = روغتیايي بیمه
betaalspecificatie-payment-municipal-taxes = د ښاروالۍ مالیې
betaalspecificatie-payment-debt-arrangement = د پورونو ورکول (د پور تنظیم)
betaalspecificatie-payment-other = بله تادیه
# $reference: the payee's number for the resident, printed as typed.
betaalspecificatie-payee-reference = ستاسو شمېره: { $reference }
betaalspecificatie-paid-on = د { $date } په نېټه ورکړل شو
betaalspecificatie-row-own = دا پیسې پخپله د { $date } په نېټه ترلاسه کوئ
betaalspecificatie-own = د { $date } په نېټه په خپل بانکي حساب کې { $amount } ترلاسه کوئ. له دې پیسو څخه پخپله د ورځني خوراک، جامو او نورو لګښتونو پیسې ورکوئ.

betaalspecificatie-heading-holiday = ستاسو د رخصتۍ پیسې
betaalspecificatie-holiday = موږ هره میاشت ستاسو د { -bijstand(case: "obl") } یوه برخه ستاسو لپاره سپموو. دا ستاسو د رخصتۍ پیسې دي. په دې میاشت کې دا { $amount } دي. تاسو تر اوسه ټولټال { $saved } د رخصتۍ پیسې سپمولې دي.
betaalspecificatie-holiday-paid-in = دا پیسې په { $month } کې ترلاسه کوئ.

betaalspecificatie-heading-changes = له تېرې میاشتې راهیسې څه بدل شوي دي؟
betaalspecificatie-no-changes = له تېرې میاشتې راهیسې هېڅ نه دي بدل شوي.
betaalspecificatie-change-norm = ستاسو د { -bijstand(case: "obl") } معیار بدل شوی دی.
betaalspecificatie-change-rent = ستاسو کرایه بدله شوې ده.
betaalspecificatie-change-energy = ستاسو د انرژۍ مبلغ بدل شوی دی.
betaalspecificatie-change-water = ستاسو د اوبو مبلغ بدل شوی دی.
betaalspecificatie-change-health-insurance = ستاسو د روغتیايي بیمې مبلغ بدل شوی دی.
betaalspecificatie-change-municipal-taxes = ستاسو د ښاروالۍ د مالیو مبلغ بدل شوی دی.
betaalspecificatie-change-income = ستاسو عاید بدل شوی دی.
betaalspecificatie-change-recovery = ستاسو بېرته ورکول بدل شوي دي.
betaalspecificatie-change-other = بل څه بدل شوي دي.
betaalspecificatie-change-amounts = تېره میاشت: { $before }. اوس: { $after }.
betaalspecificatie-change-new-amount = اوس: { $after }.

betaalspecificatie-heading-questions = پوښتنه لرئ؟
betaalspecificatie-questions = ایا کوم شی سم نه دی، یا په کوم شي نه پوهېږئ؟ { $name } ته زنګ ووهئ: { $phone }.
betaalspecificatie-coach = ایا د خپلو پیسو لپاره مرسته غواړئ؟ خپل د بودیجې سلاکار { $name } ته چې د { $organisation } څخه دی زنګ ووهئ: { $phone }.
betaalspecificatie-not-a-decision = دا لنډیز پرېکړه نه ده. مبلغونه له هغو پرېکړو څخه دي چې مخکې مو له موږ ترلاسه کړې دي.
