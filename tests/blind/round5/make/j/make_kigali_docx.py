#!/usr/bin/env python3
"""Make docs/j-kigali-mission-en.docx: a back-to-office note whose meetings are the rows of a Word table.

Layout: a Title paragraph; a two-column "facts" table without a header (Mission dates / Location /
Audience); bold run lines (no heading styles) as section labels; the meetings as a 3-column table
"Date | Who | What was discussed" with a header row, one row per meeting, the "Who" cell carrying
organisations and people as separate paragraphs; a Word numbered list of next steps.
People are fictional; organisations are real. Reproducible bytes (fixed metadata and zip times).

    .venv-make/bin/python make_kigali_docx.py
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = Path(__file__).resolve().parents[1] / "docs" / "j-kigali-mission-en.docx"
doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)

doc.add_paragraph("Rwanda: Consultations on the Draft World Bank Group Gender Strategy 2024-2030", style="Title")
p = doc.add_paragraph()
p.add_run("Back-to-Office Note").italic = True

facts = [("Mission dates", "11-13 September 2023"),
         ("Location", "Kigali, Rwanda"),
         ("Audience", "Government, development partners, civil society and the private sector")]
t = doc.add_table(rows=len(facts), cols=2)
t.style = "Table Grid"
for r, (k, v) in enumerate(facts):
    t.cell(r, 0).text = ""
    t.cell(r, 0).paragraphs[0].add_run(k).bold = True
    t.cell(r, 1).text = v


def label(text):
    para = doc.add_paragraph()
    para.paragraph_format.space_before = Pt(12)
    para.add_run(text).bold = True


def para(text, style=None):
    return doc.add_paragraph(text, style=style)


label("Purpose")
para("The team travelled to Kigali to hear Rwandan counterparts on the draft World Bank Group Gender Strategy "
     "2024-2030 before the strategy is revised for Board discussion. Four meetings were held over three days. "
     "They are recorded in the table below in the order in which they took place; the right-hand column "
     "summarises what each group told us.")

label("Record of meetings")
rows = [
    ("11 Sep 2023",
     ["Ministry of Gender and Family Promotion (MIGEPROF), Government of Rwanda",
      "Ms. Claudine Uwimana Mukeshimana, Permanent Secretary",
      "Gender Monitoring Office (GMO)"],
     ["The Permanent Secretary welcomed the draft strategy and said that its three objectives match Rwanda's "
      "National Gender Policy.",
      "Discussion covered the Isange One Stop Centres for survivors of gender-based violence, early childhood "
      "development centres that free mothers' time for paid work, and the collection of sex-disaggregated data "
      "across districts.",
      "The GMO asked to be kept informed of the indicators chosen for the results framework."]),
    ("12 Sep 2023",
     ["UN Women", "United Nations Population Fund (UNFPA)", "Embassy of Sweden in Kigali",
      "British High Commission Kigali", "United States Agency for International Development (USAID)",
      "African Development Bank (AfDB)"],
     ["Partners supported the direction of the draft but were concerned that it carries no dedicated financing, "
      "and asked how country teams would be resourced to deliver it.",
      "Much of the exchange was about women's concentration in informal and subsistence farming. Partners drew on "
      "the latest labour force survey of the National Institute of Statistics of Rwanda (NISR) to show how few "
      "rural women hold wage jobs.",
      "USAID suggested that the Bank align its gender indicators with those used in the joint sector reviews."]),
    ("13 Sep 2023 (morning)",
     ["Rwanda Women's Network (RWN)", "Pro-Femmes/Twese Hamwe", "Haguruka",
      "Rwanda Men's Resource Centre (RWAMREC)",
      "Mr. Patrick Mugisha Ndayambaje, Programme Manager, RWAMREC",
      "National Union of Disability Organisations of Rwanda (NUDOR)"],
     ["The organisations strongly endorsed the strategy, and in particular its first objective on ending "
      "gender-based violence.",
      "RWAMREC described its work with men and boys on positive masculinities in rural sectors.",
      "NUDOR asked that women with disabilities be named explicitly in the strategy. Haguruka raised the need for "
      "legal aid for women in land and inheritance disputes.",
      "All asked for direct, multi-year funding for women's rights organisations."]),
    ("13 Sep 2023 (afternoon)",
     ["Private Sector Federation (PSF), Chamber of Women Entrepreneurs",
      "Bank of Kigali",
      "Ms. Diane Umutoni Kamanzi, Head of SME Banking, Bank of Kigali",
      "MTN Rwanda"],
     ["The meeting focused on practical collaboration; participants did not comment on the draft as a whole.",
      "Topics raised were access to credit for women-owned businesses, mobile money, and women in leadership "
      "positions in the financial sector."]),
]
table = doc.add_table(rows=1 + len(rows), cols=3)
table.style = "Table Grid"
for c, h in enumerate(("Date", "Who", "What was discussed")):
    cell = table.cell(0, c)
    cell.text = ""
    cell.paragraphs[0].add_run(h).bold = True
trPr = table.rows[0]._tr.get_or_add_trPr()
hdr = OxmlElement("w:tblHeader")
hdr.set(qn("w:val"), "true")
trPr.append(hdr)
for r, (date, who, what) in enumerate(rows, start=1):
    table.cell(r, 0).text = date
    for col, lines in ((1, who), (2, what)):
        cell = table.cell(r, col)
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
widths = (Cm(2.6), Cm(5.6), Cm(8.4))
for row in table.rows:
    for c, w in enumerate(widths):
        row.cells[c].width = w

label("Overall reading")
para("Support for the draft was broad. Government and civil society were the most enthusiastic; development "
     "partners questioned how the strategy will be financed; private sector counterparts were interested above "
     "all in concrete products for women-owned firms.")

label("Next steps")
for step in ["Share the revised draft with MIGEPROF and the GMO once it is available.",
             "Follow up with NISR on the time-use questions planned for the next labour force survey.",
             "Invite the civil society organisations met on 13 September to the online validation session."]:
    para(step, style="List Number")

when = datetime.datetime(2023, 9, 20, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "r5-j"
cp.title = "Back-to-Office Note - Rwanda Gender Strategy consultations"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 9, 20, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
