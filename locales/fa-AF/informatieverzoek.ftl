### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Request for documents (اسناد) with a last day; not a decision.

informatieverzoek-subject = ما به اسنادی از شما ضرورت داریم
informatieverzoek-intro-application = شما به تاریخ { $date } برای کمک معیشتی (bijstand) درخواست دادید (نمبر مرجع { $reference }). ما هنوز به اسنادی از شما ضرورت داریم. بدون این اسناد نمی‌توانیم در مورد درخواست شما فیصله کنیم.
informatieverzoek-intro-assistance = شما از ما کمک معیشتی (bijstand) می‌گیرید. ما بررسی می‌کنیم که آیا کمک معیشتی شما هنوز درست است. برای این کار به اسنادی از شما ضرورت داریم.
informatieverzoek-deadline = اسناد را حد اکثر تا { $date } برای ما بفرستید.

informatieverzoek-heading-documents = به کدام اسناد ضرورت داریم؟
informatieverzoek-label-person = مربوط به کی:
informatieverzoek-label-period = مدت:
informatieverzoek-label-why = چرا:
informatieverzoek-person-you = خود شما
informatieverzoek-period = از { $from } تا { $to } (همان روز هم شامل است)
informatieverzoek-doc-bank-statements = صورت حساب‌های تمام حساب‌های بانکی
informatieverzoek-why-bank-statements = به این ترتیب می‌بینیم که چه پولی داخل می‌شود و چه پولی خارج می‌شود.
informatieverzoek-doc-id-document = یک کاپی از پاسپورت، کارت هویت یا سند اقامت
informatieverzoek-why-id-document = ما باید مطمئن باشیم که شما کی هستید. این در قانون آمده است.
informatieverzoek-doc-residence-permit = یک کاپی از اجازهٔ اقامت (روی و پشت)
informatieverzoek-why-residence-permit = به این ترتیب می‌دانیم که شما اجازه دارید در هالند زندگی کنید.
informatieverzoek-doc-rental-contract = قرارداد کرایه
informatieverzoek-why-rental-contract = به این ترتیب می‌دانیم که کجا و با کی زندگی می‌کنید و چقدر کرایه می‌پردازید.
informatieverzoek-doc-payslips = فیش‌های معاش
informatieverzoek-why-payslips = به این ترتیب می‌دانیم که چقدر پول از کار به دست آمده است. این پول در حساب کمک معیشتی شامل می‌شود.
informatieverzoek-doc-benefit-letters = نامه‌هایی در مورد مستمری‌ها یا کمک‌هزینه‌های دیگر
informatieverzoek-why-benefit-letters = به این ترتیب می‌دانیم که چه عاید دیگری وجود دارد.
informatieverzoek-doc-health-insurance-policy = بیمه‌نامهٔ صحی (سند بیمهٔ صحی)
informatieverzoek-why-health-insurance-policy = به این ترتیب می‌دانیم که شما بیمه هستید و چقدر برای آن می‌پردازید.
informatieverzoek-doc-savings-and-property = سند پس‌انداز، موتر یا دارایی دیگر، در خارج از کشور هم
informatieverzoek-why-savings-and-property = به این ترتیب می‌دانیم که چقدر دارایی وجود دارد. دارایی ممکن است در حساب کمک معیشتی شامل شود.
informatieverzoek-doc-marriage-certificate = سند ازدواج (نکاح‌خط)
informatieverzoek-why-marriage-certificate = به این ترتیب می‌دانیم که کی‌ها عضو خانوادهٔ شما هستند. این تعیین می‌کند که چقدر کمک معیشتی می‌گیرید.
informatieverzoek-doc-debt-letters = نامه‌هایی در مورد قرض‌ها یا بل‌هایی که هنوز باید پرداخت شوند
informatieverzoek-why-debt-letters = به این ترتیب می‌بینیم که آیا برای قرض‌ها به کمک ضرورت دارید.
informatieverzoek-doc-other = سند دیگر
informatieverzoek-copies = کاپی یا عکس واضح بفرستید. اصل اسناد را نزد خود نگه دارید.

informatieverzoek-heading-how = اسناد را چطور بفرستید؟
# $url: the upload address, printed as typed.
informatieverzoek-how-upload = از طریق انترنت: به { $url } بروید و با DigiD داخل شوید.
informatieverzoek-how-post = با پست، به این آدرس:
# $desk: where and when, printed as typed.
informatieverzoek-how-desk = در کلکین: { $desk }.
informatieverzoek-how-reference = نمبر مرجع ما { $reference } و نام خود را روی تمام چیزهایی که می‌فرستید بنویسید.

informatieverzoek-heading-consequence = اگر اسناد به ما نرسد چه می‌شود؟
informatieverzoek-consequence-application = در این صورت نمی‌توانیم فیصله کنیم که آیا کمک معیشتی می‌گیرید. ممکن است فیصله کنیم که درخواست شما را بررسی نکنیم. در این صورت برای این درخواست کمک معیشتی نمی‌گیرید. در این مورد یک نامه با یک فیصله می‌گیرید. بعد از آن می‌توانید دوباره برای کمک معیشتی درخواست بدهید.
informatieverzoek-consequence-assistance = در این صورت نمی‌توانیم بررسی کنیم که آیا کمک معیشتی شما درست است. ممکن است پرداخت را تا وقتی اسناد به ما برسد متوقف کنیم. در این مورد اول یک نامه می‌گیرید. اگر بعد از آن هم اسناد را نفرستید، ممکن است کمک معیشتی شما کاملاً قطع شود. گاهی باید کمک معیشتی را هم پس بدهید.
informatieverzoek-more-time = آیا نمی‌توانید همه چیز را به وقت بفرستید؟ یا یک سند را ندارید؟ در این صورت پیش از { $date } به ما تیلفون کنید. بعد با هم راه حلی پیدا می‌کنیم. گاهی می‌توانید وقت بیشتر بگیرید.

informatieverzoek-heading-help = کی می‌تواند با شما کمک کند؟
informatieverzoek-help-staff = آیا در مورد این نامه سوالی دارید؟ به { $name } تیلفون کنید: { $phone }.
informatieverzoek-help-vluchtelingenwerk = VluchtelingenWerk می‌تواند در جمع‌آوری اسناد با شما کمک کند.
informatieverzoek-help-budget-coach = مشاور بودجهٔ شما می‌تواند در پیدا کردن صورت حساب‌های بانکی و نامه‌ها با شما کمک کند.
informatieverzoek-help-social-counsellor = مشاوران اجتماعی (sociaal raadslieden) به‌طور رایگان در مورد نامه‌های شاروالی با شما کمک می‌کنند.
informatieverzoek-help-library = در کتابخانه به‌طور رایگان در مورد DigiD و فرستادن اسناد از طریق انترنت با شما کمک می‌کنند.

informatieverzoek-not-a-decision = این نامه یک فیصله نیست. به همین دلیل نمی‌توانید به این نامه اعتراض کنید.
