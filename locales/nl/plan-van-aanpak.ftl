### Plan van aanpak: the one plan for a status holder, made together with the
### resident and the chain partners (COA, VluchtelingenWerk, language school,
### budget coach, municipality). Per life domain: what has to happen, who does
### it and by when; whom to call; how much guidance; when the plan is reviewed.
### It is not a decision; the integration plan (PIP) under the Wet inburgering
### 2021 is, and this plan says how the two relate.
### Messages that address the resident receive $form.

plan-van-aanpak-subject = Uw plan van aanpak

# $date: the day the plan was made with the resident.
plan-van-aanpak-intro = Op { $date } hebben we samen met u een plan gemaakt. Het doel: u kunt zo snel mogelijk zelf uw leven in Nederland regelen. In deze brief staat het hele plan.
plan-van-aanpak-participants = Deze organisaties hebben ook meegedacht:
plan-van-aanpak-one-plan = We werken samen. Daarom krijgt u één plan van ons allemaal, en niet van elke organisatie een eigen plan.

## Household. plan-van-aanpak-household gets the two messages below as
## $adults and $children, already written out.
plan-van-aanpak-household = Dit plan is voor uw hele huishouden: { $adults } en { $children }.
# $count: number of adults (1 or more).
plan-van-aanpak-adults = { $count ->
    [one] { $count } volwassene
   *[other] { $count } volwassenen
}
# $count: number of children (0 or more).
plan-van-aanpak-children = { $count ->
    [0] geen kinderen
    [one] { $count } kind
   *[other] { $count } kinderen
}

## This plan and the PIP (persoonlijk plan inburgering en participatie).
plan-van-aanpak-heading-pip = Dit plan en uw inburgering
plan-van-aanpak-not-a-decision = Dit plan van aanpak is geen besluit.
# $date: the day the municipality decided on the PIP.
plan-van-aanpak-pip-set = Voor uw { -inburgering } heeft u ook een { -pip }. Daarover hebben wij op { $date } een besluit genomen. Dit plan hoort bij uw PIP, maar vervangt het niet. Uw plichten voor de { -inburgering } staan in het PIP.
    .label = Besluit genomen
plan-van-aanpak-pip-planned = Voor uw { -inburgering } maken we nog een { -pip }. Dat doen we na de { -brede-intake } en de leerbaarheidstoets. Over het PIP krijgt u een besluit. Als u het daar niet mee eens bent, kunt u bezwaar maken. Dan vraagt u ons om opnieuw naar het besluit te kijken. Daarna passen we dit plan aan.
    .label = Nog te maken
# The learning route the municipality chose in the PIP.
plan-van-aanpak-route-b1 = Uw leerroute is de B1-route. U leert Nederlands tot niveau B1 en u doet daarnaast mee in de samenleving, bijvoorbeeld met werk.
    .label = B1-route
plan-van-aanpak-route-education = Uw leerroute is de onderwijsroute. U leert Nederlands om daarna een opleiding in het Nederlands te volgen.
    .label = Onderwijsroute
plan-van-aanpak-route-z = Uw leerroute is de Z-route (zelfredzaamheidsroute). U leert Nederlands op uw eigen niveau en u doet mee in de samenleving.
    .label = Z-route (zelfredzaamheidsroute)

## How much guidance: tailored support, intensive or light.
plan-van-aanpak-heading-support = Zo helpen wij u
plan-van-aanpak-support-intensive = U krijgt veel begeleiding. Wij en de andere organisaties helpen u stap voor stap. We leggen alles uit. Als het nodig is, gaan we met u mee. Bijvoorbeeld naar de bank of de huisarts.
    .label = Intensief
plan-van-aanpak-support-light = U krijgt de informatie die u nodig heeft. Daarna regelt u de meeste dingen zelf. Als iets niet lukt, vraag ons dan om hulp.
    .label = Licht
# Refers to the column "Wie" (col-who) and the value "U" (partner-resident).
plan-van-aanpak-how-to-read = Hieronder ziet u per onderwerp een tabel: wat er gebeurt, wie het doet en wanneer het klaar is. Als er „U” staat in de kolom Wie, dan doet u het zelf.

## Life domains: headings, the staff's note, and a domain without tasks.
plan-van-aanpak-domain-housing = Wonen
plan-van-aanpak-domain-income = Geld en inkomen
plan-van-aanpak-domain-language = Taal en inburgering
plan-van-aanpak-domain-work = Werk
plan-van-aanpak-domain-health = Gezondheid
plan-van-aanpak-domain-children = Kinderen en school
# Followed by a note typed by staff (not translated).
plan-van-aanpak-situation = Uw situatie:
plan-van-aanpak-no-actions = Hiervoor hoeft nu niemand iets te doen.

## Contacts
plan-van-aanpak-heading-contacts = Wie kunt u bellen?
plan-van-aanpak-contacts-intro = Als u een vraag heeft over een deel van het plan, bel dan de organisatie die het doet.
plan-van-aanpak-col-organisation = Organisatie
plan-van-aanpak-col-name = Naam

## Sharing data between the partners (AVG)
plan-van-aanpak-heading-privacy = Uw gegevens
# $date: the day the resident consented. A list of organisations follows.
plan-van-aanpak-consent = Op { $date } heeft u ons toestemming gegeven om gegevens over u te delen met:
# $name, $phone: the staff member who sends the letter.
plan-van-aanpak-consent-scope = Wij delen alleen de gegevens die deze organisaties nodig hebben voor dit plan. U mag uw toestemming altijd intrekken. Bel daarvoor { $name } op { $phone }.
plan-van-aanpak-no-consent = Wij delen alleen gegevens over u met de organisaties in dit plan als u daarvoor toestemming geeft, of als de wet dat regelt.

## Review
plan-van-aanpak-heading-review = Wanneer praten we weer over het plan?
# $date includes the weekday.
plan-van-aanpak-review = Op { $date } bespreken we het plan opnieuw met u. We kijken wat goed gaat en wat nog nodig is. Als het nodig is, passen we het plan aan. U krijgt hiervoor nog een uitnodiging.
# $name: the staff member who sends the letter.
plan-van-aanpak-check = Als er iets niet klopt in dit plan, of als er iets verandert in uw leven, bel dan { $name } op { $phone }.
