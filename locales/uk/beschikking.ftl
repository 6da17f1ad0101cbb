### Machine draft, not reviewed by a qualified translator (see locale.toml).
### One word for one thing: the terms below are used throughout, declined by
### case ($case: nom, acc, gen, ins; cap starts a sentence).
# A Ukrainian date ends in "р."; that full stop also ends the sentence, so no
# second one follows a date at the end of a sentence.

-vakantiegeld = відпускні
-toeslag = { $case ->
    [cap] Субсидія
    [acc] субсидію
    [gen] субсидії
   *[nom] субсидія
}
-college = { $case ->
    [acc] виконавчий орган муніципалітету (het college van burgemeester en wethouders)
    [gen] виконавчого органу муніципалітету (het college van burgemeester en wethouders)
   *[cap] Виконавчий орган муніципалітету (het college van burgemeester en wethouders)
}
-bezwaar = заперечення
-kenmerk = номер справи
-voorschot = { $case ->
    [gen] авансу
    [cap] Аванс
   *[nom] аванс
}
-participatiewet = Закон про участь (Participatiewet)

beschikking-subject = Рішення щодо Вашої соціальної допомоги

beschikking-intro = { $date } Ви подали заяву на { -bijstand(case: "acc") } (bijstand). { -bijstand(case: "cap") } — це гроші від муніципалітету для людей, яким не вистачає грошей на життя. У цьому листі Ви знайдете наше рішення.

beschikking-heading-decision = Наше рішення
beschikking-decision-granted = { -college(case: "cap") } муніципалітету { $municipality } вирішив: Ви отримуватимете { -bijstand(case: "acc") } з { $date }
beschikking-decision-granted-period = { -college(case: "cap") } муніципалітету { $municipality } вирішив: Ви отримуватимете { -bijstand(case: "acc") } з { $start } по { $end } включно.
beschikking-decision-partly-granted = { -college(case: "cap") } муніципалітету { $municipality } вирішив: Ви отримуватимете { -bijstand(case: "acc") } з { $date } Але Ви отримаєте не все, про що просили. Чому — читайте нижче.
beschikking-decision-partly-granted-period = { -college(case: "cap") } муніципалітету { $municipality } вирішив: Ви отримуватимете { -bijstand(case: "acc") } з { $start } по { $end } включно. Але Ви отримаєте не все, про що просили. Чому — читайте нижче.
beschikking-decision-refused = { -college(case: "cap") } муніципалітету { $municipality } вирішив: Ви не отримуватимете { -bijstand(case: "gen") }. Чому — читайте нижче.
beschikking-college-explained = Виконавчий орган — це бургомістр і члени правління, які керують муніципалітетом.
beschikking-couple = Це рішення стосується Вас і Вашого партнера { $partner } разом. Ви отримуєте { -bijstand(case: "acc") } разом, і Ви обоє повинні дотримуватися правил у цьому листі.

beschikking-heading-reasons = Чому ми так вирішили?
beschikking-reasons-granted = Ви живете в Нідерландах і маєте право тут жити. У Вас недостатньо грошей або майна, щоб жити. Тому Ви маєте право на { -bijstand(case: "acc") }.
beschikking-reasons-intro-partly-granted = Але Ви отримаєте не все, про що просили. Причини такі:
beschikking-reasons-intro-refused = Ви не отримуватимете { -bijstand(case: "gen") }. Причини такі:
beschikking-reason-start-date = Ви просили { -bijstand(case: "acc") } з { $requested } Ви отримуватимете { -bijstand(case: "acc") } з { $start } Це день, коли Ви звернулися до нас по { -bijstand(case: "acc") }. Раніше не можна.
beschikking-reason-income-too-high = Ваш дохід такий самий або вищий, ніж { -bijstand(case: "nom") } для Вашої ситуації. Тоді Ви не маєте права на { -bijstand(case: "acc") }.
beschikking-reason-assets-too-high = У Вас більше грошей або майна (статків), ніж дозволено, якщо Ви отримуєте { -bijstand(case: "acc") }.
beschikking-reason-cost-sharers = Ви живете в одному житлі з іншими дорослими. Ви можете ділити витрати на житло. Тому Ви отримуєте меншу { -bijstand(case: "acc") }.
beschikking-reason-missing-information = Ви не надали нам усієї інформації та документів, які нам були потрібні. Тому ми не знаємо, чи маєте Ви право на { -bijstand(case: "acc") }.
beschikking-reason-no-right-of-residence = У Вас немає дозволу на проживання, з яким можна отримувати { -bijstand(case: "acc") }.
beschikking-reason-other = Інша причина:

