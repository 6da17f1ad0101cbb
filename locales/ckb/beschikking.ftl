### Beschikking bijstand: the decision on social assistance (Participatiewet).
### Machine draft, not reviewed by a qualified translator (see locale.toml).
###
### One word for one thing: "یارمەتیی کۆمەڵایەتی" is the bijstand only,
### "دەرماڵە" a toeslag only, "ناڕەزایی" the bezwaar only. Formal "ئێوە"
### has no grammatical gender, so no message needs $form. No suffix follows
### a placeable (see common.ftl).

-vakantiegeld = { $case ->
    [yours] پارەی پشووەکەتان
   *[nom] پارەی پشوو
}
-toeslag = دەرماڵە
-college = { $case ->
    [short] دەستەی بەڕێوەبەری
   *[nom] دەستەی بەڕێوەبەریی شارەوانی (het college van burgemeester en wethouders)
}
-bezwaar = { $case ->
    [yours] ناڕەزاییەکەتان
   *[nom] ناڕەزایی
}
-kenmerk = { $case ->
    [of] ژمارەی ئاماژەی
   *[nom] ژمارەی ئاماژە
}
-voorschot = پێشەکی
-participatiewet = یاسای بەشداری (Participatiewet)

beschikking-subject = بڕیار دەربارەی { -bijstand(case: "yours") }

beschikking-intro = لە { $date } داواکارییەکتان بۆ { -bijstand } (bijstand) پێشکەش کرد. { -bijstand } پارەیەکە کە شارەوانی دەیدات بەو کەسانەی پارەی پێویستیان بۆ ژیان نییە. لەم نامەیەدا بڕیارەکەمان دەخوێننەوە.

beschikking-heading-decision = بڕیارەکەمان
beschikking-decision-granted = { -college } لە { $municipality } بڕیاری دا: لە { $date } بەدواوە { -bijstand } وەردەگرن.
beschikking-decision-granted-period = { -college } لە { $municipality } بڕیاری دا: لە { $start } تا { $end } (ئەو ڕۆژەش لەخۆ دەگرێت) { -bijstand } وەردەگرن.
beschikking-decision-partly-granted = { -college } لە { $municipality } بڕیاری دا: لە { $date } بەدواوە { -bijstand } وەردەگرن. بەڵام هەموو ئەوەی داواتان کردووە وەرناگرن. هۆکارەکەی لە خوارەوە بخوێننەوە.
beschikking-decision-partly-granted-period = { -college } لە { $municipality } بڕیاری دا: لە { $start } تا { $end } (ئەو ڕۆژەش لەخۆ دەگرێت) { -bijstand } وەردەگرن. بەڵام هەموو ئەوەی داواتان کردووە وەرناگرن. هۆکارەکەی لە خوارەوە بخوێننەوە.
beschikking-decision-refused = { -college } لە { $municipality } بڕیاری دا: { -bijstand } وەرناگرن. هۆکارەکەی لە خوارەوە بخوێننەوە.
beschikking-college-explained = { -college(case: "short") } ئیدارەی شارەوانییە.
beschikking-couple = ئەم بڕیارە بۆ ئێوە و هاوبەشی ژیانتان { $partner } پێکەوەیە. { -bijstand } پێکەوە وەردەگرن، و هەردووکتان دەبێت پابەندی ڕێساکانی ئەم نامەیە بن.

