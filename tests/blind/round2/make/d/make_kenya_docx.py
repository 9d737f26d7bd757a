#!/usr/bin/env python3
"""Make docs/d-kenya-mission-en.docx: a back-to-office note of a three-day mission in Kenya, organised by day
(Heading 2 per day), meetings as bold run-in lines inside a day; participants given four different ways (a table
with no header row, a nested Word list of organisation then people, a semicolon paragraph after "In the room:",
and inside a prose paragraph); a postponed meeting noted in passing.

    .venv-make/bin/python make/make_kenya_docx.py
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from docx_fix import save_reproducible, set_core  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "d-kenya-mission-en.docx"
doc = Document()
set_core(doc, "Kenya - Gender Strategy consultations - back-to-office note",
         datetime.datetime(2023, 9, 20, 8, 0, 0))
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)


def bold_line(text, after=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if after:
        p.add_run(after)
    return p


def bullet(text, level=0):
    style = "List Bullet" if level == 0 else "List Bullet 2"
    return doc.add_paragraph(text, style=style)


doc.add_heading("Back-to-Office Note", level=0)
p = doc.add_paragraph()
p.add_run("Mission: ").bold = True
p.add_run("Consultations on the World Bank Group Gender Strategy 2024–2030, Kenya")
p = doc.add_paragraph()
p.add_run("Dates and places: ").bold = True
p.add_run("12–14 September 2023, Nairobi and Kisumu")
p = doc.add_paragraph()
p.add_run("Who we consulted: ").bold = True
p.add_run("national and county government, private sector, civil society and development partners")

doc.add_heading("Purpose", level=1)
doc.add_paragraph(
    "The team travelled to Kenya to hear views on the draft World Bank Group Gender Strategy 2024–2030 from a "
    "broad range of stakeholders, and to test how its three objectives fit Kenya's devolved system, in which "
    "counties deliver most gender-related services. This note records what we heard, day by day.")

doc.add_heading("Main takeaways", level=1)
for t in [
    "Counterparts support the strategy's direction and want it to build on Kenya's own affirmative-action funds rather than create parallel instruments.",
    "Gender-based violence, including a visible rise in femicide, is the issue raised most often, at every level of government and by every civil society group.",
    "Employers are ready to act on childcare and workplace harassment but want the Bank to speak to firms, not only to governments.",
    "County governments lack the data and staff to plan for women; national–county coordination is weak.",
]:
    doc.add_paragraph(t, style="List Number")

# ---- Day 1
doc.add_heading("Day 1 — Nairobi, Tuesday 12 September", level=2)
bold_line("Morning: State Department for Gender and Affirmative Action")
tbl = doc.add_table(rows=0, cols=3)
tbl.style = "Table Grid"
for row in [
    ("Ms. Wanjiru Nyambura Kariuki", "Secretary, Gender Affairs", "State Department for Gender and Affirmative Action"),
    ("Mr. Peter Otieno Musyoka", "Director, Gender Mainstreaming", "State Department for Gender and Affirmative Action"),
    ("Ms. Faith Chepkoech Langat", "Chief Executive Officer", "Women Enterprise Fund"),
]:
    cells = tbl.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
doc.add_paragraph()
doc.add_paragraph(
    "The State Department welcomed the draft and its three objectives, and asked that the World Bank Group align "
    "its support with the national policy framework on gender-based violence. Discussion covered the rise in "
    "femicide cases, the role of the Women Enterprise Fund in extending credit to women-owned businesses, and the "
    "collection of sex-disaggregated data by county. The Secretary noted that the National Government Affirmative "
    "Action Fund (NGAAF) already reaches every county and could be a channel for Bank-supported programmes.")

bold_line("Afternoon: Kenya Private Sector Alliance and member firms")
p = doc.add_paragraph()
p.add_run("Attending").italic = True
bullet("Kenya Private Sector Alliance (KEPSA)")
bullet("Ms. Grace Njeri Mwangi, Head of Gender and Inclusion", 1)
bullet("Safaricom PLC")
bullet("Mr. David Kiprono Chebet, Senior Manager, Diversity and Inclusion", 1)
bullet("KCB Group")
bullet("Ms. Halima Abdi Noor, Women in Business Proposition Lead", 1)
bullet("Federation of Kenya Employers (FKE)")
bullet("two programme officers", 1)
p = doc.add_paragraph()
p.add_run("What we heard").italic = True
doc.add_paragraph(
    "Members supported the strategy's emphasis on jobs but were critical of its tone: in their view it reads as "
    "a document written for governments, with little to say about what firms are expected to do.")
doc.add_paragraph(
    "Safaricom described its on-site childcare for staff and argued that employer-supported childcare should "
    "feature in the strategy as a proven way to keep women in the workforce after their first child.")
doc.add_paragraph(
    "The Federation of Kenya Employers reported growing demand from members for help with policies on sexual "
    "harassment at work, especially in horticulture and hospitality.")
doc.add_paragraph(
    "KCB Group noted that women own a third of small businesses but receive far less than a third of bank "
    "lending, and asked whether IFC could share risk on loans to women-owned SMEs.")

# ---- Day 2
doc.add_heading("Day 2 — Kisumu, Wednesday 13 September", level=2)
bold_line("Lakeside roundtable with county government and civil society")
p = doc.add_paragraph()
p.add_run("In the room: ").bold = True
p.add_run("County Government of Kisumu (Ms. Rose Akinyi Ouma, County Executive Committee Member for Gender, "
          "Youth and Social Services); Federation of Women Lawyers Kenya (FIDA-Kenya), Kisumu office; "
          "Kenya Female Advisory Organization (KEFEADO); GROOTS Kenya; Impact Research and Development "
          "Organization (IRDO), Mr. Tom Ochieng Odera, Programme Manager.")
doc.add_paragraph(
    "Participants warmly endorsed the draft and asked that its first objective be funded at county level. They "
    "raised four issues: the exposure of women fish traders on Lake Victoria to sexual exploitation, women's "
    "insecure land tenure, teenage pregnancy in Kisumu's informal settlements, and weak coordination between "
    "county and national gender offices.")
doc.add_paragraph(
    "FIDA-Kenya added that survivors often cannot reach a court or a gender desk at a police station because "
    "the nearest one is too far away.")

# ---- Day 3
doc.add_heading("Day 3 — Nairobi, Thursday 14 September", level=2)
doc.add_paragraph(
    "Back in Nairobi, the team also met with staff of UN Women Kenya and the Embassy of Sweden, who co-chair "
    "the Development Partners Group on Gender. Ms. Esther Wairimu Gathoni, Programme Specialist at UN Women, "
    "and Mr. Johan Lindqvist Berg, First Secretary at the Embassy of Sweden, welcomed the strategy and urged the "
    "World Bank Group to join the group's joint work on financing the implementation of Kenya's GBV policy. "
    "Both stressed that women's rights organizations need predictable core funding and a seat at the table "
    "when programmes are designed.")
doc.add_paragraph(
    "The planned session with the National Gender and Equality Commission (NGEC) was postponed at the "
    "Commission's request; it will be held virtually in October and reported separately.")

doc.add_heading("Next steps", level=1)
bullet("Share this note with the country management unit and with participants.")
bullet("Follow up with KEPSA on a session on employer-supported childcare.")

save_reproducible(doc, OUT)
print(OUT)
