### Machine draft, not reviewed by a qualified translator (see locale.toml).

uitnodiging-subject = Invitation to a meeting
uitnodiging-intro = We would like to talk with you. That is why we are inviting you to a meeting.

uitnodiging-label-date = Date
uitnodiging-label-time = Time
uitnodiging-label-duration = Duration
uitnodiging-label-place = Place
uitnodiging-label-with = With
# English times already carry AM/PM; no word for "o'clock" is needed.
uitnodiging-time = { $time }
# English (CLDR): one, other.
uitnodiging-duration = { $minutes ->
    [one] about { $minutes } minute
   *[other] about { $minutes } minutes
}
uitnodiging-with = { $name }, { $role }

uitnodiging-heading-purpose = What is the meeting about?
uitnodiging-purpose-intake = This is our first meeting. We want to get to know you. We will talk about your situation and about what you need.
uitnodiging-purpose-plan = In this meeting we will make a plan together. We will agree on what you will do and who will help you with it.
uitnodiging-purpose-progress = In this meeting we will see how you are doing. We will talk about the agreements we made before.
uitnodiging-purpose-income-check = In this meeting we will look at your income and your expenses. We will check whether your benefit is still correct.
uitnodiging-purpose-language-assessment = In this meeting we will see how well you speak, read and write Dutch. Then we will know which language course suits you.
uitnodiging-interpreter = An interpreter will be at the meeting. The interpreter costs you nothing.

uitnodiging-heading-bring = What should you bring?
uitnodiging-bring-id-document = Your proof of identity (passport or ID card)
uitnodiging-bring-residence-permit = Your residence permit
uitnodiging-bring-bank-statements = Your bank statements for the last 3 months
uitnodiging-bring-rental-contract = Your rental contract
uitnodiging-bring-health-insurance-policy = Your health insurance policy (the proof of your health insurance)
uitnodiging-bring-income-statements = Your payslips or other proof of your income
uitnodiging-bring-diplomas = Your diplomas and certificates, if you have them
uitnodiging-bring-debt-letters = Letters about debts or bills that you still have to pay
uitnodiging-bring-this-letter = This letter

uitnodiging-heading-cannot-come = Are you unable to come?
uitnodiging-reschedule = Then call us no later than { $date }. That is 1 working day before the meeting. Our phone number is { $phone }. We will then make a new appointment together.
uitnodiging-benefit-consequence = If you do not come and have not cancelled, this can affect your benefit. You may get less money, or your benefit may stop for a while.
