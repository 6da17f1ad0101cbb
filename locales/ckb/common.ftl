### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Formal plural "ئێوە" throughout; "you" has no grammatical gender, so no
### message selects on $form except the salutation. Fluent isolates every
### placeable in this right-to-left language (FSI … PDI), which would break
### the joining of a suffix written after it: no suffix follows a placeable.

## Terms: one word for one thing (see locales/nl/common.ftl). The bijstand
## is always "یارمەتیی کۆمەڵایەتی"; a toeslag is always a "دەرماڵە"; help
## in general is "هاوکاری", never "یارمەتی"; another uitkering is "پارەیەکی
## تری حکومی". $case: nom (default), yours ("your"), indef, of (with the
## linking -ی).
-bijstand = { $case ->
    [yours] یارمەتیی کۆمەڵایەتییەکەتان
   *[nom] یارمەتیی کۆمەڵایەتی
}
-zorgtoeslag = دەرماڵەی بیمەی تەندروستی (zorgtoeslag)
-huurtoeslag = دەرماڵەی کرێی خانوو (huurtoeslag)
-budgetcoach = { $case ->
    [indef] ڕاوێژکارێکی بودجە
    [yours] ڕاوێژکاری بودجەکەتان
   *[nom] ڕاوێژکاری بودجە
}
-inburgering = { $case ->
    [yours] تێکەڵبوونتان
   *[nom] تێکەڵبوون
}
-pip = { $case ->
    [yours] پلانی کەسیی تێکەڵبوون و بەشداریی ئێوە (PIP)
   *[nom] پلانی کەسیی تێکەڵبوون و بەشداری (PIP)
}
-brede-intake = چاوپێکەوتنی فراوانی سەرەتایی (brede intake)

## Amounts: the euro sign after the number, as in the Arabic letters.
money = { $amount } €

logo-alt = لۆگۆی { $municipality }
label-date = بەروار
label-reference = ژمارەی ئاماژەی ئێمە
label-your-application = بەرواری داواکارییەکەتان
label-your-letter = بەرواری نامەکەتان
label-enclosures = پاشکۆ
label-contact = پەیوەندی
label-phone = تەلەفۆن
label-postal-address = ناونیشانی پۆستە
label-visiting-address = ناونیشانی سەردان
page-x-of-y = پەڕەی { $page } لە { $total }

salutation = { $form ->
    [mr] بەڕێز کاک { $family }،
    [ms] بەڕێز خاتوو { $family }،
   *[neutral] بەڕێز { $name }،
}
closing = بە ڕێزەوە،

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = دەتانەوێت ئەم نامەیە بە زمانی خۆتان بخوێننەوە؟ کۆدەکە سکان بکەن یان بچنە ئەم ناونیشانە:
translation-qr-alt = کۆدی QR بۆ ئەم نامەیە بە زمانی خۆتان

binding-notice-translation = ئەمە وەرگێڕانی نامەیەکە کە بە زمانی هۆڵەندی نووسراوە. تەنها دەقە هۆڵەندییەکە فەرمییە. ئەگەر نامە هۆڵەندییەکەتان دەوێت، داوامان لێ بکەن.
binding-notice-bilingual = لەم نامەیەدا دەقەکە بە دوو زمان نووسراوە. تەنها دەقە هۆڵەندییەکە فەرمییە.

role-werkconsulent = ڕاوێژکاری کار
role-klantmanager = بەرپرسی دۆسیە
role-consulent-inburgering = ڕاوێژکاری تێکەڵبوون
role-schuldhulpverlener = ڕاوێژکاری قەرز

partner-resident = ئێوە
partner-municipality = ئێمە (شارەوانی)
partner-coa = COA (دەزگای پێشوازیی پەنابەران)
partner-vluchtelingenwerk = VluchtelingenWerk (ڕێکخراوی پاڵپشتیی پەنابەران)
partner-language-school = قوتابخانەی زمان
partner-budget-coach = ڕاوێژکاری بودجە
partner-employer = خاوەنکار
partner-gp = پزیشکی خێزان (huisarts)
partner-school = قوتابخانە
partner-housing-association = دامەزراوەی خانووبەرە (woningcorporatie)
partner-ggd = GGD (خزمەتگوزاریی تەندروستیی گشتی)
partner-ggz = GGZ (چاودێریی تەندروستیی دەروونی)
partner-jgz = چاودێریی تەندروستیی منداڵان و گەنجان (JGZ)
partner-uwv = UWV (دەزگای بیمەی کارمەندان)
partner-duo = DUO (دەزگای پەروەردە)
partner-svb = SVB (بانکی بیمەی کۆمەڵایەتی)
partner-belastingdienst = Belastingdienst (فەرمانگەی باج)

