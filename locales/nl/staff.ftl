### The staff page's own Dutch texts: labels of choices a letter never
### names per code, the state of a translation, and what is wrong with a
### field. Dutch only: this file is never translated, and letters never use
### its messages (`eigentaal check` reports a template that does).
### Texts at B1: short sentences, common words.

## Choices (`"x-message-prefix": "choice-..."` in a template's schema.json).
## A choice the letter names per code takes its label from the letter's own
## message (its `.label` attribute when the letter's words do not suit a list).
choice-form-mr = Meneer
choice-form-ms = Mevrouw
choice-form-neutral = Neutraal (met volledige naam)
choice-whose-resident = De inwoner
choice-whose-partner = De partner
choice-consequence-none = Niet verplicht
choice-consequence-applicant = Aanvrager van bijstand (aanvraag wordt misschien niet behandeld)
choice-consequence-recipient = Ontvangt bijstand (bijstand kan worden verlaagd)
choice-consequence-inburgering = Inburgeringsplichtig (boete mogelijk)

## The state of a translation for one letter, counted per sentence.
## $messages: sentences of the letter; $reviewed: how many a translator
## checked; $reviewer: who checked the whole language ($named is yes when known).
translation-status-reference = referentietekst
translation-status-reviewed = gecontroleerd door vertaler{ $named ->
    [yes] {" "}({ $reviewer })
   *[no] {""}
}
translation-status-partial = deels gecontroleerd: { $reviewed } van { $messages } zinnen
translation-status-machine-draft = machinaal concept, niet gecontroleerd

## What is wrong with a field, shown beside it. Never repeat the value typed:
## it may be personal data. $limit: a number from the schema.
error-required = Dit moet u invullen.
error-too-short = { $limit ->
    [one] Dit moet u invullen.
   *[other] Te kort: minstens { $limit } tekens.
}
error-too-long = Te lang: hoogstens { $limit } tekens.
error-date = Vul een geldige datum in.
error-time = Vul een tijd in als uu:mm, bijvoorbeeld 09:30.
error-month = Vul een maand in als jjjj-mm, bijvoorbeeld 2026-11.
error-phone = Alleen cijfers, spaties, haakjes en streepjes (en eventueel een + vooraan).
error-web-address = Vul een webadres in dat begint met https://.
error-pattern = Dit heeft niet de goede vorm.
error-email = Vul een geldig e-mailadres in.
error-bsn = Dit is geen geldig burgerservicenummer (BSN). Een BSN heeft 9 cijfers.
error-format = Dit heeft niet de goede vorm.
error-choice = Kies een van de mogelijkheden.
error-too-low = Te laag: minstens { $limit }.
error-too-high = Te hoog: hoogstens { $limit }.
error-not-above = Te laag: het moet meer zijn dan { $limit }.
error-not-below = Te hoog: het moet minder zijn dan { $limit }.
error-multiple-of = Dit moet een veelvoud zijn van { $limit }.
error-too-few-items = Hier zijn er minstens { $limit } nodig.
error-too-many-items = Hier passen er hoogstens { $limit }.
error-too-few-properties = { $limit ->
    [one] Kies hier minstens één.
   *[other] Kies hier minstens { $limit }.
}
error-too-many-properties = Kies hier hoogstens { $limit }.
error-duplicate = Elke keuze mag maar één keer voorkomen.
error-type-integer = Vul een heel getal in, alleen cijfers.
error-type-number = Vul een bedrag in zoals 1958,34: zonder punt voor duizendtallen, hoogstens 2 cijfers na de komma.
error-type-string = Vul hier tekst in.
error-type-boolean = Kies ja of nee.
error-type-array = Hier hoort een lijst.
error-type-object = Hier horen gegevens in onderdelen.
error-type = Hier hoort een ander soort gegeven.
# $fields: the names of the fields, as the data has them; $count: how many.
error-unknown-fields = { $count ->
    [one] Dit gegeven kent de brief niet: { $fields }.
   *[other] Deze gegevens kent de brief niet: { $fields }.
}
error-invalid = Dit klopt niet. Kijk dit veld na.
error-control-character = Hier staat een onzichtbaar teken dat de brief niet kan drukken. Typ de tekst opnieuw.
error-unprintable = Deze tekens kan de brief niet drukken. Schrijf in Latijns, Arabisch, Ethiopisch of Cyrillisch schrift.
# $lang: the language code of the version; $languages: the letter's languages.
error-free-text-language = De brief is er niet in deze taal ({ $lang }). Geef de tekst in: { $languages }.
# $lang: the language code of the letter.
error-dutch-only = Deze eigen tekst staat er alleen in het Nederlands. Schrijf hem ook in de taal van de brief ({ $lang }).
error-case-data = Dit klopt niet met de rest van de gegevens. Kijk dit veld na.

