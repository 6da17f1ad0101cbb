### Beschikking bijstand: the decision on social assistance (Participatiewet).
### Machine draft, not reviewed by a qualified translator (see locale.toml).
###
### One word for one thing: "alîkariya civakî" is the bijstand only,
### "piştgirî" a toeslag only, "îtiraz" the bezwaar only. Formal "hûn" has
### no grammatical gender, so no message needs $form.

-vakantiegeld = { $case ->
    [cap] Pereyê betlaneyê
    [yours] pereyê we yê betlaneyê
    [yours-cap] Pereyê we yê betlaneyê
   *[nom] pereyê betlaneyê
}
-toeslag = { $case ->
    [cap] Piştgirî
    [obl] piştgiriyê
   *[nom] piştgirî
}
-college = { $case ->
    [short] Desteya Rêvebir
   *[nom] Desteya Rêvebir a Şaredariyê (het college van burgemeester en wethouders)
}
-bezwaar = { $case ->
    [yours] îtiraza we
   *[nom] îtiraz
}
-kenmerk = hejmara referansê
-voorschot = { $case ->
    [cap] Pêşpere
    [obl] pêşpereyê
   *[nom] pêşpere
}
-participatiewet = Qanûna Beşdariyê (Participatiewet)

beschikking-subject = Biryar li ser { -bijstand(case: "yours") }

beschikking-intro = We di { $date } de ji bo { -bijstand } (bijstand) serlêdan kir. { -bijstand(case: "cap") } pereyê şaredariyê ye ji bo kesên ku pereyê wan têra jiyana wan nake. Di vê nameyê de hûn biryara me dixwînin.

beschikking-heading-decision = Biryara me
beschikking-decision-granted = { -college } li { $municipality } biryar da: ji { $date } pê ve hûn ê { -bijstand } bistînin.
beschikking-decision-granted-period = { -college } li { $municipality } biryar da: ji { $start } heta { $end } (ev roj jî tê de) hûn ê { -bijstand } bistînin.
beschikking-decision-partly-granted = { -college } li { $municipality } biryar da: ji { $date } pê ve hûn ê { -bijstand } bistînin. Lê hûn ê ne her tiştê ku we xwestiye bistînin. Hûn dikarin li jêr bixwînin çima.
beschikking-decision-partly-granted-period = { -college } li { $municipality } biryar da: ji { $start } heta { $end } (ev roj jî tê de) hûn ê { -bijstand } bistînin. Lê hûn ê ne her tiştê ku we xwestiye bistînin. Hûn dikarin li jêr bixwînin çima.
beschikking-decision-refused = { -college } li { $municipality } biryar da: hûn ê { -bijstand } nestînin. Hûn dikarin li jêr bixwînin çima.
beschikking-college-explained = { -college(case: "short") } rêveberiya şaredariyê ye.
beschikking-couple = Ev biryar ji bo we û hevjînê we { $partner } bi hev re ye. Hûn { -bijstand } bi hev re distînin, û divê hûn herdu jî qeydeyên di vê nameyê de bicih bînin.

beschikking-heading-reasons = Çima me wisa biryar da?
beschikking-reasons-granted = Hûn li Holendayê dijîn û destûra we heye ku hûn li vir bijîn. Pere an mal û milkê we têra jiyana we nake. Ji ber vê yekê mafê we heye ku hûn { -bijstand } bistînin.
beschikking-reasons-intro-partly-granted = Lê hûn ê ne her tiştê ku we xwestiye bistînin. Sedem ev e:
beschikking-reasons-intro-refused = Hûn ê { -bijstand } nestînin. Sedem ev e:
beschikking-reason-start-date = We ji { $requested } pê ve { -bijstand } xwest. Hûn ê ji { $start } pê ve { -bijstand } bistînin. Ew roja ku we xwe ji bo { -bijstand } li cem me ragihand e. Zûtir nabe.
beschikking-reason-income-too-high = Dahata we bi qasî { -bijstand } ya ji bo rewşa we ye, an jê zêdetir e. Wê demê mafê we tune ye ku hûn { -bijstand } bistînin.
beschikking-reason-assets-too-high = Pere an mal û milkê we (vermogen) ji wê yekê zêdetir e ku ji bo kesekî ku { -bijstand } distîne destûr heye.
beschikking-reason-cost-sharers = Hûn bi mezinên din re di yek xaniyî de dijîn. Hûn dikarin lêçûnên xanî bi hev re parve bikin. Ji ber vê yekê hûn kêmtir { -bijstand } distînin.
beschikking-reason-missing-information = We hemû agahî û belgeyên ku em hewce bûn nedan me. Ji ber vê yekê em nizanin ka mafê we heye ku hûn { -bijstand } bistînin an na.
beschikking-reason-no-right-of-residence = Destûreke we ya rûniştinê tune ye ku pê hûn bikaribin { -bijstand } bistînin.
beschikking-reason-other = Sedemeke din:

