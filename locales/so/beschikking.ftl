### Beschikking bijstand: the decision on social assistance (Participatiewet).
### Machine draft, not reviewed by a qualified translator (see locale.toml).
###
### One word for one thing: "kaalmada bulshada" is the bijstand only,
### "gunno" a toeslag only, "racfaan" the bezwaar only. "You" is singular
### and has no grammatical gender, so no message needs $form. Terms take
### $case as in common.ftl.

-vakantiegeld = { $case ->
    [cap] Lacagta fasaxa
    [yours] lacagtaada fasaxa
    [yours-cap] Lacagtaada fasaxa
   *[def] lacagta fasaxa
}
-toeslag = { $case ->
    [cap] Gunno
   *[def] gunnada
}
-college = { $case ->
    [short-subj] Golaha Fulintu
   *[def] Golaha Fulinta (het college van burgemeester en wethouders)
}
-bezwaar = { $case ->
    [def] racfaanka
    [yours] racfaankaaga
    [yours-subj] racfaankaagu
   *[indef] racfaan
}
-kenmerk = lambarka tixraaca
-voorschot = { $case ->
    [def] horudhaca
    [cap] Horudhaca
    [subj-cap] Horudhacu
   *[indef] horudhac
}
-participatiewet = Sharciga Ka-qaybgalka (Participatiewet)

beschikking-subject = Go'aan ku saabsan { -bijstand }

beschikking-intro = Taariikhda { $date } waxaad codsatay { -bijstand } (bijstand). { -bijstand(case: "subj-cap") } waa lacag ay dowladda hoose siiso dadka aan haysan lacag ku filan oo ay ku noolaadaan. Warqaddan waxaad ku akhrinaysaa go'aankayaga.

beschikking-heading-decision = Go'aankayaga
beschikking-decision-granted = { -college } ee { $municipality } ayaa go'aamiyay: waxaad heli doontaa { -bijstand } laga bilaabo { $date }.
beschikking-decision-granted-period = { -college } ee { $municipality } ayaa go'aamiyay: waxaad heli doontaa { -bijstand } laga bilaabo { $start } ilaa { $end } (maalintaas oo ku jirta).
beschikking-decision-partly-granted = { -college } ee { $municipality } ayaa go'aamiyay: waxaad heli doontaa { -bijstand } laga bilaabo { $date }. Laakiin ma heli doontid wax walba oo aad codsatay. Sababta hoos ka akhri.
beschikking-decision-partly-granted-period = { -college } ee { $municipality } ayaa go'aamiyay: waxaad heli doontaa { -bijstand } laga bilaabo { $start } ilaa { $end } (maalintaas oo ku jirta). Laakiin ma heli doontid wax walba oo aad codsatay. Sababta hoos ka akhri.
beschikking-decision-refused = { -college } ee { $municipality } ayaa go'aamiyay: ma heli doontid { -bijstand }. Sababta hoos ka akhri.
beschikking-college-explained = { -college(case: "short-subj") } waa maamulka dowladda hoose.
beschikking-couple = Go'aankani wuxuu kuu yahay adiga iyo lammaanahaaga { $partner } wadajir. Waxaad si wadajir ah u helaysaan { -bijstand }, labadiinubana waa inaad raacdaan xeerarka ku qoran warqaddan.

beschikking-heading-reasons = Maxaan sidan u go'aansannay?
beschikking-reasons-granted = Waxaad ku nooshahay Nederland, waxaana laguu oggol yahay inaad halkan ku noolaato. Ma haysatid lacag ama hanti ku filan oo aad ku noolaato. Sidaas darteed waxaad xaq u leedahay { -bijstand }.
beschikking-reasons-intro-partly-granted = Laakiin ma heli doontid wax walba oo aad codsatay. Sababtu waa tan:
beschikking-reasons-intro-refused = Ma heli doontid { -bijstand }. Sababtu waa tan:
beschikking-reason-start-date = Waxaad codsatay { -bijstand } laga bilaabo { $requested }. Waxaad heli doontaa { -bijstand } laga bilaabo { $start }. Taasi waa maalinta aad noo timid si aad u codsato { -bijstand }. Ka hor taas suurtagal ma aha.
beschikking-reason-income-too-high = Dakhligaagu wuxuu la mid yahay ama ka badan yahay { -bijstand } ee loogu talagalay xaaladdaada. Markaas xaq uma lihid { -bijstand }.
beschikking-reason-assets-too-high = Waxaad haysataa lacag ama hanti (vermogen) ka badan inta la oggol yahay marka aad hesho { -bijstand }.
beschikking-reason-cost-sharers = Waxaad hal guri la deggan tahay dad kale oo waaweyn. Kharashka guriga waad wada qaybsan kartaan. Sidaas darteed waxaad helaysaa { -bijstand(case: "indef") } ka yar.
beschikking-reason-missing-information = Ma aadan na siin dhammaan macluumaadka iyo waraaqaha aan u baahnayn. Sidaas darteed ma ogin inaad xaq u leedahay { -bijstand } iyo in kale.
beschikking-reason-no-right-of-residence = Ma haysatid ruqsad degenaansho oo kuu oggolaanaysa inaad hesho { -bijstand }.
beschikking-reason-other = Sabab kale:

