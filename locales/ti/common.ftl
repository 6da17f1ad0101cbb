### Machine draft, not reviewed by a qualified translator (see locale.toml).

## Terms: one word for one thing (see locales/nl/common.ftl). A toeslag is
## ተወሳኺ ክፍሊት, never ሓገዝ (the bijstand). $own: yes for "your".
-bijstand = { $own ->
    [yes] ማሕበራዊ ሓገዝኩም
   *[no] ማሕበራዊ ሓገዝ
}
-zorgtoeslag = ተወሳኺ ክፍሊት ንኢንሹራንስ ጥዕና (zorgtoeslag)
-huurtoeslag = ተወሳኺ ክፍሊት ንክራይ ገዛ (huurtoeslag)
-budgetcoach = { $own ->
    [yes] ኣማኻሪ ባጀትኩም
   *[no] ኣማኻሪ ባጀት
}
-inburgering = { $own ->
    [yes] ምውህሃድኩም
   *[no] ምውህሃድ
}
-pip = { $own ->
    [yes] ውልቃዊ መደብኩም ንምውህሃድን ተሳትፎን (PIP)
   *[no] ውልቃዊ መደብ ምውህሃድን ተሳትፎን (PIP)
}
-brede-intake = ሰፊሕ መእተዊ ቃለ-መሕትት (brede intake)

money = € { $amount }

logo-alt = ኣርማ { $municipality }
label-date = ዕለት
label-reference = መወከሲ ቁጽሪ
label-your-application = ዕለት ሕቶኹም
label-your-letter = ዕለት ደብዳበኹም
label-enclosures = መተሓሓዝታት
label-contact = ርክብ
label-phone = ተሌፎን
label-postal-address = ኣድራሻ ፖስታ
label-visiting-address = ኣድራሻ ምብጻሕ
page-x-of-y = ገጽ { $page } ካብ { $total }

# Eritrean names are patronymic and the custom is ኣቶ + given name; staff may
# prefer the neutral form (full name) for Eritrean residents.
salutation = { $form ->
    [mr] ክቡር ኣቶ { $family }፣
    [ms] ክብርቲ ወይዘሮ { $family }፣
   *[neutral] ሰላም { $name }፣
}
closing = ምስ ሰናይ ሰላምታ፣

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = ነዚ ደብዳበ ብቋንቋኹም ከተንብብዎ ትደልዩ ዶ? ነቲ ኮድ ስካን ግበሩ ወይ ናብዚ ኺዱ፦
translation-qr-alt = ናብዚ ደብዳበ ብቋንቋኹም ዝወስድ QR ኮድ

binding-notice-translation = እዚ ብሆላንድኛ ዝተጻሕፈ ደብዳበ ትርጉም እዩ። ወግዓዊ ዝኾነ እቲ ብሆላንድኛ ዘሎ ጽሑፍ ጥራይ እዩ። ነቲ ብሆላንድኛ ዘሎ ደብዳበ እንተ ደሊኹም፣ ሕተቱና።
binding-notice-bilingual = ኣብዚ ደብዳበ እዚ እቲ ጽሑፍ ብክልተ ቋንቋታት ኣሎ። ወግዓዊ ዝኾነ እቲ ብሆላንድኛ ዘሎ ጽሑፍ ጥራይ እዩ።

role-werkconsulent = ኣማኻሪ ስራሕ
role-klantmanager = ኣመሓዳሪ ዓማዊል
role-consulent-inburgering = ኣማኻሪ ምውህሃድ
role-schuldhulpverlener = ኣማኻሪ ዕዳ

partner-resident = ንስኹም
partner-municipality = ንሕና (ምምሕዳር ከተማ)
partner-coa = COA (ትካል ምቕባል ሓተትቲ ዑቕባ)
partner-vluchtelingenwerk = VluchtelingenWerk (ንስደተኛታት ዝሕግዝ ትካል)
partner-language-school = ቤት ትምህርቲ ቋንቋ
partner-budget-coach = ኣማኻሪ ባጀት
partner-employer = ወሃቢ ስራሕ
partner-gp = ሓኪም ስድራቤት
partner-school = ቤት ትምህርቲ
partner-housing-association = ትካል መንበሪ ኣባይቲ
partner-ggd = GGD (ኣገልግሎት ህዝባዊ ጥዕና)
partner-ggz = GGZ (ክንክን ጥዕና ኣእምሮ)
partner-jgz = ክንክን ጥዕና ቆልዑን መንእሰያትን (JGZ)
partner-uwv = UWV (ትካል ስራሕን ዋሕስ ሰራሕተኛታትን)
partner-duo = DUO (ትካል ትምህርቲ)
partner-svb = SVB (ባንክ ማሕበራዊ ዋሕስ)
partner-belastingdienst = Belastingdienst (ቤት ጽሕፈት ግብሪ)

