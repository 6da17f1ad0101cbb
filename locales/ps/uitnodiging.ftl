### Machine draft, not reviewed by a qualified translator (see locale.toml).
### The appointment is a meeting (ناسته), never an agreement (تړون).

uitnodiging-subject = د ناستې بلنه
uitnodiging-intro = موږ تاسو یوې ناستې ته رابولو.
uitnodiging-compulsory = تاسو باید دې ناستې ته راشئ.

uitnodiging-label-date = نېټه
uitnodiging-label-time = وخت
uitnodiging-label-duration = موده
uitnodiging-label-place = ځای
uitnodiging-label-with = له چا سره
# $time is already formatted.
uitnodiging-time = د { $time } بجو
# $minutes: 5 to 480. Pashto (CLDR): one and other.
uitnodiging-duration = { $minutes ->
    [one] شاوخوا { $minutes } دقیقه
   *[other] شاوخوا { $minutes } دقیقې
}
uitnodiging-with = { $name }، { $role }

uitnodiging-heading-purpose = دا ناسته د څه په اړه ده؟
uitnodiging-purpose-intake = دا زموږ لومړۍ ناسته ده. موږ له تاسو سره اشنا کېږو. ستاسو د حالت او ستاسو د اړتیاوو په اړه خبرې کوو.
uitnodiging-purpose-plan = په دې ناسته کې یو ځای یو پلان جوړوو. موږ موافقه کوو چې تاسو به کوم کارونه کوئ او څوک به درسره مرسته کوي.
uitnodiging-purpose-progress = په دې ناسته کې ګورو چې تاسو څنګه یاست. د هغو تړونونو په اړه خبرې کوو چې مخکې مو کړي وو.
uitnodiging-purpose-income-check = په دې ناسته کې ستاسو عاید او لګښتونو ته ګورو. ګورو چې ایا تاسو لا هم سمه { -bijstand } ترلاسه کوئ.
uitnodiging-purpose-language-assessment = په دې ناسته کې ګورو چې تاسو هالنډي ژبه څومره ښه وایئ، لولئ او لیکئ. بیا پوهېږو چې د ژبې کوم درس ستاسو لپاره مناسب دی.
uitnodiging-purpose-brede-intake = دا ناسته ستاسو د { -inburgering } لپاره { -brede-intake } ده. ستاسو د زده کړې، کار، روغتیا او حالت په اړه خبرې کوو. وروسته یو ځای ستاسو { -pip } جوړوو.
uitnodiging-purpose-learnability-test = تاسو د زده کړې ازموینه (leerbaarheidstoets) په کمپیوټر ورکوئ. دا ازموینه ښيي چې تاسو څومره ژر یوه نوې ژبه زده کوئ. دا امتحان نه دی. د دې لپاره اړتیا نشته چې هالنډي ژبه پوه شئ.
uitnodiging-purpose-pip = په دې ناسته کې یو ځای ستاسو { -pip } جوړوو. په هغه کې لیکل کېږي چې تاسو به څنګه هالنډي ژبه زده کوئ او د خپل { -inburgering } لپاره به نور کوم کارونه کوئ. وروسته موږ د PIP په اړه پرېکړه کوو.
# $language: the language the interpreter speaks.
uitnodiging-interpreter = په ناسته کې به د { $language } ژبې ژباړونکی وي. ژباړونکی تاسو ته هېڅ لګښت نه لري.
uitnodiging-companion = تاسو کولی شئ داسې څوک له ځان سره راولئ چې پرې باور لرئ. د بېلګې په توګه ستاسو د کورنۍ غړی یا یو رضاکار.

uitnodiging-heading-bring = له ځان سره څه راوړئ؟
uitnodiging-bring-id-document = ستاسو د هویت سند (پاسپورت یا د هویت کارت)
uitnodiging-bring-residence-permit = ستاسو د اوسېدو اجازه
uitnodiging-bring-w-document = ستاسو W سند (W-document)، که لا یې لرئ
uitnodiging-bring-bsn-letter = هغه لیک چې ستاسو د تابعیت خدماتو شمېره (BSN) پکې ده
uitnodiging-bring-coa-letters = هغه لیکونه چې له COA څخه مو ترلاسه کړي دي
uitnodiging-bring-bank-card = ستاسو بانکي کارت
uitnodiging-bring-bank-statements = د تېرو ۳ میاشتو بانکي صورت حسابونه
uitnodiging-bring-rental-contract = ستاسو د کرایې تړون
uitnodiging-bring-health-insurance-policy = ستاسو د روغتیايي بیمې پاڼه (ستاسو د روغتیايي بیمې سند)
uitnodiging-bring-income-statements = ستاسو د معاش پاڼې یا ستاسو د عاید نور اسناد
uitnodiging-bring-diplomas = ستاسو تعلیمي سندونه او تصدیق پاڼې، که یې لرئ
uitnodiging-bring-debt-letters = د پورونو یا هغو بلونو په اړه لیکونه چې لا یې باید ورکړئ
uitnodiging-bring-this-letter = همدا لیک

uitnodiging-heading-cannot-come = که راتلی نه شئ
# $date: the last day the office is open before the meeting, with weekday.
uitnodiging-reschedule = نو تر { $date } پورې موږ ته زنګ ووهئ. زموږ د ټیلیفون شمېره { $phone } ده. بیا به یو ځای بله ورځ وټاکو.
uitnodiging-ill = که د ناستې په ورځ ناروغ یاست، د { $time } بجو نه مخکې موږ ته په { $phone } زنګ ووهئ.

uitnodiging-heading-consequence = که رانه شئ څه کېږي؟
uitnodiging-consequence-applicant = موږ دې ناستې ته اړتیا لرو ترڅو د { -bijstand(case: "obl") } لپاره ستاسو غوښتنلیک وګورو. که رانه شئ او موږ ته زنګ ونه وهئ، کېدای شي پرېکړه وکړو چې ستاسو غوښتنلیک به نه ګورو. بیا تاسو { -bijstand } نه ترلاسه کوئ.
uitnodiging-consequence-recipient = تاسو { -bijstand } ترلاسه کوئ. له همدې امله باید له موږ سره ناستو ته راشئ. دا د ګډون په قانون (Participatiewet)، یعنې د { -bijstand(case: "obl") } په قانون کې راغلي دي. که رانه شئ او سم دلیل ونه لرئ، کېدای شي ستاسو { -bijstand } د یوې مودې لپاره کمه کړو. بیا به لږې پیسې ترلاسه کوئ.
uitnodiging-consequence-inburgering = دا ناسته ستاسو د { -inburgering } برخه ده. تاسو باید پکې ګډون وکړئ. دا د ۲۰۲۱ کال د ادغام په قانون (Wet inburgering 2021) کې راغلي دي. که رانه شئ او سم دلیل ونه لرئ، کېدای شي تاسو ته جریمه درکړو.
