### Machine draft, not reviewed by a qualified translator (see locale.toml).

## Terms: one word for one thing (see locales/nl/common.ftl). Terms that
## change with the grammatical case take $case: nom (default), gen, acc,
## ins, loc, and cap (nominative at the start of a sentence). A toeslag is
## a "субсидія", never "допомога" (the bijstand).
-bijstand = { $case ->
    [gen] соціальної допомоги
    [acc] соціальну допомогу
    [ins] соціальною допомогою
    [loc] соціальній допомозі
    [cap] Соціальна допомога
   *[nom] соціальна допомога
}
-zorgtoeslag = субсидія на медичне страхування (zorgtoeslag)
-huurtoeslag = субсидія на оренду житла (huurtoeslag)
-budgetcoach = { $case ->
    [gen] консультанта з бюджету
    [acc] консультанта з бюджету
    [ins] консультантом з бюджету
    [loc] консультантові з бюджету
    [cap] Консультант з бюджету
   *[nom] консультант з бюджету
}
-inburgering = { $case ->
   *[nom] інтеграція
    [gen] інтеграції
    [acc] інтеграцію
    [ins] інтеграцією
    [loc] інтеграції
}
-pip = { $case ->
   *[nom] особистий план інтеграції та участі (PIP)
    [gen] особистого плану інтеграції та участі (PIP)
    [acc] особистий план інтеграції та участі (PIP)
    [ins] особистим планом інтеграції та участі (PIP)
    [loc] особистому плані інтеграції та участі (PIP)
}
-brede-intake = { $case ->
   *[nom] розширена співбесіда (brede intake)
    [gen] розширеної співбесіди (brede intake)
    [acc] розширену співбесіду (brede intake)
    [ins] розширеною співбесідою (brede intake)
    [loc] розширеній співбесіді (brede intake)
}

money = { $amount } €

logo-alt = Логотип муніципалітету { $municipality }
label-date = Дата
label-reference = Номер справи
label-your-application = Ваша заява від
label-your-letter = Ваш лист від
label-enclosures = Додаток(и)
label-contact = Контакти
label-phone = Телефон
label-postal-address = Поштова адреса
label-visiting-address = Адреса для відвідування
page-x-of-y = Сторінка { $page } з { $total }

salutation = { $form ->
    [mr] Шановний пане { $family }!
    [ms] Шановна пані { $family }!
   *[neutral] Доброго дня, { $name }!
}
closing = З повагою,

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = Хочете прочитати цей лист своєю мовою? Скануйте код або перейдіть за адресою:
translation-qr-alt = QR-код до цього листа Вашою мовою

binding-notice-translation = Це переклад листа, написаного нідерландською мовою. Офіційним є лише нідерландський текст. Якщо Ви хочете отримати лист нідерландською мовою, попросіть нас.
binding-notice-bilingual = У цьому листі текст двома мовами. Офіційний лише нідерландський текст.

role-werkconsulent = Консультант з роботи
role-klantmanager = Клієнтський менеджер
role-consulent-inburgering = Консультант з інтеграції
role-schuldhulpverlener = Консультант з боргових питань

partner-resident = Ви
partner-municipality = Ми (муніципалітет)
partner-coa = COA (прийом шукачів притулку)
partner-vluchtelingenwerk = VluchtelingenWerk (допомога біженцям)
partner-language-school = Мовна школа
partner-budget-coach = Консультант з бюджету
partner-employer = Роботодавець
partner-gp = Сімейний лікар
partner-school = Школа
partner-housing-association = Житлова організація (woningcorporatie)
partner-ggd = GGD (служба громадського здоровʼя)
partner-ggz = GGZ (допомога з психічним здоровʼям)
partner-jgz = Служба здоровʼя дітей і молоді (JGZ)
partner-uwv = UWV (агентство зайнятості та страхування працівників)
partner-duo = DUO (агентство з питань освіти)
partner-svb = SVB (банк соціального страхування)
partner-belastingdienst = Belastingdienst (податкова служба)

language-ar = арабська
language-ti = тигринья
language-am = амхарська
language-uk = українська
language-ru = російська
language-fa = перська (фарсі)
language-prs = дарі
language-ps = пушту
language-so = сомалі
language-tr = турецька
language-ku = курдська
language-en = англійська
language-fr = французька

col-what = Що
col-who = Хто
col-when = Виконати до
no-deadline = Без дати

action-brede-intake = Розмови в межах { -brede-intake(case: "gen") }: про Вашу освіту, роботу, здоровʼя і про те, що Вам потрібно
action-learnability-test = Пройти тест на здатність до навчання (leerbaarheidstoets). Він показує, як швидко Ви вивчаєте нову мову
action-pip = Скласти й затвердити Ваш { -pip(case: "acc") }
action-start-language-route = Почати мовні заняття в мовній школі, яку ми для Вас оберемо
action-knm = Відвідувати заняття «Знання нідерландського суспільства» (KNM)
action-pvt = Пройти курс декларації про участь (PVT): заняття про правила та цінності в Нідерландах
action-map = Пройти модуль «Ринок праці та участь» (MAP): як знайти роботу в Нідерландах
action-diploma-evaluation = Подати дипломи на оцінку: що Ваш диплом означає в Нідерландах
action-open-bank-account = Відкрити банківський рахунок
action-apply-digid = Подати заяву на DigiD
action-health-insurance = Оформити медичне страхування
action-apply-allowances = Подати заяву на { -zorgtoeslag } та { -huurtoeslag } (гроші від податкової служби на медичне страхування та оренду)
action-child-benefit = Подати заяву на виплати на дітей (kinderbijslag, kindgebonden budget)
action-register-gp = Зареєструватися у сімейного лікаря
action-register-school = Записати дітей до школи
action-isk = Записатися до міжнародного перехідного класу (ISK): класу для вивчення нідерландської
action-sign-rental-contract = Підписати договір оренди
action-connect-energy = Оформити підключення газу, електроенергії та води
action-furnishing-loan = Подати заяву на позику для облаштування житла
action-insurance = Оформити страхування майна і страхування відповідальності
action-tax-waiver = Попросити звільнення від муніципальних податків (kwijtschelding)
action-budget-coach-intake = Перша зустріч з { -budgetcoach(case: "ins") }
action-debt-help = Підтримка у вирішенні боргових проблем
action-direct-payment-fixed-costs = Оплачувати оренду, енергію та медичне страхування напряму з Вашої { -bijstand(case: "gen") }
action-hand-in-documents = Здати документи до муніципалітету
action-register-uwv = Зареєструватися як шукач роботи в UWV (werk.nl)
action-look-for-work = Шукати роботу та відгукуватися на вакансії
action-volunteer-work = Шукати волонтерську роботу
action-work-placement = Почати працювати на робочому місці, щоб здобути досвід
action-childcare = Організувати догляд за дітьми
action-family-reunification = Перевезти Вашу сімʼю до Нідерландів (возʼєднання сімʼї)
action-follow-up-conversation = Провести наступну розмову
free-text-in-dutch = (нідерландською)
