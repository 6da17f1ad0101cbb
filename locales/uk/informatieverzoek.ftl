### Informatieverzoek: request for documents, with a deadline. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).
# A Ukrainian date ends in "р."; that full stop also ends the sentence, so no
# second one follows a date at the end of a sentence.

informatieverzoek-subject = Нам потрібні від Вас документи
informatieverzoek-intro-application = { $date } Ви подали заяву на соціальну допомогу (bijstand) (номер { $reference }). Нам ще потрібні від Вас документи. Без цих документів ми не можемо ухвалити рішення щодо Вашої заяви.
informatieverzoek-intro-assistance = Ви отримуєте від нас соціальну допомогу (bijstand). Ми перевіряємо, чи Ваша допомога ще правильна. Для цього нам потрібні від Вас документи.
informatieverzoek-deadline = Надішліть нам документи не пізніше ніж { $date }

informatieverzoek-heading-documents = Які документи нам потрібні?
informatieverzoek-label-person = Чиї:
informatieverzoek-label-period = Період:
informatieverzoek-label-why = Навіщо:
informatieverzoek-person-you = Ваші
informatieverzoek-period = з { $from } по { $to } включно
informatieverzoek-doc-bank-statements = Виписки з усіх банківських рахунків
informatieverzoek-why-bank-statements = Так ми бачимо, які гроші надходять і витрачаються.
informatieverzoek-doc-id-document = Копія паспорта, посвідчення особи або документа на проживання
informatieverzoek-why-id-document = Ми маємо точно знати, хто Ви. Так каже закон.
informatieverzoek-doc-residence-permit = Копія дозволу на проживання (з обох боків)
informatieverzoek-why-residence-permit = Так ми знаємо, що Ви маєте право жити в Нідерландах.
informatieverzoek-doc-rental-contract = Договір оренди житла
informatieverzoek-why-rental-contract = Так ми знаємо, де Ви живете, з ким і скільки платите за оренду.
informatieverzoek-doc-payslips = Розрахункові листки із зарплатою
informatieverzoek-why-payslips = Так ми знаємо, скільки було зароблено. Ці гроші враховуються для допомоги.
informatieverzoek-doc-benefit-letters = Листи про інші виплати або надбавки
informatieverzoek-why-benefit-letters = Так ми знаємо, який інший дохід є.
informatieverzoek-doc-health-insurance-policy = Поліс медичного страхування (доказ страхування)
informatieverzoek-why-health-insurance-policy = Так ми знаємо, що Ви застраховані і скільки за це платите.
informatieverzoek-doc-savings-and-property = Доказ заощаджень, автомобіля чи іншого майна, також за кордоном
informatieverzoek-why-savings-and-property = Так ми знаємо, скільки є майна. Майно може враховуватися для допомоги.
informatieverzoek-doc-marriage-certificate = Доказ шлюбу (свідоцтво про шлюб)
informatieverzoek-why-marriage-certificate = Так ми знаємо, хто належить до Вашої сім'ї. Від цього залежить розмір допомоги.
informatieverzoek-doc-debt-letters = Листи про борги або рахунки, які ще треба сплатити
informatieverzoek-why-debt-letters = Так ми бачимо, чи потрібна Вам допомога з боргами.
informatieverzoek-doc-other = Інший документ
informatieverzoek-copies = Надсилайте копії або чіткі фото. Оригінали залиште собі.

informatieverzoek-heading-how = Як надіслати документи?
informatieverzoek-how-upload = Через інтернет: перейдіть на { $url } і увійдіть за допомогою DigiD.
informatieverzoek-how-post = Поштою, на адресу:
informatieverzoek-how-desk = У віконці прийому: { $desk }.
informatieverzoek-how-reference = Напишіть наш номер { $reference } і Ваше ім'я на всьому, що надсилаєте.

informatieverzoek-heading-consequence = Що буде, якщо ми не отримаємо документи?
informatieverzoek-consequence-application = Тоді ми не зможемо вирішити, чи отримаєте Ви соціальну допомогу. Ми можемо вирішити не розглядати Вашу заяву. Тоді за цією заявою Ви не отримаєте допомоги. Про це Ви отримаєте лист із рішенням. Після цього Ви можете подати заяву знову.
informatieverzoek-consequence-assistance = Тоді ми не зможемо перевірити, чи Ваша допомога правильна. Ми можемо припинити виплати, доки не отримаємо документи. Спочатку Ви отримаєте про це лист. Якщо Ви й після цього не надішлете документи, Ваша допомога може припинитися повністю. Іноді тоді також треба повернути допомогу.
informatieverzoek-more-time = Не встигаєте надіслати все вчасно? Або у Вас немає якогось документа? Тоді зателефонуйте нам до { $date } Ми разом знайдемо рішення. Іноді можна отримати більше часу.

informatieverzoek-heading-help = Хто може Вам допомогти?
informatieverzoek-help-staff = Маєте запитання щодо цього листа? Телефонуйте { $name }: { $phone }.
informatieverzoek-help-vluchtelingenwerk = VluchtelingenWerk може допомогти Вам зібрати документи.
informatieverzoek-help-budget-coach = Ваш консультант з бюджету може допомогти знайти банківські виписки та листи.
informatieverzoek-help-social-counsellor = Соціальні консультанти (sociaal raadslieden) безкоштовно допомагають із листами від муніципалітету.
informatieverzoek-help-library = У бібліотеці Вам безкоштовно допоможуть із DigiD і з надсиланням документів через інтернет.

informatieverzoek-not-a-decision = Цей лист не є рішенням. Тому Ви не можете подати заперечення проти цього листа.