language-ar = ዓረብኛ
language-ti = ትግርኛ
language-am = ኣምሓርኛ
language-uk = ዩክሬንኛ
language-ru = ሩስኛ
language-fa = ፋርስኛ
language-prs = ዳሪ
language-ps = ፓሽቶ
language-so = ሶማልኛ
language-tr = ቱርክኛ
language-ku = ኩርድኛ
language-en = እንግሊዝኛ
language-fr = ፈረንሳይኛ

col-what = እንታይ
col-who = መን
col-when = ክሳብ መዓስ
no-deadline = ዕለት የብሉን

action-brede-intake = { -brede-intake }፦ ብዛዕባ ትምህርትኹም፣ ስራሕኩም፣ ጥዕናኹምን ዘድልየኩምን ዝርርባት
action-learnability-test = ፈተና ክእለት ምምሃር (leerbaarheidstoets) ምውሳድ። እቲ ፈተና ሓድሽ ቋንቋ ክንደይ ቀልጢፍኩም ከም እትመሃሩ የርኢ
action-pip = { -pip(own: "yes") } ምድላውን ምጽዳቕን
action-start-language-route = ኣብቲ ንሕና እንመርጸልኩም ቤት ትምህርቲ ቋንቋ ትምህርቲ ቋንቋ ምጅማር
action-knm = ትምህርቲ ፍልጠት ሕብረተሰብ ኔዘርላንድ (KNM) ምክትታል
action-pvt = መስርሕ መግለጺ ተሳትፎ (PVT) ምክትታል፦ ብዛዕባ ሕግታትን ክብርታትን ኔዘርላንድ ትምህርቲ
action-map = ሞጁል ዕዳጋ ስራሕን ተሳትፎን (MAP) ምክትታል፦ ኣብ ኔዘርላንድ ስራሕ ብኸመይ ከም ዝርከብ
action-diploma-evaluation = ዲፕሎማታትኩም ምግምጋም፦ ዲፕሎማኹም ኣብ ኔዘርላንድ እንታይ ዋጋ ኣለዎ
action-open-bank-account = ሕሳብ ባንኪ ምኽፋት
action-apply-digid = DigiD ምሕታት
action-health-insurance = ኢንሹራንስ ጥዕና ምውሳድ
action-apply-allowances = { -zorgtoeslag } ከምኡ’ውን { -huurtoeslag } ምሕታት (ካብ ቤት ጽሕፈት ግብሪ ንኢንሹራንስ ጥዕናኹምን ክራይ ገዛኹምን ዝወሃብ ገንዘብ)
action-child-benefit = ናይ ቆልዑ ገንዘብ (kinderbijslag, kindgebonden budget) ምሕታት
action-register-gp = ኣብ ሓኪም ስድራቤት ምምዝጋብ
action-register-school = ንቆልዑ ኣብ ቤት ትምህርቲ ምምዝጋብ
action-isk = ኣብ ዓለምለኻዊ መሰጋገሪ ክፍሊ (ISK) ምምዝጋብ፦ ሆላንድኛ ንምምሃር ዝኸውን ክፍሊ
action-sign-rental-contract = ውዕል ክራይ ገዛ ምፍራም
action-connect-energy = ጋዝ፣ ኤሌክትሪክን ማይን ምሕታት
action-furnishing-loan = ገዛኹም ንምስራዕ ልቓሕ ምሕታት
action-insurance = ኢንሹራንስ ንብረት ገዛን ኢንሹራንስ ሓላፍነትን ምውሳድ
action-tax-waiver = ካብ ግብሪ ምምሕዳር ከተማ ነጻ ክትኮኑ ምሕታት (kwijtschelding)
action-budget-coach-intake = ቀዳማይ ዝርርብ ምስ { -budgetcoach }
action-debt-help = ኣብ ጉዳይ ዕዳ ደገፍ
action-direct-payment-fixed-costs = ክራይ ገዛ፣ ጸዓትን ኢንሹራንስ ጥዕናን ብቐጥታ ካብ { -bijstand(own: "yes") } ምኽፋል
action-hand-in-documents = ወረቓቕቲ ናብ ምምሕዳር ከተማ ምርካብ
action-register-uwv = ከም ስራሕ ደላዪ ኣብ UWV (werk.nl) ምምዝጋብ
action-look-for-work = ስራሕ ምንዳይን ንስራሕ ምምልካትን
action-volunteer-work = ናይ ወለንታ ስራሕ ምንዳይ
action-work-placement = ተመክሮ ስራሕ ንምርካብ ኣብ ቦታ ስራሕ ምጅማር
action-childcare = ክንክን ቆልዑ ምድላው
action-family-reunification = ስድራኹም ናብ ኔዘርላንድ ምምጻእ (ምጥርናፍ ስድራ)
action-follow-up-conversation = ቀጻሊ ዝርርብ ምግባር
free-text-in-dutch = (ብሆላንድኛ)
