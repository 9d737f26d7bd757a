#!/usr/bin/env python3
"""Make docs/a-nairobi-private-sector.docx: a back-to-office note on private-sector consultations in Kenya.

Layout: a bold first line (no Title style), a two-column metadata table (label | value, no header), a prose
"Summary" (no key-messages list), then meetings headed by venue and day (Heading 2). Meeting 1 gives its
participants in a table with NO header row and the columns Organisation | Name | Role; meeting 2 names its
participants inside a prose paragraph; meeting 3 puts the discussion first and the participants after it,
under a bold "In the room" line, as Word bullet paragraphs. "What we heard" is a bold line, not a heading.
People are fictional; organisations are real. Byte-for-byte reproducible (fixed core properties and zip dates).
    .venv-make/bin/python make_nairobi_docx.py [OUT.docx]
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "a-nairobi-private-sector.docx"
STAMP = (2023, 9, 20, 10, 30, 0)

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)


def para(text="", style=None, bold=False):
    p = doc.add_paragraph(style=style)
    if text:
        p.add_run(text).bold = bold
    return p


def boldline(text):
    return para(text, bold=True)


def table(rows, widths_bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = t.cell(r, c)
            cell.text = ""
            cell.paragraphs[0].add_run(value).bold = widths_bold_first_col and c == 0
    return t


boldline("BACK-TO-OFFICE NOTE")
table([
    ("Subject", "Consultations on the World Bank Group Gender Strategy 2024-2030 with the private sector"),
    ("Country", "Kenya"),
    ("Place", "Nairobi"),
    ("Dates", "11–13 September 2023"),
    ("Stakeholders", "Business associations, women entrepreneurs, banks and a mobile network operator"),
], widths_bold_first_col=True)
para()

doc.add_heading("Summary", level=1)
para("Over three days the team held three meetings in Nairobi to hear how Kenyan business sees the draft Gender "
     "Strategy. Employers' and industry bodies were supportive and keen to share practice; women entrepreneurs "
     "were more sceptical that the strategy's emphasis on entrepreneurship would reach informal and micro "
     "businesses; and banks questioned whether targets for lending to women are realistic without risk-sharing. "
     "IFC colleagues from the Nairobi office joined the third meeting. Notes of each meeting follow.")

doc.add_heading("Meetings", level=1)

# Meeting 1: participants as a table without a header row, columns Organisation | Name | Role
doc.add_heading("KEPSA House, Westlands — Monday 11 September", level=2)
para("Hosted by the Kenya Private Sector Alliance with two of its member associations.")
table([
    ("Kenya Private Sector Alliance (KEPSA)", "Ms. Wanjiru Kamau-Odhiambo", "Director, Policy and Advocacy"),
    ("Kenya Association of Manufacturers (KAM)", "Mr. Peter Otieno Wekesa", "Head of Sustainability"),
    ("Federation of Kenya Employers (FKE)", "Ms. Faith Chebet Langat", "Gender and Inclusion Advisor"),
])
boldline("What we heard")
para("KEPSA welcomed the draft and said its members would support the strategy's objective on jobs, provided the "
     "Bank works through existing business associations rather than setting up new platforms. FKE described the "
     "workplace crèches that a handful of large employers now run under the amended Employment Act and argued "
     "that smaller firms can only offer childcare if they pool it, for example in industrial parks.")
para("KAM noted that women make up a small share of production-line and technical jobs in manufacturing and "
     "that apprenticeship schemes still recruit mostly young men. FKE added that employers want practical "
     "guidance on preventing sexual harassment at work, which several members described as the most common "
     "reason women leave factory jobs in their first year.")

# Meeting 2: participants given in a prose paragraph
doc.add_heading("Roundtable with women entrepreneurs — Nairobi Garage, Kilimani, Tuesday 12 September", level=2)
para("The team then met some twenty women business owners brought together by the Federation of Women "
     "Entrepreneur Associations (FEWA) and Kenya Women Microfinance Bank (KWFT), joined by staff of Akili Dada. "
     "Ms. Esther Njeri Mwangi, Nakuru Chapter Chair, FEWA, and Ms. Rose Akinyi Odera, Head of Business Banking, "
     "KWFT, opened the discussion.")
boldline("What we heard")
para("The conversation turned on access to credit without land as collateral, the cost of childcare for traders, "
     "digital and mobile payment tools, and public procurement set-asides under AGPO. Participants liked the "
     "draft's attention to women-owned businesses but doubted that it would reach the informal traders who make "
     "up most of their members; several said that the Hustler Fund's small, short loans help with stock but not "
     "with growing a business.")
para("Akili Dada asked that young women be treated as a group of their own in the strategy, since many start "
     "businesses because they cannot find salaried work.")

# Meeting 3: discussion first, participants after under "In the room"
doc.add_heading("Kenya Bankers Association — Wednesday 13 September", level=2)
boldline("What we heard")
para("Bankers were wary of the draft. They warned that targets for lending to women-owned enterprises would be "
     "hard to meet without credit guarantees or other risk-sharing, and that few banks can yet report their "
     "portfolios by the sex of the owner. Equity Bank described its experience with IFC's Banking on Women "
     "programme and asked whether the Women Entrepreneurs Finance Initiative (We-Fi) could support a guarantee "
     "facility in Kenya. Safaricom pointed to mobile savings and credit products as a route to women without bank "
     "accounts, and cited the Central Bank of Kenya's latest FinAccess survey on the gender gap in account "
     "ownership.")
boldline("In the room")
for line in ["Kenya Bankers Association (KBA)",
             "Equity Bank Kenya — Mr. Daniel Kiprono Rotich, Head of MSME Banking",
             "KCB Bank Kenya",
             "Safaricom PLC — Ms. Grace Atieno Ouma, Senior Manager, Financial Inclusion",
             "IFC, Financial Institutions Group (Nairobi)"]:
    para(line, "List Bullet")

doc.add_heading("Next steps", level=1)
for line in ["Share this note with the Gender Strategy team and with the participants.",
             "Follow up with KBA on a session about sex-disaggregated lending data."]:
    para(line, "List Number")

when = datetime.datetime(*STAMP)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Kenya Country Office"
cp.title = "Back-to-office note: Gender Strategy consultations with the private sector, Kenya"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=STAMP)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
