#!/usr/bin/env python3
"""Make docs/v-amman-en.docx, an English event readout (a half-day workshop) as a Word file.

    OUT/.venv-make/bin/python make_amman_docx.py [OUT.docx]

Layout: no heading styles at all, only bold Normal paragraphs as section lines; a
header-less key/value table (When | Where | Organised by | Audience) at the top; the
speakers in a three-column table with NO header row whose first column is the session
("Opening", "Panel 1 - Care", ...), the second the person with honorific ("Eng.", "Dr.")
and title, the third the organisation; other organisations as Word bullets under "Also in
the room"; the agenda's topics enumerated in one sentence; the discussion as prose under
"What we heard"; a report by an organisation that was NOT present (UN Women) cited. People
are fictional; organisations real. Byte-reproducible.
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_common import save_reproducible  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "v-amman-en.docx"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)


def line(text, bold=False, size=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    return p


def para(text, style=None):
    return doc.add_paragraph(text, style=style)


def table(rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Light Grid Accent 1"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            t.cell(r, c).text = value
    return t


line("EVENT READOUT", bold=True, size=9)
line("Opening doors: women's work in Jordan's private sector", bold=True, size=15)
line("Consultation workshop on the World Bank Group Gender Strategy 2024-2030", italic=True)

table([
    ("When", "Thursday, 28 September 2023, 09:30-13:00"),
    ("Where", "Landmark Hotel, Amman, Jordan (with online participation)"),
    ("Organised by", "World Bank Group, through the Mashreq Gender Facility (MGF), with the Jordan Chamber of Industry"),
    ("Audience", "About 60 participants from companies, business associations, government and development partners"),
])

line("Why we met", bold=True)
para("Jordan has one of the lowest rates of women's labour force participation in the world, although young women "
     "now graduate from university in greater numbers than young men. The workshop asked employers and public "
     "agencies what keeps women out of private sector jobs, and what the World Bank Group should prioritise in its "
     "new strategy. The session was built around three topics: childcare provision under the Labour Law, safe and "
     "affordable transport to work, and access to work permits for Syrian refugee women.")

line("Who spoke", bold=True)
table([
    ("Opening", "Eng. Rami Khalil Al-Masri, Secretary General", "Ministry of Labour"),
    ("Opening", "Ms. Lina Farouk Haddad, Vice Chair", "Jordan Chamber of Industry"),
    ("Panel 1 - Care", "Dr. Maysa Odeh Nasser, Director of Insurance Benefits", "Social Security Corporation"),
    ("Panel 1 - Care", "Ms. Dana Suleiman Khoury, Head of People and Culture", "Aramex"),
    ("Panel 2 - Getting to work", "Mr. Omar Nabil Qudah, Director of Transport Planning", "Greater Amman Municipality"),
    ("Panel 2 - Getting to work", "Ms. Reem Tawfiq Sharaf, Programme Officer", "International Labour Organization (ILO)"),
    ("Panel 3 - Refugee women", "Ms. Hiba Anwar Zoubi, Senior Livelihoods Associate", "UNHCR"),
])
para("The panels were moderated by members of the World Bank Group team.")

line("Also in the room", bold=True)
for org in ["Jordanian National Commission for Women (JNCW)",
            "Jordan Forum for Business and Professional Women (JFBPW)",
            "SADAQA",
            "Zain Jordan",
            "Jordan Ahli Bank",
            "Embassy of Canada to Jordan"]:
    para(org, style="List Bullet")

line("What we heard", bold=True)
para("Participants welcomed the draft strategy's focus on jobs and said that it matches the priorities of the "
     "Economic Modernisation Vision and of the National Strategy for Women in Jordan 2020-2025. Employers agreed that "
     "the main obstacle is not women's skills but the conditions around work.")
para("Childcare came up first and most often. Article 72 of the Labour Law obliges larger employers to provide a "
     "nursery, but SADAQA and several companies explained that most firms cannot meet the threshold on their own "
     "premises. The Social Security Corporation described how part of its maternity insurance fund now pays for "
     "nurseries and childcare subsidies, and Aramex shared its experience of a shared nursery with neighbouring "
     "companies. A recent UN Women survey on childcare costs was cited several times.")
para("On transport, the Greater Amman Municipality presented the new Bus Rapid Transit lines. Women participants "
     "said that long journeys, unreliable buses and harassment at bus stops lead many of them to turn down jobs far "
     "from home, and that families often object to evening shifts.")
para("UNHCR and the ILO described the rules on work permits for Syrian refugees, which are open to a limited list "
     "of occupations. Refugee women mostly work informally from home and are rarely covered by social security. "
     "Participants asked the World Bank Group to keep refugee women in view when it supports job programmes in "
     "host communities.")
para("Finally, JNCW and JFBPW argued that changing what families and employers think women's work should be is as "
     "important as any regulation, and asked for more campaigns that show women working in industry and logistics.")

line("Follow-up", bold=True)
for t in ["The World Bank Group team will share the presentations and this readout with participants.",
          "The Jordan Chamber of Industry offered to host a smaller session on shared nurseries in industrial estates.",
          "Comments will be reflected in the summary of Middle East and North Africa consultations."]:
    para(t, style="List Bullet")

save_reproducible(doc, OUT, datetime.datetime(2023, 10, 3, 8, 30, 0),
                  "Event readout - Opening doors - Amman")
print(f"wrote {OUT}")
