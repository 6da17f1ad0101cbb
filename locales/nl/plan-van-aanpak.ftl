### Plan van aanpak: the one plan for a status holder, made together with the
### resident and the chain partners (COA, VluchtelingenWerk, language school,
### budget coach, municipality). Per life domain: what has to happen, who does
### it and by when; whom to call; how much guidance; when the plan is reviewed.

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

## How much guidance: tailored support, intensive or light.
plan-van-aanpak-heading-support = Zo helpen wij u
plan-van-aanpak-support-intensive = U krijgt veel begeleiding. Wij en de andere organisaties helpen u stap voor stap. We leggen alles uit. Als het nodig is, gaan we met u mee. Bijvoorbeeld naar de bank of de huisarts.
plan-van-aanpak-support-light = U krijgt de informatie die u nodig heeft. Daarna regelt u de meeste dingen zelf. Lukt iets niet? Vraag ons dan om hulp.
# Refers to the column "Wie" (col-who) and the value "U" (partner-resident).
plan-van-aanpak-how-to-read = Hieronder staat per onderwerp wat er moet gebeuren, wie het doet en wanneer het klaar moet zijn. Staat er „U” in de kolom Wie? Dan doet u het zelf.

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
plan-van-aanpak-contacts-intro = Heeft u een vraag over een deel van het plan? Bel dan de organisatie die het doet.
plan-van-aanpak-col-organisation = Organisatie
plan-van-aanpak-col-name = Naam

## Review
plan-van-aanpak-heading-review = Wanneer praten we weer over het plan?
# $date includes the weekday.
plan-van-aanpak-review = Op { $date } bespreken we het plan opnieuw met u. We kijken wat goed gaat en wat nog nodig is. Als het nodig is, passen we het plan aan. U krijgt hiervoor nog een uitnodiging.
# $name: the staff member who sends the letter.
plan-van-aanpak-check = Klopt er iets niet in dit plan? Of verandert er iets in uw leven? Bel dan { $name }: { $phone }.
