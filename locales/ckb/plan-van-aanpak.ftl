### Machine draft, not reviewed by a qualified translator (see locale.toml).

plan-van-aanpak-subject = پلانی کارەکەتان

plan-van-aanpak-intro = لە { $date } پێکەوە لەگەڵتان پلانێکمان دانا. ئامانج: بتوانن بە زووترین کات ژیانی خۆتان لە هۆڵەندا خۆتان ڕێک بخەن. لەم نامەیەدا هەموو پلانەکە هەیە.
plan-van-aanpak-participants = ئەم ڕێکخراوانەش بەشدارییان لە دانانی پلانەکەدا کرد:
plan-van-aanpak-one-plan = ئێمە پێکەوە کار دەکەین. بۆیە یەک پلان لە هەموومان وەردەگرن، نەک پلانێکی جیا لە هەر ڕێکخراوێک.

plan-van-aanpak-household = ئەم پلانە بۆ هەموو خێزانەکەتانە: { $adults } و { $children }.
# Sorani (CLDR): one, other. A noun after a number stays singular.
plan-van-aanpak-adults = { $count ->
    [one] { $count } کەسی گەورە
   *[other] { $count } کەسی گەورە
}
plan-van-aanpak-children = { $count ->
    [0] بێ منداڵ
    [one] { $count } منداڵ
   *[other] { $count } منداڵ
}

plan-van-aanpak-heading-pip = ئەم پلانە و تێکەڵبوونتان
plan-van-aanpak-not-a-decision = ئەم پلانی کارە بڕیار نییە.
plan-van-aanpak-pip-set = هەروەها { -pip } بۆ { -inburgering(case: "yours") } هەیە. لە { $date } بڕیارمان لەسەری دا. ئەم پلانە پەیوەستە بە پلانی PIP، بەڵام جێگەی ناگرێتەوە. ئەرکەکانتان بۆ { -inburgering } لە پلانی PIP نووسراون.
plan-van-aanpak-pip-planned = هەروەها بۆ { -inburgering(case: "yours") } { -pip } دادەنێین. ئەمە دوای { -brede-intake } و تاقیکردنەوەی توانای فێربوون دەکەین. بڕیارێک دەربارەی PIP وەردەگرن. ئەگەر لەگەڵی ڕازی نەبوون، دەتوانن { -bezwaar } دەرببڕن (bezwaar maken). واتە داوامان لێ دەکەن کە دووبارە سەیری بڕیارەکە بکەینەوە. دواتر ئەم پلانە دەگونجێنین.
plan-van-aanpak-route-b1 = ڕێگای فێربوونتان بریتییە لە ڕێگای B1 (B1-route). زمانی هۆڵەندی تا ئاستی B1 فێر دەبن و لە هەمان کاتدا بەشداری لە کۆمەڵگەدا دەکەن، بۆ نموونە بە کارکردن.
plan-van-aanpak-route-education = ڕێگای فێربوونتان بریتییە لە ڕێگای خوێندن (onderwijsroute). زمانی هۆڵەندی فێر دەبن بۆ ئەوەی دواتر بە زمانی هۆڵەندی بخوێنن.
plan-van-aanpak-route-z = ڕێگای فێربوونتان بریتییە لە ڕێگای Z (zelfredzaamheidsroute: ڕێگای پشت بە خۆبەستن). زمانی هۆڵەندی لە ئاستی خۆتاندا فێر دەبن و بەشداری لە کۆمەڵگەدا دەکەن.

plan-van-aanpak-heading-support = چۆن هاوکاریتان دەکەین
plan-van-aanpak-support-intensive = ڕێنمایی و هاوکارییەکی زۆر وەردەگرن. ئێمە و ڕێکخراوەکانی تر هەنگاو بە هەنگاو هاوکاریتان دەکەین. هەموو شتێک ڕوون دەکەینەوە. ئەگەر پێویست بوو، لەگەڵتان دێین. بۆ نموونە بۆ بانک یان بۆ لای پزیشکی خێزان.
plan-van-aanpak-support-light = ئەو زانیارییانەی پێویستتانە وەردەگرن. دواتر زۆربەی شتەکان خۆتان ڕێک دەخەن. ئەگەر شتێک سەری نەگرت، داوای هاوکاریمان لێ بکەن.
# Must match col-who ("کێ") and partner-resident ("ئێوە") in common.ftl.
plan-van-aanpak-how-to-read = لە خوارەوە بۆ هەر بابەتێک خشتەیەک دەبینن: چی دەکرێت، کێ دەیکات و کەی تەواو دەبێت. ئەگەر لە ستوونی کێ „ئێوە” نووسرابوو، ئێوە خۆتان دەیکەن.

plan-van-aanpak-domain-housing = نیشتەجێبوون
plan-van-aanpak-domain-income = پارە و داهات
plan-van-aanpak-domain-language = زمان و تێکەڵبوون
plan-van-aanpak-domain-work = کار
plan-van-aanpak-domain-health = تەندروستی
plan-van-aanpak-domain-children = منداڵان و قوتابخانە
plan-van-aanpak-situation = بارودۆخەکەتان:
plan-van-aanpak-no-actions = ئێستا پێویست ناکات کەس هیچ شتێک بۆ ئەمە بکات.

plan-van-aanpak-heading-contacts = دەتوانن تەلەفۆن بۆ کێ بکەن؟
plan-van-aanpak-contacts-intro = ئەگەر پرسیارتان دەربارەی بەشێک لە پلانەکە هەیە، تەلەفۆن بۆ ئەو ڕێکخراوە بکەن کە ئەنجامی دەدات.
plan-van-aanpak-col-organisation = ڕێکخراو
plan-van-aanpak-col-name = ناو

plan-van-aanpak-heading-privacy = زانیارییەکانتان
plan-van-aanpak-consent = لە { $date } ڕێگەتان پێداین کە زانیاری دەربارەی ئێوە لەگەڵ ئەم ڕێکخراوانە بەش بکەین:
plan-van-aanpak-consent-scope = تەنها ئەو زانیارییانە بەش دەکەین کە ئەم ڕێکخراوانە بۆ ئەم پلانە پێویستیانە. هەر کاتێک بتانەوێت دەتوانن ڕەزامەندییەکەتان بکێشنەوە. بۆ ئەمە، لە ڕێگەی { $phone } تەلەفۆن بۆ { $name } بکەن.
plan-van-aanpak-no-consent = تەنها ئەو کاتە زانیاری دەربارەی ئێوە لەگەڵ ڕێکخراوەکانی ئەم پلانە بەش دەکەین کە ئێوە ڕەزامەندی بدەن، یان یاسا ئەمە دیاری بکات.

plan-van-aanpak-heading-review = کەی دووبارە باسی پلانەکە دەکەینەوە؟
plan-van-aanpak-review = لە { $date } دووبارە لەگەڵتان باسی پلانەکە دەکەین. سەیر دەکەین چی باش دەڕوات و چی هێشتا پێویستە. ئەگەر پێویست بوو، پلانەکە دەگۆڕین. بۆ ئەمە بانگهێشتنامەیەکی تر وەردەگرن.
plan-van-aanpak-check = ئەگەر شتێک لەم پلانەدا هەڵە بوو، یان شتێک لە ژیانتاندا گۆڕا، لە ڕێگەی { $phone } تەلەفۆن بۆ { $name } بکەن.
