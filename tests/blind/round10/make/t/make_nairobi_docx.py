#!/usr/bin/env python3
"""Make docs/t-nairobi-en.docx: a mission summary written as a back-to-office memo to a manager.
Memo header in a borderless 2-column table (TO/FROM/DATE/SUBJECT), numbered section lines in bold
(no heading styles), the meetings as lettered paragraphs (a)-(d) whose first words name the institution
in bold, participants inside the prose, key takeaways as a Word "List Number" list, and a closing note on a
postponed meeting. Reproducible: fixed core properties and zip timestamps."""
import datetime, io, sys, zipfile
from pathlib import Path
from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "t-nairobi-en.docx"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)


def p(parts, style=None):
    para = doc.add_paragraph(style=style)
    if isinstance(parts, str):
        parts = [(parts, False)]
    for text, bold in parts:
        para.add_run(text).bold = bold
    return para


t = p([("OFFICE MEMORANDUM", True)])
t.runs[0].font.size = Pt(14)
tab = doc.add_table(rows=4, cols=2)
for row, (k, v) in zip(tab.rows, [
        ("TO:", "Country Manager, Kenya Country Office"),
        ("FROM:", "Tomasz Wierzbicki, Senior Social Development Specialist, Gender Group"),
        ("DATE:", "October 13, 2023"),
        ("SUBJECT:", "Back-to-office report: Nairobi consultations on the World Bank Group Gender Strategy 2024-2030 "
                     "(October 9-11, 2023)")]):
    row.cells[0].text = k
    row.cells[1].text = v
    row.cells[0].paragraphs[0].runs[0].bold = True
p("")

p([("1. Purpose", True)])
p("This memo reports on the consultations I led in Nairobi from October 9 to 11, 2023, on the draft World Bank "
  "Group Gender Strategy 2024-2030. The aim was to hear from Government of Kenya counterparts and from the "
  "development partners who fund most of the gender programming in the country, ahead of the revision of the "
  "draft. I summarise each meeting below and close with the points I would ask you to note.")

p([("2. Meetings held", True)])
p([("(a) Ministry of Public Service, Gender and Affirmative Action", True),
   (" (State Department for Gender and Affirmative Action), October 9. We were received by Ms. Wanjiru Kamau-Otieno, "
    "Principal Secretary, and Mr. Peter Ochieng Mutua, Director of Gender Mainstreaming. The Principal Secretary "
    "said the Government fully endorses the three objectives and wants Kenya among the first countries to apply the "
    "strategy. She highlighted three priorities: ending gender-based violence and femicide, access to affordable "
    "credit for women entrepreneurs, and childcare for informal workers. Mr. Mutua asked that Bank support to the "
    "Women Enterprise Fund be considered in the next programming cycle.", False)])
p([("(b) Kenya National Bureau of Statistics (KNBS)", True),
   (", October 10. Ms. Grace Njeri Wambugu, Director of Population and Social Statistics, welcomed the attention "
    "the draft gives to measurement, but was concerned that several proposed results indicators cannot be produced "
    "at county level with current surveys. She walked us through the findings of the 2021 Kenya Time Use Survey, "
    "which show women spending about three times as many hours as men on unpaid care work, and noted that the "
    "survey was financed with help from UN Women. KNBS would like technical support to make gender statistics a "
    "routine part of its household surveys rather than one-off exercises.", False)])
p([("(c) National Gender and Equality Commission (NGEC)", True),
   (", October 10. Commissioner Dr. Halima Abdi Noor and Mr. Brian Kiprono Langat, Senior Legal Officer, "
    "described the Commission's work monitoring the constitutional two-thirds gender rule, which Parliament has "
    "yet to implement, and argued that the strategy should say more about women in elected office and in county "
    "leadership. The Commission also stressed that women with disabilities are routinely left out of economic "
    "programmes. Overall the Commission supports the draft.", False)])
p([("(d) Development Partners Group on Gender", True),
   (", October 11, chaired by Ms. Akinyi Odhiambo-Reeves, Gender Specialist at UN Women. Present were the United "
    "Nations Entity for Gender Equality and the Empowerment of Women (UN Women), the United Nations Population Fund "
    "(UNFPA), the Embassy of Sweden, the Foreign, Commonwealth & Development Office (FCDO) and the Japan "
    "International Cooperation Agency (JICA), all members of the group. Partners welcomed the draft and asked the "
    "Bank to prioritise adolescent pregnancy, the gendered effects of drought-related displacement in the arid and "
    "semi-arid lands, and the financing of women's rights organisations. UNFPA offered to share its county data on "
    "teenage pregnancy.", False)])

p([("3. Key takeaways", True)])
for text in [
        "The Government's endorsement is strong and explicit; the Principal Secretary would welcome a visit by the "
        "strategy team in the first half of 2024.",
        "Data capacity at county level is the main constraint to monitoring; KNBS is a natural partner for a "
        "gender statistics component.",
        "Development partners are ready to co-finance work on adolescent girls and on drought-affected counties, "
        "and the Kenya Social and Economic Inclusion Project (KSEIP) could serve as the vehicle."]:
    p(text, style="List Number")

p([("4. Pending", True)])
p("The meeting with the Kenya Women Parliamentary Association (KEWOPA) scheduled for October 11 was postponed "
  "because of a sitting of the National Assembly; it will be held virtually in November.")
p("cc: Gender Strategy Team; Social Sustainability and Inclusion, Eastern and Southern Africa")

when = datetime.datetime(2023, 10, 13, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "r10-t"
cp.title = "Back-to-office report - Nairobi"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 10, 13, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print("wrote", OUT)
