### Beschikking bijstand: the decision on social assistance (Participatiewet).
### Machine draft, not reviewed by a qualified translator (see locale.toml).
###
### One word for one thing: "sosyal yardım" is the bijstand only, "ödenek" a
### toeslag only, "itiraz" the bezwaar only. Terms take $case as in
### common.ftl. "Siz" has no grammatical gender, so no message needs $form.

-vakantiegeld = { $case ->
    [poss] tatil paranız
    [cap] Tatil parası
    [poss-cap] Tatil paranız
   *[nom] tatil parası
}
-toeslag = ödenek
-college = { $case ->
    [abl] Belediye Yürütme Kurulu'ndan (het college van burgemeester en wethouders)
    [short] Yürütme Kurulu
   *[nom] Belediye Yürütme Kurulu (het college van burgemeester en wethouders)
}
-bezwaar = { $case ->
    [poss] itirazınız
    [poss-acc] itirazınızı
    [poss-dat] itirazınıza
   *[nom] itiraz
}
-kenmerk = { $case ->
    [acc] referans numarasını
   *[nom] referans numarası
}
-voorschot = { $case ->
    [acc] avansı
    [cap] Avans
   *[nom] avans
}
-participatiewet = { $case ->
    [dat] Katılım Yasası'na (Participatiewet)
    [loc] Katılım Yasası'nda (Participatiewet)
   *[nom] Katılım Yasası (Participatiewet)
}

beschikking-subject = { -bijstand(case: "poss-cap") } hakkında karar

beschikking-intro = { $date } tarihinde { -bijstand } (bijstand) için başvurdunuz. { -bijstand(case: "cap") }, geçinmek için yeterli parası olmayan kişilere belediyenin verdiği paradır. Bu mektupta kararımızı okuyabilirsiniz.

beschikking-heading-decision = Kararımız
beschikking-decision-granted = { $municipality } { -college } şu kararı verdi: { $date } tarihinden itibaren { -bijstand } alacaksınız.
beschikking-decision-granted-period = { $municipality } { -college } şu kararı verdi: { $start } tarihinden { $end } tarihine kadar (bu gün dahil) { -bijstand } alacaksınız.
beschikking-decision-partly-granted = { $municipality } { -college } şu kararı verdi: { $date } tarihinden itibaren { -bijstand } alacaksınız. Ancak istediğiniz her şeyi almayacaksınız. Nedenini aşağıda okuyabilirsiniz.
beschikking-decision-partly-granted-period = { $municipality } { -college } şu kararı verdi: { $start } tarihinden { $end } tarihine kadar (bu gün dahil) { -bijstand } alacaksınız. Ancak istediğiniz her şeyi almayacaksınız. Nedenini aşağıda okuyabilirsiniz.
beschikking-decision-refused = { $municipality } { -college } şu kararı verdi: { -bijstand } almayacaksınız. Nedenini aşağıda okuyabilirsiniz.
beschikking-college-explained = { -college(case: "short") }, belediyenin yönetimidir.
beschikking-couple = Bu karar sizin ve partneriniz { $partner } için birlikte verilmiştir. Siz ikiniz { -bijstand(case: "acc") } birlikte alırsınız ve her ikiniz de bu mektuptaki kurallara uymak zorundasınız.

