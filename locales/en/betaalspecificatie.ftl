### Betaalspecificatie: the overview of one month of bijstand. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

betaalspecificatie-subject = Your social assistance this month: the overview
betaalspecificatie-intro = This overview shows how much social assistance (bijstand) you receive for { $month }. It also shows what we paid for you and what you receive in your own bank account. Read the table from top to bottom.

betaalspecificatie-col-details = Details
betaalspecificatie-col-amount = Amount
betaalspecificatie-minus = – { $amount }
betaalspecificatie-row-norm-single = Your assistance norm (single person)
betaalspecificatie-row-norm-single-parent = Your assistance norm (single parent)
betaalspecificatie-row-norm-couple = Your assistance norm (married or living together)
betaalspecificatie-cost-sharers = { $count ->
    [one] Lower norm: you live with { $count } other adult.
   *[other] Lower norm: you live with { $count } other adults.
}
betaalspecificatie-row-holiday = Holiday allowance: we save this for you
betaalspecificatie-deduction-income-work = Your income from work
betaalspecificatie-deduction-income-partner = Your partner's income from work
betaalspecificatie-deduction-other-benefit = Another benefit
betaalspecificatie-deduction-advance = Paying back the advance
betaalspecificatie-deduction-recovery = Paying back assistance received in excess
betaalspecificatie-deduction-reduction = Reduction of your assistance (sanction)
betaalspecificatie-deduction-other = Other deduction
betaalspecificatie-row-bijstand = Your social assistance this month
betaalspecificatie-row-we-paid = We paid this for you from your assistance:
betaalspecificatie-payment-rent = Rent
betaalspecificatie-payment-energy = Energy (gas and electricity)
betaalspecificatie-payment-water = Water
betaalspecificatie-payment-health-insurance = Health insurance
betaalspecificatie-payment-municipal-taxes = Municipal taxes
betaalspecificatie-payment-debt-arrangement = Paying off debts (debt arrangement)
betaalspecificatie-payment-other = Other payment
betaalspecificatie-payee-reference = Your number: { $reference }
betaalspecificatie-paid-on = Paid on { $date }
betaalspecificatie-row-own = You receive this yourself on { $date }
betaalspecificatie-own = On { $date } you will receive { $amount } in your bank account. From this you pay your groceries, clothes and other costs yourself.

betaalspecificatie-heading-holiday = Your holiday allowance
betaalspecificatie-holiday = Every month we save part of your assistance for you. That is your holiday allowance. This month it is { $amount }. You have now saved { $saved } holiday allowance in total.
betaalspecificatie-holiday-paid-in = You will receive this money in { $month }.

betaalspecificatie-heading-changes = What has changed since last month?
betaalspecificatie-no-changes = Nothing has changed since last month.
betaalspecificatie-change-norm = Your assistance norm has changed.
betaalspecificatie-change-rent = Your rent has changed.
betaalspecificatie-change-energy = Your amount for energy has changed.
betaalspecificatie-change-water = Your amount for water has changed.
betaalspecificatie-change-health-insurance = Your amount for health insurance has changed.
betaalspecificatie-change-municipal-taxes = Your amount for municipal taxes has changed.
betaalspecificatie-change-income = Your income has changed.
betaalspecificatie-change-recovery = Your repayment has changed.
betaalspecificatie-change-other = Something else has changed.
betaalspecificatie-change-amounts = Last month: { $before }. Now: { $after }.
betaalspecificatie-change-new-amount = Now: { $after }.

betaalspecificatie-heading-questions = Do you have questions?
betaalspecificatie-questions = Is something wrong, or do you not understand something? Call { $name }: { $phone }.
betaalspecificatie-coach = Would you like help with your money? Call your budget coach { $name } of { $organisation }: { $phone }.
betaalspecificatie-not-a-decision = This overview is not a decision. The amounts come from the decisions you received from us earlier.
