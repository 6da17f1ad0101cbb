### Informatieverzoek: request for documents, with a deadline. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

informatieverzoek-subject = Sizden belgelere ihtiyacımız var
informatieverzoek-intro-application = { $date } tarihinde { -bijstand } (bijstand) için başvurdunuz ({ -kenmerk } { $reference }). Sizden hâlâ bazı belgelere ihtiyacımız var. Bu belgeler olmadan başvurunuz hakkında karar veremeyiz.
informatieverzoek-intro-assistance = Bizden { -bijstand } (bijstand) alıyorsunuz. Hâlâ doğru miktarda { -bijstand } alıp almadığınızı kontrol ediyoruz. Bunun için sizden belgelere ihtiyacımız var.
informatieverzoek-deadline = Belgeleri en geç { $date } tarihine kadar bize gönderin.

informatieverzoek-heading-documents = Hangi belgelere ihtiyacımız var?
informatieverzoek-label-person = Kimin:
informatieverzoek-label-period = Dönem:
informatieverzoek-label-why = Neden:
informatieverzoek-person-you = sizin
informatieverzoek-period = { $from } tarihinden { $to } tarihine kadar (bu gün dahil)
informatieverzoek-doc-bank-statements = Tüm banka hesaplarının hesap dökümleri
informatieverzoek-why-bank-statements = Böylece hangi paranın girip çıktığını görürüz.
informatieverzoek-doc-id-document = Pasaportun, kimlik kartının veya oturma belgesinin bir kopyası
informatieverzoek-why-id-document = Kim olduğunuzdan emin olmamız gerekiyor. Bu, yasada yazılıdır.
informatieverzoek-doc-residence-permit = Oturma izninin bir kopyası (önü ve arkası)
informatieverzoek-why-residence-permit = Böylece Hollanda'da yaşama izniniz olduğunu biliriz.
informatieverzoek-doc-rental-contract = Kira sözleşmesi
informatieverzoek-why-rental-contract = Böylece nerede ve kiminle yaşadığınızı ve ne kadar kira ödediğinizi biliriz.
informatieverzoek-doc-payslips = Maaş bordroları
informatieverzoek-why-payslips = Böylece ne kadar kazanıldığını biliriz. Bu para { -bijstand } için hesaba katılır.
informatieverzoek-doc-benefit-letters = Diğer sosyal ödemeler (uitkeringen) veya ödenekler (toeslagen) hakkındaki mektuplar
informatieverzoek-why-benefit-letters = Böylece başka hangi gelirlerin olduğunu biliriz.
informatieverzoek-doc-health-insurance-policy = Sağlık sigortası poliçesi (sağlık sigortası olduğunu gösteren belge)
informatieverzoek-why-health-insurance-policy = Böylece sigortalı olduğunuzu ve bunun için ne kadar ödediğinizi biliriz.
informatieverzoek-doc-savings-and-property = Birikim, araba veya başka malvarlığının belgesi, yurt dışındakiler de dahil
informatieverzoek-why-savings-and-property = Böylece ne kadar malvarlığı olduğunu biliriz. Malvarlığı { -bijstand } için hesaba katılabilir.
informatieverzoek-doc-marriage-certificate = Evlilik belgesi (huwelijksakte)
informatieverzoek-why-marriage-certificate = Böylece ailenize kimlerin dahil olduğunu biliriz. Bu, ne kadar { -bijstand } alacağınızı belirler.
informatieverzoek-doc-debt-letters = Borçlar veya henüz ödenmemiş faturalar hakkındaki mektuplar
informatieverzoek-why-debt-letters = Böylece borçlar konusunda yardıma ihtiyacınız olup olmadığını görürüz.
informatieverzoek-doc-other = Başka bir belge
informatieverzoek-copies = Kopya veya net fotoğraf gönderin. Asıl belgeleri kendinizde saklayın.

informatieverzoek-heading-how = Belgeleri nasıl gönderirsiniz?
informatieverzoek-how-upload = İnternet üzerinden: { $url } adresine gidin ve DigiD ile giriş yapın.
informatieverzoek-how-post = Posta ile, şu adrese:
informatieverzoek-how-desk = Gişede: { $desk }.
informatieverzoek-how-reference = Gönderdiğiniz her belgeye adınızı ve { -kenmerk(case: "acc") } yazın: { $reference }.

informatieverzoek-heading-consequence = Belgeleri almazsak ne olur?
informatieverzoek-consequence-application = O zaman size { -bijstand } verip vermeyeceğimize karar veremeyiz. Bu durumda başvurunuzu işleme almamaya karar verebiliriz. O zaman bu başvuruyla { -bijstand } almazsınız. Bununla ilgili, kararı içeren bir mektup alırsınız. Daha sonra yeniden { -bijstand } için başvurabilirsiniz.
informatieverzoek-consequence-assistance = O zaman { -bijstand(case: "poss-gen") } doğru olup olmadığını kontrol edemeyiz. Bu durumda belgeleri alana kadar ödemeyi durdurabiliriz. Bununla ilgili önce bir mektup alırsınız. Belgeleri ondan sonra da göndermezseniz, { -bijstand(case: "poss") } tamamen durabilir. Bazen aldığınız { -bijstand(case: "acc") } geri ödemeniz de gerekir.
informatieverzoek-more-time = Her şeyi zamanında gönderemiyor musunuz? Veya bir belgeniz yok mu? O zaman { $date } tarihinden önce bizi arayın. Birlikte bir çözüm ararız. Bazen daha fazla süre alabilirsiniz.

informatieverzoek-heading-help = Size kim yardım edebilir?
informatieverzoek-help-staff = Bu mektupla ilgili sorunuz mu var? { $phone } numarasından { $name } ile görüşün.
informatieverzoek-help-vluchtelingenwerk = VluchtelingenWerk belgeleri toplamanıza yardım edebilir.
informatieverzoek-help-budget-coach = { -budgetcoach(case: "poss-cap") } banka hesap dökümlerini ve mektupları bulmanıza yardım edebilir.
informatieverzoek-help-social-counsellor = Sociaal raadslieden (sosyal danışmanlar), belediyeden gelen mektuplar konusunda size ücretsiz yardım eder.
informatieverzoek-help-library = Kütüphanede DigiD konusunda ve belgeleri internetten göndermede size ücretsiz yardım ederler.

informatieverzoek-not-a-decision = Bu mektup bir karar değildir. Bu nedenle bu mektuba { -bezwaar } edemezsiniz.
