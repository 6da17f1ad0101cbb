### Machine draft, not reviewed by a qualified translator (see locale.toml).
### The appointment is a meeting (ملاقات), never "توافق" (agreement).

uitnodiging-subject = دعوت به ملاقات
uitnodiging-intro = ما شما را به یک ملاقات دعوت می‌کنیم.
uitnodiging-compulsory = شما باید در این ملاقات حاضر شوید.

uitnodiging-label-date = تاریخ
uitnodiging-label-time = ساعت
uitnodiging-label-duration = مدت
uitnodiging-label-place = جای ملاقات
uitnodiging-label-with = با
# $time is already formatted.
uitnodiging-time = ساعت { $time }
# $minutes: 5 to 480. Dari (CLDR fa): one and other; the noun stays singular.
uitnodiging-duration = { $minutes ->
    [one] تقریباً { $minutes } دقیقه
   *[other] تقریباً { $minutes } دقیقه
}
uitnodiging-with = { $name }، { $role }

uitnodiging-heading-purpose = این ملاقات در مورد چیست؟
uitnodiging-purpose-intake = این اولین ملاقات ما است. ما با شما آشنا می‌شویم. در مورد وضعیت شما و چیزهایی که ضرورت دارید صحبت می‌کنیم.
uitnodiging-purpose-plan = در این ملاقات با هم یک پلان می‌سازیم. توافق می‌کنیم که شما چه کارهایی انجام می‌دهید و کی با شما کمک می‌کند.
uitnodiging-purpose-progress = در این ملاقات می‌بینیم که حال شما چطور است. در مورد توافقاتی که قبلاً کردیم صحبت می‌کنیم.
uitnodiging-purpose-income-check = در این ملاقات به عاید و مصارف شما نگاه می‌کنیم. بررسی می‌کنیم که آیا هنوز { -bijstand } درست را می‌گیرید.
uitnodiging-purpose-language-assessment = در این ملاقات می‌بینیم که شما چقدر خوب هالندی صحبت می‌کنید، می‌خوانید و می‌نویسید. بعد می‌دانیم که کدام کورس زبان برای شما مناسب است.
uitnodiging-purpose-brede-intake = این ملاقات { -brede-intake } برای { -inburgering } شما است. در مورد تحصیلات، کار، صحت و وضعیت شما صحبت می‌کنیم. بعد از آن با هم { -pip } شما را می‌سازیم.
uitnodiging-purpose-learnability-test = شما امتحان یادگیری (leerbaarheidstoets) را روی کمپیوتر سپری می‌کنید. این امتحان نشان می‌دهد که شما با چه سرعتی یک زبان نو را یاد می‌گیرید. این یک امتحان مکتب نیست. برای آن لازم نیست هالندی بدانید.
uitnodiging-purpose-pip = در این ملاقات با هم { -pip } شما را می‌سازیم. در آن نوشته می‌شود که شما چطور هالندی یاد می‌گیرید و چه کارهای دیگری برای { -inburgering } خود انجام می‌دهید. بعد از آن ما در مورد PIP یک فیصله می‌کنیم.
# $language: the language the interpreter speaks.
uitnodiging-interpreter = در این ملاقات یک ترجمان به زبان { $language } حاضر است. ترجمان برای شما هیچ مصرفی ندارد.
uitnodiging-companion = می‌توانید کسی را که به او اعتماد دارید با خود بیاورید. مثلاً یکی از اعضای خانواده یا یک رضاکار.

uitnodiging-heading-bring = چه چیزهایی را با خود بیاورید؟
uitnodiging-bring-id-document = سند هویت شما (پاسپورت یا کارت هویت)
uitnodiging-bring-residence-permit = اجازهٔ اقامت شما
uitnodiging-bring-w-document = سند W (W-document) شما، اگر هنوز آن را دارید
uitnodiging-bring-bsn-letter = نامه‌ای که نمبر خدمات شهروندی (BSN) شما در آن است
uitnodiging-bring-coa-letters = نامه‌هایی که از COA گرفته‌اید
uitnodiging-bring-bank-card = کارت بانکی شما
uitnodiging-bring-bank-statements = صورت حساب‌های بانکی ۳ ماه گذشته
uitnodiging-bring-rental-contract = قرارداد کرایهٔ شما
uitnodiging-bring-health-insurance-policy = بیمه‌نامهٔ صحی شما (سند بیمهٔ صحی شما)
uitnodiging-bring-income-statements = فیش‌های معاش یا اسناد دیگر در مورد عاید شما
uitnodiging-bring-diplomas = اسناد تحصیلی و تصدیق‌نامه‌های شما، اگر دارید
uitnodiging-bring-debt-letters = نامه‌هایی در مورد قرض‌ها یا بل‌هایی که هنوز باید بپردازید
uitnodiging-bring-this-letter = همین نامه

uitnodiging-heading-cannot-come = اگر نمی‌توانید بیایید
# $date: the last day the office is open before the meeting, with weekday.
uitnodiging-reschedule = در این صورت حد اکثر تا { $date } به ما تیلفون کنید. نمبر تیلفون ما { $phone } است. بعد با هم روز دیگری را انتخاب می‌کنیم.
uitnodiging-ill = اگر به روز ملاقات مریض هستید، پیش از ساعت { $time } به نمبر { $phone } به ما تیلفون کنید.

uitnodiging-heading-consequence = اگر نیایید چه می‌شود؟
uitnodiging-consequence-applicant = ما به این ملاقات ضرورت داریم تا درخواست { -bijstand } شما را بررسی کنیم. اگر نیایید و به ما تیلفون نکنید، ممکن است فیصله کنیم که درخواست شما را بررسی نکنیم. در این صورت { -bijstand } نمی‌گیرید.
uitnodiging-consequence-recipient = شما { -bijstand } می‌گیرید. به همین دلیل باید در ملاقات‌ها با ما حاضر شوید. این در قانون اشتراک (Participatiewet)، یعنی قانون { -bijstand }، آمده است. اگر نیایید و دلیل موجه نداشته باشید، ممکن است { -bijstand } شما را برای مدتی کم کنیم. در این صورت پول کمتر می‌گیرید.
uitnodiging-consequence-inburgering = این ملاقات بخشی از { -inburgering } شما است. شما باید در آن اشتراک کنید. این در قانون ادغام سال ۲۰۲۱ (Wet inburgering 2021) آمده است. اگر نیایید و دلیل موجه نداشته باشید، ممکن است بالای شما جریمه وضع کنیم.
