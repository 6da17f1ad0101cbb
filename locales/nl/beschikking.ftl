### Beschikking bijstand: the decision on social assistance (Participatiewet),
### granted, partly granted or refused. docs/legal/beschikking.md says which
### article each part rests on.
###
### One word for one thing: the terms below are used everywhere in this file,
### so a change of word is made once. Translations define the same terms.
###
### Every message here receives $form (mr, ms or neutral: the resident's form
### of address). Dutch does not need it; languages where "you" has a
### grammatical gender (Arabic) select on it. Messages that say so carry the
### attribute `.form = { $form }`, which declares the variable and is never
### printed.

-vakantiegeld = vakantiegeld
-toeslag = toeslag
-college = { $cap ->
    [yes] Het college van burgemeester en wethouders
   *[no] het college van burgemeester en wethouders
}
-bezwaar = bezwaar
-kenmerk = kenmerk
-voorschot = voorschot
-participatiewet = Participatiewet

beschikking-subject = Besluit over uw { -bijstand }

## Introduction. $date: when the resident applied.
beschikking-intro = U heeft op { $date } { -bijstand } aangevraagd. { -bijstand(cap: "yes") } is geld van de gemeente voor mensen die niet genoeg geld hebben om van te leven. In deze brief leest u ons besluit.
    .form = { $form }

## The decision. $municipality: the municipality's name; $date, $start,
## $end: dates written out; $partner: the partner's name, printed as typed.
beschikking-heading-decision = Ons besluit
beschikking-decision-granted = { -college(cap: "yes") } van { $municipality } heeft besloten: u krijgt { -bijstand } vanaf { $date }.
    .form = { $form }
    .label = Toegekend
beschikking-decision-granted-period = { -college(cap: "yes") } van { $municipality } heeft besloten: u krijgt { -bijstand } van { $start } tot en met { $end }.
    .form = { $form }
beschikking-decision-partly-granted = { -college(cap: "yes") } van { $municipality } heeft besloten: u krijgt { -bijstand } vanaf { $date }. Maar u krijgt niet alles wat u heeft gevraagd. Waarom niet, leest u hieronder.
    .form = { $form }
    .label = Gedeeltelijk toegekend
beschikking-decision-partly-granted-period = { -college(cap: "yes") } van { $municipality } heeft besloten: u krijgt { -bijstand } van { $start } tot en met { $end }. Maar u krijgt niet alles wat u heeft gevraagd. Waarom niet, leest u hieronder.
    .form = { $form }
beschikking-decision-refused = { -college(cap: "yes") } van { $municipality } heeft besloten: u krijgt geen { -bijstand }. Waarom niet, leest u hieronder.
    .form = { $form }
    .label = Afgewezen
beschikking-college-explained = Het college is het bestuur van de gemeente.
beschikking-couple = Dit besluit is voor u en uw partner { $partner } samen. U krijgt de { -bijstand } samen, en u moet zich allebei aan de regels in deze brief houden.
    .form = { $form }

## Reasons (Awb art. 3:46). The granted text, then one message per reason code.
## $requested and $start: dates written out.
beschikking-heading-reasons = Waarom hebben wij zo besloten?
beschikking-reasons-granted = U woont in Nederland en u mag hier wonen. U heeft niet genoeg geld of bezit om van te leven. Daarom heeft u recht op { -bijstand }.
    .form = { $form }
beschikking-reasons-intro-partly-granted = Maar u krijgt niet alles wat u heeft gevraagd. Dat komt hierdoor:
    .form = { $form }
beschikking-reasons-intro-refused = U krijgt geen { -bijstand }. Dat komt hierdoor:
    .form = { $form }
beschikking-reason-start-date = U vroeg { -bijstand } vanaf { $requested }. U krijgt { -bijstand } vanaf { $start }. Dat is de dag waarop u zich bij ons meldde voor { -bijstand }. Eerder kan niet.
    .form = { $form }
    .label = Later begin dan gevraagd (art. 44)
beschikking-reason-income-too-high = Uw inkomen is even hoog als of hoger dan de { -bijstand } voor uw situatie. Dan heeft u geen recht op { -bijstand }.
    .form = { $form }
    .label = Inkomen te hoog (art. 19, 31, 32)
