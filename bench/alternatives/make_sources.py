#!/usr/bin/env python3
"""The afsprakenbrief as the alternatives would get it: the same text as
eigentaal's letter for templates/afspraken/example.json (Dutch and Arabic),
already filled in, as HTML (WeasyPrint, Chromium) and as ODT (LibreOffice).

    python3 make_sources.py OUTDIR      # writes afspraken-{nl,ar}.{html,odt}

The HTML files are committed next to this script (bench/alternatives/) so
they can be read and opened in a browser; the ODT files are generated into
OUTDIR by bench/run.sh. The text is the one eigentaal prints (checked by
run.sh with pdftotext against eigentaal's own PDF), the layout follows the
house style: letterhead with logo, the address in the window-envelope
position, sender column, date and reference fields, subject, the Arabic
letter's notice that the Dutch text is binding, the body (paragraphs, a
list, section headings, the tables of agreements and of whom to call),
closing and signature, the footer with postal and visiting address and
"page x of y", and from page 2 on a header with reference and date. Keep
LETTERS in step with bench/prefilled/ (the floor), which has the same texts.

Fonts: the same Noto files eigentaal embeds (fonts/ of the repository), by
@font-face in the HTML and by a fontconfig file that lists only those files
for LibreOffice (run.sh sets FONTCONFIG_FILE for every alternative engine).
"""

import html
import os
import sys

FSI, PDI = "\u2068", "\u2069"


def iso(s):
    return FSI + s + PDI


REFERENCE = "AFS-2026-01873"
BRAND = {
    "name": "Gemeente Voorbeeldstad",
    "return": "Gemeente Voorbeeldstad · Postbus 100 · 1230 AA Voorbeeldstad",
    "phone": "14 0123",
    "website": "www.voorbeeldstad.nl",
    "email": "s.devries@voorbeeldstad.nl",
    "colour": "#1f5f8b",
    "postal": ["Postbus 100", "1230 AA Voorbeeldstad"],
    "visiting": ["Stadhuisplein 1", "1234 AB Voorbeeldstad"],
}
RECIPIENT = ["Amina Haddad", "Lindelaan 12", "1234 CD Voorbeeldstad"]

