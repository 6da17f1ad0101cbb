### Machine draft, not reviewed by a qualified translator (see locale.toml).
### "Afspraak" here is an agreement (توافق); the next appointment is
### «گفتگوی بعدی شما».

afspraken-subject = توافق‌های شما با شهرداری
afspraken-intro = ما در تاریخ { $date } با شما گفتگو کردیم. در این نامه توافق‌هایی را که با هم کردیم می‌خوانید.
afspraken-not-a-decision = این نامه یک تصمیم رسمی نیست. این گزارشی از گفتگوی ما است.
afspraken-participants = در این گفتگو این افراد هم حضور داشتند:
# Persian (CLDR): one (0 and 1) and other; the noun stays singular after a number.
afspraken-count = { $count ->
    [one] ما { $count } توافق کردیم:
   *[other] ما { $count } توافق کردیم:
}
afspraken-keep = اگر کاری پیش نرفت، به ما زنگ بزنید. آن وقت با هم راه‌حلی پیدا می‌کنیم.

afspraken-heading-contacts = با چه کسی می‌توانید تماس بگیرید؟
afspraken-contacts-intro = اگر دربارهٔ یک توافق سؤالی دارید، به سازمانی که آن کار را انجام می‌دهد زنگ بزنید.
afspraken-col-organisation = سازمان
afspraken-col-name = نام

afspraken-heading-next = گفتگوی بعدی شما
# $date includes the weekday; $place is typed by staff.
afspraken-next = گفتگوی بعدی شما در روز { $date } ساعت { $time } است. مکان: { $place }.
afspraken-heading-check = آیا این نامه درست است؟
# $date: the 5th day the office is open after the letter date, with weekday.
afspraken-check = اگر چیزی در این نامه درست نیست، حداکثر تا { $date } به ما زنگ بزنید. شمارهٔ تلفن ما { $phone } است.
afspraken-no-call = اگر زنگ نزنید، ما فرض می‌کنیم که همه چیز درست است.
