### Machine draft, not reviewed by a qualified translator (see locale.toml).

plan-van-aanpak-subject = መደብ ተግባርኩም

plan-van-aanpak-intro = ዕለት { $date } ምሳኹም ብሓባር መደብ ኣውጺእና። ዕላማኡ፦ ብዝተኻእለ መጠን ቀልጢፍኩም ህይወትኩም ኣብ ኔዘርላንድ ባዕልኹም ክትመርሑ ምኽኣል እዩ። ኣብዚ ደብዳበ እዚ ምሉእ መደብ ኣሎ።
plan-van-aanpak-participants = እዞም ትካላት እዚኦም'ውን ኣብ ምውጻእ እዚ መደብ ተሳቲፎም፦
plan-van-aanpak-one-plan = ብሓባር ኢና እንሰርሕ። ስለዚ ካብ ነፍሲ ወከፍ ትካል በበይኑ መደብ ዘይኮነስ፣ ካብ ኩላትና ሓደ መደብ ትረኽቡ።

plan-van-aanpak-household = እዚ መደብ ንመላእ ስድራቤትኩም እዩ፦ { $adults }፣ { $children }።
# Tigrinya (CLDR): one (0 and 1), other.
plan-van-aanpak-adults = { $count ->
    [one] { $count } ዓቢ ሰብ
   *[other] { $count } ዓበይቲ
}
# The exact [0] comes first, so it wins over `one` (which also covers 0).
plan-van-aanpak-children = { $count ->
    [0] ቆልዑ የለዉን
    [one] { $count } ቆልዓ
   *[other] { $count } ቆልዑ
}

plan-van-aanpak-heading-pip = እዚ መደብን ምውህሃድኩምን
plan-van-aanpak-not-a-decision = እዚ መደብ ተግባር ውሳነ ኣይኮነን።
plan-van-aanpak-pip-set = ንምውህሃድኩም { -pip } እውን ኣለኩም። ብዛዕባኡ ዕለት { $date } ውሳነ ሂብና። እዚ መደብ ምስቲ PIP ዝተኣሳሰረ እዩ፣ ግን ኣይትክኦን። ግዴታታትኩም ንምውህሃድ ኣብቲ PIP ተጻሒፎም ኣለዉ።
plan-van-aanpak-pip-planned = ንምውህሃድኩም ገና { -pip } ክነዳሉ ኢና። ድሕሪ { -brede-intake } ከምኡ’ውን ፈተና ክእለት ምምሃር ክንገብሮ ኢና። ብዛዕባ እቲ PIP ውሳነ ክመጸኩም እዩ። እንተ ዘይተሰማሚዕኩሙሉ፣ ተቓውሞ (bezwaar) ከተቕርቡ ትኽእሉ ኢኹም፦ ማለት ነቲ ውሳነ ደጊምና ክንርእዮ ትሓቱና። ድሕሪኡ ነዚ መደብ ክነመሓይሾ ኢና።
plan-van-aanpak-route-b1 = መስመር ትምህርትኹም B1-route እዩ። ሆላንድኛ ክሳብ ደረጃ B1 ትመሃሩ፣ ምስኡ ድማ ኣብ ሕብረተሰብ ትሳተፉ፣ ንኣብነት ብስራሕ።
plan-van-aanpak-route-education = መስመር ትምህርትኹም onderwijsroute (መስመር ትምህርቲ) እዩ። ድሕሪኡ ብሆላንድኛ ትምህርቲ ንኽትከታተሉ ሆላንድኛ ትመሃሩ።
plan-van-aanpak-route-z = መስመር ትምህርትኹም Z-route (መስመር ርእሰ-ምኽኣል) እዩ። ሆላንድኛ ብደረጃኹም ትመሃሩ፣ ኣብ ሕብረተሰብ ድማ ትሳተፉ።

