### Machine draft, not reviewed by a qualified translator (see locale.toml).
### "Afspraak" here is an agreement: "lihevkirin"; the next appointment is a
### "hevdîtin".

afspraken-subject = Lihevkirinên we bi şaredariyê re
afspraken-intro = Me di { $date } de bi we re hevdîtinek kir. Di vê nameyê de ew lihevkirinên ku me bi hev re kirin hene.
afspraken-not-a-decision = Ev name ne biryar e. Ew kurteya hevdîtina me ye.
afspraken-participants = Di hevdîtinê de ev jî amade bûn:
# Kurmanji (CLDR): one, other. A noun after a number stays singular.
afspraken-count = { $count ->
    [one] Me { $count } lihevkirin kir:
   *[other] Me { $count } lihevkirin kirin:
}
afspraken-keep = Heke tiştek bi ser nekeve, ji me re telefon bikin. Wê demê em ê bi hev re li çareseriyekê bigerin.

afspraken-heading-contacts = Hûn dikarin ji kê re telefon bikin?
afspraken-contacts-intro = Heke pirseke we li ser lihevkirinekê hebe, ji wê rêxistina ku wê dike re telefon bikin.
afspraken-col-organisation = Rêxistin
afspraken-col-name = Nav

afspraken-heading-next = Hevdîtina we ya bê
afspraken-next = Hevdîtina we ya bê: { $date }, saet { $time }. Cih: { $place }.
afspraken-heading-check = Ev name rast e?
afspraken-check = Heke tiştek di vê nameyê de ne rast be, herî dereng heta { $date } ji me re telefon bikin. Hejmara telefona me: { $phone }.
afspraken-no-call = Heke hûn telefon nekin, em ê wisa bihesibînin ku her tişt rast e.
