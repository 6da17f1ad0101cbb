### Betaalspecificatie: the overview of one month of bijstand. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

betaalspecificatie-subject = Bu ayki { -bijstand(case: "poss") }: ödeme dökümü
# $month: month and year, e.g. "Kasım 2026".
betaalspecificatie-intro = Bu dökümde { $month } için ne kadar { -bijstand } (bijstand) aldığınızı görürsünüz. Sizin için neleri ödediğimizi ve kendi banka hesabınıza ne kadar yatacağını da görürsünüz. Tabloyu yukarıdan aşağıya doğru okuyun.

betaalspecificatie-col-details = Açıklama
betaalspecificatie-col-amount = Tutar
betaalspecificatie-minus = – { $amount }
betaalspecificatie-row-norm-single = { -bijstand(case: "cap") } normunuz (partneri olmayan kişi)
betaalspecificatie-row-norm-single-parent = { -bijstand(case: "cap") } normunuz (partneri olmayan ebeveyn)
betaalspecificatie-row-norm-couple = { -bijstand(case: "cap") } normunuz (evli veya birlikte yaşayan partnerler)
# Turkish (CLDR): one, other.
betaalspecificatie-cost-sharers = { $count ->
    [one] Daha düşük norm: evde sizinle birlikte { $count } yetişkin daha yaşıyor.
   *[other] Daha düşük norm: evde sizinle birlikte { $count } yetişkin daha yaşıyor.
}
betaalspecificatie-row-holiday = { -vakantiegeld(case: "cap") }: bunu sizin için biriktiriyoruz
betaalspecificatie-deduction-income-work = İşten elde ettiğiniz gelir
betaalspecificatie-deduction-income-partner = Partnerinizin işten elde ettiği gelir
betaalspecificatie-deduction-other-benefit = Başka bir sosyal ödeme (uitkering)
betaalspecificatie-deduction-advance = Geri ödeme: { -voorschot }
betaalspecificatie-deduction-recovery = Geri ödeme: fazla alınan { -bijstand }
betaalspecificatie-deduction-reduction = Yaptırım (maatregel): { -bijstand } indirimi
betaalspecificatie-deduction-other = Diğer kesinti
betaalspecificatie-row-bijstand = Bu ayki { -bijstand(case: "poss") }
betaalspecificatie-row-we-paid = Bunları { -bijstand(case: "poss-abl") } sizin için ödedik:
betaalspecificatie-payment-rent = Kira
betaalspecificatie-payment-energy = Enerji (doğalgaz ve elektrik)
betaalspecificatie-payment-water = Su
betaalspecificatie-payment-health-insurance = Sağlık sigortası
betaalspecificatie-payment-municipal-taxes = Belediye vergileri
betaalspecificatie-payment-debt-arrangement = Borç ödemesi (borç düzenlemesi, schuldregeling)
betaalspecificatie-payment-other = Diğer ödeme
betaalspecificatie-payee-reference = Sizin numaranız: { $reference }
betaalspecificatie-paid-on = Ödeme tarihi: { $date }
betaalspecificatie-row-own = { $date } tarihinde hesabınıza yatacak tutar
betaalspecificatie-own = { $date } tarihinde banka hesabınıza { $amount } yatacak. Market alışverişinizi, giyeceklerinizi ve diğer masraflarınızı bu paradan kendiniz ödersiniz.

betaalspecificatie-heading-holiday = { -vakantiegeld(case: "poss-cap") }
betaalspecificatie-holiday = Her ay { -bijstand(case: "poss-gen") } bir kısmını sizin için biriktiriyoruz. Bu, { -vakantiegeld(case: "poss") }. Bu ay bu tutar { $amount }. Şimdiye kadar toplam { $saved } { -vakantiegeld } biriktirdiniz.
betaalspecificatie-holiday-paid-in = Bu parayı { $month } içinde alacaksınız.

betaalspecificatie-heading-changes = Geçen aydan bu yana ne değişti?
betaalspecificatie-no-changes = Geçen aydan bu yana hiçbir şey değişmedi.
betaalspecificatie-change-norm = { -bijstand(case: "cap") } normunuz değişti.
betaalspecificatie-change-rent = Kiranız değişti.
betaalspecificatie-change-energy = Enerji tutarınız değişti.
betaalspecificatie-change-water = Su tutarınız değişti.
betaalspecificatie-change-health-insurance = Sağlık sigortası tutarınız değişti.
betaalspecificatie-change-municipal-taxes = Belediye vergileri tutarınız değişti.
betaalspecificatie-change-income = Geliriniz değişti.
betaalspecificatie-change-recovery = Geri ödemeniz değişti.
betaalspecificatie-change-other = Başka bir şey değişti.
betaalspecificatie-change-amounts = Geçen ay: { $before }. Şimdi: { $after }.
betaalspecificatie-change-new-amount = Şimdi: { $after }.

betaalspecificatie-heading-questions = Sorunuz mu var?
betaalspecificatie-questions = Yanlış bir şey mi var veya bir şeyi anlamadınız mı? { $phone } numarasından { $name } ile görüşün.
betaalspecificatie-coach = Paranız konusunda yardım ister misiniz? { $phone } numarasından { -budgetcoach(case: "poss") } { $name } ile görüşün ({ $organisation }).
betaalspecificatie-not-a-decision = Bu döküm bir karar değildir. Tutarlar, daha önce bizden aldığınız kararlara dayanır.
