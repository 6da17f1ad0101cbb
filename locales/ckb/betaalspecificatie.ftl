### Betaalspecificatie: the overview of one month of bijstand. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

betaalspecificatie-subject = { -bijstand(case: "yours") } لەم مانگەدا: وردەکاری
# $month: month and year, e.g. "تشرینی دووەمی 2026".
betaalspecificatie-intro = لەم وردەکارییەدا دەبینن کە چەند { -bijstand } (bijstand) بۆ { $month } وەردەگرن. هەروەها دەبینن چیمان بۆ داون و خۆتان چەند لە هەژماری بانکەکەتان وەردەگرن. خشتەکە لە سەرەوە بۆ خوارەوە بخوێننەوە.

betaalspecificatie-col-details = ڕوونکردنەوە
betaalspecificatie-col-amount = بڕ
betaalspecificatie-minus = – { $amount }
betaalspecificatie-row-norm-single = پێوەری { -bijstand } (کەسی بێ هاوبەشی ژیان)
betaalspecificatie-row-norm-single-parent = پێوەری { -bijstand } (دایک یان باوکی بێ هاوبەشی ژیان)
betaalspecificatie-row-norm-couple = پێوەری { -bijstand } (هاوسەر یان پێکەوە دەژین)
# Sorani (CLDR): one, other.
betaalspecificatie-cost-sharers = { $count ->
    [one] پێوەری کەمتر: لەگەڵ { $count } کەسی گەورەی تر لە یەک خانوودا دەژین.
   *[other] پێوەری کەمتر: لەگەڵ { $count } کەسی گەورەی تر لە یەک خانوودا دەژین.
}
betaalspecificatie-row-holiday = { -vakantiegeld }: ئەمە بۆتان پاشەکەوت دەکەین
betaalspecificatie-deduction-income-work = داهاتتان لە کار
betaalspecificatie-deduction-income-partner = داهاتی هاوبەشی ژیانتان لە کار
betaalspecificatie-deduction-other-benefit = پارەیەکی تری حکومی (uitkering)
betaalspecificatie-deduction-advance = گەڕاندنەوەی { -voorschot }
betaalspecificatie-deduction-recovery = گەڕاندنەوەی { -bijstand } کە زیادە وەرگیراوە
betaalspecificatie-deduction-reduction = کەمکردنەوەی { -bijstand(case: "yours") } (سزا، maatregel)
betaalspecificatie-deduction-other = بڕینێکی تر
betaalspecificatie-row-bijstand = { -bijstand(case: "yours") } لەم مانگەدا
betaalspecificatie-row-we-paid = ئەمانەمان لە { -bijstand(case: "yours") } بۆتان دا:
betaalspecificatie-payment-rent = کرێ
betaalspecificatie-payment-energy = وزە (گاز و کارەبا)
betaalspecificatie-payment-water = ئاو
betaalspecificatie-payment-health-insurance = بیمەی تەندروستی
betaalspecificatie-payment-municipal-taxes = باجەکانی شارەوانی
betaalspecificatie-payment-debt-arrangement = دانەوەی قەرز (ڕێککەوتنی قەرز، schuldregeling)
betaalspecificatie-payment-other = پارەدانێکی تر
betaalspecificatie-payee-reference = ژمارەکەتان: { $reference }
betaalspecificatie-paid-on = دراوە لە { $date }
betaalspecificatie-row-own = ئەمە خۆتان لە { $date } وەری دەگرن
betaalspecificatie-own = لە { $date } بڕی { $amount } لە هەژماری بانکەکەتان وەردەگرن. لەم پارەیە خۆتان نرخی خواردن، جل و تێچووەکانی تر دەدەن.

betaalspecificatie-heading-holiday = { -vakantiegeld(case: "yours") }
betaalspecificatie-holiday = هەموو مانگێک بەشێک لە { -bijstand(case: "yours") } بۆتان پاشەکەوت دەکەین. ئەم پارەیە پێی دەوترێت { -vakantiegeld }. ئەم مانگە بڕی { $amount } پاشەکەوت کرا. تا ئێستا بە گشتی بڕی { $saved } وەک { -vakantiegeld } پاشەکەوت کراوە.
betaalspecificatie-holiday-paid-in = ئەم پارەیە لە { $month } وەردەگرن.

betaalspecificatie-heading-changes = لە مانگی ڕابردووەوە چی گۆڕاوە؟
betaalspecificatie-no-changes = لە مانگی ڕابردووەوە هیچ شتێک نەگۆڕاوە.
betaalspecificatie-change-norm = پێوەری { -bijstand } گۆڕاوە.
betaalspecificatie-change-rent = کرێکەتان گۆڕاوە.
betaalspecificatie-change-energy = بڕی وزەکەتان گۆڕاوە.
betaalspecificatie-change-water = بڕی ئاوەکەتان گۆڕاوە.
betaalspecificatie-change-health-insurance = بڕی بیمەی تەندروستیتان گۆڕاوە.
betaalspecificatie-change-municipal-taxes = بڕی باجەکانی شارەوانیتان گۆڕاوە.
betaalspecificatie-change-income = داهاتەکەتان گۆڕاوە.
betaalspecificatie-change-recovery = گەڕاندنەوەکەتان گۆڕاوە.
betaalspecificatie-change-other = شتێکی تر گۆڕاوە.
betaalspecificatie-change-amounts = مانگی ڕابردوو: { $before }. ئێستا: { $after }.
betaalspecificatie-change-new-amount = ئێستا: { $after }.

betaalspecificatie-heading-questions = پرسیارتان هەیە؟
betaalspecificatie-questions = شتێک هەڵەیە، یان لە شتێک تێناگەن؟ تەلەفۆن بۆ { $name } بکەن: { $phone }.
betaalspecificatie-coach = هاوکاریتان دەوێت بۆ پارەکەتان؟ تەلەفۆن بۆ { -budgetcoach(case: "yours") } بکەن، { $name } لە { $organisation }: { $phone }.
betaalspecificatie-not-a-decision = ئەم وردەکارییە بڕیار نییە. بڕەکان لەو بڕیارانەوە هاتوون کە پێشتر لە ئێمەتان وەرگرتووە.