beschikking-heading-money = Immisa ayaad ka heli doontaa { -bijstand }?
beschikking-household-single = Waxaad helaysaa { -bijstand } ee loogu talagalay qof aan lammaane lahayn (alleenstaande).
beschikking-household-single-parent = Waxaad helaysaa { -bijstand } ee loogu talagalay waalid aan lammaane lahayn oo ilmo xannaaneeya (alleenstaande ouder).
beschikking-household-couple = Waxaad helaysaa { -bijstand } ee loogu talagalay laba lammaane oo wadajir ah: waad is guursateen ama waad wada nooshihiin.
# Somali (CLDR): one, other.
beschikking-cost-sharers = Gurigaaga waxaa sidoo kale deggan { $count ->
    [one] 1 qof oo kale oo weyn
   *[other] { $count } qof oo kale oo waaweyn
}. Kharashka guriga waad wada qaybsan kartaan. Sidaas darteed { -bijstand(case: "yours") } way ka yar tahay. Tan waxaa la yiraahdaa xeerka wadaagga kharashka (kostendelersnorm).
beschikking-calculation-intro = Sidan ayaan u xisaabinnaa { -bijstand(case: "yours") } bil kasta:

beschikking-col-payee = Loo bixiyay
beschikking-col-amount = Bishii
beschikking-col-sum = Qaddarka
beschikking-row-norm-single = { -bijstand(case: "cap") } ee qof aan lammaane lahayn
beschikking-row-norm-single-parent = { -bijstand(case: "cap") } ee waalid aan lammaane lahayn
beschikking-row-norm-couple = { -bijstand(case: "cap") } ee laba lammaane
beschikking-row-holiday = Laga jaray: { -vakantiegeld } oo aan kuu kaydinno
beschikking-row-income-wages = Laga jaray: { $whose ->
    [partner] mushaharka lammaanahaaga
   *[resident] mushaharkaaga
}
beschikking-row-income-benefit = Laga jaray: { $whose ->
    [partner] lacag kale oo dawladeed (uitkering) oo lammaanahaaga
   *[resident] lacagtaada kale ee dawladeed (uitkering)
}
beschikking-row-income-alimony = Laga jaray: { $whose ->
    [partner] nafaqada lammaanahaaga
   *[resident] nafaqadaada
}
beschikking-row-income-other = Laga jaray: { $whose ->
    [partner] dakhli kale oo lammaanahaaga
   *[resident] dakhligaaga kale
}
beschikking-row-assistance = { -bijstand(case: "yours-cap") } bishii
beschikking-row-we-pay = Laga jaray: biilasha aan kuu bixinno
beschikking-row-own = Tan adigaa ku helaya akoonkaaga bangiga
beschikking-payee-reference = Lambarka: { $reference }
beschikking-cost-rent = Kirada
beschikking-cost-energy = Tamarta (gaaska iyo korontada)
beschikking-cost-health-insurance = Caymiska caafimaadka
beschikking-cost-water = Biyaha
beschikking-cost-municipal-taxes = Canshuuraha dowladda hoose

