### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Messages that speak to the resident select on $form: ms feminine,
### mr and neutral masculine.

afspraken-subject = اتفاقاتك مع البلدية
afspraken-intro = تحدثنا معك في { $date }. تتضمن هذه الرسالة الاتفاقات التي توصّلنا إليها معًا.
afspraken-not-a-decision = هذه الرسالة ليست قرارًا، بل هي محضر لمحادثتنا.
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
afspraken-keep = { $form ->
    [ms] إذا لم تنجحي في أمر ما، فاتصلي بنا لنبحث معًا عن حل.
   *[mr] إذا لم تنجح في أمر ما، فاتصل بنا لنبحث معًا عن حل.
}

afspraken-heading-contacts = بمن يمكنك الاتصال؟
afspraken-contacts-intro = { $form ->
    [ms] إذا كان لديك سؤال عن أحد الاتفاقات، فاتصلي بالجهة التي تتولاه.
   *[mr] إذا كان لديك سؤال عن أحد الاتفاقات، فاتصل بالجهة التي تتولاه.
}
afspraken-col-organisation = الجهة
afspraken-col-name = الاسم

afspraken-heading-next = محادثتك القادمة
afspraken-next = محادثتك القادمة يوم { $date } الساعة { $time }. المكان: { $place }.
afspraken-heading-check = هل هذه الرسالة صحيحة؟
afspraken-check = { $form ->
    [ms] إذا كان في هذه الرسالة خطأ، فاتصلي بنا في موعد أقصاه { $date }. رقم هاتفنا { $phone }.
   *[mr] إذا كان في هذه الرسالة خطأ، فاتصل بنا في موعد أقصاه { $date }. رقم هاتفنا { $phone }.
}
afspraken-no-call = { $form ->
    [ms] إذا لم تتصلي بنا، فسنعتبر أن كل شيء صحيح.
   *[mr] إذا لم تتصل بنا، فسنعتبر أن كل شيء صحيح.
}