beschikking-heading-reasons = Neden bu kararı verdik?
beschikking-reasons-granted = Hollanda'da yaşıyorsunuz ve burada yaşama izniniz var. Geçinmek için yeterli paranız veya malvarlığınız yok. Bu nedenle { -bijstand } alma hakkınız var.
beschikking-reasons-intro-partly-granted = Ancak istediğiniz her şeyi almayacaksınız. Bunun nedeni:
beschikking-reasons-intro-refused = { -bijstand(case: "cap") } almayacaksınız. Bunun nedeni:
beschikking-reason-start-date = { $requested } tarihinden itibaren { -bijstand } istediniz. { $start } tarihinden itibaren { -bijstand } alacaksınız. Bu, { -bijstand } için bize başvurduğunuz gündür. Daha erken başlayamaz.
beschikking-reason-income-too-high = Geliriniz, sizin durumunuz için geçerli { -bijstand } tutarına eşit veya ondan yüksek. Bu durumda { -bijstand } alma hakkınız yoktur.
beschikking-reason-assets-too-high = Paranız veya malvarlığınız (vermogen), { -bijstand } alan birine izin verilenden fazla.
beschikking-reason-cost-sharers = Başka yetişkinlerle aynı evde yaşıyorsunuz. Evin masraflarını birlikte paylaşabilirsiniz. Bu nedenle daha az { -bijstand } alırsınız.
beschikking-reason-missing-information = İhtiyaç duyduğumuz bütün bilgileri ve belgeleri bize vermediniz. Bu nedenle { -bijstand } alma hakkınız olup olmadığını bilmiyoruz.
beschikking-reason-no-right-of-residence = Size { -bijstand } alma hakkı veren bir oturma izniniz yok.
beschikking-reason-other = Başka bir neden:

beschikking-heading-money = Ne kadar { -bijstand } alacaksınız?
beschikking-household-single = Partneri olmayan bir kişi (alleenstaande) olarak { -bijstand } alırsınız.
beschikking-household-single-parent = Bir çocuğa bakan, partneri olmayan bir ebeveyn (alleenstaande ouder) olarak { -bijstand } alırsınız.
beschikking-household-couple = İki partner olarak birlikte { -bijstand } alırsınız: evlisiniz veya birlikte yaşıyorsunuz.
# Turkish (CLDR): one, other.
beschikking-cost-sharers = Evinizde { $count ->
    [one] başka 1 yetişkin daha yaşıyor
   *[other] başka { $count } yetişkin daha yaşıyor
}. Evin masraflarını birlikte paylaşabilirsiniz. Bu nedenle { -bijstand(case: "poss") } daha düşüktür. Buna masraf paylaşımı normu (kostendelersnorm) denir.
beschikking-calculation-intro = Aylık { -bijstand(case: "poss-acc") } şöyle hesaplıyoruz:

beschikking-col-payee = Kime ödeniyor
beschikking-col-amount = Aylık
beschikking-col-sum = Tutar
beschikking-row-norm-single = Partneri olmayan kişi için { -bijstand }
beschikking-row-norm-single-parent = Partneri olmayan ebeveyn için { -bijstand }
beschikking-row-norm-couple = İki partner için { -bijstand }
beschikking-row-holiday = Eksi: sizin için biriktirdiğimiz { -vakantiegeld }
beschikking-row-income-wages = Eksi: { $whose ->
    [partner] partnerinizin maaşı
   *[resident] maaşınız
}
beschikking-row-income-benefit = Eksi: { $whose ->
    [partner] partnerinizin başka bir sosyal ödemesi
   *[resident] başka bir sosyal ödemeniz
}
beschikking-row-income-alimony = Eksi: { $whose ->
    [partner] partnerinizin nafakası
   *[resident] nafakanız
}
beschikking-row-income-other = Eksi: { $whose ->
    [partner] partnerinizin diğer geliri
   *[resident] diğer geliriniz
}
beschikking-row-assistance = Aylık { -bijstand(case: "poss") }
beschikking-row-we-pay = Eksi: sizin için ödediğimiz faturalar
beschikking-row-own = Banka hesabınıza yatan tutar
beschikking-payee-reference = Numara: { $reference }
beschikking-cost-rent = Kira
beschikking-cost-energy = Enerji (doğalgaz ve elektrik)
beschikking-cost-health-insurance = Sağlık sigortası
beschikking-cost-water = Su
beschikking-cost-municipal-taxes = Belediye vergileri