beschikking-heading-money = Скільки соціальної допомоги Ви отримаєте?
beschikking-household-single = Ви отримуєте { -bijstand(case: "acc") } для одинокої особи (без партнера, alleenstaande).
beschikking-household-single-parent = Ви отримуєте { -bijstand(case: "acc") } для батька або матері без партнера, які доглядають дитину (alleenstaande ouder).
beschikking-household-couple = Ви отримуєте { -bijstand(case: "acc") } для двох партнерів разом: Ви одружені або живете разом.
# Ukrainian (CLDR): one (1, 21, ...), few (2–4, ...), many (5–20, ...), other (fractions).
beschikking-cost-sharers = У Вашому житлі живе ще { $count ->
    [one] { $count } інша доросла особа
    [few] { $count } інші дорослі особи
    [many] { $count } інших дорослих осіб
   *[other] { $count } іншої дорослої особи
}. Ви можете ділити витрати на житло. Тому Ваша { -bijstand(case: "nom") } менша. Це називається нормою спільних витрат (kostendelersnorm).
beschikking-calculation-intro = Так ми розраховуємо Вашу { -bijstand(case: "acc") } на місяць:

beschikking-col-payee = Кому сплачено
beschikking-col-amount = На місяць
beschikking-col-sum = Сума
beschikking-row-norm-single = { -bijstand(case: "cap") } для особи без партнера
beschikking-row-norm-single-parent = { -bijstand(case: "cap") } для батька або матері без партнера
beschikking-row-norm-couple = { -bijstand(case: "cap") } для двох партнерів
beschikking-row-holiday = Мінус: { -vakantiegeld }, які ми збираємо для Вас
beschikking-row-income-wages = Мінус: { $whose ->
    [partner] зарплата Вашого партнера
   *[resident] Ваша зарплата
}
beschikking-row-income-benefit = Мінус: { $whose ->
    [partner] інша допомога Вашого партнера
   *[resident] Ваша інша допомога
}
beschikking-row-income-alimony = Мінус: { $whose ->
    [partner] аліменти Вашого партнера
   *[resident] Ваші аліменти
}
beschikking-row-income-other = Мінус: { $whose ->
    [partner] інший дохід Вашого партнера
   *[resident] Ваш інший дохід
}
beschikking-row-assistance = Ваша { -bijstand(case: "nom") } на місяць
beschikking-row-we-pay = Мінус: рахунки, які ми сплачуємо за Вас
beschikking-row-own = Це Ви отримуєте на свій банківський рахунок
beschikking-payee-reference = Номер: { $reference }
beschikking-cost-rent = Оренда житла
beschikking-cost-energy = Енергія (газ і електроенергія)
beschikking-cost-health-insurance = Медичне страхування
beschikking-cost-water = Вода
beschikking-cost-municipal-taxes = Муніципальні податки

beschikking-own-amount = Отже, щомісяця Ви отримуєте { $amount } на свій банківський рахунок. З цих грошей Ви самі оплачуєте продукти, одяг та інші витрати.
beschikking-payment-day = Ми виплачуємо Вашу { -bijstand(case: "acc") } щомісяця, не пізніше { $day }-го числа.
beschikking-holiday = Щомісяця ми збираємо для Вас { $amount }: це Ваші { -vakantiegeld } (vakantiegeld). Ви отримаєте їх одним платежем, не пізніше { $date }
beschikking-allowances = { -toeslag(case: "cap") } (toeslag) — це гроші від Податкової служби (Belastingdienst), наприклад субсидія на оренду (huurtoeslag) або на медичне страхування (zorgtoeslag). { -toeslag(case: "cap") } залишається у Вас. Вона не впливає на Вашу { -bijstand(case: "acc") }.

beschikking-heading-first-payment = Ваша перша виплата
beschikking-advance = Ви вже отримали { -voorschot } (voorschot) у розмірі { $amount }. { -voorschot(case: "cap") } — це гроші, які Ви отримуєте, поки ми ще не ухвалили рішення. Ми віднімаємо { -voorschot } від Вашої першої виплати.
beschikking-first-payment-intro = Так виглядає Ваша перша виплата:
beschikking-row-first-period = { -bijstand(case: "cap") } з { $from } по { $to } включно
beschikking-row-first-costs = Мінус: рахунки, які ми сплачуємо за Вас
beschikking-row-first-advance = Мінус: { -voorschot }, який Ви вже отримали
beschikking-row-first-own = Ви отримаєте { $date }
beschikking-advance-refused = Ви отримали { -voorschot } (voorschot) у розмірі { $amount }. { -voorschot(case: "cap") } — це гроші, які Ви отримуєте, поки ми ще не ухвалили рішення. Оскільки Ви не отримуватимете { -bijstand(case: "gen") }, Ви повинні повернути { -voorschot }. Про це Ви отримаєте окремий лист.