plan-van-aanpak-heading-support = ከምዚ ኢና እንሕግዘኩም
plan-van-aanpak-support-intensive = ብዙሕ ደገፍ ክትረኽቡ ኢኹም። ንሕናን ካልኦት ትካላትን ስጉምቲ ብስጉምቲ ክንሕግዘኩም ኢና። ኩሉ ነገር ክንገልጸልኩም ኢና። እንተ ኣድልዩ ምሳኹም ክንከይድ ኢና። ንኣብነት ናብ ባንኪ ወይ ናብ ሓኪም ስድራቤት።
plan-van-aanpak-support-light = ዘድልየኩም ሓበሬታ ክትረኽቡ ኢኹም። ድሕሪኡ መብዛሕትኡ ነገራት ባዕልኹም ክትፍጽምዎ ኢኹም። ገለ ነገር እንተ ዘይሰሊጡኩም፣ ደገፍ ሕተቱና።
# Must match col-who ("መን") and partner-resident ("ንስኹም") in common.ftl.
plan-van-aanpak-how-to-read = ኣብ ታሕቲ ንነፍሲ ወከፍ ኣርእስቲ ሰንጠረዥ ኣሎ፦ እንታይ ከም ዝግበር፣ መን ከም ዝገብሮን መዓስ ከም ዝውዳእን። ኣብቲ «መን» ዝብል ዓምዲ «ንስኹም» እንተ ተጻሒፉ፣ ባዕልኹም ኢኹም እትገብርዎ።

plan-van-aanpak-domain-housing = መንበሪ ገዛ
plan-van-aanpak-domain-income = ገንዘብን ኣታውን
plan-van-aanpak-domain-language = ቋንቋን ምውህሃድን
plan-van-aanpak-domain-work = ስራሕ
plan-van-aanpak-domain-health = ጥዕና
plan-van-aanpak-domain-children = ቆልዑን ቤት ትምህርትን
plan-van-aanpak-situation = ኩነታትኩም፦
plan-van-aanpak-no-actions = ሕጂ ኣብዚ ዝኾነ ሰብ ክገብሮ ዘለዎ ነገር የለን።

plan-van-aanpak-heading-contacts = ናብ መን ክትድውሉ ትኽእሉ?
plan-van-aanpak-contacts-intro = ብዛዕባ ሓደ ክፋል ናይቲ መደብ ሕቶ እንተ ሃልዩኩም፣ ናብቲ ዝፍጽሞ ትካል ደውሉ።
plan-van-aanpak-col-organisation = ትካል
plan-van-aanpak-col-name = ሽም

plan-van-aanpak-heading-privacy = ሓበሬታኹም
plan-van-aanpak-consent = ዕለት { $date } ብዛዕባኹም ዘሎ ሓበሬታ ምስዞም ትካላት ክንካፈል ፍቓድ ሂብኩምና፦
plan-van-aanpak-consent-scope = እዞም ትካላት ንዚ መደብ ዘድልዮም ሓበሬታ ጥራይ ኢና እንካፈል። ፍቓድኩም ኣብ ዝኾነ ግዜ ክትስሕብዎ ትኽእሉ ኢኹም። ንእዚ ናብ { $name } ደውሉ፦ { $phone }።
plan-van-aanpak-no-consent = ብዛዕባኹም ዘሎ ሓበሬታ ምስቶም ኣብዚ መደብ ዘለዉ ትካላት እንካፈል ፍቓድኩም እንተ ሂብኩም ወይ ሕጊ እንተ ፈቒዱ ጥራይ እዩ።

plan-van-aanpak-heading-review = ብዛዕባ እቲ መደብ መዓስ ደጊምና ክንዘራረብ ኢና?
plan-van-aanpak-review = ኣብ { $date } ነቲ መደብ ምሳኹም ደጊምና ክንዘራረበሉ ኢና። እንታይ ጽቡቕ ይኸይድ ከም ዘሎን እንታይ ገና ከም ዘድሊን ክንርኢ ኢና። እንተ ኣድልዩ ነቲ መደብ ክንቕይሮ ኢና። ንእዚ ድማ ዕድመ ክመጸኩም እዩ።
plan-van-aanpak-check = ኣብዚ መደብ ዘይቅኑዕ ነገር እንተ ሃልዩ፣ ወይ ኣብ ህይወትኩም ገለ ነገር እንተ ተቐይሩ፣ ናብ { $name } ደውሉ፦ { $phone }።
