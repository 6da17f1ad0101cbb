### Machine draft, not reviewed by a qualified translator (see locale.toml).
### "Afspraak" here is an agreement: "heshiis"; the next appointment is a
### "wadahadal" (conversation).

afspraken-subject = Heshiisyada aad la gashay dowladda hoose
afspraken-intro = Taariikhda { $date } ayaan kula hadalnay. Warqaddan waxaa ku qoran heshiisyada aan wada gallay.
afspraken-not-a-decision = Warqaddani ma aha go'aan. Waa warbixin ku saabsan wadahadalkeenna.
afspraken-participants = Wadahadalka waxaa sidoo kale joogay:
# Somali (CLDR): one, other. A noun after a number stays singular.
afspraken-count = { $count ->
    [one] Waxaan galnay { $count } heshiis:
   *[other] Waxaan galnay { $count } heshiis:
}
afspraken-keep = Haddii ay wax kuu suurtoobi waayaan, na soo wac. Markaas waxaan wada raadin doonnaa xal.

afspraken-heading-contacts = Yaad wici kartaa?
afspraken-contacts-intro = Haddii aad su'aal ka qabto heshiis, wac hay'adda qabanaysa.
afspraken-col-organisation = Hay'adda
afspraken-col-name = Magaca

afspraken-heading-next = Wadahadalkaaga xiga
afspraken-next = Wadahadalkaaga xiga waa { $date }, saacadda { $time }. Goobta: { $place }.
afspraken-heading-check = Warqaddani ma saxan tahay?
afspraken-check = Haddii ay warqaddan wax khaldan ku jiraan, na soo wac ugu dambayn { $date }. Lambarka taleefankayagu waa { $phone }.
afspraken-no-call = Haddii aadan na soo wicin, waxaan u qaadanaynaa in wax walba sax yihiin.
