### Machine draft, not reviewed by a qualified translator (see locale.toml).

money = { $amount } €

logo-alt = Логотип муніципалітету { $municipality }
date-line = { $place }, { $date }
label-reference = Номер справи
label-contact = Контакти
label-phone = Телефон
page-x-of-y = Сторінка { $page } з { $total }

salutation = { $form ->
    [mr] Шановний пане { $family }!
    [ms] Шановна пані { $family }!
   *[neutral] Доброго дня, { $name }!
}
closing = З повагою,

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = Хочете прочитати цей лист своєю мовою? Скануйте код або перейдіть за адресою:
translation-qr-alt = QR-код до цього листа вашою мовою

binding-notice-translation = Це переклад листа нідерландською мовою. Офіційний лише нідерландський текст. Хочете отримати лист нідерландською? Попросіть нас.
binding-notice-bilingual = У цьому листі текст двома мовами. Офіційний лише нідерландський текст.

role-werkconsulent = Консультант з роботи
role-klantmanager = Клієнтський менеджер
role-consulent-inburgering = Консультант з інтеграції
role-schuldhulpverlener = Консультант з боргових питань

partner-resident = Ви
partner-municipality = Муніципалітет
partner-coa = COA (прийом шукачів притулку)
partner-vluchtelingenwerk = VluchtelingenWerk (допомога біженцям)
partner-language-school = Мовна школа
partner-budget-coach = Консультант з бюджету
partner-employer = Роботодавець
partner-gp = Сімейний лікар
partner-school = Школа
partner-housing-association = Житлова корпорація

col-what = Що
col-who = Хто
col-when = Виконати до
no-deadline = Без дати

action-register-language-school = Записатися до мовної школи
action-language-test = Скласти мовний тест, щоб визначити Ваш рівень
action-open-bank-account = Відкрити банківський рахунок
action-apply-digid = Подати заяву на DigiD
action-health-insurance = Оформити медичне страхування
action-apply-allowances = Подати заяву на допомогу на медичне страхування та на оренду житла
action-register-gp = Зареєструватися в сімейного лікаря
action-register-school = Записати дітей до школи
action-sign-rental-contract = Підписати договір оренди
action-connect-energy = Оформити підключення газу, електроенергії та води
action-budget-coach-intake = Перша зустріч з консультантом з бюджету
action-direct-payment-fixed-costs = Оплачувати оренду, енергію та медичне страхування напряму з соціальної допомоги
action-hand-in-documents = Здати документи до муніципалітету
action-look-for-work = Шукати роботу та відгукуватися на вакансії
action-volunteer-work = Шукати волонтерську роботу
action-work-placement = Почати роботу на місці для здобуття трудового досвіду
action-childcare = Організувати догляд за дітьми
action-follow-up-conversation = Запланувати наступну розмову
