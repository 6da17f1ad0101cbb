### Machine draft, not reviewed by a qualified translator (see locale.toml).

uitnodiging-subject = ዕድመ ናብ ዝርርብ
uitnodiging-intro = ናብ ዝርርብ ንዕድመኩም ኣለና።
uitnodiging-compulsory = ናብዚ ዝርርብ እዚ ክትመጹ ግዴታ ኣለኩም።

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
uitnodiging-purpose-income-check = ኣብዚ ዝርርብ እዚ ኣታዊኹምን ወጻኢታትኩምን ክንርኢ ኢና። ገና ቅኑዕ መጠን { -bijstand } ትቕበሉ እንተ ዘለኹም ክንፍትሽ ኢና።
uitnodiging-purpose-language-assessment = ኣብዚ ዝርርብ እዚ ሆላንድኛ ክንደይ ጽቡቕ ጌርኩም ከም እትዛረቡ፣ ከም እተንብቡን ከም እትጽሕፉን ክንርኢ ኢና። ድሕሪኡ ኣየናይ ትምህርቲ ቋንቋ ከም ዝሰማማዓኩም ክንፈልጥ ኢና።
uitnodiging-purpose-brede-intake = እዚ ዝርርብ ናይ { -inburgering(own: "yes") } { -brede-intake } እዩ። ብዛዕባ ትምህርትኹም፣ ስራሕኩም፣ ጥዕናኹምን ኩነታትኩምን ክንዘራረብ ኢና። ድሕሪኡ ብሓባር { -pip(own: "yes") } ክነዳሉ ኢና።
uitnodiging-purpose-learnability-test = ኣብ ኮምፒተር ፈተና ክእለት ምምሃር (leerbaarheidstoets) ክትወስዱ ኢኹም። እቲ ፈተና ሓድሽ ቋንቋ ክንደይ ቀልጢፍኩም ከም እትመሃሩ የርኢ። ዝሓልፍዎ ወይ ዝወድቕዎ ፈተና ኣይኮነን። ሆላንድኛ ክትፈልጡ ኣየድልየኩምን።
uitnodiging-purpose-pip = ኣብዚ ዝርርብ እዚ ብሓባር { -pip(own: "yes") } ክነዳሉ ኢና። ኣብኡ ሆላንድኛ ብኸመይ ከም እትመሃሩን ንምውህሃድኩም እንታይ ካልእ ከም እትገብሩን ይጽሓፍ። ድሕሪኡ ብዛዕባ እቲ PIP ውሳነ ክንህብ ኢና።
uitnodiging-interpreter = ኣብቲ ዝርርብ ተርጓሚ { $language } ክህሉ እዩ። ንተርጓሚ ዋላ ሓንቲ ኣይትኸፍሉን ኢኹም።
uitnodiging-companion = ዝኣምንዎ ሰብ ሒዝኩም ክትመጹ ትኽእሉ ኢኹም። ንኣብነት ካብ ስድራኹም ሓደ ሰብ ወይ ወለንተኛ።

uitnodiging-heading-bring = እንታይ ሒዝኩም ትመጹ?
uitnodiging-bring-id-document = መንነትኩም ዘረጋግጽ ሰነድ (ፓስፖርት ወይ ካርድ መንነት)
uitnodiging-bring-residence-permit = ፍቓድ መንበሪኹም
uitnodiging-bring-w-document = W-ሰነድኩም፣ ገና እንተ ሃልዩኩም
uitnodiging-bring-bsn-letter = ቁጽሪ ኣገልግሎት ዜጋ (BSN) ዘለዎ ደብዳበ
uitnodiging-bring-coa-letters = ካብ COA ዝተቐበልኩምዎም ደብዳበታት
uitnodiging-bring-bank-card = ካርድ ባንክኹም
uitnodiging-bring-bank-statements = ናይ ዝሓለፉ 3 ኣዋርሕ መግለጺ ሕሳብ ባንክኹም
uitnodiging-bring-rental-contract = ውዕል ክራይ ገዛኹም
uitnodiging-bring-health-insurance-policy = ፖሊሲ ኢንሹራንስ ጥዕናኹም (ኢንሹራንስ ጥዕና ከም ዘለኩም ዘርኢ መረጋገጺ)
uitnodiging-bring-income-statements = ናይ ደሞዝ ወረቓቕትኹም ወይ ካልእ መረጋገጺ ኣታዊኹም
uitnodiging-bring-diplomas = ዲፕሎማታትኩምን ሰርቲፊኬታትኩምን፣ እንተ ኣለዉኹም
uitnodiging-bring-debt-letters = ብዛዕባ ዕዳ ወይ ገና ክትከፍልዎም ዘለኩም ሕሳባት ዝገልጹ ደብዳበታት
uitnodiging-bring-this-letter = እዚ ደብዳበ እዚ

uitnodiging-heading-cannot-come = ክትመጹ እንተ ዘይክኢልኩም
uitnodiging-reschedule = ሽዑ እንተ ደንጎየ ክሳብ { $date } ደውሉልና። ቁጽሪ ተሌፎንና { $phone } እዩ። ድሕሪኡ ብሓባር ሓድሽ መዓልቲ ክንመርጽ ኢና።
uitnodiging-ill = ኣብ መዓልቲ እቲ ዝርርብ እንተ ሓሚምኩም፣ ቅድሚ ሰዓት { $time } ናብ { $phone } ደውሉልና።

uitnodiging-heading-consequence = እንተ ዘይመጺኹም እንታይ ይኸውን?
uitnodiging-consequence-applicant = ሕቶኹም ንምርኣይ እዚ ዝርርብ የድልየና እዩ። ንሱ ሕቶ ናይ { -bijstand } (bijstand) እዩ። እንተ ዘይመጺኹምን እንተ ዘይደወልኩምልናን፣ ንሕቶኹም ከይንርኣዮ ክንውስን ንኽእል ኢና። ሽዑ { -bijstand } ኣይክትረኽቡን ኢኹም።
uitnodiging-consequence-recipient = { -bijstand } (bijstand) ትቕበሉ ኣለኹም። ስለዚ ናብ ዝርርባት ምሳና ክትመጹ ግዴታ ኣለኩም። እዚ ኣብ Participatiewet (ሕጊ { -bijstand }) ተጻሒፉ ኣሎ። እንተ ዘይመጺኹምን ቅቡል ምኽንያት እንተ ዘይብልኩምን፣ { -bijstand(own: "yes") } ንግዜኡ ክንንክዮ ንኽእል ኢና። ሽዑ ውሑድ ገንዘብ ክትረኽቡ ኢኹም።
uitnodiging-consequence-inburgering = እዚ ዝርርብ ክፋል ናይ { -inburgering(own: "yes") } እዩ። ክትሳተፉ ግዴታ ኣለኩም። እዚ ኣብ Wet inburgering 2021 (ሕጊ ምውህሃድ) ተጻሒፉ ኣሎ። እንተ ዘይመጺኹምን ቅቡል ምኽንያት እንተ ዘይብልኩምን፣ መቕጻዕቲ ገንዘብ ክንህበኩም ንኽእል ኢና።
