#!/usr/bin/env python3
"""Make docs/zv-jaffna-bto.docx: a back-to-office report (mission summary) as a Word file.

Layout: a memo block as a borderless two-column table (To/From/Date/Subject) at the top; headings are
bold numbered paragraphs, not heading styles; main messages as Word bullets; meetings headed by venue
and date; meeting 1 participants in a table (Organisation | Representative | Role) with a header row,
meeting 2 given as one paragraph of prose, meeting 3 participants in a table with no header row and the
discussion before it. A UN Women report is cited (mentioned only). Names of people are fictional.
Reproducible: fixed core properties and zip timestamps.
"""
import datetime, io, zipfile
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = Path(__file__).resolve().parents[1] / "docs" / "zv-jaffna-bto.docx"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)


def p(text="", bold=False, style=None, italic=False):
    para = doc.add_paragraph(style=style)
    if text:
        r = para.add_run(text)
        r.bold, r.italic = bold, italic
    return para


def head(text):
    para = p(text, bold=True)
    para.paragraph_format.space_before = Pt(10)
    return para


def table(rows, header):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            c.paragraphs[0].add_run(val).bold = header and i == 0
    if header:
        trPr = t.rows[0]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
    return t


p("THE WORLD BANK", bold=True)
p("Back-to-Office Report", bold=True).runs[0].font.size = Pt(14)
memo = doc.add_table(rows=4, cols=2)
for i, (k, v) in enumerate([("To:", "Gender Strategy consultation team"),
                            ("From:", "Sri Lanka country team"),
                            ("Date:", "October 24, 2023"),
                            ("Subject:", "Consultations with civil society in Jaffna on the draft WBG Gender Strategy 2024-2030, October 16-17, 2023")]):
    memo.cell(i, 0).text = ""
    memo.cell(i, 0).paragraphs[0].add_run(k).bold = True
    memo.cell(i, 1).text = v

head("1. Background")
p("As part of the global consultations on the World Bank Group Gender Strategy 2024-2030, the country team travelled "
  "to Jaffna in the Northern Province on October 16-17, 2023 to hear from women's organizations working in areas "
  "affected by the war that ended in 2009. Three meetings were held; a fourth, with district officials, was not part "
  "of this consultation and is reported separately. Participants received a Tamil summary of the draft in advance.")

head("2. Main messages")
for t in [
    "Organizations in the North welcomed the priority given to ending gender-based violence, and asked that the strategy "
    "recognize the specific situation of war-affected and female-headed households.",
    "Household debt from microfinance loans was raised in every meeting as a cause of distress among women borrowers.",
    "Space for civil society in the North is narrow; groups asked the Bank to protect the organizations it consults.",
    "Women's representation in local councils has improved since the 25 percent quota, but women councillors lack "
    "resources and support.",
]:
    p(t, style="List Bullet")

head("3. Meetings")

p("3.1  Women's Development Centre, Chundikuli — Monday, October 16 (morning)", bold=True)
table([("Organisation", "Representative", "Role"),
       ("Women's Development Centre (WDC)", "Ms. Thayalini Kugathasan", "Executive Director"),
       ("Women's Action Network (WAN)", "Ms. Anusha Rajendram", "Coordinator"),
       ("Mannar Women's Development Federation (MWDF)", "Ms. Mary Jesintha Croos", "President")], header=True)
p("Discussion", italic=True)
p("The three organizations welcomed the draft and said that its first objective matched what they see every day. They "
  "described female-headed households — more than one in five in the district, according to a UN Women report that "
  "WDC cited — that took microfinance loans after resettlement and now borrow from one lender to repay another. WAN "
  "raised cases of officials demanding sexual favours in exchange for access to services and land documents, and asked "
  "that the strategy treat such abuse of authority as a form of gender-based violence. MWDF added that families of the "
  "disappeared, most of them led by women, still have no answers, and that this shapes how they relate to any "
  "government or donor programme.")

p("3.2  Nallur — Monday, October 16 (afternoon)", bold=True)
p("The team also met with staff of Viluthu Centre for Human Resource Development and Home for Human Rights (HHR), "
  "including Mr. Kandiah Sathiyaseelan, Programme Manager at Viluthu, and Ms. Revathy Nadarajah, Legal Officer at HHR. "
  "Both organizations were sceptical that the strategy would make a difference in the North unless the Bank paid "
  "attention to the conditions under which civil society works there: they described surveillance of meetings and "
  "registration requirements that make small groups reluctant to speak openly. Viluthu, which trains women elected to "
  "local authorities, said that the quota had brought many women into councils for the first time, but that most had "
  "no budget, no training and little say over decisions; it asked that the third objective of the strategy include "
  "support to women in local government.")

p("3.3  Jaffna Public Library, conference room — Tuesday, October 17", bold=True)
p("The conversation centred on jobs for women in fisheries and agriculture, the exclusion of women with disabilities, "
  "and the lack of childcare in rural divisions. The University of Jaffna presented a survey of women fish vendors "
  "who earn less than men selling the same catch. AWAW stressed that women disabled during the war are often left out "
  "of livelihood programmes. Chrysalis described its work with women's producer groups in Kilinochchi and Mullaitivu "
  "and noted that the new Aswesuma welfare benefit had dropped some of these women from the rolls. Participants "
  "supported the strategy's emphasis on economic opportunities and offered to share their data with the team.")
p("Participants:", italic=True)
table([("Centre for Women and Development (CWD)", "Ms. Sumathy Paramanathan", "Director"),
       ("Association of War Affected Women (AWAW)", "Ms. Nirmala Yogarajah", "Programme Officer, Northern Province"),
       ("Chrysalis", "Mr. Pradeep Jeyakumar", "Field Coordinator"),
       ("University of Jaffna, Department of Economics", "Dr. Kalaivani Sritharan", "Senior Lecturer")], header=False)

head("4. Follow-up")
for t in ["Share this note and the consultation summary with participants, in Tamil and English.",
          "Discuss with the social protection team the concerns raised about Aswesuma targeting.",
          "Include Jaffna-based organizations in the civil society mapping for the Country Partnership Framework."]:
    p(t, style="List Number")

when = datetime.datetime(2023, 10, 24, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "zv blind round"
cp.title = "Back-to-Office Report - Jaffna consultations"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO(); doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 10, 24, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print("wrote", OUT)
