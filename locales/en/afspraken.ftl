### Machine draft, not reviewed by a qualified translator (see locale.toml).

afspraken-subject = Your agreements with the municipality
afspraken-intro = We spoke with you on { $date }. This letter lists the agreements we made together.
afspraken-participants = Also at the meeting:
# English (CLDR): one, other.
afspraken-count = { $count ->
    [one] We made { $count } agreement:
   *[other] We made { $count } agreements:
}
afspraken-next = Your next appointment is on { $date } at { $time }. Place: { $place }.
afspraken-check = Is something wrong? Or do you have a question? Then call us within 5 working days: { $phone }.