beschikking-heading-money = Hûn ê çiqas { -bijstand } bistînin?
beschikking-household-single = Hûn { -bijstand } distînin wekî kesekî bê hevjîn (alleenstaande).
beschikking-household-single-parent = Hûn { -bijstand } distînin wekî dê an bavekî bê hevjîn ku li zarokekî xwedî derdikeve (alleenstaande ouder).
beschikking-household-couple = Hûn { -bijstand } distînin wekî du hevjînan bi hev re: hûn zewicî ne an hûn bi hev re dijîn.
# Kurmanji (CLDR): one, other.
beschikking-cost-sharers = Di mala we de { $count ->
    [one] 1 mezinekî din jî dijî
   *[other] { $count } mezinên din jî dijîn
}. Hûn dikarin lêçûnên xanî bi hev re parve bikin. Ji ber vê yekê { -bijstand(case: "yours") } kêmtir e. Ji vê re norma parvekirina lêçûnan (kostendelersnorm) tê gotin.
beschikking-calculation-intro = Em { -bijstand(case: "yours") } ji bo her mehê wiha hesab dikin:

beschikking-col-payee = Ji kê re tê dayîn
beschikking-col-amount = Her meh
beschikking-col-sum = Mîqdar
beschikking-row-norm-single = { -bijstand(case: "cap") } ji bo kesekî bê hevjîn
beschikking-row-norm-single-parent = { -bijstand(case: "cap") } ji bo dê an bavekî bê hevjîn
beschikking-row-norm-couple = { -bijstand(case: "cap") } ji bo du hevjînan
beschikking-row-holiday = Kêm: { -vakantiegeld } ku em ji bo we hildigirin
beschikking-row-income-wages = Kêm: { $whose ->
    [partner] meaşê hevjînê we
   *[resident] meaşê we
}
beschikking-row-income-benefit = Kêm: { $whose ->
    [partner] dayîneke din a civakî ya hevjînê we
   *[resident] dayîneke we ya din a civakî
}
beschikking-row-income-alimony = Kêm: { $whose ->
    [partner] nefeqeya hevjînê we
   *[resident] nefeqeya we
}
beschikking-row-income-other = Kêm: { $whose ->
    [partner] dahateke din a hevjînê we
   *[resident] dahateke we ya din
}
beschikking-row-assistance = { -bijstand(case: "yours-cap") } ji bo her mehê
beschikking-row-we-pay = Kêm: fatûreyên ku em ji bo we didin
beschikking-row-own = Hûn vê bi xwe li hesabê xwe yê bankê distînin
beschikking-payee-reference = Hejmar: { $reference }
beschikking-cost-rent = Kirê
beschikking-cost-energy = Enerjî (gaz û elektrîk)
beschikking-cost-health-insurance = Sîgorteya tenduristiyê
beschikking-cost-water = Av
beschikking-cost-municipal-taxes = Bacên şaredariyê

