### Machine draft, not reviewed by a qualified translator (see locale.toml).

uitnodiging-subject = Запрошення на розмову
uitnodiging-intro = Ми хочемо поговорити з Вами. Тому запрошуємо Вас на розмову.

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
uitnodiging-purpose-income-check = Під час цієї розмови ми розглянемо Ваші доходи та витрати. Ми перевіримо, чи правильна ще сума Вашої допомоги.
uitnodiging-purpose-language-assessment = Під час цієї розмови ми перевіримо, наскільки добре Ви розмовляєте, читаєте і пишете нідерландською. Тоді ми знатимемо, які мовні курси Вам підходять.
uitnodiging-interpreter = На розмові буде перекладач. Для Вас це безкоштовно.

uitnodiging-heading-bring = Що взяти з собою?
uitnodiging-bring-id-document = Ваш документ, що посвідчує особу (паспорт або ID-картку)
uitnodiging-bring-residence-permit = Ваш дозвіл на проживання
uitnodiging-bring-bank-statements = Ваші банківські виписки за останні 3 місяці
uitnodiging-bring-rental-contract = Ваш договір оренди
uitnodiging-bring-health-insurance-policy = Ваш поліс медичного страхування
uitnodiging-bring-income-statements = Ваші розрахункові листки із зарплатою або інші підтвердження Вашого доходу
uitnodiging-bring-diplomas = Ваші дипломи та сертифікати (якщо є)
uitnodiging-bring-debt-letters = Листи про борги або рахунки, які Ви ще маєте сплатити
uitnodiging-bring-this-letter = Цей лист

uitnodiging-heading-cannot-come = Не можете прийти?
# The Ukrainian date ends in "р.", so it does not stand before a full stop.
uitnodiging-reschedule = Тоді зателефонуйте нам. Останній день для дзвінка — { $date }, за 1 робочий день до розмови. Наш телефон: { $phone }. Ми разом домовимося про нову зустріч.
uitnodiging-benefit-consequence = Якщо Ви не прийдете і не скасуєте зустріч, це може вплинути на Вашу допомогу: Ви можете отримати менше грошей, або виплату на деякий час зупинять.