# The letter's body, in order, as eigentaal prints it (bench/prefilled/ has
# the same texts as typst): ("p", text), ("list", items), ("h2", heading),
# ("table", columns, rows); the first cell of a row is (text, note or None).
LETTERS = {
    "nl": {
        "dir": "ltr",
        "title": "Uw afspraken met de gemeente",
        "logo_alt": "Logo van Gemeente Voorbeeldstad",
        "label_contact": "Contact",
        "staff": "Sanne de Vries",
        "role": "Consulent inburgering",
        "label_phone": "Telefoon",
        "label_date": "Datum",
        "date": "23 november 2026",
        "label_reference": "Ons kenmerk",
        "label_postal": "Postadres",
        "label_visiting": "Bezoekadres",
        "notice": None,
        "notice_nl": None,
        "salutation": "Beste mevrouw Haddad,",
        "body": [
            ("p", "Op 20 november 2026 hebben wij met u gesproken. In deze brief staan de afspraken die we samen hebben gemaakt."
                  " Deze brief is geen besluit. Het is een verslag van ons gesprek."),
            ("p", "Bij het gesprek waren ook:"),
            ("list", ["VluchtelingenWerk", "Budgetcoach"]),
            ("p", "We hebben 5 afspraken gemaakt:"),
            ("table", ["Wat", "Wie", "Wanneer klaar"], [
                (("De leerbaarheidstoets maken. Die toets laat zien hoe snel u een nieuwe taal leert",
                  "Op het Werkplein, Marktstraat 15"), "U", "4 december 2026"),
                (("Een bankrekening openen", "Samen met Yusuf, vrijwilliger"), "VluchtelingenWerk", "30 november 2026"),
                (("Huur, energie en zorgverzekering direct betalen van uw bijstand", None), "Wij (gemeente)", "1 december 2026"),
                (("Eerste gesprek met de budgetcoach", None), "Budgetcoach", "11 december 2026"),
                (("De kinderen inschrijven op school", "Twee kinderen: 7 en 10 jaar"), "U", "Geen datum"),
            ]),
            ("p", "Als iets niet lukt, bel ons dan. Dan zoeken we samen een oplossing."),
            ("h2", "Wie kunt u bellen?"),
            ("p", "Als u een vraag heeft over een afspraak, bel dan de organisatie die het doet."),
            ("table", ["Organisatie", "Naam", "Telefoon"], [
                (("Wij (gemeente)", None), "Sanne de Vries", "14 0123"),
                (("VluchtelingenWerk", None), "Yusuf Amrani", "0123 45 67 90"),
                (("Budgetcoach", None), "Ingrid Mol", "0123 45 67 91"),
            ]),
            ("h2", "Uw volgende gesprek"),
            ("p", "Uw volgende gesprek is op maandag 14 december 2026 om 10:30 uur. Plaats: Stadhuis, Stadhuisplein 1, balie 4."),
            ("h2", "Klopt deze brief?"),
            ("p", "Als er iets niet klopt in deze brief, bel ons dan uiterlijk op maandag 30 november 2026. Ons telefoonnummer is 14 0123."
                  " Belt u niet? Dan gaan wij ervan uit dat alles klopt."),
        ],
        "closing": "Met vriendelijke groet,",
        "page": ("Pagina ", " van ", ""),
    },
    "ar": {
        "dir": "rtl",
        "title": "اتفاقاتك مع البلدية",
        "logo_alt": "شعار " + iso("Gemeente Voorbeeldstad"),
        "label_contact": "للتواصل",
        "staff": iso("Sanne de Vries"),
        "role": "مستشار الاندماج",
        "label_phone": "الهاتف",
        "label_date": "التاريخ",
        "date": "23 نوفمبر 2026",
        "label_reference": "مرجعنا",
        "label_postal": "العنوان البريدي",
        "label_visiting": "عنوان الزيارة",
        "notice": "هذه ترجمة لرسالة مكتوبة باللغة الهولندية. النص الهولندي وحده هو النص الرسمي. يمكن الحصول على الرسالة باللغة الهولندية عند الطلب.",
        "notice_nl": "Dit is een vertaling van een brief in het Nederlands. Alleen de Nederlandse tekst is officieel. Als u de Nederlandse brief wilt hebben, vraag het ons dan.",
        "salutation": "السيدة " + iso("Haddad") + " المحترمة،",
        "body": [
            ("p", "تحدثنا معك في " + iso("20 نوفمبر 2026") + ". تتضمن هذه الرسالة الاتفاقات التي توصّلنا إليها معًا."
                  " هذه الرسالة ليست قرارًا، بل هي محضر لمحادثتنا."),
            ("p", "وحضر المحادثة أيضًا:"),
            ("list", ["VluchtelingenWerk (منظمة دعم اللاجئين)", "مرشد الميزانية"]),
            ("p", "اتفقنا على " + iso("5") + " أمور:"),
            ("table", ["ماذا", "من", "الموعد النهائي"], [
                (("إجراء اختبار القدرة على التعلّم (leerbaarheidstoets). يبيّن الاختبار مدى سرعة تعلّمك لغة جديدة",
                  iso("Op het Werkplein, Marktstraat 15") + " (باللغة الهولندية)"), "أنت", "4 ديسمبر 2026"),
                (("فتح حساب مصرفي", iso("Samen met Yusuf, vrijwilliger") + " (باللغة الهولندية)"),
                 "VluchtelingenWerk (منظمة دعم اللاجئين)", "30 نوفمبر 2026"),
                (("دفع الإيجار والطاقة والتأمين الصحي مباشرة من مساعدتك الاجتماعية", None), "نحن (البلدية)", "1 ديسمبر 2026"),
                (("أول لقاء مع مرشد الميزانية", None), "مرشد الميزانية", "11 ديسمبر 2026"),
                (("تسجيل الأطفال في المدرسة", iso("Twee kinderen: 7 en 10 jaar") + " (باللغة الهولندية)"), "أنت", "بدون تاريخ"),
            ]),
            ("p", "إذا لم تنجحي في أمر ما، فاتصلي بنا لنبحث معًا عن حل."),
            ("h2", "بمن يمكنك الاتصال؟"),
            ("p", "إذا كان لديك سؤال عن أحد الاتفاقات، فاتصلي بالجهة التي تتولاه."),
            ("table", ["الجهة", "الاسم", "الهاتف"], [
                (("نحن (البلدية)", None), iso("Sanne de Vries"), iso("14 0123")),
                (("VluchtelingenWerk (منظمة دعم اللاجئين)", None), iso("Yusuf Amrani"), iso("0123 45 67 90")),
                (("مرشد الميزانية", None), iso("Ingrid Mol"), iso("0123 45 67 91")),
            ]),
            ("h2", "محادثتك القادمة"),
            ("p", "محادثتك القادمة يوم " + iso("الاثنين، 14 ديسمبر 2026") + " الساعة " + iso("10:30 ص")
                  + ". المكان: " + iso("Stadhuis, Stadhuisplein 1, balie 4") + ". (باللغة الهولندية)"),
            ("h2", "هل هذه الرسالة صحيحة؟"),
            ("p", "إذا كان في هذه الرسالة خطأ، فاتصلي بنا في موعد أقصاه " + iso("الاثنين، 30 نوفمبر 2026")
                  + ". رقم هاتفنا " + iso("14 0123") + ". إذا لم تتصلي بنا، فسنعتبر أن كل شيء صحيح."),
        ],
        "closing": "مع أطيب التحيات،",
        "page": ("الصفحة " + FSI, PDI + " من " + FSI, PDI),
    },
}


