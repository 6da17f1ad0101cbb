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

plan-van-aanpak-heading-support = ከምዚ ኢና እንሕግዘኩም
plan-van-aanpak-support-intensive = ብዙሕ ደገፍ ክትረኽቡ ኢኹም። ንሕናን ካልኦት ትካላትን ስጉምቲ ብስጉምቲ ክንሕግዘኩም ኢና። ኩሉ ነገር ክንገልጸልኩም ኢና። እንተ ኣድልዩ ምሳኹም ክንከይድ ኢና። ንኣብነት ናብ ባንኪ ወይ ናብ ሓኪም ስድራቤት።
plan-van-aanpak-support-light = ዘድልየኩም ሓበሬታ ክትረኽቡ ኢኹም። ድሕሪኡ መብዛሕትኡ ነገራት ባዕልኹም ክትፍጽምዎ ኢኹም። ገለ ነገር ኣይሰለጠኩምን ድዩ? ሽዑ ሓገዝ ሕተቱና።
# Must match col-who ("መን") and partner-resident ("ንስኹም") in common.ftl.
plan-van-aanpak-how-to-read = ኣብ ታሕቲ ንነፍሲ ወከፍ ኣርእስቲ እንታይ ክግበር ከም ዘለዎ፣ መን ከም ዝገብሮን መዓስ ክውዳእ ከም ዘለዎን ተጻሒፉ ኣሎ። ኣብቲ «መን» ዝብል ዓምዲ «ንስኹም» ተጻሒፉ ድዩ? ሽዑ ባዕልኹም ኢኹም እትገብርዎ።

plan-van-aanpak-domain-housing = መንበሪ ገዛ
plan-van-aanpak-domain-income = ገንዘብን ኣታውን
plan-van-aanpak-domain-language = ቋንቋን ምውህሃድን
plan-van-aanpak-domain-work = ስራሕ
plan-van-aanpak-domain-health = ጥዕና
plan-van-aanpak-domain-children = ቆልዑን ቤት ትምህርትን
plan-van-aanpak-situation = ኩነታትኩም፦
plan-van-aanpak-no-actions = ሕጂ ኣብዚ ዝኾነ ሰብ ክገብሮ ዘለዎ ነገር የለን።

plan-van-aanpak-heading-contacts = ናብ መን ክትድውሉ ትኽእሉ?
plan-van-aanpak-contacts-intro = ብዛዕባ ሓደ ክፋል ናይቲ መደብ ሕቶ ኣለኩም ድዩ? ሽዑ ናብቲ ዝፍጽሞ ትካል ደውሉ።
plan-van-aanpak-col-organisation = ትካል
plan-van-aanpak-col-name = ሽም

plan-van-aanpak-heading-review = ብዛዕባ እቲ መደብ መዓስ ደጊምና ክንዘራረብ ኢና?
plan-van-aanpak-review = ኣብ { $date } ነቲ መደብ ምሳኹም ደጊምና ክንዘራረበሉ ኢና። እንታይ ጽቡቕ ይኸይድ ከም ዘሎን እንታይ ገና ከም ዘድሊን ክንርኢ ኢና። እንተ ኣድልዩ ነቲ መደብ ክንቕይሮ ኢና። ንእዚ ድማ ዕድመ ክመጸኩም እዩ።
plan-van-aanpak-check = ኣብዚ መደብ ዘይቅኑዕ ነገር ኣሎ ድዩ? ወይ ኣብ ህይወትኩም ገለ ነገር ይቕየር ድዩ? ሽዑ ናብ { $name } ደውሉ፦ { $phone }።
