### Machine draft, not reviewed by a qualified translator (see locale.toml).
### "You" is singular ("aad") and has no grammatical gender here, so no
### message selects on $form except the salutation. The gemeente is
### "dowladda hoose" (local government) everywhere.

## Terms: one word for one thing (see locales/nl/common.ftl). The bijstand
## is always "kaalmada bulshada"; a toeslag is always a "gunno", never
## "kaalmo"; another uitkering is "lacag kale oo dawladeed". Somali marks
## definiteness and the subject on the noun: $case is def (default),
## indef, cap (start of a sentence), subj-cap (subject before "waa"),
## yours ("your"), yours-cap.
-bijstand = { $case ->
    [cap] Kaalmada bulshada
    [subj-cap] Kaalmada bulshadu
    [indef] kaalmo bulsho
    [yours] kaalmada bulshada ee aad hesho
    [yours-cap] Kaalmada bulshada ee aad hesho
   *[def] kaalmada bulshada
}
-zorgtoeslag = gunnada caymiska caafimaadka (zorgtoeslag)
-huurtoeslag = gunnada kirada (huurtoeslag)
-budgetcoach = { $case ->
    [cap] Lataliyaha miisaaniyadda
    [indef] lataliye miisaaniyadeed
    [yours] lataliyahaaga miisaaniyadda
    [yours-cap] Lataliyahaaga miisaaniyadda
   *[def] lataliyaha miisaaniyadda
}
-inburgering = { $case ->
    [yours] is-dhexgalkaaga
   *[def] is-dhexgalka
}
-pip = { $case ->
    [yours] qorshahaaga shakhsiga ah ee is-dhexgalka iyo ka-qaybgalka (PIP)
   *[def] qorshaha shakhsiga ah ee is-dhexgalka iyo ka-qaybgalka (PIP)
}
-brede-intake = wareysiga ballaaran ee bilowga (brede intake)

## Amounts: the euro sign before the number, as CLDR writes it for Somali.
money = €{ $amount }

logo-alt = Astaanta { $municipality }
label-date = Taariikhda
label-reference = Lambarka tixraacayaga
label-your-application = Taariikhda codsigaaga
label-your-letter = Taariikhda warqaddaada
label-enclosures = Lifaaq(yo)
label-contact = La xiriir
label-phone = Taleefan
label-postal-address = Cinwaanka boostada
label-visiting-address = Cinwaanka booqashada
page-x-of-y = Bogga { $page } ee { $total }

salutation = { $form ->
    [mr] Mudane { $family },
    [ms] Marwo { $family },
   *[neutral] Salaan { $name },
}
closing = Si xushmad leh,

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = Ma rabtaa inaad warqaddan ku akhrido luqaddaada? Iskaan garee koodhka ama tag:
translation-qr-alt = Koodhka QR ee warqaddan ee luqaddaada

binding-notice-translation = Tani waa turjumaadda warqad ku qoran af-Holandi. Qoraalka af-Holandiga ah oo keliya ayaa rasmi ah. Haddii aad rabto warqadda af-Holandiga ah, na weydii.
binding-notice-bilingual = Warqaddan qoraalkeeda waxaa lagu qoray laba luqadood. Qoraalka af-Holandiga ah oo keliya ayaa rasmi ah.

role-werkconsulent = Lataliyaha shaqada
role-klantmanager = Maareeyaha kiiska
role-consulent-inburgering = Lataliyaha is-dhexgalka
role-schuldhulpverlener = Lataliyaha deymaha

