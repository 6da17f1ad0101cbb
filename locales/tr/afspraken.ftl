### Machine draft, not reviewed by a qualified translator (see locale.toml).
### "Afspraak" here is an agreement: "anlaşma"; the next appointment is
### "görüşme".

afspraken-subject = Belediye ile yaptığınız anlaşmalar
afspraken-intro = { $date } tarihinde sizinle görüştük. Bu mektupta birlikte yaptığımız anlaşmalar yer alıyor.
afspraken-not-a-decision = Bu mektup bir karar değildir. Görüşmemizin bir özetidir.
afspraken-participants = Görüşmede ayrıca şunlar vardı:
# Turkish (CLDR): one, other. A noun after a number stays singular.
afspraken-count = { $count ->
    [one] { $count } anlaşma yaptık:
   *[other] { $count } anlaşma yaptık:
}
afspraken-keep = Bir şey yolunda gitmezse bizi arayın. O zaman birlikte bir çözüm ararız.

afspraken-heading-contacts = Kimi arayabilirsiniz?
afspraken-contacts-intro = Bir anlaşma hakkında sorunuz varsa, o işi yapan kuruluşu arayın.
afspraken-col-organisation = Kuruluş
afspraken-col-name = Ad

afspraken-heading-next = Bir sonraki görüşmeniz
afspraken-next = Bir sonraki görüşmeniz { $date } tarihinde, saat { $time }. Yer: { $place }.
afspraken-heading-check = Bu mektup doğru mu?
afspraken-check = Bu mektupta yanlış bir şey varsa, en geç { $date } tarihinde bizi arayın. Telefon numaramız: { $phone }.
afspraken-no-call = Bizi aramazsanız, her şeyin doğru olduğunu kabul ederiz.
