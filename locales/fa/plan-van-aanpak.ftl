### Machine draft, not reviewed by a qualified translator (see locale.toml).
### One plan (برنامهٔ کار) made with the resident and the partner
### organisations; not a decision. The PIP is the integration plan the
### municipality decides on.

plan-van-aanpak-subject = برنامهٔ کار شما

plan-van-aanpak-intro = در تاریخ { $date } با هم یک برنامه ساختیم. هدف این است: شما بتوانید هر چه زودتر زندگی خود را در هلند خودتان اداره کنید. در این نامه کل برنامه را می‌خوانید.
plan-van-aanpak-participants = این سازمان‌ها هم در تهیهٔ برنامه همکاری کردند:
plan-van-aanpak-one-plan = ما با هم همکاری می‌کنیم. به همین دلیل شما از همهٔ ما یک برنامه دریافت می‌کنید، نه از هر سازمان یک برنامهٔ جداگانه.

plan-van-aanpak-household = این برنامه برای همهٔ اعضای خانوار شما است: { $adults } و { $children }.
# $count: number of adults (1 or more). The noun stays singular after a number.
plan-van-aanpak-adults = { $count ->
    [one] { $count } بزرگسال
   *[other] { $count } بزرگسال
}
# $count: number of children (0 or more).
plan-van-aanpak-children = { $count ->
    [0] بدون فرزند
    [one] { $count } فرزند
   *[other] { $count } فرزند
}

plan-van-aanpak-heading-pip = این برنامه و ادغام شما
plan-van-aanpak-not-a-decision = این برنامهٔ کار یک تصمیم رسمی نیست.
plan-van-aanpak-pip-set = شما برای { -inburgering } خود یک { -pip } هم دارید. ما در تاریخ { $date } دربارهٔ آن تصمیم گرفتیم. این برنامه به PIP شما مربوط است، اما جای آن را نمی‌گیرد. وظایف شما برای { -inburgering } در PIP نوشته شده است.
plan-van-aanpak-pip-planned = ما برای { -inburgering } شما هنوز یک { -pip } تهیه می‌کنیم. این کار را بعد از { -brede-intake } و آزمون یادگیری (leerbaarheidstoets) انجام می‌دهیم. دربارهٔ PIP یک تصمیم رسمی دریافت می‌کنید. اگر با آن موافق نیستید، می‌توانید اعتراض کنید. یعنی از ما می‌خواهید که دوباره به تصمیم نگاه کنیم. بعد از آن این برنامه را تغییر می‌دهیم.
plan-van-aanpak-route-b1 = مسیر یادگیری شما مسیر B1 است. شما هلندی را تا سطح B1 یاد می‌گیرید و در کنار آن در جامعه شرکت می‌کنید، مثلاً با کار.
plan-van-aanpak-route-education = مسیر یادگیری شما مسیر تحصیلی است. شما هلندی یاد می‌گیرید تا بعد از آن به زبان هلندی تحصیل کنید.
plan-van-aanpak-route-z = مسیر یادگیری شما مسیر Z (مسیر خودکفایی) است. شما هلندی را در سطح خودتان یاد می‌گیرید و در جامعه شرکت می‌کنید.

plan-van-aanpak-heading-support = ما این‌طور به شما کمک می‌کنیم
plan-van-aanpak-support-intensive = شما راهنمایی زیادی دریافت می‌کنید. ما و سازمان‌های دیگر قدم به قدم به شما کمک می‌کنیم. همه چیز را توضیح می‌دهیم. اگر لازم باشد، با شما می‌آییم. مثلاً به بانک یا پیش پزشک خانواده.
plan-van-aanpak-support-light = شما اطلاعاتی را که لازم دارید دریافت می‌کنید. بعد از آن بیشتر کارها را خودتان انجام می‌دهید. اگر کاری پیش نرفت، از ما کمک بخواهید.
# Refers to the column col-who and the value partner-resident.
plan-van-aanpak-how-to-read = در ادامه برای هر موضوع یک جدول می‌بینید: چه کاری انجام می‌شود، چه کسی آن را انجام می‌دهد و تا چه تاریخی تمام می‌شود. اگر در ستون «چه کسی» نوشته شده «شما»، آن کار را خودتان انجام می‌دهید.

plan-van-aanpak-domain-housing = مسکن
plan-van-aanpak-domain-income = پول و درآمد
plan-van-aanpak-domain-language = زبان و ادغام
plan-van-aanpak-domain-work = کار
plan-van-aanpak-domain-health = سلامت
plan-van-aanpak-domain-children = فرزندان و مدرسه
# Followed by a note typed by staff (not translated).
plan-van-aanpak-situation = وضعیت شما:
plan-van-aanpak-no-actions = برای این موضوع فعلاً لازم نیست کسی کاری انجام دهد.

plan-van-aanpak-heading-contacts = با چه کسی می‌توانید تماس بگیرید؟
plan-van-aanpak-contacts-intro = اگر دربارهٔ بخشی از برنامه سؤالی دارید، به سازمانی که آن کار را انجام می‌دهد زنگ بزنید.
plan-van-aanpak-col-organisation = سازمان
plan-van-aanpak-col-name = نام

plan-van-aanpak-heading-privacy = اطلاعات شما
# A list of organisations follows.
plan-van-aanpak-consent = شما در تاریخ { $date } به ما اجازه دادید که اطلاعاتی دربارهٔ شما را با این سازمان‌ها در میان بگذاریم:
plan-van-aanpak-consent-scope = ما فقط اطلاعاتی را در میان می‌گذاریم که این سازمان‌ها برای این برنامه لازم دارند. شما همیشه می‌توانید اجازهٔ خود را پس بگیرید. برای این کار به { $name } به شمارهٔ { $phone } زنگ بزنید.
plan-van-aanpak-no-consent = ما فقط زمانی اطلاعات شما را با سازمان‌های این برنامه در میان می‌گذاریم که شما اجازه بدهید، یا قانون آن را تعیین کرده باشد.

plan-van-aanpak-heading-review = کی دوباره دربارهٔ برنامه صحبت می‌کنیم؟
# $date includes the weekday.
plan-van-aanpak-review = در روز { $date } برنامه را دوباره با شما بررسی می‌کنیم. می‌بینیم چه چیزهایی خوب پیش می‌رود و چه چیزهایی هنوز لازم است. اگر لازم باشد، برنامه را تغییر می‌دهیم. برای این گفتگو یک دعوت‌نامه هم دریافت می‌کنید.
plan-van-aanpak-check = اگر چیزی در این برنامه درست نیست، یا اگر در زندگی شما چیزی تغییر می‌کند، به { $name } به شمارهٔ { $phone } زنگ بزنید.
