### Machine draft, not reviewed by a qualified translator (see locale.toml).

uitnodiging-subject = Запрошення на розмову
uitnodiging-intro = Запрошуємо Вас на розмову.
uitnodiging-compulsory = Ви повинні прийти на цю розмову.

uitnodiging-label-date = Дата
uitnodiging-label-time = Час
uitnodiging-label-duration = Тривалість
uitnodiging-label-place = Місце
uitnodiging-label-with = З ким
uitnodiging-time = { $time }
# Ukrainian (CLDR): one (1, 21, ...), few (2–4, 22–24, ...), many (5–20, 25–30, ...), other (fractions).
uitnodiging-duration = { $minutes ->
    [one] приблизно { $minutes } хвилина
    [few] приблизно { $minutes } хвилини
    [many] приблизно { $minutes } хвилин
   *[other] приблизно { $minutes } хвилини
}
uitnodiging-with = { $name }, { $role }

uitnodiging-heading-purpose = Про що буде розмова?
uitnodiging-purpose-intake = Це наша перша розмова. Ми познайомимося з Вами і поговоримо про Вашу ситуацію та про те, що Вам потрібно.
uitnodiging-purpose-plan = Під час цієї розмови ми разом складемо план. Ми домовимося, що Ви будете робити і хто Вам у цьому допоможе.
uitnodiging-purpose-progress = Під час цієї розмови ми подивимося, як у Вас справи. Ми обговоримо те, про що домовилися раніше.
uitnodiging-purpose-income-check = Під час цієї розмови ми розглянемо Ваші доходи та витрати. Ми перевіримо, чи Ви й надалі отримуєте правильну суму { -bijstand(case: "gen") }.
uitnodiging-purpose-language-assessment = Під час цієї розмови ми перевіримо, наскільки добре Ви розмовляєте, читаєте і пишете нідерландською. Тоді ми знатимемо, які мовні курси Вам підходять.
uitnodiging-purpose-brede-intake = Ця розмова — { -brede-intake } у межах Вашої { -inburgering(case: "gen") }. Ми поговоримо про Вашу освіту, роботу, здоровʼя та Вашу ситуацію. Після цього ми разом складемо Ваш { -pip(case: "acc") }.
uitnodiging-purpose-learnability-test = Ви пройдете тест на здатність до навчання (leerbaarheidstoets) на компʼютері. Тест показує, як швидко Ви вивчаєте нову мову. Це не іспит. Для нього не потрібно знати нідерландську.
uitnodiging-purpose-pip = Під час цієї розмови ми разом складемо Ваш { -pip(case: "acc") }. У ньому буде записано, як Ви вивчатимете нідерландську і що ще Ви робитимете для своєї { -inburgering(case: "gen") }. Після цього ми ухвалимо рішення щодо PIP.
uitnodiging-interpreter = На розмові буде перекладач. Мова перекладача: { $language }. Для Вас це безкоштовно.
uitnodiging-companion = Ви можете взяти з собою людину, якій довіряєте. Наприклад, когось із родини або волонтера.

uitnodiging-heading-bring = Що взяти з собою?
uitnodiging-bring-id-document = Ваш документ, що посвідчує особу (паспорт або ID-картку)
uitnodiging-bring-residence-permit = Ваш дозвіл на проживання
uitnodiging-bring-w-document = Ваш W-документ, якщо він у Вас ще є
uitnodiging-bring-bsn-letter = Лист із Вашим персональним номером BSN (burgerservicenummer)
uitnodiging-bring-coa-letters = Листи, які Ви отримали від COA
uitnodiging-bring-bank-card = Ваша банківська картка
uitnodiging-bring-bank-statements = Ваші банківські виписки за останні 3 місяці
uitnodiging-bring-rental-contract = Ваш договір оренди
uitnodiging-bring-health-insurance-policy = Ваш поліс медичного страхування (документ, що підтверджує Ваше медичне страхування)
uitnodiging-bring-income-statements = Ваші розрахункові листки із зарплатою або інші підтвердження Вашого доходу
uitnodiging-bring-diplomas = Ваші дипломи та сертифікати (якщо є)
uitnodiging-bring-debt-letters = Листи про борги або рахунки, які Ви ще маєте сплатити
uitnodiging-bring-this-letter = Цей лист

uitnodiging-heading-cannot-come = Якщо Ви не можете прийти
# The Ukrainian date ends in "р.", so it does not stand before a full stop.
uitnodiging-reschedule = Тоді зателефонуйте нам. Останній день для дзвінка: { $date } Наш телефон: { $phone }. Ми разом оберемо новий день.
uitnodiging-ill = Якщо в день розмови Ви захворієте, зателефонуйте нам до { $time } за номером { $phone }.

uitnodiging-heading-consequence = Що буде, якщо Ви не прийдете?
uitnodiging-consequence-applicant = Ця розмова потрібна нам, щоб розглянути Вашу заяву на { -bijstand(case: "acc") } (bijstand). Якщо Ви не прийдете і не зателефонуєте нам, ми можемо вирішити не розглядати Вашу заяву. Тоді Ви не отримаєте { -bijstand(case: "gen") }.
uitnodiging-consequence-recipient = Ви отримуєте { -bijstand(case: "acc") } (bijstand). Тому Ви повинні приходити на розмови з нами. Так визначає Participatiewet — закон про { -bijstand(case: "acc") }. Якщо Ви не прийдете і не матимете поважної причини, ми можемо на деякий час зменшити Вашу { -bijstand(case: "acc") }. Тоді Ви отримуватимете менше грошей.
uitnodiging-consequence-inburgering = Ця розмова є частиною Вашої { -inburgering(case: "gen") }. Ви повинні взяти в ній участь. Так визначає Wet inburgering 2021 (закон про інтеграцію). Якщо Ви не прийдете і не матимете поважної причини, ми можемо накласти на Вас штраф.
