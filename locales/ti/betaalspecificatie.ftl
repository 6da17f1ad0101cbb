### Betaalspecificatie: the overview of one month of bijstand. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

betaalspecificatie-subject = ማሕበራዊ ሓገዝኩም ናይዚ ወርሒ፦ መግለጺ
betaalspecificatie-intro = ኣብዚ መግለጺ እዚ ንወርሒ { $month } ክንደይ ማሕበራዊ ሓገዝ (bijstand) ከም እትረኽቡ ትርእዩ። ኣብ ክንዳኹም እንታይ ከም ዝኸፈልናን ባዕልኹም ኣብ ሕሳብ ባንክኹም እንታይ ከም እትረኽቡን'ውን ትርእዩ። ነቲ ሰንጠረዥ ካብ ላዕሊ ናብ ታሕቲ ኣንብብዎ።

betaalspecificatie-col-details = መብርሂ
betaalspecificatie-col-amount = መጠን
betaalspecificatie-minus = – { $amount }
betaalspecificatie-row-norm-single = መለክዒ ሓገዝኩም (በይኑ ዝነብር ሰብ)
betaalspecificatie-row-norm-single-parent = መለክዒ ሓገዝኩም (በይኑ ዘዕቢ ወላዲ)
betaalspecificatie-row-norm-couple = መለክዒ ሓገዝኩም (ሰብ ሓዳር ወይ ብሓባር ዝነብሩ)
betaalspecificatie-cost-sharers = { $count ->
    [one] ትሑት መለክዒ፦ ምስ { $count } ካልእ ዓቢ ሰብ ኢኹም እትነብሩ።
   *[other] ትሑት መለክዒ፦ ምስ { $count } ካልኦት ዓበይቲ ሰባት ኢኹም እትነብሩ።
}
betaalspecificatie-row-holiday = ገንዘብ ዕረፍቲ፦ ንኣኹም ንዕቅቦ
betaalspecificatie-deduction-income-work = ካብ ስራሕ ዝረኸብኩምዎ ኣታዊ
betaalspecificatie-deduction-income-partner = መጻምድትኹም ካብ ስራሕ ዝረኸቦ ኣታዊ
betaalspecificatie-deduction-other-benefit = ካልእ ሓገዝ
betaalspecificatie-deduction-advance = ምምላስ ቅድመ ክፍሊት
betaalspecificatie-deduction-recovery = ምምላስ ብዝያዳ ዝተቐበልኩምዎ ሓገዝ
betaalspecificatie-deduction-reduction = ምጉዳል ሓገዝኩም (መቕጻዕቲ)
betaalspecificatie-deduction-other = ካልእ ምጉዳል
betaalspecificatie-row-bijstand = ማሕበራዊ ሓገዝኩም ናይዚ ወርሒ
betaalspecificatie-row-we-paid = ካብ ሓገዝኩም ኣብ ክንዳኹም ዝኸፈልናዮ፦
betaalspecificatie-payment-rent = ክራይ ገዛ
betaalspecificatie-payment-energy = ጸዓት (ጋዝን ኤሌክትሪክን)
betaalspecificatie-payment-water = ማይ
betaalspecificatie-payment-health-insurance = ኢንሹራንስ ጥዕና
betaalspecificatie-payment-municipal-taxes = ግብሪ ምምሕዳር ከተማ
betaalspecificatie-payment-debt-arrangement = ምኽፋል ዕዳ (ስምምዕ ዕዳ)
betaalspecificatie-payment-other = ካልእ ክፍሊት
betaalspecificatie-payee-reference = ቁጽርኹም፦ { $reference }
betaalspecificatie-paid-on = ዕለት { $date } ተኸፊሉ
betaalspecificatie-row-own = ዕለት { $date } ባዕልኹም እትረኽብዎ
betaalspecificatie-own = ዕለት { $date } { $amount } ኣብ ሕሳብ ባንክኹም ክትረኽቡ ኢኹም። ካብዚ ባዕልኹም መግቢ፣ ክዳንን ካልእ ወጻኢታትን ትኸፍሉ።

betaalspecificatie-heading-holiday = ገንዘብ ዕረፍትኹም
betaalspecificatie-holiday = ኣብ ነፍሲ ወከፍ ወርሒ ሓደ ክፋል ሓገዝኩም ንኣኹም ንዕቅቦ። እዚ ገንዘብ ዕረፍትኹም እዩ። ኣብዚ ወርሒ { $amount } እዩ። ክሳብ ሕጂ ብድምር { $saved } ገንዘብ ዕረፍቲ ዓቂብኩም ኣለኹም።
betaalspecificatie-holiday-paid-in = ነዚ ገንዘብ ኣብ { $month } ክትረኽብዎ ኢኹም።

betaalspecificatie-heading-changes = ካብ ዝሓለፈ ወርሒ ጀሚሩ እንታይ ተቐይሩ?
betaalspecificatie-no-changes = ካብ ዝሓለፈ ወርሒ ጀሚሩ ዝተቐየረ የለን።
betaalspecificatie-change-norm = መለክዒ ሓገዝኩም ተቐይሩ።
betaalspecificatie-change-rent = ክራይ ገዛኹም ተቐይሩ።
betaalspecificatie-change-energy = ንጸዓት እትኸፍልዎ መጠን ተቐይሩ።
betaalspecificatie-change-water = ንማይ እትኸፍልዎ መጠን ተቐይሩ።
betaalspecificatie-change-health-insurance = ንኢንሹራንስ ጥዕና እትኸፍልዎ መጠን ተቐይሩ።
betaalspecificatie-change-municipal-taxes = ንግብሪ ምምሕዳር ከተማ እትኸፍልዎ መጠን ተቐይሩ።
betaalspecificatie-change-income = ኣታዊኹም ተቐይሩ።
betaalspecificatie-change-recovery = እትመልስዎ መጠን ተቐይሩ።
betaalspecificatie-change-other = ካልእ ነገር ተቐይሩ።
betaalspecificatie-change-amounts = ዝሓለፈ ወርሒ፦ { $before }። ሕጂ፦ { $after }።
betaalspecificatie-change-new-amount = ሕጂ፦ { $after }።

betaalspecificatie-heading-questions = ሕቶ ኣለኩም ድዩ?
betaalspecificatie-questions = ዘይቅኑዕ ነገር ኣሎ ድዩ፣ ወይ ዘይተረድኣኩም ነገር ኣሎ ድዩ? ን{ $name } ደውሉ፦ { $phone }።
betaalspecificatie-coach = ኣብ ገንዘብኩም ሓገዝ ትደልዩ ዶ? ንኣማኻሪ ባጀትኩም { $name } ({ $organisation }) ደውሉ፦ { $phone }።
betaalspecificatie-not-a-decision = እዚ መግለጺ ውሳነ ኣይኮነን። እቶም መጠናት ካብቶም ቅድሚ ሕጂ ካባና ዝተቐበልኩምዎም ውሳነታት እዮም።