beschikking-heading-reasons = بۆچی ئەم بڕیارەمان دا؟
beschikking-reasons-granted = ئێوە لە هۆڵەندا دەژین و مافی ئەوەتان هەیە لێرە بژین. پارە یان سامانی پێویستتان بۆ ژیان نییە. بۆیە مافتان هەیە { -bijstand } وەربگرن.
beschikking-reasons-intro-partly-granted = بەڵام هەموو ئەوەی داواتان کردووە وەرناگرن. هۆکارەکەی ئەمەیە:
beschikking-reasons-intro-refused = { -bijstand } وەرناگرن. هۆکارەکەی ئەمەیە:
beschikking-reason-start-date = داواتان کرد لە { $requested } بەدواوە { -bijstand } وەربگرن. لە { $start } بەدواوە { -bijstand } وەردەگرن. ئەوە ئەو ڕۆژەیە کە بۆ { -bijstand } خۆتان لای ئێمە تۆمار کرد. زووتر ناکرێت.
beschikking-reason-income-too-high = داهاتەکەتان یەکسانە یان زیاترە لە { -bijstand } بۆ بارودۆخەکەتان. ئەو کاتە مافتان نییە { -bijstand } وەربگرن.
beschikking-reason-assets-too-high = پارە یان سامانتان (vermogen) زیاترە لەوەی کە ڕێگەپێدراوە کاتێک { -bijstand } وەردەگرن.
beschikking-reason-cost-sharers = لەگەڵ کەسانی گەورەی تر لە یەک خانوودا دەژین. دەتوانن تێچووی خانووەکە پێکەوە بەش بکەن. بۆیە { -bijstand } کەمتر وەردەگرن.
beschikking-reason-missing-information = هەموو ئەو زانیاری و بەڵگەنامانەتان پێنەداین کە پێویستمان بوو. بۆیە نازانین ئایا مافتان هەیە { -bijstand } وەربگرن یان نا.
beschikking-reason-no-right-of-residence = مۆڵەتی نیشتەجێبوونێکتان نییە کە ڕێگەتان پێ بدات { -bijstand } وەربگرن.
beschikking-reason-other = هۆکارێکی تر:

beschikking-heading-money = چەند { -bijstand } وەردەگرن؟
beschikking-household-single = { -bijstand } وەردەگرن وەک کەسێکی بێ هاوبەشی ژیان (alleenstaande).
beschikking-household-single-parent = { -bijstand } وەردەگرن وەک دایک یان باوکێکی بێ هاوبەشی ژیان کە چاودێریی منداڵێک دەکات (alleenstaande ouder).
beschikking-household-couple = { -bijstand } وەردەگرن وەک دوو هاوبەشی ژیان پێکەوە: هاوسەرگیریتان کردووە یان پێکەوە دەژین.
# Sorani (CLDR): one, other.
beschikking-cost-sharers = { $count ->
    [one] 1 کەسی گەورەی تریش لە ماڵەکەتاندا دەژی
   *[other] { $count } کەسی گەورەی تریش لە ماڵەکەتاندا دەژین
}. دەتوانن تێچووی خانووەکە پێکەوە بەش بکەن. بۆیە { -bijstand(case: "yours") } کەمترە. ئەمە پێی دەوترێت پێوەری بەشکردنی تێچوو (kostendelersnorm).
beschikking-calculation-intro = بەم شێوەیە { -bijstand(case: "yours") } بۆ هەر مانگێک حساب دەکەین:

beschikking-col-payee = دراوە بە
beschikking-col-amount = مانگانە
beschikking-col-sum = بڕ
beschikking-row-norm-single = { -bijstand } بۆ کەسێکی بێ هاوبەشی ژیان
beschikking-row-norm-single-parent = { -bijstand } بۆ دایک یان باوکێکی بێ هاوبەشی ژیان
beschikking-row-norm-couple = { -bijstand } بۆ دوو هاوبەشی ژیان
beschikking-row-holiday = لێ دەبڕدرێت: { -vakantiegeld } کە بۆتان پاشەکەوت دەکەین
beschikking-row-income-wages = لێ دەبڕدرێت: { $whose ->
    [partner] مووچەی هاوبەشی ژیانتان
   *[resident] مووچەکەتان
}
beschikking-row-income-benefit = لێ دەبڕدرێت: { $whose ->
    [partner] پارەیەکی تری حکومیی هاوبەشی ژیانتان (uitkering)
   *[resident] پارەیەکی تری حکومیتان (uitkering)
}
beschikking-row-income-alimony = لێ دەبڕدرێت: { $whose ->
    [partner] نەفەقەی هاوبەشی ژیانتان
   *[resident] نەفەقەکەتان
}
beschikking-row-income-other = لێ دەبڕدرێت: { $whose ->
    [partner] داهاتی تری هاوبەشی ژیانتان
   *[resident] داهاتی ترتان
}
beschikking-row-assistance = { -bijstand(case: "yours") } بۆ هەر مانگێک
beschikking-row-we-pay = لێ دەبڕدرێت: ئەو پسوولانەی بۆتان دەیدەین
beschikking-row-own = ئەمە خۆتان لە هەژماری بانکەکەتان وەری دەگرن
beschikking-payee-reference = ژمارە: { $reference }
beschikking-cost-rent = کرێ
beschikking-cost-energy = وزە (گاز و کارەبا)
beschikking-cost-health-insurance = بیمەی تەندروستی
beschikking-cost-water = ئاو
beschikking-cost-municipal-taxes = باجەکانی شارەوانی

