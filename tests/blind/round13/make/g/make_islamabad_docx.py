#!/usr/bin/env python3
"""Make docs/g-islamabad-federal-en.docx: a back-to-office note on consultations with federal
government counterparts in Islamabad, as a real Word file.

Layout: a Title, a two-column metadata table with no header, a "Programme at a glance" table
(Date | Counterpart | Venue | Status) that also lists a meeting that was postponed, then
"Record of meetings" with one Heading 2 per day. Participants are given three different ways:
a nested Word list under a bold "Delegation" line (organisation, then its people), a prose
sentence ("In the room were ..."), and a header-less table (Name | Title | Ministry). Discussion
is prose under "What we heard", one enumerated sentence, and a "Highlights" list. No key
messages section. People are fictional; organisations are real.

    .venv-make/bin/python make/make_islamabad_docx.py
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DOCS, save_docx_reproducibly  # noqa: E402

OUT = DOCS / "g-islamabad-federal-en.docx"

doc = Document()
doc.styles["Normal"].font.name = "Cambria"
doc.styles["Normal"].font.size = Pt(11)


def para(text="", style=None, bold=False, italic=False):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    return p


def mixed(parts, style=None):
    p = doc.add_paragraph(style=style)
    for text, b in parts:
        p.add_run(text).bold = b
    return p


def table(rows, header=False, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            cell = t.cell(r, c)
            cell.text = ""
            cell.paragraphs[0].add_run(v).bold = header and r == 0
    return t


para("WORLD BANK GROUP  |  PAKISTAN COUNTRY OFFICE", italic=True)
doc.add_paragraph("Back-to-Office Note: Federal Government Consultations on the World Bank Group "
                  "Gender Strategy 2024–2030", style="Title")

table([
    ("Mission dates", "9–12 October 2023"),
    ("Place", "Islamabad, Pakistan"),
    ("Counterparts", "Federal government officials"),
    ("Status of note", "Final, for disclosure"),
])
para()

doc.add_heading("Purpose", level=1)
para("The team visited Islamabad to hear the views of federal ministries and agencies of the Government of "
     "Pakistan on the draft World Bank Group Gender Strategy 2024–2030, to test whether its three objectives "
     "match national priorities, and to identify where the Bank's country program could do more. Since the "
     "18th Constitutional Amendment most responsibilities for women's development rest with the provinces, so "
     "the conversations focused on the federal roles of planning, statistics, social protection, human rights "
     "and education standards. A separate round with provincial departments in Lahore and Peshawar will be "
     "reported in its own note.")

doc.add_heading("Programme at a glance", level=1)
table([
    ("Date", "Counterpart", "Venue", "Status"),
    ("Mon 9 Oct", "Ministry of Planning, Development & Special Initiatives", "P Block, Pak Secretariat", "Held"),
    ("Tue 10 Oct", "Benazir Income Support Programme", "BISP Headquarters, F-6/2", "Held"),
    ("Wed 11 Oct", "National Commission on the Status of Women", "NCSW, G-5/2", "Postponed"),
    ("Thu 12 Oct", "Ministry of Human Rights; Ministry of Federal Education and Professional Training",
     "Ministry of Human Rights, G-5", "Held"),
], header=True)
para()

doc.add_heading("Record of meetings", level=1)

# --- Day 1: nested delegation list, prose discussion ---------------------------------------
doc.add_heading("Monday, 9 October — Planning", level=2)
para("Delegation", bold=True)
para("Ministry of Planning, Development & Special Initiatives (MoPD&SI)", "List Bullet")
para("Dr. Saima Rauf Qureshi, Chief, Poverty Alleviation and SDGs Section", "List Bullet 2")
para("Mr. Bilal Ahmed Siddiqui, Senior Research Officer", "List Bullet 2")
para("Pakistan Bureau of Statistics (PBS)", "List Bullet")
para("Ms. Nazia Perveen Abbasi, Director, Social Statistics", "List Bullet 2")
para("What we heard", bold=True)
para("The Ministry welcomed the draft and said that its three objectives sit comfortably with the National "
     "Gender Policy Framework that the Planning Commission launched in 2022. Dr. Qureshi noted that female "
     "labour force participation has stayed at roughly one woman in five for a decade, even as girls' "
     "enrolment has risen, and asked that the strategy say more about why education has not turned into "
     "paid work for women in Pakistan.")
para("The Ministry wants help to tag gender-relevant spending in the Public Sector Development Programme, "
     "so that gender-responsive budgeting can start with federal projects before it is offered to the "
     "provinces. Mr. Siddiqui added that the reconstruction work under the Resilient Recovery, Rehabilitation "
     "and Reconstruction Framework (4RF), prepared after the 2022 floods, had few targets for women who lost "
     "homes and livestock.")
para("For PBS, Ms. Abbasi described the preparation of the country's first stand-alone time use survey and "
     "the work under way to publish more sex-disaggregated tables from the Labour Force Survey. Figures from a "
     "recent UN Women Pakistan brief on women's unpaid work were also cited during the meeting. PBS asked "
     "whether the Bank could finance the survey's second round.")

# --- Day 2: people in a prose sentence, one enumerated sentence --------------------------------
doc.add_heading("Tuesday, 10 October — Social protection", level=2)
para("In the room were Ms. Farah Naz Khattak, Director General (Operations), Mr. Usman Tariq Malik, "
     "Director (Financial Inclusion), and Dr. Ayesha Javed Chaudhry, Deputy Director (Health and Nutrition), "
     "all of the Benazir Income Support Programme (BISP).")
para("BISP staff walked the team through the programme's portfolio, and the conversation covered four topics: "
     "women's access to bank accounts and digital wallets, the Benazir Nashonuma programme for pregnant and "
     "lactating women, secondary-school enrolment of adolescent girls under the Benazir Taleemi Wazaif "
     "stipends, and the move of women beneficiaries into paid work.")
para("BISP welcomed the strategy's emphasis on economic assets but was less convinced by its treatment of "
     "social protection, which it felt the draft reduces to a safety net rather than a route to women's "
     "economic independence. Ms. Khattak pointed out that the Benazir Kafaalat cash transfer reaches about "
     "nine million women, many of whom hold a computerised national identity card only because enrolment "
     "required one. The team was asked to reflect this experience and to involve BISP in any regional "
     "learning on graduation programmes.")

# --- Day 3: postponed ---------------------------------------------------------------------------
doc.add_heading("Wednesday, 11 October — Postponed", level=2)
para("The meeting with the Chairperson of the National Commission on the Status of Women (NCSW) did not take "
     "place: the Commission asked to reschedule because its members were called to a Senate committee "
     "hearing. The country office will arrange a virtual discussion before the end of November and circulate "
     "a short addendum to this note.")

# --- Day 4: header-less participant table, Highlights list ---------------------------------------
doc.add_heading("Thursday, 12 October — Rights and education", level=2)
para("A joint session, chaired by the Ministry of Human Rights.")
table([
    ("Mr. Kamran Haider Bhatti", "Joint Secretary (Human Rights)", "Ministry of Human Rights"),
    ("Ms. Sadia Noreen Awan", "Director (Women's Rights)", "Ministry of Human Rights"),
    ("Ms. Rubina Akhtar Jadoon", "Joint Educational Adviser", "Ministry of Federal Education and Professional Training"),
])
para()
para("Highlights", bold=True)
para("Both ministries expressed strong support for the strategy and for its first objective in particular.",
     "List Bullet")
para("The Ministry of Human Rights described the 1099 helpline, which receives complaints of domestic "
     "violence and harassment, and the slow rollout of special courts under the Anti-Rape (Investigation and "
     "Trial) Act, 2021.", "List Bullet")
para("Ms. Jadoon said that about half of Pakistan's out-of-school children are girls and that early marriage "
     "remains a main reason adolescent girls leave school after the primary grades.", "List Bullet")
para("Both ministries stressed the role of religious scholars and community elders in shifting attitudes "
     "that keep girls at home, and asked the Bank to finance communication work with them.", "List Bullet")
para("Participants asked for better coordination between federal ministries and provincial departments, which "
     "now hold most of the budgets for women's services after devolution.", "List Bullet")

doc.add_heading("Follow-up", level=1)
para("Share the consultation draft in Urdu with all counterparts.", "List Number")
para("Reschedule the NCSW discussion (country office).", "List Number")
para("Explore with the Asian Development Bank, which also supports the time use survey, a joint offer to PBS.",
     "List Number")

when = datetime.datetime(2023, 10, 20, 10, 0, 0)
doc.core_properties.author = "Pakistan Country Office"
doc.core_properties.title = "Back-to-Office Note - Federal Government Consultations - Islamabad"
save_docx_reproducibly(doc, OUT, when)
print("wrote", OUT)