beschikking-own-amount = Markaa bil kasta waxaad akoonkaaga bangiga ku helaysaa { $amount }. Lacagtaas adigaa ka bixinaya cuntada, dharka iyo kharashyada kale.
beschikking-payment-day = Bil kasta waxaan bixinnaa { -bijstand(case: "yours") }, ugu dambayn maalinta { $day }-aad ee bisha.
beschikking-holiday = Bil kasta waxaan kuu kaydinnaa { $amount }: { -vakantiegeld(case: "yours") } (vakantiegeld). Lacagtaas hal mar ayaad heli doontaa, ugu dambayn { $date }.
beschikking-allowances = { -toeslag(case: "cap") } (toeslag) waa lacag ka timaadda Belastingdienst (xafiiska canshuuraha), sida { -huurtoeslag } iyo { -zorgtoeslag }. { -toeslag } adigaa iska haysanaya. Laguma darayo xisaabta { -bijstand(case: "yours") }.

beschikking-heading-first-payment = Lacag-bixintaada koowaad
beschikking-advance = Waxaad horay u heshay { -voorschot } (voorschot) oo ah { $amount }. { -voorschot(case: "subj-cap") } waa lacag aad hesho inta aanan weli go'aan gaarin. { -voorschot(case: "cap") } waxaan ka jaraynaa lacag-bixintaada koowaad.
beschikking-first-payment-intro = Sidan ayay u eg tahay lacag-bixintaada koowaad:
beschikking-row-first-period = { -bijstand(case: "cap") } laga bilaabo { $from } ilaa { $to } (maalintaas oo ku jirta)
beschikking-row-first-costs = Laga jaray: biilasha aan kuu bixinno
beschikking-row-first-advance = Laga jaray: { -voorschot(case: "def") } aad horay u heshay
beschikking-row-first-own = Waxaad helaysaa { $date }
beschikking-advance-refused = Waxaad heshay { -voorschot } (voorschot) oo ah { $amount }. { -voorschot(case: "subj-cap") } waa lacag aad hesho inta aanan weli go'aan gaarin. Maadaama aadan heli doonin { -bijstand }, waa inaad soo celiso { -voorschot(case: "def") }. Arrintaas waxaad ka heli doontaa warqad gaar ah.

beschikking-heading-fixed-costs = Biilasha aan kuu bixinno
beschikking-fixed-costs-intro = Bil kasta qayb ka mid ah { -bijstand(case: "yours") } waxaan si toos ah ugu bixinnaa biilashaada, tusaale ahaan kirada iyo tamarta. Sidaas darteed biilashaas had iyo jeer waqtigooda ayaa la bixiyaa.
beschikking-basis-art-56a = Tan waa inaan samayno, sababtoo ah waa inaad dhammaysato { -inburgering } (inburgeren), waxaadna haysataa ruqsad degenaansho magangalyo (verblijfsvergunning asiel). Tan waxaan samaynaynaa ilaa { $until } (maalintaas oo ku jirta). Kadib biilashan adigaa mar kale iska bixinaya. Taas awgeed waxaad na siinaysaa oggolaansho qoraal ah (machtiging): foom aad noogu oggolaanayso inaan bixinno.
beschikking-basis-art-57 = Tan waan samaynaynaa, sababtoo ah hadda weli si fiican uma bixin kartid biilashan. Tan waxaan samaynaynaa ilaa { $until } (maalintaas oo ku jirta). Kadib waxaan adiga kula eegi doonnaa inaad mar kale iska bixin karto biilasha. Sababta:
beschikking-basis-consent = Taariikhda { $date } waxaad naga codsatay inaan biilashan kuu bixinno. Tan waxaan samaynaynaa ilaa { $until } (maalintaas oo ku jirta). Haddii aadan tan rabin mar dambe, noo sheeg. Markaas waan joojin doonnaa.
beschikking-settlements-resident = Waxaan bixinnaa oo keliya qaddarrada shaxda ku jira. Haddii aad hesho biil kale, tusaale ahaan xisaabta sannadlaha ah ee tamarta, adigaa iska bixinaya. Haddii kiradaada ama lacagta caymiskaagu is beddesho, noo sheeg. Markaas waan beddeli doonnaa qaddarka.
beschikking-settlements-municipality = Haddii aad hesho biil kale oo kharashyadan ah, tusaale ahaan xisaabta sannadlaha ah ee tamarta, noo soo dir. Taasna waxaan ka bixin doonnaa { -bijstand(case: "yours") }. Haddii kiradaada ama lacagta caymiskaagu is beddesho, noo sheeg. Markaas waan beddeli doonnaa qaddarka.

beschikking-heading-coach = { -budgetcoach(case: "yours-cap") }
beschikking-coach = Waxaa ku caawin doona { -budgetcoach(case: "indef") }. { -budgetcoach(case: "cap") } ayaa kaa caawinaya inaad si fiican u maamusho lacagtaada. { $name } oo ka tirsan { $organisation } ayaa ah { -budgetcoach(case: "yours") }. Taleefan: { $phone }.

