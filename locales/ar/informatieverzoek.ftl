### Informatieverzoek: request for documents, with a deadline. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

informatieverzoek-subject = نحتاج إلى أوراق منك
informatieverzoek-intro-application = تقدّمتَ في { $date } بطلب للحصول على المساعدة الاجتماعية (bijstand) (الرقم المرجعي { $reference }). ما زلنا نحتاج إلى أوراق منك. بدون هذه الأوراق لا نستطيع أن نقرّر بشأن طلبك.
informatieverzoek-intro-assistance = أنت تحصل على المساعدة الاجتماعية (bijstand) منّا. نحن نتحقّق مما إذا كانت مساعدتك ما زالت صحيحة. لذلك نحتاج إلى أوراق منك.
informatieverzoek-deadline = أرسِل إلينا الأوراق في موعد أقصاه { $date }.

informatieverzoek-heading-documents = ما الأوراق التي نحتاج إليها؟
informatieverzoek-label-person = لِمَن:
informatieverzoek-label-period = الفترة:
informatieverzoek-label-why = لماذا:
informatieverzoek-person-you = لك أنت
informatieverzoek-period = من { $from } حتى { $to } ضمنًا
informatieverzoek-doc-bank-statements = كشوف جميع الحسابات المصرفية
informatieverzoek-why-bank-statements = هكذا نرى ما يدخل من مال وما يخرج.
informatieverzoek-doc-id-document = نسخة من جواز السفر أو بطاقة الهوية أو وثيقة الإقامة
informatieverzoek-why-id-document = يجب أن نتأكد من هويتك. هذا ما ينصّ عليه القانون.
informatieverzoek-doc-residence-permit = نسخة من تصريح الإقامة (الوجه والظهر)
informatieverzoek-why-residence-permit = هكذا نعرف أنه يحق لك السكن في هولندا.
informatieverzoek-doc-rental-contract = عقد الإيجار
informatieverzoek-why-rental-contract = هكذا نعرف أين تسكن ومع من وكم تدفع من الإيجار.
informatieverzoek-doc-payslips = قسائم الراتب
informatieverzoek-why-payslips = هكذا نعرف كم من المال تمّ كسبه. هذا المال يُحتسب في المساعدة الاجتماعية.
informatieverzoek-doc-benefit-letters = رسائل عن إعانات أو بدلات أخرى
informatieverzoek-why-benefit-letters = هكذا نعرف ما هو الدخل الآخر الموجود.
informatieverzoek-doc-health-insurance-policy = وثيقة التأمين الصحي (إثبات التأمين الصحي)
informatieverzoek-why-health-insurance-policy = هكذا نعرف أنك مؤمَّن وكم تدفع مقابل ذلك.
informatieverzoek-doc-savings-and-property = إثبات المدّخرات أو السيارة أو أي ممتلكات أخرى، في الخارج أيضًا
informatieverzoek-why-savings-and-property = هكذا نعرف حجم الممتلكات. قد تُحتسب الممتلكات في المساعدة الاجتماعية.
informatieverzoek-doc-marriage-certificate = إثبات الزواج (عقد الزواج)
informatieverzoek-why-marriage-certificate = هكذا نعرف مَن ينتمي إلى أسرتك. هذا يحدد مقدار المساعدة التي تحصل عليها.
informatieverzoek-doc-debt-letters = رسائل عن ديون أو فواتير لم تُدفع بعد
informatieverzoek-why-debt-letters = هكذا نرى إن كنت تحتاج إلى مساعدة في الديون.
informatieverzoek-doc-other = ورقة أخرى
informatieverzoek-copies = أرسِل نسخًا أو صورًا واضحة. احتفظ بالأوراق الأصلية لنفسك.

informatieverzoek-heading-how = كيف ترسل الأوراق؟
informatieverzoek-how-upload = عبر الإنترنت: اذهب إلى { $url } وسجّل الدخول باستخدام DigiD.
informatieverzoek-how-post = بالبريد، إلى:
informatieverzoek-how-desk = عند الشبّاك: { $desk }.
informatieverzoek-how-reference = اكتب رقمنا المرجعي { $reference } واسمك على كل ما ترسله.

informatieverzoek-heading-consequence = ماذا يحدث إذا لم نحصل على الأوراق؟
informatieverzoek-consequence-application = عندها لا نستطيع أن نقرّر إن كنت ستحصل على المساعدة الاجتماعية. قد نقرّر عندها عدم النظر في طلبك. لن تحصل عندها على مساعدة بناءً على هذا الطلب. ستصلك بذلك رسالة فيها قرار. يمكنك بعد ذلك أن تتقدّم بطلب جديد.
informatieverzoek-consequence-assistance = عندها لا نستطيع التحقّق مما إذا كانت مساعدتك صحيحة. قد نتوقّف عندها عن الدفع إلى أن نحصل على الأوراق. ستصلك أولًا رسالة بذلك. إذا لم ترسل الأوراق بعد ذلك أيضًا، فقد تتوقّف مساعدتك تمامًا. وأحيانًا يجب عليك عندها أن تعيد دفع جزء من المساعدة أو كلها.
informatieverzoek-more-time = هل لا تستطيع إرسال كل شيء في الوقت المحدد؟ أو ليست لديك ورقة ما؟ اتصل بنا إذن قبل { $date }. سنبحث معًا عن حلّ. أحيانًا يمكنك الحصول على وقت إضافي.

informatieverzoek-heading-help = مَن يستطيع مساعدتك؟
informatieverzoek-help-staff = هل لديك أسئلة عن هذه الرسالة؟ اتصل بـ { $name }: { $phone }.
informatieverzoek-help-vluchtelingenwerk = تستطيع منظمة VluchtelingenWerk مساعدتك في جمع الأوراق.
informatieverzoek-help-budget-coach = يستطيع { -budgetcoach } الخاص بك مساعدتك في إيجاد كشوف الحساب والرسائل.
informatieverzoek-help-social-counsellor = يساعدك المستشارون الاجتماعيون (sociaal raadslieden) مجانًا في رسائل البلدية.
informatieverzoek-help-library = في المكتبة العامة يساعدونك مجانًا في DigiD وفي إرسال الأوراق عبر الإنترنت.

informatieverzoek-not-a-decision = هذه الرسالة ليست قرارًا. لذلك لا يمكنك الاعتراض على هذه الرسالة.