beschikking-own-amount = Yanî her meh hûn { $amount } li hesabê xwe yê bankê distînin. Ji vî pereyî hûn bi xwe xwarin, cil û lêçûnên din didin.
beschikking-payment-day = Em { -bijstand(case: "yours") } her meh herî dereng heta { $day }ê mehê didin.
beschikking-holiday = Her meh em { $amount } ji bo we hildigirin: { -vakantiegeld(case: "yours") } (vakantiegeld). Hûn vî pereyî bi carekê distînin, herî dereng heta { $date }.
beschikking-allowances = { -toeslag(case: "cap") } (toeslag) pereyê Belastingdienst (îdareya bacê) ye, wekî { -huurtoeslag } û { -zorgtoeslag }. Hûn { -toeslag(case: "obl") } ji xwe re dihêlin. Ew ji bo { -bijstand(case: "yours") } nayê hesibandin.

beschikking-heading-first-payment = Dayîna we ya yekem
beschikking-advance = We berê { $amount } wekî { -voorschot } (voorschot) wergirt. { -voorschot(case: "cap") } ew pere ye ku hûn distînin heta ku me hîn biryar nedabe. Em { -voorschot(case: "obl") } ji dayîna we ya yekem kêm dikin.
beschikking-first-payment-intro = Dayîna we ya yekem wiha ye:
beschikking-row-first-period = { -bijstand(case: "cap") } ji { $from } heta { $to } (ev roj jî tê de)
beschikking-row-first-costs = Kêm: fatûreyên ku em ji bo we didin
beschikking-row-first-advance = Kêm: { -voorschot(case: "obl") } ku we berê wergirt
beschikking-row-first-own = Hûn di { $date } de distînin
beschikking-advance-refused = We { $amount } wekî { -voorschot } (voorschot) wergirt. { -voorschot(case: "cap") } ew pere ye ku hûn distînin heta ku me hîn biryar nedabe. Ji ber ku hûn { -bijstand } nastînin, divê hûn { -voorschot(case: "obl") } paşde bidin. Li ser vê hûn ê nameyeke cuda bistînin.

beschikking-heading-fixed-costs = Fatûreyên ku em ji bo we didin
beschikking-fixed-costs-intro = Her meh em beşek ji { -bijstand(case: "yours") } rasterast didin, ji bo nimûne ji bo kirê û enerjiya we. Bi vî awayî ev fatûre her dem di wextê xwe de tên dayîn.
beschikking-basis-art-56a = Divê em vê bikin, ji ber ku divê hûn { -inburgering } temam bikin (inburgeren) û destûra we ya rûniştinê ya penaberiyê (verblijfsvergunning asiel) heye. Em vê heta { $until } (ev roj jî tê de) dikin. Piştre hûn dîsa van fatûreyan bi xwe didin. Ji bo vê hûn wekaletnameyekê (machtiging) didin me: formek ku pê hûn destûrê didin me ku em van fatûreyan bidin.
beschikking-basis-art-57 = Em vê dikin ji ber ku hûn niha hîn nikarin van fatûreyan bi xwe baş bidin. Em vê heta { $until } (ev roj jî tê de) dikin. Piştre em ê bi we re binêrin ka hûn dikarin fatûreyan dîsa bi xwe bidin an na. Sedem:
beschikking-basis-consent = We di { $date } de ji me xwest ku em van fatûreyan ji bo we bidin. Em vê heta { $until } (ev roj jî tê de) dikin. Heke hûn êdî vê nexwazin, ji me re bibêjin. Wê demê em dev jê berdidin.
beschikking-settlements-resident = Em tenê mîqdarên di tabloyê de didin. Heke fatûreyeke din ji we re were, ji bo nimûne hesabê salane yê enerjiyê, hûn wê bi xwe didin. Heke kirê an prîma we biguhere, ji me re bibêjin. Wê demê em mîqdarê diguherînin.
beschikking-settlements-municipality = Heke ji bo van lêçûnan fatûreyeke din ji we re were, ji bo nimûne hesabê salane yê enerjiyê, wê ji me re bişînin. Em wê jî ji { -bijstand(case: "yours") } didin. Heke kirê an prîma we biguhere, ji me re bibêjin. Wê demê em mîqdarê diguherînin.

beschikking-heading-coach = { -budgetcoach(case: "yours-cap") }
beschikking-coach = { -budgetcoach(case: "indef-cap") } dê alîkariya we bike. { -budgetcoach(case: "cap") } alîkariya we dike ku hûn pereyê xwe baş bi rê ve bibin. Navê { -budgetcoach(case: "yours") }: { $name } ({ $organisation }). Telefon: { $phone }.