beschikking-heading-fixed-costs = Рахунки, які ми сплачуємо за Вас
beschikking-fixed-costs-intro = Щомісяця ми одразу перераховуємо частину Вашої { -bijstand(case: "gen") }, наприклад за оренду та енергію. Так ці рахунки завжди оплачені вчасно.
beschikking-basis-art-56a = Ми повинні це робити, тому що Ви зобов'язані пройти інтеграцію (inburgering) і маєте дозвіл на проживання як біженець. Ми робимо це по { $until } включно. Після цього Ви знову самі сплачуєте ці рахунки. Для цього Ви даєте нам довіреність (machtiging): форму, якою Ви дозволяєте нам платити.
beschikking-basis-art-57 = Ми робимо це, тому що зараз Ви ще не можете добре самі сплачувати ці рахунки. Ми робимо це по { $until } включно. Після цього ми разом з Вами подивимося, чи можете Ви знову самі сплачувати рахунки. Причина:
beschikking-basis-consent = { $date } Ви попросили нас сплачувати ці рахунки за Вас. Ми робимо це по { $until } включно. Якщо Ви більше цього не хочете, скажіть нам. Тоді ми припинимо.
beschikking-settlements-resident = Ми сплачуємо лише суми з таблиці. Якщо Ви отримаєте інший рахунок, наприклад річний розрахунок за енергію, Ви сплачуєте його самі. Якщо Ваша орендна плата або страховий внесок зміниться, повідомте нам. Тоді ми змінимо суму.
beschikking-settlements-municipality = Якщо Ви отримаєте інший рахунок за ці витрати, наприклад річний розрахунок за енергію, надішліть його нам. Ми сплатимо його теж з Вашої { -bijstand(case: "gen") }. Якщо Ваша орендна плата або страховий внесок зміниться, повідомте нам. Тоді ми змінимо суму.

beschikking-heading-coach = Ваш консультант з бюджету
beschikking-coach = Вам допомагатиме { -budgetcoach }. { -budgetcoach(case: "cap") } допомагає правильно розпоряджатися грошима. Ваш { -budgetcoach } — { $name } з організації { $organisation }. Телефон: { $phone }.

beschikking-heading-obligations = Яких правил Ви повинні дотримуватися?
beschikking-obligations-intro = Якщо Ви отримуєте { -bijstand(case: "acc") }, Ви повинні дотримуватися цих правил:
beschikking-obligation-report-changes = Одразу повідомляйте нам, якщо щось змінюється, навіть якщо ми не питаємо. Наприклад: Ви починаєте працювати, Ви отримуєте від когось гроші, Ви переїжджаєте, з Вами починає жити ще хтось або Ваша сім'я приїжджає до Нідерландів.
beschikking-obligation-cooperate = Надавайте нам інформацію та документи, які ми просимо. Співпрацюйте, коли ми хочемо щось перевірити.
beschikking-obligation-look-for-work = Шукайте роботу. Зареєструйтеся як шукач роботи на werk.nl і відгукуйтеся на вакансії.
beschikking-obligation-accept-suitable-work = Якщо Вам пропонують роботу, Ви повинні на неї погодитися, навіть якщо це інша робота, ніж та, до якої Ви звикли.
beschikking-obligation-language-duty = Вивчайте нідерландську мову. Відвідуйте мовні уроки з Вашого плану інтеграції або уроки, про які ми з Вами домовимося.
beschikking-obligation-cooperate-budget-coach = Співпрацюйте з Вашим { -budgetcoach(case: "ins") }. Приходьте на зустрічі й показуйте свої листи щодо грошей.
beschikking-obligation-keep-appointments = Приходьте на зустрічі з муніципалітетом. Якщо Ви не можете прийти, зателефонуйте нам до зустрічі.
beschikking-obligation-report-travel-abroad = Якщо Ви їдете за кордон, повідомте нам про це заздалегідь. Отримуючи { -bijstand(case: "acc") }, Ви можете перебувати за кордоном не більше 4 тижнів за календарний рік.
beschikking-obligation-authorise-direct-payment = Підпишіть довіреність, за якою ми можемо сплачувати Ваші рахунки.
beschikking-consequence-report = Якщо Ви не повідомите про зміну або повідомите запізно, Ви можете отримати забагато { -bijstand(case: "gen") }. Тоді Ви повинні повернути ці гроші, іноді все, що Ви отримали забагато. Ви також можете отримати штраф.
beschikking-consequence-other = Якщо Ви не дотримуватиметеся інших правил, ми можемо на певний час зменшити Вашу { -bijstand(case: "acc") }.

