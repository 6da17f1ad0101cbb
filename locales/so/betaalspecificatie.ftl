### Betaalspecificatie: the overview of one month of bijstand. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

betaalspecificatie-subject = { -bijstand(case: "cap") } ee bishan: faahfaahinta
# $month: month and year, e.g. "Noofeembar 2026".
betaalspecificatie-intro = Faahfaahintan waxaad ku arkaysaa inta { -bijstand } (bijstand) ee aad u helayso { $month }. Waxaad sidoo kale arkaysaa waxa aan kuu bixinnay iyo waxa adiga laguugu soo shubayo akoonkaaga bangiga. Shaxda ka akhri xagga sare ilaa xagga hoose.

betaalspecificatie-col-details = Faahfaahin
betaalspecificatie-col-amount = Qaddarka
betaalspecificatie-minus = – { $amount }
betaalspecificatie-row-norm-single = Heerkaaga { -bijstand } (qof aan lammaane lahayn)
betaalspecificatie-row-norm-single-parent = Heerkaaga { -bijstand } (waalid aan lammaane lahayn)
betaalspecificatie-row-norm-couple = Heerkaaga { -bijstand } (is qaba ama wada nool)
# Somali (CLDR): one, other.
betaalspecificatie-cost-sharers = { $count ->
    [one] Heer ka hooseeya: waxaad guriga la deggan tahay { $count } qof oo kale oo weyn.
   *[other] Heer ka hooseeya: waxaad guriga la deggan tahay { $count } qof oo kale oo waaweyn.
}
betaalspecificatie-row-holiday = { -vakantiegeld(case: "cap") }: tan waan kuu kaydinaynaa
betaalspecificatie-deduction-income-work = Dakhligaaga shaqada
betaalspecificatie-deduction-income-partner = Dakhliga shaqada ee lammaanahaaga
betaalspecificatie-deduction-other-benefit = Lacag kale oo dawladeed (uitkering)
betaalspecificatie-deduction-advance = Soo celinta { -voorschot(case: "def") }
betaalspecificatie-deduction-recovery = Soo celinta { -bijstand } oo aad heshay oo dheeraad ahayd
betaalspecificatie-deduction-reduction = Dhimista { -bijstand(case: "yours") } (ciqaab, maatregel)
betaalspecificatie-deduction-other = Jarid kale
betaalspecificatie-row-bijstand = { -bijstand(case: "cap") } ee bishan
betaalspecificatie-row-we-paid = Waxan ayaan kuu bixinnay, oo laga jaray { -bijstand(case: "yours") }:
betaalspecificatie-payment-rent = Kirada
betaalspecificatie-payment-energy = Tamarta (gaaska iyo korontada)
betaalspecificatie-payment-water = Biyaha
betaalspecificatie-payment-health-insurance = Caymiska caafimaadka
betaalspecificatie-payment-municipal-taxes = Canshuuraha dowladda hoose
betaalspecificatie-payment-debt-arrangement = Bixinta deymaha (heshiiska deymaha, schuldregeling)
betaalspecificatie-payment-other = Lacag-bixin kale
betaalspecificatie-payee-reference = Lambarkaaga: { $reference }
betaalspecificatie-paid-on = La bixiyay { $date }
betaalspecificatie-row-own = Tan adigaa helaya { $date }
betaalspecificatie-own = Taariikhda { $date } waxaad akoonkaaga bangiga ku helaysaa { $amount }. Lacagtaas adigaa ka bixinaya cuntada, dharka iyo kharashyada kale.

betaalspecificatie-heading-holiday = { -vakantiegeld(case: "yours-cap") }
betaalspecificatie-holiday = Bil kasta qayb ka mid ah { -bijstand(case: "yours") } ayaan kuu kaydinnaa. Taasi waa { -vakantiegeld(case: "yours") }. Bishan waa { $amount }. Ilaa hadda waxaad kaydsatay { $saved } oo { -vakantiegeld } ah wadar ahaan.
betaalspecificatie-holiday-paid-in = Lacagtan waxaad heli doontaa { $month }.

betaalspecificatie-heading-changes = Maxaa isbeddelay tan iyo bishii hore?
betaalspecificatie-no-changes = Waxba iskama beddelin tan iyo bishii hore.
betaalspecificatie-change-norm = Heerkaaga { -bijstand } wuu isbeddelay.
betaalspecificatie-change-rent = Kiradaadu way isbeddeshay.
betaalspecificatie-change-energy = Qaddarkaaga tamarta wuu isbeddelay.
betaalspecificatie-change-water = Qaddarkaaga biyaha wuu isbeddelay.
betaalspecificatie-change-health-insurance = Qaddarkaaga caymiska caafimaadka wuu isbeddelay.
betaalspecificatie-change-municipal-taxes = Qaddarkaaga canshuuraha dowladda hoose wuu isbeddelay.
betaalspecificatie-change-income = Dakhligaagu wuu isbeddelay.
betaalspecificatie-change-recovery = Soo celintaadu way isbeddeshay.
betaalspecificatie-change-other = Wax kale ayaa isbeddelay.
betaalspecificatie-change-amounts = Bishii hore: { $before }. Hadda: { $after }.
betaalspecificatie-change-new-amount = Hadda: { $after }.

betaalspecificatie-heading-questions = Su'aalo ma qabtaa?
betaalspecificatie-questions = Ma jiraa wax khaldan, mise wax baad fahmi weyday? Wac { $name }: { $phone }.
betaalspecificatie-coach = Ma rabtaa caawimaad xagga lacagtaada ah? Wac { -budgetcoach(case: "yours") } { $name } ee { $organisation }: { $phone }.
betaalspecificatie-not-a-decision = Faahfaahintani ma aha go'aan. Qaddarradu waxay ka yimaadeen go'aannadii aad hore nooga heshay.
