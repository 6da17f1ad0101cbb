### Machine draft, not reviewed by a qualified translator (see locale.toml).

plan-van-aanpak-subject = Eylem planınız

plan-van-aanpak-intro = { $date } tarihinde sizinle birlikte bir plan yaptık. Amaç: Hollanda'daki hayatınızı en kısa sürede kendiniz düzenleyebilmeniz. Bu mektupta planın tamamı yer alıyor.
plan-van-aanpak-participants = Bu kuruluşlar da plana katkıda bulundu:
plan-van-aanpak-one-plan = Birlikte çalışıyoruz. Bu yüzden her kuruluştan ayrı bir plan değil, hepimizden tek bir plan alıyorsunuz.

plan-van-aanpak-household = Bu plan tüm haneniz içindir: { $adults } ve { $children }.
# Turkish (CLDR): one, other. A noun after a number stays singular.
plan-van-aanpak-adults = { $count ->
    [one] { $count } yetişkin
   *[other] { $count } yetişkin
}
plan-van-aanpak-children = { $count ->
    [0] hiç çocuk yok
    [one] { $count } çocuk
   *[other] { $count } çocuk
}

plan-van-aanpak-heading-pip = Bu plan ve uyum süreciniz
plan-van-aanpak-not-a-decision = Bu eylem planı bir karar değildir.
plan-van-aanpak-pip-set = Ayrıca { -inburgering(case: "poss") } için { -pip(case: "poss") } da var. PIP hakkında { $date } tarihinde bir karar verdik. Bu eylem planı PIP'inize bağlıdır, ama onun yerine geçmez. PIP'te { -inburgering(case: "poss") } için yükümlülükleriniz yazılıdır.
plan-van-aanpak-pip-planned = Ayrıca { -inburgering(case: "poss") } için bir { -pip } hazırlayacağız. Bunu { -brede-intake } ve öğrenebilirlik testinden sonra yapacağız. PIP hakkında bir karar alacaksınız. Bu karara katılmıyorsanız { -bezwaar } edebilirsiniz (bezwaar maken). Bu, kararı yeniden incelememizi istemeniz demektir. Ardından bu planı uyarlarız.
plan-van-aanpak-route-b1 = Öğrenme yolunuz B1 yoludur (B1-route). Hollandacayı B1 seviyesine kadar öğrenirsiniz ve aynı zamanda topluma katılırsınız, örneğin çalışarak.
plan-van-aanpak-route-education = Öğrenme yolunuz eğitim yoludur (onderwijsroute). Hollandaca öğrenirsiniz, böylece daha sonra Hollandaca bir eğitim alabilirsiniz.
plan-van-aanpak-route-z = Öğrenme yolunuz Z yoludur (zelfredzaamheidsroute: kendi işlerini görebilme yolu). Hollandacayı kendi seviyenizde öğrenirsiniz ve topluma katılırsınız.

plan-van-aanpak-heading-support = Size nasıl yardım ediyoruz
plan-van-aanpak-support-intensive = Çok destek alırsınız. Biz ve diğer kuruluşlar size adım adım yardım ederiz. Her şeyi açıklarız. Gerekirse sizinle birlikte gideriz. Örneğin bankaya veya aile hekimine.
plan-van-aanpak-support-light = İhtiyacınız olan bilgileri alırsınız. Sonra çoğu şeyi kendiniz halledersiniz. Bir şey yolunda gitmezse bizden yardım isteyin.
# Must match col-who ("Kim") and partner-resident ("Siz") in common.ftl.
plan-van-aanpak-how-to-read = Aşağıda her konu için bir tablo görürsünüz: ne yapılacak, kim yapacak ve ne zamana kadar bitecek. Kim sütununda „Siz” yazıyorsa, bunu kendiniz yaparsınız.

plan-van-aanpak-domain-housing = Konut
plan-van-aanpak-domain-income = Para ve gelir
plan-van-aanpak-domain-language = Dil ve uyum
plan-van-aanpak-domain-work = İş
plan-van-aanpak-domain-health = Sağlık
plan-van-aanpak-domain-children = Çocuklar ve okul
plan-van-aanpak-situation = Durumunuz:
plan-van-aanpak-no-actions = Şu anda bunun için kimsenin bir şey yapması gerekmiyor.

plan-van-aanpak-heading-contacts = Kimi arayabilirsiniz?
plan-van-aanpak-contacts-intro = Planın bir bölümü hakkında sorunuz varsa, o işi yapan kuruluşu arayın.
plan-van-aanpak-col-organisation = Kuruluş
plan-van-aanpak-col-name = Ad

plan-van-aanpak-heading-privacy = Bilgileriniz
plan-van-aanpak-consent = { $date } tarihinde, sizinle ilgili bilgileri şu kuruluşlarla paylaşmamız için bize izin verdiniz:
plan-van-aanpak-consent-scope = Bu kuruluşlarla yalnızca bu plan için ihtiyaç duydukları bilgileri paylaşırız. İzninizi istediğiniz zaman geri alabilirsiniz. Bunun için { $phone } numarasından { $name } ile görüşün.
plan-van-aanpak-no-consent = Sizinle ilgili bilgileri bu plandaki kuruluşlarla yalnızca siz izin verirseniz veya yasa bunu öngörüyorsa paylaşırız.

plan-van-aanpak-heading-review = Plan hakkında ne zaman yeniden konuşacağız?
plan-van-aanpak-review = { $date } tarihinde planı sizinle yeniden konuşacağız. Neyin iyi gittiğine ve neye hâlâ ihtiyaç olduğuna bakacağız. Gerekirse planı değiştireceğiz. Bunun için ayrıca bir davet alacaksınız.
plan-van-aanpak-check = Bu planda yanlış bir şey varsa veya hayatınızda bir şey değişirse, { $phone } numarasından { $name } ile görüşün.
