#!/usr/bin/env python3
"""Make docs/g-cairo-coalition-letter-en.pdf: a joint letter from women's rights organisations
of the Middle East and North Africa, dated in Cairo, commenting on the draft strategy.

Layout: a letterhead line, place and date, an addressee block, a "Re:" line, a salutation,
Roman-numbered comments (I.-VII.) with bold lead-ins, the list running over the page break in
the middle of a comment, a closing, and the signatories in a ruled table (Organisation | Country |
Signed by) on the last page. A running header appears from page 2 only. Lines are laid out by
make/flowpdf.py, so the breaks are fixed. People are fictional; organisations are real.
Reproducible (fixed creation date).

    .venv-make/bin/python make/make_cairo_pdf.py
"""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DOCS  # noqa: E402
from flowpdf import Flow, new_doc  # noqa: E402

OUT = DOCS / "g-cairo-coalition-letter-en.pdf"
when = datetime.datetime(2023, 11, 20, 12, 0, 0)

L = R = 24
pdf = new_doc("Joint submission on the WBG Gender Strategy 2024-2030 - MENA women's rights organisations",
              "CEWLA", when, margins=(L, R))
pdf.header_family = "Serif"
pdf.footer_fmt = "{n}"
pdf.add_page()
pdf.header_text = "Joint submission · World Bank Group Gender Strategy 2024–2030 · 20 November 2023"
W = pdf.w - L - R
BOTTOM = pdf.h - 22
flow = Flow(pdf, [(L, W, 22)], [(L, W, 20)], BOTTOM)

SIZE, LEAD = 10.5, 5.3


def par(runs, **kw):
    kw.setdefault("size", SIZE)
    kw.setdefault("lead", LEAD)
    kw.setdefault("after", 2.6)
    flow.block(runs, **kw)


flow.block([("JOINT SUBMISSION BY WOMEN’S RIGHTS ORGANISATIONS OF THE MIDDLE EAST AND NORTH AFRICA", "B")],
           family="Sans", size=9, lead=4.6, after=1, color=(90, 30, 60))
pdf.set_draw_color(90, 30, 60)
pdf.line(L, flow.y + 0.5, L + W, flow.y + 0.5)
flow.skip(7)

par("Cairo, 20 November 2023", after=5)
for line in ["Gender Strategy Team", "World Bank Group", "1818 H Street NW", "Washington, DC 20433",
             "United States"]:
    par(line, after=0)
flow.skip(5)
par([("Re: Comments on the consultation draft of the World Bank Group Gender Strategy 2024–2030", "B")], after=4)
par("Dear members of the Gender Strategy Team,", after=3)

par("We write as women’s rights organisations and networks working in Egypt, Jordan, Lebanon, Tunisia and "
    "Morocco, and across the Arab region. Our members provide legal aid and shelter to women, document "
    "violations, and have followed the World Bank Group’s work in our countries for many years. We welcome the "
    "draft’s commitment to end gender-based violence and its recognition that women must be engaged as leaders. "
    "At the same time, we are concerned that it treats our region mainly as a case of low female labour force "
    "participation and says little about the economic policies and laws that keep women out of paid work. Our "
    "comments follow.")

