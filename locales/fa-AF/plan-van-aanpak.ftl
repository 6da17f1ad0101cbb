### Machine draft, not reviewed by a qualified translator (see locale.toml).
### One plan (پلان کاری) made with the resident and the partner
### organisations; not a decision. The PIP is the integration plan the
### municipality decides on.

plan-van-aanpak-subject = پلان کاری شما

plan-van-aanpak-intro = به تاریخ { $date } با هم یک پلان ساختیم. هدف این است: شما بتوانید هر چه زودتر زندگی خود را در هالند خودتان اداره کنید. در این نامه تمام پلان را می‌خوانید.
plan-van-aanpak-participants = این مؤسسات هم در ساختن پلان همکاری کردند:
plan-van-aanpak-one-plan = ما با هم همکاری می‌کنیم. به همین دلیل شما از همهٔ ما یک پلان می‌گیرید، نه از هر مؤسسه یک پلان جداگانه.

plan-van-aanpak-household = این پلان برای تمام اعضای خانوار شما است: { $adults } و { $children }.
# $count: number of adults (1 or more). The noun stays singular after a number.
plan-van-aanpak-adults = { $count ->
    [one] { $count } شخص بزرگسال
   *[other] { $count } شخص بزرگسال
}
# $count: number of children (0 or more).
plan-van-aanpak-children = { $count ->
    [0] بدون طفل
    [one] { $count } طفل
   *[other] { $count } طفل
}

plan-van-aanpak-heading-pip = این پلان و ادغام شما
plan-van-aanpak-not-a-decision = این پلان کاری یک فیصله نیست.
plan-van-aanpak-pip-set = شما برای { -inburgering } خود یک { -pip } هم دارید. ما به تاریخ { $date } در مورد آن فیصله کردیم. این پلان به PIP شما مربوط است، اما جای آن را نمی‌گیرد. وظایف شما برای { -inburgering } در PIP نوشته شده است.
plan-van-aanpak-pip-planned = ما برای { -inburgering } شما هنوز یک { -pip } می‌سازیم. این کار را بعد از { -brede-intake } و امتحان یادگیری (leerbaarheidstoets) انجام می‌دهیم. در مورد PIP یک فیصله دریافت می‌کنید. اگر با آن موافق نیستید، می‌توانید اعتراض کنید. یعنی از ما می‌خواهید که دوباره به فیصله نگاه کنیم. بعد از آن این پلان را تغییر می‌دهیم.
plan-van-aanpak-route-b1 = مسیر یادگیری شما مسیر B1 است. شما هالندی را تا سطح B1 یاد می‌گیرید و در کنار آن در جامعه سهم می‌گیرید، مثلاً با کار.
plan-van-aanpak-route-education = مسیر یادگیری شما مسیر تحصیلی است. شما هالندی یاد می‌گیرید تا بعد از آن به زبان هالندی تحصیل کنید.
plan-van-aanpak-route-z = مسیر یادگیری شما مسیر Z (مسیر خودکفایی) است. شما هالندی را در سطح خود یاد می‌گیرید و در جامعه سهم می‌گیرید.

plan-van-aanpak-heading-support = ما این‌طور با شما کمک می‌کنیم
plan-van-aanpak-support-intensive = شما رهنمایی زیاد می‌گیرید. ما و مؤسسات دیگر قدم به قدم با شما کمک می‌کنیم. همه چیز را توضیح می‌دهیم. اگر ضرورت باشد، با شما می‌رویم. مثلاً به بانک یا نزد داکتر فامیلی.
plan-van-aanpak-support-light = شما معلوماتی را که ضرورت دارید می‌گیرید. بعد از آن بیشتر کارها را خودتان انجام می‌دهید. اگر کاری پیش نرفت، از ما کمک بخواهید.
# Refers to the column col-who and the value partner-resident.
plan-van-aanpak-how-to-read = در پایین برای هر موضوع یک جدول می‌بینید: چه کاری انجام می‌شود، کی آن را انجام می‌دهد و تا کدام تاریخ تمام می‌شود. اگر در ستون «چه کسی» نوشته شده «شما»، آن کار را خودتان انجام می‌دهید.

plan-van-aanpak-domain-housing = مسکن
plan-van-aanpak-domain-income = پول و عاید
plan-van-aanpak-domain-language = زبان و ادغام
plan-van-aanpak-domain-work = کار
plan-van-aanpak-domain-health = صحت
plan-van-aanpak-domain-children = اطفال و مکتب
# Followed by a note typed by staff (not translated).
plan-van-aanpak-situation = وضعیت شما:
plan-van-aanpak-no-actions = برای این موضوع فعلاً لازم نیست کسی کاری انجام دهد.

plan-van-aanpak-heading-contacts = به کی می‌توانید تیلفون کنید؟
plan-van-aanpak-contacts-intro = اگر در مورد بخشی از پلان سوالی دارید، به مؤسسه‌ای که آن کار را انجام می‌دهد تیلفون کنید.
plan-van-aanpak-col-organisation = مؤسسه
plan-van-aanpak-col-name = نام

plan-van-aanpak-heading-privacy = معلومات شما
# A list of organisations follows.
plan-van-aanpak-consent = شما به تاریخ { $date } به ما اجازه دادید که معلوماتی در مورد شما را با این مؤسسات شریک بسازیم:
plan-van-aanpak-consent-scope = ما تنها معلوماتی را شریک می‌سازیم که این مؤسسات برای این پلان ضرورت دارند. شما همیشه می‌توانید اجازهٔ خود را پس بگیرید. برای این کار به { $name } به نمبر { $phone } تیلفون کنید.
plan-van-aanpak-no-consent = ما تنها زمانی معلومات شما را با مؤسسات این پلان شریک می‌سازیم که شما اجازه بدهید، یا قانون آن را تعیین کرده باشد.

plan-van-aanpak-heading-review = چه وقت دوباره در مورد پلان صحبت می‌کنیم؟
# $date includes the weekday.
plan-van-aanpak-review = به روز { $date } پلان را دوباره با شما بررسی می‌کنیم. می‌بینیم که چه چیزها خوب پیش می‌رود و چه چیزها هنوز لازم است. اگر ضرورت باشد، پلان را تغییر می‌دهیم. برای این ملاقات یک دعوت‌نامه هم دریافت می‌کنید.
plan-van-aanpak-check = اگر چیزی در این پلان درست نیست، یا اگر در زندگی شما چیزی تغییر می‌کند، به { $name } به نمبر { $phone } تیلفون کنید.
