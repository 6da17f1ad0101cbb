### Informatieverzoek: request for documents, with a deadline. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

informatieverzoek-subject = پێویستمان بە بەڵگەنامەیە لە ئێوە
informatieverzoek-intro-application = لە { $date } داواکارییەکتان بۆ { -bijstand } (bijstand) پێشکەش کرد ({ -kenmerk } { $reference }). هێشتا پێویستمان بە هەندێک بەڵگەنامەیە لە ئێوە. بەبێ ئەم بەڵگەنامانە ناتوانین بڕیار لەسەر داواکارییەکەتان بدەین.
informatieverzoek-intro-assistance = ئێوە { -bijstand } (bijstand) لە ئێمە وەردەگرن. دەپشکنین کە ئایا { -bijstand(case: "yours") } هێشتا دروستە. بۆ ئەمە پێویستمان بە بەڵگەنامەیە لە ئێوە.
informatieverzoek-deadline = بەڵگەنامەکان درەنگترین تا { $date } بۆمان بنێرن.

informatieverzoek-heading-documents = پێویستمان بە چ بەڵگەنامەیەکە؟
informatieverzoek-label-person = هی کێ:
informatieverzoek-label-period = ماوە:
informatieverzoek-label-why = بۆچی:
informatieverzoek-person-you = هی خۆتان
informatieverzoek-period = لە { $from } تا { $to } (ئەو ڕۆژەش لەخۆ دەگرێت)
informatieverzoek-doc-bank-statements = ڕاپۆرتی هەژماری هەموو هەژمارە بانکییەکان
informatieverzoek-why-bank-statements = بەم شێوەیە دەبینین چ پارەیەک دێت و دەڕوات.
informatieverzoek-doc-id-document = کۆپیی پاسپۆرت، کارتی ناسنامە یان بەڵگەنامەی نیشتەجێبوون
informatieverzoek-why-id-document = دەبێت بە دڵنیاییەوە بزانین ئێوە کێن. یاسا وا دەڵێت.
informatieverzoek-doc-residence-permit = کۆپیی مۆڵەتی نیشتەجێبوون (پێشەوە و پشتەوە)
informatieverzoek-why-residence-permit = بەم شێوەیە دەزانین کە ڕێگەتان پێدراوە لە هۆڵەندا بژین.
informatieverzoek-doc-rental-contract = گرێبەستی کرێ
informatieverzoek-why-rental-contract = بەم شێوەیە دەزانین لە کوێ و لەگەڵ کێ دەژین و چەند کرێ دەدەن.
informatieverzoek-doc-payslips = پسوولەی مووچە
informatieverzoek-why-payslips = بەم شێوەیە دەزانین چەند پارە بەدەست هاتووە. ئەو پارەیە بۆ { -bijstand } حساب دەکرێت.
informatieverzoek-doc-benefit-letters = نامە دەربارەی پارەی تری حکومی (uitkeringen) یان دەرماڵەکان (toeslagen)
informatieverzoek-why-benefit-letters = بەم شێوەیە دەزانین چ داهاتێکی تر هەیە.
informatieverzoek-doc-health-insurance-policy = پۆلیسەی بیمەی تەندروستی (بەڵگەی بیمەی تەندروستی)
informatieverzoek-why-health-insurance-policy = بەم شێوەیە دەزانین کە بیمەتان هەیە و چەندی بۆ دەدەن.
informatieverzoek-doc-savings-and-property = بەڵگەی پارەی پاشەکەوتکراو، ئۆتۆمبێل یان سامانی تر، تەنانەت لە دەرەوەی وڵات
informatieverzoek-why-savings-and-property = بەم شێوەیە دەزانین چەند سامان هەیە. سامان دەکرێت بۆ { -bijstand } حساب بکرێت.
informatieverzoek-doc-marriage-certificate = بەڵگەی هاوسەرگیری (huwelijksakte)
informatieverzoek-why-marriage-certificate = بەم شێوەیە دەزانین کێ سەر بە خێزانەکەتانە. ئەمە دیاری دەکات چەند { -bijstand } وەردەگرن.
informatieverzoek-doc-debt-letters = نامە دەربارەی قەرز یان ئەو پسوولانەی هێشتا نەدراون
informatieverzoek-why-debt-letters = بەم شێوەیە دەبینین ئایا بۆ قەرزەکان پێویستتان بە هاوکاری هەیە.
informatieverzoek-doc-other = بەڵگەنامەیەکی تر
informatieverzoek-copies = کۆپی یان وێنەی ڕوون بنێرن. بەڵگەنامە ڕەسەنەکان لای خۆتان بهێڵنەوە.

