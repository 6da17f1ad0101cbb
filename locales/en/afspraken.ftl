### Machine draft, not reviewed by a qualified translator (see locale.toml).

afspraken-subject = Your agreements with the municipality
afspraken-intro = We spoke with you on { $date }. This letter lists the agreements we made together.
afspraken-not-a-decision = This letter is not a decision. It is a record of our meeting.
afspraken-participants = Also at the meeting:
# English (CLDR): one, other.
afspraken-count = { $count ->
    [one] We made { $count } agreement:
   *[other] We made { $count } agreements:
}
afspraken-keep = If something does not work out, call us. Then we will look for a solution together.

afspraken-heading-contacts = Who can you call?
afspraken-contacts-intro = If you have a question about an agreement, call the organisation that does it.
afspraken-col-organisation = Organisation
afspraken-col-name = Name

afspraken-heading-next = Your next meeting
afspraken-next = Your next meeting is on { $date } at { $time }. Place: { $place }.
afspraken-heading-check = Is this letter correct?
afspraken-check = If something in this letter is not correct, call us no later than { $date }. Our phone number is { $phone }.
afspraken-no-call = If you do not call, we will assume that everything is correct.
