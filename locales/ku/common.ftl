### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Formal plural "hûn" throughout; "you" has no grammatical gender, so no
### message selects on $form except the salutation.

## Terms: one word for one thing (see locales/nl/common.ftl). The bijstand
## is always "alîkariya civakî"; a toeslag is always a "piştgirî", never
## "alîkarî"; another uitkering is a "dayîneke civakî". $case: nom
## (default), cap (at the start of a sentence), yours ("your"), yours-cap.
-bijstand = { $case ->
    [cap] Alîkariya civakî
    [yours] alîkariya civakî ya we
    [yours-cap] Alîkariya civakî ya we
   *[nom] alîkariya civakî
}
-zorgtoeslag = piştgiriya sîgorteya tenduristiyê (zorgtoeslag)
-huurtoeslag = piştgiriya kirêyê (huurtoeslag)
-budgetcoach = { $case ->
    [cap] Şêwirmendê budçeyê
    [indef-cap] Şêwirmendekî budçeyê
    [yours] şêwirmendê we yê budçeyê
    [yours-cap] Şêwirmendê we yê budçeyê
   *[nom] şêwirmendê budçeyê
}
-inburgering = { $case ->
    [yours] entegrasyona we
   *[nom] entegrasyon
}
-pip = { $case ->
    [yours] plana we ya kesane ya entegrasyon û beşdariyê (PIP)
   *[nom] plana kesane ya entegrasyon û beşdariyê (PIP)
}
-brede-intake = hevdîtina berfireh a destpêkê (brede intake)

## Amounts: the euro sign after the number, as CLDR writes it for Kurmanji.
money = { $amount } €

logo-alt = Logoya { $municipality }
label-date = Dîrok
label-reference = Hejmara me ya referansê
label-your-application = Dîroka serlêdana we
label-your-letter = Dîroka nameya we
label-enclosures = Pêvek
label-contact = Têkilî
label-phone = Telefon
label-postal-address = Navnîşana postayê
label-visiting-address = Navnîşana serdanê
page-x-of-y = Rûpel { $page } ji { $total }

salutation = { $form ->
    [mr] Birêz { $family },
    [ms] Xanima birêz { $family },
   *[neutral] Birêz { $name },
}
closing = Bi rêz û silav,

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = Hûn dixwazin vê nameyê bi zimanê xwe bixwînin? Kodê bişopînin an biçin vê navnîşanê:
translation-qr-alt = Koda QR ya vê nameyê bi zimanê we

binding-notice-translation = Ev wergera nameyeke bi Holendî ye. Tenê nivîsa Holendî fermî ye. Heke hûn nameya bi Holendî dixwazin, ji me bipirsin.
binding-notice-bilingual = Di vê nameyê de nivîs bi du zimanan e. Tenê nivîsa Holendî fermî ye.

role-werkconsulent = Şêwirmendê kar
role-klantmanager = Berpirsê dosyeyê
role-consulent-inburgering = Şêwirmendê entegrasyonê
role-schuldhulpverlener = Şêwirmendê deynan

partner-resident = Hûn
partner-municipality = Em (şaredarî)
partner-coa = COA (dezgeha pêşwaziya penaberan)
partner-vluchtelingenwerk = VluchtelingenWerk (rêxistina piştgiriya penaberan)
partner-language-school = Dibistana ziman
partner-budget-coach = Şêwirmendê budçeyê
partner-employer = Kardêr
partner-gp = Bijîşkê malbatê (huisarts)
partner-school = Dibistan
partner-housing-association = Saziya xaniyan (woningcorporatie)
partner-ggd = GGD (xizmeta tenduristiya giştî)
partner-ggz = GGZ (lênêrîna tenduristiya derûnî)
partner-jgz = Lênêrîna tenduristiya zarok û ciwanan (JGZ)
partner-uwv = UWV (dezgeha sîgorteya karmendan)
partner-duo = DUO (dezgeha perwerdeyê)
partner-svb = SVB (banka sîgorteya civakî)
partner-belastingdienst = Belastingdienst (îdareya bacê)

