### Machine draft, not reviewed by a qualified translator (see locale.toml).
### The overview of one month of bijstand (کمک معیشتی); not a decision.

betaalspecificatie-subject = کمک معیشتی شما در این ماه: گزارش
# $month: month and year.
betaalspecificatie-intro = در این گزارش می‌بینید که برای { $month } چقدر کمک معیشتی دریافت می‌کنید. همچنین می‌بینید که ما چه چیزهایی را برای شما پرداخته‌ایم و چه مبلغی را خودتان در حساب بانکی‌تان دریافت می‌کنید. جدول را از بالا به پایین بخوانید.

betaalspecificatie-col-details = توضیح
betaalspecificatie-col-amount = مبلغ
# An amount taken off; $amount is formatted money.
betaalspecificatie-minus = – { $amount }
betaalspecificatie-row-norm-single = معیار کمک معیشتی شما (فرد بدون همسر یا شریک زندگی)
betaalspecificatie-row-norm-single-parent = معیار کمک معیشتی شما (پدر یا مادر بدون همسر یا شریک زندگی)
betaalspecificatie-row-norm-couple = معیار کمک معیشتی شما (زوج متأهل یا کسانی که با هم زندگی می‌کنند)
# $count: other adults in the home. Persian (CLDR): one and other.
betaalspecificatie-cost-sharers = { $count ->
    [one] معیار کمتر: شما با { $count } بزرگسال دیگر در یک خانه زندگی می‌کنید.
   *[other] معیار کمتر: شما با { $count } بزرگسال دیگر در یک خانه زندگی می‌کنید.
}
betaalspecificatie-row-holiday = پول تعطیلات: این مبلغ را برای شما پس‌انداز می‌کنیم
betaalspecificatie-deduction-income-work = درآمد شما از کار
betaalspecificatie-deduction-income-partner = درآمد همسر یا شریک زندگی شما از کار
betaalspecificatie-deduction-other-benefit = یک مقرری دیگر
betaalspecificatie-deduction-advance = بازپرداخت پیش‌پرداخت
betaalspecificatie-deduction-recovery = بازپرداخت کمک معیشتی که اضافه دریافت شده
betaalspecificatie-deduction-reduction = کاهش کمک معیشتی شما (جریمه)
betaalspecificatie-deduction-other = کسر دیگر
betaalspecificatie-row-bijstand = کمک معیشتی شما در این ماه
betaalspecificatie-row-we-paid = این مبالغ را از کمک معیشتی شما برای شما پرداخته‌ایم:
betaalspecificatie-payment-rent = اجاره‌بها
betaalspecificatie-payment-energy = انرژی (گاز و برق)
betaalspecificatie-payment-water = آب
betaalspecificatie-payment-health-insurance = بیمهٔ درمانی
betaalspecificatie-payment-municipal-taxes = مالیات‌های شهرداری
betaalspecificatie-payment-debt-arrangement = بازپرداخت بدهی‌ها (طرح تسویهٔ بدهی)
betaalspecificatie-payment-other = پرداخت دیگر
# $reference: the payee's number for the resident, printed as typed.
betaalspecificatie-payee-reference = شمارهٔ شما: { $reference }
betaalspecificatie-paid-on = پرداخت‌شده در { $date }
betaalspecificatie-row-own = این مبلغ را خودتان در { $date } دریافت می‌کنید
betaalspecificatie-own = در { $date } مبلغ { $amount } در حساب بانکی خود دریافت می‌کنید. با این پول خودتان خرید روزانه، لباس و هزینه‌های دیگر را می‌پردازید.

betaalspecificatie-heading-holiday = پول تعطیلات شما
betaalspecificatie-holiday = ما هر ماه بخشی از کمک معیشتی شما را برای شما پس‌انداز می‌کنیم. این پول تعطیلات شما است. این ماه این مبلغ { $amount } است. شما تا حالا در مجموع { $saved } پول تعطیلات پس‌انداز کرده‌اید.
betaalspecificatie-holiday-paid-in = این پول را در { $month } دریافت می‌کنید.

betaalspecificatie-heading-changes = از ماه گذشته چه چیزی تغییر کرده است؟
betaalspecificatie-no-changes = از ماه گذشته چیزی تغییر نکرده است.
betaalspecificatie-change-norm = معیار کمک معیشتی شما تغییر کرده است.
betaalspecificatie-change-rent = اجاره‌بهای شما تغییر کرده است.
betaalspecificatie-change-energy = مبلغ انرژی شما تغییر کرده است.
betaalspecificatie-change-water = مبلغ آب شما تغییر کرده است.
betaalspecificatie-change-health-insurance = مبلغ بیمهٔ درمانی شما تغییر کرده است.
betaalspecificatie-change-municipal-taxes = مبلغ مالیات‌های شهرداری شما تغییر کرده است.
betaalspecificatie-change-income = درآمد شما تغییر کرده است.
betaalspecificatie-change-recovery = بازپرداخت شما تغییر کرده است.
betaalspecificatie-change-other = چیز دیگری تغییر کرده است.
betaalspecificatie-change-amounts = ماه گذشته: { $before }. اکنون: { $after }.
betaalspecificatie-change-new-amount = اکنون: { $after }.

betaalspecificatie-heading-questions = آیا سؤالی دارید؟
betaalspecificatie-questions = آیا چیزی درست نیست یا چیزی را متوجه نمی‌شوید؟ به { $name } زنگ بزنید: { $phone }.
betaalspecificatie-coach = آیا برای پول خود کمک می‌خواهید؟ به مشاور بودجهٔ خود { $name } از { $organisation } زنگ بزنید: { $phone }.
betaalspecificatie-not-a-decision = این گزارش یک تصمیم رسمی نیست. مبالغ از تصمیم‌هایی می‌آیند که قبلاً از ما دریافت کرده‌اید.
