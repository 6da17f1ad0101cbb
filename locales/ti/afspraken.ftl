### Machine draft, not reviewed by a qualified translator (see locale.toml).

afspraken-subject = ምስ ምምሕዳር ከተማ ዘለኩም ስምምዓት
afspraken-intro = ዕለት { $date } ምሳኹም ተዘራሪብና። ኣብዚ ደብዳበ እዚ ብሓባር ዝገበርናዮም ስምምዓት ተጻሒፎም ኣለዉ።
afspraken-not-a-decision = እዚ ደብዳበ ውሳነ ኣይኮነን። ጸብጻብ ዝርርብና እዩ።
afspraken-participants = ኣብቲ ዝርርብ ዝተሳተፉ ካልኦት፦
# Tigrinya (CLDR): one (0 and 1), other.
afspraken-count = { $count ->
    [one] { $count } ስምምዕ ገይርና፦
   *[other] { $count } ስምምዓት ገይርና፦
}
afspraken-keep = ገለ ነገር እንተ ዘይሰሊጡኩም፣ ደውሉልና። ሽዑ ብሓባር ፍታሕ ክንደሊ ኢና።

afspraken-heading-contacts = ናብ መን ክትድውሉ ትኽእሉ?
afspraken-contacts-intro = ብዛዕባ ሓደ ስምምዕ ሕቶ እንተ ሃልዩኩም፣ ናብቲ ዝፍጽሞ ትካል ደውሉ።
afspraken-col-organisation = ትካል
afspraken-col-name = ሽም

afspraken-heading-next = ዝቕጽል ዝርርብኩም
afspraken-next = ዝቕጽል ዝርርብኩም፦ { $date } ሰዓት { $time }። ቦታ፦ { $place }።
afspraken-heading-check = እዚ ደብዳበ ቅኑዕ ድዩ?
afspraken-check = ኣብዚ ደብዳበ ዘይቅኑዕ ነገር እንተ ሃልዩ፣ እንተ ደንጎየ ክሳብ { $date } ደውሉልና። ቁጽሪ ተሌፎንና { $phone } እዩ።
afspraken-no-call = እንተ ዘይደወልኩም፣ ኩሉ ቅኑዕ ከም ዝኾነ ክንወስዶ ኢና።