# The interpreter's language: "wergêrekî Erebî".
language-ar = Erebî
language-ti = Tigrînî
language-am = Amharî
language-uk = Ukraynî
language-ru = Rûsî
language-fa = Farisî
language-prs = Derî
language-ps = Peştûyî
language-so = Somalî
language-tr = Tirkî
language-ku = Kurdî
language-en = Îngilîzî
language-fr = Fransî

col-what = Çi
col-who = Kî
col-when = Heta kengê
no-deadline = Bê dîrok

action-brede-intake = Hevdîtin ji bo { -brede-intake }: li ser xwendin, kar, tenduristî û hewcedariyên we
action-learnability-test = Ceribandina fêrbûnê (leerbaarheidstoets) kirin. Ev ceribandin nîşan dide ka hûn çiqas zû zimanekî nû fêr dibin
action-pip = Amadekirin û tomarkirina { -pip(case: "yours") }
action-start-language-route = Li dibistana ziman a ku em ji bo we hildibijêrin dest bi dersên ziman kirin
action-knm = Beşdarî dersên Zanîna Civaka Holendî (KNM) bûn
action-pvt = Beşdarî programa daxuyaniya beşdariyê (PVT) bûn: dersên li ser qeyde û nirxên li Holendayê
action-map = Beşdarî Modula Bazara Kar û Beşdariyê (MAP) bûn: meriv çawa li Holendayê kar dibîne
action-diploma-evaluation = Dîplomayên xwe dan nirxandin: dîploma we li Holendayê çiqas hêja ye
action-open-bank-account = Hesabekî bankê vekirin
action-apply-digid = Ji bo DigiD serlêdan kirin
action-health-insurance = Sîgorteya tenduristiyê girtin
action-apply-allowances = Ji bo { -zorgtoeslag } û { -huurtoeslag } serlêdan kirin (pereyê ji Belastingdienst ji bo sîgorteya tenduristiyê û kirêya we)
action-child-benefit = Ji bo pereyê zarokan (kinderbijslag) û budçeya zarokan (kindgebonden budget) serlêdan kirin
action-register-gp = Xwe li cem bijîşkekî malbatê tomar kirin
action-register-school = Zarok li dibistanê tomar kirin
action-isk = Xwe li pola derbasbûnê ya navneteweyî (ISK) tomar kirin: polek ji bo fêrbûna Holendî
action-sign-rental-contract = Peymana kirêyê îmze kirin
action-connect-energy = Gaz, elektrîk û av daxwaz kirin
action-furnishing-loan = Ji bo kel û pelên malê deynekî xwestin
action-insurance = Sîgorteya tiştên malê û sîgorteya berpirsiyariyê girtin
action-tax-waiver = Pirsîn ka hûn dikarin baca şaredariyê nedin (kwijtschelding)
action-budget-coach-intake = Hevdîtina yekem bi { -budgetcoach } re
action-debt-help = Alîkarî ji bo deynan
action-direct-payment-fixed-costs = Kirê, enerjî û sîgorteya tenduristiyê rasterast ji { -bijstand(case: "yours") } dayîn
action-hand-in-documents = Belge radestî şaredariyê kirin
action-register-uwv = Xwe wekî karxwaz li UWV tomar kirin (werk.nl)
action-look-for-work = Li kar gerîn û serlêdana karan kirin
action-volunteer-work = Li karekî dilxwazî gerîn
action-work-placement = Li cihekî kar dest pê kirin da ku ezmûna kar bi dest bixin
action-childcare = Lênêrîna zarokan birêxistin kirin
action-family-reunification = Malbata xwe anîn Holendayê (yekbûna malbatê)
action-follow-up-conversation = Hevdîtineke şopandinê kirin
free-text-in-dutch = (bi Holendî)
