### Machine draft, not reviewed by a qualified translator (see locale.toml).

beschikking-subject = ብዛዕባ ማሕበራዊ ሓገዝኩም ዝተዋህበ ውሳነ
beschikking-intro-applied = ዕለት { $date } ማሕበራዊ ሓገዝ (bijstand) ሓቲትኩም። ኣብዚ ደብዳበ እዚ ውሳነና ከተንብቡ ኢኹም።
beschikking-intro = ኣብዚ ደብዳበ እዚ ብዛዕባ ማሕበራዊ ሓገዝኩም (bijstand) ዝሃብናዮ ውሳነ ከተንብቡ ኢኹም።

beschikking-heading-decision = ውሳነና፦ ማሕበራዊ ሓገዝ ክትረኽቡ ኢኹም
beschikking-start = ካብ { $date } ጀሚርኩም ማሕበራዊ ሓገዝ ክትረኽቡ ኢኹም።
beschikking-period = ካብ { $start } ክሳብ { $end } (ንሱ'ውን ሓዊሱ) ማሕበራዊ ሓገዝ ክትረኽቡ ኢኹም።
beschikking-household-single = እዚ ንበይኑ ንዝነብር ሰብ ዝወሃብ ማሕበራዊ ሓገዝ እዩ።
beschikking-household-single-parent = እዚ ንበይኑ ቆልዑ ዘዕቢ ወላዲ (ኣቦ ወይ ኣደ) ዝወሃብ ማሕበራዊ ሓገዝ እዩ።
beschikking-household-couple = እዚ ንኣኹምን ንመጻምድትኹምን ብሓባር ዝወሃብ ማሕበራዊ ሓገዝ እዩ (ሰብ ሓዳር ወይ ብሓባር ዝነብሩ)።
beschikking-amount = ማሕበራዊ ሓገዝኩም ኣብ ወርሒ { $amount } እዩ። እዚ ድሕሪ ግብሪ ዝተረፈ መጠን (ጽሩይ) እዩ።

beschikking-heading-money = ወርሓዊ ገንዘብኩም
beschikking-fixed-costs-intro = ኣብ ነፍሲ ወከፍ ወርሒ ሓደ ክፋል ማሕበራዊ ሓገዝኩም ብቐጥታ ንቐወምቲ ወጻኢታትኩም ንኸፍሎ። በዚ ኸኣ እዞም ሕሳባት ብግዜኦም ከም ዝኽፈሉ ርግጸኛታት ክትኮኑ ትኽእሉ ኢኹም። ዝተረፈ ገንዘብ ባዕልኹም ኣብ ሕሳብ ባንክኹም ትረኽብዎ።
beschikking-no-fixed-costs = ኣብ ነፍሲ ወከፍ ወርሒ ነቲ ምሉእ መጠን ባዕልኹም ኣብ ሕሳብ ባንክኹም ትረኽብዎ።
beschikking-col-payee = ንመን ይኽፈል
beschikking-col-amount = ኣብ ወርሒ
beschikking-row-benefit = ማሕበራዊ ሓገዝኩም (ጽሩይ)
beschikking-row-we-pay = ኣብ ክንዳኹም ንሕና እንኸፍሎ፦
beschikking-cost-rent = ክራይ ገዛ
beschikking-cost-energy = ጸዓት (ጋዝን ኤሌክትሪክን)
beschikking-cost-health-insurance = ኢንሹራንስ ጥዕና
beschikking-cost-water = ማይ
beschikking-cost-municipal-taxes = ግብሪ ምምሕዳር ከተማ
beschikking-row-costs-total = ጠቕላላ ቀወምቲ ወጻኢታት
beschikking-row-own = ባዕልኹም እትረኽብዎ
beschikking-own-amount = ስለዚ ኣብ ነፍሲ ወከፍ ወርሒ { $amount } ኣብ ሕሳብ ባንክኹም ትረኽቡ። ካብዚ ገንዘብ እዚ ባዕልኹም መግቢ፣ ክዳንን ካልእ ወጻኢታትን ትኸፍሉ።

beschikking-heading-coach = ኣማኻሪ ባጀትኩም
beschikking-coach = ካብ ኣማኻሪ ባጀት ሓገዝ ክትረኽቡ ኢኹም። ኣማኻሪ ባጀት ገንዘብኩም ብግቡእ ንኸተመሓድሩ ይሕግዘኩም። ኣማኻሪ ባጀትኩም፦ { $name } ({ $organisation })። ተሌፎን፦ { $phone }።

beschikking-heading-obligations = እንታይ ሕግታት ክትሕልዉ ኣለኩም?
beschikking-obligations-intro = ማሕበራዊ ሓገዝ ክሳብ እትረኽቡ፣ ነዞም ዝስዕቡ ሕግታት ክትሕልውዎም ኣለኩም፦
beschikking-obligation-report-changes = ገለ ነገር እንተ ተቐይሩ ብቕልጡፍ ንገሩና። ንኣብነት፦ ስራሕ እንተ ጀሚርኩም፣ ገዛ እንተ ቐየርኩም፣ ወይ ሓደ ሰብ ምሳኹም ክነብር እንተ መጺኡ።
beschikking-obligation-look-for-work = ስራሕ ድለዩ። ኣብ werk.nl ከም ስራሕ ደላዪ ተመዝገቡን ንስራሕ ኣመልክቱን።
beschikking-obligation-accept-suitable-work = ስራሕ እንተ ቐሪቡልኩም፣ ነቲ ስራሕ ክትቕበልዎ ኣለኩም። ካብቲ ዝለመድኩምዎ ዝተፈልየ ስራሕ እንተ ኾነ'ውን።
beschikking-obligation-language-duty = ሆላንድኛ ተማሃሩ። ናብቲ ምሳኹም እንሰማማዓሉ ትምህርቲ ቋንቋ ኪዱ።
beschikking-obligation-cooperate-budget-coach = ምስ ኣማኻሪ ባጀትኩም ተተሓባበሩ። ናብ ቆጸራታት ኪዱ፣ ብዛዕባ ገንዘብ ዝመጹኹም ደብዳበታት ከኣ ኣርእዩ።
beschikking-obligation-keep-appointments = ናብ ቆጸራታትኩም ምስ ምምሕዳር ከተማ ምጹ። ክትመጹ ኣይትኽእሉን ዲኹም? ሽዑ ብግዜኡ ደውሉልና።
beschikking-obligation-report-travel-abroad = ናብ ወጻኢ ሃገር ክትከዱ ዲኹም? ኣቐዲምኩም ንገሩና። ማሕበራዊ ሓገዝ እናረኸብኩም፣ ኣብ ዓመት እንተ በዝሐ 4 ሰሙን ጥራይ ኣብ ወጻኢ ሃገር ክትጸንሑ ትኽእሉ ኢኹም።
beschikking-obligations-consequence = ነዞም ሕግታት እዚኦም እንተ ዘይሓሎኹምዎም፣ ማሕበራዊ ሓገዝኩም ክንንክዮ ወይ ከነቋርጾ ንኽእል ኢና። ሓደ ሓደ ግዜ ድማ ገንዘብ ክትመልሱ ክግደድ ይኽእል እዩ።
beschikking-legal-basis = ነዚ ውሳነ እዚ ብመሰረት ሕጊ ተሳትፎ (Participatiewet) ኢና ወሲንናዮ። እቶም ኣብ ላዕሊ ዘለዉ ሕግታት'ውን ኣብቲ ሕጊ ተጻሒፎም ኣለዉ።

beschikking-heading-objection = በዚ ውሳነ እዚ ኣይትሰማምዑን ዲኹም?
# Tigrinya (CLDR): one (0 and 1), other.
beschikking-objection = ሽዑ ተቓውሞ (bezwaar) ከተቕርቡ ትኽእሉ ኢኹም። እዚ ካብ ዕለት ናይዚ ደብዳበ ኣብ ውሽጢ { $weeks ->
    [one] { $weeks } ሰሙን
   *[other] { $weeks } ሰሙናት
} ክኸውን ኣለዎ። ተቓውሞኹም ክሳብ { $date } ኣባና ክበጽሕ ኣለዎ።
beschikking-objection-how = ኣብ ተቓውሞኹም እዚ ጽሓፉ፦ ሽምኩምን ኣድራሻኹምን፣ ዕለት፣ መወከሲ ቁጽሪ ናይዚ ደብዳበ ({ $reference })፣ ከምኡ'ውን ስለምንታይ ከም ዘይትሰማምዑ። ፈርሙሉ። ተቓውሞኹም ናብዚ ስደዱ፦
beschikking-objection-to = ቤት ምኽሪ ከንቲባን ኣባላት ፈጻሚ ኣካልን (het college van burgemeester en wethouders)
beschikking-objection-call = ቅድም ምሳና ክትዛረቡ ትደልዩ ዲኹም? ሽዑ ናብ { $name } ደውሉ፦ { $phone }። ምናልባት ብሓባር ክንፈትሖ ንኽእል ኢና።
