### Machine draft, not reviewed by a qualified translator (see locale.toml).

beschikking-subject = Decision about your social assistance
beschikking-intro-applied = On { $date } you applied for social assistance (bijstand). In this letter you can read our decision.
beschikking-intro = In this letter you can read our decision about your social assistance (bijstand).

beschikking-heading-decision = Our decision: you will get social assistance
beschikking-start = You will get social assistance from { $date }.
beschikking-period = You will get social assistance from { $start } up to and including { $end }.
beschikking-household-single = This is social assistance for a person who lives alone.
beschikking-household-single-parent = This is social assistance for a single parent.
beschikking-household-couple = This is social assistance for you and your partner together (married or living together).
beschikking-amount = Your social assistance is { $amount } per month. This is the amount after tax (net).

beschikking-heading-money = Your money per month
beschikking-fixed-costs-intro = Every month we pay part of your social assistance directly for your fixed costs. This way you can be sure that these bills are paid on time. You get the money that is left in your own bank account.
beschikking-no-fixed-costs = You get the full amount in your own bank account every month.
beschikking-col-payee = Paid to
beschikking-col-amount = Per month
beschikking-row-benefit = Your social assistance (net)
beschikking-row-we-pay = We pay this for you:
beschikking-cost-rent = Rent
beschikking-cost-energy = Energy (gas and electricity)
beschikking-cost-health-insurance = Health insurance
beschikking-cost-water = Water
beschikking-cost-municipal-taxes = Municipal taxes
beschikking-row-costs-total = Total fixed costs
beschikking-row-own = You get this yourself
beschikking-own-amount = So every month you get { $amount } in your bank account. From this you pay for your groceries, clothes and other costs yourself.

beschikking-heading-coach = Your budget coach
beschikking-coach = You will get help from a budget coach. The budget coach helps you to manage your money well. Your budget coach is { $name } from { $organisation }. Phone: { $phone }.

beschikking-heading-obligations = What rules must you follow?
beschikking-obligations-intro = When you get social assistance, you must follow these rules:
beschikking-obligation-report-changes = Tell us straight away when something changes. For example: you start working, you move house, or someone comes to live with you.
beschikking-obligation-look-for-work = Look for work. Register as a jobseeker on werk.nl and apply for jobs.
beschikking-obligation-accept-suitable-work = Are you offered work? Then you must accept that work. Even if it is different work from what you are used to.
beschikking-obligation-language-duty = Learn Dutch. Go to the language lessons that we agree on with you.
beschikking-obligation-cooperate-budget-coach = Work together with your budget coach. Go to the appointments and show your letters about money.
beschikking-obligation-keep-appointments = Come to your appointments with the municipality. Are you unable to come? Then call us in time.
beschikking-obligation-report-travel-abroad = Are you going abroad? Tell us before you go. With social assistance you may be abroad for no more than 4 weeks a year.
beschikking-obligations-consequence = Do you not follow these rules? Then we can lower or stop your social assistance. Sometimes you then have to pay money back.
beschikking-legal-basis = We made this decision on the basis of the Participation Act (Participatiewet). The rules above are also in that law.

beschikking-heading-objection = Do you disagree with this decision?
# English (CLDR): one, other.
beschikking-objection = Then you can make an objection (bezwaar). You must do this within { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} of the date of this letter. We must receive your objection no later than { $date }.
beschikking-objection-how = In your objection, write: your name and address, the date, the reference of this letter ({ $reference }) and why you disagree. Sign it. Send your objection to:
beschikking-objection-to = The Municipal Executive (het college van burgemeester en wethouders)
beschikking-objection-call = Would you like to talk with us first? Then call { $name }: { $phone }. Perhaps we can solve it together.