beschikking-reason-assets-too-high = U heeft meer geld of bezit (vermogen) dan mag als u { -bijstand } krijgt.
    .form = { $form }
    .label = Vermogen te hoog (art. 34)
beschikking-reason-cost-sharers = U woont met andere volwassenen in één huis. U kunt de kosten van het huis samen delen. Daarom krijgt u minder { -bijstand }.
    .form = { $form }
    .label = Kostendelersnorm (art. 22a)
beschikking-reason-missing-information = U heeft ons niet alle informatie en papieren gegeven die wij nodig hadden. Daardoor weten wij niet of u recht heeft op { -bijstand }.
    .form = { $form }
    .label = Informatie ontbreekt (art. 11, 17)
beschikking-reason-no-right-of-residence = U heeft geen verblijfsvergunning waarmee u { -bijstand } kunt krijgen.
    .form = { $form }
    .label = Geen verblijfsrecht voor bijstand (art. 11)
beschikking-reason-other = Een andere reden:
    .form = { $form }
    .label = Andere reden (toelichting verplicht)

## Household and norm. $count: other adults in the home who share the costs.
beschikking-heading-money = Hoeveel { -bijstand } krijgt u?
beschikking-household-single = U krijgt { -bijstand } voor iemand zonder partner (alleenstaande).
    .form = { $form }
    .label = Alleenstaande (zonder partner)
beschikking-household-single-parent = U krijgt { -bijstand } voor een ouder zonder partner die voor een kind zorgt (alleenstaande ouder).
    .form = { $form }
    .label = Alleenstaande ouder
beschikking-household-couple = U krijgt { -bijstand } voor twee partners samen: u bent getrouwd of u woont samen.
    .form = { $form }
    .label = Gehuwden of samenwonenden
beschikking-cost-sharers = Er { $count ->
    [one] woont nog 1 andere volwassene
   *[other] wonen nog { $count } andere volwassenen
} in uw huis. U kunt de kosten van het huis samen delen. Daarom is uw { -bijstand } lager. Dat heet de kostendelersnorm.
    .form = { $form }
beschikking-calculation-intro = Zo rekenen wij uw { -bijstand } per maand uit:
    .form = { $form }

## The calculation table. $whose: resident or partner.
beschikking-col-payee = Betaald aan
beschikking-col-amount = Per maand
beschikking-col-sum = Bedrag
beschikking-row-norm-single = { -bijstand(cap: "yes") } voor iemand zonder partner
beschikking-row-norm-single-parent = { -bijstand(cap: "yes") } voor een ouder zonder partner
beschikking-row-norm-couple = { -bijstand(cap: "yes") } voor twee partners
beschikking-row-holiday = Min: { -vakantiegeld } dat wij voor u sparen
beschikking-row-income-wages = Min: { $whose ->
    [partner] loon van uw partner
   *[resident] uw loon
}
    .label = Loon
beschikking-row-income-benefit = Min: { $whose ->
    [partner] andere uitkering van uw partner
   *[resident] uw andere uitkering
}
    .label = Andere uitkering
beschikking-row-income-alimony = Min: { $whose ->
    [partner] alimentatie van uw partner
   *[resident] uw alimentatie
}
    .label = Alimentatie
beschikking-row-income-other = Min: { $whose ->
    [partner] ander inkomen van uw partner
   *[resident] uw andere inkomen
}
    .label = Ander inkomen
beschikking-row-assistance = Uw { -bijstand } per maand
beschikking-row-we-pay = Min: rekeningen die wij voor u betalen
beschikking-row-own = Dit krijgt u zelf op uw bankrekening
beschikking-payee-reference = Nummer: { $reference }
beschikking-cost-rent = Huur
beschikking-cost-energy = Energie (gas en stroom)
beschikking-cost-health-insurance = Zorgverzekering
beschikking-cost-water = Water
beschikking-cost-municipal-taxes = Gemeentelijke belastingen

## Payment. $amount: money; $day: day of the month (1-28); $date: a date.
beschikking-own-amount = U krijgt dus elke maand { $amount } op uw bankrekening. Daarvan betaalt u zelf uw boodschappen, kleding en andere kosten.
    .form = { $form }
