#!/usr/bin/env python3
"""Make docs/p-nairobi-roundtable-readout.docx: an English event readout as a Word file.

    .venv-make/bin/python make_nairobi_docx.py [OUT.docx]

Layout: Title, then an "Event details" key/value table without a header row; a "Programme"
table (Time | Session | Lead) with a header row; a "Speakers" section where each speaker is a
plain paragraph "Name – Title, Organisation (ACRONYM)" (en dash); the other organisations
in the room as one comma-separated sentence; "Discussion highlights" as Heading 3 topics
with prose under each; "Follow-up" as a numbered list. People are fictional;
organisations are real. Reproducible bytes.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "p-nairobi-roundtable-readout.docx"
STAMP = (2023, 11, 14, 12, 0, 0)

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text, style=None, bold=False):
    p = doc.add_paragraph(style=style)
    p.add_run(text).bold = bold
    return p


def table(rows, header):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = t.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(value)
            run.bold = (header and r == 0) or (not header and c == 0)
    if header:
        trPr = t.rows[0]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trPr.append(h)
    return t


doc.add_paragraph("Readout: Business Roundtable on Women's Economic Empowerment", style="Title")
para("Private sector consultation on the World Bank Group Gender Strategy 2024–2030", bold=True)

doc.add_heading("Event details", level=2)
table([
    ("Date", "Wednesday, 8 November 2023, 08:30–12:30"),
    ("Venue", "Sarova Stanley Hotel, Nairobi, Kenya"),
    ("Format", "In person, Chatham House rule for the open discussion"),
    ("Co-hosts", "Kenya Private Sector Alliance (KEPSA) and the World Bank Group"),
    ("Attendance", "About 45 participants from companies, business associations, financial institutions, "
                   "government and the UN"),
], header=False)

doc.add_heading("Programme", level=2)
table([
    ("Time", "Session", "Lead"),
    ("08:30", "Registration and coffee", ""),
    ("09:00", "Welcome remarks", "KEPSA"),
    ("09:15", "Keynote: Government priorities for women's economic empowerment",
     "State Department for Gender and Affirmative Action"),
    ("09:35", "Presentation of the draft World Bank Group Gender Strategy 2024–2030", "World Bank Group team"),
    ("10:00", "Panel: What it takes to close gender gaps in Kenyan business", "Moderated by FKE"),
    ("11:15", "Open discussion", "All participants"),
    ("12:15", "Closing and next steps", "KEPSA and World Bank Group"),
], header=True)

doc.add_heading("Speakers", level=2)
for s in [
    "Ms. Wanjiru Kamau-Otieno – Chief Executive Officer, Kenya Private Sector Alliance (KEPSA)",
    "Dr. Beatrice Achieng Odhiambo – Principal Secretary, State Department for Gender and Affirmative Action",
    "Mr. Samuel Otieno Wekesa – Executive Director, Federation of Kenya Employers (FKE) (moderator)",
    "Mr. Daniel Kiprono Rotich – Head of Sustainability, Safaricom PLC",
    "Ms. Fatuma Hassan Abdi – Head of Women in Business, KCB Bank Kenya",
    "Ms. Grace Njeri Mwangi – Programme Specialist, Women's Economic Empowerment, UN Women Kenya",
]:
    para(s)
para("Other organisations in the room included Equity Bank, the Kenya Association of Manufacturers (KAM), East "
     "African Breweries Limited (EABL), Kenya Women Microfinance Bank (KWFT) and the Kenya National Chamber of "
     "Commerce and Industry (KNCCI).")

doc.add_heading("Discussion highlights", level=2)
para("Participants welcomed the draft strategy and in particular its objective of expanding and enabling economic "
     "opportunities for women, while asking the World Bank Group to be more concrete about how IFC investments will "
     "be held to it. The panel and the open discussion centred on workplace childcare, access to finance for "
     "women-owned SMEs, sexual harassment in the workplace and women on corporate boards.")

doc.add_heading("Childcare as a business issue", level=3)
para("Safaricom described the on-site crèches it has run at its Nairobi offices for several years and the effect "
     "on the retention of young mothers. Manufacturers said that such facilities are out of reach for smaller "
     "firms and proposed shared childcare centres in industrial areas, possibly co-financed with county "
     "governments.")

doc.add_heading("Finance for women-owned businesses", level=3)
para("KCB Bank Kenya and Equity Bank noted that women-owned firms repay at least as well as others but still borrow "
     "less, mainly because they lack land titles to offer as collateral. The Principal Secretary pointed to the "
     "Women Enterprise Fund and to the Access to Government Procurement Opportunities (AGPO) programme, which "
     "reserves 30 percent of public procurement for women, youth and persons with disabilities, but acknowledged "
     "that few women-led firms manage to qualify.")

doc.add_heading("Safety at work and leadership", level=3)
para("Several employers said that their anti-harassment policies are rarely used because staff do not trust them. "
     "UN Women Kenya offered to share its guidance on workplace grievance mechanisms. On leadership, FKE presented "
     "its survey showing that women hold roughly one in three board seats among its members, and fewer in "
     "manufacturing. Participants also cited figures of the Kenya National Bureau of Statistics on women's "
     "employment in the informal sector.")

doc.add_heading("Follow-up", level=2)
for s in ["KEPSA to circulate this readout to participants and collect written comments by 24 November.",
          "World Bank Group team to reflect the comments in the revised draft of the strategy.",
          "UN Women Kenya and FKE to share their workplace guidance and board survey with the team."]:
    para(s, style="List Number")

when = datetime.datetime(*STAMP)
cp = doc.core_properties
cp.author = cp.last_modified_by = "KEPSA secretariat"
cp.title = "Readout - Business Roundtable on Women's Economic Empowerment"
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
