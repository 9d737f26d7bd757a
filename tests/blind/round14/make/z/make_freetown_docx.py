#!/usr/bin/env python3
"""Make docs/z-freetown-position-paper-en.docx: a joint position paper as a real Word file.

    .venv-make/bin/python make/make_freetown_docx.py [OUT.docx]

Layout: a "POSITION PAPER" kicker and a long title in bold runs (no Title style), a
submission line with place and date, then "Key messages" inside a shaded one-cell table
(three bullet paragraphs in the cell). Numbered section headings are Heading 1 with the
numbers typed in the text ("1. Who we are"). The eight recommendations are Word "List
Number" paragraphs (numbered by Word, no digits in the text), each led by a bold
sentence. The signatories close the paper as blocks: "For the ..." line, then name, then
title. Laws, programmes and agencies are real; people are fictional. Reproducible bytes.
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_util import save_reproducible  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "z-freetown-position-paper-en.docx"

doc = Document()
doc.styles["Normal"].font.name = "Cambria"
doc.styles["Normal"].font.size = Pt(11)
GREEN = RGBColor(0x1E, 0x6B, 0x3A)


def para(text="", style=None, bold=False, size=None, color=None, italic=False):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    return p


def runs(parts, style=None, container=None):
    p = (container or doc).add_paragraph(style=style)
    for text, bold in parts:
        p.add_run(text).bold = bold
    return p


para("POSITION PAPER", bold=True, size=9, color=GREEN)
para("Beyond the Act: what the World Bank Group Gender Strategy 2024-2030 must do for women and girls in "
     "Sierra Leone", bold=True, size=17)
para("Submitted by the 50/50 Group of Sierra Leone and Rainbo Initiative to the consultation on the draft World "
     "Bank Group Gender Strategy 2024-2030", italic=True)
para("Freetown, 30 October 2023")

# key messages in a shaded one-cell table
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
cell = box.cell(0, 0)
shd = OxmlElement("w:shd")
shd.set(qn("w:val"), "clear")
shd.set(qn("w:color"), "auto")
shd.set(qn("w:fill"), "E6F1EA")
cell._tc.get_or_add_tcPr().append(shd)
cell.text = ""
cell.paragraphs[0].add_run("Key messages").bold = True
for parts in [
    [("Sierra Leone's laws now promise women equality in politics, land and work; ", False),
     ("the strategy should help turn those promises into practice.", True)],
    [("Services for survivors of sexual violence and for pregnant girls ", False),
     ("stop at the edge of Freetown and the district towns.", True)],
    [("Women's organisations are ready to help deliver and monitor the strategy, ", False),
     ("but they need direct and predictable funding.", True)],
]:
    runs(parts, style="List Bullet", container=cell)
para()

doc.add_heading("1. Who we are", level=1)
para("The 50/50 Group of Sierra Leone is a non-partisan organisation, founded in 2000, that works to increase the "
     "number of women in politics and in public decision-making. Rainbo Initiative runs the Rainbo Centres, which "
     "offer free medical and psychosocial care to survivors of sexual and gender-based violence in several districts "
     "of the country. This paper draws on our work with women candidates, survivors and community volunteers.")

doc.add_heading("2. The context", level=1)
para("Sierra Leone has changed its laws faster than almost any country in the region. The Gender Equality and "
     "Women's Empowerment Act, 2022 sets a minimum of 30 per cent women in elected and appointed office and in "
     "public and private employment. The Customary Land Rights Act, 2022 gives women the same rights as men to "
     "family and community land. The Free Quality School Education programme has brought more girls into "
     "classrooms, and the National Policy on Radical Inclusion in Schools allows pregnant girls and young mothers to "
     "continue their studies. Yet implementation lags: few districts apply the land law, the quota is not yet "
     "reflected in local councils, and most girls who become pregnant still leave school.")

doc.add_heading("3. Our view of the draft", level=1)
para("We endorse the draft strategy and its three objectives, which match the priorities of Sierra Leonean women's "
     "organisations. Our recommendations are meant to help the World Bank Group turn those objectives into results in "
     "a country where the law has moved faster than practice.")

doc.add_heading("4. Recommendations", level=1)
para("We recommend that the World Bank Group:")
recs = [
    ("Back the 30 per cent quota with support for the women who fill it. ",
     "Training, mentoring and protection from harassment for women candidates and newly appointed officials would "
     "help the Act change who holds power, not only who is on the list."),
    ("Fund survivor services beyond Freetown. ",
     "Survivors of rape in rural chiefdoms often travel for a day to reach a Rainbo Centre or a hospital. Mobile "
     "services and one-stop centres in every district should be part of any World Bank Group health operation."),
    ("Keep pregnant girls and young mothers in school. ",
     "The Radical Inclusion policy needs trained teachers, school-based childcare and cash support to make a "
     "difference for adolescent girls in practice."),
    ("Invest in maternal health and family planning. ",
     "Sierra Leone still has one of the highest maternal mortality ratios in the world; access to contraception "
     "for adolescents and unmarried women remains poor."),
    ("Make the land law work for rural women. ",
     "Support for chiefdom land committees, women paralegals and the registration of women's land claims would "
     "give rural women the collateral they lack."),
    ("Open finance to market women. ",
     "Women traders, many of them members of the Sierra Leone Market Women's Association, borrow at very high "
     "rates from informal lenders; credit lines and savings products designed for them are needed."),
    ("Count what matters. ",
     "Statistics Sierra Leone should be helped to collect sex-disaggregated data on violence, land and unpaid work, "
     "so that progress under the strategy can be measured at district level."),
    ("Fund women's rights organisations directly. ",
     "Small, multi-year grants to local women's organisations, with light reporting rules, would strengthen the "
     "groups that already reach women where public services do not."),
]
for lead, rest in recs:
    runs([(lead, True), (rest, False)], style="List Number")

doc.add_heading("5. Signatories", level=1)
for org, name, title in [("For the 50/50 Group of Sierra Leone", "Isatu Kamara-Bangura", "National Chairperson"),
                         ("For Rainbo Initiative", "Dr. Aminata Conteh-Williams", "Executive Director")]:
    para(org, italic=True)
    para(name, bold=True)
    para(title)

save_reproducible(doc, OUT, datetime.datetime(2023, 10, 30, 12, 0, 0),
                  "Position paper - WBG Gender Strategy 2024-2030 - Sierra Leone", "50/50 Group of Sierra Leone")
print(f"wrote {OUT}")
