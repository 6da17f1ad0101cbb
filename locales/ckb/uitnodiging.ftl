### Machine draft, not reviewed by a qualified translator (see locale.toml).
### The appointment is a "گفتوگۆ" (conversation), as in Dutch.

uitnodiging-subject = بانگهێشت بۆ گفتوگۆ
uitnodiging-intro = بانگهێشتتان دەکەین بۆ گفتوگۆیەک.
uitnodiging-compulsory = دەبێت بێن بۆ ئەم گفتوگۆیە.

uitnodiging-label-date = بەروار
uitnodiging-label-time = کات
uitnodiging-label-duration = ماوە
uitnodiging-label-place = شوێن
uitnodiging-label-with = لەگەڵ
# Under the label "کات": the time as ICU writes it for Sorani (10:00 ب.ن).
uitnodiging-time = { $time }
# Sorani (CLDR): one, other. A noun after a number stays singular.
uitnodiging-duration = { $minutes ->
    [one] نزیکەی { $minutes } خولەک
   *[other] نزیکەی { $minutes } خولەک
}
uitnodiging-with = { $name }، { $role }

uitnodiging-heading-purpose = گفتوگۆکە دەربارەی چییە؟
uitnodiging-purpose-intake = ئەمە یەکەم گفتوگۆمانە. دەمانەوێت بتانناسین. دەربارەی بارودۆخەکەتان و ئەو شتانەی پێویستتانە قسە دەکەین.
uitnodiging-purpose-plan = لەم گفتوگۆیەدا پێکەوە پلانێک دادەنێین. ڕێک دەکەوین کە ئێوە چی دەکەن و کێ هاوکاریتان دەکات.
uitnodiging-purpose-progress = لەم گفتوگۆیەدا سەیر دەکەین کە چۆنن. باسی ئەو ڕێککەوتنانە دەکەین کە پێشتر کردمان.
uitnodiging-purpose-income-check = لەم گفتوگۆیەدا سەیری داهات و خەرجییەکانتان دەکەین. دەپشکنین کە ئایا هێشتا بڕی دروستی { -bijstand } (bijstand) وەردەگرن.
uitnodiging-purpose-language-assessment = لەم گفتوگۆیەدا سەیر دەکەین کە چەند باش بە هۆڵەندی قسە دەکەن، دەخوێننەوە و دەنووسن. ئەو کاتە دەزانین کام خولی زمان بۆتان گونجاوە.
uitnodiging-purpose-brede-intake = ئەم گفتوگۆیە بریتییە لە { -brede-intake } بۆ { -inburgering(case: "yours") }. دەربارەی خوێندن، کار، تەندروستی و بارودۆخەکەتان قسە دەکەین. دواتر پێکەوە { -pip(case: "yours") } دادەنێین.
uitnodiging-purpose-learnability-test = تاقیکردنەوەی توانای فێربوون (leerbaarheidstoets) لەسەر کۆمپیوتەر ئەنجام دەدەن. ئەم تاقیکردنەوەیە نیشان دەدات کە چەند خێرا زمانێکی نوێ فێر دەبن. ئەمە ئیمتیحان نییە. پێویست ناکات هیچ هۆڵەندییەک بزانن.
uitnodiging-purpose-pip = لەم گفتوگۆیەدا پێکەوە { -pip(case: "yours") } دادەنێین. تێیدا نووسراوە کە چۆن زمانی هۆڵەندی فێر دەبن و چی تر بۆ { -inburgering(case: "yours") } دەکەن. دواتر بڕیارێک دەربارەی PIP دەدەین.
# $language: the language the interpreter speaks, e.g. "عەرەبی".
uitnodiging-interpreter = وەرگێڕێکی { $language } لە گفتوگۆکەدا دەبێت. وەرگێڕەکە هیچ تێچوویەکی بۆتان نییە.
uitnodiging-companion = دەتوانن کەسێک کە متمانەتان پێیەتی لەگەڵ خۆتان بهێنن. بۆ نموونە کەسێک لە خێزانەکەتان یان خۆبەخشێک.