beschikking-payment-day = Wij betalen uw { -bijstand } elke maand uiterlijk op de { $day }e.
    .form = { $form }
beschikking-holiday = Elke maand sparen wij { $amount } voor u: uw { -vakantiegeld }. Dat krijgt u in één keer, uiterlijk op { $date }.
    .form = { $form }
beschikking-allowances = Een { -toeslag } is geld van de Belastingdienst, zoals huurtoeslag en zorgtoeslag. Een { -toeslag } houdt u zelf. Die telt niet mee voor uw { -bijstand }.
    .form = { $form }

## The first payment and the advance. $amount: money; $from, $to, $date: dates.
beschikking-heading-first-payment = Uw eerste betaling
beschikking-advance = U kreeg al een { -voorschot } van { $amount }. Een { -voorschot } is geld dat u krijgt zolang wij nog geen besluit hebben genomen. Wij halen het { -voorschot } van uw eerste betaling af.
    .form = { $form }
beschikking-first-payment-intro = Zo ziet uw eerste betaling eruit:
    .form = { $form }
beschikking-row-first-period = { -bijstand(cap: "yes") } van { $from } tot en met { $to }
beschikking-row-first-costs = Min: rekeningen die wij voor u betalen
beschikking-row-first-advance = Min: { -voorschot } dat u al kreeg
beschikking-row-first-own = U krijgt op { $date }
beschikking-advance-refused = U kreeg een { -voorschot } van { $amount }. Een { -voorschot } is geld dat u krijgt zolang wij nog geen besluit hebben genomen. Omdat u geen { -bijstand } krijgt, moet u het { -voorschot } terugbetalen. Daarover krijgt u een aparte brief.
    .form = { $form }

## Bills the municipality pays directly from the assistance.
## $date: a date written out; $until: the last day, written out.
beschikking-heading-fixed-costs = Rekeningen die wij voor u betalen
beschikking-fixed-costs-intro = Elke maand betalen wij een deel van uw { -bijstand } meteen door, bijvoorbeeld voor uw huur en energie. Zo zijn die rekeningen altijd op tijd betaald.
    .form = { $form }
beschikking-basis-art-56a = Dit moeten wij doen, omdat u moet inburgeren en een verblijfsvergunning asiel heeft. Wij doen dit tot en met { $until }. Daarna betaalt u deze rekeningen weer zelf. U geeft ons daarvoor een machtiging: een formulier waarmee u ons toestemming geeft om te betalen.
    .form = { $form }
    .label = Artikel 56a: verplicht ontzorgen (inburgeringsplichtige statushouder)
beschikking-basis-art-57 = Wij doen dit, omdat u deze rekeningen nu nog niet goed zelf kunt betalen. Wij doen dit tot en met { $until }. Daarna kijken wij samen met u of u de rekeningen weer zelf kunt betalen. De reden:
    .form = { $form }
    .label = Artikel 57: betalen in natura (reden verplicht)
beschikking-basis-consent = U heeft ons op { $date } gevraagd om deze rekeningen voor u te betalen. Wij doen dit tot en met { $until }. Als u dit niet meer wilt, zeg het ons. Dan stoppen wij ermee.
    .form = { $form }
    .label = Vrijwillig budgetbeheer met toestemming
beschikking-settlements-resident = Wij betalen alleen de bedragen in de tabel. Als u een andere rekening krijgt, bijvoorbeeld de jaarafrekening van uw energie, betaalt u die zelf. Als uw huur of premie verandert, vertel het ons. Dan passen wij het bedrag aan.
    .form = { $form }
    .label = De inwoner zelf
beschikking-settlements-municipality = Als u een andere rekening krijgt voor deze kosten, bijvoorbeeld de jaarafrekening van uw energie, stuur die dan naar ons. Wij betalen die ook van uw { -bijstand }. Als uw huur of premie verandert, vertel het ons. Dan passen wij het bedrag aan.
    .form = { $form }
    .label = De gemeente, van de bijstand

