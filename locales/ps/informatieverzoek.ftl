### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Request for documents (اسناد) with a last day; not a decision.

informatieverzoek-subject = موږ ستاسو څخه اسنادو ته اړتیا لرو
informatieverzoek-intro-application = تاسو د { $date } په نېټه د { -bijstand(case: "obl") } (bijstand) لپاره غوښتنلیک ورکړ (د حوالې شمېره { $reference }). موږ لا هم ستاسو څخه اسنادو ته اړتیا لرو. له دې اسنادو پرته ستاسو د غوښتنلیک په اړه پرېکړه نه شو کولی.
informatieverzoek-intro-assistance = تاسو له موږ څخه { -bijstand } (bijstand) ترلاسه کوئ. موږ ګورو چې ایا ستاسو { -bijstand } لا هم سمه ده. د دې لپاره ستاسو څخه اسنادو ته اړتیا لرو.
informatieverzoek-deadline = اسناد تر { $date } پورې موږ ته راولېږئ.

informatieverzoek-heading-documents = موږ کومو اسنادو ته اړتیا لرو؟
informatieverzoek-label-person = د چا:
informatieverzoek-label-period = موده:
informatieverzoek-label-why = ولې:
informatieverzoek-person-you = ستاسو خپل
informatieverzoek-period = د { $from } له نېټې څخه تر { $to } پورې (هغه ورځ هم پکې شامله ده)
informatieverzoek-doc-bank-statements = د ټولو بانکي حسابونو صورت حسابونه
informatieverzoek-why-bank-statements = په دې توګه ګورو چې کومې پیسې راځي او کومې ځي.
informatieverzoek-doc-id-document = د پاسپورت، د هویت کارت یا د اوسېدو سند یوه کاپي
informatieverzoek-why-id-document = موږ باید ډاډه شو چې تاسو څوک یاست. دا په قانون کې راغلي دي.
informatieverzoek-doc-residence-permit = د اوسېدو اجازې یوه کاپي (مخ او شا)
informatieverzoek-why-residence-permit = په دې توګه پوهېږو چې تاسو اجازه لرئ په هالنډ کې اوسېږئ.
informatieverzoek-doc-rental-contract = د کرایې تړون
informatieverzoek-why-rental-contract = په دې توګه پوهېږو چې چېرته او له چا سره اوسېږئ او څومره کرایه ورکوئ.
informatieverzoek-doc-payslips = د معاش پاڼې
informatieverzoek-why-payslips = په دې توګه پوهېږو چې څومره پیسې ګټل شوې دي. دا پیسې د { -bijstand(case: "obl") } په حساب کې شمېرل کېږي.
informatieverzoek-doc-benefit-letters = د نورو تادیو یا سبسایډي په اړه لیکونه
informatieverzoek-why-benefit-letters = په دې توګه پوهېږو چې نور کوم عاید شته.
informatieverzoek-doc-health-insurance-policy = د روغتیايي بیمې پاڼه (د روغتیايي بیمې سند)
informatieverzoek-why-health-insurance-policy = په دې توګه پوهېږو چې تاسو بیمه یاست او د هغې لپاره څومره پیسې ورکوئ.
informatieverzoek-doc-savings-and-property = د سپما، موټر یا نورې شتمنۍ سند، په بهر کې هم
informatieverzoek-why-savings-and-property = په دې توګه پوهېږو چې څومره شتمني شته. شتمني کېدای شي د { -bijstand(case: "obl") } په حساب کې وشمېرل شي.
informatieverzoek-doc-marriage-certificate = د واده سند (نکاح خط)
informatieverzoek-why-marriage-certificate = په دې توګه پوهېږو چې څوک ستاسو د کورنۍ غړي دي. دا ټاکي چې تاسو څومره { -bijstand } ترلاسه کوئ.
informatieverzoek-doc-debt-letters = د پورونو یا هغو بلونو په اړه لیکونه چې لا باید ورکړل شي
informatieverzoek-why-debt-letters = په دې توګه ګورو چې ایا د پورونو لپاره مرستې ته اړتیا لرئ.
informatieverzoek-doc-other = بل سند
informatieverzoek-copies = کاپي یا روښانه عکسونه ولېږئ. اصلي اسناد له ځان سره وساتئ.

informatieverzoek-heading-how = اسناد څنګه ولېږئ؟
# $url: the upload address, printed as typed.
informatieverzoek-how-upload = د انټرنېټ له لارې: { $url } ته ورشئ او د DigiD سره ننوځئ.
informatieverzoek-how-post = په پوسټ، دې پتې ته:
# $desk: where and when, printed as typed.
informatieverzoek-how-desk = په کړکۍ کې: { $desk }.
informatieverzoek-how-reference = زموږ د حوالې شمېره { $reference } او خپل نوم په هر هغه څه ولیکئ چې لېږئ یې.

informatieverzoek-heading-consequence = که اسناد موږ ته ونه رسېږي څه کېږي؟
informatieverzoek-consequence-application = بیا نه شو کولی پرېکړه وکړو چې ایا تاسو { -bijstand } ترلاسه کوئ. کېدای شي پرېکړه وکړو چې ستاسو غوښتنلیک به نه ګورو. بیا تاسو په دې غوښتنلیک { -bijstand } نه ترلاسه کوئ. د دې په اړه به یو لیک له پرېکړې سره ترلاسه کړئ. له هغې وروسته کولی شئ بیا د { -bijstand(case: "obl") } لپاره غوښتنلیک ورکړئ.
informatieverzoek-consequence-assistance = بیا نه شو کولی وګورو چې ایا ستاسو { -bijstand } سمه ده. کېدای شي تادیه تر هغه وخته ودروو چې اسناد موږ ته ورسېږي. د دې په اړه به لومړی یو لیک ترلاسه کړئ. که له هغې وروسته هم اسناد ونه لېږئ، کېدای شي ستاسو { -bijstand } بشپړه ودرېږي. کله کله باید { -bijstand } بېرته هم ورکړئ.
informatieverzoek-more-time = ایا نه شئ کولی ټول څه په وخت ولېږئ؟ یا کوم سند نه لرئ؟ نو له { $date } مخکې موږ ته زنګ ووهئ. بیا به یو ځای د حل لاره پیدا کړو. کله کله کولی شئ ډېر وخت ترلاسه کړئ.

informatieverzoek-heading-help = څوک درسره مرسته کولی شي؟
informatieverzoek-help-staff = ایا د دې لیک په اړه پوښتنه لرئ؟ { $name } ته زنګ ووهئ: { $phone }.
informatieverzoek-help-vluchtelingenwerk = VluchtelingenWerk کولی شي د اسنادو په راټولولو کې درسره مرسته وکړي.
informatieverzoek-help-budget-coach = ستاسو د بودیجې سلاکار کولی شي د بانکي صورت حسابونو او لیکونو په موندلو کې درسره مرسته وکړي.
informatieverzoek-help-social-counsellor = ټولنیز سلاکاران (sociaal raadslieden) د ښاروالۍ د لیکونو په اړه وړیا درسره مرسته کوي.
informatieverzoek-help-library = په کتابتون کې د DigiD او د انټرنېټ له لارې د اسنادو په لېږلو کې وړیا درسره مرسته کوي.

informatieverzoek-not-a-decision = دا لیک پرېکړه نه ده. له همدې امله پر دې لیک اعتراض نه شئ کولی.
