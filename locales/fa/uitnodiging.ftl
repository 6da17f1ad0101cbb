### Machine draft, not reviewed by a qualified translator (see locale.toml).
### The appointment is a conversation (گفتگو), never "توافق" (agreement).

uitnodiging-subject = دعوت به گفتگو
uitnodiging-intro = ما شما را به یک گفتگو دعوت می‌کنیم.
uitnodiging-compulsory = شما باید در این گفتگو حاضر شوید.

uitnodiging-label-date = تاریخ
uitnodiging-label-time = ساعت
uitnodiging-label-duration = مدت
uitnodiging-label-place = مکان
uitnodiging-label-with = با
# $time is already formatted.
uitnodiging-time = ساعت { $time }
# $minutes: 5 to 480. Persian (CLDR): one and other; the noun stays singular.
uitnodiging-duration = { $minutes ->
    [one] حدود { $minutes } دقیقه
   *[other] حدود { $minutes } دقیقه
}
uitnodiging-with = { $name }، { $role }

uitnodiging-heading-purpose = این گفتگو دربارهٔ چیست؟
uitnodiging-purpose-intake = این اولین گفتگوی ما است. ما با شما آشنا می‌شویم. دربارهٔ وضعیت شما و چیزهایی که نیاز دارید صحبت می‌کنیم.
uitnodiging-purpose-plan = در این گفتگو با هم یک برنامه می‌سازیم. توافق می‌کنیم که شما چه کارهایی انجام می‌دهید و چه کسی به شما کمک می‌کند.
uitnodiging-purpose-progress = در این گفتگو می‌بینیم حال شما چطور است. دربارهٔ توافق‌هایی که قبلاً کردیم صحبت می‌کنیم.
uitnodiging-purpose-income-check = در این گفتگو به درآمد و هزینه‌های شما نگاه می‌کنیم. بررسی می‌کنیم که آیا هنوز { -bijstand } درست را دریافت می‌کنید.
uitnodiging-purpose-language-assessment = در این گفتگو می‌بینیم که شما چقدر خوب هلندی صحبت می‌کنید، می‌خوانید و می‌نویسید. آن وقت می‌دانیم کدام کلاس زبان برای شما مناسب است.
uitnodiging-purpose-brede-intake = این گفتگو { -brede-intake } برای { -inburgering } شما است. دربارهٔ تحصیلات، کار، سلامت و وضعیت شما صحبت می‌کنیم. بعد از آن با هم { -pip } شما را تهیه می‌کنیم.
uitnodiging-purpose-learnability-test = شما آزمون یادگیری (leerbaarheidstoets) را با کامپیوتر انجام می‌دهید. این آزمون نشان می‌دهد که شما با چه سرعتی یک زبان جدید را یاد می‌گیرید. این آزمون امتحان نیست. برای آن لازم نیست هلندی بدانید.
uitnodiging-purpose-pip = در این گفتگو با هم { -pip } شما را تهیه می‌کنیم. در آن نوشته می‌شود که شما چطور هلندی یاد می‌گیرید و چه کارهای دیگری برای { -inburgering } خود انجام می‌دهید. بعد از آن ما دربارهٔ PIP یک تصمیم رسمی می‌گیریم.
# $language: the language the interpreter speaks.
uitnodiging-interpreter = در این گفتگو یک مترجم شفاهی به زبان { $language } حضور دارد. مترجم برای شما هزینه‌ای ندارد.
uitnodiging-companion = می‌توانید کسی را که به او اعتماد دارید با خود بیاورید. مثلاً یکی از اعضای خانواده یا یک داوطلب.

uitnodiging-heading-bring = چه چیزهایی با خود بیاورید؟
uitnodiging-bring-id-document = مدرک شناسایی شما (گذرنامه یا کارت شناسایی)
uitnodiging-bring-residence-permit = اجازهٔ اقامت شما
uitnodiging-bring-w-document = مدرک W (W-document) شما، اگر هنوز آن را دارید
uitnodiging-bring-bsn-letter = نامه‌ای که شمارهٔ شهروندی (BSN) شما در آن است
uitnodiging-bring-coa-letters = نامه‌هایی که از COA دریافت کرده‌اید
uitnodiging-bring-bank-card = کارت بانکی شما
uitnodiging-bring-bank-statements = صورت‌حساب‌های بانکی ۳ ماه گذشته
uitnodiging-bring-rental-contract = قرارداد اجارهٔ شما
uitnodiging-bring-health-insurance-policy = بیمه‌نامهٔ درمانی شما (مدرک بیمهٔ درمانی شما)
uitnodiging-bring-income-statements = فیش‌های حقوقی یا مدارک دیگر دربارهٔ درآمد شما
uitnodiging-bring-diplomas = مدارک تحصیلی و گواهی‌نامه‌های شما، اگر دارید
uitnodiging-bring-debt-letters = نامه‌هایی دربارهٔ بدهی‌ها یا صورت‌حساب‌هایی که هنوز باید بپردازید
uitnodiging-bring-this-letter = همین نامه

uitnodiging-heading-cannot-come = اگر نمی‌توانید بیایید
# $date: the last day the office is open before the conversation, with weekday.
uitnodiging-reschedule = در این صورت حداکثر تا { $date } به ما زنگ بزنید. شمارهٔ تلفن ما { $phone } است. آن وقت با هم روز دیگری انتخاب می‌کنیم.
uitnodiging-ill = اگر در روز گفتگو بیمار هستید، پیش از ساعت { $time } به شمارهٔ { $phone } به ما زنگ بزنید.

uitnodiging-heading-consequence = اگر نیایید چه می‌شود؟
uitnodiging-consequence-applicant = ما به این گفتگو نیاز داریم تا درخواست { -bijstand } شما را بررسی کنیم. اگر نیایید و به ما زنگ نزنید، ممکن است تصمیم بگیریم که درخواست شما را بررسی نکنیم. در این صورت { -bijstand } دریافت نمی‌کنید.
uitnodiging-consequence-recipient = شما { -bijstand } دریافت می‌کنید. به همین دلیل باید در گفتگوها با ما حاضر شوید. این در قانون مشارکت (Participatiewet)، قانون مربوط به { -bijstand }، آمده است. اگر نیایید و دلیل موجهی نداشته باشید، ممکن است { -bijstand } شما را برای مدتی کم کنیم. در این صورت پول کمتری دریافت می‌کنید.
uitnodiging-consequence-inburgering = این گفتگو بخشی از { -inburgering } شما است. شما باید در آن شرکت کنید. این در قانون ادغام سال ۲۰۲۱ (Wet inburgering 2021) آمده است. اگر نیایید و دلیل موجهی نداشته باشید، ممکن است به شما جریمه بدهیم.