beschikking-own-amount = Yani her ay banka hesabınıza { $amount } yatar. Market alışverişinizi, giyeceklerinizi ve diğer masraflarınızı bu paradan kendiniz ödersiniz.
beschikking-payment-day = Her ay { -bijstand(case: "poss-acc") } en geç ayın { $day }. gününe kadar ödüyoruz.
beschikking-holiday = Her ay sizin için { $amount } biriktiriyoruz: { -vakantiegeld(case: "poss") } (vakantiegeld). Bu parayı en geç { $date } tarihinde tek seferde alırsınız.
beschikking-allowances = Bir { -toeslag } (toeslag), Belastingdienst'in (vergi dairesi) verdiği paradır, örneğin { -huurtoeslag } ve { -zorgtoeslag }. Bir { -toeslag } sizde kalır. Bu para, { -bijstand(case: "poss") } hesaplanırken sayılmaz.

beschikking-heading-first-payment = İlk ödemeniz
beschikking-advance = Size daha önce { $amount } tutarında bir { -voorschot } (voorschot) ödendi. { -voorschot(case: "cap") }, biz henüz karar vermemişken aldığınız paradır. İlk ödemenizden { -voorschot(case: "acc") } düşüyoruz.
beschikking-first-payment-intro = İlk ödemeniz şöyle olacak:
beschikking-row-first-period = { $from } tarihinden { $to } tarihine kadar (bu gün dahil) { -bijstand }
beschikking-row-first-costs = Eksi: sizin için ödediğimiz faturalar
beschikking-row-first-advance = Eksi: daha önce aldığınız { -voorschot }
beschikking-row-first-own = { $date } tarihinde alacağınız tutar
beschikking-advance-refused = Size { $amount } tutarında bir { -voorschot } (voorschot) ödendi. { -voorschot(case: "cap") }, biz henüz karar vermemişken aldığınız paradır. { -bijstand(case: "cap") } almayacağınız için { -voorschot(case: "acc") } geri ödemeniz gerekiyor. Bununla ilgili ayrı bir mektup alacaksınız.

beschikking-heading-fixed-costs = Sizin için ödediğimiz faturalar
beschikking-fixed-costs-intro = Her ay { -bijstand(case: "poss-gen") } bir kısmını doğrudan ödüyoruz, örneğin kiranız ve enerjiniz için. Böylece bu faturalar her zaman zamanında ödenmiş olur.
beschikking-basis-art-56a = Bunu yapmak zorundayız, çünkü { -inburgering(case: "acc") } tamamlamanız (inburgeren) gerekiyor ve sığınma oturma izniniz (verblijfsvergunning asiel) var. Bunu { $until } tarihine kadar (bu gün dahil) yapıyoruz. Sonra bu faturaları yeniden kendiniz ödersiniz. Bunun için bize bir yetki belgesi (machtiging) verirsiniz: ödeme yapmamıza izin verdiğiniz bir form.
beschikking-basis-art-57 = Bunu yapıyoruz, çünkü şu anda bu faturaları henüz kendiniz düzgün ödeyemiyorsunuz. Bunu { $until } tarihine kadar (bu gün dahil) yapıyoruz. Sonra faturaları yeniden kendiniz ödeyip ödeyemeyeceğinize sizinle birlikte bakacağız. Nedeni:
beschikking-basis-consent = { $date } tarihinde bu faturaları sizin için ödememizi istediniz. Bunu { $until } tarihine kadar (bu gün dahil) yapıyoruz. Artık bunu istemiyorsanız bize söyleyin. O zaman ödemeyi durdururuz.
beschikking-settlements-resident = Yalnızca tablodaki tutarları ödüyoruz. Başka bir fatura alırsanız, örneğin yıllık enerji hesap kesimi, onu kendiniz ödersiniz. Kiranız veya sigorta priminiz değişirse bize bildirin. O zaman tutarı değiştiririz.
beschikking-settlements-municipality = Bu masraflar için başka bir fatura alırsanız, örneğin yıllık enerji hesap kesimi, onu bize gönderin. Onu da { -bijstand(case: "poss-abl") } öderiz. Kiranız veya sigorta priminiz değişirse bize bildirin. O zaman tutarı değiştiririz.

