### Machine draft, not reviewed by a qualified translator (see locale.toml).
### One word for one thing: the terms below are used throughout.

-vakantiegeld = holiday pay
-toeslag = allowance
-college = { $cap ->
    [yes] The Municipal Executive (het college van burgemeester en wethouders)
   *[no] the Municipal Executive (het college van burgemeester en wethouders)
}
-bezwaar = objection
-kenmerk = reference
-voorschot = advance
-participatiewet = Participation Act (Participatiewet)

beschikking-subject = Decision about your { -bijstand }

beschikking-intro = On { $date } you applied for { -bijstand } (bijstand). { -bijstand(cap: "yes") } is money from the municipality for people who do not have enough money to live on. In this letter you can read our decision.

beschikking-heading-decision = Our decision
beschikking-decision-granted = { -college(cap: "yes") } of { $municipality } has decided: you will get { -bijstand } from { $date }.
beschikking-decision-granted-period = { -college(cap: "yes") } of { $municipality } has decided: you will get { -bijstand } from { $start } up to and including { $end }.
beschikking-decision-partly-granted = { -college(cap: "yes") } of { $municipality } has decided: you will get { -bijstand } from { $date }. But you will not get everything you asked for. You can read why below.
beschikking-decision-partly-granted-period = { -college(cap: "yes") } of { $municipality } has decided: you will get { -bijstand } from { $start } up to and including { $end }. But you will not get everything you asked for. You can read why below.
beschikking-decision-refused = { -college(cap: "yes") } of { $municipality } has decided: you will not get { -bijstand }. You can read why below.
beschikking-college-explained = The Municipal Executive is the board that runs the municipality.
beschikking-couple = This decision is for you and your partner { $partner } together. You get the { -bijstand } together, and you must both follow the rules in this letter.

beschikking-heading-reasons = Why did we decide this?
beschikking-reasons-granted = You live in the Netherlands and you are allowed to live here. You do not have enough money or possessions to live on. That is why you have a right to { -bijstand }.
beschikking-reasons-intro-partly-granted = But you will not get everything you asked for. This is why:
beschikking-reasons-intro-refused = You will not get { -bijstand }. This is why:
beschikking-reason-start-date = You asked for { -bijstand } from { $requested }. You will get { -bijstand } from { $start }. That is the day you came to us to apply for { -bijstand }. It cannot start earlier.
beschikking-reason-income-too-high = Your income is as high as or higher than the { -bijstand } for your situation. Then you have no right to { -bijstand }.
beschikking-reason-assets-too-high = You have more money or possessions (assets) than is allowed when you get { -bijstand }.
beschikking-reason-cost-sharers = You live in one home with other adults. You can share the costs of the home. That is why you get less { -bijstand }.
beschikking-reason-missing-information = You did not give us all the information and papers we needed. So we do not know whether you have a right to { -bijstand }.
beschikking-reason-no-right-of-residence = You do not have a residence permit with which you can get { -bijstand }.
beschikking-reason-other = Another reason:

beschikking-heading-money = How much { -bijstand } will you get?
beschikking-household-single = You get { -bijstand } for a person without a partner (alleenstaande).
beschikking-household-single-parent = You get { -bijstand } for a parent without a partner who looks after a child (alleenstaande ouder).
beschikking-household-couple = You get { -bijstand } for two partners together: you are married or you live together.
# English (CLDR): one, other.
beschikking-cost-sharers = { $count ->
    [one] 1 other adult also lives
   *[other] { $count } other adults also live
} in your home. You can share the costs of the home. That is why your { -bijstand } is lower. This is called the cost-sharing norm (kostendelersnorm).
beschikking-calculation-intro = This is how we work out your { -bijstand } per month:

