### Machine draft, not reviewed by a qualified translator (see locale.toml).
# A Ukrainian date ends in "р."; that full stop also ends the sentence.

plan-van-aanpak-subject = Ваш план дій

plan-van-aanpak-intro = { $date } ми разом з Вами склали план. Мета: щоб Ви якомога швидше могли самі влаштовувати своє життя в Нідерландах. У цьому листі є весь план.
plan-van-aanpak-participants = Ці організації теж допомагали скласти план:
plan-van-aanpak-one-plan = Ми працюємо разом. Тому Ви отримуєте один план від усіх нас, а не окремий план від кожної організації.

plan-van-aanpak-household = Цей план для всього Вашого домогосподарства: { $adults }, { $children }.
# Ukrainian (CLDR): one (1, 21, ...), few (2–4, ...), many (5–20, ...), other (fractions).
plan-van-aanpak-adults = { $count ->
    [one] { $count } дорослий
    [few] { $count } дорослі
    [many] { $count } дорослих
   *[other] { $count } дорослого
}
plan-van-aanpak-children = { $count ->
    [0] дітей немає
    [one] { $count } дитина
    [few] { $count } дитини
    [many] { $count } дітей
   *[other] { $count } дитини
}

plan-van-aanpak-heading-support = Як ми Вам допомагаємо
plan-van-aanpak-support-intensive = Ви отримуєте багато підтримки. Ми та інші організації допомагаємо Вам крок за кроком. Ми все пояснюємо. Якщо потрібно, ми підемо разом з Вами. Наприклад, до банку або до сімейного лікаря.
plan-van-aanpak-support-light = Ви отримуєте інформацію, яка Вам потрібна. Після цього більшість справ Ви владнаєте самі. Щось не виходить? Тоді попросіть нас про допомогу.
# Must match col-who ("Хто") and partner-resident ("Ви") in common.ftl.
plan-van-aanpak-how-to-read = Нижче для кожної теми написано, що потрібно зробити, хто це робить і до якого часу це має бути зроблено. У колонці «Хто» написано «Ви»? Тоді Ви робите це самі.

plan-van-aanpak-domain-housing = Житло
plan-van-aanpak-domain-income = Гроші та дохід
plan-van-aanpak-domain-language = Мова та інтеграція
plan-van-aanpak-domain-work = Робота
plan-van-aanpak-domain-health = Здоровʼя
plan-van-aanpak-domain-children = Діти та школа
plan-van-aanpak-situation = Ваша ситуація:
plan-van-aanpak-no-actions = Зараз тут нікому нічого не потрібно робити.

plan-van-aanpak-heading-contacts = Кому можна зателефонувати?
plan-van-aanpak-contacts-intro = Маєте запитання щодо частини плану? Тоді зателефонуйте організації, яка цим займається.
plan-van-aanpak-col-organisation = Організація
plan-van-aanpak-col-name = Імʼя

plan-van-aanpak-heading-review = Коли ми знову поговоримо про план?
plan-van-aanpak-review = Ми знову обговоримо з Вами план: { $date } Ми подивимося, що йде добре і що ще потрібно. Якщо потрібно, ми змінимо план. Ви ще отримаєте запрошення на цю розмову.
plan-van-aanpak-check = У цьому плані щось не так? Або у Вашому житті щось змінюється? Тоді зателефонуйте { $name }: { $phone }.
