### Beschikking bijstand: decision granting social assistance (Participatiewet).

beschikking-subject = Besluit over uw bijstand
# $date: when the resident applied.
beschikking-intro-applied = U heeft op { $date } bijstand aangevraagd. In deze brief leest u ons besluit.
beschikking-intro = In deze brief leest u ons besluit over uw bijstand.

## The decision
beschikking-heading-decision = Ons besluit: u krijgt bijstand
beschikking-start = U krijgt bijstand vanaf { $date }.
beschikking-period = U krijgt bijstand van { $start } tot en met { $end }.
beschikking-household-single = Dit is bijstand voor een alleenstaande.
beschikking-household-single-parent = Dit is bijstand voor een alleenstaande ouder.
beschikking-household-couple = Dit is bijstand voor u en uw partner samen (gehuwden of samenwonenden).
# $amount is formatted money, e.g. € 1.958,34.
beschikking-amount = Uw bijstand is { $amount } per maand. Dit is het bedrag na belasting (netto).

## Money per month: fixed costs paid directly, and what the resident keeps
beschikking-heading-money = Uw geld per maand
beschikking-fixed-costs-intro = Een deel van uw bijstand betalen wij elke maand direct aan uw vaste lasten. Zo weet u zeker dat deze rekeningen op tijd betaald zijn. Het geld dat overblijft, krijgt u zelf op uw bankrekening.
beschikking-no-fixed-costs = U krijgt het hele bedrag elke maand zelf op uw bankrekening.
beschikking-col-payee = Betaald aan
beschikking-col-amount = Per maand
beschikking-row-benefit = Uw bijstand (netto)
beschikking-row-we-pay = Dit betalen wij voor u:
beschikking-cost-rent = Huur
beschikking-cost-energy = Energie (gas en stroom)
beschikking-cost-health-insurance = Zorgverzekering
beschikking-cost-water = Water
beschikking-cost-municipal-taxes = Gemeentelijke belastingen
beschikking-row-costs-total = Totaal vaste lasten
beschikking-row-own = Dit krijgt u zelf
beschikking-own-amount = U krijgt dus elke maand { $amount } op uw bankrekening. Daarvan betaalt u zelf uw boodschappen, kleding en andere kosten.

## Budget coach. $name, $organisation and $phone are printed as typed.
beschikking-heading-coach = Uw budgetcoach
beschikking-coach = U krijgt hulp van een budgetcoach. De budgetcoach helpt u om goed met uw geld om te gaan. Uw budgetcoach is { $name } van { $organisation }. Telefoon: { $phone }.

## Duties
beschikking-heading-obligations = Waar moet u zich aan houden?
beschikking-obligations-intro = Als u bijstand krijgt, moet u zich aan deze regels houden:
beschikking-obligation-report-changes = Vertel ons meteen als er iets verandert. Bijvoorbeeld: u gaat werken, u gaat verhuizen of er komt iemand bij u wonen.
beschikking-obligation-look-for-work = Zoek werk. Schrijf u in als werkzoekende op werk.nl en solliciteer.
beschikking-obligation-accept-suitable-work = Krijgt u werk aangeboden? Dan moet u dat werk aannemen. Ook als het ander werk is dan u gewend bent.
beschikking-obligation-language-duty = Leer Nederlands. Ga naar de taallessen die wij met u afspreken.
beschikking-obligation-cooperate-budget-coach = Werk mee met uw budgetcoach. Ga naar de afspraken en laat uw brieven over geld zien.
beschikking-obligation-keep-appointments = Kom naar uw afspraken met de gemeente. Kunt u niet komen? Bel ons dan op tijd.
beschikking-obligation-report-travel-abroad = Gaat u naar het buitenland? Vertel het ons vooraf. Met bijstand mag u maximaal 4 weken per jaar in het buitenland zijn.
beschikking-obligations-consequence = Houdt u zich niet aan deze regels? Dan kunnen wij uw bijstand verlagen of stoppen. Soms moet u dan geld terugbetalen.
beschikking-legal-basis = Wij hebben dit besluit genomen op basis van de Participatiewet. In die wet staan ook de regels hierboven.

## Objection
beschikking-heading-objection = Bent u het niet eens met dit besluit?
# $weeks: the objection period (6); $date: its last day, with weekday.
beschikking-objection = Dan kunt u bezwaar maken. Dat moet binnen { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weken
} na de datum van deze brief. Uw bezwaar moet uiterlijk op { $date } bij ons zijn.
# $reference: our reference of this letter.
beschikking-objection-how = Schrijf in uw bezwaar: uw naam en adres, de datum, het kenmerk van deze brief ({ $reference }) en waarom u het niet eens bent. Zet uw handtekening eronder. Stuur uw bezwaar naar:
beschikking-objection-to = Het college van burgemeester en wethouders
beschikking-objection-call = Wilt u eerst met ons praten? Bel dan { $name }: { $phone }. Misschien kunnen we het samen oplossen.