beschikking-heading-obligations = Divê hûn kîjan qeydeyan bicih bînin?
beschikking-obligations-intro = Dema ku hûn { -bijstand } distînin, divê hûn van qeydeyan bicih bînin:
beschikking-obligation-report-changes = Dema ku tiştek biguhere, yekser ji me re bibêjin, heke em nepirsin jî. Ji bo nimûne: hûn dest bi kar dikin, hûn ji kesekî pere distînin, hûn bar dikin, kesek tê cem we dijî an malbata we tê Holendayê.
beschikking-obligation-cooperate = Agahî û belgeyên ku em dixwazin bidin me. Dema ku em dixwazin tiştekî kontrol bikin, bi me re hevkariyê bikin.
beschikking-obligation-look-for-work = Li kar bigerin. Xwe wekî karxwaz li ser werk.nl tomar bikin û serlêdana karan bikin.
beschikking-obligation-accept-suitable-work = Heke karek ji we re were pêşniyarkirin, divê hûn wî karî qebûl bikin. Heke ew karekî cuda be ji yê ku hûn pê hînbûyî ne jî.
beschikking-obligation-language-duty = Holendî fêr bibin. Biçin dersên ziman ên di plana xwe ya entegrasyonê de, an wan dersên ku em bi we re li ser li hev dikin.
beschikking-obligation-cooperate-budget-coach = Bi { -budgetcoach(case: "yours") } re hevkariyê bikin. Biçin hevdîtinan û nameyên xwe yên li ser pereyan nîşan bidin.
beschikking-obligation-keep-appointments = Werin hevdîtinên xwe yên bi şaredariyê re. Heke hûn nikaribin werin, berî hevdîtinê ji me re telefon bikin.
beschikking-obligation-report-travel-abroad = Heke hûn biçin derveyî welat, berê ji me re bibêjin. Bi { -bijstand } re hûn dikarin di salekê de (ji çileyê heta kanûnê) herî zêde 4 hefteyan li derveyî welat bimînin.
beschikking-obligation-authorise-direct-payment = Wekaletnameya (machtiging) ku pê em dikarin fatûreyên we bidin îmze bikin.
beschikking-consequence-report = Heke hûn guhertinekê ranegihînin an dereng ragihînin, dibe ku hûn zêde { -bijstand } bistînin. Wê demê divê hûn wî pereyî paşde bidin, carinan hemû tiştê ku we zêde wergirt. Dibe ku hûn cezayê pereyan jî bistînin.
beschikking-consequence-other = Heke hûn qeydeyên din bicih neynin, em dikarin { -bijstand(case: "yours") } ji bo demekê kêm bikin.

beschikking-heading-law = Ev biryar li ser kîjan qanûnê hatiye avakirin?
beschikking-law-intro = Ev biryar li ser { -participatiewet } hatiye avakirin. Ev qanûn behsa { -bijstand } dike. Em van xalan bi kar tînin:
beschikking-law-right = Xala 11 û 19: mafê kê heye ku { -bijstand } bistîne
beschikking-law-couple = Xala 11, bendê çaremîn: hevjîn { -bijstand } bi hev re distînin
beschikking-law-norm = Xala 21: hûn çiqas { -bijstand } distînin (norm)
beschikking-law-cost-sharers = Xala 22a: kêmtir { -bijstand } heke hûn xaniyê xwe parve bikin (kostendelersnorm)
beschikking-law-income = Xala 31 û 32: kîjan dahat tê hesibandin
beschikking-law-assets = Xala 34: kîjan mal û milk tê hesibandin
beschikking-law-decision = Xala 43, 44 û 45: biryar, dîroka destpêkê û dayîn
beschikking-law-decision-refused = Xala 43: biryara li ser serlêdana we
beschikking-law-advance = Xala 52: { -voorschot }
beschikking-law-basis-art-56a = Xala 56a: dayîna fatûreyan ji bo kesên ku divê { -inburgering } temam bikin
beschikking-law-basis-art-57 = Xala 57: dayîna fatûreyan heke hûn hîn nikaribin bi xwe bidin
beschikking-law-duties = Xala 9, 17 û 18: erkên we, û kêmtir { -bijstand } heke hûn qeydeyan bicih neynin
beschikking-law-language = Xala 18b: fêrbûna Holendî (şerta ziman, taaleis)
beschikking-law-recovery = Xala 18a û 58: ceza û paşdedana pereyan
beschikking-law-information = Xala 17: dayîna agahiyên ku em hewce ne
beschikking-law-objection = Qanûna Giştî ya Hiqûqa Îdarî (Algemene wet bestuursrecht), xala 6:4 heta 6:9: { -bezwaar } kirin

