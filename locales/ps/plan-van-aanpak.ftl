### Machine draft, not reviewed by a qualified translator (see locale.toml).
### One plan (کاري پلان) made with the resident and the partner
### organisations; not a decision. The PIP is the integration plan the
### municipality decides on.

plan-van-aanpak-subject = ستاسو کاري پلان

plan-van-aanpak-intro = د { $date } په نېټه موږ له تاسو سره یو ځای یو پلان جوړ کړ. موخه دا ده: تاسو وکولی شئ ژر تر ژره په هالنډ کې خپل ژوند پخپله اداره کړئ. په دې لیک کې ټول پلان لولئ.
plan-van-aanpak-participants = دې موسسو هم د پلان په جوړولو کې همکاري وکړه:
plan-van-aanpak-one-plan = موږ یو ځای کار کوو. له همدې امله تاسو زموږ له ټولو څخه یو پلان ترلاسه کوئ، نه له هرې موسسې څخه جلا پلان.

plan-van-aanpak-household = دا پلان ستاسو د ټولې کورنۍ لپاره دی: { $adults } او { $children }.
# $count: number of adults (1 or more). Pashto (CLDR): one and other.
plan-van-aanpak-adults = { $count ->
    [one] { $count } لوی کس
   *[other] { $count } لوی کسان
}
# $count: number of children (0 or more).
plan-van-aanpak-children = { $count ->
    [0] ماشومان نشته
    [one] { $count } ماشوم
   *[other] { $count } ماشومان
}

plan-van-aanpak-heading-pip = دا پلان او ستاسو ادغام
plan-van-aanpak-not-a-decision = دا کاري پلان پرېکړه نه ده.
plan-van-aanpak-pip-set = تاسو د خپل { -inburgering } لپاره یو { -pip } هم لرئ. موږ د { $date } په نېټه د هغه په اړه پرېکړه کړې ده. دا پلان ستاسو له PIP سره تړاو لري، خو د هغه ځای نه نیسي. د { -inburgering } لپاره ستاسو دندې په PIP کې لیکل شوې دي.
plan-van-aanpak-pip-planned = موږ به ستاسو د { -inburgering } لپاره لا یو { -pip } جوړ کړو. دا کار د { -brede-intake(case: "obl") } او د زده کړې ازموینې (leerbaarheidstoets) وروسته کوو. د PIP په اړه به یوه پرېکړه ترلاسه کړئ. که ورسره موافق نه یاست، کولی شئ اعتراض وکړئ. یعنې له موږ غواړئ چې بیا پرېکړې ته وګورو. له هغې وروسته دا پلان بدلوو.
plan-van-aanpak-route-b1 = ستاسو د زده کړې لاره د B1 لاره ده. تاسو هالنډي ژبه تر B1 کچې پورې زده کوئ او ورسره په ټولنه کې ګډون کوئ، د بېلګې په توګه د کار له لارې.
plan-van-aanpak-route-education = ستاسو د زده کړې لاره تعلیمي لاره ده. تاسو هالنډي ژبه زده کوئ ترڅو وروسته په هالنډي ژبه زده کړې وکړئ.
plan-van-aanpak-route-z = ستاسو د زده کړې لاره Z لاره (د ځان بسیاینې لاره) ده. تاسو هالنډي ژبه په خپله کچه زده کوئ او په ټولنه کې ګډون کوئ.

plan-van-aanpak-heading-support = موږ داسې درسره مرسته کوو
plan-van-aanpak-support-intensive = تاسو ډېره لارښوونه ترلاسه کوئ. موږ او نورې موسسې ګام په ګام درسره مرسته کوو. هر څه درته تشریح کوو. که اړتیا وي، درسره ځو. د بېلګې په توګه بانک یا کورني ډاکټر ته.
plan-van-aanpak-support-light = تاسو هغه معلومات ترلاسه کوئ چې ورته اړتیا لرئ. له هغې وروسته ډېری کارونه پخپله کوئ. که کوم کار ونه شو، له موږ مرسته وغواړئ.
# Refers to the column col-who and the value partner-resident.
plan-van-aanpak-how-to-read = لاندې د هرې موضوع لپاره یو جدول ګورئ: څه کار کېږي، څوک یې کوي او تر کومې نېټې بشپړېږي. که د «څوک» په ستون کې «تاسو» لیکل شوي وي، هغه کار پخپله کوئ.

plan-van-aanpak-domain-housing = کور
plan-van-aanpak-domain-income = پیسې او عاید
plan-van-aanpak-domain-language = ژبه او ادغام
plan-van-aanpak-domain-work = کار
plan-van-aanpak-domain-health = روغتیا
plan-van-aanpak-domain-children = ماشومان او ښوونځی
# Followed by a note typed by staff (not translated).
plan-van-aanpak-situation = ستاسو حالت:
plan-van-aanpak-no-actions = د دې لپاره اوس هېڅوک کوم کار ته اړتیا نه لري.

plan-van-aanpak-heading-contacts = چا ته زنګ وهلی شئ؟
plan-van-aanpak-contacts-intro = که د پلان د کومې برخې په اړه پوښتنه لرئ، هغې موسسې ته زنګ ووهئ چې هغه کار کوي.
plan-van-aanpak-col-organisation = موسسه
plan-van-aanpak-col-name = نوم

plan-van-aanpak-heading-privacy = ستاسو معلومات
# A list of organisations follows.
plan-van-aanpak-consent = تاسو د { $date } په نېټه موږ ته اجازه راکړه چې ستاسو په اړه معلومات له دې موسسو سره شریک کړو:
plan-van-aanpak-consent-scope = موږ یوازې هغه معلومات شریکوو چې دا موسسې یې د دې پلان لپاره اړتیا لري. تاسو تل کولی شئ خپله اجازه بېرته واخلئ. د دې لپاره { $name } ته په { $phone } زنګ ووهئ.
plan-van-aanpak-no-consent = موږ ستاسو معلومات د دې پلان له موسسو سره یوازې هغه وخت شریکوو چې تاسو اجازه ورکړئ، یا قانون دا ټاکلې وي.

plan-van-aanpak-heading-review = بیا به کله د پلان په اړه خبرې کوو؟
# $date includes the weekday.
plan-van-aanpak-review = د { $date } په ورځ به پلان بیا له تاسو سره وګورو. ګورو چې څه ښه روان دي او څه لا اړین دي. که اړتیا وي، پلان بدلوو. د دې ناستې لپاره به بله بلنه هم ترلاسه کړئ.
plan-van-aanpak-check = که په دې پلان کې کوم شی سم نه وي، یا ستاسو په ژوند کې کوم شی بدلېږي، { $name } ته په { $phone } زنګ ووهئ.
