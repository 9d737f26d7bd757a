#!/usr/bin/env python3
"""Make docs/o-nairobi-private-en.docx: an English back-to-office note on private sector sessions, as a Word file.

    python3 -m venv .venv-make && .venv-make/bin/pip install python-docx
    .venv-make/bin/python make/make_nairobi_docx.py [OUT.docx]

Layout: a bold title paragraph (no Title style) and a two-column "Where / When / Audience" table with no
header row; key messages under "Five things we heard" as Word-numbered paragraphs with bold runs; each
session headed (Heading 2) by a day and an audience, its discussion as prose under a bold "Highlights"
line and its participants AFTER the discussion under "In the room", as a nested Word list (organisation
at level 1, its people at level 2). People are fictional; organisations are real. Reproducible bytes:
fixed core properties and zip timestamps.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "o-nairobi-private-en.docx"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text="", style=None, bold=False, size=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return p


def runs(parts, style=None):
    p = doc.add_paragraph(style=style)
    for text, bold in parts:
        p.add_run(text).bold = bold
    return p


def room(entries):
    para("In the room", bold=True)
    for org, people in entries:
        para(org, "List Bullet")
        for person in people:
            para(person, "List Bullet 2")


para("KENYA COUNTRY OFFICE  ·  BACK-TO-OFFICE NOTE", bold=True, size=9)
para("Private sector listening sessions on the World Bank Group Gender Strategy 2024–2030", bold=True, size=15)

meta = [("Where", "Nairobi, Kenya"), ("When", "20–22 November 2023"),
        ("Audience", "Private sector representatives"), ("Co-hosted with", "IFC Kenya")]
t = doc.add_table(rows=len(meta), cols=2)
for i, (k, v) in enumerate(meta):
    t.cell(i, 0).text = ""
    t.cell(i, 0).paragraphs[0].add_run(k).bold = True
    t.cell(i, 1).text = v
para()

doc.add_heading("Why we went", level=1)
para("The consultation draft of the Gender Strategy asks the private sector to do more to create jobs for women and "
     "to finance the businesses they run. Before the draft is finalised we wanted to hear, from the people who would "
     "have to act on it, whether its objectives make commercial sense in Kenya. Over three days the team held three "
     "sessions at the World Bank offices in Upper Hill, Nairobi, each with a different part of the private sector: "
     "lenders, employers, and firms that run digital platforms for consumers and farmers. IFC colleagues co-hosted "
     "all three sessions. What follows is our reading of the conversations, not an agreed record.")

doc.add_heading("Five things we heard", level=1)
runs([("Lenders and employers ", False), ("broadly endorsed the three objectives", True),
      (", with employers more cautious about the cost of new obligations.", False)], "List Number")
runs([("Collateral rules keep women out of credit markets", True),
      (": few women hold land titles in their own name, and cash-flow lending is still the exception.", False)],
     "List Number")
runs([("Childcare is the gap employers raise most", True),
      (", yet few firms know what workplace childcare would cost them or return.", False)], "List Number")
runs([("Banks ", False), ("do not report lending by the sex of the borrower", True),
      (", which makes progress on women's access to finance hard to track.", False)], "List Number")
runs([("Digital platforms see ", False), ("the price of smartphones, not network coverage,", True),
      (" as the main barrier for rural women.", False)], "List Number")

doc.add_heading("Session notes", level=1)

doc.add_heading("Mon 20 Nov  |  Banks and microfinance lenders", level=2)
para("Highlights", bold=True)
para("The four lenders endorsed the draft strategy and said its attention to economic assets matched their own "
     "commercial priorities. Most of the discussion was about collateral. KWFT explained that fewer than one in ten "
     "of its borrowers hold a title deed in their own name, so lending against land excludes most women, while KCB "
     "Group described its move towards cash-flow-based lending for women-owned small businesses.")
para("Equity Bank argued that mobile money has closed much of the gap in account ownership but not the gap in "
     "credit, quoting the 2021 FinAccess Household Survey published by the Central Bank of Kenya, the Kenya National "
     "Bureau of Statistics and FSD Kenya. The Kenya Bankers Association regretted that few banks report lending by "
     "the sex of the borrower and offered to work with its members on a common reporting template. Participants "
     "asked how the Bank's support would relate to public schemes such as the Women Enterprise Fund and the Financial "
     "Inclusion Fund, better known as the Hustler Fund.")
room([("KCB Group PLC", ["Ms. Grace Wanjiru Mwangi, Head of SME Banking"]),
      ("Equity Bank Kenya Limited", ["Mr. Daniel Otieno Ochieng, Senior Manager, Financial Inclusion"]),
      ("Kenya Women Microfinance Bank PLC (KWFT)", ["Ms. Mercy Chebet Koech, Head of Credit",
                                                   "Ms. Lilian Nyambura Gitau, Gender and Social Performance Officer"]),
      ("Kenya Bankers Association (KBA)", ["two researchers from the KBA Centre for Research on Financial Markets and Policy"])])

doc.add_heading("Tue 21 Nov  |  Employers and manufacturers", level=2)
para("Highlights", bold=True)
para("KEPSA, the apex body of Kenya's private sector, attended with two of its member associations, the Federation "
     "of Kenya Employers and the Kenya Association of Manufacturers. The employers supported the goals of the "
     "strategy but were wary of anything that would add to the cost of hiring women.")
para("The conversation covered employer-supported childcare, sexual harassment policies in factories, and the small "
     "number of women on company boards. FKE noted that most of its members comply with the maternity provisions "
     "of the Employment Act but very few offer childcare, and asked for evidence on what workplace crèches return to "
     "a business; IFC's Tackling Childcare report was mentioned as a starting point. KAM described a pilot "
     "anti-harassment training in export processing zones. KEPSA suggested that the strategy say more about informal "
     "workers, who make up the majority of employed women in Kenya.")
room([("Kenya Private Sector Alliance (KEPSA)", ["Ms. Faith Wairimu Kamau, Head of Policy and Advocacy"]),
      ("Federation of Kenya Employers (FKE)", ["Mr. Peter Kiprono Langat, Senior Industrial Relations Officer"]),
      ("Kenya Association of Manufacturers (KAM)", ["Ms. Aisha Mohamed Abdi, Sector Manager",
                                                   "Mr. Samuel Njenga Karanja, Policy Analyst"]),
      ("International Finance Corporation (co-host)", [])])

doc.add_heading("Wed 22 Nov  |  Technology and agribusiness", level=2)
para("Highlights", bold=True)
para("Safaricom, Twiga Foods and One Acre Fund enthusiastically endorsed the draft and said they would like to be "
     "partners in delivering it. Safaricom said that the cost of a smartphone, not network coverage, now keeps many "
     "rural women offline, and described its device financing scheme, which lets customers pay for a handset in "
     "small daily instalments.")
para("One Acre Fund, which works with smallholder farmers in western Kenya, said that women farmers are as likely "
     "as men to repay input loans but are offered smaller ones, and that extension advice rarely reaches them. Twiga "
     "Foods explained that most of the market vendors who buy produce through its platform are women, and that "
     "ordering by phone has cut the hours they spend travelling to wholesale markets.")
room([("Safaricom PLC", ["Mr. Brian Mutua Kilonzo, Senior Manager, Financial Services"]),
      ("Twiga Foods", []),
      ("One Acre Fund", ["Ms. Naomi Akinyi Odhiambo, Gender and Inclusion Lead"])])

doc.add_heading("Next steps", level=1)
para("The team will share this note with IFC and with the participants, follow up with the Kenya Bankers Association "
     "on sex-disaggregated lending data, and invite FKE to a follow-up discussion on childcare in the first quarter "
     "of 2024.")
para("Prepared by the Kenya country team, Nairobi, 24 November 2023.", size=9)

when = datetime.datetime(2023, 11, 24, 12, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Kenya country team"
cp.title = "Back-to-office note - private sector listening sessions - Nairobi"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 24, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
