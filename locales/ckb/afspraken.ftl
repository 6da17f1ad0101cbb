### Machine draft, not reviewed by a qualified translator (see locale.toml).
### "Afspraak" here is an agreement: "ڕێککەوتن"; the next appointment is a
### "گفتوگۆ" (conversation).

afspraken-subject = ڕێککەوتنەکانتان لەگەڵ شارەوانی
afspraken-intro = لە { $date } لەگەڵتان قسەمان کرد. لەم نامەیەدا ئەو ڕێککەوتنانە هەن کە پێکەوە کردمان.
afspraken-not-a-decision = ئەم نامەیە بڕیار نییە. ڕاپۆرتێکە دەربارەی گفتوگۆکەمان.
afspraken-participants = ئەمانەش لە گفتوگۆکەدا ئامادە بوون:
# Sorani (CLDR): one, other. A noun after a number stays singular.
afspraken-count = { $count ->
    [one] { $count } ڕێککەوتنمان کرد:
   *[other] { $count } ڕێککەوتنمان کرد:
}
afspraken-keep = ئەگەر شتێک سەری نەگرت، تەلەفۆنمان بۆ بکەن. ئەو کاتە پێکەوە بە دوای چارەسەرێکدا دەگەڕێین.

afspraken-heading-contacts = دەتوانن تەلەفۆن بۆ کێ بکەن؟
afspraken-contacts-intro = ئەگەر پرسیارتان دەربارەی ڕێککەوتنێک هەیە، تەلەفۆن بۆ ئەو ڕێکخراوە بکەن کە ئەنجامی دەدات.
afspraken-col-organisation = ڕێکخراو
afspraken-col-name = ناو

afspraken-heading-next = گفتوگۆی داهاتووتان
afspraken-next = گفتوگۆی داهاتووتان لە { $date }، کاتژمێر { $time }. شوێن: { $place }.
afspraken-heading-check = ئایا ئەم نامەیە دروستە؟
afspraken-check = ئەگەر شتێک لەم نامەیەدا هەڵە بوو، درەنگترین تا { $date } تەلەفۆنمان بۆ بکەن. ژمارەی تەلەفۆنمان: { $phone }.
afspraken-no-call = ئەگەر تەلەفۆن نەکەن، وا دادەنێین کە هەموو شتێک دروستە.
