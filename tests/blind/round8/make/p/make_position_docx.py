#!/usr/bin/env python3
"""Make docs/p-care-icrw-position-paper.docx: an English written input shaped as a position paper.

    .venv-make/bin/python make_position_docx.py [OUT.docx]

Layout: a cover block (paper type, title, subtitle naming the two authoring organisations,
date) in centred paragraphs; "Executive summary" in prose (Heading 1); numbered sections
with Heading 2 sub-sections; the recommendations as a four-column Word table with a header
row (No. | Recommendation | Objective served | How progress could be tracked); the authors'
contacts at the end in a two-column table without header. Organisations cited only as
sources are in the text. People are fictional; organisations are real. Reproducible bytes.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "p-care-icrw-position-paper.docx"
STAMP = (2023, 10, 31, 17, 0, 0)

doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text, bold=False, center=False, size=None, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("POSITION PAPER", bold=True, center=True, size=11)
para("No one left to care: making the World Bank Group Gender Strategy 2024–2030 work for women and girls in "
     "crisis", bold=True, center=True, size=16)
para("A submission by CARE International and the International Center for Research on Women (ICRW) to the public "
     "consultation on the draft strategy", center=True)
para("31 October 2023", center=True)

doc.add_heading("Executive summary", level=1)
para("CARE International and ICRW welcome the draft World Bank Group Gender Strategy 2024–2030 and support its three "
     "strategic objectives. The draft is right to make ending gender-based violence an objective in its own right, "
     "and right to name care as a constraint on women's work. We are concerned, however, that it says little about "
     "the women and girls living through conflict, displacement and climate disasters, who are a growing share of the "
     "people the World Bank Group serves.")
para("This paper focuses on four areas: unpaid care work, social norms change, sex-disaggregated data, and funding "
     "for women's rights organisations. For each we describe what the draft proposes, where it falls short, and what "
     "we recommend. Our recommendations are brought together in the table in Section 4.")

doc.add_heading("1. About the authors", level=1)
para("CARE International is a confederation of humanitarian and development organisations working in more than 100 "
     "countries, many of them affected by conflict. The International Center for Research on Women is a research "
     "institute based in Washington, DC, with regional offices in Asia and Africa. This submission draws on our "
     "programme evidence and on consultations with partner organisations in Niger, South Sudan and Bangladesh.")

doc.add_heading("2. What the draft gets right", level=1)
para("We commend the World Bank Group for an open consultation process and for a draft that treats gender-based "
     "violence as a development problem rather than a side issue. The attention to childcare and to women's "
     "ownership of land and other assets is also welcome.")

doc.add_heading("3. Where the draft falls short", level=1)
doc.add_heading("3.1 Women and girls in fragile and conflict-affected settings", level=2)
para("The draft mentions fragility only in passing. Yet in crises the risk of sexual violence rises, girls are "
     "taken out of school and married early, and health services collapse. CARE's Rapid Gender Analyses in "
     "displacement settings consistently find that women lose income first and recover it last. The strategy should "
     "commit to gender analysis in every operation in fragile and conflict-affected settings and draw on the Gender "
     "Handbook of the Inter-Agency Standing Committee (IASC).")
doc.add_heading("3.2 Unpaid care work", level=2)
para("Care appears in the draft mainly as a barrier to women's employment. We urge the World Bank Group to treat "
     "care as infrastructure: public investment in childcare, elder care and water close to home reduces women's "
     "unpaid work and creates jobs. Time-use surveys should inform project design.")
doc.add_heading("3.3 Social norms", level=2)
para("ICRW's research shows that programmes which work with men and boys, and with religious and community leaders, "
     "change attitudes more durably than awareness campaigns alone. The strategy should fund norms change "
     "explicitly, with budgets and indicators, rather than assume it follows from economic gains.")
doc.add_heading("3.4 Evidence and data", level=2)
para("Many of the draft's indicators cannot be reported for lack of sex-disaggregated data, particularly in crisis "
     "settings. The World Bank Group should finance national statistical offices to collect it, building on UN "
     "Women's Women Count programme, and should publish the gender tags of its own portfolio.")
doc.add_heading("3.5 Women's rights organisations", level=2)
para("According to OECD figures, less than one per cent of gender-related aid reaches women's rights organisations "
     "directly. These organisations are often the first responders when crises hit. The strategy should set a "
     "target for flexible funding to them, for example through the Umbrella Facility for Gender Equality (UFGE), and "
     "should involve them in monitoring.")

doc.add_heading("4. Recommendations", level=1)
rows = [
    ("No.", "Recommendation", "Objective served", "How progress could be tracked"),
    ("1", "Require a gender analysis for every operation in fragile and conflict-affected settings.",
     "All three objectives", "Share of FCS operations with a gender analysis at appraisal"),
    ("2", "Include prevention of and response to gender-based violence in all crisis response financing.",
     "End GBV and elevate human capital", "Number of emergency operations with GBV services"),
    ("3", "Invest in care services and care infrastructure as part of jobs and infrastructure projects.",
     "Expand and enable economic opportunities", "Childcare places created; hours of unpaid work saved"),
    ("4", "Fund social norms change programmes that engage men and boys, with dedicated budgets.",
     "End GBV and elevate human capital", "Projects with a norms component and a budget line"),
    ("5", "Finance the collection of sex-disaggregated data, including in crisis settings.",
     "All three objectives", "Countries supported to produce gender statistics"),
    ("6", "Set a target for direct, flexible funding to women's rights organisations.",
     "Engage women as leaders", "Volume of funding reaching women's rights organisations"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for r, values in enumerate(rows):
    for c, v in enumerate(values):
        cell = t.cell(r, c)
        cell.text = ""
        cell.paragraphs[0].add_run(v).bold = r == 0
trPr = t.rows[0]._tr.get_or_add_trPr()
h = OxmlElement("w:tblHeader")
h.set(qn("w:val"), "true")
trPr.append(h)

doc.add_heading("Contacts", level=1)
contacts = [
    ("Hannah Oduya-Brennan", "Senior Policy Adviser, Gender Justice\nCARE International\nGeneva, Switzerland"),
    ("Dr. Priya Raman Iyer", "Director of Research\nInternational Center for Research on Women (ICRW)\nWashington, DC, "
                             "United States"),
]
ct = doc.add_table(rows=len(contacts), cols=2)
for r, (name, rest) in enumerate(contacts):
    ct.cell(r, 0).text = ""
    ct.cell(r, 0).paragraphs[0].add_run(name).bold = True
    ct.cell(r, 1).text = ""
    lines = rest.split("\n")
    ct.cell(r, 1).paragraphs[0].add_run(lines[0])
    for ln in lines[1:]:
        ct.cell(r, 1).add_paragraph(ln)

when = datetime.datetime(*STAMP)
cp = doc.core_properties
cp.author = cp.last_modified_by = "CARE International"
cp.title = "Position paper - WBG Gender Strategy 2024-2030"
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
