### Machine draft, not reviewed by a qualified translator (see locale.toml).

afspraken-subject = Ваші домовленості з муніципалітетом
# The Ukrainian date ends in "р.", so it stands at the start, not before a full stop.
afspraken-intro = { $date } ми розмовляли з Вами. У цьому листі записано, про що ми разом домовилися.
afspraken-not-a-decision = Цей лист не є рішенням. Це запис нашої розмови.
afspraken-participants = На розмові також були:
# Ukrainian (CLDR): one (1, 21, ...), few (2–4, 22–24, ...), many (0, 5–20, 25–30, ...), other (fractions).
afspraken-count = { $count ->
    [one] Ми домовилися про { $count } пункт:
    [few] Ми домовилися про { $count } пункти:
    [many] Ми домовилися про { $count } пунктів:
   *[other] Ми домовилися про { $count } пункту:
}
afspraken-keep = Якщо щось не вдається, зателефонуйте нам. Тоді ми разом шукатимемо рішення.

afspraken-heading-contacts = Кому можна зателефонувати?
afspraken-contacts-intro = Якщо у Вас є запитання щодо домовленості, зателефонуйте організації, яка цим займається.
afspraken-col-organisation = Організація
afspraken-col-name = Імʼя

afspraken-heading-next = Ваша наступна розмова
afspraken-next = Ваша наступна розмова: { $date } о { $time }. Місце: { $place }.
afspraken-heading-check = Чи все правильно в цьому листі?
# The Ukrainian date ends in "р.", so it does not stand before a full stop.
afspraken-check = Якщо в цьому листі щось неправильно, зателефонуйте нам. Останній день для дзвінка: { $date } Наш телефон: { $phone }.
afspraken-no-call = Якщо Ви не зателефонуєте, ми вважатимемо, що все правильно.
