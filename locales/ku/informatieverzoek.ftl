### Informatieverzoek: request for documents, with a deadline. Not a decision.
### Machine draft, not reviewed by a qualified translator (see locale.toml).

informatieverzoek-subject = Em hewceyî belgeyan ji we ne
informatieverzoek-intro-application = We di { $date } de ji bo { -bijstand } (bijstand) serlêdan kir ({ -kenmerk } { $reference }). Em hîn hewceyî hin belgeyan ji we ne. Bêyî van belgeyan em nikarin li ser serlêdana we biryarê bidin.
informatieverzoek-intro-assistance = Hûn ji me { -bijstand } (bijstand) distînin. Em kontrol dikin ka { -bijstand(case: "yours") } hîn rast e. Ji bo vê em hewceyî belgeyan ji we ne.
informatieverzoek-deadline = Belgeyan herî dereng heta { $date } ji me re bişînin.

informatieverzoek-heading-documents = Em hewceyî kîjan belgeyan in?
informatieverzoek-label-person = Yên kê:
informatieverzoek-label-period = Dem:
informatieverzoek-label-why = Çima:
informatieverzoek-person-you = yên we
informatieverzoek-period = ji { $from } heta { $to } (ev roj jî tê de)
informatieverzoek-doc-bank-statements = Belgeyên hesabê bankê (bankafschriften) yên hemû hesabên bankê
informatieverzoek-why-bank-statements = Bi vî awayî em dibînin ka kîjan pere tê û diçe.
informatieverzoek-doc-id-document = Kopiyeke pasaportê, qerta nasnameyê an belgeya rûniştinê
informatieverzoek-why-id-document = Divê em bi rastî bizanin ku hûn kî ne. Qanûn wisa dibêje.
informatieverzoek-doc-residence-permit = Kopiyeke destûra rûniştinê (pêş û paş)
informatieverzoek-why-residence-permit = Bi vî awayî em dizanin ku destûra we heye ku hûn li Holendayê bijîn.
informatieverzoek-doc-rental-contract = Peymana kirêyê
informatieverzoek-why-rental-contract = Bi vî awayî em dizanin hûn li ku û bi kê re dijîn û hûn çiqas kirê didin.
informatieverzoek-doc-payslips = Bordroyên meaşê
informatieverzoek-why-payslips = Bi vî awayî em dizanin ka çiqas pere hatiye qezenckirin. Ew pere ji bo { -bijstand } tê hesibandin.
informatieverzoek-doc-benefit-letters = Nameyên li ser dayînên din ên civakî (uitkeringen) an piştgiriyan (toeslagen)
informatieverzoek-why-benefit-letters = Bi vî awayî em dizanin ka kîjan dahatên din hene.
informatieverzoek-doc-health-insurance-policy = Polîçeya sîgorteya tenduristiyê (belgeya sîgorteya tenduristiyê)
informatieverzoek-why-health-insurance-policy = Bi vî awayî em dizanin ku we sîgorte heye û hûn çiqas jê re didin.
informatieverzoek-doc-savings-and-property = Belgeya pereyê berhevkirî, erebeyekê an malekî din, li derveyî welat jî
informatieverzoek-why-savings-and-property = Bi vî awayî em dizanin ka çiqas mal û milk heye. Mal û milk dikare ji bo { -bijstand } were hesibandin.
informatieverzoek-doc-marriage-certificate = Belgeya zewacê (huwelijksakte)
informatieverzoek-why-marriage-certificate = Bi vî awayî em dizanin kî ji malbata we ye. Ev diyar dike ka hûn çiqas { -bijstand } distînin.
informatieverzoek-doc-debt-letters = Nameyên li ser deynan an fatûreyên ku hîn divê bên dayîn
informatieverzoek-why-debt-letters = Bi vî awayî em dibînin ka hûn ji bo deynan hewceyî alîkariyê ne an na.
informatieverzoek-doc-other = Belgeyeke din
informatieverzoek-copies = Kopî an wêneyên zelal bişînin. Belgeyên resen li cem xwe bihêlin.

informatieverzoek-heading-how = Hûn belgeyan çawa dişînin?
informatieverzoek-how-upload = Bi rêya înternetê: biçin { $url } û bi DigiD têkevin.
informatieverzoek-how-post = Bi postayê, bo:
informatieverzoek-how-desk = Li maseya pêşwaziyê: { $desk }.
informatieverzoek-how-reference = Li ser her tiştê ku hûn dişînin { -kenmerk } ya me { $reference } û navê xwe binivîsin.

informatieverzoek-heading-consequence = Heke belge negihîjin me, çi dibe?
informatieverzoek-consequence-application = Wê demê em nikarin biryar bidin ka hûn { -bijstand } distînin an na. Wê demê em dikarin biryar bidin ku serlêdana we nenirxînin. Wê demê hûn li ser vê serlêdanê { -bijstand } nastînin. Li ser vê hûn ê nameyekê bi biryarekê bistînin. Piştre hûn dikarin dîsa ji bo { -bijstand } serlêdan bikin.
informatieverzoek-consequence-assistance = Wê demê em nikarin kontrol bikin ka { -bijstand(case: "yours") } rast e. Wê demê em dikarin dayînê rawestînin heta ku belge bigihîjin me. Li ser vê hûn ê pêşî nameyekê bistînin. Heke hûn piştî wê jî belgeyan neşînin, dibe ku { -bijstand(case: "yours") } bi temamî raweste. Carinan wê demê divê hûn { -bijstand } jî paşde bidin.
informatieverzoek-more-time = Hûn nikarin her tiştî di wextê xwe de bişînin? An belgeyeke we tune ye? Wê demê berî { $date } ji me re telefon bikin. Em ê bi hev re li çareseriyekê bigerin. Carinan hûn dikarin demeke zêdetir bistînin.

informatieverzoek-heading-help = Kî dikare alîkariya we bike?
informatieverzoek-help-staff = Pirsên we li ser vê nameyê hene? Ji { $name } re telefon bikin: { $phone }.
informatieverzoek-help-vluchtelingenwerk = VluchtelingenWerk dikare alîkariya we bike ku hûn belgeyan berhev bikin.
informatieverzoek-help-budget-coach = { -budgetcoach(case: "yours-cap") } dikare alîkariya we bike ku hûn belgeyên bankê û nameyan bibînin.
informatieverzoek-help-social-counsellor = Sociaal raadslieden (şêwirmendên civakî) belaş bi nameyên şaredariyê re alîkariya we dikin.
informatieverzoek-help-library = Li pirtûkxaneyê belaş alîkariya we dikin bi DigiD re û bi şandina belgeyan bi rêya înternetê.

informatieverzoek-not-a-decision = Ev name ne biryar e. Ji ber vê yekê hûn nikarin li dijî vê nameyê { -bezwaar } bikin.
