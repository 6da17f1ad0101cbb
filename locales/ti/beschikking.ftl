### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Polite plural "you" (ንስኹም) throughout. One word for one thing:
### ማሕበራዊ ሓገዝ is the assistance (bijstand) only; ድጎማ is an allowance
### (toeslag) only.

-vakantiegeld = ገንዘብ ዕረፍቲ
-toeslag = ድጎማ
-college = ፈጻሚ ኣካል ምምሕዳር ከተማ (het college van burgemeester en wethouders)
-bezwaar = ተቓውሞ
-kenmerk = መወከሲ ቁጽሪ
-voorschot = ቅድመ-ክፍሊት
-participatiewet = ሕጊ ተሳትፎ (Participatiewet)

beschikking-subject = ብዛዕባ ማሕበራዊ ሓገዝኩም ዝተዋህበ ውሳነ

beschikking-intro = ዕለት { $date } { -bijstand } (bijstand) ሓቲትኩም። { -bijstand } ንናብራኦም ዝኣክል ገንዘብ ዘይብሎም ሰባት ካብ ምምሕዳር ከተማ ዝወሃብ ገንዘብ እዩ። ኣብዚ ደብዳበ እዚ ውሳነና ከተንብቡ ኢኹም።

beschikking-heading-decision = ውሳነና
beschikking-decision-granted = { -college } { $municipality } ከምዚ ዝስዕብ ወሲኑ፦ ካብ { $date } ጀሚሩ { -bijstand } ክትረኽቡ ኢኹም።
beschikking-decision-granted-period = { -college } { $municipality } ከምዚ ዝስዕብ ወሲኑ፦ ካብ { $start } ክሳብ { $end } (ንሱ'ውን ሓዊሱ) { -bijstand } ክትረኽቡ ኢኹም።
beschikking-decision-partly-granted = { -college } { $municipality } ከምዚ ዝስዕብ ወሲኑ፦ ካብ { $date } ጀሚሩ { -bijstand } ክትረኽቡ ኢኹም። ግን ዝሓተትኩምዎ ኩሉ ኣይትረኽቡን ኢኹም። ምኽንያቱ ኣብ ታሕቲ ከተንብቡ ኢኹም።
beschikking-decision-partly-granted-period = { -college } { $municipality } ከምዚ ዝስዕብ ወሲኑ፦ ካብ { $start } ክሳብ { $end } (ንሱ'ውን ሓዊሱ) { -bijstand } ክትረኽቡ ኢኹም። ግን ዝሓተትኩምዎ ኩሉ ኣይትረኽቡን ኢኹም። ምኽንያቱ ኣብ ታሕቲ ከተንብቡ ኢኹም።
beschikking-decision-refused = { -college } { $municipality } ከምዚ ዝስዕብ ወሲኑ፦ { -bijstand } ኣይትረኽቡን ኢኹም። ምኽንያቱ ኣብ ታሕቲ ከተንብቡ ኢኹም።
beschikking-college-explained = ፈጻሚ ኣካል፡ ከንቲባን ኣባላት ፈጻሚ ኣካልን (wethouders) እዮም፣ ንሳቶም ድማ ንምምሕዳር ከተማ ይመርሑ።
beschikking-couple = እዚ ውሳነ ንኣኹምን ንብጻይ ሕይወትኩም { $partner }ን ብሓባር እዩ። { -bijstand } ብሓባር ትረኽቡ፣ ክልተኹም ድማ ነቶም ኣብዚ ደብዳበ ዘለዉ ሕግታት ክትሕልዉ ኣለኩም።

beschikking-heading-reasons = ስለምንታይ ከምዚ ወሲንና?
beschikking-reasons-granted = ኣብ ሆላንድ ትነብሩ፣ ኣብዚ ንኽትነብሩ ድማ ፍቓድ ኣለኩም። ንናብራኹም ዝኣክል ገንዘብ ወይ ንብረት የብልኩምን። ስለዚ { -bijstand } ክትረኽቡ መሰል ኣለኩም።
beschikking-reasons-intro-partly-granted = ግን ዝሓተትኩምዎ ኩሉ ኣይትረኽቡን ኢኹም። ምኽንያቱ እዚ እዩ፦
beschikking-reasons-intro-refused = { -bijstand } ኣይትረኽቡን ኢኹም። ምኽንያቱ እዚ እዩ፦
beschikking-reason-start-date = ካብ { $requested } ጀሚሩ { -bijstand } ሓቲትኩም። ካብ { $start } ጀሚሩ { -bijstand } ክትረኽቡ ኢኹም። እዚ { -bijstand } ንምሕታት ናባና ዝመጻእኩምሉ መዓልቲ እዩ። ቅድሚኡ ክኸውን ኣይከኣልን።
beschikking-reason-income-too-high = እቶትኩም ምስቲ ንኹነታትኩም ዝግባእ { -bijstand } ማዕረ ወይ ካብኡ ንላዕሊ እዩ። ስለዚ { -bijstand } ክትረኽቡ መሰል የብልኩምን።
beschikking-reason-assets-too-high = { -bijstand } ንዝረኽብ ሰብ ካብ ዝፍቀድ ንላዕሊ ገንዘብ ወይ ንብረት (ሃብቲ) ኣለኩም።
beschikking-reason-cost-sharers = ምስ ካልኦት ዓበይቲ ሰባት ኣብ ሓደ ገዛ ትነብሩ። ወጻኢታት ገዛ ክትካፈሉ ትኽእሉ ኢኹም። ስለዚ ዝወሓደ { -bijstand } ትረኽቡ።
beschikking-reason-missing-information = ዘድልየና ሓበሬታን ወረቐትን ኩሉ ኣይሃብኩምናን። ስለዚ { -bijstand } ክትረኽቡ መሰል እንተሃልዩኩም ኣይንፈልጥን።
beschikking-reason-no-right-of-residence = { -bijstand } ክትረኽቡ ዘኽእለኩም ፍቓድ መንበሪ የብልኩምን።
beschikking-reason-other = ካልእ ምኽንያት፦

beschikking-heading-money = ክንደይ ማሕበራዊ ሓገዝ ክትረኽቡ ኢኹም?
beschikking-household-single = መጻምዲ ንዘይብሉ ሰብ (alleenstaande) ዝወሃብ { -bijstand } ትረኽቡ።
beschikking-household-single-parent = መጻምዲ ዘይብሉን ንቘልዓ ዝናበ ወላዲ (ኣቦ ወይ ኣደ, alleenstaande ouder) ዝወሃብ { -bijstand } ትረኽቡ።
beschikking-household-couple = ንክልተ መጻምዲ ብሓባር ዝወሃብ { -bijstand } ትረኽቡ፦ ሰብ ሓዳር ኢኹም ወይ ብሓባር ትነብሩ።
# Tigrinya (CLDR): one (0 and 1), other.
beschikking-cost-sharers = ኣብ ገዛኹም { $count ->
    [one] { $count } ካልእ ዓቢ ሰብ ውን ይነብር
   *[other] { $count } ካልኦት ዓበይቲ ሰባት ውን ይነብሩ
}። ወጻኢታት ገዛ ክትካፈሉ ትኽእሉ ኢኹም። ስለዚ { -bijstand(own: "yes") } ይውሕድ። እዚ ሕጊ ምክፍፋል ወጻኢታት (kostendelersnorm) ይበሃል።
beschikking-calculation-intro = ወርሓዊ { -bijstand(own: "yes") } ከምዚ ንሕስቦ፦

beschikking-col-payee = ንመን ይኽፈል
beschikking-col-amount = ኣብ ወርሒ
beschikking-col-sum = መጠን
beschikking-row-norm-single = መጻምዲ ንዘይብሉ ሰብ ዝወሃብ { -bijstand }
beschikking-row-norm-single-parent = መጻምዲ ንዘይብሉ ወላዲ ዝወሃብ { -bijstand }
beschikking-row-norm-couple = ንክልተ መጻምዲ ዝወሃብ { -bijstand }
beschikking-row-holiday = ንኣኹም እንዕቅቦ { -vakantiegeld } ይጎድል
beschikking-row-income-wages = { $whose ->
    [partner] ደሞዝ መጻምድትኹም ይጎድል
   *[resident] ደሞዝኩም ይጎድል
}
beschikking-row-income-benefit = { $whose ->
    [partner] ካልእ ሓገዝ መጻምድትኹም ይጎድል
   *[resident] ካልእ ሓገዝኩም ይጎድል
}
beschikking-row-income-alimony = { $whose ->
    [partner] ቀለብ (alimentatie) መጻምድትኹም ይጎድል
   *[resident] ቀለብኩም (alimentatie) ይጎድል
}
beschikking-row-income-other = { $whose ->
    [partner] ካልእ እቶት መጻምድትኹም ይጎድል
   *[resident] ካልእ እቶትኩም ይጎድል
}
beschikking-row-assistance = ወርሓዊ { -bijstand(own: "yes") }
beschikking-row-we-pay = ኣብ ክንዳኹም እንኸፍሎም ሕሳባት ይጎድሉ
beschikking-row-own = ኣብ ሕሳብ ባንክኹም እትረኽብዎ
beschikking-payee-reference = ቁጽሪ፦ { $reference }
beschikking-cost-rent = ክራይ ገዛ
beschikking-cost-energy = ጸዓት (ጋዝን ኤሌክትሪክን)
beschikking-cost-health-insurance = ኢንሹራንስ ጥዕና
beschikking-cost-water = ማይ
beschikking-cost-municipal-taxes = ግብሪ ምምሕዳር ከተማ

beschikking-own-amount = ስለዚ ኣብ ነፍሲ ወከፍ ወርሒ { $amount } ኣብ ሕሳብ ባንክኹም ትረኽቡ። ካብዚ ገንዘብ እዚ ባዕልኹም መግቢ፣ ክዳንን ካልእ ወጻኢታትን ትኸፍሉ።
beschikking-payment-day = { -bijstand(own: "yes") } ኣብ ነፍሲ ወከፍ ወርሒ እንተደንጎየ ክሳብ መዓልቲ { $day } ናይቲ ወርሒ ንኸፍል።
beschikking-holiday = ኣብ ነፍሲ ወከፍ ወርሒ { $amount } ንኣኹም ንዕቅብ፦ እዚ ናትኩም { -vakantiegeld } (vakantiegeld) እዩ። ብሓንሳብ፡ እንተደንጎየ ክሳብ { $date } ትረኽብዎ።
beschikking-allowances = { -toeslag } (toeslag) ካብ ቤት ጽሕፈት ግብሪ (Belastingdienst) ዝወሃብ ገንዘብ እዩ፣ ከም ድጎማ ክራይ ገዛ (huurtoeslag) ከምኡ'ውን ድጎማ ኢንሹራንስ ጥዕና (zorgtoeslag)። { -toeslag } ናትኩም እዩ። ኣብ { -bijstand(own: "yes") } ኣይቑጸርን።

beschikking-heading-first-payment = ቀዳማይ ክፍሊትኩም
beschikking-advance = ድሮ { $amount } { -voorschot } (voorschot) ረኺብኩም ኢኹም። { -voorschot } ውሳነ ክሳብ እንህብ እትረኽብዎ ገንዘብ እዩ። ነቲ { -voorschot } ካብ ቀዳማይ ክፍሊትኩም ነጉድሎ።
beschikking-first-payment-intro = ቀዳማይ ክፍሊትኩም ከምዚ እዩ፦
beschikking-row-first-period = { -bijstand } ካብ { $from } ክሳብ { $to } (ንሱ'ውን ሓዊሱ)
beschikking-row-first-costs = ኣብ ክንዳኹም እንኸፍሎም ሕሳባት ይጎድሉ
beschikking-row-first-advance = ድሮ ዝረኸብኩምዎ { -voorschot } ይጎድል
beschikking-row-first-own = ዕለት { $date } እትረኽብዎ
beschikking-advance-refused = { $amount } { -voorschot } (voorschot) ረኺብኩም። { -voorschot } ውሳነ ክሳብ እንህብ እትረኽብዎ ገንዘብ እዩ። { -bijstand } ስለዘይትረኽቡ፣ ነቲ { -voorschot } ክትመልስዎ ኣለኩም። ብዛዕባ እዚ ፍሉይ ደብዳበ ክመጸኩም እዩ።

beschikking-heading-fixed-costs = ኣብ ክንዳኹም እንኸፍሎም ሕሳባት
beschikking-fixed-costs-intro = ኣብ ነፍሲ ወከፍ ወርሒ ሓደ ክፋል { -bijstand(own: "yes") } ብቐጥታ ንኸፍሎ፣ ንኣብነት ንክራይ ገዛን ጸዓትን። በዚ ኸኣ እዞም ሕሳባት ኩሉ ግዜ ብግዜኦም ይኽፈሉ።
beschikking-basis-art-56a = ምውህሃድ (inburgering) ክትገብሩ ግዴታ ስለዘለኩምን ፍቓድ መንበሪ ዑቕባ ስለዘለኩምን እዚ ክንገብር ግዴታ ኣለና። ክሳብ { $until } (ንሱ'ውን ሓዊሱ) ንገብሮ። ድሕሪኡ ነዞም ሕሳባት ባዕልኹም ደጊምኩም ትኸፍልዎም። ንዕኡ ፍቓድ (machtiging) ትህቡና፦ ክንከፍል ፍቓድ እትህቡሉ ቅጥዒ እዩ።
beschikking-basis-art-57 = ሕጂ ነዞም ሕሳባት ባዕልኹም ብግቡእ ክትከፍልዎም ስለዘይትኽእሉ ኢና ንገብሮ። ክሳብ { $until } (ንሱ'ውን ሓዊሱ) ንገብሮ። ድሕሪኡ ሕሳባት ደጊምኩም ባዕልኹም ክትከፍሉ ከም እትኽእሉ ምሳኹም ክንርኢ ኢና። ምኽንያቱ፦
beschikking-basis-consent = ዕለት { $date } ነዞም ሕሳባት ኣብ ክንዳኹም ክንከፍል ሓቲትኩምና። ክሳብ { $until } (ንሱ'ውን ሓዊሱ) ንገብሮ። እንተ ዘይደሊኹም፣ ንገሩና። ሽዑ ነቋርጾ።
beschikking-settlements-resident = ኣብቲ ሰሌዳ ዘለዉ መጠናት ጥራይ ኢና ንኸፍል። ካልእ ሕሳብ እንተ መጺኡኩም፣ ንኣብነት ዓመታዊ ሕሳብ ጸዓት፣ ባዕልኹም ትኸፍልዎ። ክራይ ገዛኹም ወይ ክፍሊት ኢንሹራንስ እንተ ተቐየረ፣ ንገሩና። ሽዑ ነቲ መጠን ነመሓይሾ።
beschikking-settlements-municipality = ንዞም ወጻኢታት ካልእ ሕሳብ እንተ መጺኡኩም፣ ንኣብነት ዓመታዊ ሕሳብ ጸዓት፣ ናባና ስደድዎ። ንሱ'ውን ካብ { -bijstand(own: "yes") } ንኸፍሎ። ክራይ ገዛኹም ወይ ክፍሊት ኢንሹራንስ እንተ ተቐየረ፣ ንገሩና። ሽዑ ነቲ መጠን ነመሓይሾ።

beschikking-heading-coach = ኣማኻሪ ባጀትኩም
beschikking-coach = ካብ { -budgetcoach } ሓገዝ ክትረኽቡ ኢኹም። { -budgetcoach } ገንዘብኩም ብግቡእ ንኸተመሓድሩ ይሕግዘኩም። { -budgetcoach(own: "yes") }፦ { $name } ({ $organisation })። ተሌፎን፦ { $phone }።

beschikking-heading-obligations = እንታይ ሕግታት ክትሕልዉ ኣለኩም?
beschikking-obligations-intro = { -bijstand } ክሳብ እትረኽቡ፣ ነዞም ዝስዕቡ ሕግታት ክትሕልውዎም ኣለኩም፦
beschikking-obligation-report-changes = ገለ ነገር እንተ ተቐየረ፣ ዋላ እንተ ዘይሓተትናኩም፣ ብቕልጡፍ ንገሩና። ንኣብነት፦ ስራሕ እንተ ጀሚርኩም፣ ካብ ሓደ ሰብ ገንዘብ እንተ ረኺብኩም፣ ገዛ እንተ ቐየርኩም፣ ሓደ ሰብ ምሳኹም ክነብር እንተ መጺኡ፣ ወይ ስድራኹም ናብ ሆላንድ እንተ መጺኦም።
beschikking-obligation-cooperate = እንሓትቶ ሓበሬታን ወረቐትን ሃቡና። ገለ ነገር ክንፍትሽ ምስ እንደሊ ተተሓባበሩ።
beschikking-obligation-look-for-work = ስራሕ ድለዩ። ኣብ werk.nl ከም ስራሕ ደላዪ ተመዝገቡን ንስራሕ ኣመልክቱን።
beschikking-obligation-accept-suitable-work = ስራሕ እንተ ቐሪቡልኩም፣ ነቲ ስራሕ ክትቕበልዎ ኣለኩም፣ ካብቲ ዝለመድኩምዎ ዝተፈልየ ስራሕ እንተ ኾነ'ውን።
beschikking-obligation-language-duty = ሆላንድኛ ተማሃሩ። ናብቲ ኣብ ውጥን ምውህሃድኩም ዘሎ ትምህርቲ ቋንቋ ወይ ናብቲ ምሳኹም እንሰማማዓሉ ትምህርቲ ኪዱ።
beschikking-obligation-cooperate-budget-coach = ምስ { -budgetcoach(own: "yes") } ተተሓባበሩ። ናብ ርክባት ኪዱ፣ ብዛዕባ ገንዘብ ዝመጹኹም ደብዳበታት ከኣ ኣርእዩ።
beschikking-obligation-keep-appointments = ናብ ርክባትኩም ምስ ምምሕዳር ከተማ ምጹ። ክትመጹ እንተ ዘይክኢልኩም፣ ቅድሚ እቲ ርክብ ደውሉልና።
beschikking-obligation-report-travel-abroad = ናብ ወጻኢ ሃገር እንተ ኸድኩም፣ ኣቐዲምኩም ንገሩና። { -bijstand } እናረኸብኩም፣ ኣብ ሓደ ዓመት ካብ 4 ሰሙን ንላዕሊ ኣብ ወጻኢ ሃገር ክትጸንሑ ኣይትኽእሉን።
beschikking-obligation-authorise-direct-payment = ሕሳባትኩም ክንከፍል ዘኽእለና ፍቓድ (machtiging) ፈርሙ።
beschikking-consequence-report = ለውጢ እንተ ዘይሓቢርኩምና ወይ ደንጊኹም እንተ ሓቢርኩምና፣ ካብ ዝግባእ ንላዕሊ { -bijstand } ክትረኽቡ ትኽእሉ ኢኹም። ሽዑ ነቲ ገንዘብ ክትመልስዎ ክትግደዱ ኢኹም፣ ሓደ ሓደ ግዜ ድማ ንኹሉ ብዝያዳ ዝረኸብኩምዎ። ብተወሳኺ መቕጻዕቲ ክወሃበኩም ይኽእል።
beschikking-consequence-other = ነቶም ካልኦት ሕግታት እንተ ዘይሓሊኹምዎም፣ { -bijstand(own: "yes") } ንግዜኡ ክንንክዮ ንኽእል ኢና።

beschikking-heading-law = እዚ ውሳነ ኣብ ኣየናይ ሕጊ ዝተመስረተ እዩ?
beschikking-law-intro = እዚ ውሳነ ኣብ { -participatiewet } ዝተመስረተ እዩ። እዚ ብዛዕባ { -bijstand } ዝገልጽ ሕጊ እዩ። ነዞም ዝስዕቡ ዓንቀጻት ንጥቀም፦
beschikking-law-right = ዓንቀጽ 11ን 19ን፦ { -bijstand } ክረክብ መሰል ዘለዎ መን እዩ
beschikking-law-couple = ዓንቀጽ 11፣ ንኡስ ዓንቀጽ 4፦ መጻምዲ { -bijstand } ብሓባር ይረኽቡ
beschikking-law-norm = ዓንቀጽ 21፦ ክንደይ { -bijstand } ትረኽቡ (እቲ መለክዒ)
beschikking-law-cost-sharers = ዓንቀጽ 22a፦ ገዛኹም ምስ እትካፈሉ ዝወሓደ { -bijstand } (kostendelersnorm)
beschikking-law-income = ዓንቀጽ 31ን 32ን፦ ኣየናይ እቶት ይቑጸር
beschikking-law-assets = ዓንቀጽ 34፦ ኣየናይ ሃብቲ ይቑጸር
beschikking-law-decision = ዓንቀጽ 43፣ 44ን 45ን፦ እቲ ውሳነ፣ መጀመሪ ዕለትን ክፍሊትን
beschikking-law-decision-refused = ዓንቀጽ 43፦ ብዛዕባ ሕቶኹም ዝተዋህበ ውሳነ
beschikking-law-advance = ዓንቀጽ 52፦ እቲ { -voorschot }
beschikking-law-basis-art-56a = ዓንቀጽ 56a፦ ምውህሃድ ክገብሩ ግዴታ ዘለዎም ሰባት ሕሳባቶም ምኽፋል
beschikking-law-basis-art-57 = ዓንቀጽ 57፦ ባዕልኹም ክትከፍሉ ክሳብ እትኽእሉ ሕሳባት ምኽፋል
beschikking-law-duties = ዓንቀጽ 9፣ 17ን 18ን፦ ግዴታታትኩም፣ ሕግታት እንተ ዘይሓሊኹም ድማ ዝወሓደ { -bijstand }
beschikking-law-language = ዓንቀጽ 18b፦ ሆላንድኛ ምምሃር (ቋንቋዊ ጠለብ, taaleis)
beschikking-law-recovery = ዓንቀጽ 18aን 58ን፦ መቕጻዕቲን ገንዘብ ምምላስን
beschikking-law-information = ዓንቀጽ 17፦ ዘድልየና ሓበሬታ ምሃብ
beschikking-law-objection = Algemene wet bestuursrecht፣ ዓንቀጽ 6:4 ክሳብ 6:9፦ ተቓውሞ

beschikking-heading-objection = በዚ ውሳነ እዚ ኣይትሰማምዑን ዲኹም?
beschikking-objection = ሽዑ { -bezwaar } (bezwaar) ከተቕርቡ ትኽእሉ ኢኹም። እዚ ማለት፦ ነቲ { -college } ነዚ ውሳነ ደጊሙ ክርእዮ ትሓትዎ።
beschikking-objection-deadline = ንዕኡ 6 ሰሙን ኣለኩም። እዚ ነዚ ደብዳበ ድሕሪ ዝለኣኽናሉ መዓልቲ ({ $sent }) ይጅምር። ስለዚ ተቓውሞኹም እንተደንጎየ ክሳብ { $date } ኣባና ክበጽሕ ኣለዎ።
beschikking-objection-post = ተቓውሞኹም ብፖስታ እንተ ለኣኽኩምዎ፣ እንተደንጎየ ክሳብ { $date } ናብ ፖስታ እንተ ሃብኩምዎን ኣብ ውሽጢ ሓደ ሰሙን ድሕሪኡ እንተ በጺሑናን ውን ብግዜኡ እዩ።
beschikking-objection-online = ብኢንተርነት { -bezwaar } ከተቕርቡ ትኽእሉ ኢኹም፦ { $url }። ወይ ደብዳበ ናብዚ ስደዱ፦
beschikking-objection-letter = ደብዳበ ናብዚ ስደዱ፦
beschikking-objection-to = { -college }፣ { $municipality }
beschikking-objection-what = ኣብ ተቓውሞኹም እዚ ጽሓፉ፦
beschikking-objection-name = ሽምኩምን ኣድራሻኹምን
beschikking-objection-date = ዕለት
beschikking-objection-reference = { -kenmerk } ናይዚ ደብዳበ፦ { $reference } (ኣብ ላዕሊ ናይዚ ደብዳበ ዘሎ ቁጽሪ)
beschikking-objection-why = ስለምንታይ ምስዚ ውሳነ ከም ዘይትሰማምዑ
beschikking-objection-signature = ፊርማኹም
beschikking-objection-copy = እንተ ተኻኢሉ፣ ቅዳሕ ናይዚ ደብዳበ ምስኡ ስደዱ።
beschikking-objection-couple = ንስኹምን መጻምድትኹምን ክልተኹም { -bezwaar } ከተቕርቡ ትኽእሉ ኢኹም። ብሓባር እንተ ገበርኩምዎ፣ ክልተኹም ሽምኩም ጽሓፉን ፈርሙን።
beschikking-objection-language = ተቓውሞኹም ብቋንቋኹም ክትጽሕፍዎ ትኽእሉ ኢኹም። ሽዑ ትርጉም ክንሓተኩም ንኽእል ኢና። ኣብ ተቓውሞኹም ብነጻ ሓገዝ ካብ VluchtelingenWerk፣ Juridisch Loket (ቤት ጽሕፈት ሕጋዊ ምኽሪ) ወይ sociaal raadslieden (ማሕበራዊ ኣማኸርቲ) ናይ ምምሕዳር ከተማኹም ክትረኽቡ ትኽእሉ ኢኹም።
beschikking-objection-call = ቅድም ምሳና ክትዛረቡ ትደልዩ ዲኹም? ሽዑ ናብ { $name } ደውሉ፦ { $phone }። ምናልባት ብሓባር ክንፈትሖ ንኽእል ኢና። ኣስተውዕሉ፦ ምድዋል ተቓውሞ ምቕራብ ኣይኮነን። እቶም 6 ሰሙናት ይቕጽሉ እዮም።
beschikking-objection-in-force = { -bezwaar } እንተ ኣቕረብኩም'ውን፣ ሓድሽ ውሳነ ክሳብ ዝወሃብ እዚ ውሳነ ይጸንሕ።
beschikking-objection-urgent = ኣዝዩ ህጹጽ እንተ ኾይኑ፣ ቤት ፍርዲ ቀልጢፉ ግዝያዊ ውሳነ ክህብ ክትሓቱ ትኽእሉ ኢኹም። እዚ ግዝያዊ ስጉምቲ (voorlopige voorziening) ይበሃል። ሽዑ { -bezwaar } ውን ከተቕርቡ ኣለኩም። ነቲ ሕቶ ናብቲ ኣብ እትነብሩሉ ከባቢ ዘሎ ቤት ፍርዲ (rechtbank) ተቕርብዎ። ቤት ፍርዲ ንዕኡ ክፍሊት (griffierecht) ይሓትት። ንተወሳኺ ሓበሬታ፦ www.rechtspraak.nl።

beschikking-mandate = ኣብ ክንዲ ፈጻሚ ኣካል ምምሕዳር ከተማ (het college van burgemeester en wethouders)፣
