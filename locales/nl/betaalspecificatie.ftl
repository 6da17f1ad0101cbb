### Betaalspecificatie: the overview of one month of bijstand. Not a decision.

betaalspecificatie-subject = Uw bijstand deze maand: het overzicht
# $month: month and year, e.g. "november 2026".
betaalspecificatie-intro = In dit overzicht ziet u hoeveel bijstand u krijgt over { $month }. U ziet ook wat wij voor u betaald hebben en wat u zelf op uw bankrekening krijgt. Lees de tabel van boven naar beneden.

## The table
betaalspecificatie-col-details = Toelichting
betaalspecificatie-col-amount = Bedrag
# An amount taken off; $amount is formatted money.
betaalspecificatie-minus = – { $amount }
betaalspecificatie-row-norm-single = Uw bijstandsnorm (alleenstaande)
    .label = Alleenstaande (zonder partner)
betaalspecificatie-row-norm-single-parent = Uw bijstandsnorm (alleenstaande ouder)
    .label = Alleenstaande ouder
betaalspecificatie-row-norm-couple = Uw bijstandsnorm (gehuwden of samenwonenden)
    .label = Gehuwden of samenwonenden
# $count: other adults in the home who count for the norm.
betaalspecificatie-cost-sharers = { $count ->
    [one] Lagere norm: u woont met { $count } andere volwassene in huis.
   *[other] Lagere norm: u woont met { $count } andere volwassenen in huis.
}
betaalspecificatie-row-holiday = Vakantiegeld: dit sparen wij voor u
betaalspecificatie-deduction-income-work = Uw inkomsten uit werk
    .label = Inkomsten uit werk
betaalspecificatie-deduction-income-partner = Inkomsten uit werk van uw partner
    .label = Inkomsten uit werk van de partner
betaalspecificatie-deduction-other-benefit = Een andere uitkering
    .label = Andere uitkering
betaalspecificatie-deduction-advance = Terugbetaling van het voorschot
    .label = Terugbetaling voorschot
betaalspecificatie-deduction-recovery = Terugbetaling van te veel ontvangen bijstand
    .label = Terugbetaling te veel ontvangen bijstand
betaalspecificatie-deduction-reduction = Verlaging van uw bijstand (maatregel)
    .label = Verlaging (maatregel)
betaalspecificatie-deduction-other = Andere aftrek
    .label = Andere aftrek (toelichting invullen)
betaalspecificatie-row-bijstand = Uw bijstand deze maand
betaalspecificatie-row-we-paid = Dit hebben wij van uw bijstand voor u betaald:
betaalspecificatie-payment-rent = Huur
betaalspecificatie-payment-energy = Energie (gas en stroom)
betaalspecificatie-payment-water = Water
betaalspecificatie-payment-health-insurance = Zorgverzekering
betaalspecificatie-payment-municipal-taxes = Gemeentelijke belastingen
betaalspecificatie-payment-debt-arrangement = Aflossing schulden (schuldregeling)
betaalspecificatie-payment-other = Andere betaling
    .label = Andere betaling (toelichting invullen)
# $reference: the payee's number for the resident, printed as typed.
betaalspecificatie-payee-reference = Uw nummer: { $reference }
# $date: the day the municipality paid.
betaalspecificatie-paid-on = Betaald op { $date }
# $date: the day the money reaches the resident's account.
betaalspecificatie-row-own = Dit krijgt u zelf op { $date }
# $amount: formatted money; $date: payment day with weekday.
betaalspecificatie-own = Op { $date } krijgt u { $amount } op uw bankrekening. Daarvan betaalt u zelf uw boodschappen, kleding en andere kosten.

## Holiday allowance
betaalspecificatie-heading-holiday = Uw vakantiegeld
# $amount: set aside this month; $saved: saved so far.
betaalspecificatie-holiday = Een deel van uw bijstand sparen wij elke maand voor u. Dat is uw vakantiegeld. Deze maand is dat { $amount }. U heeft nu in totaal { $saved } vakantiegeld gespaard.
# $month: month and year.
betaalspecificatie-holiday-paid-in = U krijgt dit geld in { $month }.

## Changes since last month
betaalspecificatie-heading-changes = Wat is er veranderd sinds vorige maand?
betaalspecificatie-no-changes = Er is niets veranderd sinds vorige maand.
betaalspecificatie-change-norm = Uw bijstandsnorm is veranderd.
    .label = Bijstandsnorm
betaalspecificatie-change-rent = Uw huur is veranderd.
    .label = Huur
betaalspecificatie-change-energy = Uw bedrag voor energie is veranderd.
    .label = Energie
betaalspecificatie-change-water = Uw bedrag voor water is veranderd.
    .label = Water
betaalspecificatie-change-health-insurance = Uw bedrag voor de zorgverzekering is veranderd.
    .label = Zorgverzekering
betaalspecificatie-change-municipal-taxes = Uw bedrag voor gemeentelijke belastingen is veranderd.
    .label = Gemeentelijke belastingen
betaalspecificatie-change-income = Uw inkomsten zijn veranderd.
    .label = Inkomsten
betaalspecificatie-change-recovery = Uw terugbetaling is veranderd.
    .label = Terugbetaling
betaalspecificatie-change-other = Er is iets anders veranderd.
    .label = Iets anders (toelichting invullen)
# $before and $after: formatted money.
betaalspecificatie-change-amounts = Vorige maand: { $before }. Nu: { $after }.
betaalspecificatie-change-new-amount = Nu: { $after }.

## Whom to call
betaalspecificatie-heading-questions = Heeft u vragen?
# $name and $phone: the staff member, printed as typed.
betaalspecificatie-questions = Klopt er iets niet, of begrijpt u iets niet? Bel { $name }: { $phone }.
# $name, $organisation and $phone: the budget coach, printed as typed.
betaalspecificatie-coach = Wilt u hulp bij uw geld? Bel uw budgetcoach { $name } van { $organisation }: { $phone }.
betaalspecificatie-not-a-decision = Dit overzicht is geen besluit. De bedragen komen uit de besluiten die u eerder van ons kreeg.