beschikking-heading-coach = { -budgetcoach(case: "poss-cap") }
beschikking-coach = Bir { -budgetcoach } size yardım edecek. { -budgetcoach(case: "cap") }, paranızı iyi yönetmenize yardım eder. { -budgetcoach(case: "poss-cap") }: { $organisation } kuruluşundan { $name }. Telefon: { $phone }.

beschikking-heading-obligations = Hangi kurallara uymalısınız?
beschikking-obligations-intro = { -bijstand(case: "cap") } alıyorsanız bu kurallara uymanız gerekir:
beschikking-obligation-report-changes = Bir şey değiştiğinde, biz sormasak bile hemen bize bildirin. Örneğin: çalışmaya başlıyorsunuz, birinden para alıyorsunuz, taşınıyorsunuz, yanınıza biri yaşamaya geliyor veya aileniz Hollanda'ya geliyor.
beschikking-obligation-cooperate = İstediğimiz bilgileri ve belgeleri bize verin. Bir şeyi kontrol etmek istediğimizde bizimle iş birliği yapın.
beschikking-obligation-look-for-work = İş arayın. werk.nl sitesinde iş arayan olarak kaydolun ve işlere başvurun.
beschikking-obligation-accept-suitable-work = Size bir iş teklif edilirse, o işi kabul etmeniz gerekir. Alıştığınızdan farklı bir iş olsa bile.
beschikking-obligation-language-duty = Hollandaca öğrenin. Uyum planınızdaki dil derslerine veya sizinle kararlaştırdığımız derslere gidin.
beschikking-obligation-cooperate-budget-coach = { -budgetcoach(case: "poss-cap") } ile iş birliği yapın. Görüşmelere gidin ve parayla ilgili mektuplarınızı gösterin.
beschikking-obligation-keep-appointments = Belediye ile görüşmelerinize gelin. Gelemiyorsanız görüşmeden önce bizi arayın.
beschikking-obligation-report-travel-abroad = Yurt dışına giderseniz bunu önceden bize bildirin. { -bijstand(case: "cap") } alırken bir takvim yılında en fazla 4 hafta yurt dışında kalabilirsiniz.
beschikking-obligation-authorise-direct-payment = Faturalarınızı ödeyebilmemiz için yetki belgesini (machtiging) imzalayın.
beschikking-consequence-report = Bir değişikliği bildirmezseniz veya geç bildirirseniz, gereğinden fazla { -bijstand } alabilirsiniz. O zaman bu parayı geri ödemeniz gerekir, bazen fazla aldığınız paranın tamamını. Ayrıca para cezası da alabilirsiniz.
beschikking-consequence-other = Diğer kurallara uymazsanız, { -bijstand(case: "poss-acc") } bir süre için azaltabiliriz.

beschikking-heading-law = Bu karar hangi yasaya dayanıyor?
beschikking-law-intro = Bu karar { -participatiewet(case: "dat") } dayanır. Bu, { -bijstand } ile ilgili yasadır. Şu maddeleri kullanıyoruz:
beschikking-law-right = Madde 11 ve 19: kimin { -bijstand } alma hakkı vardır
beschikking-law-couple = Madde 11, dördüncü fıkra: partnerler { -bijstand(case: "acc") } birlikte alır
beschikking-law-norm = Madde 21: ne kadar { -bijstand } alırsınız (norm)
beschikking-law-cost-sharers = Madde 22a: evinizi paylaşıyorsanız daha az { -bijstand } (kostendelersnorm)
beschikking-law-income = Madde 31 ve 32: hangi gelirler hesaba katılır
beschikking-law-assets = Madde 34: hangi malvarlığı hesaba katılır
beschikking-law-decision = Madde 43, 44 ve 45: karar, başlangıç tarihi ve ödeme
beschikking-law-decision-refused = Madde 43: başvurunuz hakkındaki karar
beschikking-law-advance = Madde 52: { -voorschot }
beschikking-law-basis-art-56a = Madde 56a: uyum yükümlülüğü olan kişiler için faturaların ödenmesi
beschikking-law-basis-art-57 = Madde 57: henüz kendiniz ödeyemiyorsanız faturaların ödenmesi
beschikking-law-duties = Madde 9, 17 ve 18: yükümlülükleriniz ve kurallara uymazsanız daha az { -bijstand }
beschikking-law-language = Madde 18b: Hollandaca öğrenmek (dil şartı, taaleis)
beschikking-law-recovery = Madde 18a ve 58: para cezası ve paranın geri ödenmesi
beschikking-law-information = Madde 17: ihtiyaç duyduğumuz bilgileri vermek
beschikking-law-objection = Genel İdare Hukuku Yasası (Algemene wet bestuursrecht), madde 6:4 ile 6:9 arası: { -bezwaar }

