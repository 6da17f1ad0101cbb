### Machine draft, not reviewed by a qualified translator (see locale.toml).
### The appointment is a "hevdîtin" (meeting), as in Dutch.

uitnodiging-subject = Vexwendin ji bo hevdîtinekê
uitnodiging-intro = Em we ji bo hevdîtinekê vedixwînin.
uitnodiging-compulsory = Divê hûn werin vê hevdîtinê.

uitnodiging-label-date = Dîrok
uitnodiging-label-time = Saet
uitnodiging-label-duration = Dom
uitnodiging-label-place = Cih
uitnodiging-label-with = Bi kê re
# Under the label "Saet": the time alone (10:00).
uitnodiging-time = { $time }
# Kurmanji (CLDR): one, other. A noun after a number stays singular.
uitnodiging-duration = { $minutes ->
    [one] nêzîkî { $minutes } deqîqe
   *[other] nêzîkî { $minutes } deqîqe
}
uitnodiging-with = { $name }, { $role }

uitnodiging-heading-purpose = Hevdîtin li ser çi ye?
uitnodiging-purpose-intake = Ev hevdîtina me ya yekem e. Em dixwazin we nas bikin. Em ê li ser rewşa we û tiştên ku hûn hewce ne biaxivin.
uitnodiging-purpose-plan = Di vê hevdîtinê de em ê bi hev re planek çêkin. Em ê li hev bikin ka hûn ê çi bikin û kî dê alîkariya we bike.
uitnodiging-purpose-progress = Di vê hevdîtinê de em ê binêrin ka hûn çawa ne. Em ê li ser wan lihevkirinên ku me berê kirin biaxivin.
uitnodiging-purpose-income-check = Di vê hevdîtinê de em ê li dahat û lêçûnên we binêrin. Em ê kontrol bikin ka hûn hîn jî { -bijstand } (bijstand) bi mîqdara rast distînin.
uitnodiging-purpose-language-assessment = Di vê hevdîtinê de em ê binêrin ka hûn çiqas baş bi Holendî diaxivin, dixwînin û dinivîsin. Wê demê em ê bizanin ka kîjan qursa ziman li we tê.
uitnodiging-purpose-brede-intake = Ev hevdîtin wekî { -brede-intake } ji bo { -inburgering(case: "yours") } tê kirin. Em ê li ser xwendin, kar, tenduristî û rewşa we biaxivin. Piştre em ê bi hev re { -pip(case: "yours") } çêkin.
uitnodiging-purpose-learnability-test = Hûn ê ceribandina fêrbûnê (leerbaarheidstoets) li ser komputerê bikin. Ev ceribandin nîşan dide ka hûn çiqas zû zimanekî nû fêr dibin. Ev ne îmtîhan e. Ji bo vê ne hewce ye ku hûn Holendî zanibin.
uitnodiging-purpose-pip = Di vê hevdîtinê de em ê bi hev re { -pip(case: "yours") } çêkin. Tê de tê nivîsandin ka hûn ê çawa Holendî fêr bibin û hûn ê ji bo { -inburgering(case: "yours") } çi din bikin. Piştre em ê li ser PIP-ê biryarekê bidin.
# $language: the language the interpreter speaks, e.g. "Erebî".
uitnodiging-interpreter = Di hevdîtinê de wergêrekî { $language } dê hebe. Wergêr ji bo we belaş e.
uitnodiging-companion = Hûn dikarin kesekî ku hûn pê bawer dikin bi xwe re bînin. Ji bo nimûne kesekî ji malbata xwe an dilxwazekî.

uitnodiging-heading-bring = Hûn çi bi xwe re bînin?
uitnodiging-bring-id-document = Belgeya we ya nasnameyê (pasaport an qerta nasnameyê)
uitnodiging-bring-residence-permit = Destûra we ya rûniştinê
uitnodiging-bring-w-document = Belgeya we ya W (W-document), heke hîn li cem we be
uitnodiging-bring-bsn-letter = Nameyek ku hejmara we ya karûbarê welatiyan (BSN) tê de ye
uitnodiging-bring-coa-letters = Nameyên ku we ji COA wergirtine
uitnodiging-bring-bank-card = Karta we ya bankê
uitnodiging-bring-bank-statements = Belgeyên hesabê we yê bankê yên 3 mehên dawî
uitnodiging-bring-rental-contract = Peymana we ya kirêyê
uitnodiging-bring-health-insurance-policy = Polîçeya we ya sîgorteya tenduristiyê (belgeya ku nîşan dide ku we sîgorteya tenduristiyê heye)
uitnodiging-bring-income-statements = Bordroyên meaşê we an belgeyên din ên dahata we
uitnodiging-bring-diplomas = Dîploma û sertîfîkayên we, heke hebin
uitnodiging-bring-debt-letters = Nameyên li ser deynan an fatûreyên ku divê hûn hîn bidin
uitnodiging-bring-this-letter = Ev name

uitnodiging-heading-cannot-come = Heke hûn nikaribin werin
uitnodiging-reschedule = Wê demê herî dereng heta { $date } ji me re telefon bikin. Hejmara telefona me: { $phone }. Em ê bi hev re rojeke nû hilbijêrin.
uitnodiging-ill = Heke hûn di roja hevdîtinê de nexweş bin, berî saet { $time } li ser { $phone } ji me re telefon bikin.

uitnodiging-heading-consequence = Heke hûn neyên, çi dibe?
uitnodiging-consequence-applicant = Ji bo ku em serlêdana we ya { -bijstand } (bijstand) binirxînin, em hewceyî vê hevdîtinê ne. Heke hûn neyên û ji me re telefon nekin, em dikarin biryar bidin ku serlêdana we nenirxînin. Wê demê hûn { -bijstand } nastînin.
uitnodiging-consequence-recipient = Hûn { -bijstand } (bijstand) distînin. Ji ber vê yekê divê hûn werin hevdîtinên bi me re. Ev di { -participatiewet } de hatiye nivîsandin, qanûna li ser { -bijstand }. Heke hûn neyên û sedemeke we ya baş tune be, em dikarin { -bijstand(case: "yours") } ji bo demekê kêm bikin. Wê demê hûn kêmtir pere distînin.
uitnodiging-consequence-inburgering = Ev hevdîtin beşek e ji { -inburgering(case: "yours") }. Divê hûn beşdar bibin. Ev di Qanûna Entegrasyonê ya 2021ê (Wet inburgering 2021) de hatiye nivîsandin. Heke hûn neyên û sedemeke we ya baş tune be, em dikarin cezayê pereyan bidin we.
