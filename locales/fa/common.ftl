### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Persian as written in Iran: formal «شما» with plural verbs, Persian
### yeh and kaf (ی ک), the zero-width non-joiner in می‌شود, ها, ای.
### Persian has no grammatical gender: only the salutation uses $form.
### Digits are Persian (۰–۹, see locale.toml): numbers written in the text
### (۶ هفته, مادهٔ ۱۱) use them too; identifiers and Dutch names keep theirs.

## Terms: one word for one thing (see locales/nl/common.ftl).
## کمک معیشتی is the bijstand only; یارانه is an allowance (toeslag) only.
-bijstand = کمک معیشتی
-zorgtoeslag = یارانهٔ بیمهٔ درمانی (zorgtoeslag)
-huurtoeslag = یارانهٔ اجاره‌بها (huurtoeslag)
-budgetcoach = مشاور بودجه
-inburgering = ادغام
-pip = برنامهٔ شخصی ادغام و مشارکت (PIP)
-brede-intake = مصاحبهٔ جامع (brede intake)

money = { $amount } یورو

logo-alt = نشان { $municipality }
label-date = تاریخ
label-reference = شمارهٔ مرجع ما
label-your-application = درخواست شما به تاریخ
label-your-letter = نامهٔ شما به تاریخ
label-enclosures = پیوست‌ها
label-contact = تماس
label-phone = تلفن
label-postal-address = نشانی پستی
label-visiting-address = نشانی مراجعه
page-x-of-y = صفحهٔ { $page } از { $total }

salutation = { $form ->
    [mr] آقای { $family } گرامی،
    [ms] خانم { $family } گرامی،
   *[neutral] { $name } گرامی،
}
closing = با احترام،

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = آیا می‌خواهید این نامه را به زبان خودتان بخوانید؟ کد را اسکن کنید یا به این نشانی بروید:
translation-qr-alt = کد QR برای این نامه به زبان خودتان

binding-notice-translation = این ترجمهٔ نامه‌ای است که به زبان هلندی نوشته شده است. فقط متن هلندی رسمی است. اگر نامهٔ هلندی را می‌خواهید، از ما بخواهید.
binding-notice-bilingual = در این نامه متن به دو زبان آمده است. فقط متن هلندی رسمی است.

role-werkconsulent = مشاور کار
role-klantmanager = مسئول پرونده
role-consulent-inburgering = مشاور ادغام
role-schuldhulpverlener = مشاور بدهی

partner-resident = شما
partner-municipality = ما (شهرداری)
partner-coa = COA (سازمان پذیرش پناهجویان)
partner-vluchtelingenwerk = VluchtelingenWerk (سازمان حمایت از پناهندگان)
partner-language-school = آموزشگاه زبان
partner-budget-coach = مشاور بودجه
partner-employer = کارفرما
partner-gp = پزشک خانواده
partner-school = مدرسه
partner-housing-association = شرکت مسکن
partner-ggd = GGD (خدمات بهداشت عمومی)
partner-ggz = GGZ (کمک برای مشکلات روانی)
partner-jgz = بهداشت کودکان و نوجوانان (JGZ)
partner-uwv = UWV (سازمان بیمه‌های کارکنان)
partner-duo = DUO (سازمان امور آموزشی)
partner-svb = SVB (بانک بیمه‌های اجتماعی)
partner-belastingdienst = Belastingdienst (ادارهٔ مالیات)

## Languages an interpreter can speak ("مترجم شفاهی به زبان ...").
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
col-when = تا چه تاریخی
no-deadline = بدون تاریخ

## Tasks that can be agreed (afsprakenbrief, plan van aanpak).
action-brede-intake = گفتگوهای { -brede-intake }: دربارهٔ تحصیلات، کار، سلامت و نیازهای شما
action-learnability-test = انجام آزمون یادگیری (leerbaarheidstoets). این آزمون نشان می‌دهد که شما با چه سرعتی یک زبان جدید را یاد می‌گیرید
action-pip = تهیه و ثبت { -pip } شما
action-start-language-route = شروع کلاس‌های زبان در آموزشگاه زبانی که ما برای شما انتخاب می‌کنیم
action-knm = شرکت در کلاس‌های آشنایی با جامعهٔ هلند (KNM)
action-pvt = شرکت در دورهٔ بیانیهٔ مشارکت (PVT): کلاس‌هایی دربارهٔ قوانین و ارزش‌ها در هلند
action-map = شرکت در دورهٔ بازار کار و مشارکت (MAP): چگونه در هلند کار پیدا کنید
action-diploma-evaluation = ارزیابی مدارک تحصیلی: مدرک شما در هلند چه ارزشی دارد
action-open-bank-account = باز کردن حساب بانکی
action-apply-digid = درخواست DigiD
action-health-insurance = گرفتن بیمهٔ درمانی
action-apply-allowances = درخواست { -zorgtoeslag } و { -huurtoeslag } (پولی از ادارهٔ مالیات برای بیمهٔ درمانی و اجاره‌بهای شما)
action-child-benefit = درخواست کمک‌هزینهٔ فرزند (kinderbijslag) و بودجهٔ وابسته به فرزند (kindgebonden budget)
action-register-gp = ثبت‌نام نزد پزشک خانواده
action-register-school = ثبت‌نام فرزندان در مدرسه
action-isk = ثبت‌نام در کلاس انتقالی بین‌المللی (ISK): کلاسی برای یادگیری زبان هلندی
action-sign-rental-contract = امضای قرارداد اجاره
action-connect-energy = درخواست گاز، برق و آب
action-furnishing-loan = درخواست وام برای وسایل خانه
action-insurance = گرفتن بیمهٔ اثاثیهٔ منزل و بیمهٔ مسئولیت
action-tax-waiver = درخواست معافیت از مالیات شهرداری (kwijtschelding)
action-budget-coach-intake = اولین گفتگو با { -budgetcoach }
action-debt-help = کمک برای بدهی‌ها
action-direct-payment-fixed-costs = پرداخت مستقیم اجاره‌بها، انرژی و بیمهٔ درمانی از { -bijstand } شما
action-hand-in-documents = تحویل مدارک به شهرداری
action-register-uwv = ثبت‌نام به عنوان کارجو در UWV (werk.nl)
action-look-for-work = جستجوی کار و درخواست کار
action-volunteer-work = پیدا کردن کار داوطلبانه
action-work-placement = شروع کار در یک محل کار برای کسب تجربهٔ کاری
action-childcare = ترتیب دادن مهدکودک
action-family-reunification = آوردن خانواده به هلند (پیوستن خانواده)
action-follow-up-conversation = گفتگوی بعدی
# After free text staff typed in Dutch: this text is in Dutch.
free-text-in-dutch = (به زبان هلندی)
