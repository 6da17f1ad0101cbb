### Afsprakenbrief: summary of the agreements made in a conversation.
### "Afspraak" here means an agreement; the next appointment is "uw volgende
### gesprek". Messages that address the resident receive $form.

afspraken-subject = Uw afspraken met de gemeente
afspraken-intro = Op { $date } hebben wij met u gesproken. In deze brief staan de afspraken die we samen hebben gemaakt.
afspraken-not-a-decision = Deze brief is geen besluit. Het is een verslag van ons gesprek.
afspraken-participants = Bij het gesprek waren ook:
# $count: number of agreements (1 or more).
afspraken-count = { $count ->
    [one] We hebben { $count } afspraak gemaakt:
   *[other] We hebben { $count } afspraken gemaakt:
}
afspraken-keep = Als iets niet lukt, bel ons dan. Dan zoeken we samen een oplossing.

## Contacts: one person per partner in the table.
afspraken-heading-contacts = Wie kunt u bellen?
afspraken-contacts-intro = Als u een vraag heeft over een afspraak, bel dan de organisatie die het doet.
afspraken-col-organisation = Organisatie
afspraken-col-name = Naam

## Next conversation and checking the letter
afspraken-heading-next = Uw volgende gesprek
# $date includes the weekday; $place is typed by staff.
afspraken-next = Uw volgende gesprek is op { $date } om { $time } uur. Plaats: { $place }.
afspraken-heading-check = Klopt deze brief?
# $date: the 5th day the office is open after the letter date, with weekday.
afspraken-check = Als er iets niet klopt in deze brief, bel ons dan uiterlijk op { $date }. Ons telefoonnummer is { $phone }.
afspraken-no-call = Belt u niet? Dan gaan wij ervan uit dat alles klopt.
