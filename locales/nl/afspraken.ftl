### Afsprakenbrief: summary of the agreements made in a conversation.

afspraken-subject = Uw afspraken met de gemeente
afspraken-intro = Op { $date } hebben wij met u gesproken. In deze brief staan de afspraken die we samen hebben gemaakt.
afspraken-participants = Bij het gesprek waren ook:
# $count: number of agreements (1 or more).
afspraken-count = { $count ->
    [one] We hebben { $count } afspraak gemaakt:
   *[other] We hebben { $count } afspraken gemaakt:
}
# $date includes the weekday; $place is typed by staff.
afspraken-next = Uw volgende afspraak is op { $date } om { $time }. Plaats: { $place }.
afspraken-check = Klopt er iets niet? Of heeft u een vraag? Bel ons dan binnen 5 werkdagen: { $phone }.
