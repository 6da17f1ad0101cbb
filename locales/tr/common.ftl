### Machine draft, not reviewed by a qualified translator (see locale.toml).
### Formal "siz" throughout. Turkish attaches case endings to the last word,
### so the terms below carry the forms the messages need: $case is nom
### (default), acc, dat, abl, gen, loc, poss ("your"), poss-acc, poss-dat,
### poss-abl, poss-gen, and cap / poss-cap (at the start of a sentence).
### Case endings are never written after a placeable ({ $date }, { $time }):
### their vowel depends on how the number is spoken ("tarihinde" instead).

## Terms: one word for one thing (see locales/nl/common.ftl). The bijstand
## is always "sosyal yardım"; a toeslag is always an "ödenek", never
## "yardım"; another uitkering is a "sosyal ödeme".
-bijstand = { $case ->
    [acc] sosyal yardımı
    [dat] sosyal yardıma
    [abl] sosyal yardımdan
    [gen] sosyal yardımın
    [poss] sosyal yardımınız
    [poss-acc] sosyal yardımınızı
    [poss-dat] sosyal yardımınıza
    [poss-abl] sosyal yardımınızdan
    [poss-gen] sosyal yardımınızın
    [cap] Sosyal yardım
    [poss-cap] Sosyal yardımınız
   *[nom] sosyal yardım
}
-zorgtoeslag = sağlık sigortası ödeneği (zorgtoeslag)
-huurtoeslag = kira ödeneği (huurtoeslag)
-budgetcoach = { $case ->
    [poss] bütçe danışmanınız
    [cap] Bütçe danışmanı
    [poss-cap] Bütçe danışmanınız
   *[nom] bütçe danışmanı
}
-inburgering = { $case ->
    [acc] uyum sürecini
    [poss] uyum süreciniz
    [poss-gen] uyum sürecinizin
    [gen] uyum sürecinin
   *[nom] uyum süreci
}
-pip = { $case ->
    [poss] kişisel uyum ve katılım planınız (PIP)
    [poss-acc] kişisel uyum ve katılım planınızı (PIP)
   *[nom] kişisel uyum ve katılım planı (PIP)
}
-brede-intake = { $case ->
    [cap] Kapsamlı ön görüşme (brede intake)
   *[nom] kapsamlı ön görüşme (brede intake)
}

## Amounts: the euro sign before the number, as CLDR writes it for Turkish.
money = €{ $amount }

logo-alt = { $municipality } logosu
label-date = Tarih
label-reference = Referans numaramız
label-your-application = Başvuru tarihiniz
label-your-letter = Mektubunuzun tarihi
label-enclosures = Ek(ler)
label-contact = İletişim
label-phone = Telefon
label-postal-address = Posta adresi
label-visiting-address = Ziyaret adresi
page-x-of-y = Sayfa { $page } / { $total }

# Formal letters write "Sayın Bay/Bayan" + family name.
salutation = { $form ->
    [mr] Sayın Bay { $family },
    [ms] Sayın Bayan { $family },
   *[neutral] Sayın { $name },
}
closing = Saygılarımızla,

# Shown on the Dutch edition when the municipality offers the letter online in other languages.
translation-qr = Bu mektubu kendi dilinizde okumak ister misiniz? Kodu tarayın veya şu adrese gidin:
translation-qr-alt = Bu mektubun kendi dilinizdeki hâline giden QR kodu

# "Hollandaca" rather than the formal "Felemenkçe": the word residents use.
binding-notice-translation = Bu, Hollandaca yazılmış bir mektubun çevirisidir. Yalnızca Hollandaca metin resmîdir. Hollandaca mektubu almak isterseniz bize sorun.
binding-notice-bilingual = Bu mektupta metin iki dildedir. Yalnızca Hollandaca metin resmîdir.

role-werkconsulent = İş danışmanı
role-klantmanager = Danışan sorumlusu
role-consulent-inburgering = Uyum danışmanı
role-schuldhulpverlener = Borç danışmanı

