#!/usr/bin/env python3
"""Make docs/x-hanoi-en.docx: a mission summary (private sector, Viet Nam) as a Word file.

Layout: a bold kicker line and a large bold title in Normal style (no Title style); a
two-column fact table without header; "Three things to take away" as Word-numbered
paragraphs; each meeting a Heading 2 naming the DATE and VENUE, with the audience in
an italic line below; participants of session 1 in a header-less table
(organisation | represented by), of session 2 as Word bullets, of session 3 inside a
sentence of prose; discussion under a bold "What we heard" line; a postponed fourth
session as a plain paragraph; a follow-up table with a header row at the end.
People are fictional; organisations are real.
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_save import save_fixed  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "x-hanoi-en.docx"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)


def p(text="", style=None, bold=False, italic=False, size=None):
    par = doc.add_paragraph(style=style)
    if text:
        r = par.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return par


def mixed(parts, style=None):
    par = doc.add_paragraph(style=style)
    for text, b in parts:
        par.add_run(text).bold = b
    return par


def table(rows, header=False, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            cell = t.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(v)
            run.bold = header and r == 0
    return t


k = p("CONSULTATION NOTE  |  PRIVATE SECTOR", bold=True, size=9)
k.runs[0].font.color.rgb = RGBColor(0x00, 0x5A, 0x9C)
p("Viet Nam: what business told us about the draft World Bank Group Gender Strategy 2024–2030", bold=True, size=16)
table([
    ("Dates", "19–21 September 2023"),
    ("City", "Hanoi, Viet Nam"),
    ("Who we consulted", "Private sector: business associations, commercial banks and manufacturers"),
    ("Prepared by", "IFC Viet Nam gender team, with the World Bank country office"),
])
p()

doc.add_heading("Why we met", level=1)
p("IFC and the World Bank country office in Viet Nam invited business leaders to three listening sessions on the "
  "draft World Bank Group Gender Strategy 2024–2030. We wanted to know which parts of the draft matter most to "
  "firms, where they see the largest gaps for women as workers, entrepreneurs and clients, and how the World Bank "
  "Group could work with them. Each session lasted about two hours and was held under the Chatham House rule; "
  "names are recorded here with the participants' agreement.")

doc.add_heading("Three things to take away", level=1)
for text in [
    "Business leaders support the strategy's focus on jobs and on women-owned firms, and want IFC to be more "
    "visible in it.",
    "Access to finance remains the binding constraint for women-owned small and medium enterprises; banks asked "
    "for help to build sex-disaggregated portfolio data.",
    "Childcare near industrial parks and action on workplace sexual harassment were the two issues that "
    "manufacturers raised most often.",
]:
    p(text, style="List Number")

doc.add_heading("The sessions", level=1)

# Session 1: date + venue heading; header-less participant table
doc.add_heading("19 September — VCCI headquarters, Kim Ma Street", level=2)
p("Business associations", italic=True)
table([
    ("Vietnam Chamber of Commerce and Industry (VCCI)",
     "Mr. Phạm Quang Minh, Deputy Director, Bureau for Employers' Activities"),
    ("Vietnam Women Entrepreneurs Council (VWEC)", "Ms. Nguyễn Thị Thu Hằng, Vice Chair"),
    ("Vietnam Textile and Apparel Association (VITAS)", "Ms. Lê Thị Ngọc Anh, Head of Member Services"),
    ("Vietnam Association of Small and Medium Enterprises (VINASME)", "Secretariat staff"),
])
p("What we heard", bold=True)
p("The associations endorsed the strategy and said it comes at the right moment for Vietnamese business. VWEC "
  "estimated that about a quarter of registered firms are led by women, most of them micro and small, and said "
  "that few of these owners can borrow without a husband's signature on the collateral.")
p("VITAS described how much the garment sector depends on women workers, many of them internal migrants from "
  "the northern provinces, and how few public kindergartens exist near the industrial zones where they live. "
  "The Chamber suggested that the strategy recognise the role of employers' organisations in changing the "
  "attitudes of managers, who still often see women as less committed workers after they have children.")

# Session 2: participants as Word bullets
doc.add_heading("20 September — IFC office, 63 Ly Thai To", level=2)
p("Commercial banks", italic=True)
for line in [
    "Vietnam Prosperity Joint Stock Commercial Bank (VPBank) — Ms. Trần Minh Châu, Director, SME Banking Division",
    "Vietnam Technological and Commercial Joint Stock Bank (Techcombank) — Mr. Đỗ Văn Khải, Head of Retail Credit Risk",
    "Vietnam International Commercial Joint Stock Bank (VIB)",
    "Ho Chi Minh City Development Joint Stock Commercial Bank (HDBank)",
]:
    p(line, style="List Bullet")
p("What we heard", bold=True)
p("The banks spoke warmly of the advisory support they have received from IFC and of the credit lines for "
  "women-owned small businesses financed under the Women Entrepreneurs Finance Initiative (We-Fi), and asked that "
  "the new strategy keep this work at its centre. VPBank said its loans to women-owned firms perform as well as "
  "the rest of its SME book, but that it cannot yet report them reliably because its systems do not record the "
  "owner's sex.")
p("Techcombank and HDBank want help to build sex-disaggregated data across their portfolios, and suggested that "
  "the State Bank of Vietnam could make such reporting standard for all lenders. VIB noted that more than half of "
  "its new retail customers now open their accounts on a mobile phone, and that this channel could reach women "
  "in rural provinces who never visit a branch.")

# Session 3: participants named inside prose
doc.add_heading("21 September — Lotte Center, roundtable with manufacturers", level=2)
p("Employers and manufacturers", italic=True)
p("Around the table were human-resources and sustainability managers from Samsung Electronics Vietnam, Canon "
  "Vietnam, Unilever Vietnam and Vietnam Dairy Products Joint Stock Company (Vinamilk); Ms. Vũ Thị Hồng Nhung, "
  "Human Resources Director of Canon Vietnam, co-chaired the discussion.")
p("What we heard", bold=True)
p("The manufacturers broadly welcomed the strategy but were concerned that new gender requirements in IFC "
  "investments could add to their reporting burden. The discussion turned on three practical questions: childcare "
  "for workers' children near factories, how to handle complaints of sexual harassment under the 2019 Labour Code, "
  "and how to move more women from the production line into supervisory roles.")
p("Several companies take part in Better Work Vietnam, the joint programme of the ILO and IFC, and said its "
  "factory assessments already cover harassment; they asked that the World Bank Group build on it rather than add "
  "a separate system. Samsung Electronics Vietnam noted that women hold most line jobs in its plants but few "
  "supervisor posts.")

p("A fourth session, with the Vietnam Women's Union, was postponed at the Union's request. It will be held online "
  "in October and reported separately.")

doc.add_heading("Follow-up", level=1)
table([
    ("Action", "Who", "When"),
    ("Share this note with the participants", "IFC gender team", "29 September"),
    ("Send VPBank and Techcombank the We-Fi data template", "IFC financial institutions team", "October"),
    ("Reschedule the session with the Vietnam Women's Union", "World Bank country office", "October"),
], header=True)

save_fixed(doc, OUT, datetime.datetime(2023, 9, 26, 10, 0, 0), "Consultation note - private sector - Viet Nam")
print(f"wrote {OUT}")
