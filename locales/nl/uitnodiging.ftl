### Uitnodiging: invitation to a conversation with the municipality.
### Messages that address the resident receive $form (mr, ms, neutral).
### "Afspraak" is not used for the appointment (it also means "agreement"):
### the letter says "gesprek".

uitnodiging-subject = Uitnodiging voor een gesprek
uitnodiging-intro = Wij nodigen u uit voor een gesprek.
# Printed in bold when the resident has to come (see uitnodiging-consequence-*).
uitnodiging-compulsory = U moet naar dit gesprek komen.

## When, where and with whom
uitnodiging-label-date = Datum
uitnodiging-label-time = Tijd
uitnodiging-label-duration = Duur
uitnodiging-label-place = Plaats
uitnodiging-label-with = Met
# $time is already formatted, e.g. 10:30.
uitnodiging-time = { $time } uur
# $minutes: expected length of the conversation (5 to 480).
uitnodiging-duration = { $minutes ->
    [one] ongeveer { $minutes } minuut
   *[other] ongeveer { $minutes } minuten
}
# $name: the staff member; $role: their translated job title.
uitnodiging-with = { $name }, { $role }

## What the conversation is about
uitnodiging-heading-purpose = Waar gaat het gesprek over?
uitnodiging-purpose-intake = Dit is ons eerste gesprek. We leren u kennen. We praten over uw situatie en over wat u nodig heeft.
    .label = Eerste gesprek (intake)
uitnodiging-purpose-plan = In dit gesprek maken we samen een plan. We spreken af wat u gaat doen en wie u daarbij helpt.
    .label = Samen een plan maken
uitnodiging-purpose-progress = In dit gesprek kijken we hoe het met u gaat. We bespreken de afspraken die we eerder hebben gemaakt.
    .label = Hoe gaat het (voortgang)
uitnodiging-purpose-income-check = In dit gesprek kijken we naar uw inkomen en uw uitgaven. We kijken of u nog de juiste { -bijstand } krijgt.
    .label = Inkomen en uitgaven
uitnodiging-purpose-language-assessment = In dit gesprek kijken we hoe goed u Nederlands spreekt, leest en schrijft. Dan weten we welke taalles bij u past.
    .label = Niveau Nederlands bepalen
uitnodiging-purpose-brede-intake = Dit gesprek is de { -brede-intake } voor uw { -inburgering }. We praten over uw opleiding, uw werk, uw gezondheid en uw situatie. Daarna maken we samen uw { -pip }.
    .label = Brede intake (Wet inburgering 2021)
uitnodiging-purpose-learnability-test = U maakt de leerbaarheidstoets op een computer. Die toets laat zien hoe snel u een nieuwe taal leert. Het is geen examen. U hoeft er geen Nederlands voor te kennen.
    .label = Leerbaarheidstoets
uitnodiging-purpose-pip = In dit gesprek maken we samen uw { -pip }. Daarin staat hoe u Nederlands gaat leren en wat u verder doet voor uw { -inburgering }. Over het PIP nemen wij daarna een besluit.
    .label = Persoonlijk plan inburgering en participatie (PIP) maken
# $language: the language the interpreter speaks, e.g. "Tigrinya".
uitnodiging-interpreter = Bij het gesprek is een tolk { $language }. De tolk kost u niets.
uitnodiging-companion = U mag iemand meenemen die u vertrouwt. Bijvoorbeeld iemand van uw familie of een vrijwilliger.

## What to bring
uitnodiging-heading-bring = Wat neemt u mee?
uitnodiging-bring-id-document = Uw identiteitsbewijs (paspoort of identiteitskaart)
    .label = Identiteitsbewijs
uitnodiging-bring-residence-permit = Uw verblijfsvergunning
    .label = Verblijfsvergunning
uitnodiging-bring-w-document = Uw W-document, als u dat nog heeft
    .label = W-document
uitnodiging-bring-bsn-letter = Een brief met uw burgerservicenummer (BSN)
    .label = Brief met het BSN
uitnodiging-bring-coa-letters = De brieven die u van het COA heeft gekregen
    .label = Brieven van het COA
uitnodiging-bring-bank-card = Uw bankpas
    .label = Bankpas
uitnodiging-bring-bank-statements = Uw bankafschriften van de laatste 3 maanden
    .label = Bankafschriften (laatste 3 maanden)
uitnodiging-bring-rental-contract = Uw huurcontract
    .label = Huurcontract
uitnodiging-bring-health-insurance-policy = Uw zorgpolis (het bewijs van uw zorgverzekering)
    .label = Zorgpolis
uitnodiging-bring-income-statements = Uw loonstroken of andere bewijzen van uw inkomen
    .label = Loonstroken of andere bewijzen van inkomen
uitnodiging-bring-diplomas = Uw diploma's en certificaten, als u die heeft
    .label = Diploma's en certificaten
uitnodiging-bring-debt-letters = Brieven over schulden of rekeningen die u nog moet betalen
    .label = Brieven over schulden
uitnodiging-bring-this-letter = Deze brief

## If the resident cannot come
uitnodiging-heading-cannot-come = Als u niet kunt komen
# $date: the last day the office is open before the conversation, with weekday.
uitnodiging-reschedule = Bel ons dan uiterlijk op { $date }. Ons telefoonnummer is { $phone }. Dan kiezen we samen een nieuwe dag.
# $time: the start of the conversation.
uitnodiging-ill = Als u op de dag van het gesprek ziek bent, bel ons dan vóór { $time } uur op { $phone }.

## What happens if the resident does not come, by who the resident is.
uitnodiging-heading-consequence = Wat gebeurt er als u niet komt?
# An applicant: Awb art. 4:5 (the application may not be dealt with).
uitnodiging-consequence-applicant = Wij hebben dit gesprek nodig om uw aanvraag voor { -bijstand } te bekijken. Als u niet komt en ons niet belt, kunnen wij besluiten uw aanvraag niet te behandelen. Dan krijgt u geen { -bijstand }.
# A recipient: Participatiewet art. 17 and 18 (the assistance may be lowered).
uitnodiging-consequence-recipient = U krijgt { -bijstand }. Daarom moet u naar gesprekken met ons komen. Dat staat in de Participatiewet, de wet over { -bijstand }. Als u niet komt en u heeft geen goede reden, kunnen wij uw { -bijstand } een tijd verlagen. U krijgt dan minder geld.
# Integration: Wet inburgering 2021 (brede intake, PIP).
uitnodiging-consequence-inburgering = Dit gesprek hoort bij uw { -inburgering }. U moet eraan meedoen. Dat staat in de Wet inburgering 2021. Als u niet komt en u heeft geen goede reden, kunnen wij u een boete geven.
