### Uitnodiging: invitation to an appointment with the municipality.

uitnodiging-subject = Uitnodiging voor een gesprek
uitnodiging-intro = Wij willen graag met u praten. Daarom nodigen wij u uit voor een gesprek.

## When, where and with whom
uitnodiging-label-date = Datum
uitnodiging-label-time = Tijd
uitnodiging-label-duration = Duur
uitnodiging-label-place = Plaats
uitnodiging-label-with = Met
# $time is already formatted, e.g. 10:30.
uitnodiging-time = { $time } uur
# $minutes: expected length of the appointment (5 to 480).
uitnodiging-duration = { $minutes ->
    [one] ongeveer { $minutes } minuut
   *[other] ongeveer { $minutes } minuten
}
# $name: the staff member; $role: their translated job title.
uitnodiging-with = { $name }, { $role }

## What the conversation is about
uitnodiging-heading-purpose = Waar gaat het gesprek over?
uitnodiging-purpose-intake = Dit is ons eerste gesprek. We leren u kennen. We praten over uw situatie en over wat u nodig heeft.
uitnodiging-purpose-plan = In dit gesprek maken we samen een plan. We spreken af wat u gaat doen en wie u daarbij helpt.
uitnodiging-purpose-progress = In dit gesprek kijken we hoe het met u gaat. We bespreken de afspraken die we eerder hebben gemaakt.
uitnodiging-purpose-income-check = In dit gesprek kijken we naar uw inkomen en uw uitgaven. We controleren of uw uitkering nog klopt.
uitnodiging-purpose-language-assessment = In dit gesprek kijken we hoe goed u Nederlands spreekt, leest en schrijft. Dan weten we welke taalles bij u past.
uitnodiging-interpreter = Er is een tolk bij het gesprek. De tolk kost u niets.

## What to bring
uitnodiging-heading-bring = Wat neemt u mee?
uitnodiging-bring-id-document = Uw identiteitsbewijs (paspoort of identiteitskaart)
uitnodiging-bring-residence-permit = Uw verblijfsvergunning
uitnodiging-bring-bank-statements = Uw bankafschriften van de laatste 3 maanden
uitnodiging-bring-rental-contract = Uw huurcontract
uitnodiging-bring-health-insurance-policy = Uw zorgpolis (het bewijs van uw zorgverzekering)
uitnodiging-bring-income-statements = Uw loonstroken of andere bewijzen van uw inkomen
uitnodiging-bring-diplomas = Uw diploma's en certificaten, als u die heeft
uitnodiging-bring-debt-letters = Brieven over schulden of rekeningen die u nog moet betalen
uitnodiging-bring-this-letter = Deze brief

## Rescheduling
uitnodiging-heading-cannot-come = Kunt u niet komen?
# $date: the last working day before the appointment, with weekday.
uitnodiging-reschedule = Bel ons dan uiterlijk op { $date }. Dat is 1 werkdag voor het gesprek. Ons telefoonnummer is { $phone }. Dan maken we samen een nieuwe afspraak.
uitnodiging-benefit-consequence = Komt u niet en heeft u niet afgezegd? Dan kan dat gevolgen hebben voor uw uitkering. U krijgt dan misschien minder geld, of uw uitkering stopt een tijd.
