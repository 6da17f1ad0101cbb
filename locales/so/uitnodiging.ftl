### Machine draft, not reviewed by a qualified translator (see locale.toml).
### The appointment is a "wadahadal" (conversation), as in Dutch.

uitnodiging-subject = Casuumaad wadahadal
uitnodiging-intro = Waxaan kuu casuumaynaa wadahadal.
uitnodiging-compulsory = Waa qasab inaad timaaddo wadahadalkan.

uitnodiging-label-date = Taariikhda
uitnodiging-label-time = Saacadda
uitnodiging-label-duration = Muddada
uitnodiging-label-place = Goobta
uitnodiging-label-with = Cidda
# Under the label "Saacadda": the time as ICU writes it for Somali (10:00 GH).
uitnodiging-time = { $time }
# Somali (CLDR): one, other. A noun after a number stays singular.
uitnodiging-duration = { $minutes ->
    [one] qiyaastii { $minutes } daqiiqo
   *[other] qiyaastii { $minutes } daqiiqo
}
uitnodiging-with = { $name }, { $role }

uitnodiging-heading-purpose = Wadahadalku maxuu ku saabsan yahay?
uitnodiging-purpose-intake = Kani waa wadahadalkeenna koowaad. Waxaan rabnaa inaan ku barano. Waxaan ka wada hadli doonnaa xaaladdaada iyo waxaad u baahan tahay.
uitnodiging-purpose-plan = Wadahadalkan waxaan si wadajir ah ugu samayn doonnaa qorshe. Waxaan ku heshiin doonnaa waxaad samayn doonto iyo cidda kaa caawin doonta.
uitnodiging-purpose-progress = Wadahadalkan waxaan ku eegi doonnaa sida ay kuu socoto. Waxaan ka wada hadli doonnaa heshiisyadii aan hore u galnay.
uitnodiging-purpose-income-check = Wadahadalkan waxaan ku eegi doonnaa dakhligaaga iyo kharashkaaga. Waxaan hubin doonnaa inaad weli hesho qaddarka saxda ah ee { -bijstand } (bijstand).
uitnodiging-purpose-language-assessment = Wadahadalkan waxaan ku eegi doonnaa sida aad af-Holandiga ugu hadasho, u akhrido oo u qorto. Markaas waxaan ogaan doonnaa koorsada luqadda ee kugu habboon.
uitnodiging-purpose-brede-intake = Wadahadalkani waa { -brede-intake } ee { -inburgering(case: "yours") }. Waxaan ka wada hadli doonnaa waxbarashadaada, shaqadaada, caafimaadkaaga iyo xaaladdaada. Kadib waxaan si wadajir ah u samayn doonnaa { -pip(case: "yours") }.
uitnodiging-purpose-learnability-test = Tijaabada awoodda barashada (leerbaarheidstoets) waxaad ku samayn doontaa kombiyuutar. Tijaabadani waxay muujinaysaa sida dhaqsaha ah ee aad luqad cusub u barato. Ma aha imtixaan. Uma baahnid inaad af-Holandi taqaanno.
uitnodiging-purpose-pip = Wadahadalkan waxaan si wadajir ah ugu samayn doonnaa { -pip(case: "yours") }. Waxaa ku qoran sida aad af-Holandiga u baran doonto iyo waxa kale ee aad u samayn doonto { -inburgering(case: "yours") }. Kadib waxaan go'aan ka gaari doonnaa PIP-ka.
# $language: the language the interpreter speaks, e.g. "Af-Carabi".
uitnodiging-interpreter = Wadahadalka waxaa joogi doona turjumaan ku hadla { $language }. Turjumaanku waa bilaash.
uitnodiging-companion = Waxaad keeni kartaa qof aad ku kalsoon tahay. Tusaale ahaan qof qoyskaaga ka mid ah ama mutadawac.

uitnodiging-heading-bring = Maxaad keenaysaa?
uitnodiging-bring-id-document = Aqoonsigaaga (baasaboor ama kaarka aqoonsiga)
uitnodiging-bring-residence-permit = Ruqsaddaada degenaanshaha
uitnodiging-bring-w-document = Dukumeentigaaga W (W-document), haddii aad weli haysato
uitnodiging-bring-bsn-letter = Warqad ay ku qoran tahay lambarkaaga adeegga muwaadinka (BSN)
uitnodiging-bring-coa-letters = Warqadaha aad ka heshay COA
uitnodiging-bring-bank-card = Kaarkaaga bangiga
uitnodiging-bring-bank-statements = Warbixinnada akoonkaaga bangiga ee 3-dii bilood ee u dambeeyay
uitnodiging-bring-rental-contract = Heshiiskaaga kirada
uitnodiging-bring-health-insurance-policy = Dukumeentiga caymiskaaga caafimaadka (zorgpolis: caddaynta caymiskaaga caafimaadka)
uitnodiging-bring-income-statements = Warqadaha mushaharkaaga ama caddaymo kale oo dakhligaaga ah
uitnodiging-bring-diplomas = Shahaadooyinkaaga iyo shahaadooyinka koorsooyinka, haddii aad haysato
uitnodiging-bring-debt-letters = Warqado ku saabsan deymo ama biilal aad weli bixinayso
uitnodiging-bring-this-letter = Warqaddan

uitnodiging-heading-cannot-come = Haddii aadan iman karin
uitnodiging-reschedule = Markaas na soo wac ugu dambayn { $date }. Lambarka taleefankayagu waa { $phone }. Markaas waxaan si wadajir ah u dooran doonnaa maalin cusub.
uitnodiging-ill = Haddii aad xanuunsato maalinta wadahadalka, na soo wac ka hor { $time } adigoo wacaya { $phone }.

uitnodiging-heading-consequence = Maxaa dhacaya haddii aadan iman?
uitnodiging-consequence-applicant = Wadahadalkan waxaan u baahanahay si aan u eegno codsigaaga { -bijstand } (bijstand). Haddii aadan iman oo aadan na soo wicin, waxaan go'aansan karnaa inaanan ka shaqayn codsigaaga. Markaas ma heli doontid { -bijstand }.
uitnodiging-consequence-recipient = Waxaad helaysaa { -bijstand } (bijstand). Sidaas darteed waa inaad timaaddo wadahadallada aan kula yeelanno. Taas waxaa ku qoran { -participatiewet }, sharciga ku saabsan { -bijstand }. Haddii aadan iman oo aadan haysan sabab wanaagsan, waxaan muddo dhimi karnaa { -bijstand(case: "yours") }. Markaas lacag ka yar ayaad heli doontaa.
uitnodiging-consequence-inburgering = Wadahadalkani wuxuu ka mid yahay { -inburgering(case: "yours") }. Waa inaad ka qayb gashaa. Taas waxaa ku qoran Sharciga Is-dhexgalka 2021 (Wet inburgering 2021). Haddii aadan iman oo aadan haysan sabab wanaagsan, waxaan ku saari karnaa ganaax.