beschikking-heading-objection = Hûn bi vê biryarê ne razî ne?
beschikking-objection = Wê demê hûn dikarin { -bezwaar } bikin (bezwaar maken). Ev tê wê wateyê: hûn ji { -college } dixwazin ku ew dîsa li vê biryarê binêre.
beschikking-objection-deadline = Ji bo vê 6 hefteyên we hene. Ew roja piştî ku me ev name şand ({ $sent }) dest pê dikin. Ji ber vê yekê divê { -bezwaar(case: "yours") } herî dereng heta { $date } bigihîje me.
beschikking-objection-post = Heke hûn { -bezwaar(case: "yours") } bi postayê bişînin, ew di wextê xwe de ye jî heke hûn wê herî dereng heta { $date } bidin postayê û ew di nav hefteyekê de piştî wê rojê bigihîje me.
# $url: where to object online, printed as configured.
beschikking-objection-online = Hûn dikarin li ser înternetê { -bezwaar } bikin: { $url }. An nameyekê bişînin bo:
beschikking-objection-letter = Nameyekê bişînin bo:
beschikking-objection-to = { -college } li { $municipality }
beschikking-objection-what = Di { -bezwaar(case: "yours") } de binivîsin:
beschikking-objection-name = nav û navnîşana we
beschikking-objection-date = dîrok
beschikking-objection-reference = { -kenmerk } ya vê nameyê: { $reference } (hejmara ku li jorê vê nameyê ye)
beschikking-objection-why = çima hûn bi vê biryarê ne razî ne
beschikking-objection-signature = îmzeya we
beschikking-objection-copy = Heke pêkan be, kopiyeke vê nameyê jî pê re bişînin.
beschikking-objection-couple = Hûn û hevjînê we herdu jî dikarin { -bezwaar } bikin. Heke hûn wê bi hev re bikin, herdu jî nav û îmzeya xwe binivîsin.
beschikking-objection-language = Hûn dikarin { -bezwaar(case: "yours") } bi zimanê xwe binivîsin. Carinan wê demê em ji we wergerekê dixwazin. Ji bo { -bezwaar(case: "yours") } hûn dikarin belaş alîkariyê bistînin ji VluchtelingenWerk, Juridisch Loket (buroya şêwirmendiya hiqûqî) an sociaal raadslieden (şêwirmendên civakî) yên şaredariya xwe.
beschikking-objection-call = Hûn dixwazin pêşî bi me re biaxivin? Wê demê ji { $name } re telefon bikin: { $phone }. Dibe ku em wê bi hev re çareser bikin. Hişyar bin: telefonkirin ne { -bezwaar } kirin e. 6 hefte wekî xwe berdewam dikin.
beschikking-objection-in-force = Heke hûn { -bezwaar } bikin jî, ev biryar derbasdar dimîne heta ku biryareke nû hebe.
beschikking-objection-urgent = Heke pir lezgîn be, hûn dikarin ji dadgehê bixwazin ku zû biryareke demkî bide. Ji vê re tedbîra demkî (voorlopige voorziening) tê gotin. Wê demê divê hûn { -bezwaar } jî bikin. Hûn wê ji dadgeha (rechtbank) herêma ku hûn lê dijîn dixwazin. Dadgeh ji bo vê pere dixwaze: xerca dadgehê (griffierecht). Ji bo agahiyên zêdetir li www.rechtspraak.nl binêrin.

beschikking-mandate = Li ser navê Desteya Rêvebir a Şaredariyê (het college van burgemeester en wethouders),
