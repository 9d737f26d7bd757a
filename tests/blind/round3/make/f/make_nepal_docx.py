#!/usr/bin/env python3
"""Make docs/r3f-nepal-en.docx: an English mission summary organised by day.

    .venv-make/bin/python make/make_nepal_docx.py

Layout: Title + subtitle lines, a "Headlines" section as Word "List Number" paragraphs with
bold lead phrases, then one Heading 2 per day ("Day 1 - Singha Durbar" ...). Day 1 gives
its participants as a Word table with no header row (Organisation | Name | Title) after the
discussion; Day 2 gives a development-partner group as delegation lines ("Country: Org");
Day 3 is a single prose paragraph naming who the team met. A postponed visit is noted.
Fixed core properties and zip timestamps: reproducible bytes.
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "docs" / "r3f-nepal-en.docx"
doc = Document()
doc.styles["Normal"].font.name = "Cambria"
doc.styles["Normal"].font.size = Pt(11)


def p(text="", style=None, bold=False, italic=False):
    para = doc.add_paragraph(style=style)
    if text:
        r = para.add_run(text)
        r.bold, r.italic = bold, italic
    return para


def mixed(parts, style=None):
    para = doc.add_paragraph(style=style)
    for text, b in parts:
        para.add_run(text).bold = b
    return para


p("World Bank Group | Nepal Country Management Unit", italic=True)
doc.add_paragraph("Back-to-Office Note: Gender Strategy Consultations in Kathmandu", style="Title")
p("18-20 September 2023  ·  Kathmandu, Nepal  ·  Government, development partners, private sector and civil society")

doc.add_heading("Purpose", level=1)
p("A World Bank Group team spent three days in Kathmandu, from 18 to 20 September 2023, seeking the views of "
  "Nepali and international stakeholders on the draft World Bank Group Gender Strategy 2024-2030. Each day "
  "was devoted to a different audience. A fourth meeting, with the Nepal Rastra Bank, was postponed at the "
  "central bank's request and will be held remotely; it is not reported here.")

doc.add_heading("Headlines", level=1)
mixed([("Strong ownership in government: ", True),
       ("officials described the draft as closely aligned with the priorities of the Sixteenth Plan.", False)],
      "List Number")
mixed([("Violence and harmful practices remain the first concern, ", True),
       ("especially in Karnali and Sudurpashchim provinces.", False)], "List Number")
mixed([("Partners want one set of indicators: ", True),
       ("the donor group offered to align its reporting on gender equality and social inclusion with the "
        "strategy's results framework.", False)], "List Number")
mixed([("Finance is the binding constraint for women entrepreneurs, ", True),
       ("most of whom cannot offer the land collateral that banks require.", False)], "List Number")

doc.add_heading("Day 1 — Singha Durbar", level=2)
p("What we heard", bold=True)
p("The Joint Secretary opened by saying that the Ministry \"fully supports\" the three objectives of the draft "
  "and would like the World Bank Group to help the Government of Nepal scale up the hospital-based One-stop "
  "Crisis Management Centres (OCMCs) to every district. Much of the discussion was on gender-based violence "
  "and on harmful practices such as chhaupadi and dowry, which the ministry sees as rooted in social norms "
  "that laws alone have not changed. The National Women Commission stressed that more than 14,000 women were "
  "elected to local office in 2022 and asked that the strategy invest in their capacity to lead.")
p("In the room", bold=True)
rows = [
    ("Ministry of Women, Children and Senior Citizens", "Ms. Sarita Gurung Thapa", "Joint Secretary"),
    ("Ministry of Women, Children and Senior Citizens", "Mr. Binod Raj Adhikari",
     "Under Secretary, Gender-Based Violence Section"),
    ("National Women Commission", "Dr. Kamala Devi Shrestha", "Member"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        t.cell(i, j).text = val

doc.add_heading("Day 2 — UN House, Pulchowk", level=2)
p("The team met the gender equality and social inclusion working group of the International Development "
  "Partners Group (IDPG GESI Working Group), chaired this year by Ms. Anneli Virtanen, Counsellor at the "
  "Embassy of Finland in Kathmandu. Delegations present:")
for line in ["Finland: Embassy of Finland in Kathmandu",
             "United Kingdom: British Embassy Kathmandu",
             "Switzerland: Swiss Agency for Development and Cooperation (SDC)",
             "Japan: Japan International Cooperation Agency (JICA)",
             "Multilateral: Asian Development Bank (ADB); UN Women; United Nations Population Fund (UNFPA)"]:
    p(line, "List Bullet")
p("Partners welcomed the draft and its emphasis on results. The group raised four issues: the harmonisation "
  "of GESI indicators across partners, the exclusion of Dalit and Madhesi women from many programmes, the "
  "lack of a national time-use survey, and declining aid volumes for gender equality. UNFPA noted that "
  "reproductive health services were disrupted by this year's monsoon floods in Sudurpashchim Province, and "
  "that a coordinated response by partners had been slow to come.")

doc.add_heading("Day 3 — Federation House, Teku", level=2)
p("On the last day the team met Ms. Pratima Rai Limbu, Vice-President of the Federation of Women "
  "Entrepreneurs' Associations of Nepal (FWEAN); Mr. Suresh Kumar Pradhan, Chair of the Gender Committee of "
  "the Federation of Nepalese Chambers of Commerce and Industry (FNCCI); and two staff of Women for Human "
  "Rights, single women group (WHR). The business associations welcomed the strategy's focus on women's "
  "entrepreneurship and asked for credit lines that do not require land as collateral, noting that the "
  "Women Entrepreneurship Development Fund reaches only a few hundred firms a year. WHR was more critical: "
  "it regretted that the draft says nothing about widows and single women, who face stigma and lose their "
  "property rights, and doubted that a strategy written in Washington would reach them.")

p("Prepared by the Nepal country team, 26 September 2023.", italic=True)

when = datetime.datetime(2023, 9, 26, 8, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "r3f"
cp.title = "Back-to-Office Note - Nepal"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 9, 26, 8, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