beschikking-heading-obligations = Maxay yihiin xeerarka aad raacayso?
beschikking-obligations-intro = Marka aad hesho { -bijstand }, waa inaad raacdo xeerarkan:
beschikking-obligation-report-changes = Isla markiiba noo sheeg marka ay wax isbeddelaan, xitaa haddii aanan ku weydiin. Tusaale ahaan: waxaad bilowdaa shaqo, qof ayaa lacag ku siiya, waad guurtaa, qof ayaa kula soo degaya, ama qoyskaaga ayaa Nederland yimaada.
beschikking-obligation-cooperate = Na sii macluumaadka iyo waraaqaha aan ku weydiinno. Nala shaqee marka aan rabno inaan wax hubinno.
beschikking-obligation-look-for-work = Shaqo raadi. Iska diiwaangeli shaqo-doon ahaan werk.nl, oo codso shaqooyin.
beschikking-obligation-accept-suitable-work = Haddii shaqo lagu siiyo, waa inaad aqbashaa. Xitaa haddii ay tahay shaqo ka duwan tan aad caadaystay.
beschikking-obligation-language-duty = Baro af-Holandi. Tag casharrada luqadda ee ku jira qorshahaaga is-dhexgalka ama casharrada aan kula heshiinno.
beschikking-obligation-cooperate-budget-coach = La shaqee { -budgetcoach(case: "yours") }. Tag wadahadallada oo tus warqadahaaga ku saabsan lacagta.
beschikking-obligation-keep-appointments = Imow wadahadallada aad la leedahay dowladda hoose. Haddii aadan iman karin, na soo wac ka hor wadahadalka.
beschikking-obligation-report-travel-abroad = Haddii aad dibadda u safrayso, horay noogu sheeg. Marka aad hesho { -bijstand }, waxaad dibadda joogi kartaa ugu badnaan 4 toddobaad sannadkii (Janaayo ilaa Diseembar).
beschikking-obligation-authorise-direct-payment = Saxiix oggolaanshaha qoraalka ah (machtiging) ee aan ku bixin karno biilashaada.
beschikking-consequence-report = Haddii aadan noo sheegin isbeddel ama aad goor dambe noo sheegto, waxaa laga yaabaa inaad hesho { -bijstand } ka badan inta aad xaqa u leedahay. Markaas waa inaad lacagtaas soo celiso, mararka qaarkood dhammaan wixii dheeraad ah ee aad heshay. Sidoo kale waxaa laga yaabaa in lagu ganaaxo.
beschikking-consequence-other = Haddii aadan raacin xeerarka kale, waxaan muddo dhimi karnaa { -bijstand(case: "yours") }.

beschikking-heading-law = Go'aankan wuxuu ku salaysan yahay sharcigee?
beschikking-law-intro = Go'aankani wuxuu ku salaysan yahay { -participatiewet }. Taasi waa sharciga ku saabsan { -bijstand }. Waxaan isticmaalnaa qodobbadan:
beschikking-law-right = Qodobka 11 iyo 19: cidda xaqa u leh { -bijstand }
beschikking-law-couple = Qodobka 11, faqradda afraad: lammaanayaashu waxay wadajir u helaan { -bijstand }
beschikking-law-norm = Qodobka 21: immisa ayaad ka heshaa { -bijstand } (heerka, norm)
beschikking-law-cost-sharers = Qodobka 22a: { -bijstand(case: "indef") } ka yar haddii aad gurigaaga wadaagto (kostendelersnorm)
beschikking-law-income = Qodobka 31 iyo 32: dakhliga lagu xisaabiyo
beschikking-law-assets = Qodobka 34: hantida lagu xisaabiyo
beschikking-law-decision = Qodobka 43, 44 iyo 45: go'aanka, taariikhda bilowga iyo lacag-bixinta
beschikking-law-decision-refused = Qodobka 43: go'aanka ku saabsan codsigaaga
beschikking-law-advance = Qodobka 52: { -voorschot(case: "def") }
beschikking-law-basis-art-56a = Qodobka 56a: bixinta biilasha dadka ay waajib ku tahay { -inburgering }
beschikking-law-basis-art-57 = Qodobka 57: bixinta biilasha haddii aadan weli adigu bixin karin
beschikking-law-duties = Qodobka 9, 17 iyo 18: waajibaadkaaga, iyo { -bijstand(case: "indef") } ka yar haddii aadan raacin xeerarka
beschikking-law-language = Qodobka 18b: barashada af-Holandiga (shardiga luqadda, taaleis)
beschikking-law-recovery = Qodobka 18a iyo 58: ganaax iyo soo celinta lacag
beschikking-law-information = Qodobka 17: bixinta macluumaadka aan u baahanahay
beschikking-law-objection = Sharciga Guud ee Maamulka (Algemene wet bestuursrecht), qodobka 6:4 ilaa 6:9: { -bezwaar(case: "def") }

