#!/usr/bin/env python3
"""Make docs/u-icc-en.docx: readout of a webinar co-hosted with the International Chamber of
Commerce. Layout: a small key/value table at the top (no header row), "On the panel" as a
Word table with columns Organisation | Speaker | Role (header row), discussion under a
"Conversation" heading in prose, "Poll results" as a Word table, "From the chat" as Word
bullets, and a "Next steps" line. Reproducible (fixed core properties and zip times)."""
import sys
from pathlib import Path
from docx import Document
from docx.shared import Pt
sys.path.insert(0, str(Path(__file__).parent))
from docxutil import save_fixed

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "u-icc-en.docx"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)

doc.add_heading("Webinar readout: “Business and the Gender Gap”", level=1)
doc.add_paragraph("Private-sector consultation on the World Bank Group Gender Strategy 2024-2030")

meta = doc.add_table(rows=0, cols=2)
meta.style = "Table Grid"
for k, v in [("When", "Thursday 19 October 2023, 14:00-15:30 CET"),
             ("Where", "Online (Zoom), hosted jointly by the World Bank Group and the International Chamber of Commerce (ICC)"),
             ("Who joined", "Private sector: 212 registered, 164 connected from 41 countries"),
             ("Languages", "English, with French and Spanish interpretation")]:
    row = meta.add_row().cells
    row[0].text = k
    row[1].text = v

doc.add_heading("On the panel", level=2)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Organisation", "Speaker", "Role"]):
    c.text = h
for org, name, role in [
    ("International Chamber of Commerce", "Claire Dubois-Hartmann", "Director, Inclusive Trade"),
    ("Mastercard Center for Inclusive Growth", "Priya Raghavan", "Vice President, Programs"),
    ("Equileap", "Joost van der Meer", "Head of Research"),
    ("Kenya Association of Manufacturers", "Wanjiru Kamau", "Chair, Women in Manufacturing"),
]:
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = org, name, role
doc.add_paragraph("Moderated by a World Bank Group gender specialist. The strategy team presented the draft for ten minutes before the discussion.")

doc.add_heading("Conversation", level=2)
for txt in [
    "Panellists welcomed the draft and said the private sector was ready to be a partner in delivering it. Claire Dubois-Hartmann opened by arguing that firms respond to the business case, and that the strategy should put numbers on the returns to closing gender gaps in supply chains.",
    "Most of the hour went to care. Priya Raghavan and Wanjiru Kamau described factories where employer-supported childcare had cut turnover among women workers by a third, and asked the Bank and IFC to help smaller companies share the cost of on-site or nearby facilities.",
    "Access to finance for women-owned businesses came next. Mastercard described its work on digital payments for micro-merchants; the Kenyan manufacturers said collateral requirements still shut women out of bank credit, and that movable-asset registries would help.",
    "Joost van der Meer presented Equileap's data on the share of women in senior management and on company boards, noting that progress had stalled in emerging markets, and urged the strategy to track women's leadership in the firms the World Bank Group invests in.",
]:
    doc.add_paragraph(txt)

doc.add_heading("Poll results", level=2)
doc.add_paragraph("Two live polls were run (n = 131 and n = 118 respondents).")
pt = doc.add_table(rows=1, cols=3)
pt.style = "Table Grid"
for c, h in zip(pt.rows[0].cells, ["Question", "Answer", "Share"]):
    c.text = h
for q, a, s in [
    ("Which strategic objective matters most for your business?", "Expand and enable economic opportunities", "58%"),
    ("", "Engage women as leaders", "27%"),
    ("", "End gender-based violence and elevate human capital", "15%"),
    ("Does your company offer any childcare support?", "Yes", "34%"),
    ("", "Planned within two years", "22%"),
    ("", "No", "44%"),
]:
    cells = pt.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = q, a, s

doc.add_heading("From the chat", level=2)
for b in [
    "Several participants asked how the strategy will measure results in IFC investments, and whether company-level data will be published.",
    "A garment exporter from Bangladesh raised sexual harassment on factory floors and asked for practical guidance for employers.",
    "Questions on transport: women night-shift workers cannot get home safely.",
    "Thanks to the organisers for holding the session at a time convenient for Africa and Asia.",
]:
    doc.add_paragraph(b, style="List Bullet")

doc.add_heading("Next steps", level=2)
doc.add_paragraph("The recording and slides will be shared with registrants. Written comments remain open until 30 November 2023.")
save_fixed(doc, OUT)
print(OUT)
