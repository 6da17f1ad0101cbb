### Machine draft, not reviewed by a qualified translator (see locale.toml).

afspraken-subject = ምስ ምምሕዳር ከተማ ዘለኩም ስምምዓት
afspraken-intro = ዕለት { $date } ምሳኹም ተዘራሪብና። ኣብዚ ደብዳበ እዚ ብሓባር ዝገበርናዮም ስምምዓት ተጻሒፎም ኣለዉ።
afspraken-participants = ኣብቲ ዝርርብ ዝተሳተፉ ካልኦት፦
# Tigrinya (CLDR): one (0 and 1), other.
afspraken-count = { $count ->
    [one] { $count } ስምምዕ ገይርና፦
   *[other] { $count } ስምምዓት ገይርና፦
}
afspraken-next = ዝቕጽል ቆጸራኹም፦ { $date } ሰዓት { $time }። ቦታ፦ { $place }።
afspraken-check = ዘይቅኑዕ ነገር ኣሎ ድዩ? ወይ ሕቶ ኣለኩም ድዩ? ሽዑ ኣብ ውሽጢ 5 ናይ ስራሕ መዓልታት ደውሉልና፦ { $phone }።