beschikking-heading-objection = Miyaadan ku raacsanayn go'aankan?
beschikking-objection = Markaas waxaad qaadan kartaa { -bezwaar } (bezwaar maken). Taas macnaheedu waa: waxaad ka codsanaysaa { -college } inay mar kale eegaan go'aankan.
beschikking-objection-deadline = Taas waxaad u haysataa 6 toddobaad. Waxay bilaabmayaan maalinta ka dambaysa maalinta aan warqaddan soo dirnay ({ $sent }). Sidaas darteed { -bezwaar(case: "yours-subj") } waa inuu na soo gaaraa ugu dambayn { $date }.
beschikking-objection-post = Haddii aad { -bezwaar(case: "yours") } boostada ku soo dirto, sidoo kale waqtigiisa ayuu ku yimid haddii aad boostada dhigto ugu dambayn { $date } oo uu na soo gaaro toddobaad gudihiis kadib.
# $url: where to object online, printed as configured.
beschikking-objection-online = Waxaad { -bezwaar } ka qaadan kartaa internetka: { $url }. Ama warqad u dir:
beschikking-objection-letter = Warqad u dir:
beschikking-objection-to = { -college } ee { $municipality }
beschikking-objection-what = Ku qor { -bezwaar(case: "yours") }:
beschikking-objection-name = magacaaga iyo cinwaankaaga
beschikking-objection-date = taariikhda
beschikking-objection-reference = { -kenmerk } ee warqaddan: { $reference } (lambarka ku qoran korka warqaddan)
beschikking-objection-why = sababta aadan ugu raacsanayn go'aankan
beschikking-objection-signature = saxiixaaga
beschikking-objection-copy = Haddii ay suurtagal tahay, ku dar koobi warqaddan ah.
beschikking-objection-couple = Adiga iyo lammaanahaagaba waxaad qaadan kartaan { -bezwaar }. Haddii aad wadajir u samaysaan, labadiinuba qora magacyadiinna oo saxiixa.
beschikking-objection-language = Waxaad { -bezwaar(case: "yours") } ku qori kartaa luqaddaada. Mararka qaarkood markaas waxaan ku weydiinnaa turjumaad. Caawimaad bilaash ah oo ku saabsan { -bezwaar(case: "yours") } waxaad ka heli kartaa VluchtelingenWerk, Juridisch Loket (xafiiska talada sharciga) ama sociaal raadslieden (lataliyayaasha bulshada) ee dowladda hoose.
beschikking-objection-call = Ma rabtaa inaad marka hore nala hadasho? Markaas wac { $name }: { $phone }. Waxaa laga yaabaa inaan si wadajir ah u xallinno. Ogow: wicitaanku ma aha qaadashada { -bezwaar(case: "def") }. 6-da toddobaad way sii socdaan.
beschikking-objection-in-force = Xitaa haddii aad { -bezwaar } qaadato, go'aankani wuu dhaqan gelayaa ilaa go'aan cusub laga gaaro.
beschikking-objection-urgent = Haddii ay aad u degdeg tahay, waxaad maxkamadda ka codsan kartaa inay si dhaqso ah u gaarto go'aan ku meel gaar ah. Taas waxaa la yiraahdaa tallaabo ku meel gaar ah (voorlopige voorziening). Markaas waa inaad sidoo kale qaadato { -bezwaar }. Waxaad ka codsanaysaa maxkamadda (rechtbank) ee deegaanka aad ku nooshahay. Maxkamaddu lacag ayay taas ku qaadataa: khidmadda maxkamadda (griffierecht). Macluumaad dheeraad ah ka eeg www.rechtspraak.nl.

beschikking-mandate = Iyadoo loo matalayo { -college },
