#!/usr/bin/env python3
"""Make docs/m-ituc-psi-letter-en.docx: an English joint letter (written input) as a real Word file.

    python3 -m venv .venv-make && .venv-make/bin/pip install python-docx
    .venv-make/bin/python make/make_ituc_docx.py [OUT.docx]

Layout: a two-cell letterhead table naming both organisations, place and date, an addressee block, a "Re:" line,
salutation, comments under bold Roman-numbered lines (I.-V.) with some Word bullets, a closing, and the two
signatories side by side in a borderless table (name / title / organisation), then a "cc" line.
Fixed core properties and zip timestamps, so rebuilding gives the same bytes.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "m-ituc-psi-letter-en.docx"
doc = Document()
doc.styles["Normal"].font.name = "Cambria"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text="", style=None, bold=False, italic=False, align=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
    if align:
        p.alignment = align
    return p


lh = doc.add_table(rows=1, cols=2)
lh.cell(0, 0).text = "INTERNATIONAL TRADE UNION CONFEDERATION\nBoulevard du Roi Albert II, 5, Bte 1\n1210 Brussels, Belgium"
lh.cell(0, 1).text = "PUBLIC SERVICES INTERNATIONAL\n45 avenue Voltaire, BP 9\n01211 Ferney-Voltaire Cedex, France"
for c in lh.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.bold = True
para()
para("Brussels, 30 November 2023", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Gender Strategy Team\nGender Group\nThe World Bank Group\n1818 H Street NW\nWashington, DC 20433\nUnited States")
para("Re: Joint submission of the ITUC and PSI to the consultation on the draft World Bank Group Gender Strategy "
     "2024-2030", bold=True)
para("Dear colleagues,")
para("On behalf of the International Trade Union Confederation (ITUC), which represents 191 million workers in 167 "
     "countries, and Public Services International (PSI), the global union federation of public service workers, we "
     "write to share our comments on the consultation draft. We appreciate that the draft recognises the scale of "
     "gender inequality in the world of work. However, we are concerned that several of its proposals would weaken, "
     "rather than strengthen, the public services and labour rights on which working women depend.")

sections = [
    ("I. Decent work, not just more jobs",
     "The draft measures success by the number of women in jobs. Women are over-represented in informal, low-paid and "
     "insecure work; the strategy should commit to decent work, a living wage, equal pay for work of equal value and "
     "the right to organise and bargain collectively.", []),
    ("II. Care as a public responsibility",
     "We welcome that care is named as a constraint, but the draft relies heavily on private and market-based childcare. "
     "Care systems must be publicly funded and delivered, with decent conditions for care workers, most of whom are "
     "women.", ["Invest in early childhood education and long-term care as public infrastructure.",
                "Recognise, reduce and redistribute unpaid care work, and reward and represent paid care workers."]),
    ("III. Fiscal policy and austerity",
     "The Bank's own policy advice on fiscal consolidation, public wage bills and regressive consumption taxes has "
     "direct gendered effects. We ask that every development policy operation include an ex-ante gender impact "
     "assessment, and that the Bank move away from the Maximizing Finance for Development approach in social sectors.",
     []),
    ("IV. Violence and harassment in the world of work",
     "The strategy should refer explicitly to the ILO Violence and Harassment Convention, 2019 (No. 190) and support "
     "its ratification and implementation, including in projects financed by the Bank and in IFC client companies.",
     []),
    ("V. Social dialogue",
     "Trade unions should be consulted as partners in country-level implementation, alongside women's rights "
     "organisations. We would welcome a standing channel for dialogue with the Gender Group.", []),
]
for head, body, bullets in sections:
    para(head, bold=True)
    para(body)
    for b in bullets:
        para(b, "List Bullet")

para("We remain available to discuss these points and thank you for the opportunity to contribute.")
para("Yours sincerely,")
sig = doc.add_table(rows=3, cols=2)
for j, (n, t, o) in enumerate([("Maren Solveig Lindqvist", "Deputy General Secretary",
                                 "International Trade Union Confederation"),
                                ("Thandiwe Grace Mokoena", "Assistant General Secretary",
                                 "Public Services International")]):
    sig.cell(0, j).text = n
    sig.cell(0, j).paragraphs[0].runs[0].bold = True
    sig.cell(1, j).text = t
    sig.cell(2, j).text = o
para()
para("cc: Executive Directors' offices, World Bank Group", italic=True)

when = datetime.datetime(2023, 11, 30, 12, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "ITUC"
cp.title = "ITUC-PSI submission - WBG Gender Strategy"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 30, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