beschikking-col-payee = Paid to
beschikking-col-amount = Per month
beschikking-col-sum = Amount
beschikking-row-norm-single = { -bijstand(cap: "yes") } for a person without a partner
beschikking-row-norm-single-parent = { -bijstand(cap: "yes") } for a parent without a partner
beschikking-row-norm-couple = { -bijstand(cap: "yes") } for two partners
beschikking-row-holiday = Minus: { -vakantiegeld } we save for you
beschikking-row-income-wages = Minus: { $whose ->
    [partner] your partner's wages
   *[resident] your wages
}
beschikking-row-income-benefit = Minus: { $whose ->
    [partner] your partner's other benefit
   *[resident] your other benefit
}
beschikking-row-income-alimony = Minus: { $whose ->
    [partner] your partner's maintenance payments
   *[resident] your maintenance payments
}
beschikking-row-income-other = Minus: { $whose ->
    [partner] your partner's other income
   *[resident] your other income
}
beschikking-row-assistance = Your { -bijstand } per month
beschikking-row-we-pay = Minus: bills we pay for you
beschikking-row-own = You get this in your bank account
beschikking-payee-reference = Number: { $reference }
beschikking-cost-rent = Rent
beschikking-cost-energy = Energy (gas and electricity)
beschikking-cost-health-insurance = Health insurance
beschikking-cost-water = Water
beschikking-cost-municipal-taxes = Municipal taxes

beschikking-own-amount = So every month you get { $amount } in your bank account. From this you pay for your groceries, clothes and other costs yourself.
beschikking-payment-day = We pay your { -bijstand } every month, on day { $day } of the month at the latest.
beschikking-holiday = Every month we save { $amount } for you: your { -vakantiegeld } (vakantiegeld). You get it in one payment, no later than { $date }.
beschikking-allowances = An { -toeslag } (toeslag) is money from the Tax Administration (Belastingdienst), such as rent allowance (huurtoeslag) and healthcare allowance (zorgtoeslag). You keep an { -toeslag }. It does not count for your { -bijstand }.

beschikking-heading-first-payment = Your first payment
beschikking-advance = You already got an { -voorschot } (voorschot) of { $amount }. An { -voorschot } is money you get while we have not yet made a decision. We take the { -voorschot } off your first payment.
beschikking-first-payment-intro = This is what your first payment looks like:
beschikking-row-first-period = { -bijstand(cap: "yes") } from { $from } up to and including { $to }
beschikking-row-first-costs = Minus: bills we pay for you
beschikking-row-first-advance = Minus: { -voorschot } you already got
beschikking-row-first-own = You get on { $date }
beschikking-advance-refused = You got an { -voorschot } (voorschot) of { $amount }. An { -voorschot } is money you get while we have not yet made a decision. Because you will not get { -bijstand }, you must pay the { -voorschot } back. You will get a separate letter about this.

beschikking-heading-fixed-costs = Bills we pay for you
beschikking-fixed-costs-intro = Every month we pass part of your { -bijstand } straight on, for example for your rent and energy. That way these bills are always paid on time.
beschikking-basis-art-56a = We must do this because you have to complete civic integration (inburgering) and you have an asylum residence permit. We do this up to and including { $until }. After that you pay these bills yourself again. For this you give us an authorisation (machtiging): a form with which you allow us to pay.
beschikking-basis-art-57 = We do this because at the moment you cannot yet pay these bills well yourself. We do this up to and including { $until }. After that we will look together with you at whether you can pay the bills yourself again. The reason:
beschikking-basis-consent = On { $date } you asked us to pay these bills for you. We do this up to and including { $until }. If you no longer want this, tell us. Then we will stop.
beschikking-settlements-resident = We only pay the amounts in the table. If you get another bill, for example the annual energy bill, you pay it yourself. If your rent or premium changes, tell us. Then we will change the amount.
beschikking-settlements-municipality = If you get another bill for these costs, for example the annual energy bill, send it to us. We pay that from your { -bijstand } too. If your rent or premium changes, tell us. Then we will change the amount.

beschikking-heading-coach = Your { -budgetcoach }
beschikking-coach = You will get help from a { -budgetcoach }. The { -budgetcoach } helps you to manage your money well. Your { -budgetcoach } is { $name } from { $organisation }. Phone: { $phone }.

beschikking-heading-obligations = What rules must you follow?
beschikking-obligations-intro = When you get { -bijstand }, you must follow these rules:
beschikking-obligation-report-changes = Tell us straight away when something changes, even if we do not ask. For example: you start working, you get money from someone, you move house, someone comes to live with you, or your family comes to the Netherlands.
beschikking-obligation-cooperate = Give us the information and papers we ask for. Cooperate when we want to check something.
beschikking-obligation-look-for-work = Look for work. Register as a jobseeker on werk.nl and apply for jobs.
beschikking-obligation-accept-suitable-work = If you are offered work, you must accept it, even if it is different work from what you are used to.
beschikking-obligation-language-duty = Learn Dutch. Go to the language lessons in your civic integration plan or the lessons we agree with you.
beschikking-obligation-cooperate-budget-coach = Work together with your { -budgetcoach }. Go to the meetings and show your letters about money.
beschikking-obligation-keep-appointments = Come to your meetings with the municipality. If you cannot come, call us before the meeting.
beschikking-obligation-report-travel-abroad = If you go abroad, tell us before you go. With { -bijstand } you may be abroad for no more than 4 weeks per calendar year.
beschikking-obligation-authorise-direct-payment = Sign the authorisation with which we can pay your bills.
beschikking-consequence-report = If you do not report a change, or report it too late, you may get too much { -bijstand }. Then you must pay that money back, sometimes all of what you got too much. You can also get a fine.
beschikking-consequence-other = If you do not follow the other rules, we can lower your { -bijstand } for a time.