beschikking-own-amount = کەواتە هەموو مانگێک بڕی { $amount } لە هەژماری بانکەکەتان وەردەگرن. لەم پارەیە خۆتان نرخی خواردن، جل و تێچووەکانی تر دەدەن.
beschikking-payment-day = هەموو مانگێک { -bijstand(case: "yours") } دەدەین، درەنگترین لە ڕۆژی { $day } ی مانگ.
beschikking-holiday = هەموو مانگێک بڕی { $amount } بۆتان پاشەکەوت دەکەین: { -vakantiegeld(case: "yours") } (vakantiegeld). ئەم پارەیە بە یەکجار وەردەگرن، درەنگترین لە { $date }.
beschikking-allowances = { -toeslag } (toeslag) پارەیەکە لە Belastingdienst (فەرمانگەی باج)، وەک { -huurtoeslag } و { -zorgtoeslag }. { -toeslag } بۆ خۆتان دەمێنێتەوە. لە { -bijstand(case: "yours") } حساب ناکرێت.

beschikking-heading-first-payment = یەکەم پارەدانتان
beschikking-advance = پێشتر بڕی { $amount } وەک { -voorschot } (voorschot) وەرتانگرت. { -voorschot } ئەو پارەیەیە کە وەری دەگرن تا ئەو کاتەی ئێمە هێشتا بڕیارمان نەداوە. { -voorschot } لە یەکەم پارەدانتان دەبڕین.
beschikking-first-payment-intro = یەکەم پارەدانتان بەم شێوەیەیە:
beschikking-row-first-period = { -bijstand } لە { $from } تا { $to } (ئەو ڕۆژەش لەخۆ دەگرێت)
beschikking-row-first-costs = لێ دەبڕدرێت: ئەو پسوولانەی بۆتان دەیدەین
beschikking-row-first-advance = لێ دەبڕدرێت: { -voorschot } کە پێشتر وەرتانگرت
beschikking-row-first-own = لە { $date } وەری دەگرن
beschikking-advance-refused = پێشتر بڕی { $amount } وەک { -voorschot } (voorschot) وەرتانگرت. { -voorschot } ئەو پارەیەیە کە وەری دەگرن تا ئەو کاتەی ئێمە هێشتا بڕیارمان نەداوە. لەبەر ئەوەی { -bijstand } وەرناگرن، دەبێت { -voorschot } بگەڕێننەوە. لەسەر ئەمە نامەیەکی جیا وەردەگرن.

