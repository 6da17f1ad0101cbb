### Machine draft, not reviewed by a qualified translator (see locale.toml).

afspraken-subject = Ваші домовленості з муніципалітетом
# The Ukrainian date ends in "р.", so it stands at the start, not before a full stop.
afspraken-intro = { $date } ми розмовляли з Вами. У цьому листі записано, про що ми разом домовилися.
afspraken-participants = На розмові також були:
# Ukrainian (CLDR): one (1, 21, ...), few (2–4, 22–24, ...), many (0, 5–20, 25–30, ...), other (fractions).
afspraken-count = { $count ->
    [one] Ми домовилися про { $count } пункт:
    [few] Ми домовилися про { $count } пункти:
    [many] Ми домовилися про { $count } пунктів:
   *[other] Ми домовилися про { $count } пункту:
}
afspraken-next = Ваша наступна зустріч: { $date } о { $time }. Місце: { $place }.
afspraken-check = Щось не так? Або у Вас є запитання? Тоді зателефонуйте нам протягом 5 робочих днів: { $phone }.
