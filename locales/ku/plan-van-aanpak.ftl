### Machine draft, not reviewed by a qualified translator (see locale.toml).

plan-van-aanpak-subject = Plana we ya çalakiyê

plan-van-aanpak-intro = Me di { $date } de bi we re planek çêkir. Armanc: hûn bikaribin jiyana xwe ya li Holendayê zûtirîn dem bi xwe birêxistin bikin. Di vê nameyê de tevahiya planê heye.
plan-van-aanpak-participants = Van rêxistinan jî beşdarî amadekirina planê bûn:
plan-van-aanpak-one-plan = Em bi hev re dixebitin. Ji ber vê yekê hûn ji hemûyan yek planê distînin, ne ji her rêxistinekê planeke cuda.

plan-van-aanpak-household = Ev plan ji bo hemû endamên mala we ye: { $adults } û { $children }.
# Kurmanji (CLDR): one, other. A noun after a number stays singular.
plan-van-aanpak-adults = { $count ->
    [one] { $count } mezin
   *[other] { $count } mezin
}
plan-van-aanpak-children = { $count ->
    [0] bê zarok
    [one] { $count } zarok
   *[other] { $count } zarok
}

plan-van-aanpak-heading-pip = Ev plan û entegrasyona we
plan-van-aanpak-not-a-decision = Ev plana çalakiyê ne biryar e.
plan-van-aanpak-pip-set = Ji bo { -inburgering(case: "yours") } { -pip(case: "yours") } jî heye. Me di { $date } de li ser wê biryar da. Ev plan bi PIP-a we ve girêdayî ye, lê şûna wê nagire. Erkên we yên ji bo { -inburgering } di PIP-ê de ne.
plan-van-aanpak-pip-planned = Ji bo { -inburgering(case: "yours") } em ê { -pip } jî çêkin. Em ê vê piştî { -brede-intake } û ceribandina fêrbûnê bikin. Hûn ê li ser PIP-ê biryarekê bistînin. Heke hûn bi wê ne razî bin, hûn dikarin { -bezwaar } bikin (bezwaar maken). Yanî hûn ji me dixwazin ku em dîsa li biryarê binêrin. Piştre em ê vê planê li gorî wê biguherînin.
plan-van-aanpak-route-b1 = Rêya we ya fêrbûnê rêya B1 e. Hûn Holendî heta asta B1 fêr dibin û li kêleka wê beşdarî civakê dibin, ji bo nimûne bi kar.
plan-van-aanpak-route-education = Rêya we ya fêrbûnê rêya perwerdeyê ye (onderwijsroute). Hûn Holendî fêr dibin da ku paşê bi Holendî perwerdeyekê bixwînin.
plan-van-aanpak-route-z = Rêya we ya fêrbûnê rêya Z ye (zelfredzaamheidsroute: rêya xwebirêvebirinê). Hûn Holendî li gorî asta xwe fêr dibin û beşdarî civakê dibin.

plan-van-aanpak-heading-support = Em çawa alîkariya we dikin
plan-van-aanpak-support-intensive = Hûn gelek rêberiyê distînin. Em û rêxistinên din gav bi gav alîkariya we dikin. Em her tiştî rave dikin. Heke pêwîst be, em bi we re diçin. Ji bo nimûne bo bankê an bo bijîşkê malbatê.
plan-van-aanpak-support-light = Hûn agahiyên ku hûn hewce ne distînin. Piştre hûn piraniya tiştan bi xwe birêxistin dikin. Heke tiştek bi ser nekeve, ji me alîkariyê bixwazin.
# Must match col-who ("Kî") and partner-resident ("Hûn") in common.ftl.
plan-van-aanpak-how-to-read = Li jêr hûn ji bo her mijarê tabloyekê dibînin: çi dibe, kî wê dike û heta kengê amade dibe. Heke di stûna Kî de „Hûn” nivîsandî be, hûn wê bi xwe dikin.

plan-van-aanpak-domain-housing = Xanî
plan-van-aanpak-domain-income = Pere û dahat
plan-van-aanpak-domain-language = Ziman û entegrasyon
plan-van-aanpak-domain-work = Kar
plan-van-aanpak-domain-health = Tenduristî
plan-van-aanpak-domain-children = Zarok û dibistan
plan-van-aanpak-situation = Rewşa we:
plan-van-aanpak-no-actions = Ji bo vê niha ne hewce ye ku kes tiştekî bike.

plan-van-aanpak-heading-contacts = Hûn dikarin ji kê re telefon bikin?
plan-van-aanpak-contacts-intro = Heke pirseke we li ser beşekî planê hebe, ji wê rêxistina ku wê dike re telefon bikin.
plan-van-aanpak-col-organisation = Rêxistin
plan-van-aanpak-col-name = Nav

plan-van-aanpak-heading-privacy = Agahiyên we
plan-van-aanpak-consent = We di { $date } de destûr da me ku em agahiyên li ser we bi van rêxistinan re parve bikin:
plan-van-aanpak-consent-scope = Em tenê wan agahiyan parve dikin ku ev rêxistin ji bo vê planê hewce ne. Hûn dikarin destûra xwe her dem paşde bikişînin. Ji bo vê, li ser { $phone } ji { $name } re telefon bikin.
plan-van-aanpak-no-consent = Em agahiyên li ser we tenê bi rêxistinên di vê planê de parve dikin heke hûn destûrê bidin, an heke qanûn wisa diyar bike.

plan-van-aanpak-heading-review = Em kengê dîsa li ser planê diaxivin?
plan-van-aanpak-review = Di { $date } de em ê dîsa bi we re li ser planê biaxivin. Em ê binêrin ka çi baş diçe û çi hîn pêwîst e. Heke pêwîst be, em ê planê biguherînin. Ji bo vê hûn ê vexwendinekê bistînin.
plan-van-aanpak-check = Heke tiştek di vê planê de ne rast be, an heke tiştek di jiyana we de biguhere, li ser { $phone } ji { $name } re telefon bikin.
