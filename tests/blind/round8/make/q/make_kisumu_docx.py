#!/usr/bin/env python3
"""Make docs/q-kisumu-fgd-en.docx: an event readout of a community focus group (English, Kenya), a real Word file.

Layout: no heading styles at all, only bold lines; "Label: value" header lines; the people in the room as a
table WITHOUT a header row, described by role and community (only four organisations named, anonymous
participants); the two facilitators in one prose line; discussion grouped under the questions asked; a
"Follow-up" list of actions (not key messages). People are fictional; organisations are real.
Reproducible (fixed timestamps).

    .venv-make/bin/python make/make_kisumu_docx.py
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_common import save_reproducible  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "q-kisumu-fgd-en.docx"
doc = Document()
doc.styles["Normal"].font.name = "Cambria"
doc.styles["Normal"].font.size = Pt(11)


def p(*parts, style=None):
    """parts: str (regular) or ("text", True) for bold."""
    par = doc.add_paragraph(style=style)
    for part in parts:
        text, bold = (part, False) if isinstance(part, str) else part
        par.add_run(text).bold = bold
    return par


p(("FOCUS GROUP DISCUSSION — NOTE FOR THE RECORD", True))
p(("World Bank Group Gender Strategy 2024-2030: listening session with women around Lake Victoria", True))
p(("Date: ", True), "Thursday, 12 October 2023 (10:00–13:00)")
p(("Place: ", True), "Nyalenda B community hall, Kisumu, Kenya")
p(("Convened by: ", True), "GROOTS Kenya, with the County Government of Kisumu")
p(("Languages: ", True), "Dholuo and English, with interpretation")
p(("Notes: ", True), "World Bank Group gender team")

p(("Why this session", True))
p("Most consultations on the draft strategy have been held in capital cities with organisations. This session tried "
  "something different: a guided conversation with women who make their living around the lake, to hear in their own "
  "words what holds them back. Participants were not shown the draft and were not asked for their views on it; the "
  "four questions below were used instead.")

p(("Who was in the room", True))
rows = [
    ("Fish traders", "6", "Dunga beach, Kisumu Central (two sit on the beach management unit)"),
    ("Community health promoters", "4", "Nyalenda A and Nyalenda B"),
    ("Smallholder farmers, members of one women's self-help group", "3", "Seme sub-county"),
    ("Boda-boda (motorcycle taxi) riders", "2", "Kondele"),
    ("Paralegal", "1", "Federation of Women Lawyers Kenya (FIDA Kenya), Kisumu office"),
    ("Loan officer", "1", "Kenya Women Microfinance Bank (KWFT), Kisumu branch"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for r, values in enumerate(rows):
    for c, v in enumerate(values):
        t.cell(r, c).text = v
p("Facilitation: Ms. Achieng Odhiambo Otieno, Community Mobiliser, GROOTS Kenya, and Mr. Brian Ouma Okello, Gender "
  "Officer, County Government of Kisumu. At their request, the names of the other participants are not recorded.")

p(("Q1. What keeps women here from earning more?", True))
p("Asked what keeps them from earning more, women named the cost of credit, the lack of cold storage for fish, the time "
  "spent fetching water and caring for children, and sexual harassment by middlemen at the landing beach.")
p("Several traders had borrowed small amounts from the Hustler Fund on their phones but said the loans were too small to "
  "buy fish in bulk when prices are low. The loan officer explained that larger loans need collateral, and the farmers "
  "from Seme said that the family land is registered in their husbands' names. The riders said that they rent their "
  "motorcycles by the day and would need a loan to own one.")

p(("Q2. What happens when a woman is harmed?", True))
p("The fish traders described jaboya, the practice in which women are pressed into sexual relationships with fishermen to "
  "secure their supply. The paralegal from FIDA Kenya said that most cases of violence are settled by elders or the "
  "assistant chief and never reach the police gender desk, which is far away. The health promoters said that survivors "
  "often come to them first, and that the nearest clinic frequently runs out of post-rape care kits.")

p(("Q3. What about health and the family?", True))
p("The health promoters said that the Linda Mama free maternity scheme has brought more women to deliver in health "
  "facilities, but that family planning commodities are often out of stock. They were worried about pregnancies among "
  "girls who drop out of school, some as young as fourteen.")

p(("Q4. If the World Bank Group could do one thing here, what should it be?", True))
for text in ["Cold rooms and solar dryers at the landing beaches, run by women's groups.",
             "A day-care centre near the market, so that mothers do not bring babies to the beach.",
             "Help to put women's names on land titles.",
             "Training and safety equipment for young women who ride boda-bodas."]:
    p(text, style="List Bullet")
p("The county gender officer added that a 2022 UN Women assessment of the Kisumu blue economy had reached similar "
  "conclusions.")

p(("Follow-up", True))
for text in ["GROOTS Kenya will share this note with the participants in Dholuo.",
             "The team will send the county the summary of the national consultations."]:
    p(text, style="List Number")

save_reproducible(doc, OUT, datetime.datetime(2023, 10, 16, 8, 30, 0),
                  "Focus group discussion note - Kisumu - WBG Gender Strategy 2024-2030")
print("wrote", OUT)
