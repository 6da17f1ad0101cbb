### Informatieverzoek: request for documents, with a deadline. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

informatieverzoek-subject = We need documents from you
informatieverzoek-intro-application = On { $date } you applied for social assistance (bijstand) (reference { $reference }). We still need documents from you. Without these documents we cannot decide on your application.
informatieverzoek-intro-assistance = You receive social assistance (bijstand) from us. We are checking whether your assistance is still correct. For this we need documents from you.
informatieverzoek-deadline = Send us the documents by { $date } at the latest.

informatieverzoek-heading-documents = Which documents do we need?
informatieverzoek-label-person = Whose:
informatieverzoek-label-period = Period:
informatieverzoek-label-why = Why:
informatieverzoek-person-you = yours
informatieverzoek-period = { $from } up to and including { $to }
informatieverzoek-doc-bank-statements = Bank statements of all bank accounts
informatieverzoek-why-bank-statements = This shows us what money comes in and goes out.
informatieverzoek-doc-id-document = A copy of the passport, identity card or residence document
informatieverzoek-why-id-document = We must be sure who you are. The law says so.
informatieverzoek-doc-residence-permit = A copy of the residence permit (front and back)
informatieverzoek-why-residence-permit = This shows us that you may live in the Netherlands.
informatieverzoek-doc-rental-contract = The rental contract
informatieverzoek-why-rental-contract = This shows us where you live, with whom, and how much rent you pay.
informatieverzoek-doc-payslips = Payslips
informatieverzoek-why-payslips = This shows us how much was earned. That money counts for the assistance.
informatieverzoek-doc-benefit-letters = Letters about other benefits or allowances
informatieverzoek-why-benefit-letters = This shows us what other income there is.
informatieverzoek-doc-health-insurance-policy = The health insurance policy (proof of health insurance)
informatieverzoek-why-health-insurance-policy = This shows us that you are insured and how much you pay for it.
informatieverzoek-doc-savings-and-property = Proof of savings, a car or other property, also abroad
informatieverzoek-why-savings-and-property = This shows us how much property there is. Property can count for the assistance.
informatieverzoek-doc-marriage-certificate = Proof of the marriage (marriage certificate)
informatieverzoek-why-marriage-certificate = This shows us who belongs to your family. That decides how much assistance you receive.
informatieverzoek-doc-debt-letters = Letters about debts or bills that still have to be paid
informatieverzoek-why-debt-letters = This shows us whether you need help with debts.
informatieverzoek-doc-other = Other document
informatieverzoek-copies = Send copies or clear photos. Keep the original documents yourself.

informatieverzoek-heading-how = How do you send the documents?
informatieverzoek-how-upload = Online: go to { $url } and log in with DigiD.
informatieverzoek-how-post = By post, to:
informatieverzoek-how-desk = At the desk: { $desk }.
informatieverzoek-how-reference = Put our reference { $reference } and your name on everything you send.

informatieverzoek-heading-consequence = What happens if we do not receive the documents?
informatieverzoek-consequence-application = Then we cannot decide whether you will receive social assistance. We may then decide not to deal with your application. You will then receive no assistance on this application. You will receive a letter with a decision about this. After that you can apply again.
informatieverzoek-consequence-assistance = Then we cannot check whether your assistance is correct. We may then stop paying until we have the documents. You will first receive a letter about this. If you still do not send the documents after that, your assistance may stop completely. Sometimes you will then also have to pay assistance back.
informatieverzoek-more-time = Are you unable to send everything in time? Or do you not have a document? Then call us before { $date }. We will look for a solution together. Sometimes you can get more time.

informatieverzoek-heading-help = Who can help you?
informatieverzoek-help-staff = Do you have questions about this letter? Call { $name }: { $phone }.
informatieverzoek-help-vluchtelingenwerk = VluchtelingenWerk can help you gather the documents.
informatieverzoek-help-budget-coach = Your budget coach can help you find bank statements and letters.
informatieverzoek-help-social-counsellor = Social counsellors (sociaal raadslieden) help you with letters from the municipality, free of charge.
informatieverzoek-help-library = At the library they help you free of charge with DigiD and with sending documents online.

informatieverzoek-not-a-decision = This letter is not a decision. You therefore cannot object to this letter.