## Budget coach. $name, $organisation and $phone are printed as typed.
beschikking-heading-coach = Uw { -budgetcoach }
beschikking-coach = U krijgt hulp van een { -budgetcoach }. De { -budgetcoach } helpt u om goed met uw geld om te gaan. Uw { -budgetcoach } is { $name } van { $organisation }. Telefoon: { $phone }.
    .form = { $form }

## Duties. The duty to report changes is in every letter that grants assistance.
beschikking-heading-obligations = Waar moet u zich aan houden?
beschikking-obligations-intro = Als u { -bijstand } krijgt, moet u zich aan deze regels houden:
    .form = { $form }
beschikking-obligation-report-changes = Vertel het ons meteen als er iets verandert, ook als wij er niet om vragen. Bijvoorbeeld: u gaat werken, u krijgt geld van iemand, u gaat verhuizen, er komt iemand bij u wonen of uw familie komt naar Nederland.
    .form = { $form }
    .label = Veranderingen meteen doorgeven (staat altijd in de brief)
beschikking-obligation-cooperate = Geef ons de informatie en papieren die wij vragen. Werk mee als wij iets willen controleren.
    .form = { $form }
    .label = Informatie geven en meewerken
beschikking-obligation-look-for-work = Zoek werk. Schrijf u in als werkzoekende op werk.nl en solliciteer.
    .form = { $form }
    .label = Werk zoeken
beschikking-obligation-accept-suitable-work = Als u werk aangeboden krijgt, moet u dat werk aannemen. Ook als het ander werk is dan u gewend bent.
    .form = { $form }
    .label = Passend werk aannemen
beschikking-obligation-language-duty = Leer Nederlands. Ga naar de taallessen uit uw inburgeringsplan of de lessen die wij met u afspreken.
    .form = { $form }
    .label = Nederlands leren (taaleis)
beschikking-obligation-cooperate-budget-coach = Werk mee met uw { -budgetcoach }. Ga naar de gesprekken en laat uw brieven over geld zien.
    .form = { $form }
    .label = Meewerken met de budgetcoach
beschikking-obligation-keep-appointments = Kom naar uw gesprekken met de gemeente. Als u niet kunt komen, bel ons dan vóór het gesprek.
    .form = { $form }
    .label = Naar gesprekken met de gemeente komen
beschikking-obligation-report-travel-abroad = Als u naar het buitenland gaat, vertel het ons dan vooraf. Met { -bijstand } mag u maximaal 4 weken per kalenderjaar in het buitenland zijn.
    .form = { $form }
    .label = Reizen naar het buitenland vooraf melden
beschikking-obligation-authorise-direct-payment = Teken de machtiging waarmee wij uw rekeningen kunnen betalen.
    .form = { $form }
    .label = Machtiging voor rechtstreeks betalen tekenen
beschikking-consequence-report = Als u een verandering niet of te laat doorgeeft, krijgt u misschien te veel { -bijstand }. Dan moet u dat geld terugbetalen, soms alles wat u te veel kreeg. U kunt dan ook een boete krijgen.
    .form = { $form }
beschikking-consequence-other = Als u zich niet aan de andere regels houdt, kunnen wij uw { -bijstand } een tijd verlagen.
    .form = { $form }

## The law this decision rests on (Awb art. 3:46, 3:47). One line per article;
## the article numbers stay as they are in every language.
beschikking-heading-law = Op welke wet is dit besluit gebaseerd?
beschikking-law-intro = Dit besluit is gebaseerd op de { -participatiewet }. Dat is de wet over { -bijstand }. Wij gebruiken deze artikelen:
beschikking-law-right = Artikel 11 en 19: wie recht heeft op { -bijstand }
beschikking-law-couple = Artikel 11, vierde lid: partners krijgen de { -bijstand } samen
beschikking-law-norm = Artikel 21: hoeveel { -bijstand } u krijgt (de norm)
beschikking-law-cost-sharers = Artikel 22a: minder { -bijstand } als u uw huis deelt (kostendelersnorm)
beschikking-law-income = Artikel 31 en 32: welk inkomen meetelt
beschikking-law-assets = Artikel 34: welk vermogen meetelt
beschikking-law-decision = Artikel 43, 44 en 45: het besluit, de begindatum en de betaling
beschikking-law-decision-refused = Artikel 43: het besluit op uw aanvraag
beschikking-law-advance = Artikel 52: het { -voorschot }
beschikking-law-basis-art-56a = Artikel 56a: rekeningen betalen voor mensen die moeten inburgeren
beschikking-law-basis-art-57 = Artikel 57: rekeningen betalen als u dat nog niet zelf kunt
beschikking-law-duties = Artikel 9, 17 en 18: uw plichten, en minder { -bijstand } als u zich niet aan de regels houdt
beschikking-law-language = Artikel 18b: Nederlands leren (taaleis)
beschikking-law-recovery = Artikel 18a en 58: een boete en geld terugbetalen
beschikking-law-information = Artikel 17: informatie geven die wij nodig hebben
beschikking-law-objection = Algemene wet bestuursrecht, artikel 6:4 tot en met 6:9: bezwaar maken

