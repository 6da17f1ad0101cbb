### Machine draft, not reviewed by a qualified translator (see locale.toml).

uitnodiging-subject = Invitation to a meeting
uitnodiging-intro = We invite you to a meeting.
uitnodiging-compulsory = You must come to this meeting.

uitnodiging-label-date = Date
uitnodiging-label-time = Time
uitnodiging-label-duration = Duration
uitnodiging-label-place = Place
uitnodiging-label-with = With
# en-GB writes 24-hour times (10:00); no word for "o'clock" is needed.
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
uitnodiging-purpose-income-check = In this meeting we will look at your income and your expenses. We will check whether you still get the right amount of { -bijstand } (bijstand).
uitnodiging-purpose-language-assessment = In this meeting we will see how well you speak, read and write Dutch. Then we will know which language course suits you.
uitnodiging-purpose-brede-intake = This meeting is the { -brede-intake } for your { -inburgering }. We will talk about your education, your work, your health and your situation. After that we will make your { -pip } together.
uitnodiging-purpose-learnability-test = You will take the learnability test on a computer. The test shows how fast you learn a new language. It is not an exam. You do not need to know any Dutch for it.
uitnodiging-purpose-pip = In this meeting we will make your { -pip } together. It says how you will learn Dutch and what else you will do for your { -inburgering }. After that we will take a decision on the PIP.
uitnodiging-interpreter = A { $language } interpreter will be at the meeting. The interpreter costs you nothing.
uitnodiging-companion = You may bring someone you trust. For example someone from your family or a volunteer.

uitnodiging-heading-bring = What should you bring?
uitnodiging-bring-id-document = Your proof of identity (passport or ID card)
uitnodiging-bring-residence-permit = Your residence permit
uitnodiging-bring-w-document = Your W document, if you still have it
uitnodiging-bring-bsn-letter = A letter with your citizen service number (BSN)
uitnodiging-bring-coa-letters = The letters you received from the COA
uitnodiging-bring-bank-card = Your bank card
uitnodiging-bring-bank-statements = Your bank statements for the last 3 months
uitnodiging-bring-rental-contract = Your rental contract
uitnodiging-bring-health-insurance-policy = Your health insurance policy (the proof of your health insurance)
uitnodiging-bring-income-statements = Your payslips or other proof of your income
uitnodiging-bring-diplomas = Your diplomas and certificates, if you have them
uitnodiging-bring-debt-letters = Letters about debts or bills that you still have to pay
uitnodiging-bring-this-letter = This letter

uitnodiging-heading-cannot-come = If you cannot come
uitnodiging-reschedule = Then call us no later than { $date }. Our phone number is { $phone }. We will then choose a new day together.
uitnodiging-ill = If you are ill on the day of the meeting, call us before { $time } on { $phone }.

uitnodiging-heading-consequence = What happens if you do not come?
uitnodiging-consequence-applicant = We need this meeting to look at your application for { -bijstand } (bijstand). If you do not come and do not call us, we can decide not to deal with your application. Then you will not get { -bijstand }.
uitnodiging-consequence-recipient = You receive { -bijstand } (bijstand). That is why you must come to meetings with us. This is in the Participatiewet, the law on { -bijstand }. If you do not come and have no good reason, we can lower your { -bijstand } for a time. You will then get less money.
uitnodiging-consequence-inburgering = This meeting is part of your { -inburgering }. You must take part in it. This is in the Wet inburgering 2021 (the civic integration act). If you do not come and have no good reason, we can give you a fine.
