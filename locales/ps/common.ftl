### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Pashto as written in Afghanistan: polite «تاسو» with plural verbs
### (کړئ، راشئ), the Pashto letters ټ ډ ړ ښ ږ ځ څ ګ ڼ ې ۍ, ي for /i/
### and ی for /ay/. Nouns after a number from 2 on are plural.
### Only the salutation uses $form: with «تاسو» the verbs do not change
### with the reader's gender.
### Digits are Pashto (۰–۹, see locale.toml), also in the text (۶ اونۍ).

## Terms: one word for one thing (see locales/nl/common.ftl).
## ټولنیزه مرسته is the bijstand only; سبسایډي is an allowance (toeslag) only.
## $case: dir (default) or obl, the oblique case after «د», «له … څخه», «په».
-bijstand = { $case ->
    [obl] ټولنیزې مرستې
   *[dir] ټولنیزه مرسته
}
-zorgtoeslag = د روغتیايي بیمې سبسایډي (zorgtoeslag)
-huurtoeslag = د کور د کرایې سبسایډي (huurtoeslag)
-budgetcoach = د بودیجې سلاکار
-inburgering = ادغام
-pip = د ادغام او ګډون شخصي پلان (PIP)
-brede-intake = { $case ->
    [obl] هراړخیزې مرکې (brede intake)
   *[dir] هراړخیزه مرکه (brede intake)
}

money = { $amount } یورو

logo-alt = د { $municipality } نښان
label-date = نېټه
label-reference = زموږ د حوالې شمېره
label-your-application = ستاسو د غوښتنلیک نېټه
label-your-letter = ستاسو د لیک نېټه
label-enclosures = ضمیمې
label-contact = اړیکه
label-phone = ټیلیفون
label-postal-address = پوستي پته
label-visiting-address = د لیدو پته
page-x-of-y = مخ { $page } له { $total } څخه

salutation = { $form ->
    [mr] محترم ښاغلی { $family }،
    [ms] محترمې اغلې { $family }،
   *[neutral] سلام { $name }،
}
closing = په درنښت،

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = غواړئ دا لیک په خپله ژبه ولولئ؟ کوډ سکن کړئ یا دې پتې ته ورشئ:
translation-qr-alt = ستاسو په ژبه د دې لیک لپاره QR کوډ

binding-notice-translation = دا د هغه لیک ژباړه ده چې په هالنډي ژبه لیکل شوی دی. یوازې هالنډي متن رسمي دی. که هالنډي لیک غواړئ، له موږ یې وغواړئ.
binding-notice-bilingual = په دې لیک کې متن په دوو ژبو دی. یوازې هالنډي متن رسمي دی.

role-werkconsulent = د کار سلاکار
role-klantmanager = د دوسیې مسؤل
role-consulent-inburgering = د ادغام سلاکار
role-schuldhulpverlener = د پورونو سلاکار

partner-resident = تاسو
partner-municipality = موږ (ښاروالي)
partner-coa = COA (د پناه غوښتونکو د منلو اداره)
partner-vluchtelingenwerk = VluchtelingenWerk (د کډوالو د ملاتړ موسسه)
partner-language-school = د ژبې ښوونځی
partner-budget-coach = د بودیجې سلاکار
partner-employer = کارګمارونکی
partner-gp = کورنی ډاکټر
partner-school = ښوونځی
partner-housing-association = د کورونو شرکت
partner-ggd = GGD (د عامې روغتیا خدمات)
partner-ggz = GGZ (د رواني ستونزو لپاره مرسته)
partner-jgz = د ماشومانو او ځوانانو روغتیا (JGZ)
partner-uwv = UWV (د کارکوونکو د بیمې اداره)
partner-duo = DUO (د زده کړې چارو اداره)
partner-svb = SVB (د ټولنیزو بیمو بانک)
partner-belastingdienst = Belastingdienst (د مالیې اداره)

