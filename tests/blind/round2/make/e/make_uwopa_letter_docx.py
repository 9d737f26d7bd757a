#!/usr/bin/env python3
"""Make docs/e-uwopa-fowode-letter.docx: a joint written input as a formal letter.

Letterhead in bold centred lines (no heading styles), reference and dateline, addressee block,
a bold RE: line, comments numbered with Roman numerals typed in bold run text, a signatory
table (one cell per signatory: name / title / organisation) and a cc list naming offices that
are not authors. People are fictional; organisations are real.
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_common import save_fixed

OUT = Path(__file__).resolve().parents[1] / "docs" / "e-uwopa-fowode-letter.docx"
doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11.5)


def p(text="", bold=False, align=None, size=None, italic=False):
    par = doc.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        par.alignment = align
    return par


def mixed(parts):
    par = doc.add_paragraph()
    for text, bold in parts:
        par.add_run(text).bold = bold
    return par


C = WD_ALIGN_PARAGRAPH.CENTER
p("UGANDA WOMEN PARLIAMENTARY ASSOCIATION (UWOPA)", bold=True, align=C, size=14)
p("Parliament Buildings, Kampala, Uganda", align=C, size=10)
p("in partnership with", italic=True, align=C, size=10)
p("FORUM FOR WOMEN IN DEMOCRACY (FOWODE)", bold=True, align=C, size=12)
p("_" * 60, align=C)

p("Our Ref: UWOPA/EXT/117/2023")
p("Kampala, 24th November 2023", align=WD_ALIGN_PARAGRAPH.RIGHT)

for line in ["The Gender Strategy Team", "World Bank Group", "1818 H Street NW", "Washington, DC 20433",
             "United States of America"]:
    doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
p()
p("Dear Sir/Madam,")
p("RE: JOINT SUBMISSION ON THE DRAFT WORLD BANK GROUP GENDER STRATEGY 2024-2030", bold=True)

p("The Uganda Women Parliamentary Association (UWOPA) is the caucus of all women Members of the Parliament "
  "of Uganda. It works across party lines to advance laws and budgets that respond to the needs of women and "
  "girls. We write jointly with the Forum for Women in Democracy (FOWODE), a national non-governmental "
  "organisation that has trained women leaders and analysed the national budget from a gender perspective "
  "for more than two decades.")
p("We welcome the draft strategy and support its three objectives. Uganda's own experience shows that "
  "progress for women comes when legal commitments are matched by money and by oversight. We therefore "
  "offer the following comments, which we hope will strengthen the final text.")

comments = [
    ("I.  Women in leadership at every level. ",
     "Affirmative action seats have brought many women into Parliament, but women remain few among elected "
     "chairpersons of local governments. We ask the World Bank Group to support leadership training for women "
     "councillors and to require that women sit on the project management committees it finances."),
    ("II.  Gender and equity budgeting. ",
     "Under the Public Finance Management Act, 2015, every ministerial policy statement must obtain a "
     "Certificate of Gender and Equity Compliance before Parliament can approve it. World Bank budget support "
     "and programme-for-results operations should use this national system instead of building parallel "
     "checks, and should help strengthen the Equal Opportunities Commission, which issues the certificates."),
    ("III.  Teenage pregnancy and child marriage. ",
     "Teenage pregnancy rose sharply during the school closures of 2020-2021, and many of the girls concerned "
     "never returned to class. The strategy should give explicit attention to school re-entry for young "
     "mothers and to keeping adolescent girls in secondary education."),
    ("IV.  Women in refugee-hosting districts. ",
     "Uganda hosts more refugees than any other country in Africa. Women and girls in the settlements of "
     "West Nile and the south-west face high levels of violence and have almost no income. Operations in "
     "refugee-hosting districts should serve host and refugee women alike."),
    ("V.  Credit and enterprise. ",
     "Government programmes such as the Uganda Women Entrepreneurship Programme (UWEP) and the Parish "
     "Development Model have put revolving funds within reach of women's groups, but loan sizes are small and "
     "few women hold land that banks will accept as collateral. We encourage the Bank to support credit "
     "guarantee schemes for women-owned enterprises."),
    ("VI.  Reporting to Parliament. ",
     "Results of World Bank-financed projects are rarely reported by sex to the committees of Parliament. We "
     "request that project reports submitted to the Budget Committee include sex-disaggregated data, so that "
     "Members can follow what the strategy delivers in their constituencies."),
]
for head, body in comments:
    mixed([(head, True), (body, False)])

p("We thank the World Bank Group for this opportunity and remain available to discuss these proposals.")
p("Yours faithfully,")
p()

signatories = [
    ["Hon. Sarah Nakawunde Okello", "Chairperson", "Uganda Women Parliamentary Association"],
    ["Hon. Esther Akello Opio", "Secretary General", "Uganda Women Parliamentary Association"],
    ["Ms. Harriet Namutebi Kizza", "Executive Director", "Forum for Women in Democracy"],
]
table = doc.add_table(rows=1, cols=3)
table.style = "Table Grid"
for cell, (name, title, org) in zip(table.rows[0].cells, signatories):
    cell.paragraphs[0].add_run("……………………………")
    cell.add_paragraph().add_run(name).bold = True
    cell.add_paragraph(title)
    cell.add_paragraph(org)

p()
p("cc:", bold=True)
for line in ["The Country Manager, World Bank Uganda Country Office, Kampala",
             "The Clerk to Parliament, Parliament of Uganda",
             "The Chairperson, Equal Opportunities Commission"]:
    doc.add_paragraph(line, style="List Bullet")

save_fixed(doc, OUT, datetime.datetime(2023, 11, 24, 9, 0, 0), "Joint submission UWOPA FOWODE")