# The interpreter's language: "وەرگێڕێکی عەرەبی".
language-ar = عەرەبی
language-ti = تیگرینیا
language-am = ئەمهەری
language-uk = ئۆکرانی
language-ru = ڕووسی
language-fa = فارسی
language-prs = دەری
language-ps = پەشتۆ
language-so = سۆمالی
language-tr = تورکی
language-ku = کوردی
language-en = ئینگلیزی
language-fr = فەرەنسی

col-what = چی
col-who = کێ
col-when = تا کەی
no-deadline = بێ بەروار

action-brede-intake = گفتوگۆکانی { -brede-intake }: دەربارەی خوێندن، کار، تەندروستی و پێداویستییەکانتان
action-learnability-test = ئەنجامدانی تاقیکردنەوەی توانای فێربوون (leerbaarheidstoets). ئەم تاقیکردنەوەیە نیشان دەدات کە چەند خێرا زمانێکی نوێ فێر دەبن
action-pip = ئامادەکردن و تۆمارکردنی { -pip(case: "yours") }
action-start-language-route = دەستپێکردنی وانەکانی زمان لەو قوتابخانەی زمانەی کە بۆتانی هەڵدەبژێرین
action-knm = بەشداریکردن لە وانەکانی ناسینی کۆمەڵگەی هۆڵەندا (KNM)
action-pvt = بەشداریکردن لە پرۆگرامی ڕاگەیاندنی بەشداری (PVT): وانە دەربارەی یاسا و بەهاکان لە هۆڵەندا
action-map = بەشداریکردن لە مۆدیولی بازاڕی کار و بەشداری (MAP): چۆن لە هۆڵەندا کار بدۆزنەوە
action-diploma-evaluation = هەڵسەنگاندنی بڕوانامەکانتان: بڕوانامەکەتان لە هۆڵەندا چەند بەهای هەیە
action-open-bank-account = کردنەوەی هەژمارێکی بانکی
action-apply-digid = داواکردنی DigiD
action-health-insurance = وەرگرتنی بیمەی تەندروستی
action-apply-allowances = داواکردنی { -zorgtoeslag } و { -huurtoeslag } (پارە لە Belastingdienst بۆ بیمەی تەندروستی و کرێی خانووەکەتان)
action-child-benefit = داواکردنی پارەی منداڵ (kinderbijslag) و بودجەی منداڵ (kindgebonden budget)
action-register-gp = ناونووسین لای پزیشکێکی خێزان
action-register-school = ناونووسینی منداڵەکان لە قوتابخانە
action-isk = ناونووسین لە پۆلی گواستنەوەی نێودەوڵەتی (ISK): پۆلێک بۆ فێربوونی زمانی هۆڵەندی
action-sign-rental-contract = واژۆکردنی گرێبەستی کرێ
action-connect-energy = داواکردنی گاز، کارەبا و ئاو
action-furnishing-loan = داواکردنی قەرز بۆ کەلوپەلی ماڵەکەتان
action-insurance = وەرگرتنی بیمەی کەلوپەلی ماڵ و بیمەی بەرپرسیارێتی
action-tax-waiver = داواکردنی لێخۆشبوون لە باجی شارەوانی (kwijtschelding)
action-budget-coach-intake = یەکەم دیدار لەگەڵ { -budgetcoach }
action-debt-help = هاوکاری بۆ قەرزەکان
action-direct-payment-fixed-costs = دانی کرێ، وزە و بیمەی تەندروستی ڕاستەوخۆ لە { -bijstand(case: "yours") }
action-hand-in-documents = ڕادەستکردنی بەڵگەنامەکان بە شارەوانی
action-register-uwv = ناونووسین وەک کارجوو لە UWV (werk.nl)
action-look-for-work = گەڕان بە دوای کاردا و داواکردنی کار
action-volunteer-work = گەڕان بە دوای کاری خۆبەخشانەدا
action-work-placement = دەستپێکردن لە شوێنێکی کار بۆ بەدەستهێنانی ئەزموونی کار
action-childcare = ڕێکخستنی چاودێریی منداڵان
action-family-reunification = هێنانی خێزانەکەتان بۆ هۆڵەندا (کۆکردنەوەی خێزان)
action-follow-up-conversation = گفتوگۆیەکی بەدواداچوون
free-text-in-dutch = (بە هۆڵەندی)