## Languages an interpreter can speak ("په ... ژبه ژباړونکی").
language-ar = عربي
language-ti = تیګرینیا
language-am = امهري
language-uk = اوکرایني
language-ru = روسي
language-fa = فارسي
language-prs = دري
language-ps = پښتو
language-so = سومالي
language-tr = ترکي
language-ku = کردي
language-en = انګلیسي
language-fr = فرانسوي

col-what = څه کار
col-who = څوک
col-when = تر کومې نېټې
no-deadline = نېټه نشته

## Tasks that can be agreed (afsprakenbrief, plan van aanpak).
action-brede-intake = د { -brede-intake(case: "obl") } خبرې: ستاسو د زده کړې، کار، روغتیا او اړتیاوو په اړه
action-learnability-test = د زده کړې ازموینه (leerbaarheidstoets) ورکول. دا ازموینه ښيي چې تاسو څومره ژر یوه نوې ژبه زده کوئ
action-pip = ستاسو د { -pip } جوړول او ثبتول
action-start-language-route = د ژبې په هغه ښوونځي کې د ژبې درسونو پیل چې موږ یې ستاسو لپاره ټاکو
action-knm = د هالنډ د ټولنې د پېژندنې (KNM) په درسونو کې ګډون
action-pvt = د ګډون د اعلامیې په دوره (PVT) کې ګډون: په هالنډ کې د قواعدو او ارزښتونو په اړه درسونه
action-map = د کار د بازار او ګډون په دوره (MAP) کې ګډون: په هالنډ کې څنګه کار پیدا کړئ
action-diploma-evaluation = د تعلیمي سندونو ارزونه: ستاسو سند په هالنډ کې څومره ارزښت لري
action-open-bank-account = د بانکي حساب پرانیستل
action-apply-digid = د DigiD غوښتنه
action-health-insurance = د روغتیايي بیمې اخیستل
action-apply-allowances = د { -zorgtoeslag } او { -huurtoeslag } غوښتنه (د مالیې ادارې پیسې ستاسو د روغتیايي بیمې او کور د کرایې لپاره)
action-child-benefit = د ماشومانو د مرستې (kinderbijslag) او د ماشومانو اړوند بودیجې (kindgebonden budget) غوښتنه
action-register-gp = له کورني ډاکټر سره نوم لیکنه
action-register-school = په ښوونځي کې د ماشومانو نوم لیکنه
action-isk = په نړیوال انتقالي ټولګي (ISK) کې نوم لیکنه: د هالنډي ژبې د زده کړې ټولګی
action-sign-rental-contract = د کرایې تړون لاسلیکول
action-connect-energy = د ګاز، برېښنا او اوبو غوښتنه
action-furnishing-loan = د کور د سامانونو لپاره د پور غوښتنه
action-insurance = د کور د سامانونو بیمه او د مسؤلیت بیمه اخیستل
action-tax-waiver = د ښاروالۍ له مالیې د معافیت غوښتنه (kwijtschelding)
action-budget-coach-intake = له { -budgetcoach } سره لومړۍ خبرې
action-debt-help = د پورونو لپاره مرسته
action-direct-payment-fixed-costs = ستاسو له { -bijstand(case: "obl") } څخه د کرایې، انرژۍ او روغتیايي بیمې مستقیم ورکول
action-hand-in-documents = ښاروالۍ ته د اسنادو سپارل
action-register-uwv = په UWV (werk.nl) کې د کار غوښتونکي په توګه نوم لیکنه
action-look-for-work = د کار لټول او د کار لپاره غوښتنلیک ورکول
action-volunteer-work = د رضاکارانه کار پیدا کول
action-work-placement = د کاري تجربې لپاره په یوه کاري ځای کې پیل
action-childcare = د ماشومانو د ساتنې ځای برابرول
action-family-reunification = هالنډ ته د کورنۍ راوستل (د کورنۍ یوځای کېدل)
action-follow-up-conversation = بله ناسته
# After free text staff typed in Dutch: this text is in Dutch.
free-text-in-dutch = (په هالنډي ژبه)
