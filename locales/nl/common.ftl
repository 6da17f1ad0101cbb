### Shared by every letter. Dutch is the reference: every key exists here first.
### Plain language (B1): short sentences, "u", no officialese.

## Amounts. $amount is already formatted with Dutch separators.
money = € { $amount }

## Letterhead and reference lines
logo-alt = Logo van { $municipality }
date-line = { $place }, { $date }
label-reference = Ons kenmerk
label-contact = Contact
label-phone = Telefoon
page-x-of-y = Pagina { $page } van { $total }

## Salutation and closing. $form is mr, ms or neutral.
salutation = { $form ->
    [mr] Beste meneer { $family },
    [ms] Beste mevrouw { $family },
   *[neutral] Beste { $name },
}
closing = Met vriendelijke groet,

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = Wilt u deze brief in uw eigen taal lezen? Scan de code of ga naar:
translation-qr-alt = QR-code naar deze brief in uw eigen taal

## Which text counts
binding-notice-translation = Dit is een vertaling van een Nederlandse brief. Alleen de Nederlandse tekst is officieel. Wilt u de Nederlandse brief? Vraag het ons.
binding-notice-bilingual = In deze brief staat de tekst in twee talen. Alleen de Nederlandse tekst is officieel.

## Roles of staff members
role-werkconsulent = Werkconsulent
role-klantmanager = Klantmanager
role-consulent-inburgering = Consulent inburgering
role-schuldhulpverlener = Schuldhulpverlener

## Who does something: the resident or a chain partner
partner-resident = U
partner-municipality = Gemeente
partner-coa = COA
partner-vluchtelingenwerk = VluchtelingenWerk
partner-language-school = Taalschool
partner-budget-coach = Budgetcoach
partner-employer = Werkgever
partner-gp = Huisarts
partner-school = School
partner-housing-association = Woningcorporatie

## Table columns
col-what = Wat
col-who = Wie
col-when = Wanneer klaar
no-deadline = Geen datum

## Tasks that can be agreed (afsprakenbrief, plan van aanpak)
action-register-language-school = Aanmelden bij de taalschool
action-language-test = Taaltoets doen om uw niveau te bepalen
action-open-bank-account = Een bankrekening openen
action-apply-digid = DigiD aanvragen
action-health-insurance = Een zorgverzekering afsluiten
action-apply-allowances = Zorgtoeslag en huurtoeslag aanvragen
action-register-gp = Inschrijven bij een huisarts
action-register-school = De kinderen inschrijven op school
action-sign-rental-contract = Het huurcontract tekenen
action-connect-energy = Gas, stroom en water aanvragen
action-budget-coach-intake = Eerste gesprek met de budgetcoach
action-direct-payment-fixed-costs = Huur, energie en zorgverzekering rechtstreeks betalen vanuit de uitkering
action-hand-in-documents = Papieren inleveren bij de gemeente
action-look-for-work = Werk zoeken en solliciteren
action-volunteer-work = Vrijwilligerswerk zoeken
action-work-placement = Starten op een werkervaringsplaats
action-childcare = Kinderopvang regelen
action-follow-up-conversation = Vervolggesprek plannen
