### Informatieverzoek: request for documents after an application or during
### bijstand, with a deadline (hersteltermijn). Not a decision.

informatieverzoek-subject = Wij hebben papieren van u nodig
# $date: the day the resident applied; $reference: our reference of the application.
informatieverzoek-intro-application = U heeft op { $date } bijstand aangevraagd (kenmerk { $reference }). Wij hebben nog papieren van u nodig. Zonder deze papieren kunnen wij niet beslissen over uw aanvraag.
    .label = Na een aanvraag
informatieverzoek-intro-assistance = U krijgt bijstand van ons. Wij controleren of uw bijstand nog klopt. Daarvoor hebben wij papieren van u nodig.
    .label = Tijdens de bijstand
# $date: the last day of the period, with weekday (computed by law).
informatieverzoek-deadline = Stuur ons de papieren uiterlijk op { $date }.

## The documents. Each has a code from this catalogue; "other" is typed by staff.
informatieverzoek-heading-documents = Welke papieren hebben wij nodig?
informatieverzoek-label-person = Van wie:
informatieverzoek-label-period = Periode:
informatieverzoek-label-why = Waarom:
informatieverzoek-person-you = uzelf
# $from and $to are dates.
informatieverzoek-period = { $from } tot en met { $to }
informatieverzoek-doc-bank-statements = Bankafschriften van alle bankrekeningen
    .label = Bankafschriften
informatieverzoek-why-bank-statements = Zo zien wij welk geld er binnenkomt en uitgaat.
informatieverzoek-doc-id-document = Een kopie van het paspoort, de identiteitskaart of het verblijfsdocument
    .label = Identiteitsbewijs
informatieverzoek-why-id-document = Wij moeten zeker weten wie u bent. Dat staat in de wet.
informatieverzoek-doc-residence-permit = Een kopie van de verblijfsvergunning (voorkant en achterkant)
    .label = Verblijfsvergunning
informatieverzoek-why-residence-permit = Zo weten wij dat u in Nederland mag wonen.
informatieverzoek-doc-rental-contract = Het huurcontract
    .label = Huurcontract
informatieverzoek-why-rental-contract = Zo weten wij waar u woont, met wie en hoeveel huur u betaalt.
informatieverzoek-doc-payslips = Loonstroken
informatieverzoek-why-payslips = Zo weten wij hoeveel er verdiend is. Dat geld telt mee voor de bijstand.
informatieverzoek-doc-benefit-letters = Brieven over andere uitkeringen of toeslagen
informatieverzoek-why-benefit-letters = Zo weten wij welk ander inkomen er is.
informatieverzoek-doc-health-insurance-policy = De zorgpolis (het bewijs van de zorgverzekering)
    .label = Zorgpolis
informatieverzoek-why-health-insurance-policy = Zo weten wij dat u verzekerd bent en hoeveel u daarvoor betaalt.
informatieverzoek-doc-savings-and-property = Bewijs van spaargeld, een auto of ander bezit, ook in het buitenland
    .label = Spaargeld, auto of ander bezit
informatieverzoek-why-savings-and-property = Zo weten wij hoeveel bezit er is. Bezit kan meetellen voor de bijstand.
informatieverzoek-doc-marriage-certificate = Een bewijs van het huwelijk (huwelijksakte)
    .label = Huwelijksakte
informatieverzoek-why-marriage-certificate = Zo weten wij wie bij uw gezin hoort. Dat bepaalt hoeveel bijstand u krijgt.
informatieverzoek-doc-debt-letters = Brieven over schulden of rekeningen die nog betaald moeten worden
    .label = Brieven over schulden
informatieverzoek-why-debt-letters = Zo zien wij of u hulp nodig heeft bij schulden.
informatieverzoek-doc-other = Ander papier
    .label = Ander papier (toelichting invullen)
informatieverzoek-copies = Stuur kopieën of duidelijke foto's. Houd de echte papieren zelf.

## How to send them
informatieverzoek-heading-how = Hoe stuurt u de papieren?
# $url: the upload address, printed as typed.
informatieverzoek-how-upload = Via internet: ga naar { $url } en log in met DigiD.
    .label = Uploaden via internet
informatieverzoek-how-post = Met de post, naar:
    .label = Met de post
# $desk: where and when, printed as typed.
informatieverzoek-how-desk = Aan de balie: { $desk }.
    .label = Aan de balie
# $reference: our reference of this letter.
informatieverzoek-how-reference = Zet ons kenmerk { $reference } en uw naam op alles wat u stuurt.

## If nothing arrives
informatieverzoek-heading-consequence = Wat gebeurt er als wij de papieren niet krijgen?
informatieverzoek-consequence-application = Dan kunnen wij niet beslissen of u bijstand krijgt. Wij kunnen dan besluiten om uw aanvraag niet te behandelen. U krijgt dan geen bijstand op deze aanvraag. Daarover krijgt u een brief met een besluit. U kunt daarna wel opnieuw bijstand aanvragen.
informatieverzoek-consequence-assistance = Dan kunnen wij niet controleren of uw bijstand klopt. Wij kunnen dan stoppen met betalen tot wij de papieren hebben. Daarover krijgt u eerst een brief. Stuurt u de papieren daarna nog steeds niet? Dan kan uw bijstand helemaal stoppen. Soms moet u dan ook bijstand terugbetalen.
# $date: the last day of the period, with weekday.
informatieverzoek-more-time = Lukt het niet om alles op tijd te sturen? Of heeft u een papier niet? Bel ons dan vóór { $date }. Dan zoeken wij samen een oplossing. Soms kunt u meer tijd krijgen.

## Who can help
informatieverzoek-heading-help = Wie kan u helpen?
# $name and $phone: the staff member, printed as typed.
informatieverzoek-help-staff = Heeft u vragen over deze brief? Bel { $name }: { $phone }.
informatieverzoek-help-vluchtelingenwerk = VluchtelingenWerk kan u helpen om de papieren te verzamelen.
    .label = VluchtelingenWerk
informatieverzoek-help-budget-coach = Uw budgetcoach kan u helpen om bankafschriften en brieven te vinden.
    .label = Budgetcoach
informatieverzoek-help-social-counsellor = Sociaal raadslieden helpen u gratis met brieven van de gemeente.
    .label = Sociaal raadslieden
informatieverzoek-help-library = In de bibliotheek helpen ze u gratis met DigiD en met het versturen van papieren via internet.
    .label = Bibliotheek (hulp bij DigiD)

informatieverzoek-not-a-decision = Deze brief is geen besluit. U kunt daarom geen bezwaar maken tegen deze brief.
