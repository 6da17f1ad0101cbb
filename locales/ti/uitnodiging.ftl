### Machine draft, not reviewed by a qualified translator (see locale.toml).

uitnodiging-subject = ዕድመ ናብ ዝርርብ
uitnodiging-intro = ምሳኹም ክንዛረብ ንደሊ ኢና። ስለዚ ናብ ዝርርብ ንዕድመኩም ኣለና።

uitnodiging-label-date = ዕለት
uitnodiging-label-time = ሰዓት
uitnodiging-label-duration = ንውሓት ግዜ
uitnodiging-label-place = ቦታ
uitnodiging-label-with = ምስ
uitnodiging-time = { $time }
# Tigrinya (CLDR): one (0 and 1), other.
uitnodiging-duration = { $minutes ->
    [one] ኣስታት { $minutes } ደቒቕ
   *[other] ኣስታት { $minutes } ደቓይቕ
}
uitnodiging-with = { $name }፣ { $role }

uitnodiging-heading-purpose = እቲ ዝርርብ ብዛዕባ እንታይ እዩ?
uitnodiging-purpose-intake = እዚ ናይ መጀመርታ ዝርርብና እዩ። ክንፈልጠኩም ንደሊ ኢና። ብዛዕባ ኩነታትኩምን ዘድልየኩም ነገራትን ክንዘራረብ ኢና።
uitnodiging-purpose-plan = ኣብዚ ዝርርብ እዚ ብሓባር መደብ ክነውጽእ ኢና። እንታይ ከም እትገብሩን መን ከም ዝሕግዘኩምን ክንሰማማዕ ኢና።
uitnodiging-purpose-progress = ኣብዚ ዝርርብ እዚ ከመይ ከም ዘለኹም ክንርኢ ኢና። ብዛዕባ ቅድሚ ሕጂ ዝገበርናዮም ስምምዓት ክንዘራረብ ኢና።
uitnodiging-purpose-income-check = ኣብዚ ዝርርብ እዚ ኣታዊኹምን ወጻኢታትኩምን ክንርኢ ኢና። እቲ እትቕበልዎ ማሕበራዊ ሓገዝ ገና ቅኑዕ ምዃኑ ክንፍትሽ ኢና።
uitnodiging-purpose-language-assessment = ኣብዚ ዝርርብ እዚ ሆላንድኛ ክንደይ ጽቡቕ ጌርኩም ከም እትዛረቡ፣ ከም እተንብቡን ከም እትጽሕፉን ክንርኢ ኢና። ድሕሪኡ ኣየናይ ትምህርቲ ቋንቋ ከም ዝሰማማዓኩም ክንፈልጥ ኢና።
uitnodiging-interpreter = ኣብቲ ዝርርብ ተርጓሚ ክህሉ እዩ። ንተርጓሚ ዋላ ሓንቲ ኣይትኸፍሉን ኢኹም።

uitnodiging-heading-bring = እንታይ ሒዝኩም ትመጹ?
uitnodiging-bring-id-document = መንነትኩም ዘረጋግጽ ሰነድ (ፓስፖርት ወይ ካርድ መንነት)
uitnodiging-bring-residence-permit = ፍቓድ መንበሪኹም
uitnodiging-bring-bank-statements = ናይ ዝሓለፉ 3 ኣዋርሕ መግለጺ ሕሳብ ባንክኹም
uitnodiging-bring-rental-contract = ውዕል ክራይ ገዛኹም
uitnodiging-bring-health-insurance-policy = ፖሊሲ ኢንሹራንስ ጥዕናኹም (ኢንሹራንስ ጥዕና ከም ዘለኩም ዘርኢ መረጋገጺ)
uitnodiging-bring-income-statements = ናይ ደሞዝ ወረቓቕትኹም ወይ ካልእ መረጋገጺ ኣታዊኹም
uitnodiging-bring-diplomas = ዲፕሎማታትኩምን ሰርቲፊኬታትኩምን፣ እንተ ኣለዉኹም
uitnodiging-bring-debt-letters = ብዛዕባ ዕዳ ወይ ገና ክትከፍልዎም ዘለኩም ሕሳባት ዝገልጹ ደብዳበታት
uitnodiging-bring-this-letter = እዚ ደብዳበ እዚ

uitnodiging-heading-cannot-come = ክትመጹ ኣይትኽእሉን ዲኹም?
uitnodiging-reschedule = ሽዑ እንተ ደንጎየ ክሳብ { $date } ደውሉልና። እዚ ቅድሚ እቲ ዝርርብ 1 መዓልቲ ስራሕ እዩ። ቁጽሪ ተሌፎንና { $phone } እዩ። ድሕሪኡ ብሓባር ሓድሽ ቆጸራ ክንገብር ኢና።
uitnodiging-benefit-consequence = እንተ ዘይመጽኩምን ቆጸራ እንተ ዘይሰረዝኩምን፣ ኣብ ማሕበራዊ ሓገዝኩም ሳዕቤን ክህልዎ ይኽእል እዩ። ሽዑ ምናልባት ውሑድ ገንዘብ ክትረኽቡ፣ ወይ ሓገዝኩም ንግዜኡ ክቋረጽ ይኽእል እዩ።
