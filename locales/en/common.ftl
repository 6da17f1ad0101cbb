### Machine draft, not reviewed by a qualified translator (see locale.toml).

money = €{ $amount }

logo-alt = Logo of { $municipality }
date-line = { $place }, { $date }
label-reference = Our reference
label-contact = Contact
label-phone = Phone
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

binding-notice-translation = This is a translation of a Dutch letter. Only the Dutch text is official. Would you like the Dutch letter? Please ask us.
binding-notice-bilingual = This letter has the text in two languages. Only the Dutch text is official.

role-werkconsulent = Work consultant
role-klantmanager = Client manager
role-consulent-inburgering = Integration consultant
role-schuldhulpverlener = Debt counsellor

partner-resident = You
partner-municipality = Municipality
partner-coa = COA (asylum reception agency)
partner-vluchtelingenwerk = VluchtelingenWerk (refugee support)
partner-language-school = Language school
partner-budget-coach = Budget coach
partner-employer = Employer
partner-gp = GP (family doctor)
partner-school = School
partner-housing-association = Housing association

col-what = What
col-who = Who
col-when = Done by
no-deadline = No date

action-register-language-school = Register at the language school
action-language-test = Take a language test to find out your level
action-open-bank-account = Open a bank account
action-apply-digid = Apply for DigiD
action-health-insurance = Take out health insurance
action-apply-allowances = Apply for healthcare allowance and rent allowance
action-register-gp = Register with a GP (family doctor)
action-register-school = Register the children at school
action-sign-rental-contract = Sign the rental contract
action-connect-energy = Arrange gas, electricity and water
action-budget-coach-intake = First meeting with the budget coach
action-direct-payment-fixed-costs = Pay rent, energy and health insurance directly from the benefit
action-hand-in-documents = Hand in papers to the municipality
action-look-for-work = Look for work and apply for jobs
action-volunteer-work = Look for volunteer work
action-work-placement = Start at a work experience placement
action-childcare = Arrange childcare
action-follow-up-conversation = Plan a follow-up meeting