uitnodiging-heading-bring = چی لەگەڵ خۆتان دەهێنن؟
uitnodiging-bring-id-document = بەڵگەنامەی ناسنامەکەتان (پاسپۆرت یان کارتی ناسنامە)
uitnodiging-bring-residence-permit = مۆڵەتی نیشتەجێبوونەکەتان
uitnodiging-bring-w-document = بەڵگەنامەی W (W-document)، ئەگەر هێشتا لاتانە
uitnodiging-bring-bsn-letter = نامەیەک کە ژمارەی خزمەتگوزاریی هاووڵاتیتانی (BSN) تێدایە
uitnodiging-bring-coa-letters = ئەو نامانەی لە COA وەرتانگرتوون
uitnodiging-bring-bank-card = کارتی بانکەکەتان
uitnodiging-bring-bank-statements = ڕاپۆرتی هەژماری بانکەکەتان بۆ دوایین 3 مانگ
uitnodiging-bring-rental-contract = گرێبەستی کرێکەتان
uitnodiging-bring-health-insurance-policy = پۆلیسەی بیمەی تەندروستیتان (بەڵگەی بیمەی تەندروستییەکەتان)
uitnodiging-bring-income-statements = پسوولەی مووچەکەتان یان بەڵگەی تری داهاتەکەتان
uitnodiging-bring-diplomas = بڕوانامە و بڕوانامەی خولەکانتان، ئەگەر هەتانە
uitnodiging-bring-debt-letters = نامە دەربارەی قەرز یان ئەو پسوولانەی هێشتا دەبێت بیدەن
uitnodiging-bring-this-letter = ئەم نامەیە

uitnodiging-heading-cannot-come = ئەگەر نەتوانن بێن
uitnodiging-reschedule = ئەو کاتە درەنگترین تا { $date } تەلەفۆنمان بۆ بکەن. ژمارەی تەلەفۆنمان: { $phone }. ئەو کاتە پێکەوە ڕۆژێکی نوێ هەڵدەبژێرین.
uitnodiging-ill = ئەگەر لە ڕۆژی گفتوگۆکەدا نەخۆش بوون، پێش { $time } لە ڕێگەی { $phone } تەلەفۆنمان بۆ بکەن.

uitnodiging-heading-consequence = ئەگەر نەیەن چی ڕوو دەدات؟
uitnodiging-consequence-applicant = پێویستمان بەم گفتوگۆیەیە بۆ سەیرکردنی داواکارییەکەتان بۆ { -bijstand } (bijstand). ئەگەر نەیەن و تەلەفۆنیشمان بۆ نەکەن، دەتوانین بڕیار بدەین کە داواکارییەکەتان سەیر نەکەین. ئەو کاتە { -bijstand } وەرناگرن.
uitnodiging-consequence-recipient = ئێوە { -bijstand } (bijstand) وەردەگرن. بۆیە دەبێت بێن بۆ گفتوگۆکان لەگەڵمان. { -participatiewet } ئەمە دیاری دەکات، کە یاسایە دەربارەی { -bijstand }. ئەگەر نەیەن و هۆیەکی باشتان نەبێت، دەتوانین { -bijstand(case: "yours") } بۆ ماوەیەک کەم بکەینەوە. ئەو کاتە پارەی کەمتر وەردەگرن.
uitnodiging-consequence-inburgering = ئەم گفتوگۆیە بەشێکە لە { -inburgering(case: "yours") }. دەبێت بەشداری بکەن. یاسای تێکەڵبوونی 2021 (Wet inburgering 2021) ئەمە دیاری دەکات. ئەگەر نەیەن و هۆیەکی باشتان نەبێت، دەتوانین سزای پارەتان بدەین.
