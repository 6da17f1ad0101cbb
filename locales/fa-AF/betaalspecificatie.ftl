### Machine draft, not reviewed by a qualified translator (see locale.toml).
### The overview of one month of bijstand (کمک معیشتی); not a decision.

betaalspecificatie-subject = کمک معیشتی شما در این ماه: گزارش
# $month: month and year.
betaalspecificatie-intro = در این گزارش می‌بینید که برای { $month } چقدر کمک معیشتی می‌گیرید. همچنان می‌بینید که ما چه چیزهایی را برای شما پرداخته‌ایم و چه مبلغی را خودتان در حساب بانکی خود می‌گیرید. جدول را از بالا به پایین بخوانید.

betaalspecificatie-col-details = توضیح
betaalspecificatie-col-amount = مبلغ
# An amount taken off; $amount is formatted money.
betaalspecificatie-minus = – { $amount }
betaalspecificatie-row-norm-single = معیار کمک معیشتی شما (شخص بدون همسر یا شریک زندگی)
betaalspecificatie-row-norm-single-parent = معیار کمک معیشتی شما (پدر یا مادر بدون همسر یا شریک زندگی)
betaalspecificatie-row-norm-couple = معیار کمک معیشتی شما (زن و شوهر یا کسانی که با هم زندگی می‌کنند)
# $count: other adults in the home. Dari (CLDR fa): one and other.
betaalspecificatie-cost-sharers = { $count ->
    [one] معیار کمتر: شما با { $count } شخص بزرگسال دیگر در یک خانه زندگی می‌کنید.
   *[other] معیار کمتر: شما با { $count } شخص بزرگسال دیگر در یک خانه زندگی می‌کنید.
}
betaalspecificatie-row-holiday = پول رخصتی: این مبلغ را برای شما پس‌انداز می‌کنیم
betaalspecificatie-deduction-income-work = عاید شما از کار
betaalspecificatie-deduction-income-partner = عاید همسر یا شریک زندگی شما از کار
betaalspecificatie-deduction-other-benefit = یک مستمری دیگر
betaalspecificatie-deduction-advance = بازپرداخت پیشکی
betaalspecificatie-deduction-recovery = بازپرداخت کمک معیشتی که اضافه گرفته شده
betaalspecificatie-deduction-reduction = کم کردن کمک معیشتی شما (جریمه)
betaalspecificatie-deduction-other = کسر دیگر
betaalspecificatie-row-bijstand = کمک معیشتی شما در این ماه
betaalspecificatie-row-we-paid = این مبالغ را از کمک معیشتی شما برای شما پرداخته‌ایم:
betaalspecificatie-payment-rent = کرایهٔ خانه
betaalspecificatie-payment-energy = انرژی (گاز و برق)
betaalspecificatie-payment-water = آب
betaalspecificatie-payment-health-insurance = بیمهٔ صحی
betaalspecificatie-payment-municipal-taxes = مالیات‌های شاروالی
betaalspecificatie-payment-debt-arrangement = بازپرداخت قرض‌ها (پلان تصفیهٔ قرض)
betaalspecificatie-payment-other = پرداخت دیگر
# $reference: the payee's number for the resident, printed as typed.
betaalspecificatie-payee-reference = نمبر شما: { $reference }
betaalspecificatie-paid-on = پرداخت شده به تاریخ { $date }
betaalspecificatie-row-own = این مبلغ را خودتان به تاریخ { $date } می‌گیرید
betaalspecificatie-own = به تاریخ { $date } مبلغ { $amount } را در حساب بانکی خود می‌گیرید. با این پول خودتان خوراک، کالا و مصارف دیگر را می‌پردازید.

betaalspecificatie-heading-holiday = پول رخصتی شما
betaalspecificatie-holiday = ما هر ماه بخشی از کمک معیشتی شما را برای شما پس‌انداز می‌کنیم. این پول رخصتی شما است. این ماه این مبلغ { $amount } است. شما تا حال در مجموع { $saved } پول رخصتی پس‌انداز کرده‌اید.
betaalspecificatie-holiday-paid-in = این پول را در { $month } می‌گیرید.

betaalspecificatie-heading-changes = از ماه گذشته چه چیزی تغییر کرده است؟
betaalspecificatie-no-changes = از ماه گذشته چیزی تغییر نکرده است.
betaalspecificatie-change-norm = معیار کمک معیشتی شما تغییر کرده است.
betaalspecificatie-change-rent = کرایهٔ خانهٔ شما تغییر کرده است.
betaalspecificatie-change-energy = مبلغ انرژی شما تغییر کرده است.
betaalspecificatie-change-water = مبلغ آب شما تغییر کرده است.
betaalspecificatie-change-health-insurance = مبلغ بیمهٔ صحی شما تغییر کرده است.
betaalspecificatie-change-municipal-taxes = مبلغ مالیات‌های شاروالی شما تغییر کرده است.
betaalspecificatie-change-income = عاید شما تغییر کرده است.
betaalspecificatie-change-recovery = بازپرداخت شما تغییر کرده است.
betaalspecificatie-change-other = چیز دیگری تغییر کرده است.
betaalspecificatie-change-amounts = ماه گذشته: { $before }. حالا: { $after }.
betaalspecificatie-change-new-amount = حالا: { $after }.

betaalspecificatie-heading-questions = آیا سوالی دارید؟
betaalspecificatie-questions = آیا چیزی درست نیست یا چیزی را نمی‌فهمید؟ به { $name } تیلفون کنید: { $phone }.
betaalspecificatie-coach = آیا برای پول خود کمک می‌خواهید؟ به مشاور بودجهٔ خود { $name } از { $organisation } تیلفون کنید: { $phone }.
betaalspecificatie-not-a-decision = این گزارش یک فیصله نیست. مبالغ از فیصله‌هایی می‌آیند که قبلاً از ما گرفته‌اید.