## A cell of a spreadsheet that cannot be read (batch).
error-cell-date = Vul een datum in, zoals 23-11-2026.
error-cell-date-with-time = Vul alleen een datum in, zonder tijd.
error-cell-time = Vul een tijd in als uu:mm, bijvoorbeeld 09:30.
error-cell-whole-number = Vul een heel getal in, alleen cijfers.
# $example: a number written as the file writes numbers.
error-cell-number = Vul een getal in, zoals { $example }.
error-cell-yes-no = Vul ja of nee in.
error-cell-json = Hier hoort een lijst in JSON-vorm.
# $error: what Excel shows, such as #N/A.
error-cell-spreadsheet-error = In deze cel staat een fout van Excel ({ $error }). Verbeter de formule of typ de waarde.
error-cell-lost-letters = Hier staat een ? waar een letter hoort. Het bestand is opgeslagen in een vorm die deze letter niet kent. Sla het op als „CSV UTF-8” en probeer het opnieuw.
error-cell-unreadable = Deze tekst is niet goed te lezen. Sla het bestand op als „CSV UTF-8” en probeer het opnieuw.
error-cell-no-header = Deze kolom heeft geen naam in de eerste rij. Geef de kolom een naam of maak de cel leeg.
# $item: the number of the first empty item, counted from 1.
error-cell-list-gap = Vul de lijst van voren af in: nummer { $item } is nog leeg.
error-cell-not-here = Dit gegeven kan niet in deze kolom staan.

## A batch file that cannot be read at all.
# $cell: the cell of the column name, such as B1.
error-column-name = De kolomnaam in cel { $cell } is geen veld. Gebruik de kolomnamen uit het invulbestand.
# $cell: the cell of the column name; $column: the column name.
error-unknown-column = De kolom „{ $column }” (cel { $cell }) hoort niet bij deze brief. Gebruik de kolomnamen uit het invulbestand.
# $cell: the cell of the column name; $column: the column name; $other: the letter of the other column.
error-overlapping-column = De kolom „{ $column }” (cel { $cell }) zegt hetzelfde als kolom { $other }. Haal een van de twee weg.
# $cell: the first cell of the header row.
error-header-row = De eerste rij van het bestand is niet te lezen. Kijk of de aanhalingstekens in die rij kloppen.
error-no-header = In de eerste rij van het bestand staan geen kolomnamen. Begin met het invulbestand hierboven.
error-encoding = De tekens in het bestand zijn niet te lezen. Sla het op als „CSV UTF-8” en probeer het opnieuw.
error-not-workbook = Dit is geen Excel-bestand dat de server kan lezen. Sla het op als Excel-werkmap (.xlsx) of als CSV.
# $sheet: the name of the sheet that was asked for.
error-no-sheet = Het werkblad „{ $sheet }” bestaat niet in dit bestand.
error-unreadable = Het bestand is niet te lezen. Probeer het opnieuw.

## Checks across fields, made by the templates: `case-error(pointer,
## message, code: "...")` in templates/*/letter.typ.
error-cents = Hoogstens 2 cijfers na de komma (centen).
error-sent-before-letter-date = De verzenddatum ligt vóór de datum van de brief.
error-ends-before-start = Deze datum ligt vóór de begindatum.
error-note-required = Vul hier een toelichting in.
error-address-line-too-wide = Deze adresregel past niet in het venster van de envelop. Kort hem in zoals de BRP doet: een straatnaam van meer dan 24 tekens afgekort.
error-address-too-long = De naam en het adres hebben samen te veel regels voor het venster van de envelop. Kort de naam in of zet adresregels samen.
error-partner-required = Bij gehuwden of samenwonenden: vul de partner in.
error-partner-not-couple = Een partner hoort alleen bij gehuwden of samenwonenden.
error-reasons-required = Geef minstens één reden bij gedeeltelijk toegekend of afgewezen.
error-reason-note-required = Bij een andere reden: schrijf de reden in de toelichting.
error-requested-start-required = Vul de gevraagde ingangsdatum in.
error-required-unless-refused = Dit moet u invullen, behalve bij een afwijzing.
error-holiday-allowance-over-norm = Het vakantiegeld is hoger dan de norm.
error-income-over-norm = Het inkomen en het vakantiegeld zijn samen hoger dan de norm.
error-not-with-refusal = Bij een afwijzing hoort dit niet in de brief.
error-fixed-costs-over-assistance = De vaste lasten zijn samen hoger dan de bijstand per maand.
error-direct-payment-required = Vul in op welke grondslag en tot wanneer de gemeente rechtstreeks betaalt.
error-direct-payment-without-costs = Er zijn geen vaste lasten om rechtstreeks te betalen.
error-consent-date-required = Vul de datum van de toestemming in.
error-art-57-reason-required = Vul de reden in (artikel 57).
error-first-payment-required = Vul de eerste betaling in: het voorschot wordt daarmee verrekend.
error-first-payment-costs-over-amount = De vaste lasten zijn hoger dan de eerste betaling.
error-advance-over-first-payment = Het voorschot is hoger dan wat er van de eerste betaling overblijft.
error-deductions-over-norm = Wat eraf gaat is samen hoger dan de norm.
error-direct-payments-over-assistance = De rechtstreekse betalingen zijn samen hoger dan de bijstand van deze maand.
error-saved-below-this-month = Het totaal gespaarde vakantiegeld is lager dan wat deze maand is gespaard.
error-application-date-required = Vul de datum van de aanvraag in.
error-application-after-letter-date = De datum van de aanvraag ligt na de datum van de brief.
error-period-incomplete = Vul beide datums van de periode in.
error-upload-address-required = Vul het webadres in waar de inwoner kan uploaden.
error-desk-required = Vul in waar en wanneer de balie open is.
error-review-before-plan = De evaluatie moet na de datum van het plan zijn.
