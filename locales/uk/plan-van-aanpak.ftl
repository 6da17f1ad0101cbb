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

plan-van-aanpak-heading-pip = Цей план і Ваша інтеграція
plan-van-aanpak-not-a-decision = Цей план дій не є рішенням.
plan-van-aanpak-pip-set = Для Вашої { -inburgering(case: "gen") } у Вас також є { -pip }. Рішення про нього ми ухвалили { $date } Цей план належить до Вашого PIP, але не замінює його. Ваші обовʼязки щодо { -inburgering(case: "gen") } записані в PIP.
plan-van-aanpak-pip-planned = Для Вашої { -inburgering(case: "gen") } ми ще складемо { -pip(case: "acc") }. Ми зробимо це після { -brede-intake(case: "gen") } і тесту на здатність до навчання. Щодо PIP Ви отримаєте рішення. Якщо Ви з ним не згодні, Ви можете подати заперечення (bezwaar). Це означає, що Ви просите нас ще раз розглянути рішення. Після цього ми змінимо цей план.
plan-van-aanpak-route-b1 = Ваш навчальний маршрут — маршрут B1 (B1-route). Ви вивчаєте нідерландську до рівня B1 і паралельно берете участь у житті суспільства, наприклад через роботу.
plan-van-aanpak-route-education = Ваш навчальний маршрут — освітній маршрут (onderwijsroute). Ви вивчаєте нідерландську, щоб потім навчатися нідерландською мовою.
plan-van-aanpak-route-z = Ваш навчальний маршрут — маршрут самостійності (Z-route). Ви вивчаєте нідерландську на своєму рівні та берете участь у житті суспільства.

plan-van-aanpak-heading-support = Як ми Вам допомагаємо
plan-van-aanpak-support-intensive = Ви отримуєте багато підтримки. Ми та інші організації допомагаємо Вам крок за кроком. Ми все пояснюємо. Якщо потрібно, ми підемо разом з Вами. Наприклад, до банку або до сімейного лікаря.
plan-van-aanpak-support-light = Ви отримуєте інформацію, яка Вам потрібна. Після цього більшість справ Ви владнаєте самі. Якщо щось не виходить, попросіть нас про допомогу.
# Must match col-who ("Хто") and partner-resident ("Ви") in common.ftl.
plan-van-aanpak-how-to-read = Нижче для кожної теми є таблиця: що відбувається, хто це робить і коли це буде зроблено. Якщо в колонці «Хто» написано «Ви», Ви робите це самі.

plan-van-aanpak-domain-housing = Житло
plan-van-aanpak-domain-income = Гроші та дохід
plan-van-aanpak-domain-language = Мова та інтеграція
plan-van-aanpak-domain-work = Робота
plan-van-aanpak-domain-health = Здоровʼя
plan-van-aanpak-domain-children = Діти та школа
plan-van-aanpak-situation = Ваша ситуація:
plan-van-aanpak-no-actions = Зараз тут нікому нічого не потрібно робити.

plan-van-aanpak-heading-contacts = Кому можна зателефонувати?
plan-van-aanpak-contacts-intro = Якщо у Вас є запитання щодо частини плану, зателефонуйте організації, яка цим займається.
plan-van-aanpak-col-organisation = Організація
plan-van-aanpak-col-name = Імʼя

plan-van-aanpak-heading-privacy = Ваші дані
plan-van-aanpak-consent = { $date } Ви дали нам згоду ділитися даними про Вас з такими організаціями:
plan-van-aanpak-consent-scope = Ми передаємо лише ті дані, які цим організаціям потрібні для цього плану. Ви можете будь-коли відкликати свою згоду. Для цього зателефонуйте { $name } за номером { $phone }.
plan-van-aanpak-no-consent = Ми передаємо дані про Вас організаціям із цього плану лише за Вашою згодою або якщо це передбачено законом.

plan-van-aanpak-heading-review = Коли ми знову поговоримо про план?
plan-van-aanpak-review = Ми знову обговоримо з Вами план: { $date } Ми подивимося, що йде добре і що ще потрібно. Якщо потрібно, ми змінимо план. Ви ще отримаєте запрошення на цю розмову.
plan-van-aanpak-check = Якщо в цьому плані щось неправильно або у Вашому житті щось змінюється, зателефонуйте { $name } за номером { $phone }.
