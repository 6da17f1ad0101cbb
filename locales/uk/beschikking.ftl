### Machine draft, not reviewed by a qualified translator (see locale.toml).
# A Ukrainian date ends in "р."; that full stop also ends the sentence, so no
# second one follows a date at the end of a sentence.

beschikking-subject = Рішення щодо Вашої соціальної допомоги
beschikking-intro-applied = { $date } Ви подали заяву на соціальну допомогу (bijstand). У цьому листі Ви знайдете наше рішення.
beschikking-intro = У цьому листі Ви знайдете наше рішення щодо Вашої соціальної допомоги (bijstand).

beschikking-heading-decision = Наше рішення: Ви отримуватимете соціальну допомогу
beschikking-start = Ви отримуватимете соціальну допомогу з { $date }
beschikking-period = Ви отримуватимете соціальну допомогу з { $start } по { $end } включно.
beschikking-household-single = Це соціальна допомога для людини, яка живе сама.
beschikking-household-single-parent = Це соціальна допомога для одинокого батька або одинокої матері.
beschikking-household-couple = Це соціальна допомога для Вас і Вашого партнера разом (подружжя або пара, яка живе разом).
beschikking-amount = Ваша соціальна допомога становить { $amount } на місяць. Це сума після сплати податків (нетто).

beschikking-heading-money = Ваші гроші щомісяця
beschikking-fixed-costs-intro = Частину Вашої соціальної допомоги ми щомісяця сплачуємо напряму за Ваші постійні витрати. Так Ви можете бути впевнені, що ці рахунки оплачено вчасно. Гроші, які залишаються, Ви отримуєте на свій банківський рахунок.
beschikking-no-fixed-costs = Ви щомісяця отримуєте всю суму на свій банківський рахунок.
beschikking-col-payee = Кому сплачено
beschikking-col-amount = На місяць
beschikking-row-benefit = Ваша соціальна допомога (нетто)
beschikking-row-we-pay = Це ми сплачуємо за Вас:
beschikking-cost-rent = Оренда житла
beschikking-cost-energy = Енергія (газ і електроенергія)
beschikking-cost-health-insurance = Медичне страхування
beschikking-cost-water = Вода
beschikking-cost-municipal-taxes = Муніципальні податки
beschikking-row-costs-total = Разом постійні витрати
beschikking-row-own = Це Ви отримуєте самі
beschikking-own-amount = Отже, щомісяця Ви отримуєте { $amount } на свій банківський рахунок. З цих грошей Ви самі оплачуєте продукти, одяг та інші витрати.

beschikking-heading-coach = Ваш консультант з бюджету
beschikking-coach = Вам допомагатиме консультант з бюджету. Консультант з бюджету допомагає правильно розпоряджатися грошима. Ваш консультант з бюджету — { $name } з організації { $organisation }. Телефон: { $phone }.

beschikking-heading-obligations = Яких правил Ви повинні дотримуватися?
beschikking-obligations-intro = Якщо Ви отримуєте соціальну допомогу, Ви повинні дотримуватися цих правил:
beschikking-obligation-report-changes = Одразу повідомляйте нам, якщо щось змінюється. Наприклад: Ви починаєте працювати, переїжджаєте або з Вами починає жити ще хтось.
beschikking-obligation-look-for-work = Шукайте роботу. Зареєструйтеся як шукач роботи на werk.nl і відгукуйтеся на вакансії.
beschikking-obligation-accept-suitable-work = Вам пропонують роботу? Тоді Ви повинні погодитися на цю роботу. Навіть якщо це інша робота, ніж та, до якої Ви звикли.
beschikking-obligation-language-duty = Вивчайте нідерландську мову. Відвідуйте мовні уроки, про які ми з Вами домовимося.
beschikking-obligation-cooperate-budget-coach = Співпрацюйте з Вашим консультантом з бюджету. Приходьте на зустрічі й показуйте свої листи щодо грошей.
beschikking-obligation-keep-appointments = Приходьте на зустрічі з муніципалітетом. Не можете прийти? Тоді вчасно зателефонуйте нам.
beschikking-obligation-report-travel-abroad = Їдете за кордон? Повідомте нам про це заздалегідь. Отримуючи соціальну допомогу, Ви можете перебувати за кордоном не більше 4 тижнів на рік.
beschikking-obligations-consequence = Ви не дотримуєтеся цих правил? Тоді ми можемо зменшити або припинити Вашу соціальну допомогу. Іноді Вам доведеться повернути гроші.
beschikking-legal-basis = Ми ухвалили це рішення на підставі Закону про участь (Participatiewet). Правила, наведені вище, теж є в цьому законі.

beschikking-heading-objection = Ви не згодні з цим рішенням?
# Ukrainian (CLDR): one (1, 21, ...), few (2–4, ...), many (5–20, ...), other (fractions); genitive after "протягом".
beschikking-objection = Тоді Ви можете подати заперечення (bezwaar). Це потрібно зробити протягом { $weeks ->
    [one] { $weeks } тижня
    [few] { $weeks } тижнів
    [many] { $weeks } тижнів
   *[other] { $weeks } тижня
} від дати цього листа. Останній день, коли Ваше заперечення має надійти до нас: { $date }
beschikking-objection-how = Напишіть у запереченні: Ваше імʼя та адресу, дату, номер справи цього листа ({ $reference }) і чому Ви не згодні. Підпишіть його. Надішліть заперечення на адресу:
beschikking-objection-to = Колегія бургомістра та радників (het college van burgemeester en wethouders)
beschikking-objection-call = Хочете спочатку поговорити з нами? Тоді зателефонуйте { $name }: { $phone }. Можливо, ми разом знайдемо рішення.