informatieverzoek-heading-how = چۆن بەڵگەنامەکان دەنێرن؟
informatieverzoek-how-upload = لە ڕێگەی ئینتەرنێتەوە: بچنە { $url } و بە DigiD بچنە ژوورەوە.
informatieverzoek-how-post = بە پۆستە، بۆ:
informatieverzoek-how-desk = لە پێشوازی: { $desk }.
informatieverzoek-how-reference = لەسەر هەر شتێک کە دەینێرن، { -kenmerk(case: "of") } ئێمە ({ $reference }) و ناوی خۆتان بنووسن.

informatieverzoek-heading-consequence = ئەگەر بەڵگەنامەکان نەگەنە دەستمان چی ڕوو دەدات؟
informatieverzoek-consequence-application = ئەو کاتە ناتوانین بڕیار بدەین کە ئایا { -bijstand } وەردەگرن یان نا. ئەو کاتە دەتوانین بڕیار بدەین کە داواکارییەکەتان سەیر نەکەین. ئەو کاتە لەسەر ئەم داواکارییە { -bijstand } وەرناگرن. لەسەر ئەمە نامەیەک بە بڕیارێکەوە وەردەگرن. دواتر دەتوانن دووبارە داوای { -bijstand } بکەن.
informatieverzoek-consequence-assistance = ئەو کاتە ناتوانین بپشکنین کە ئایا { -bijstand(case: "yours") } دروستە. ئەو کاتە دەتوانین پارەدان ڕابگرین تا بەڵگەنامەکان دەگەنە دەستمان. سەرەتا لەسەر ئەمە نامەیەک وەردەگرن. ئەگەر دوای ئەوەش بەڵگەنامەکان نەنێرن، لەوانەیە { -bijstand(case: "yours") } بە تەواوی ڕابگیرێت. هەندێک جار ئەو کاتە هەروەها دەبێت { -bijstand } بگەڕێننەوە.
informatieverzoek-more-time = ناتوانن هەموو شتێک لە کاتی خۆیدا بنێرن؟ یان بەڵگەنامەیەکتان نییە؟ ئەو کاتە پێش { $date } تەلەفۆنمان بۆ بکەن. پێکەوە بە دوای چارەسەرێکدا دەگەڕێین. هەندێک جار دەتوانن کاتی زیاتر وەربگرن.

informatieverzoek-heading-help = کێ دەتوانێت هاوکاریتان بکات؟
informatieverzoek-help-staff = پرسیارتان دەربارەی ئەم نامەیە هەیە؟ تەلەفۆن بۆ { $name } بکەن: { $phone }.
informatieverzoek-help-vluchtelingenwerk = VluchtelingenWerk دەتوانێت لە کۆکردنەوەی بەڵگەنامەکاندا هاوکاریتان بکات.
informatieverzoek-help-budget-coach = { -budgetcoach(case: "yours") } دەتوانێت لە دۆزینەوەی ڕاپۆرتی بانک و نامەکاندا هاوکاریتان بکات.
informatieverzoek-help-social-counsellor = ڕاوێژکارانی کۆمەڵایەتی (sociaal raadslieden) بە خۆڕایی لە نامەکانی شارەوانیدا هاوکاریتان دەکەن.
informatieverzoek-help-library = لە کتێبخانە بە خۆڕایی لە DigiD و ناردنی بەڵگەنامە لە ڕێگەی ئینتەرنێتەوە هاوکاریتان دەکەن.

informatieverzoek-not-a-decision = ئەم نامەیە بڕیار نییە. بۆیە ناتوانن دژی ئەم نامەیە { -bezwaar } دەرببڕن.