partner-resident = Adiga
partner-municipality = Annaga (dowladda hoose)
partner-coa = COA (hay'adda qaabilaadda magangalyo-doonka)
partner-vluchtelingenwerk = VluchtelingenWerk (hay'adda taageerada qaxootiga)
partner-language-school = Dugsiga luqadda
partner-budget-coach = Lataliyaha miisaaniyadda
partner-employer = Loo-shaqeeyaha
partner-gp = Dhakhtarka qoyska (huisarts)
partner-school = Dugsiga
partner-housing-association = Hay'adda guryaha (woningcorporatie)
partner-ggd = GGD (adeegga caafimaadka dadweynaha)
partner-ggz = GGZ (daryeelka caafimaadka maskaxda)
partner-jgz = Daryeelka caafimaadka carruurta iyo dhallinyarada (JGZ)
partner-uwv = UWV (hay'adda caymiska shaqaalaha)
partner-duo = DUO (hay'adda waxbarashada)
partner-svb = SVB (bangiga caymiska bulshada)
partner-belastingdienst = Belastingdienst (xafiiska canshuuraha)

# The interpreter's language: "turjumaan ku hadla Af-Carabi".
language-ar = Af-Carabi
language-ti = Af-Tigrinya
language-am = Af-Amxaari
language-uk = Af-Yukreeniyaan
language-ru = Af-Ruush
language-fa = Af-Faarsi
language-prs = Af-Dari
language-ps = Af-Bashtuun
language-so = Af-Soomaali
language-tr = Af-Turki
language-ku = Af-Kurdi
language-en = Af-Ingiriisi
language-fr = Af-Faransiis

col-what = Maxaa
col-who = Yaa
col-when = Ilaa goorma
no-deadline = Taariikh ma leh

action-brede-intake = Wadahadallada { -brede-intake }: waxbarashadaada, shaqadaada, caafimaadkaaga iyo waxaad u baahan tahay
action-learnability-test = Samaynta tijaabada awoodda barashada (leerbaarheidstoets). Tijaabadani waxay muujinaysaa sida dhaqsaha ah ee aad luqad cusub u barato
action-pip = Diyaarinta iyo diiwaangelinta { -pip(case: "yours") }
action-start-language-route = Bilaabidda casharrada luqadda ee dugsiga luqadda ee aan kuu dooranno
action-knm = Ka qaybgalka casharrada Aqoonta Bulshada Nederland (KNM)
action-pvt = Ka qaybgalka barnaamijka bayaanka ka-qaybgalka (PVT): casharro ku saabsan xeerarka iyo qiyamka Nederland
action-map = Ka qaybgalka Qaybta Suuqa Shaqada iyo Ka-qaybgalka (MAP): sida shaqo looga helo Nederland
action-diploma-evaluation = Qiimaynta shahaadooyinkaaga: shahaadadaadu maxay u dhigantaa Nederland
action-open-bank-account = Furashada akoon bangi
action-apply-digid = Codsashada DigiD
action-health-insurance = Qaadashada caymis caafimaad
action-apply-allowances = Codsashada { -zorgtoeslag } iyo { -huurtoeslag } (lacag ka timaadda Belastingdienst oo loogu talagalay caymiskaaga caafimaadka iyo kiradaada)
action-child-benefit = Codsashada lacagta carruurta (kinderbijslag) iyo miisaaniyadda carruurta (kindgebonden budget)
action-register-gp = Iska diiwaangelinta dhakhtar qoys
action-register-school = Diiwaangelinta carruurta ee dugsiga
action-isk = Iska diiwaangelinta fasalka kala-guurka caalamiga ah (ISK): fasal lagu barto af-Holandi
action-sign-rental-contract = Saxiixidda heshiiska kirada
action-connect-energy = Codsashada gaaska, korontada iyo biyaha
action-furnishing-loan = Codsashada amaah lagu qalabeeyo gurigaaga
action-insurance = Qaadashada caymiska alaabta guriga iyo caymiska mas'uuliyadda
action-tax-waiver = Codsashada in lagaa cafiyo canshuuraha dowladda hoose (kwijtschelding)
action-budget-coach-intake = Wadahadalka koowaad ee { -budgetcoach }
action-debt-help = Caawimaad xagga deymaha
action-direct-payment-fixed-costs = Bixinta kirada, tamarta iyo caymiska caafimaadka si toos ah oo looga jaro { -bijstand(case: "yours") }
action-hand-in-documents = U dhiibidda waraaqaha dowladda hoose
action-register-uwv = Iska diiwaangelinta shaqo-doon ahaan UWV (werk.nl)
action-look-for-work = Raadinta shaqo iyo codsashada shaqooyin
action-volunteer-work = Raadinta shaqo tabarruc ah
action-work-placement = Ka bilaabidda goob shaqo si aad khibrad shaqo u hesho
action-childcare = Diyaarinta daryeelka carruurta
action-family-reunification = Keenista qoyskaaga Nederland (isu-keenidda qoyska)
action-follow-up-conversation = Wadahadal dabagal ah
free-text-in-dutch = (af-Holandi)