comments = [
    ("Austerity and public services. ",
     "Several countries in our region are carrying out reform programmes supported by the International "
     "Monetary Fund that cut subsidies on food and fuel and freeze hiring in the public sector, where many "
     "educated women work. We ask that every Development Policy Financing operation in the region be preceded "
     "by an assessment of its effects on women, and that the strategy address fiscal and tax policy directly."),
    ("Care. ",
     "Women in the Arab States carry out several times more unpaid care work than men. Without affordable "
     "childcare and care for older people, no amount of skills training will bring women into jobs. We urge "
     "the Bank to finance public care services and to count them as infrastructure."),
    ("Laws that hold women back. ",
     "Personal status codes that require a husband’s consent for work or travel, bans on night work in some "
     "sectors and unequal inheritance shares restrict women’s employment and their ownership of land and "
     "property. The World Bank’s own Women, Business and the Law report scores our region lowest on these "
     "measures; the strategy should commit to supporting legal reform where governments seek it."),
    ("Rights, not only returns. ",
     "The draft often justifies gender equality by its contribution to growth. Equality is first a matter of "
     "human rights, and the strategy should say so plainly, so that the women whose inclusion promises the "
     "lowest economic returns are not left behind."),
    ("Violence against women, offline and online. ",
     "Killings of women in the name of “honour”, domestic violence and the rapid growth of online harassment "
     "and blackmail demand stronger laws and services. We ask the Bank to support shelters, hotlines and "
     "specialised prosecution units, and to require that digital projects it finances include protections "
     "against technology-facilitated violence."),
    ("Women in conflict and displacement. ",
     "The region hosts millions of refugees and displaced people, including Syrians in Jordan and Lebanon "
     "and, since April, women and children fleeing the war in Sudan to Egypt. The strategy should set out how "
     "Bank operations in these settings will reach refugee and displaced women. The Mashreq Gender Facility "
     "offers useful experience to build on."),
    ("Civic space and consultation. ",
     "Women’s rights organisations in several of our countries work under restrictive laws on associations "
     "and foreign funding. We ask the Bank to make its engagement with civil society safe and meaningful, to "
     "consult organisations beyond the capitals, and to provide flexible core funding for women’s rights "
     "organisations through its programmes."),
]
for i, (head, body) in enumerate(comments):
    numeral = ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."][i]
    par([(head, "B"), (body, "")], marker=numeral, indent=0, hang=11, after=2.4)

flow.skip(1)
par("We would welcome a meeting with the team, online or in Cairo, to discuss these comments. The Center for "
    "Egyptian Women’s Legal Assistance coordinated this submission and will relay any reply to the signatories.")
par("Yours sincerely,", after=4)

# ---- signatories table ---------------------------------------------------------------------------
par([("Signatories", "B")], family="Sans", size=10, after=2, keep=6)
cols = [("Organisation", 0.44), ("Country", 0.18), ("Signed by", 0.38)]
rows = [
    ("Center for Egyptian Women’s Legal Assistance (CEWLA)", "Egypt",
     "Hoda Samir Abdelrahman, Executive Director"),
    ("Karama", "Regional (Cairo)", "Yasmine Adel Fathy, Programme Director"),
    ("Arab Women Organization of Jordan (AWO)", "Jordan", "Rania Khalil Haddad, Director"),
    ("ABAAD – Resource Center for Gender Equality", "Lebanon", "Maya Georges Khoury, Advocacy Manager"),
    ("Association Tunisienne des Femmes Démocrates (ATFD)", "Tunisia", "Sonia Ben Salah, President"),
    ("Association Démocratique des Femmes du Maroc (ADFM)", "Morocco", "Khadija El Idrissi, Vice-President"),
    ("Arab NGO Network for Development (ANND)", "Lebanon",
     "Ziad Nabil Mansour, Programme Officer, Economic and Social Rights"),
]
TS, TL, PAD = 9, 4.4, 1.4
pdf.set_draw_color(120, 120, 120)


def row(values, bold=False):
    wrapped = [flow.wrap([(v, "B" if bold else "")], W * f - 2 * PAD, "Serif", TS) for v, (_, f) in zip(values, cols)]
    h = max(len(w) for w in wrapped) * TL + 2 * PAD
    flow.room(h)
    x, y = L, flow.y
    for lines, (_, f) in zip(wrapped, cols):
        pdf.rect(x, y, W * f, h)
        for k, line in enumerate(lines):
            pdf.set_xy(x + PAD, y + PAD + k * TL)
            for text, style in line:
                pdf.set_font("Serif", style, TS)
                pdf.cell(h=TL, text=text)
        x += W * f
    flow.y = y + h


row([c for c, _ in cols], bold=True)
for r in rows:
    row(r)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
