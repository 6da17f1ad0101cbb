### Machine draft, not reviewed by a qualified translator (see locale.toml).

plan-van-aanpak-subject = Qorshahaaga waxqabadka

plan-van-aanpak-intro = Taariikhda { $date } ayaan adiga kula samaynay qorshe. Ujeeddadu waa inaad sida ugu dhaqsaha badan adigu habayn karto noloshaada Nederland. Warqaddan waxaa ku qoran qorshaha oo dhan.
plan-van-aanpak-participants = Hay'adahan ayaa sidoo kale ka qayb qaatay samaynta qorshaha:
plan-van-aanpak-one-plan = Waan wada shaqaynaa. Sidaas darteed waxaad naga wada helaysaa hal qorshe, oo ma aha qorshe gaar ah oo hay'ad kasta ka yimaada.

plan-van-aanpak-household = Qorshahani wuxuu u yahay qoyskaaga oo dhan: { $adults } iyo { $children }.
# Somali (CLDR): one, other.
plan-van-aanpak-adults = { $count ->
    [one] { $count } qof weyn
   *[other] { $count } qof oo waaweyn
}
plan-van-aanpak-children = { $count ->
    [0] carruur la'aan
    [one] { $count } ilmo
   *[other] { $count } carruur ah
}

plan-van-aanpak-heading-pip = Qorshahan iyo is-dhexgalkaaga
plan-van-aanpak-not-a-decision = Qorshahan waxqabadku ma aha go'aan.
plan-van-aanpak-pip-set = Waxaad sidoo kale haysataa { -pip } oo loogu talagalay { -inburgering(case: "yours") }. Taariikhda { $date } ayaan go'aan ka gaarnay. Qorshahani wuxuu la xiriiraa PIP-kaaga, laakiin ma beddelo. Waajibaadkaaga { -inburgering } waxay ku qoran yihiin PIP-ka.
plan-van-aanpak-pip-planned = Waxaan sidoo kale kuu samayn doonnaa { -pip } oo loogu talagalay { -inburgering(case: "yours") }. Taas waxaan samayn doonnaa kadib { -brede-intake } iyo tijaabada awoodda barashada. Waxaad heli doontaa go'aan ku saabsan PIP-ka. Haddii aadan ku raacsanayn, waxaad qaadan kartaa { -bezwaar } (bezwaar maken). Taas macnaheedu waa: waxaad naga codsanaysaa inaan mar kale eegno go'aanka. Kadib waxaan wax ka beddeli doonnaa qorshahan.
plan-van-aanpak-route-b1 = Jidkaaga waxbarashadu waa jidka B1 (B1-route). Waxaad af-Holandiga u baranaysaa ilaa heerka B1, isla markaasna waxaad ka qayb qaadanaysaa bulshada, tusaale ahaan shaqo.
plan-van-aanpak-route-education = Jidkaaga waxbarashadu waa jidka waxbarashada (onderwijsroute). Waxaad baranaysaa af-Holandi si aad kadib u qaadato waxbarasho af-Holandi ah.
plan-van-aanpak-route-z = Jidkaaga waxbarashadu waa jidka Z (zelfredzaamheidsroute: jidka isku-filnaanshaha). Waxaad af-Holandiga ku baranaysaa heerkaaga, waxaadna ka qayb qaadanaysaa bulshada.

plan-van-aanpak-heading-support = Sida aan kuu caawinno
plan-van-aanpak-support-intensive = Waxaad heli doontaa taageero badan. Annaga iyo hay'adaha kale waxaan kuu caawinaynaa tallaabo tallaabo. Wax walba waan kuu sharxaynaa. Haddii loo baahdo, waan kula socon doonnaa. Tusaale ahaan bangiga ama dhakhtarka qoyska.
plan-van-aanpak-support-light = Waxaad helaysaa macluumaadka aad u baahan tahay. Kadib waxyaabaha badankood adigaa qabsanaya. Haddii ay wax kuu suurtoobi waayaan, na weydii caawimaad.
# Must match col-who ("Yaa") and partner-resident ("Adiga") in common.ftl.
plan-van-aanpak-how-to-read = Hoos waxaad ku arkaysaa shax mawduuc kasta: waxa dhacaya, cidda samaynaysa iyo goorta la dhammaynayo. Haddii tiirka Yaa ay ku qoran tahay „Adiga”, adigaa samaynaya.

plan-van-aanpak-domain-housing = Hoyga
plan-van-aanpak-domain-income = Lacagta iyo dakhliga
plan-van-aanpak-domain-language = Luqadda iyo is-dhexgalka
plan-van-aanpak-domain-work = Shaqada
plan-van-aanpak-domain-health = Caafimaadka
plan-van-aanpak-domain-children = Carruurta iyo dugsiga
plan-van-aanpak-situation = Xaaladdaada:
plan-van-aanpak-no-actions = Hadda qofna uma baahna inuu arrintan wax ka qabto.

plan-van-aanpak-heading-contacts = Yaad wici kartaa?
plan-van-aanpak-contacts-intro = Haddii aad su'aal ka qabto qayb ka mid ah qorshaha, wac hay'adda qabanaysa.
plan-van-aanpak-col-organisation = Hay'adda
plan-van-aanpak-col-name = Magaca

plan-van-aanpak-heading-privacy = Xogtaada
plan-van-aanpak-consent = Taariikhda { $date } waxaad na siisay oggolaansho inaan xogta kugu saabsan la wadaagno:
plan-van-aanpak-consent-scope = Waxaan la wadaagnaa oo keliya xogta ay hay'adahani ugu baahan yihiin qorshahan. Mar walba waad ka noqon kartaa oggolaanshahaaga. Taas awgeed wac { $name } lambarka { $phone }.
plan-van-aanpak-no-consent = Xogta kugu saabsan waxaan la wadaagnaa hay'adaha qorshahan ku jira oo keliya haddii aad oggolaato, ama haddii sharcigu sidaas dhigayo.

plan-van-aanpak-heading-review = Goorma ayaan mar kale ka wada hadlaynaa qorshaha?
plan-van-aanpak-review = Taariikhda { $date } ayaan mar kale kaala hadli doonnaa qorshaha. Waxaan eegi doonnaa waxa si fiican u socda iyo waxa weli loo baahan yahay. Haddii loo baahdo, wax ayaan ka beddeli doonnaa qorshaha. Taas waxaad u heli doontaa casuumaad.
plan-van-aanpak-check = Haddii ay qorshahan wax khaldan ku jiraan, ama haddii ay noloshaada wax iska beddelaan, wac { $name } lambarka { $phone }.