## Objection (Awb art. 3:45, 6:4-6:9, 6:16, 8:81). $date: the last day of the
## objection period, with weekday; $sent: the day this letter was sent.
beschikking-heading-objection = Bent u het niet eens met dit besluit?
beschikking-objection = Dan kunt u { -bezwaar } maken. Dat betekent: u vraagt { -college } om opnieuw naar dit besluit te kijken.
    .form = { $form }
beschikking-objection-deadline = U heeft daarvoor 6 weken. Die beginnen op de dag nadat wij deze brief verstuurden ({ $sent }). Wij moeten uw { -bezwaar } dus uiterlijk op { $date } hebben.
    .form = { $form }
beschikking-objection-post = Als u uw { -bezwaar } met de post stuurt, is het ook op tijd als u het uiterlijk op { $date } op de post doet en wij het binnen een week daarna krijgen.
    .form = { $form }
# $url: where to object online, printed as configured.
beschikking-objection-online = U kunt { -bezwaar } maken op internet: { $url }. Of stuur een brief naar:
    .form = { $form }
beschikking-objection-letter = Stuur een brief naar:
    .form = { $form }
beschikking-objection-to = { -college(cap: "yes") } van { $municipality }
beschikking-objection-what = Schrijf in uw { -bezwaar }:
    .form = { $form }
beschikking-objection-name = uw naam en adres
beschikking-objection-date = de datum
# $reference: our reference of this letter.
beschikking-objection-reference = het { -kenmerk } van deze brief: { $reference } (het nummer dat bovenaan deze brief staat)
beschikking-objection-why = waarom u het niet eens bent met dit besluit
beschikking-objection-signature = uw handtekening
beschikking-objection-copy = Stuur als het kan een kopie van deze brief mee.
    .form = { $form }
beschikking-objection-couple = U en uw partner kunnen allebei { -bezwaar } maken. Als u dat samen doet, zet dan allebei uw naam en handtekening eronder.
    .form = { $form }
beschikking-objection-language = U mag uw { -bezwaar } in uw eigen taal schrijven. Soms vragen wij u dan om een vertaling. Hulp bij uw { -bezwaar } krijgt u gratis bij VluchtelingenWerk, het Juridisch Loket of de sociaal raadslieden van uw gemeente.
    .form = { $form }
# $name and $phone: the staff member, printed as typed.
beschikking-objection-call = Wilt u eerst met ons praten? Bel dan { $name }: { $phone }. Misschien lossen we het samen op. Let op: bellen is geen { -bezwaar } maken. De 6 weken lopen gewoon door.
    .form = { $form }
beschikking-objection-in-force = Ook als u { -bezwaar } maakt, blijft dit besluit gelden totdat er een nieuw besluit is.
    .form = { $form }
beschikking-objection-urgent = Als het heel dringend is, kunt u de rechter vragen om snel een tijdelijke beslissing te nemen. Dat heet een voorlopige voorziening. U moet dan ook { -bezwaar } maken. U vraagt het aan bij de rechtbank in het gebied waar u woont. De rechtbank vraagt daarvoor geld: griffierecht. Kijk voor meer informatie op www.rechtspraak.nl.
    .form = { $form }

## Signature: the staff member signs on behalf of the college (Awb art. 10:10).
beschikking-mandate = Namens het college van burgemeester en wethouders,