def running_header(L):
    """The line at the top of every page after the first."""
    return f"{BRAND['name']}   {L['label_reference']} {REFERENCE}   {L['label_date']} {L['date']}"


def footer_columns(L):
    """The footer's three columns: postal address, visiting address, contact."""
    return [
        [L["label_postal"], *BRAND["postal"]],
        [L["label_visiting"], *BRAND["visiting"]],
        [BRAND["name"], BRAND["website"], f"{L['label_phone']} {BRAND['phone']}"],
    ]


FONT_FACES = [
    ("Noto Sans", 400, "NotoSans-Regular.ttf"),
    ("Noto Sans", 700, "NotoSans-Bold.ttf"),
    ("Noto Naskh Arabic", 400, "NotoNaskhArabic-Regular.ttf"),
    ("Noto Naskh Arabic", 700, "NotoNaskhArabic-Bold.ttf"),
]


def e(s):
    return html.escape(s, quote=True)


def css_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def html_block(block):
    """One block of the letter's body as HTML."""
    kind = block[0]
    if kind == "p":
        return f"<p>{e(block[1])}</p>"
    if kind == "h2":
        return f"<h2>{e(block[1])}</h2>"
    if kind == "list":
        return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in block[1]) + "</ul>"
    _, columns, rows = block
    head = "".join(f"<th>{e(c)}</th>" for c in columns)
    body = "\n".join(
        "<tr><td>{}{}</td>{}</tr>".format(
            e(first), f'<br><span class="note">{e(note)}</span>' if note else "",
            "".join(f"<td>{e(x)}</td>" for x in rest))
        for (first, note), *rest in rows
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def make_html(lang):
    L = LETTERS[lang]
    rtl = L["dir"] == "rtl"
    faces = "\n".join(
        f'@font-face {{ font-family: "{fam}"; font-weight: {w}; src: url("../../fonts/{f}"); }}'
        for fam, w, f in FONT_FACES
    )
    fonts = '"Noto Naskh Arabic", "Noto Sans"' if rtl else '"Noto Sans", "Noto Naskh Arabic"'
    # Naskh is taller than Noto Sans; typst spaces lines by the font's own
    # metrics, so the Arabic letter gets more line height here too (as in
    # eigentaal's letter, the signature then moves to page 2).
    line_height = "1.55" if rtl else "1.3"
    pre, mid, post = L["page"]
    page_content = f"{css_string(pre)} counter(page) {css_string(mid)} counter(pages) {css_string(post)}"
    cols = footer_columns(L)
    footer = [' "\\A " '.join(css_string(line) for line in col) for col in cols]
    # typst's grid in a right-to-left letter puts the first column on the right.
    first, last = ("right", "left") if rtl else ("left", "right")
    notice = ""
    if L["notice"]:
        notice = (
            f'<div class="notice"><p>{e(L["notice"])}</p>'
            f'<p lang="nl" dir="ltr" class="ltr">{e(L["notice_nl"])}</p></div>'
        )
    body = "\n".join(html_block(b) for b in L["body"])
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="{L['dir']}">
<head>
<meta charset="utf-8">
<title>{e(L['title'])}</title>
<meta name="author" content="{e(BRAND['name'])}">
<style>
{faces}
@page {{
  size: A4;
  margin: 20mm 20mm 22mm 25mm;
  @bottom-{first} {{ content: {footer[0]}; white-space: pre; font: 7.5pt {fonts}; color: #505050; }}
  @bottom-center {{ content: {footer[1]}; white-space: pre; font: 7.5pt {fonts}; color: #505050; }}
  @bottom-{last} {{ content: {footer[2]} "\\A " {page_content}; white-space: pre; font: 7.5pt {fonts}; color: #505050; }}
  @top-{first} {{ content: {css_string(running_header(L))}; font: 7.5pt {fonts}; color: #505050; }}
}}
@page :first {{ @top-{first} {{ content: none; }} }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: {fonts}; font-size: 10pt; line-height: {line_height}; }}
p {{ margin: 0 0 0.6em 0; }}
.top {{ position: relative; height: 70mm; direction: ltr; }}
.letterhead {{ position: absolute; top: 0; left: 0; right: auto; width: 120mm; height: 18mm; direction: ltr; display: flex; align-items: center; }}
.letterhead img {{ height: 16mm; margin-right: 3mm; }}
.letterhead span {{ font-size: 15pt; font-weight: bold; color: {BRAND['colour']}; font-family: "Noto Sans"; }}
.window {{ position: absolute; top: 28mm; left: 0; width: 85mm; height: 38mm; direction: ltr; text-align: left; font-family: "Noto Sans"; font-size: 10pt; line-height: 1.35; }}
.window .return {{ font-size: 6.5pt; color: #5a5a5a; margin-bottom: 3mm; }}
.sender {{ position: absolute; top: 28mm; left: 100mm; width: 65mm; direction: {L['dir']}; font-size: 8.5pt; line-height: 1.35; }}
.sender b {{ color: {BRAND['colour']}; }}
.ltr {{ direction: ltr; unicode-bidi: isolate; }}
.meta {{ display: flex; gap: 20mm; font-size: 9.5pt; margin-bottom: 1em; }}
.meta .label {{ color: #464646; margin-inline-end: 2mm; }}
h1 {{ font-size: 12.5pt; color: {BRAND['colour']}; margin: 0.8em 0 0.6em 0; }}
h2 {{ font-size: 11pt; color: {BRAND['colour']}; margin: 1.0em 0 0.55em 0; break-after: avoid; }}
.notice {{ border-inline-start: 2pt solid {BRAND['colour']}; background: #eef3f7; padding: 3mm; font-size: 9pt; margin-bottom: 1em; }}
.notice p:last-child {{ margin-bottom: 0; font-family: "Noto Sans"; }}
ul {{ margin: 0 0 0.6em 0; padding-inline-start: 1.2em; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 1em; }}
th {{ text-align: start; background: #e9eff4; border-bottom: 0.8pt solid {BRAND['colour']}; }}
th, td {{ padding: 1.6mm 2.5mm; vertical-align: top; }}
td {{ border-bottom: 0.4pt solid #c8c8c8; }}
th:nth-child(n+2), td:nth-child(n+2) {{ white-space: nowrap; }}
tr {{ break-inside: avoid; page-break-inside: avoid; }}
.note {{ font-size: 9pt; color: #3c3c3c; }}
.signature {{ break-inside: avoid; page-break-inside: avoid; margin-top: 1.2em; }}
.signature .space {{ height: 8mm; }}
</style>
</head>
<body>
<div class="top">
  <div class="letterhead"><img src="../../branding/logo.svg" alt="{e(L['logo_alt'])}"><span>{e(BRAND['name'])}</span></div>
  <div class="window" lang="nl"><div class="return">{e(BRAND['return'])}</div>{'<br>'.join(e(x) for x in RECIPIENT)}</div>
  <div class="sender"><b>{e(L['label_contact'])}</b><br>{e(L['staff'])}<br>{e(L['role'])}<br>{e(L['label_phone'])} <span class="ltr">{e(BRAND['phone'])}</span><br><span class="ltr">{e(BRAND['email'])}</span><br><span class="ltr">{e(BRAND['website'])}</span></div>
</div>
<div class="meta"><div><span class="label">{e(L['label_date'])}</span><br>{e(L['date'])}</div><div><span class="label">{e(L['label_reference'])}</span><br><span class="ltr">{REFERENCE}</span></div></div>
<h1>{e(L['title'])}</h1>
{notice}
<p>{e(L['salutation'])}</p>
{body}
<div class="signature">{e(L['closing'])}<div class="space"></div>{e(L['staff'])}<br>{e(L['role'])}<br>{e(BRAND['name'])}</div>
</body>
</html>
"""


def make_odt(lang, path, repo):
    """The same letter as an OpenDocument text for LibreOffice."""
    from odf.opendocument import OpenDocumentText
    from odf.style import (
        Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties,
        MasterPage, Footer, TableColumnProperties, TableProperties, TableCellProperties,
        GraphicProperties, TabStops, TabStop, FontFace, Header,
    )
    from odf.text import P, Span, LineBreak, Tab, PageNumber, PageCount, H
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image
    from odf.dc import Title

    L = LETTERS[lang]
    rtl = L["dir"] == "rtl"
    doc = OpenDocumentText()
    doc.meta.addElement(Title(text=L["title"]))
    for fam in ("Noto Sans", "Noto Naskh Arabic"):
        doc.fontfacedecls.addElement(FontFace(name=fam, fontfamily=f"'{fam}'", fontpitch="variable"))

    wm = "rl-tb" if rtl else "lr-tb"
    base = dict(fontname="Noto Sans", fontnamecomplex="Noto Naskh Arabic", fontsize="10pt",
                fontsizecomplex="10pt", language="nl", country="NL")
    if rtl:
        base["languagecomplex"] = "ar"

    def pstyle(name, parent=None, text=None, para=None, family="paragraph"):
        s = Style(name=name, family=family, **({"parentstylename": parent} if parent else {}))
        pp = {"writingmode": wm, "marginbottom": "0.25cm"}
        pp.update(para or {})
        s.addElement(ParagraphProperties(**pp))
        tp = dict(base)
        tp.update(text or {})
        s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s

    accent = BRAND["colour"]
    body = pstyle("Body")
    nospace = pstyle("NoSpace", para={"marginbottom": "0cm"})
    head = pstyle("Letterhead", text={"fontsize": "15pt", "fontweight": "bold", "color": accent},
                  para={"writingmode": "lr-tb", "textalign": "left", "marginbottom": "0.2cm"})
    head.setAttribute("masterpagename", "First")
    window = pstyle("Window", text={"fontname": "Noto Sans", "fontsize": "10pt"},
                    para={"writingmode": "lr-tb", "textalign": "left", "marginbottom": "0cm"})
    ret = pstyle("Return", text={"fontsize": "6.5pt", "color": "#5a5a5a"},
                 para={"writingmode": "lr-tb", "textalign": "left", "marginbottom": "0.3cm"})
    sender = pstyle("Sender", text={"fontsize": "8.5pt", "fontsizecomplex": "8.5pt"}, para={"marginbottom": "0cm"})
    meta = Style(name="Meta", family="paragraph")
    mp = ParagraphProperties(writingmode=wm, marginbottom="0.4cm", margintop="0.6cm")
    ts = TabStops()
    ts.addElement(TabStop(position="5.5cm", type="left" if not rtl else "right"))
    mp.addElement(ts)
    meta.addElement(mp)
    meta.addElement(TextProperties(**{**base, "fontsize": "9.5pt", "fontsizecomplex": "9.5pt"}))
    doc.automaticstyles.addElement(meta)
    h2 = pstyle("H2", text={"fontsize": "11pt", "fontsizecomplex": "11pt", "fontweight": "bold",
                            "fontweightcomplex": "bold", "color": accent},
                para={"margintop": "0.35cm", "marginbottom": "0.2cm", "keepwithnext": "always"})
    h1 = pstyle("H1", text={"fontsize": "12.5pt", "fontsizecomplex": "12.5pt", "fontweight": "bold",
                            "fontweightcomplex": "bold", "color": accent},
                para={"margintop": "0.4cm", "marginbottom": "0.3cm"})
    notice = pstyle("Notice", text={"fontsize": "9pt", "fontsizecomplex": "9pt"},
                    para={"backgroundcolor": "#eef3f7", "padding": "0.3cm",
                          ("borderright" if rtl else "borderleft"): f"2pt solid {accent}",
                          "marginbottom": "0cm"})
    notice_nl = pstyle("NoticeNl", parent=None, text={"fontsize": "9pt"},
                       para={"writingmode": "lr-tb", "backgroundcolor": "#eef3f7", "padding": "0.3cm",
                             ("borderright" if rtl else "borderleft"): f"2pt solid {accent}",
                             "marginbottom": "0.35cm"})
    bullet = pstyle("Bullet", para={"marginbottom": "0cm", ("marginright" if rtl else "marginleft"): "0.4cm"})
    cellp = pstyle("Cell", para={"marginbottom": "0cm"})
    headp = pstyle("HeadCell", text={"fontweight": "bold", "fontweightcomplex": "bold"}, para={"marginbottom": "0cm"})
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold", fontweightcomplex="bold", color=accent))
    doc.automaticstyles.addElement(bold)
    grey = Style(name="Label", family="text")
    grey.addElement(TextProperties(color="#464646"))
    doc.automaticstyles.addElement(grey)
    note = Style(name="Note", family="text")
    note.addElement(TextProperties(fontsize="9pt", fontsizecomplex="9pt", color="#3c3c3c"))
    doc.automaticstyles.addElement(note)

    # Page: A4 with the house margins; the footer's three columns and
    # "page x of y"; from page 2 on, a running header (the first page is the
    # master page "First", which has none and is followed by "Standard").
    pl = PageLayout(name="A4")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="2cm",
                                       marginbottom="1.2cm", marginleft="2.5cm", marginright="2cm",
                                       writingmode=wm, printorientation="portrait"))
    doc.automaticstyles.addElement(pl)
    footer_style = Style(name="Footer", family="paragraph")
    fp = ParagraphProperties(writingmode=wm)
    fts = TabStops()
    for position in ("4.5cm", "9cm"):
        fts.addElement(TabStop(position=position, type="left" if not rtl else "right"))
    fts.addElement(TabStop(position="16.5cm", type="right" if not rtl else "left"))
    fp.addElement(fts)
    footer_style.addElement(fp)
    footer_style.addElement(TextProperties(**{**base, "fontsize": "7.5pt", "fontsizecomplex": "7.5pt", "color": "#505050"}))
    doc.automaticstyles.addElement(footer_style)

    def footer():
        ft = Footer()
        cols = footer_columns(L)
        for line in range(3):
            fpara = P(stylename=footer_style)
            for i, col in enumerate(cols):
                if i:
                    fpara.addElement(Tab())
                fpara.addText(col[line])
            if line == 2:
                fpara.addElement(Tab())
                pre, mid, post = L["page"]
                fpara.addText(pre)
                fpara.addElement(PageNumber(selectpage="current", text="1"))
                fpara.addText(mid)
                fpara.addElement(PageCount(text="1"))
                fpara.addText(post)
            ft.addElement(fpara)
        return ft

    later = MasterPage(name="Standard", pagelayoutname=pl)
    hd = Header()
    hd.addElement(P(stylename=footer_style, text=running_header(L)))
    later.addElement(hd)
    later.addElement(footer())
    doc.masterstyles.addElement(later)
    first_page = MasterPage(name="First", pagelayoutname=pl, nextstylename="Standard")
    first_page.addElement(footer())
    doc.masterstyles.addElement(first_page)

    # Letterhead: logo and name.
    with open(os.path.join(repo, "branding", "logo.svg"), "rb") as f:
        logo = doc.addPicture("Pictures/logo.svg", mediatype="image/svg+xml", content=f.read())
    frame_style = Style(name="Logo", family="graphic")
    frame_style.addElement(GraphicProperties(anchortype="as-char", verticalpos="middle", verticalrel="line"))
    doc.automaticstyles.addElement(frame_style)
    p = P(stylename=head)
    fr = Frame(stylename=frame_style, width="1.6cm", height="1.6cm", anchortype="as-char", name="logo")
    fr.addElement(Image(href=logo))
    p.addElement(fr)
    p.addText("  " + BRAND["name"])
    doc.text.addElement(p)

    # Address window and sender column side by side (a borderless table; the
    # address cell is always left-to-right).
    ts_ = Style(name="Top", family="table")
    ts_.addElement(TableProperties(width="16.5cm", align="left", writingmode="lr-tb", margintop="1.2cm"))
    doc.automaticstyles.addElement(ts_)
    for name, width in (("TopA", "10.3cm"), ("TopB", "6.2cm")):
        c = Style(name=name, family="table-column")
        c.addElement(TableColumnProperties(columnwidth=width))
        doc.automaticstyles.addElement(c)
    topcell = Style(name="TopCell", family="table-cell")
    topcell.addElement(TableCellProperties(padding="0cm", border="none", writingmode="lr-tb"))
    doc.automaticstyles.addElement(topcell)
    t = Table(name="Top", stylename=ts_)
    t.addElement(TableColumn(stylename="TopA"))
    t.addElement(TableColumn(stylename="TopB"))
    tr = TableRow()
    c1 = TableCell(stylename=topcell)
    c1.addElement(P(stylename=ret, text=BRAND["return"]))
    for line in RECIPIENT:
        c1.addElement(P(stylename=window, text=line))
    c2 = TableCell(stylename=topcell)
    sp = P(stylename=sender)
    sp.addElement(Span(stylename=bold, text=L["label_contact"]))
    for x in (L["staff"], L["role"], L["label_phone"] + " " + BRAND["phone"], BRAND["email"], BRAND["website"]):
        sp.addElement(LineBreak())
        sp.addText(x)
    c2.addElement(sp)
    tr.addElement(c1)
    tr.addElement(c2)
    t.addElement(tr)
    doc.text.addElement(t)

    # Date and reference, subject, notice, salutation, body.
    p = P(stylename=meta)
    p.addElement(Span(stylename=grey, text=L["label_date"]))
    p.addElement(Tab())
    p.addElement(Span(stylename=grey, text=L["label_reference"]))
    p.addElement(LineBreak())
    p.addText(L["date"])
    p.addElement(Tab())
    p.addText(REFERENCE)
    doc.text.addElement(p)
    doc.text.addElement(P(stylename=h1, text=L["title"]))
    if L["notice"]:
        doc.text.addElement(P(stylename=notice, text=L["notice"]))
        doc.text.addElement(P(stylename=notice_nl, text=L["notice_nl"]))
    doc.text.addElement(P(stylename=body, text=L["salutation"]))

    # The tables: tinted header row, a rule under every row.
    hcell = Style(name="HeadCellStyle", family="table-cell")
    hcell.addElement(TableCellProperties(backgroundcolor="#e9eff4", padding="0.2cm",
                                         borderbottom=f"0.8pt solid {accent}", bordertop="none",
                                         borderleft="none", borderright="none"))
    doc.automaticstyles.addElement(hcell)
    bcell = Style(name="BodyCellStyle", family="table-cell")
    bcell.addElement(TableCellProperties(padding="0.2cm", borderbottom="0.4pt solid #c8c8c8",
                                         bordertop="none", borderleft="none", borderright="none"))
    doc.automaticstyles.addElement(bcell)
    tstyle = Style(name="DataTable", family="table")
    tstyle.addElement(TableProperties(width="16.5cm", align="margins", writingmode=wm))
    doc.automaticstyles.addElement(tstyle)
    for name, width in (("ColA", "9.3cm"), ("ColB", "3.6cm"), ("ColC", "3.6cm")):
        c = Style(name=name, family="table-column")
        c.addElement(TableColumnProperties(columnwidth=width))
        doc.automaticstyles.addElement(c)

    for n, block in enumerate(L["body"]):
        kind = block[0]
        if kind == "p":
            doc.text.addElement(P(stylename=body, text=block[1]))
        elif kind == "h2":
            doc.text.addElement(P(stylename=h2, text=block[1]))
        elif kind == "list":
            for x in block[1]:
                doc.text.addElement(P(stylename=bullet, text="• " + x))
            doc.text.addElement(P(stylename=nospace, text=""))
        else:
            _, columns, rows = block
            t = Table(name=f"Table{n}", stylename=tstyle)
            for name in ("ColA", "ColB", "ColC"):
                t.addElement(TableColumn(stylename=name))
            tr = TableRow()
            for col in columns:
                c = TableCell(stylename=hcell)
                c.addElement(P(stylename=headp, text=col))
                tr.addElement(c)
            t.addElement(tr)
            for (first, note_text), *rest in rows:
                tr = TableRow()
                c = TableCell(stylename=bcell)
                p = P(stylename=cellp, text=first)
                if note_text:
                    p.addElement(LineBreak())
                    p.addElement(Span(stylename=note, text=note_text))
                c.addElement(p)
                tr.addElement(c)
                for x in rest:
                    c = TableCell(stylename=bcell)
                    c.addElement(P(stylename=cellp, text=x))
                    tr.addElement(c)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(stylename=nospace, text=""))

    # Closing and signature, kept together.
    sig = pstyle("Signature", para={"keepwithnext": "always", "marginbottom": "0cm"})
    doc.text.addElement(P(stylename=sig, text=L["closing"]))
    doc.text.addElement(P(stylename=sig, text=""))
    doc.text.addElement(P(stylename=sig, text=""))
    doc.text.addElement(P(stylename=sig, text=L["staff"]))
    doc.text.addElement(P(stylename=sig, text=L["role"]))
    doc.text.addElement(P(stylename=nospace, text=BRAND["name"]))
    doc.save(path)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    out = sys.argv[1] if len(sys.argv) > 1 else here
    os.makedirs(out, exist_ok=True)
    for lang in LETTERS:
        with open(os.path.join(here, f"afspraken-{lang}.html"), "w", encoding="utf-8") as f:
            f.write(make_html(lang))
        make_odt(lang, os.path.join(out, f"afspraken-{lang}.odt"), repo)
    print(f"wrote {here}/afspraken-{{nl,ar}}.html and {out}/afspraken-{{nl,ar}}.odt")


if __name__ == "__main__":
    main()