beschikking-heading-law = Which law is this decision based on?
beschikking-law-intro = This decision is based on the { -participatiewet }. That is the law on { -bijstand }. We use these articles:
beschikking-law-right = Articles 11 and 19: who has a right to { -bijstand }
beschikking-law-couple = Article 11, paragraph 4: partners get the { -bijstand } together
beschikking-law-norm = Article 21: how much { -bijstand } you get (the norm)
beschikking-law-cost-sharers = Article 22a: less { -bijstand } if you share your home (kostendelersnorm)
beschikking-law-income = Articles 31 and 32: which income counts
beschikking-law-assets = Article 34: which assets count
beschikking-law-decision = Articles 43, 44 and 45: the decision, the start date and the payment
beschikking-law-decision-refused = Article 43: the decision on your application
beschikking-law-advance = Article 52: the { -voorschot }
beschikking-law-basis-art-56a = Article 56a: paying bills for people who must complete civic integration
beschikking-law-basis-art-57 = Article 57: paying bills when you cannot yet do it yourself
beschikking-law-duties = Articles 9, 17 and 18: your duties; lower { -bijstand }
beschikking-law-language = Article 18b: learning Dutch (language requirement, taaleis)
beschikking-law-recovery = Articles 18a and 58: a fine and paying money back
beschikking-law-information = Article 17: giving the information we need
beschikking-law-objection = General Administrative Law Act (Awb), articles 6:4 to 6:9: objection

beschikking-heading-objection = Do you disagree with this decision?
beschikking-objection = Then you can make an { -bezwaar } (bezwaar). This means: you ask { -college } to look at this decision again.
beschikking-objection-deadline = You have 6 weeks for this. They start on the day after we sent this letter ({ $sent }). So we must receive your { -bezwaar } no later than { $date }.
beschikking-objection-post = If you send your { -bezwaar } by post, it is also in time if you post it no later than { $date } and we receive it within a week after that.
beschikking-objection-online = You can make an { -bezwaar } online: { $url }. Or send a letter to:
beschikking-objection-letter = Send a letter to:
beschikking-objection-to = { -college(cap: "yes") } of { $municipality }
beschikking-objection-what = In your { -bezwaar }, write:
beschikking-objection-name = your name and address
beschikking-objection-date = the date
beschikking-objection-reference = the { -kenmerk } of this letter: { $reference } (the number at the top of this letter)
beschikking-objection-why = why you disagree with this decision
beschikking-objection-signature = your signature
beschikking-objection-copy = If you can, send a copy of this letter with it.
beschikking-objection-couple = You and your partner can both make an { -bezwaar }. If you do it together, both of you write your name and sign it.
beschikking-objection-language = You may write your { -bezwaar } in your own language. We may then ask you for a translation. You can get free help with your { -bezwaar } from VluchtelingenWerk, the Juridisch Loket (legal advice desk) or the sociaal raadslieden (social advisers) of your municipality.
beschikking-objection-call = Would you like to talk with us first? Then call { $name }: { $phone }. Perhaps we can solve it together. Please note: calling is not making an { -bezwaar }. The 6 weeks keep running.
beschikking-objection-in-force = Even if you make an { -bezwaar }, this decision stays in force until there is a new decision.
beschikking-objection-urgent = If it is very urgent, you can ask the court to make a quick temporary decision. This is called a provisional measure (voorlopige voorziening). You must then also make an { -bezwaar }. You apply to the court (rechtbank) in the area where you live. The court charges a fee for this (griffierecht). For more information, see www.rechtspraak.nl.

beschikking-mandate = On behalf of the Municipal Executive (het college van burgemeester en wethouders),
