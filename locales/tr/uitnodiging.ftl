### Machine draft, not reviewed by a qualified translator (see locale.toml).
### The appointment is a "görüşme" (conversation), as in Dutch.

uitnodiging-subject = Görüşmeye davet
uitnodiging-intro = Sizi bir görüşmeye davet ediyoruz.
uitnodiging-compulsory = Bu görüşmeye gelmeniz zorunludur.

uitnodiging-label-date = Tarih
uitnodiging-label-time = Saat
uitnodiging-label-duration = Süre
uitnodiging-label-place = Yer
uitnodiging-label-with = Kiminle
# Under the label "Saat": the time alone (10:00).
uitnodiging-time = { $time }
# Turkish (CLDR): one, other. A noun after a number stays singular.
uitnodiging-duration = { $minutes ->
    [one] yaklaşık { $minutes } dakika
   *[other] yaklaşık { $minutes } dakika
}
uitnodiging-with = { $name }, { $role }

uitnodiging-heading-purpose = Görüşme ne hakkında?
uitnodiging-purpose-intake = Bu bizim ilk görüşmemiz. Sizi tanımak istiyoruz. Durumunuz ve nelere ihtiyacınız olduğu hakkında konuşacağız.
uitnodiging-purpose-plan = Bu görüşmede birlikte bir plan yapacağız. Neler yapacağınızı ve size kimin yardım edeceğini kararlaştıracağız.
uitnodiging-purpose-progress = Bu görüşmede nasıl olduğunuza bakacağız. Daha önce yaptığımız anlaşmaları konuşacağız.
uitnodiging-purpose-income-check = Bu görüşmede gelirinize ve harcamalarınıza bakacağız. Hâlâ doğru miktarda { -bijstand } (bijstand) alıp almadığınızı kontrol edeceğiz.
uitnodiging-purpose-language-assessment = Bu görüşmede Hollandacayı ne kadar iyi konuştuğunuza, okuduğunuza ve yazdığınıza bakacağız. Böylece size hangi dil kursunun uygun olduğunu bileceğiz.
uitnodiging-purpose-brede-intake = Bu görüşme, { -inburgering(case: "poss") } için yapılan { -brede-intake }. Eğitiminiz, işiniz, sağlığınız ve durumunuz hakkında konuşacağız. Ardından { -pip(case: "poss-acc") } birlikte hazırlayacağız.
uitnodiging-purpose-learnability-test = Öğrenebilirlik testini (leerbaarheidstoets) bilgisayarda yapacaksınız. Bu test, yeni bir dili ne kadar hızlı öğrendiğinizi gösterir. Bu bir sınav değildir. Bunun için Hollandaca bilmeniz gerekmez.
uitnodiging-purpose-pip = Bu görüşmede { -pip(case: "poss-acc") } birlikte hazırlayacağız. Bu planda Hollandacayı nasıl öğreneceğiniz ve { -inburgering(case: "poss") } için başka neler yapacağınız yazılı olacak. Sonra PIP hakkında bir karar vereceğiz.
# $language: the language the interpreter speaks, e.g. "Arapça".
uitnodiging-interpreter = Görüşmede { $language } bir tercüman olacak. Tercüman için hiçbir şey ödemezsiniz.
uitnodiging-companion = Güvendiğiniz birini yanınızda getirebilirsiniz. Örneğin ailenizden biri veya bir gönüllü.

uitnodiging-heading-bring = Yanınızda ne getirmelisiniz?
uitnodiging-bring-id-document = Kimlik belgeniz (pasaport veya kimlik kartı)
uitnodiging-bring-residence-permit = Oturma izniniz
uitnodiging-bring-w-document = W belgeniz (W-document), hâlâ varsa
uitnodiging-bring-bsn-letter = Vatandaşlık hizmet numaranızın (BSN) yazılı olduğu bir mektup
uitnodiging-bring-coa-letters = COA'dan aldığınız mektuplar
uitnodiging-bring-bank-card = Banka kartınız
uitnodiging-bring-bank-statements = Son 3 ayın banka hesap dökümleri
uitnodiging-bring-rental-contract = Kira sözleşmeniz
uitnodiging-bring-health-insurance-policy = Sağlık sigortası poliçeniz (sağlık sigortanız olduğunu gösteren belge)
uitnodiging-bring-income-statements = Maaş bordrolarınız veya gelirinizi gösteren başka belgeler
uitnodiging-bring-diplomas = Diplomalarınız ve sertifikalarınız, varsa
uitnodiging-bring-debt-letters = Borçlar veya henüz ödemediğiniz faturalar hakkındaki mektuplar
uitnodiging-bring-this-letter = Bu mektup

uitnodiging-heading-cannot-come = Gelemezseniz
uitnodiging-reschedule = O zaman en geç { $date } tarihinde bizi arayın. Telefon numaramız: { $phone }. Birlikte yeni bir gün seçeriz.
uitnodiging-ill = Görüşme günü hastaysanız, görüşme saatinden ({ $time }) önce { $phone } numaralı telefondan bizi arayın.

uitnodiging-heading-consequence = Gelmezseniz ne olur?
uitnodiging-consequence-applicant = { -bijstand(case: "cap") } (bijstand) başvurunuzu incelemek için bu görüşmeye ihtiyacımız var. Gelmez ve bizi aramazsanız, başvurunuzu işleme almamaya karar verebiliriz. O zaman { -bijstand } alamazsınız.
uitnodiging-consequence-recipient = { -bijstand(case: "cap") } (bijstand) alıyorsunuz. Bu nedenle bizimle yapılan görüşmelere gelmeniz gerekir. Bu, { -bijstand } yasası olan { -participatiewet(case: "loc") } yazılıdır. Geçerli bir nedeniniz olmadan gelmezseniz, { -bijstand(case: "poss-acc") } bir süre için azaltabiliriz. O zaman daha az para alırsınız.
uitnodiging-consequence-inburgering = Bu görüşme { -inburgering(case: "poss-gen") } bir parçasıdır. Görüşmeye katılmanız zorunludur. Bu, 2021 Uyum Yasası'nda (Wet inburgering 2021) yazılıdır. Geçerli bir nedeniniz olmadan gelmezseniz, size para cezası verebiliriz.
