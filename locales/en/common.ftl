### Machine draft, not reviewed by a qualified translator (see locale.toml).

## Terms: one word for one thing (see locales/nl/common.ftl).
-bijstand = { $cap ->
    [yes] Social assistance
   *[no] social assistance
}
-zorgtoeslag = healthcare allowance (zorgtoeslag)
-huurtoeslag = rent allowance (huurtoeslag)
-budgetcoach = budget coach
-inburgering = civic integration
-pip = personal integration and participation plan (PIP)
-brede-intake = broad intake (brede intake)

money = €{ $amount }

logo-alt = Logo of { $municipality }
label-date = Date
label-reference = Our reference
label-your-application = Your application of
label-your-letter = Your letter of
label-enclosures = Enclosure(s)
label-contact = Contact
label-phone = Phone
label-postal-address = Postal address
label-visiting-address = Visiting address
page-x-of-y = Page { $page } of { $total }

salutation = { $form ->
    [mr] Dear Mr { $family },
    [ms] Dear Ms { $family },
   *[neutral] Dear { $name },
}
closing = Kind regards,

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = Would you like to read this letter in your own language? Scan the code or go to:
translation-qr-alt = QR code to this letter in your own language

binding-notice-translation = This is a translation of a letter written in Dutch. Only the Dutch text is official. If you would like the Dutch letter, please ask us.
binding-notice-bilingual = This letter has the text in two languages. Only the Dutch text is official.

role-werkconsulent = Work consultant
role-klantmanager = Client manager
role-consulent-inburgering = Integration consultant
role-schuldhulpverlener = Debt counsellor

partner-resident = You
partner-municipality = We (municipality)
partner-coa = COA (asylum reception agency)
partner-vluchtelingenwerk = VluchtelingenWerk (refugee support)
partner-language-school = Language school
partner-budget-coach = Budget coach
partner-employer = Employer
partner-gp = GP (family doctor)
partner-school = School
partner-housing-association = Housing association
partner-ggd = GGD (public health service)
partner-ggz = GGZ (mental health care)
partner-jgz = Youth health care (JGZ)
partner-uwv = UWV (employee insurance agency)
partner-duo = DUO (education agency)
partner-svb = SVB (social insurance bank)
partner-belastingdienst = Belastingdienst (tax office)

language-ar = Arabic
language-ti = Tigrinya
language-am = Amharic
language-uk = Ukrainian
language-ru = Russian
language-fa = Persian (Farsi)
language-prs = Dari
language-ps = Pashto
language-so = Somali
language-tr = Turkish
language-ku = Kurdish
language-en = English
language-fr = French

col-what = What
col-who = Who
col-when = Done by
no-deadline = No date

action-brede-intake = Meetings for the { -brede-intake }: about your education, work, health and what you need
action-learnability-test = Take the learnability test. It shows how fast you learn a new language
action-pip = Make and record your { -pip }
action-start-language-route = Start the language lessons at the language school we choose for you
action-knm = Take lessons in Knowledge of Dutch Society (KNM)
action-pvt = Take the participation statement course (PVT): lessons about the rules and values in the Netherlands
action-map = Take the Labour Market and Participation Module (MAP): how to find work in the Netherlands
action-diploma-evaluation = Have your diplomas evaluated: what your diploma is worth in the Netherlands
action-open-bank-account = Open a bank account
action-apply-digid = Apply for DigiD
action-health-insurance = Take out health insurance
action-apply-allowances = Apply for { -zorgtoeslag } and { -huurtoeslag } (money from the tax office towards your health insurance and your rent)
action-child-benefit = Apply for child benefit and child budget
action-register-gp = Register with a GP (family doctor)
action-register-school = Register the children at school
action-isk = Register at an international transition class (ISK): a class for learning Dutch
action-sign-rental-contract = Sign the rental contract
action-connect-energy = Arrange gas, electricity and water
action-furnishing-loan = Apply for a loan to furnish your home
action-insurance = Take out contents insurance and liability insurance
action-tax-waiver = Ask not to pay municipal taxes (kwijtschelding)
action-budget-coach-intake = First meeting with the { -budgetcoach }
action-debt-help = Help with debts
action-direct-payment-fixed-costs = Pay rent, energy and health insurance directly from your { -bijstand }
action-hand-in-documents = Hand in papers to the municipality
action-register-uwv = Register as a jobseeker with UWV (werk.nl)
action-look-for-work = Look for work and apply for jobs
action-volunteer-work = Look for volunteer work
action-work-placement = Start at a workplace to gain work experience
action-childcare = Arrange childcare
action-family-reunification = Bring your family to the Netherlands (family reunification)
action-follow-up-conversation = Hold a follow-up meeting
free-text-in-dutch = (in Dutch)
