#!/usr/bin/env python3
"""Make docs/r-nairobi-en.docx: an English back-to-office mission summary as a Word file.

Layout: a bold title line and a plain subtitle (no Title style); Heading 2 sections; all the
meetings in ONE Word table with a header row Day | Institution | People met | Points raised
(one row per meeting, people as separate paragraphs inside a cell, or as a sentence with
unnamed organisations); a coordination group and a UN agency only mentioned after the table;
follow-up actions as Word "List Number" paragraphs. People are fictional, organisations real.
Reproducible: fixed core properties and zip timestamps.

    OUT/.venv-make/bin/python make_nairobi_docx.py [OUT.docx]
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt, Cm

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "r-nairobi-en.docx"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)


def para(text="", style=None, bold=False):
    p = doc.add_paragraph(style=style)
    if text:
        p.add_run(text).bold = bold
    return p


para("KENYA | WORLD BANK GROUP GENDER STRATEGY 2024–2030 CONSULTATIONS", bold=True)
para("Back-to-office summary: Nairobi consultation mission, 20–23 November 2023")
para("Audiences: government, private sector, civil society and the national statistics office")

doc.add_heading("Purpose and scope", level=2)
para("The mission gathered views on the draft World Bank Group Gender Strategy 2024–2030 from a cross-section of "
     "Kenyan stakeholders, to complement the online consultation. Four meetings were held in Nairobi over four days. "
     "The table below records, for each day, the institution met, the people who took part and the points they "
     "raised. Where a name is not given, the participants did not wish to be listed.")

doc.add_heading("Meetings held", level=2)
rows = [
    ("Mon 20 Nov",
     ["State Department for Gender and Affirmative Action"],
     ["Ms. Grace Wanjiru Mwangi, Principal Secretary", "Mr. Peter Otieno Ouma, Director, Gender Mainstreaming"],
     ["The State Department strongly endorsed the draft and asked that the World Bank Group align its support in "
      "Kenya with the National Policy on Gender and Development.",
      "The Principal Secretary described a sharp rise in reported femicide cases and asked for support to the "
      "gender-based violence recovery centres in county hospitals.",
      "Officials also raised the slow progress of county gender units in coordinating services across health, police "
      "and social protection."]),
    ("Tue 21 Nov",
     ["Kenya Private Sector Alliance (KEPSA)", "Kenya Association of Manufacturers (KAM)"],
     ["Wambui Kamau Njoroge, Head of Gender and Inclusion, KEPSA", "Brian Kiprono Cheruiyot, Policy Analyst, KAM"],
     ["Business representatives endorsed the strategy's focus on more and better jobs for women.",
      "Manufacturers described the cost of setting up workplace childcare as the main obstacle to hiring and keeping "
      "women on the factory floor.",
      "KEPSA noted that women-owned micro-enterprises borrow small sums at high cost, and that women's take-up of the "
      "Financial Inclusion Fund (Hustler Fund) has not yet led them to larger loans."]),
    ("Wed 22 Nov",
     ["Civil society roundtable hosted by the Federation of Women Lawyers Kenya (FIDA-Kenya)"],
     ["Ms. Achieng Nyambura Odhiambo, Executive Director, FIDA-Kenya, with representatives of GROOTS Kenya, the "
      "Center for Rights Education and Awareness (CREAW) and Akili Dada"],
     ["Participants welcomed the attention the draft gives to violence against women but were critical of how little "
      "it says about women's political participation; they recalled that the two-thirds gender rule has still not "
      "been implemented in Parliament.",
      "GROOTS Kenya spoke for grassroots women in rural counties, many of whom lose access to land when they are "
      "widowed.",
      "All four organisations asked for direct and flexible funding rather than sub-grants passed through "
      "international NGOs."]),
    ("Thu 23 Nov",
     ["Kenya National Bureau of Statistics (KNBS)"],
     ["Dr. Samuel Mutua Kilonzo, Director, Population and Social Statistics"],
     ["KNBS supported the strategy and offered to help define its indicators for Kenya.",
      "It presented findings from its time-use survey showing that women spend several times as many hours as men "
      "on unpaid care and domestic work.",
      "It asked for support to repeat the survey and to produce gender statistics at county level."]),
]
table = doc.add_table(rows=1, cols=4)
table.style = "Table Grid"
for cell, head in zip(table.rows[0].cells, ["Day", "Institution", "People met", "Points raised"]):
    cell.text = ""
    cell.paragraphs[0].add_run(head).bold = True
for day, insts, people, points in rows:
    cells = table.add_row().cells
    for cell, items in zip(cells, [[day], insts, people, points]):
        cell.text = items[0]
        for extra in items[1:]:
            cell.add_paragraph(extra)
widths = [Cm(2.0), Cm(4.2), Cm(4.4), Cm(6.4)]
for row in table.rows:
    for cell, w in zip(row.cells, widths):
        cell.width = w

doc.add_heading("Cross-cutting observations", level=2)
para("Across the four meetings, stakeholders agreed that violence against women and the burden of unpaid care are the "
     "two constraints the strategy must tackle first in Kenya. Government and civil society differed on the pace of "
     "reforms, but both asked the World Bank Group to work through county governments, where most services are "
     "delivered.")
para("The team did not meet the Gender Sector Working Group, co-chaired by the State Department and UN Women; a "
     "briefing to the group is planned for January.")

doc.add_heading("Follow-up", level=2)
for item in ["Share the KNBS time-use findings with the Gender Strategy team.",
             "Send the draft results framework to FIDA-Kenya and to KEPSA for written comments.",
             "Brief the Gender Sector Working Group in January 2024."]:
    para(item, style="List Number")

when = datetime.datetime(2023, 11, 28, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "r9-r blind eval"
cp.title = "Kenya consultation mission summary"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 28, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
