### Informatieverzoek: request for documents, with a deadline. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

informatieverzoek-subject = Waxaan kaa rabnaa waraaqo
informatieverzoek-intro-application = Taariikhda { $date } waxaad codsatay { -bijstand } (bijstand) ({ -kenmerk } { $reference }). Weli waxaan kaa rabnaa waraaqo. Waraaqahan la'aantood go'aan kama gaari karno codsigaaga.
informatieverzoek-intro-assistance = Waxaad naga helaysaa { -bijstand } (bijstand). Waxaan hubinaynaa inay { -bijstand(case: "yours") } weli sax tahay. Taas awgeed waxaan kaa rabnaa waraaqo.
informatieverzoek-deadline = Waraaqaha noo soo dir ugu dambayn { $date }.

informatieverzoek-heading-documents = Waraaqahee ayaan u baahanahay?
informatieverzoek-label-person = Cidda:
informatieverzoek-label-period = Muddada:
informatieverzoek-label-why = Sababta:
informatieverzoek-person-you = adiga
informatieverzoek-period = { $from } ilaa { $to } (maalintaas oo ku jirta)
informatieverzoek-doc-bank-statements = Warbixinnada bangiga ee dhammaan akoonnada bangiga
informatieverzoek-why-bank-statements = Sidaas ayaan ku arkaynaa lacagta soo gasha iyo tan baxda.
informatieverzoek-doc-id-document = Koobi baasaboorka, kaarka aqoonsiga ama dukumeentiga degenaanshaha
informatieverzoek-why-id-document = Waa inaan hubno cidda aad tahay. Sharciga ayaa sidaas dhigaya.
informatieverzoek-doc-residence-permit = Koobi ruqsadda degenaanshaha (wejiga hore iyo gadaal)
informatieverzoek-why-residence-permit = Sidaas ayaan ku ogaanaynaa inaad Nederland ku noolaan karto.
informatieverzoek-doc-rental-contract = Heshiiska kirada
informatieverzoek-why-rental-contract = Sidaas ayaan ku ogaanaynaa meesha aad ku nooshahay, cidda aad la nooshahay iyo inta kiro ah ee aad bixiso.
informatieverzoek-doc-payslips = Warqadaha mushaharka
informatieverzoek-why-payslips = Sidaas ayaan ku ogaanaynaa inta lacag ah ee la kasbaday. Lacagtaas waxaa lagu xisaabiyaa { -bijstand }.
informatieverzoek-doc-benefit-letters = Warqado ku saabsan lacagaha kale ee dawladda (uitkeringen) ama gunnooyinka (toeslagen)
informatieverzoek-why-benefit-letters = Sidaas ayaan ku ogaanaynaa dakhliga kale ee jira.
informatieverzoek-doc-health-insurance-policy = Dukumeentiga caymiska caafimaadka (zorgpolis: caddaynta caymiska caafimaadka)
informatieverzoek-why-health-insurance-policy = Sidaas ayaan ku ogaanaynaa inaad caymis leedahay iyo inta aad u bixiso.
informatieverzoek-doc-savings-and-property = Caddaynta lacag kayd ah, baabuur ama hanti kale, xitaa dibadda
informatieverzoek-why-savings-and-property = Sidaas ayaan ku ogaanaynaa inta hanti ah ee jirta. Hantida waxaa lagu xisaabin karaa { -bijstand }.
informatieverzoek-doc-marriage-certificate = Caddaynta guurka (huwelijksakte)
informatieverzoek-why-marriage-certificate = Sidaas ayaan ku ogaanaynaa cidda qoyskaaga ka mid ah. Taasi waxay go'aamisaa inta { -bijstand } ee aad hesho.
informatieverzoek-doc-debt-letters = Warqado ku saabsan deymo ama biilal aan weli la bixin
informatieverzoek-why-debt-letters = Sidaas ayaan ku arkaynaa inaad u baahan tahay caawimaad xagga deymaha ah.
informatieverzoek-doc-other = Waraaq kale
informatieverzoek-copies = Soo dir koobiyo ama sawirro cad. Waraaqaha asalka ah adigu hayso.

informatieverzoek-heading-how = Sidee ayaad u soo diraysaa waraaqaha?
informatieverzoek-how-upload = Internetka: tag { $url } oo ku gal DigiD.
informatieverzoek-how-post = Boostada, una dir:
informatieverzoek-how-desk = Miiska adeegga: { $desk }.
informatieverzoek-how-reference = Ku qor { -kenmerk } { $reference } iyo magacaaga wax kasta oo aad soo dirto.

informatieverzoek-heading-consequence = Maxaa dhacaya haddii aanan helin waraaqaha?
informatieverzoek-consequence-application = Markaas go'aan kama gaari karno inaad hesho { -bijstand } iyo in kale. Markaas waxaan go'aansan karnaa inaanan ka shaqayn codsigaaga. Markaas codsigan kuma heli doontid { -bijstand }. Arrintaas waxaad ka heli doontaa warqad go'aan ah. Kadib waxaad mar kale codsan kartaa { -bijstand }.
informatieverzoek-consequence-assistance = Markaas ma hubin karno inay { -bijstand(case: "yours") } sax tahay. Markaas waxaan joojin karnaa lacag-bixinta ilaa aan ka helno waraaqaha. Arrintaas marka hore waxaad ka heli doontaa warqad. Haddii aadan weli soo dirin waraaqaha kadib, { -bijstand(case: "yours") } gebi ahaanba way joogsan kartaa. Mararka qaarkood markaas waa inaad sidoo kale soo celiso { -bijstand }.
informatieverzoek-more-time = Ma awoodi kartid inaad wax walba waqtigooda soo dirto? Mise waraaq ayaadan haysan? Markaas na soo wac ka hor { $date }. Waxaan wadajir u raadin doonnaa xal. Mararka qaarkood waxaad heli kartaa waqti dheeraad ah.

informatieverzoek-heading-help = Yaa ku caawin kara?
informatieverzoek-help-staff = Su'aalo ma ka qabtaa warqaddan? Wac { $name }: { $phone }.
informatieverzoek-help-vluchtelingenwerk = VluchtelingenWerk ayaa kaa caawin kara ururinta waraaqaha.
informatieverzoek-help-budget-coach = { -budgetcoach(case: "yours-cap") } ayaa kaa caawin kara helitaanka warbixinnada bangiga iyo warqadaha.
informatieverzoek-help-social-counsellor = Sociaal raadslieden (lataliyayaasha bulshada) ayaa bilaash kaaga caawiya warqadaha dowladda hoose.
informatieverzoek-help-library = Maktabadda waxay bilaash kaaga caawiyaan DigiD iyo dirista waraaqaha internetka.

informatieverzoek-not-a-decision = Warqaddani ma aha go'aan. Sidaas darteed { -bezwaar } kama qaadan kartid warqaddan.
