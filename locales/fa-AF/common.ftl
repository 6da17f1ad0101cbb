### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Dari as written in Afghanistan, not Iranian Persian: شاروالی (not
### شهرداری), تیلفون, داکتر, مکتب, صحت, کرایه, قرض, معلومات, اسناد, بل;
### Afghan month names come from ICU4X (fa-AF: جنوری … نومبر).
### Formal «شما» with plural verbs; Persian yeh and kaf (ی ک) and the
### zero-width non-joiner (می‌شود). Only the salutation uses $form.
### Digits are Persian (۰–۹, see locale.toml), also in the text (۶ هفته).

## Terms: one word for one thing (see locales/nl/common.ftl).
## کمک معیشتی is the bijstand only; کمک‌هزینه is an allowance (toeslag) only.
-bijstand = کمک معیشتی
-zorgtoeslag = کمک‌هزینهٔ بیمهٔ صحی (zorgtoeslag)
-huurtoeslag = کمک‌هزینهٔ کرایهٔ خانه (huurtoeslag)
-budgetcoach = مشاور بودجه
-inburgering = ادغام
-pip = پلان شخصی ادغام و اشتراک (PIP)
-brede-intake = مصاحبهٔ همه‌جانبه (brede intake)

money = { $amount } یورو

logo-alt = نشان { $municipality }
label-date = تاریخ
label-reference = نمبر مرجع ما
label-your-application = درخواست شما به تاریخ
label-your-letter = نامهٔ شما به تاریخ
label-enclosures = ضمیمه‌ها
label-contact = تماس
label-phone = تیلفون
label-postal-address = آدرس پستی
label-visiting-address = آدرس مراجعه
page-x-of-y = صفحهٔ { $page } از { $total }

salutation = { $form ->
    [mr] محترم آقای { $family }،
    [ms] محترمه خانم { $family }،
   *[neutral] { $name } محترم،
}
closing = با احترام،

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = آیا می‌خواهید این نامه را به زبان خود بخوانید؟ کود را سکن کنید یا به این آدرس بروید:
translation-qr-alt = کود QR برای این نامه به زبان خود شما

binding-notice-translation = این ترجمهٔ نامه‌ای است که به زبان هالندی نوشته شده است. تنها متن هالندی رسمی است. اگر نامهٔ هالندی را می‌خواهید، از ما بخواهید.
binding-notice-bilingual = در این نامه متن به دو زبان آمده است. تنها متن هالندی رسمی است.

role-werkconsulent = مشاور کار
role-klantmanager = مسئول دوسیه
role-consulent-inburgering = مشاور ادغام
role-schuldhulpverlener = مشاور قرض

partner-resident = شما
partner-municipality = ما (شاروالی)
partner-coa = COA (ادارهٔ پذیرش پناهجویان)
partner-vluchtelingenwerk = VluchtelingenWerk (مؤسسهٔ حمایت از پناهندگان)
partner-language-school = مکتب زبان
partner-budget-coach = مشاور بودجه
partner-employer = کارفرما
partner-gp = داکتر فامیلی
partner-school = مکتب
partner-housing-association = شرکت مسکن
partner-ggd = GGD (خدمات صحت عامه)
partner-ggz = GGZ (کمک برای مشکلات روانی)
partner-jgz = صحت اطفال و نوجوانان (JGZ)
partner-uwv = UWV (ادارهٔ بیمه‌های کارمندان)
partner-duo = DUO (ادارهٔ امور تحصیلی)
partner-svb = SVB (بانک بیمه‌های اجتماعی)
partner-belastingdienst = Belastingdienst (ادارهٔ مالیات)

## Languages an interpreter can speak ("ترجمان به زبان ...").
language-ar = عربی
language-ti = تیگرینیا
language-am = امهری
language-uk = اوکراینی
language-ru = روسی
language-fa = فارسی
language-prs = دری
language-ps = پشتو
language-so = سومالیایی
language-tr = ترکی
language-ku = کردی
language-en = انگلیسی
language-fr = فرانسوی

col-what = چه کاری
col-who = چه کسی
col-when = تا کدام تاریخ
no-deadline = بدون تاریخ

## Tasks that can be agreed (afsprakenbrief, plan van aanpak).
action-brede-intake = گفتگوهای { -brede-intake }: در مورد تحصیلات، کار، صحت و ضرورت‌های شما
action-learnability-test = سپری کردن امتحان یادگیری (leerbaarheidstoets). این امتحان نشان می‌دهد که شما با چه سرعتی یک زبان نو را یاد می‌گیرید
action-pip = ساختن و ثبت { -pip } شما
action-start-language-route = شروع کورس‌های زبان در مکتب زبانی که ما برای شما انتخاب می‌کنیم
action-knm = اشتراک در صنف‌های آشنایی با جامعهٔ هالند (KNM)
action-pvt = اشتراک در دورهٔ اعلامیهٔ اشتراک (PVT): صنف‌هایی در مورد قوانین و ارزش‌ها در هالند
action-map = اشتراک در دورهٔ بازار کار و اشتراک (MAP): چطور در هالند کار پیدا کنید
action-diploma-evaluation = ارزیابی اسناد تحصیلی: سند تحصیلی شما در هالند چه ارزشی دارد
action-open-bank-account = باز کردن حساب بانکی
action-apply-digid = درخواست DigiD
action-health-insurance = گرفتن بیمهٔ صحی
action-apply-allowances = درخواست { -zorgtoeslag } و { -huurtoeslag } (پولی از ادارهٔ مالیات برای بیمهٔ صحی و کرایهٔ خانهٔ شما)
action-child-benefit = درخواست کمک‌هزینهٔ اطفال (kinderbijslag) و بودجهٔ مربوط به اطفال (kindgebonden budget)
action-register-gp = ثبت نام نزد داکتر فامیلی
action-register-school = ثبت نام اطفال در مکتب
action-isk = ثبت نام در صنف انتقالی بین‌المللی (ISK): صنفی برای یادگیری زبان هالندی
action-sign-rental-contract = امضای قرارداد کرایه
action-connect-energy = درخواست گاز، برق و آب
action-furnishing-loan = درخواست قرضه برای وسایل خانه
action-insurance = گرفتن بیمهٔ وسایل خانه و بیمهٔ مسئولیت
action-tax-waiver = درخواست معافیت از مالیات شاروالی (kwijtschelding)
action-budget-coach-intake = اولین گفتگو با { -budgetcoach }
action-debt-help = کمک برای قرض‌ها
action-direct-payment-fixed-costs = پرداخت مستقیم کرایهٔ خانه، انرژی و بیمهٔ صحی از { -bijstand } شما
action-hand-in-documents = تسلیم کردن اسناد به شاروالی
action-register-uwv = ثبت نام به حیث کارجو در UWV (werk.nl)
action-look-for-work = پالیدن کار و درخواست برای کار
action-volunteer-work = پیدا کردن کار رضاکارانه
action-work-placement = شروع کار در یک محل کار برای کسب تجربهٔ کاری
action-childcare = تنظیم کودکستان
action-family-reunification = آوردن خانواده به هالند (یکجا شدن خانواده)
action-follow-up-conversation = ملاقات بعدی
# After free text staff typed in Dutch: this text is in Dutch.
free-text-in-dutch = (به زبان هالندی)