beschikking-heading-fixed-costs = ئەو پسوولانەی بۆتان دەیدەین
beschikking-fixed-costs-intro = هەموو مانگێک بەشێک لە { -bijstand(case: "yours") } ڕاستەوخۆ دەدەین، بۆ نموونە بۆ کرێی خانوو و وزەکەتان. بەم شێوەیە ئەم پسوولانە هەمیشە لە کاتی خۆیدا دەدرێن.
beschikking-basis-art-56a = دەبێت ئەمە بکەین، چونکە دەبێت { -inburgering } تەواو بکەن (inburgeren) و مۆڵەتی نیشتەجێبوونی پەنابەریتان (verblijfsvergunning asiel) هەیە. ئەمە تا { $until } دەکەین (ئەو ڕۆژەش لەخۆ دەگرێت). دواتر دووبارە خۆتان ئەم پسوولانە دەدەن. بۆ ئەمە ڕێگەپێدانێکی نووسراو (machtiging) دەدەنە ئێمە: فۆرمێک کە پێی ڕێگەمان پێ دەدەن پارەکە بدەین.
beschikking-basis-art-57 = ئەمە دەکەین چونکە ئێستا هێشتا ناتوانن ئەم پسوولانە بە باشی خۆتان بدەن. ئەمە تا { $until } دەکەین (ئەو ڕۆژەش لەخۆ دەگرێت). دواتر لەگەڵتان سەیر دەکەین کە ئایا دەتوانن دووبارە خۆتان پسوولەکان بدەن. هۆکار:
beschikking-basis-consent = لە { $date } داواتان لێکردین کە ئەم پسوولانە بۆتان بدەین. ئەمە تا { $until } دەکەین (ئەو ڕۆژەش لەخۆ دەگرێت). ئەگەر چیتر ئەمەتان نەویست، پێمان بڵێن. ئەو کاتە ڕایدەگرین.
beschikking-settlements-resident = تەنها ئەو بڕانە دەدەین کە لە خشتەکەدا هەن. ئەگەر پسوولەیەکی ترتان بۆ هات، بۆ نموونە حسابی ساڵانەی وزە، خۆتان دەیدەن. ئەگەر کرێ یان بڕی بیمەکەتان گۆڕا، پێمان بڵێن. ئەو کاتە بڕەکە دەگۆڕین.
beschikking-settlements-municipality = ئەگەر پسوولەیەکی ترتان بۆ ئەم تێچووانە بۆ هات، بۆ نموونە حسابی ساڵانەی وزە، بۆمانی بنێرن. ئەویش لە { -bijstand(case: "yours") } دەدەین. ئەگەر کرێ یان بڕی بیمەکەتان گۆڕا، پێمان بڵێن. ئەو کاتە بڕەکە دەگۆڕین.

beschikking-heading-coach = { -budgetcoach(case: "yours") }
beschikking-coach = { -budgetcoach(case: "indef") } هاوکاریتان دەکات. { -budgetcoach } هاوکاریتان دەکات کە بە باشی پارەکەتان بەڕێوە ببەن. { -budgetcoach(case: "yours") }: { $name } لە { $organisation }. تەلەفۆن: { $phone }.

beschikking-heading-obligations = دەبێت پابەندی چ ڕێسایەک بن؟
beschikking-obligations-intro = کاتێک { -bijstand } وەردەگرن، دەبێت پابەندی ئەم ڕێسایانە بن:
beschikking-obligation-report-changes = هەر کاتێک شتێک گۆڕا، دەستبەجێ پێمان بڵێن، تەنانەت ئەگەر پرسیاریشمان نەکرد. بۆ نموونە: دەست بە کار دەکەن، پارە لە کەسێک وەردەگرن، ماڵ دەگوازنەوە، کەسێک دێت لەگەڵتان دەژی، یان خێزانەکەتان دێتە هۆڵەندا.
beschikking-obligation-cooperate = ئەو زانیاری و بەڵگەنامانەی داوایان دەکەین پێمان بدەن. کاتێک دەمانەوێت شتێک بپشکنین، هاوکاریمان بکەن.
beschikking-obligation-look-for-work = بە دوای کاردا بگەڕێن. وەک کارجوو لە werk.nl ناو بنووسن و داوای کار بکەن.
beschikking-obligation-accept-suitable-work = ئەگەر کارێکتان پێشنیار کرا، دەبێت ئەو کارە وەربگرن. تەنانەت ئەگەر کارێکی جیاواز بێت لەوەی پێی ڕاهاتوون.
beschikking-obligation-language-duty = زمانی هۆڵەندی فێر ببن. بچن بۆ وانەکانی زمان لە پلانی تێکەڵبوونەکەتان یان ئەو وانانەی لەگەڵتان ڕێکی دەخەین.
beschikking-obligation-cooperate-budget-coach = لەگەڵ { -budgetcoach(case: "yours") } هاوکاری بکەن. بچن بۆ دیدارەکان و نامەکانتان دەربارەی پارە نیشان بدەن.
beschikking-obligation-keep-appointments = وەرن بۆ گفتوگۆکانتان لەگەڵ شارەوانی. ئەگەر نەتوانن بێن، پێش گفتوگۆکە تەلەفۆنمان بۆ بکەن.
beschikking-obligation-report-travel-abroad = ئەگەر دەچنە دەرەوەی وڵات، پێشوەختە پێمان بڵێن. لەگەڵ { -bijstand } دەتوانن لە هەر ساڵێکی ڕۆژمێریدا (لە کانوونی دووەمەوە تا کانوونی یەکەم) زۆرترین 4 هەفتە لە دەرەوەی وڵات بن.
beschikking-obligation-authorise-direct-payment = ئەو ڕێگەپێدانە نووسراوە (machtiging) واژۆ بکەن کە پێی دەتوانین پسوولەکانتان بدەین.
beschikking-consequence-report = ئەگەر گۆڕانکارییەک ڕانەگەیەنن یان درەنگ ڕایبگەیەنن، لەوانەیە زیاتر لە پێویست { -bijstand } وەربگرن. ئەو کاتە دەبێت ئەو پارەیە بگەڕێننەوە، هەندێک جار هەموو ئەوەی زیادە وەرتانگرتووە. هەروەها لەوانەیە سزای پارەتان بدرێت.
beschikking-consequence-other = ئەگەر پابەندی ڕێساکانی تر نەبن، دەتوانین { -bijstand(case: "yours") } بۆ ماوەیەک کەم بکەینەوە.

