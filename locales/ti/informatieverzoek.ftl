### Informatieverzoek: request for documents, with a deadline. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

informatieverzoek-subject = ካባኹም ሰነዳት የድልየና እዩ
informatieverzoek-intro-application = ዕለት { $date } ማሕበራዊ ሓገዝ (bijstand) ሓቲትኩም (መወከሲ ቁጽሪ { $reference })። ገና ካባኹም ሰነዳት የድልየና እዩ። ብዘይ እዞም ሰነዳት ብዛዕባ ሕቶኹም ክንውስን ኣይንኽእልን።
informatieverzoek-intro-assistance = ካባና ማሕበራዊ ሓገዝ (bijstand) ትረኽቡ ኣለኹም። ማሕበራዊ ሓገዝኩም ገና ቅኑዕ ምዃኑ ንፍትሽ ኣለና። ስለዚ ካባኹም ሰነዳት የድልየና እዩ።
informatieverzoek-deadline = ነቶም ሰነዳት እንተ ደንጎየ ክሳብ { $date } ስደዱልና።

informatieverzoek-heading-documents = እንታይ ሰነዳት የድልየና?
informatieverzoek-label-person = ናይ መን፦
informatieverzoek-label-period = እዋን፦
informatieverzoek-label-why = ስለምንታይ፦
informatieverzoek-person-you = ናትኩም
informatieverzoek-period = ካብ { $from } ክሳብ { $to } (ንሱ'ውን ሓዊሱ)
informatieverzoek-doc-bank-statements = መግለጺ ሕሳብ ባንኪ ናይ ኩሎም ሕሳባት ባንኪ
informatieverzoek-why-bank-statements = በዚ ዝኣቱን ዝወጽእን ገንዘብ ንርኢ።
informatieverzoek-doc-id-document = ቅዳሕ ፓስፖርት፣ ካርድ መንነት ወይ ሰነድ መንበሪ
informatieverzoek-why-id-document = መን ምዃንኩም ብርግጽ ክንፈልጥ ኣለና። ሕጊ ከምኡ ይብል።
informatieverzoek-doc-residence-permit = ቅዳሕ ፍቓድ መንበሪ (ቅድሚትን ድሕሪትን)
informatieverzoek-why-residence-permit = በዚ ኣብ ኔዘርላንድ ክትነብሩ ከም ዝፍቀደልኩም ንፈልጥ።
informatieverzoek-doc-rental-contract = ውዕል ክራይ ገዛ
informatieverzoek-why-rental-contract = በዚ ኣበይ፣ ምስ መን ከም እትነብሩን ክንደይ ክራይ ከም እትኸፍሉን ንፈልጥ።
informatieverzoek-doc-payslips = ወረቓቕቲ ደሞዝ
informatieverzoek-why-payslips = በዚ ክንደይ ከም ዝተረኽበ ንፈልጥ። እዚ ገንዘብ ንማሕበራዊ ሓገዝ ይቑጸር።
informatieverzoek-doc-benefit-letters = ብዛዕባ ካልእ ሓገዛት ወይ ድጎማታት ዝገልጹ ደብዳበታት
informatieverzoek-why-benefit-letters = በዚ ካልእ ኣታዊ እንተ ኣሎ ንፈልጥ።
informatieverzoek-doc-health-insurance-policy = ፖሊሲ ኢንሹራንስ ጥዕና (መረጋገጺ ኢንሹራንስ ጥዕና)
informatieverzoek-why-health-insurance-policy = በዚ ኢንሹራንስ ከም ዘለኩምን ክንደይ ከም እትኸፍሉን ንፈልጥ።
informatieverzoek-doc-savings-and-property = መረጋገጺ ዝተዓቖረ ገንዘብ፣ መኪና ወይ ካልእ ንብረት፣ ኣብ ወጻኢ'ውን
informatieverzoek-why-savings-and-property = በዚ ክንደይ ንብረት ከም ዘሎ ንፈልጥ። ንብረት ንማሕበራዊ ሓገዝ ክቑጸር ይኽእል።
informatieverzoek-doc-marriage-certificate = መረጋገጺ መርዓ (ወረቐት መርዓ)
informatieverzoek-why-marriage-certificate = በዚ መን ኣባል ስድራኹም ምዃኑ ንፈልጥ። እዚ ክንደይ ሓገዝ ከም እትረኽቡ ይውስን።
informatieverzoek-doc-debt-letters = ብዛዕባ ዕዳ ወይ ገና ዘይተኸፍሉ ሕሳባት ዝገልጹ ደብዳበታት
informatieverzoek-why-debt-letters = በዚ ኣብ ዕዳ ሓገዝ እንተ የድልየኩም ንርኢ።
informatieverzoek-doc-other = ካልእ ሰነድ
informatieverzoek-copies = ቅዳሕ ወይ ንጹር ስእሊ ስደዱ። ነቶም ናይ ሓቂ ሰነዳት ባዕልኹም ሓዝዎም።

informatieverzoek-heading-how = ነቶም ሰነዳት ብኸመይ ትሰዱ?
informatieverzoek-how-upload = ብኢንተርነት፦ ናብ { $url } ኪዱ እሞ ብ DigiD እተዉ።
informatieverzoek-how-post = ብፖስታ፣ ናብ፦
informatieverzoek-how-desk = ኣብ ባንኮኒ፦ { $desk }።
informatieverzoek-how-reference = ኣብ ኩሉ እትሰድዎ መወከሲ ቁጽርና { $reference }ን ስምኩምን ጽሓፉ።

informatieverzoek-heading-consequence = ነቶም ሰነዳት እንተ ዘይረኺብናዮም እንታይ ይኸውን?
informatieverzoek-consequence-application = ሽዑ ማሕበራዊ ሓገዝ ከም እትረኽቡ ክንውስን ኣይንኽእልን። ሽዑ ንሕቶኹም ከይንርእዮ ክንውስን ንኽእል። ሽዑ በዚ ሕቶ ሓገዝ ኣይትረኽቡን። ብዛዕባዚ ውሳነ ዘለዎ ደብዳበ ክመጸኩም እዩ። ድሕሪኡ ደጊምኩም ክትሓቱ ትኽእሉ ኢኹም።
informatieverzoek-consequence-assistance = ሽዑ ማሕበራዊ ሓገዝኩም ቅኑዕ ምዃኑ ክንፍትሽ ኣይንኽእልን። ሽዑ ነቶም ሰነዳት ክሳብ እንረኽቦም ምኽፋል ከነቋርጽ ንኽእል። ቅድም ብዛዕባዚ ደብዳበ ክመጸኩም እዩ። ድሕሪኡ'ውን ነቶም ሰነዳት እንተ ዘይሰደድኩም፣ ማሕበራዊ ሓገዝኩም ምሉእ ብምሉእ ክቋረጽ ይኽእል። ሓድሓደ ግዜ ሽዑ ሓገዝ ክትመልሱ ኣለኩም።
informatieverzoek-more-time = ንኹሉ ብግዜኡ ክትሰዱ ዘይከኣልኩም ድዩ? ወይ ሓደ ሰነድ የብልኩምን ድዩ? ሽዑ ቅድሚ { $date } ደውሉልና። ብሓባር መፍትሒ ክንደሊ ኢና። ሓድሓደ ግዜ ተወሳኺ ግዜ ክትረኽቡ ትኽእሉ ኢኹም።

informatieverzoek-heading-help = መን ክሕግዘኩም ይኽእል?
informatieverzoek-help-staff = ብዛዕባ እዚ ደብዳበ ሕቶ ኣለኩም ድዩ? ን{ $name } ደውሉ፦ { $phone }።
informatieverzoek-help-vluchtelingenwerk = VluchtelingenWerk ነቶም ሰነዳት ንምእካብ ክሕግዘኩም ይኽእል።
informatieverzoek-help-budget-coach = ኣማኻሪ ባጀትኩም መግለጺ ሕሳብ ባንክን ደብዳበታትን ንምርካብ ክሕግዘኩም ይኽእል።
informatieverzoek-help-social-counsellor = ማሕበራውያን ኣማኸርቲ (sociaal raadslieden) ብዛዕባ ደብዳበታት ምምሕዳር ከተማ ብናጻ ይሕግዙኹም።
informatieverzoek-help-library = ኣብ ቤት መጻሕፍቲ ብ DigiD ን ሰነዳት ብኢንተርነት ምልኣኽን ብናጻ ይሕግዙኹም።

informatieverzoek-not-a-decision = እዚ ደብዳበ ውሳነ ኣይኮነን። ስለዚ ኣብ ልዕሊ እዚ ደብዳበ ተቓውሞ ከተቕርቡ ኣይትኽእሉን።
