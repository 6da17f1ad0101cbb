### Machine draft, not reviewed by a qualified translator (see locale.toml).

afspraken-subject = اتفاقاتك مع البلدية
afspraken-intro = تحدثنا معك في { $date }. في هذه الرسالة تجد الاتفاقات التي وضعناها معًا.
afspraken-participants = وحضر المحادثة أيضًا:
# Arabic has six plural categories (CLDR): zero, one, two, few, many, other.
afspraken-count = { $count ->
    [zero] لم نتفق على أي أمر.
    [one] اتفقنا على أمر واحد:
    [two] اتفقنا على أمرين:
    [few] اتفقنا على { $count } أمور:
    [many] اتفقنا على { $count } أمرًا:
   *[other] اتفقنا على { $count } أمر:
}
afspraken-next = موعدك القادم يوم { $date } الساعة { $time }. المكان: { $place }.
afspraken-check = هل هناك خطأ؟ أو لديك سؤال؟ اتصل بنا خلال 5 أيام عمل: { $phone }.