beschikking-heading-law = ئەم بڕیارە لەسەر کام یاسا دامەزراوە؟
beschikking-law-intro = ئەم بڕیارە لەسەر { -participatiewet } دامەزراوە. ئەوە یاسایە دەربارەی { -bijstand }. ئەم مادانە بەکار دەهێنین:
beschikking-law-right = مادەی 11 و 19: کێ مافی وەرگرتنی { -bijstand } هەیە
beschikking-law-couple = مادەی 11، بڕگەی چوارەم: هاوبەشانی ژیان { -bijstand } پێکەوە وەردەگرن
beschikking-law-norm = مادەی 21: چەند { -bijstand } وەردەگرن (پێوەر، norm)
beschikking-law-cost-sharers = مادەی 22a: { -bijstand } کەمتر ئەگەر خانووەکەتان بەش بکەن (kostendelersnorm)
beschikking-law-income = مادەی 31 و 32: کام داهات حساب دەکرێت
beschikking-law-assets = مادەی 34: کام سامان حساب دەکرێت
beschikking-law-decision = مادەی 43، 44 و 45: بڕیارەکە، بەرواری دەستپێک و پارەدان
beschikking-law-decision-refused = مادەی 43: بڕیار لەسەر داواکارییەکەتان
beschikking-law-advance = مادەی 52: { -voorschot }
beschikking-law-basis-art-56a = مادەی 56a: دانی پسوولە بۆ ئەو کەسانەی دەبێت { -inburgering } تەواو بکەن
beschikking-law-basis-art-57 = مادەی 57: دانی پسوولە ئەگەر هێشتا خۆتان ناتوانن بیدەن
beschikking-law-duties = مادەی 9، 17 و 18: ئەرکەکانتان، و { -bijstand } کەمتر ئەگەر پابەندی ڕێساکان نەبن
beschikking-law-language = مادەی 18b: فێربوونی زمانی هۆڵەندی (مەرجی زمان، taaleis)
beschikking-law-recovery = مادەی 18a و 58: سزای پارە و گەڕاندنەوەی پارە
beschikking-law-information = مادەی 17: دانی ئەو زانیارییانەی پێویستمانە
beschikking-law-objection = یاسای گشتیی ئیداری (Algemene wet bestuursrecht)، مادەی 6:4 تا 6:9: دەربڕینی { -bezwaar }

