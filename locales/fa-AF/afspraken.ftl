### Machine draft, not reviewed by a qualified translator (see locale.toml).
### "Afspraak" here is an agreement (توافق); the next appointment is
### «ملاقات بعدی شما».

afspraken-subject = توافقات شما با شاروالی
afspraken-intro = ما به تاریخ { $date } با شما گفتگو کردیم. در این نامه توافقاتی را که با هم کردیم می‌خوانید.
afspraken-not-a-decision = این نامه یک فیصله نیست. این گزارش گفتگوی ما است.
afspraken-participants = در این گفتگو این اشخاص هم حاضر بودند:
# Dari (CLDR fa): one (0 and 1) and other; the noun stays singular after a number.
afspraken-count = { $count ->
    [one] ما { $count } توافق کردیم:
   *[other] ما { $count } توافق کردیم:
}
afspraken-keep = اگر کاری پیش نرفت، به ما تیلفون کنید. بعد با هم راه حلی پیدا می‌کنیم.

afspraken-heading-contacts = به کی می‌توانید تیلفون کنید؟
afspraken-contacts-intro = اگر در مورد یک توافق سوالی دارید، به مؤسسه‌ای که آن کار را انجام می‌دهد تیلفون کنید.
afspraken-col-organisation = مؤسسه
afspraken-col-name = نام

afspraken-heading-next = ملاقات بعدی شما
# $date includes the weekday; $place is typed by staff.
afspraken-next = ملاقات بعدی شما به روز { $date } ساعت { $time } است. جای ملاقات: { $place }.
afspraken-heading-check = آیا این نامه درست است؟
# $date: the 5th day the office is open after the letter date, with weekday.
afspraken-check = اگر چیزی در این نامه درست نیست، حد اکثر تا { $date } به ما تیلفون کنید. نمبر تیلفون ما { $phone } است.
afspraken-no-call = اگر تیلفون نکنید، ما فکر می‌کنیم که همه چیز درست است.
