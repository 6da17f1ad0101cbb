### Machine draft, not reviewed by a qualified translator (see locale.toml).
### "Afspraak" here is an agreement (تړون, plural تړونونه); the next
### appointment is «ستاسو بله ناسته».

afspraken-subject = له ښاروالۍ سره ستاسو تړونونه
afspraken-intro = موږ د { $date } په نېټه له تاسو سره خبرې وکړې. په دې لیک کې هغه تړونونه لولئ چې موږ یو ځای وکړل.
afspraken-not-a-decision = دا لیک پرېکړه نه ده. دا زموږ د خبرو راپور دی.
afspraken-participants = په دې خبرو کې دا کسان هم وو:
# Pashto (CLDR): one and other; from 2 on the noun is plural.
afspraken-count = { $count ->
    [one] موږ { $count } تړون وکړ:
   *[other] موږ { $count } تړونونه وکړل:
}
afspraken-keep = که کوم کار ونه شو، موږ ته زنګ ووهئ. بیا به یو ځای د حل لاره پیدا کړو.

afspraken-heading-contacts = چا ته زنګ وهلی شئ؟
afspraken-contacts-intro = که د کوم تړون په اړه پوښتنه لرئ، هغې موسسې ته زنګ ووهئ چې هغه کار کوي.
afspraken-col-organisation = موسسه
afspraken-col-name = نوم

afspraken-heading-next = ستاسو بله ناسته
# $date includes the weekday; $place is typed by staff.
afspraken-next = ستاسو بله ناسته د { $date } په ورځ د { $time } بجو ده. ځای: { $place }.
afspraken-heading-check = ایا دا لیک سم دی؟
# $date: the 5th day the office is open after the letter date, with weekday.
afspraken-check = که په دې لیک کې کوم شی سم نه وي، تر { $date } پورې موږ ته زنګ ووهئ. زموږ د ټیلیفون شمېره { $phone } ده.
afspraken-no-call = که زنګ ونه وهئ، موږ به فکر وکړو چې هر څه سم دي.
