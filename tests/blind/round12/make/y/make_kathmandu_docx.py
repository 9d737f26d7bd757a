#!/usr/bin/env python3
"""Make docs/y-kathmandu-youth-en.docx: an English event readout (youth dialogue) as a Word file.

    python3 -m venv .venv-make && .venv-make/bin/pip install -q python-docx
    .venv-make/bin/python make_kathmandu_docx.py [OUT.docx]

Layout: a small caps "EVENT READOUT" line, the event name as Heading 1, an "at a glance"
table with labels in the first column and no header row, "Heading 2" sections, the panel as
a table with a header row in the order Speaker | Role | Organisation, the moderator on a line of
her own, the rest of the room as ONE semicolon-separated paragraph, "What we heard" as prose
paragraphs that open with a bold lead-in (themes are told in sentences, never enumerated),
and a Word numbered list of follow-ups. People are fictional; organisations are real.
Byte-for-byte reproducible (fixed core properties and zip timestamps).
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "y-kathmandu-youth-en.docx"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text="", style=None, bold=False):
    p = doc.add_paragraph(style=style)
    if text:
        p.add_run(text).bold = bold
    return p


def lead(lead_in, rest):
    p = doc.add_paragraph()
    p.add_run(lead_in).bold = True
    p.add_run(rest)
    return p


def table(rows, header=False, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Light Grid Accent 1" if header else "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = t.cell(r, c)
            cell.text = ""
            cell.paragraphs[0].add_run(value).bold = (header and r == 0) or (not header and c == 0)
    if header:
        trPr = t.rows[0]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trPr.append(h)
    return t


p = para()
r = p.add_run("EVENT READOUT")
r.bold = True
r.font.size = Pt(9)
r.font.color.rgb = RGBColor(0x1F, 0x6F, 0x8B)
doc.add_heading("Youth Dialogue: Shaping the World Bank Group Gender Strategy 2024-2030", level=1)

table([("Date", "Thursday, 5 October 2023, 10:00-13:00 (NPT)"),
       ("Venue", "World Bank Nepal office, Yak & Yeti Hotel Complex, Durbar Marg, Kathmandu, Nepal"),
       ("Format", "Hybrid: panel followed by open discussion; Nepali and English"),
       ("Co-hosts", "World Bank Nepal Country Office and YUWA"),
       ("Attendance", "46 in person (31 young women), 12 online")])
para()

doc.add_heading("Why we met", level=2)
para("The dialogue gave young Nepalis a chance to comment on the draft World Bank Group Gender Strategy "
     "2024-2030 before it is finalized. Most participants were between 18 and 29 years old and came from youth-led "
     "groups in the Kathmandu Valley, with a few who travelled from Madhesh and Karnali provinces. The Ministry of "
     "Women, Children and Senior Citizens was invited but could not send a representative.")

doc.add_heading("Panel", level=2)
table([("Speaker", "Role", "Organisation"),
       ("Ms. Sabina Shrestha Maharjan", "Co-founder and Director", "YUWA"),
       ("Mr. Aayush Thapa Magar", "Program Manager", "Restless Development Nepal"),
       ("Ms. Pratiksha Rai", "Fellow", "Women LEAD Nepal"),
       ("Dr. Sunita Adhikari Pokharel", "Associate Professor",
        "Central Department of Gender Studies, Tribhuvan University")], header=True)
para()
lead("Moderator: ", "Ms. Nirmala K.C. Bhandari, Program Officer, National Youth Council")
lead("Also in the room: ", "Youth Advocacy Nepal (YAN); Blue Diamond Society; National Indigenous Women's "
     "Federation (NIWF); Visible Impact; Association of Youth Organizations Nepal (AYON); and students from "
     "Kathmandu University and St. Xavier's College. Colleagues from UNFPA Nepal followed online as observers.")

doc.add_heading("What we heard", level=2)
lead("Jobs, not just training. ", "Speakers said young women in Nepal are told to acquire skills, but few of the "
     "courses on offer lead to paid work. Many of their peers see labour migration to the Gulf or Malaysia as the "
     "only option, and the young women who stay behind often end up in unpaid family farm work. Restless "
     "Development asked the World Bank Group to measure success by the number of young women in decent jobs a year "
     "after training, not by the number trained.")
lead("Staying in school, marrying later. ", "Dr. Adhikari Pokharel noted that child marriage remains common in "
     "Madhesh Province despite the legal minimum age of 20, citing figures from the Nepal Demographic and Health "
     "Survey 2022. Visible Impact added that comprehensive sexuality education is taught unevenly, so many "
     "adolescents learn about contraception and menstrual health only from friends or social media.")
lead("Safe to speak. ", "Several young women described harassment on social media after they spoke publicly, and "
     "said that online abuse keeps women out of public debate. Women LEAD asked that the strategy treat "
     "technology-facilitated violence as part of its work to end gender-based violence.")
lead("Seats at the table. ", "YUWA pointed out that the 2022 local elections brought many young women into ward "
     "committees, usually as deputy or Dalit women members, but that they are rarely given budgets or real "
     "authority. Participants wanted the World Bank Group to support mentoring for first-time elected "
     "representatives.")
lead("Nobody left out. ", "Blue Diamond Society and NIWF urged the team to make the strategy speak to people who "
     "face more than one barrier: sexual and gender minorities, indigenous and Dalit women, and young women with "
     "disabilities. They warned that averages hide these groups.")

doc.add_heading("Overall tone", level=2)
para("The mood in the room was positive. Participants supported the three objectives of the draft strategy and "
     "several said they would like a role in monitoring it, while asking for clearer commitments on youth.")

doc.add_heading("Follow-up", level=2)
for s in ["Send this readout to all participants, in English and Nepali.",
          "Share the final strategy with the youth organizations when it is published.",
          "Explore a youth advisory group for the Nepal country program in 2024."]:
    para(s, style="List Number")

when = datetime.datetime(2023, 10, 9, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "World Bank Nepal Country Office"
cp.title = "Event readout - Youth Dialogue on the Gender Strategy - Kathmandu"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 10, 9, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
