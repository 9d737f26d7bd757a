#!/usr/bin/env python3
"""Make docs/r3g-pakistan-en.docx: a joint letter (written input) from two Pakistani women's organisations.

    OUT/.venv-make/bin/python make/make_pakistan_docx.py

Layout: centred joint letterhead, right-aligned place and date, addressee block, bold "Re:" line,
salutation, Roman-numbered comments typed as bold run + paragraph (no Word heading styles or list
styles), complimentary close, signatories side by side in a borderless two-column table.
Reproducible bytes (fixed core properties and zip timestamps).
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "r3g-pakistan-en.docx"
doc = Document()
doc.styles["Normal"].font.name = "Cambria"
doc.styles["Normal"].font.size = Pt(11)


def p(text="", bold=False, align=None, italic=False, after=None):
    para = doc.add_paragraph()
    r = para.add_run(text)
    r.bold, r.italic = bold, italic
    if align:
        para.alignment = align
    if after is not None:
        para.paragraph_format.space_after = Pt(after)
    return para


head = p("AURAT FOUNDATION  ·  SHIRKAT GAH – WOMEN'S RESOURCE CENTRE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
p("Joint submission", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
p("Islamabad, 27 November 2023", align=WD_ALIGN_PARAGRAPH.RIGHT)
for line in ["The Gender Strategy Team", "World Bank Group", "1818 H Street NW", "Washington, DC 20433"]:
    p(line, after=0)
p("")
p("Re: Comments on the consultation draft of the World Bank Group Gender Strategy 2024-2030", bold=True)
p("Dear Colleagues,")
p("Aurat Foundation and Shirkat Gah – Women's Resource Centre welcome the opportunity to comment on the draft "
  "strategy. Between us we have worked for more than four decades with women's groups in all four provinces of "
  "Pakistan. We support the draft and its three objectives, and offer the comments below in the hope that they will "
  "make the strategy more useful in a country like ours, where women's labour force participation has been stuck at "
  "around one in five for years.")


def comment(num, title, text):
    para = doc.add_paragraph()
    para.add_run(f"{num}. {title}").bold = True
    doc.add_paragraph(text)


comment("I", "Violence against women",
        "We are glad that ending gender-based violence is an objective in its own right. Pakistan's provinces have "
        "passed domestic violence laws, and the Protection against Harassment of Women at the Workplace Act, 2010 "
        "applies nationally, but implementation is weak and shelters are few. A recent UN Women report found that "
        "most survivors never approach the police. We ask the Bank to finance the response services that these laws "
        "assume exist.")
comment("II", "Social protection and women's identity",
        "The Benazir Income Support Programme (BISP) has shown that cash paid directly to women, through accounts in "
        "their own names, strengthens their position in the household. Yet millions of women still lack a national "
        "identity card and therefore a bank account or mobile wallet. Financial inclusion should start with "
        "registration.")
comment("III", "Home-based and informal workers",
        "Most working women in Pakistan are home-based workers or unpaid family workers in agriculture. They are "
        "invisible in labour statistics and outside labour law. The strategy's jobs objective should explicitly "
        "include them, and recognise the unpaid care work that keeps many women at home.")
comment("IV", "Climate disasters and displacement",
        "The 2022 floods displaced millions of people, and women in the relief camps of Sindh and Balochistan faced "
        "harassment, lack of privacy and loss of livelihoods. We urge the Bank to make gender analysis mandatory in "
        "its reconstruction and humanitarian-development programmes.")
comment("V", "Women in politics",
        "The gap between men and women on the electoral rolls remains large, and women are rarely given party tickets "
        "for general seats. Support to voter registration drives and to women councillors would be a concrete "
        "contribution to the leadership objective.")
comment("VI", "Data",
        "Finally, we recommend that the Bank support the Pakistan Bureau of Statistics in producing time-use and "
        "sex-disaggregated data at district level, without which the strategy's results cannot be tracked.")

p("We would be glad to discuss these comments with the team.")
p("Yours sincerely,")

t = doc.add_table(rows=3, cols=2)
vals = [("Farzana Iqbal Chaudhry", "Mehreen Aslam Siddiqui"),
        ("Executive Director", "Head of Research and Advocacy"),
        ("Aurat Foundation", "Shirkat Gah – Women's Resource Centre")]
for r, row in enumerate(vals):
    for c, v in enumerate(row):
        cell = t.cell(r, c)
        cell.text = ""
        cell.paragraphs[0].add_run(v).bold = r == 0

when = datetime.datetime(2023, 11, 27, 12, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "r3g"
cp.title = "Joint submission - WBG Gender Strategy"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 27, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