beschikking-heading-objection = لەگەڵ ئەم بڕیارە ڕازی نین؟
beschikking-objection = ئەو کاتە دەتوانن { -bezwaar } دەرببڕن (bezwaar maken). واتە: داوا لە { -college } دەکەن کە دووبارە سەیری ئەم بڕیارە بکاتەوە.
beschikking-objection-deadline = بۆ ئەمە 6 هەفتەتان هەیە. ئەم ماوەیە لە ڕۆژی دوای ناردنی ئەم نامەیە ({ $sent }) دەست پێ دەکات. کەواتە { -bezwaar(case: "yours") } دەبێت درەنگترین لە { $date } بگاتە دەستمان.
beschikking-objection-post = ئەگەر { -bezwaar(case: "yours") } بە پۆستە بنێرن، لە کاتی خۆیدایە ئەگەر درەنگترین لە { $date } بیدەنە پۆستە و لە ماوەی هەفتەیەکدا دوای ئەو ڕۆژە بگاتە دەستمان.
# $url: where to object online, printed as configured.
beschikking-objection-online = دەتوانن لە ڕێگەی ئینتەرنێتەوە { -bezwaar } دەرببڕن: { $url }. یان نامەیەک بنێرن بۆ:
beschikking-objection-letter = نامەیەک بنێرن بۆ:
beschikking-objection-to = { -college } لە { $municipality }
beschikking-objection-what = ئەمانە لە ناو { -bezwaar(case: "yours") } بنووسن:
beschikking-objection-name = ناو و ناونیشانەکەتان
beschikking-objection-date = بەروار
beschikking-objection-reference = { -kenmerk(case: "of") } ئەم نامەیە: { $reference } (ئەو ژمارەیەی لە سەرەوەی ئەم نامەیەدایە)
beschikking-objection-why = بۆچی لەگەڵ ئەم بڕیارە ڕازی نین
beschikking-objection-signature = واژۆکەتان
beschikking-objection-copy = ئەگەر دەتوانن، کۆپییەکی ئەم نامەیەش لەگەڵیدا بنێرن.
beschikking-objection-couple = ئێوە و هاوبەشی ژیانتان هەردووکتان دەتوانن { -bezwaar } دەرببڕن. ئەگەر پێکەوە ئەمە دەکەن، هەردووکتان ناو و واژۆی خۆتان بنووسن.
beschikking-objection-language = دەتوانن { -bezwaar(case: "yours") } بە زمانی خۆتان بنووسن. هەندێک جار ئەو کاتە داوای وەرگێڕانتان لێ دەکەین. دەتوانن بە خۆڕایی بۆ { -bezwaar(case: "yours") } هاوکاری وەربگرن لە VluchtelingenWerk، Juridisch Loket (نووسینگەی ڕاوێژی یاسایی) یان ڕاوێژکارانی کۆمەڵایەتیی شارەوانییەکەتان (sociaal raadslieden).
beschikking-objection-call = دەتانەوێت سەرەتا لەگەڵمان قسە بکەن؟ ئەو کاتە تەلەفۆن بۆ { $name } بکەن: { $phone }. لەوانەیە پێکەوە چارەسەری بکەین. ئاگاداربن: تەلەفۆنکردن دەربڕینی { -bezwaar } نییە. ماوەی 6 هەفتەکە بەردەوام دەبێت.
beschikking-objection-in-force = تەنانەت ئەگەر { -bezwaar } دەرببڕن، ئەم بڕیارە بەردەوام دەبێت تا بڕیارێکی نوێ دەدرێت.
beschikking-objection-urgent = ئەگەر زۆر بەپەلە بێت، دەتوانن داوا لە دادگا بکەن کە بە خێرایی بڕیارێکی کاتی بدات. ئەمە پێی دەوترێت ڕێوشوێنی کاتی (voorlopige voorziening). هەروەها دەبێت { -bezwaar } دەرببڕن. داواکە پێشکەشی دادگای ئەو ناوچەیە (rechtbank) دەکەن کە تێیدا دەژین. دادگا بۆ ئەمە پارە وەردەگرێت: کرێی دادگا (griffierecht). بۆ زانیاریی زیاتر سەیری www.rechtspraak.nl بکەن.

beschikking-mandate = بە ناوی { -college }،
