### Machine draft, not reviewed by a qualified translator (see locale.toml).

money = € { $amount }

logo-alt = ኣርማ { $municipality }
date-line = { $place }፣ { $date }
label-reference = መወከሲ ቁጽሪ
label-contact = ርክብ
label-phone = ተሌፎን
page-x-of-y = ገጽ { $page } ካብ { $total }

salutation = { $form ->
    [mr] ክቡር ኣቶ { $family }፣
    [ms] ክብርቲ ወይዘሮ { $family }፣
   *[neutral] ሰላም { $name }፣
}
closing = ምስ ሰናይ ሰላምታ፣

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = ነዚ ደብዳበ ብቋንቋኹም ከተንብብዎ ትደልዩ ዶ? ነቲ ኮድ ስካን ግበሩ ወይ ናብዚ ኺዱ፦
translation-qr-alt = ናብዚ ደብዳበ ብቋንቋኹም ዝወስድ QR ኮድ

binding-notice-translation = እዚ ብሆላንድኛ ዝተጻሕፈ ደብዳበ ትርጉም እዩ። ወግዓዊ ዝኾነ እቲ ብሆላንድኛ ዘሎ ጽሑፍ ጥራይ እዩ። ነቲ ብሆላንድኛ ዘሎ ደብዳበ ትደልዩ ዶ? ሕተቱና።
binding-notice-bilingual = ኣብዚ ደብዳበ እዚ እቲ ጽሑፍ ብክልተ ቋንቋታት ኣሎ። ወግዓዊ ዝኾነ እቲ ብሆላንድኛ ዘሎ ጽሑፍ ጥራይ እዩ።

role-werkconsulent = ኣማኻሪ ስራሕ
role-klantmanager = ኣመሓዳሪ ዓማዊል
role-consulent-inburgering = ኣማኻሪ ምውህሃድ
role-schuldhulpverlener = ኣማኻሪ ዕዳ

partner-resident = ንስኹም
partner-municipality = ምምሕዳር ከተማ
partner-coa = COA (ትካል ምቕባል ሓተትቲ ዑቕባ)
partner-vluchtelingenwerk = VluchtelingenWerk (ንስደተኛታት ዝሕግዝ ትካል)
partner-language-school = ቤት ትምህርቲ ቋንቋ
partner-budget-coach = ኣማኻሪ ባጀት
partner-employer = ወሃቢ ስራሕ
partner-gp = ሓኪም ስድራቤት
partner-school = ቤት ትምህርቲ
partner-housing-association = ትካል መንበሪ ኣባይቲ

col-what = እንታይ
col-who = መን
col-when = ክሳብ መዓስ
no-deadline = ዕለት የብሉን

action-register-language-school = ኣብ ቤት ትምህርቲ ቋንቋ ምምዝጋብ
action-language-test = ደረጃኹም ንምፍላጥ ፈተና ቋንቋ ምውሳድ
action-open-bank-account = ሕሳብ ባንኪ ምኽፋት
action-apply-digid = DigiD ምሕታት
action-health-insurance = ኢንሹራንስ ጥዕና ምውሳድ
action-apply-allowances = ሓገዝ ንኢንሹራንስ ጥዕናን ሓገዝ ንክራይ ገዛን ምሕታት
action-register-gp = ኣብ ሓኪም ስድራቤት ምምዝጋብ
action-register-school = ንቆልዑ ኣብ ቤት ትምህርቲ ምምዝጋብ
action-sign-rental-contract = ውዕል ክራይ ገዛ ምፍራም
action-connect-energy = ጋዝ፣ ኤሌክትሪክን ማይን ምሕታት
action-budget-coach-intake = ቀዳማይ ዝርርብ ምስ ኣማኻሪ ባጀት
action-direct-payment-fixed-costs = ክራይ ገዛ፣ ጸዓትን ኢንሹራንስ ጥዕናን ብቐጥታ ካብቲ ማሕበራዊ ሓገዝ ምኽፋል
action-hand-in-documents = ወረቓቕቲ ናብ ምምሕዳር ከተማ ምርካብ
action-look-for-work = ስራሕ ምንዳይን ንስራሕ ምምልካትን
action-volunteer-work = ናይ ወለንታ ስራሕ ምንዳይ
action-work-placement = ኣብ ቦታ ልምዲ ስራሕ ምጅማር
action-childcare = ክንክን ቆልዑ ምድላው
action-follow-up-conversation = ቀጻሊ ዝርርብ ምውጣን
