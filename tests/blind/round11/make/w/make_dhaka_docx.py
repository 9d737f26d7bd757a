#!/usr/bin/env python3
"""Make docs/w-dhaka-en.docx: a back-to-office report (BTOR) on the Bangladesh consultations.

    python3 -m venv .venv-make && .venv-make/bin/pip install python-docx
    .venv-make/bin/python make/make_dhaka_docx.py [OUT.docx]

Layout: a metadata table (label | value, no header, no borders) under the title; numbered
paragraphs with bold lead-ins; each session headed (Heading 2) by its VENUE and day, not by its
audience; the discussion in prose; the participants are NOT under the sessions but in an
annex table at the end (Organization | Name | Designation), grouped by merged session rows.
A fourth session (with a ministry) was postponed and is reported as such. Organisations only
mentioned (a statistics bureau whose survey was cited) are not participants. People are
fictional; organisations are real. Reproducible: fixed core properties and zip timestamps.
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

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "w-dhaka-en.docx"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)


def para(parts, style=None, align=None, space_after=6):
    p = doc.add_paragraph(style=style)
    if isinstance(parts, str):
        parts = [(parts, False)]
    for text, bold in parts:
        p.add_run(text).bold = bold
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


p = para([("THE WORLD BANK", True)], align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
para("Bangladesh Country Office, Agargaon, Dhaka", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=12)
doc.add_heading("Back-to-Office Report", level=1)

meta = [
    ("Subject:", "Consultations on the World Bank Group Gender Strategy 2024–2030"),
    ("Country:", "Bangladesh"),
    ("Dates of mission:", "November 5–8, 2023"),
    ("Place:", "Dhaka"),
    ("Stakeholders:", "Development partners, private sector, civil society"),
    ("Distribution:", "Country Director; Gender Strategy team; South Asia Gender Platform"),
]
t = doc.add_table(rows=len(meta), cols=2)
no_borders(t)
for r, (k, v) in enumerate(meta):
    t.cell(r, 0).text = ""
    t.cell(r, 0).paragraphs[0].add_run(k).bold = True
    t.cell(r, 1).text = v
para("", space_after=2)

para([("1. Purpose. ", True),
      ("The mission gathered feedback from stakeholders in Bangladesh on the draft World Bank Group Gender Strategy "
       "2024–2030, which was released for public consultation earlier this year. The team sought views on the three "
       "proposed objectives, on the gaps that stakeholders see in the draft, and on how the Bank's program in "
       "Bangladesh could put the strategy into practice.", False)])
para([("2. Sessions held. ", True),
      ("Three sessions took place, each hosted by a partner institution. A fourth session, with the Ministry of "
       "Women and Children Affairs (MoWCA), was scheduled for November 8 but was postponed at the Ministry's request "
       "because of the nationwide blockade; the country office will brief the Ministry separately once it can be "
       "rescheduled. The sessions are summarized below in the order in which they were held; the list of persons met "
       "is in Annex 1.", False)])

doc.add_heading("UN Women Country Office, Gulshan — Sunday, November 5", level=2)
para([("3. ", True),
      ("The Local Consultative Group Working Group on Women's Advancement and Gender Equality (LCG WAGE), which brings "
       "together the Government and development partners, convened a special session of its development partner "
       "members for the mission. Partners welcomed the draft strategy and said that it reflected their own "
       "priorities in the country. Much of the session was spent on the situation of Rohingya women and girls in the "
       "camps of Cox's Bazar, where cuts to food rations this year have increased the pressure on families to marry "
       "off their daughters early. Partners noted that Bangladesh still has one of the highest rates of child "
       "marriage in the world.", False)])
para([("4. ", True),
      ("Partners asked the Bank to share the gender-disaggregated data from its own operations and to align the "
       "strategy's results indicators with the working group's joint gender scorecard, so that the Government is not "
       "asked to report on two sets of measures. UNFPA offered to brief the Bank team on its work with the "
       "Multi-Sectoral Programme on Violence Against Women, which is run by MoWCA.", False)])

doc.add_heading("BGMEA Complex, Uttara — Monday, November 6", level=2)
para([("5. ", True),
      ("The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) hosted a session with employers and "
       "financial service providers. Participants discussed the automation of garment production and its effect on "
       "women's jobs, day-care centres in factories, digital wage payments, and sexual harassment on the factory "
       "floor.", False)])
para([("6. ", True),
      ("Participants supported the strategy's focus on jobs, but they were uneasy that the draft presents the "
       "garment sector as a success story at a time when women's share of its workforce is falling. BGMEA said its "
       "members are ready to expand factory day-care if public funding is available, and bKash reported that more "
       "than half of the workers paid through its platform are women, many of whom now hold an account in their own "
       "name for the first time.", False)])

doc.add_heading("BRAC Centre, Mohakhali — Tuesday, November 7", level=2)
para([("7. ", True),
      ("Women's rights organizations were critical of the draft. They felt that the strategy treats civil society as "
       "an implementing partner rather than as a voice in decisions, and they reported that the space for "
       "independent organizations has narrowed ahead of the January 2024 election.", False)])
para([("8. ", True),
      ("Several participants called for direct, multi-year funding for women's rights organizations, which they said "
       "had become harder to obtain since 2020. Ain o Salish Kendra cited the Bangladesh Bureau of Statistics' "
       "Violence Against Women Survey, which found that most married women had experienced violence from their "
       "husbands at some point in their lives, and said that the draft does not match the scale of the problem. "
       "Bangladesh Mahila Parishad urged the Bank to support women elected to union parishads, who often hold "
       "reserved seats without real authority. Participants also recalled that the National Women Development "
       "Policy 2011 still lacks a costed action plan.", False)])

doc.add_heading("Bangladesh Secretariat — Wednesday, November 8 (postponed)", level=2)
para([("9. ", True),
      ("The meeting with MoWCA did not take place (see paragraph 2).", False)])

doc.add_heading("Next steps", level=2)
para([("10. ", True),
      ("The country office will (a) share this report with the LCG WAGE secretariat; (b) follow up with BGMEA on the "
       "factory day-care proposal; and (c) reschedule the MoWCA meeting before the end of the consultation period. "
       "Comments received in writing after the sessions will be forwarded to the Gender Strategy team.", False)])

doc.add_page_break()
doc.add_heading("Annex 1: Persons met", level=2)
annex = [
    ("Session 1 — LCG WAGE development partners, UN Women Country Office, November 5", None, None),
    ("UN Women", "Nusrat Jahan Chowdhury", "Programme Specialist, Women's Economic Empowerment"),
    ("United Nations Population Fund (UNFPA)", "Dr. Arif Hossain Talukder", "Gender and Human Rights Analyst"),
    ("Embassy of Sweden", "Ms. Karin Lindqvist", "First Secretary, Gender Equality"),
    ("High Commission of Canada", "Ms. Melissa Tremblay-Hart", "Counsellor (Development)"),
    ("Embassy of the Kingdom of the Netherlands", "Mr. Pieter van der Kolk", "Senior Policy Officer"),
    ("Asian Development Bank (ADB)", "Ms. Shirin Akter Lipi", "Senior Social Development Officer (Gender)"),
    ("Japan International Cooperation Agency (JICA)", "Mr. Kenji Morita", "Senior Representative"),
    ("Session 2 — Private sector, BGMEA Complex, November 6", None, None),
    ("Bangladesh Garment Manufacturers and Exporters Association (BGMEA)", "Mr. Rezaul Karim Bhuiyan", "Vice President"),
    ("Bangladesh Employers' Federation (BEF)", "Ms. Tahmina Rahman Shoshi", "Deputy Secretary"),
    ("Dhaka Chamber of Commerce and Industry (DCCI)", "Mr. Mahbubul Alam Siddiqui", "Director"),
    ("bKash Limited", "Ms. Ayesha Siddiqua Rahim", "Head of Financial Inclusion"),
    ("Session 3 — Civil society, BRAC Centre, November 7", None, None),
    ("BRAC", "Dr. Sabina Yasmin Hoque", "Director, Gender Justice and Diversity"),
    ("Bangladesh Mahila Parishad", "Ms. Rokeya Begum Lata", "Joint General Secretary"),
    ("Naripokkho", "Ms. Shahnaz Parvin Ripa", "Member, Executive Committee"),
    ("Manusher Jonno Foundation (MJF)", "Mr. Imran Kabir Sarker", "Programme Manager"),
    ("Ain o Salish Kendra (ASK)", "Ms. Farzana Islam Moni", "Senior Coordinator, Advocacy"),
]
t = doc.add_table(rows=len(annex), cols=3)
t.style = "Table Grid"
for r, (a, b, c) in enumerate(annex):
    if b is None:
        cell = t.cell(r, 0).merge(t.cell(r, 2))
        cell.text = ""
        run = cell.paragraphs[0].add_run(a)
        run.bold = True
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9E2F3")
        cell._tc.get_or_add_tcPr().append(shd)
    else:
        for i, v in enumerate((a, b, c)):
            t.cell(r, i).text = v

when = datetime.datetime(2023, 11, 14, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Bangladesh Country Office"
cp.title = "BTOR - Gender Strategy consultations, Bangladesh"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 14, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