beschikking-heading-objection = Bu karara katılmıyor musunuz?
beschikking-objection = O zaman { -bezwaar } edebilirsiniz (bezwaar maken). Bu şu anlama gelir: { -college(case: "abl") } bu kararı yeniden incelemesini istersiniz.
beschikking-objection-deadline = Bunun için 6 haftanız var. Bu süre, bu mektubu gönderdiğimiz günün ({ $sent }) ertesi günü başlar. Yani { -bezwaar(case: "poss") } en geç { $date } tarihinde elimizde olmalıdır.
beschikking-objection-post = Eğer { -bezwaar(case: "poss-acc") } postayla gönderirseniz, en geç { $date } tarihinde postaya vermeniz ve bizim onu bundan sonraki bir hafta içinde almamız yeterlidir. O zaman da zamanında sayılır.
# $url: where to object online, printed as configured.
beschikking-objection-online = İnternet üzerinden { -bezwaar } edebilirsiniz: { $url }. Ya da şu adrese mektup gönderin:
beschikking-objection-letter = Şu adrese mektup gönderin:
beschikking-objection-to = { $municipality } { -college }
beschikking-objection-what = Şunları { -bezwaar(case: "poss-dat") } yazın:
beschikking-objection-name = adınız ve adresiniz
beschikking-objection-date = tarih
beschikking-objection-reference = bu mektubun { -kenmerk }: { $reference } (bu mektubun üst kısmında yazan numara)
beschikking-objection-why = bu karara neden katılmadığınız
beschikking-objection-signature = imzanız
beschikking-objection-copy = Mümkünse bu mektubun bir kopyasını da ekleyin.
beschikking-objection-couple = Siz de partneriniz de { -bezwaar } edebilirsiniz. Bunu birlikte yaparsanız, ikiniz de adınızı yazın ve imzalayın.
beschikking-objection-language = Dilerseniz { -bezwaar(case: "poss-acc") } kendi dilinizde yazabilirsiniz. Bu durumda bazen sizden bir çeviri isteriz. VluchtelingenWerk, Juridisch Loket (hukuki danışma bürosu) ve belediyenizdeki sociaal raadslieden (sosyal danışmanlar), { -bezwaar(case: "poss") } için size ücretsiz yardım eder.
beschikking-objection-call = Önce bizimle konuşmak ister misiniz? O zaman { $phone } numarasından { $name } ile görüşün. Belki sorunu birlikte çözeriz. Dikkat: telefon etmek { -bezwaar } etmek değildir. 6 haftalık süre işlemeye devam eder.
beschikking-objection-in-force = Bu karar, siz { -bezwaar } etseniz bile, yeni bir karar verilene kadar geçerli kalır.
beschikking-objection-urgent = Durum çok acilse, mahkemeden hızlıca geçici bir karar vermesini isteyebilirsiniz. Buna geçici tedbir (voorlopige voorziening) denir. Bu durumda ayrıca { -bezwaar } etmeniz de gerekir. Bunu, yaşadığınız bölgedeki mahkemeden (rechtbank) istersiniz. Mahkeme bunun için bir ücret alır: harç (griffierecht). Daha fazla bilgi için www.rechtspraak.nl adresine bakın.

beschikking-mandate = Belediye Yürütme Kurulu (het college van burgemeester en wethouders) adına,
