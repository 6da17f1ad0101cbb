### Shared by every letter. Dutch is the reference: every key exists here first.
### Plain language (B1): short sentences, "u", no officialese. Conditions as
### "Als ..., dan ..." rather than as questions.
### Messages of the letters that address the resident receive $form (mr, ms,
### neutral), so a language with grammatical gender can say "you" to a woman
### in the feminine; Dutch does not need it.

## Terms: one word for one thing. Messages use these instead of writing the
## word themselves, so a letter never says "uitkering" in one place and
## "bijstand" in another. Each language defines the same terms.
# The monthly money from the municipality under the Participatiewet.
# $cap: yes at the start of a sentence.
-bijstand = { $cap ->
    [yes] Bijstand
   *[no] bijstand
}
# Money from the Belastingdienst towards the health insurance or the rent.
-zorgtoeslag = zorgtoeslag
-huurtoeslag = huurtoeslag
-budgetcoach = budgetcoach
-inburgering = inburgering
# The integration plan the municipality decides on (Wet inburgering 2021).
-pip = persoonlijk plan inburgering en participatie (PIP)
-brede-intake = brede intake

## Amounts. $amount is already formatted with Dutch separators.
money = € { $amount }

## Letterhead, reference fields and footer
logo-alt = Logo van { $municipality }
label-date = Datum
label-reference = Ons kenmerk
# Above the date of the resident's application or letter that this letter answers.
label-your-application = Uw aanvraag van
label-your-letter = Uw brief van
label-enclosures = Bijlage(n)
label-contact = Contact
label-phone = Telefoon
label-postal-address = Postadres
label-visiting-address = Bezoekadres
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
binding-notice-translation = Dit is een vertaling van een brief in het Nederlands. Alleen de Nederlandse tekst is officieel. Als u de Nederlandse brief wilt hebben, vraag het ons dan.
binding-notice-bilingual = In deze brief staat de tekst in twee talen. Alleen de Nederlandse tekst is officieel.

## Roles of staff members
role-werkconsulent = Werkconsulent
role-klantmanager = Klantmanager
role-consulent-inburgering = Consulent inburgering
role-schuldhulpverlener = Schuldhulpverlener

## Who does something: the resident or a partner in the chain.
## partner-municipality is the sender itself: "Wij (gemeente)".
partner-resident = U
    .label = De inwoner zelf
partner-municipality = Wij (gemeente)
    .label = Gemeente
partner-coa = COA
partner-vluchtelingenwerk = VluchtelingenWerk
partner-language-school = Taalschool
partner-budget-coach = Budgetcoach
partner-employer = Werkgever
partner-gp = Huisarts
partner-school = School
partner-housing-association = Woningcorporatie
partner-ggd = GGD (gezondheidsdienst)
partner-ggz = GGZ (hulp bij psychische problemen)
partner-jgz = Jeugdgezondheidszorg
partner-uwv = UWV
partner-duo = DUO
partner-svb = SVB
partner-belastingdienst = Belastingdienst

## Languages an interpreter can speak ("een tolk Tigrinya").
language-ar = Arabisch
language-ti = Tigrinya
language-am = Amhaars
language-uk = Oekraïens
language-ru = Russisch
language-fa = Perzisch (Farsi)
language-prs = Dari
language-ps = Pasjtoe
language-so = Somalisch
language-tr = Turks
language-ku = Koerdisch
language-en = Engels
language-fr = Frans

## Table columns
col-what = Wat
col-who = Wie
col-when = Wanneer klaar
no-deadline = Geen datum

## Tasks that can be agreed (afsprakenbrief, plan van aanpak). Under the
## Wet inburgering 2021 the municipality chooses the learning route and the
## language school after the brede intake and the learnability test.
action-brede-intake = Gesprekken voor de { -brede-intake }: over uw opleiding, werk, gezondheid en wat u nodig heeft
    .label = Brede intake
action-learnability-test = De leerbaarheidstoets maken. Die toets laat zien hoe snel u een nieuwe taal leert
    .label = Leerbaarheidstoets maken
action-pip = Uw { -pip } maken en vastleggen
    .label = PIP maken en vastleggen
action-start-language-route = Beginnen met de taallessen bij de taalschool die wij voor u kiezen
    .label = Beginnen met de taallessen (taalschool gekozen door de gemeente)
action-knm = Lessen Kennis van de Nederlandse Maatschappij (KNM) volgen
    .label = Lessen Kennis van de Nederlandse Maatschappij (KNM)
action-pvt = Het participatieverklaringstraject (PVT) volgen: lessen over de regels en waarden in Nederland
    .label = Participatieverklaringstraject (PVT)
action-map = De Module Arbeidsmarkt en Participatie (MAP) volgen: hoe vindt u werk in Nederland
    .label = Module Arbeidsmarkt en Participatie (MAP)
action-diploma-evaluation = Uw diploma's laten waarderen: wat is uw diploma waard in Nederland
    .label = Diploma's laten waarderen
action-open-bank-account = Een bankrekening openen
    .label = Bankrekening openen
action-apply-digid = DigiD aanvragen
action-health-insurance = Een zorgverzekering afsluiten
    .label = Zorgverzekering afsluiten
action-apply-allowances = De { -zorgtoeslag } en de { -huurtoeslag } aanvragen (geld van de Belastingdienst voor uw zorgverzekering en uw huur)
    .label = Zorgtoeslag en huurtoeslag aanvragen
action-child-benefit = Kinderbijslag en kindgebonden budget aanvragen
action-register-gp = Inschrijven bij een huisarts
action-register-school = De kinderen inschrijven op school
    .label = Kinderen inschrijven op school
action-isk = Inschrijven bij een internationale schakelklas (ISK): een klas om Nederlands te leren
    .label = Inschrijven bij een internationale schakelklas (ISK)
action-sign-rental-contract = Het huurcontract tekenen
    .label = Huurcontract tekenen
action-connect-energy = Gas, stroom en water aanvragen
action-furnishing-loan = Een lening aanvragen om uw huis in te richten
    .label = Lening voor de inrichting aanvragen
action-insurance = Een inboedelverzekering en een aansprakelijkheidsverzekering afsluiten
    .label = Inboedel- en aansprakelijkheidsverzekering afsluiten
action-tax-waiver = Vragen of u geen gemeentebelasting hoeft te betalen (kwijtschelding)
    .label = Kwijtschelding gemeentebelasting aanvragen
action-budget-coach-intake = Eerste gesprek met de { -budgetcoach }
    .label = Eerste gesprek met de budgetcoach
action-debt-help = Hulp bij schulden
action-direct-payment-fixed-costs = Huur, energie en zorgverzekering direct betalen van uw { -bijstand }
    .label = Huur, energie en zorgverzekering direct betalen van de bijstand
action-hand-in-documents = Papieren inleveren bij de gemeente
action-register-uwv = Inschrijven als werkzoekende bij het UWV (werk.nl)
    .label = Inschrijven als werkzoekende bij het UWV
action-look-for-work = Werk zoeken en solliciteren
action-volunteer-work = Vrijwilligerswerk zoeken
action-work-placement = Beginnen op een werkplek om werkervaring op te doen
    .label = Beginnen op een werkplek (werkervaring)
action-childcare = Kinderopvang regelen
action-family-reunification = Uw gezin naar Nederland laten komen (gezinshereniging)
    .label = Gezinshereniging
action-follow-up-conversation = Een vervolggesprek houden
    .label = Vervolggesprek houden
# After free text staff typed in Dutch, in a letter in another language:
# tells the resident that this text is in Dutch (the language of the edition).
free-text-in-dutch = (in het Nederlands)
