### Betaalspecificatie: the overview of one month of bijstand. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).
# A Ukrainian date ends in "р."; that full stop also ends the sentence, so no
# second one follows a date at the end of a sentence.

betaalspecificatie-subject = Ваша соціальна допомога цього місяця: огляд
betaalspecificatie-intro = У цьому огляді Ви бачите, скільки соціальної допомоги (bijstand) отримуєте за місяць: { $month } Ви також бачите, що ми сплатили за Вас і що Ви отримуєте на свій банківський рахунок. Читайте таблицю згори донизу.

betaalspecificatie-col-details = Пояснення
betaalspecificatie-col-amount = Сума
betaalspecificatie-minus = – { $amount }
betaalspecificatie-row-norm-single = Ваша норма допомоги (людина, яка живе сама)
betaalspecificatie-row-norm-single-parent = Ваша норма допомоги (одинокий батько або мати)
betaalspecificatie-row-norm-couple = Ваша норма допомоги (подружжя або пара, що живе разом)
betaalspecificatie-cost-sharers = { $count ->
    [one] Нижча норма: з Вами живе { $count } інша доросла особа.
    [few] Нижча норма: з Вами живуть { $count } інші дорослі особи.
    [many] Нижча норма: з Вами живуть { $count } інших дорослих осіб.
   *[other] Нижча норма: з Вами живуть { $count } інших дорослих осіб.
}
betaalspecificatie-row-holiday = Відпускні: ми відкладаємо їх для Вас
betaalspecificatie-deduction-income-work = Ваш дохід від роботи
betaalspecificatie-deduction-income-partner = Дохід Вашого партнера від роботи
betaalspecificatie-deduction-other-benefit = Інша виплата
betaalspecificatie-deduction-advance = Повернення авансу
betaalspecificatie-deduction-recovery = Повернення надмірно отриманої допомоги
betaalspecificatie-deduction-reduction = Зменшення Вашої допомоги (санкція)
betaalspecificatie-deduction-other = Інше утримання
betaalspecificatie-row-bijstand = Ваша соціальна допомога цього місяця
betaalspecificatie-row-we-paid = Це ми сплатили за Вас із Вашої допомоги:
betaalspecificatie-payment-rent = Оренда житла
betaalspecificatie-payment-energy = Енергія (газ і електрика)
betaalspecificatie-payment-water = Вода
betaalspecificatie-payment-health-insurance = Медичне страхування
betaalspecificatie-payment-municipal-taxes = Муніципальні податки
betaalspecificatie-payment-debt-arrangement = Погашення боргів (боргова угода)
betaalspecificatie-payment-other = Інший платіж
betaalspecificatie-payee-reference = Ваш номер: { $reference }
betaalspecificatie-paid-on = Сплачено { $date }
betaalspecificatie-row-own = Це Ви отримуєте самі { $date }
betaalspecificatie-own = { $date } Ви отримаєте { $amount } на свій банківський рахунок. З цих грошей Ви самі платите за продукти, одяг та інші витрати.

betaalspecificatie-heading-holiday = Ваші відпускні
betaalspecificatie-holiday = Щомісяця ми відкладаємо для Вас частину допомоги. Це Ваші відпускні. Цього місяця це { $amount }. Загалом Ви вже накопичили { $saved } відпускних.
betaalspecificatie-holiday-paid-in = Ці гроші Ви отримаєте в такому місяці: { $month }

betaalspecificatie-heading-changes = Що змінилося з минулого місяця?
betaalspecificatie-no-changes = З минулого місяця нічого не змінилося.
betaalspecificatie-change-norm = Ваша норма допомоги змінилася.
betaalspecificatie-change-rent = Ваша орендна плата змінилася.
betaalspecificatie-change-energy = Ваша сума за енергію змінилася.
betaalspecificatie-change-water = Ваша сума за воду змінилася.
betaalspecificatie-change-health-insurance = Ваша сума за медичне страхування змінилася.
betaalspecificatie-change-municipal-taxes = Ваша сума за муніципальні податки змінилася.
betaalspecificatie-change-income = Ваш дохід змінився.
betaalspecificatie-change-recovery = Сума, яку Ви повертаєте, змінилася.
betaalspecificatie-change-other = Змінилося щось інше.
betaalspecificatie-change-amounts = Минулого місяця: { $before }. Тепер: { $after }.
betaalspecificatie-change-new-amount = Тепер: { $after }.

betaalspecificatie-heading-questions = Маєте запитання?
betaalspecificatie-questions = Щось не так або щось незрозуміло? Телефонуйте { $name }: { $phone }.
betaalspecificatie-coach = Потрібна допомога з грошима? Телефонуйте своєму консультанту з бюджету { $name } з { $organisation }: { $phone }.
betaalspecificatie-not-a-decision = Цей огляд не є рішенням. Суми взято з рішень, які Ви отримали від нас раніше.
