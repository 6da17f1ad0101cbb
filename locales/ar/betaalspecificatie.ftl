### Betaalspecificatie: the overview of one month of bijstand. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

betaalspecificatie-subject = مساعدتك الاجتماعية هذا الشهر: الكشف
betaalspecificatie-intro = في هذا الكشف ترى مقدار المساعدة الاجتماعية (bijstand) التي تحصل عليها عن شهر { $month }. وترى أيضًا ما دفعناه عنك وما تحصل عليه بنفسك في حسابك المصرفي. اقرأ الجدول من الأعلى إلى الأسفل.

betaalspecificatie-col-details = توضيح
betaalspecificatie-col-amount = المبلغ
betaalspecificatie-minus = – { $amount }
betaalspecificatie-row-norm-single = معيار مساعدتك (شخص يعيش بمفرده)
betaalspecificatie-row-norm-single-parent = معيار مساعدتك (والد منفرد)
betaalspecificatie-row-norm-couple = معيار مساعدتك (متزوجان أو مقيمان معًا)
betaalspecificatie-cost-sharers = { $count ->
    [zero] معيار أقل: تسكن مع { $count } من البالغين الآخرين.
    [one] معيار أقل: تسكن مع شخص بالغ آخر واحد.
    [two] معيار أقل: تسكن مع شخصين بالغين آخرين.
    [few] معيار أقل: تسكن مع { $count } أشخاص بالغين آخرين.
    [many] معيار أقل: تسكن مع { $count } شخصًا بالغًا آخر.
   *[other] معيار أقل: تسكن مع { $count } من البالغين الآخرين.
}
betaalspecificatie-row-holiday = بدل العطلة: ندّخره لك
betaalspecificatie-deduction-income-work = دخلك من العمل
betaalspecificatie-deduction-income-partner = دخل شريكك من العمل
betaalspecificatie-deduction-other-benefit = إعانة أخرى
betaalspecificatie-deduction-advance = سداد السلفة
betaalspecificatie-deduction-recovery = سداد مساعدة حصلت عليها زيادةً عن حقك
betaalspecificatie-deduction-reduction = تخفيض مساعدتك (إجراء عقابي)
betaalspecificatie-deduction-other = خصم آخر
betaalspecificatie-row-bijstand = مساعدتك الاجتماعية هذا الشهر
betaalspecificatie-row-we-paid = هذا ما دفعناه عنك من مساعدتك:
betaalspecificatie-payment-rent = الإيجار
betaalspecificatie-payment-energy = الطاقة (الغاز والكهرباء)
betaalspecificatie-payment-water = الماء
betaalspecificatie-payment-health-insurance = التأمين الصحي
betaalspecificatie-payment-municipal-taxes = ضرائب البلدية
betaalspecificatie-payment-debt-arrangement = سداد الديون (تسوية الديون)
betaalspecificatie-payment-other = دفعة أخرى
betaalspecificatie-payee-reference = رقمك: { $reference }
betaalspecificatie-paid-on = دُفع في { $date }
betaalspecificatie-row-own = هذا ما تحصل عليه بنفسك في { $date }
betaalspecificatie-own = في { $date } تحصل على { $amount } في حسابك المصرفي. من هذا المبلغ تدفع بنفسك ثمن مشترياتك وملابسك ومصاريفك الأخرى.

betaalspecificatie-heading-holiday = بدل العطلة الخاص بك
betaalspecificatie-holiday = ندّخر لك كل شهر جزءًا من مساعدتك. هذا هو بدل العطلة الخاص بك. هذا الشهر يبلغ { $amount }. لقد ادّخرت الآن ما مجموعه { $saved } من بدل العطلة.
betaalspecificatie-holiday-paid-in = تحصل على هذا المال في شهر { $month }.

betaalspecificatie-heading-changes = ما الذي تغيّر منذ الشهر الماضي؟
betaalspecificatie-no-changes = لم يتغيّر شيء منذ الشهر الماضي.
betaalspecificatie-change-norm = تغيّر معيار مساعدتك.
betaalspecificatie-change-rent = تغيّر إيجارك.
betaalspecificatie-change-energy = تغيّر المبلغ الخاص بالطاقة.
betaalspecificatie-change-water = تغيّر المبلغ الخاص بالماء.
betaalspecificatie-change-health-insurance = تغيّر المبلغ الخاص بالتأمين الصحي.
betaalspecificatie-change-municipal-taxes = تغيّر المبلغ الخاص بضرائب البلدية.
betaalspecificatie-change-income = تغيّر دخلك.
betaalspecificatie-change-recovery = تغيّر المبلغ الذي تسدّده.
betaalspecificatie-change-other = تغيّر شيء آخر.
betaalspecificatie-change-amounts = الشهر الماضي: { $before }. الآن: { $after }.
betaalspecificatie-change-new-amount = الآن: { $after }.

betaalspecificatie-heading-questions = هل لديك أسئلة؟
betaalspecificatie-questions = هل هناك شيء غير صحيح، أو شيء لا تفهمه؟ اتصل بـ { $name }: { $phone }.
betaalspecificatie-coach = هل تريد مساعدة في إدارة أموالك؟ اتصل ب{ -budgetcoach } الخاص بك { $name } من { $organisation }: { $phone }.
betaalspecificatie-not-a-decision = هذا الكشف ليس قرارًا. المبالغ مأخوذة من القرارات التي حصلت عليها منّا سابقًا.