partner-resident = Siz
partner-municipality = Biz (belediye)
partner-coa = COA (sığınmacı kabul kurumu)
partner-vluchtelingenwerk = VluchtelingenWerk (mültecilere destek kuruluşu)
partner-language-school = Dil okulu
partner-budget-coach = Bütçe danışmanı
partner-employer = İşveren
partner-gp = Aile hekimi (huisarts)
partner-school = Okul
partner-housing-association = Konut kuruluşu (woningcorporatie)
partner-ggd = GGD (halk sağlığı hizmeti)
partner-ggz = GGZ (ruh sağlığı hizmetleri)
partner-jgz = Çocuk ve gençlik sağlığı hizmeti (JGZ)
partner-uwv = UWV (çalışan sigortaları kurumu)
partner-duo = DUO (eğitim hizmetleri kurumu)
partner-svb = SVB (sosyal sigortalar bankası)
partner-belastingdienst = Belastingdienst (vergi dairesi)

# The interpreter's language: "Görüşmede Arapça bir tercüman olacak".
language-ar = Arapça
language-ti = Tigrinyaca
language-am = Amharca
language-uk = Ukraynaca
language-ru = Rusça
language-fa = Farsça
language-prs = Darice
language-ps = Peştuca
language-so = Somalice
language-tr = Türkçe
language-ku = Kürtçe
language-en = İngilizce
language-fr = Fransızca

col-what = Ne
col-who = Kim
col-when = Ne zamana kadar
no-deadline = Tarih yok

action-brede-intake = { -brede-intake(case: "cap") }: eğitiminiz, işiniz, sağlığınız ve ihtiyaçlarınız hakkında görüşmeler
action-learnability-test = Öğrenebilirlik testini (leerbaarheidstoets) yapmak. Bu test, yeni bir dili ne kadar hızlı öğrendiğinizi gösterir
action-pip = Sizin { -pip(case: "poss-acc") } hazırlamak ve kayda geçirmek
action-start-language-route = Sizin için seçtiğimiz dil okulunda dil derslerine başlamak
action-knm = Hollanda Toplumu Bilgisi (KNM) derslerine katılmak
action-pvt = Katılım beyanı programına (PVT) katılmak: Hollanda'daki kurallar ve değerler hakkında dersler
action-map = İş Piyasası ve Katılım Modülüne (MAP) katılmak: Hollanda'da nasıl iş bulunur
action-diploma-evaluation = Diplomalarınızı değerlendirtmek: diplomanızın Hollanda'daki karşılığı nedir
action-open-bank-account = Banka hesabı açmak
action-apply-digid = DigiD için başvurmak
action-health-insurance = Sağlık sigortası yaptırmak
action-apply-allowances = Belastingdienst'e { -zorgtoeslag } ve { -huurtoeslag } için başvurmak (sağlık sigortanız ve kiranız için vergi dairesinden alınan para)
action-child-benefit = Çocuk parası (kinderbijslag) ve çocuk bütçesi (kindgebonden budget) için başvurmak
action-register-gp = Bir aile hekimine kaydolmak
action-register-school = Çocukları okula kaydettirmek
action-isk = Uluslararası geçiş sınıfına (ISK) kaydolmak: Hollandaca öğrenmek için bir sınıf
action-sign-rental-contract = Kira sözleşmesini imzalamak
action-connect-energy = Doğalgaz, elektrik ve su bağlatmak
action-furnishing-loan = Evinizi döşemek için kredi başvurusu yapmak
action-insurance = Ev eşyası sigortası ve sorumluluk sigortası yaptırmak
action-tax-waiver = Belediye vergilerini ödemek zorunda olup olmadığınızı sormak (muafiyet, kwijtschelding)
action-budget-coach-intake = { -budgetcoach(case: "cap") } ile ilk görüşme
action-debt-help = Borçlar konusunda yardım
action-direct-payment-fixed-costs = Kira, enerji ve sağlık sigortasını doğrudan { -bijstand(case: "poss-abl") } ödemek
action-hand-in-documents = Belgeleri belediyeye teslim etmek
action-register-uwv = UWV'ye iş arayan olarak kaydolmak (werk.nl)
action-look-for-work = İş aramak ve işlere başvurmak
action-volunteer-work = Gönüllü bir iş aramak
action-work-placement = İş deneyimi kazanmak için bir iş yerinde başlamak
action-childcare = Çocuk bakımı ayarlamak
action-family-reunification = Ailenizi Hollanda'ya getirmek (aile birleşimi)
action-follow-up-conversation = Bir takip görüşmesi yapmak
free-text-in-dutch = (Hollandaca)
