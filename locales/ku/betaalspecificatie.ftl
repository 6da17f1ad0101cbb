### Betaalspecificatie: the overview of one month of bijstand. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

betaalspecificatie-subject = { -bijstand(case: "yours-cap") } vê mehê: kurte
# $month: month and year as ICU writes them for Kurmanji ("mijdara 2026an").
betaalspecificatie-intro = Di vê kurteyê de hûn dibînin ka hûn ji bo { $month } çiqas { -bijstand } (bijstand) distînin. Hûn herwiha dibînin ka me çi ji bo we daye û hûn bi xwe çi li hesabê xwe yê bankê distînin. Tabloyê ji jor ber bi jêr ve bixwînin.

betaalspecificatie-col-details = Rave
betaalspecificatie-col-amount = Mîqdar
betaalspecificatie-minus = – { $amount }
betaalspecificatie-row-norm-single = Norma we ya { -bijstand } (kesê bê hevjîn)
betaalspecificatie-row-norm-single-parent = Norma we ya { -bijstand } (dê an bavê bê hevjîn)
betaalspecificatie-row-norm-couple = Norma we ya { -bijstand } (zewicî an bi hev re dijîn)
# Kurmanji (CLDR): one, other.
betaalspecificatie-cost-sharers = { $count ->
    [one] Norma kêmtir: hûn bi { $count } mezinekî din re di xaniyekî de dijîn.
   *[other] Norma kêmtir: hûn bi { $count } mezinên din re di xaniyekî de dijîn.
}
betaalspecificatie-row-holiday = { -vakantiegeld(case: "cap") }: em vê ji bo we hildigirin
betaalspecificatie-deduction-income-work = Dahata we ya ji kar
betaalspecificatie-deduction-income-partner = Dahata hevjînê we ya ji kar
betaalspecificatie-deduction-other-benefit = Dayîneke din a civakî (uitkering)
betaalspecificatie-deduction-advance = Paşdedana { -voorschot(case: "obl") }
betaalspecificatie-deduction-recovery = Paşdedana { -bijstand } ku we zêde wergirt
betaalspecificatie-deduction-reduction = Kêmkirina { -bijstand(case: "yours") } (ceza, maatregel)
betaalspecificatie-deduction-other = Kêmkirineke din
betaalspecificatie-row-bijstand = { -bijstand(case: "yours-cap") } vê mehê
betaalspecificatie-row-we-paid = Me ev ji { -bijstand(case: "yours") } ji bo we dan:
betaalspecificatie-payment-rent = Kirê
betaalspecificatie-payment-energy = Enerjî (gaz û elektrîk)
betaalspecificatie-payment-water = Av
betaalspecificatie-payment-health-insurance = Sîgorteya tenduristiyê
betaalspecificatie-payment-municipal-taxes = Bacên şaredariyê
betaalspecificatie-payment-debt-arrangement = Dayîna deynan (lihevkirina deynan, schuldregeling)
betaalspecificatie-payment-other = Dayîneke din
betaalspecificatie-payee-reference = Hejmara we: { $reference }
betaalspecificatie-paid-on = Hat dayîn di { $date } de
betaalspecificatie-row-own = Hûn vê bi xwe di { $date } de distînin
betaalspecificatie-own = Di { $date } de hûn { $amount } li hesabê xwe yê bankê distînin. Ji vî pereyî hûn bi xwe xwarin, cil û lêçûnên din didin.

betaalspecificatie-heading-holiday = { -vakantiegeld(case: "yours-cap") }
betaalspecificatie-holiday = Her meh em beşek ji { -bijstand(case: "yours") } ji bo we hildigirin. Ji vî pereyî re { -vakantiegeld } tê gotin. Vê mehê em { $amount } hildigirin. Heta niha we bi giştî { $saved } { -vakantiegeld } berhev kiriye.
betaalspecificatie-holiday-paid-in = Hûn vî pereyî di { $month } de distînin.

betaalspecificatie-heading-changes = Ji meha borî ve çi guheriye?
betaalspecificatie-no-changes = Ji meha borî ve tiştek neguheriye.
betaalspecificatie-change-norm = Norma we ya { -bijstand } guheriye.
betaalspecificatie-change-rent = Kirêya we guheriye.
betaalspecificatie-change-energy = Mîqdara we ya enerjiyê guheriye.
betaalspecificatie-change-water = Mîqdara we ya avê guheriye.
betaalspecificatie-change-health-insurance = Mîqdara we ya sîgorteya tenduristiyê guheriye.
betaalspecificatie-change-municipal-taxes = Mîqdara we ya bacên şaredariyê guheriye.
betaalspecificatie-change-income = Dahata we guheriye.
betaalspecificatie-change-recovery = Paşdedana we guheriye.
betaalspecificatie-change-other = Tiştekî din guheriye.
betaalspecificatie-change-amounts = Meha borî: { $before }. Niha: { $after }.
betaalspecificatie-change-new-amount = Niha: { $after }.

betaalspecificatie-heading-questions = Pirsên we hene?
betaalspecificatie-questions = Tiştek ne rast e, an hûn tiştekî fam nakin? Ji { $name } re telefon bikin: { $phone }.
betaalspecificatie-coach = Hûn bi pereyê xwe re alîkariyê dixwazin? Ji { -budgetcoach(case: "yours") } { $name } ({ $organisation }) re telefon bikin: { $phone }.
betaalspecificatie-not-a-decision = Ev kurte ne biryar e. Mîqdar ji wan biryaran tên ku we berê ji me wergirtin.