beschikking-heading-law = На якому законі ґрунтується це рішення?
beschikking-law-intro = Це рішення ґрунтується на Законі про участь (Participatiewet). Це закон про { -bijstand(case: "acc") }. Ми застосовуємо такі статті:
beschikking-law-right = Статті 11 і 19: хто має право на { -bijstand(case: "acc") }
beschikking-law-couple = Стаття 11, ч. 4: партнери отримують { -bijstand(case: "acc") } разом
beschikking-law-norm = Стаття 21: розмір { -bijstand(case: "gen") } (норма)
beschikking-law-cost-sharers = Стаття 22a: менша { -bijstand(case: "nom") }, якщо Ви ділите житло (kostendelersnorm)
beschikking-law-income = Статті 31 і 32: який дохід враховується
beschikking-law-assets = Стаття 34: яке майно враховується
beschikking-law-decision = Статті 43, 44 і 45: рішення, дата початку та виплата
beschikking-law-decision-refused = Стаття 43: рішення щодо Вашої заяви
beschikking-law-advance = Стаття 52: { -voorschot }
beschikking-law-basis-art-56a = Стаття 56a: сплата рахунків під час інтеграції
beschikking-law-basis-art-57 = Стаття 57: сплата рахунків, коли Ви ще не можете робити це самі
beschikking-law-duties = Статті 9, 17 і 18: Ваші обов'язки; зменшення { -bijstand(case: "gen") }
beschikking-law-language = Стаття 18b: вивчення нідерландської (taaleis)
beschikking-law-recovery = Статті 18a і 58: штраф і повернення грошей
beschikking-law-information = Стаття 17: надання інформації, яка нам потрібна
beschikking-law-objection = Algemene wet bestuursrecht, статті 6:4–6:9: заперечення

beschikking-heading-objection = Ви не згодні з цим рішенням?
beschikking-objection = Тоді Ви можете подати { -bezwaar } (bezwaar), тобто попросити { -college(case: "acc") } ще раз розглянути це рішення.
beschikking-objection-deadline = На це у Вас є 6 тижнів, починаючи з наступного дня після відправлення цього листа ({ $sent }). Останній день, коли Ваше { -bezwaar } має надійти до нас: { $date }
beschikking-objection-post = Якщо Ви надсилаєте { -bezwaar } поштою, воно вчасне також тоді, коли Ви відправите його не пізніше цього дня, а ми отримаємо його протягом тижня після цього.
beschikking-objection-online = Ви можете подати { -bezwaar } через інтернет: { $url }. Або надішліть лист на адресу:
beschikking-objection-letter = Надішліть лист на адресу:
beschikking-objection-to = { -college(case: "cap") }, { $municipality }
beschikking-objection-what = Напишіть у своєму запереченні:
beschikking-objection-name = Ваше ім'я та адресу
beschikking-objection-date = дату
beschikking-objection-reference = { -kenmerk } цього листа: { $reference } (номер угорі цього листа)
beschikking-objection-why = чому Ви не згодні з цим рішенням
beschikking-objection-signature = Ваш підпис
beschikking-objection-copy = Якщо можете, додайте копію цього листа.
beschikking-objection-couple = Ви і Ваш партнер можете обоє подати { -bezwaar }. Якщо Ви робите це разом, напишіть обидва імені й поставте обидва підписи.
beschikking-objection-language = Ви можете написати { -bezwaar } своєю мовою; тоді ми можемо попросити переклад. Безкоштовно допомагають VluchtelingenWerk, Juridisch Loket (юридична консультація) та sociaal raadslieden (соціальні консультанти) Вашого муніципалітету.
beschikking-objection-call = Хочете спочатку поговорити з нами? Зателефонуйте { $name }: { $phone }. Можливо, ми разом знайдемо рішення. Увага: дзвінок — це не { -bezwaar }, і строк 6 тижнів спливає далі.
beschikking-objection-in-force = Навіть якщо Ви подасте { -bezwaar }, це рішення діє, доки не буде нового рішення.
beschikking-objection-urgent = Якщо справа дуже термінова, попросіть суд швидко ухвалити тимчасове рішення (voorlopige voorziening). Для цього потрібно також подати { -bezwaar }. Заяву подають до суду (rechtbank) за місцем проживання; суд бере за це плату (griffierecht). Більше інформації: www.rechtspraak.nl.

beschikking-mandate = Від імені виконавчого органу муніципалітету (het college van burgemeester en wethouders),
