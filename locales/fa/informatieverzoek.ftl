### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Request for documents (مدارک) with a last day; not a decision.

informatieverzoek-subject = ما به مدارکی از شما نیاز داریم
informatieverzoek-intro-application = شما در تاریخ { $date } درخواست کمک معیشتی (bijstand) کردید (شمارهٔ مرجع { $reference }). ما هنوز به مدارکی از شما نیاز داریم. بدون این مدارک نمی‌توانیم دربارهٔ درخواست شما تصمیم بگیریم.
informatieverzoek-intro-assistance = شما از ما کمک معیشتی (bijstand) دریافت می‌کنید. ما بررسی می‌کنیم که آیا کمک معیشتی شما هنوز درست است. برای این کار به مدارکی از شما نیاز داریم.
informatieverzoek-deadline = مدارک را حداکثر تا { $date } برای ما بفرستید.

informatieverzoek-heading-documents = به چه مدارکی نیاز داریم؟
informatieverzoek-label-person = مربوط به چه کسی:
informatieverzoek-label-period = دوره:
informatieverzoek-label-why = چرا:
informatieverzoek-person-you = خودتان
informatieverzoek-period = از { $from } تا { $to } (با احتساب همان روز)
informatieverzoek-doc-bank-statements = صورت‌حساب‌های همهٔ حساب‌های بانکی
informatieverzoek-why-bank-statements = به این ترتیب می‌بینیم چه پولی وارد می‌شود و چه پولی خارج می‌شود.
informatieverzoek-doc-id-document = یک کپی از گذرنامه، کارت شناسایی یا مدرک اقامت
informatieverzoek-why-id-document = ما باید مطمئن باشیم که شما چه کسی هستید. این در قانون آمده است.
informatieverzoek-doc-residence-permit = یک کپی از اجازهٔ اقامت (رو و پشت)
informatieverzoek-why-residence-permit = به این ترتیب می‌دانیم که شما اجازه دارید در هلند زندگی کنید.
informatieverzoek-doc-rental-contract = قرارداد اجاره
informatieverzoek-why-rental-contract = به این ترتیب می‌دانیم کجا و با چه کسی زندگی می‌کنید و چقدر اجاره‌بها می‌پردازید.
informatieverzoek-doc-payslips = فیش‌های حقوقی
informatieverzoek-why-payslips = به این ترتیب می‌دانیم چقدر درآمد از کار به دست آمده است. این پول در محاسبهٔ کمک معیشتی به حساب می‌آید.
informatieverzoek-doc-benefit-letters = نامه‌هایی دربارهٔ مقرری‌ها یا یارانه‌های دیگر
informatieverzoek-why-benefit-letters = به این ترتیب می‌دانیم چه درآمد دیگری وجود دارد.
informatieverzoek-doc-health-insurance-policy = بیمه‌نامهٔ درمانی (مدرک بیمهٔ درمانی)
informatieverzoek-why-health-insurance-policy = به این ترتیب می‌دانیم که بیمه هستید و چقدر برای آن می‌پردازید.
informatieverzoek-doc-savings-and-property = مدرک پس‌انداز، خودرو یا دارایی دیگر، در خارج از کشور هم
informatieverzoek-why-savings-and-property = به این ترتیب می‌دانیم چقدر دارایی وجود دارد. دارایی ممکن است در محاسبهٔ کمک معیشتی به حساب بیاید.
informatieverzoek-doc-marriage-certificate = مدرک ازدواج (سند ازدواج)
informatieverzoek-why-marriage-certificate = به این ترتیب می‌دانیم چه کسانی عضو خانوادهٔ شما هستند. این تعیین می‌کند که چقدر کمک معیشتی دریافت می‌کنید.
informatieverzoek-doc-debt-letters = نامه‌هایی دربارهٔ بدهی‌ها یا صورت‌حساب‌هایی که هنوز باید پرداخت شوند
informatieverzoek-why-debt-letters = به این ترتیب می‌بینیم که آیا برای بدهی‌ها به کمک نیاز دارید.
informatieverzoek-doc-other = مدرک دیگر
informatieverzoek-copies = کپی یا عکس واضح بفرستید. اصل مدارک را پیش خودتان نگه دارید.

informatieverzoek-heading-how = مدارک را چطور بفرستید؟
# $url: the upload address, printed as typed.
informatieverzoek-how-upload = از طریق اینترنت: به { $url } بروید و با DigiD وارد شوید.
informatieverzoek-how-post = با پست، به این نشانی:
# $desk: where and when, printed as typed.
informatieverzoek-how-desk = در باجه: { $desk }.
informatieverzoek-how-reference = شمارهٔ مرجع ما { $reference } و نام خود را روی همهٔ چیزهایی که می‌فرستید بنویسید.

informatieverzoek-heading-consequence = اگر مدارک به دست ما نرسد چه می‌شود؟
informatieverzoek-consequence-application = در این صورت نمی‌توانیم تصمیم بگیریم که آیا کمک معیشتی دریافت می‌کنید. ممکن است تصمیم بگیریم که درخواست شما را بررسی نکنیم. در این صورت برای این درخواست کمک معیشتی دریافت نمی‌کنید. در این باره نامه‌ای با یک تصمیم رسمی دریافت می‌کنید. بعد از آن می‌توانید دوباره درخواست کمک معیشتی کنید.
informatieverzoek-consequence-assistance = در این صورت نمی‌توانیم بررسی کنیم که آیا کمک معیشتی شما درست است. ممکن است پرداخت را تا وقتی مدارک به دست ما برسد متوقف کنیم. در این باره اول نامه‌ای دریافت می‌کنید. اگر بعد از آن هم مدارک را نفرستید، ممکن است کمک معیشتی شما کاملاً قطع شود. گاهی باید کمک معیشتی را هم پس بدهید.
informatieverzoek-more-time = آیا نمی‌توانید همه چیز را به موقع بفرستید؟ یا مدرکی را ندارید؟ در این صورت پیش از { $date } به ما زنگ بزنید. آن وقت با هم راه‌حلی پیدا می‌کنیم. گاهی می‌توانید وقت بیشتری بگیرید.

informatieverzoek-heading-help = چه کسی می‌تواند به شما کمک کند؟
informatieverzoek-help-staff = آیا دربارهٔ این نامه سؤالی دارید؟ به { $name } زنگ بزنید: { $phone }.
informatieverzoek-help-vluchtelingenwerk = VluchtelingenWerk می‌تواند در جمع‌آوری مدارک به شما کمک کند.
informatieverzoek-help-budget-coach = مشاور بودجهٔ شما می‌تواند در پیدا کردن صورت‌حساب‌های بانکی و نامه‌ها به شما کمک کند.
informatieverzoek-help-social-counsellor = مشاوران اجتماعی (sociaal raadslieden) به‌طور رایگان در مورد نامه‌های شهرداری به شما کمک می‌کنند.
informatieverzoek-help-library = در کتابخانه به‌طور رایگان در مورد DigiD و فرستادن مدارک از طریق اینترنت به شما کمک می‌کنند.

informatieverzoek-not-a-decision = این نامه یک تصمیم رسمی نیست. به همین دلیل نمی‌توانید به این نامه اعتراض کنید.
