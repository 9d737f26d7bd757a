#!/usr/bin/env python3
"""Make docs/h-amman-employers-en.docx: an event readout of an employers' roundtable (English).

    .venv-make/bin/python make/make_amman_docx.py [OUT.docx]

Layout: no heading styles at all; section titles are bold upper-case Normal paragraphs.
An "at a glance" block of label/value lines, then "WHO WAS IN THE ROOM" as a nested Word
list (organisation at level 1 with "List Bullet", its people at level 2 with "List Bullet 2";
one organisation has no named person), then "WHAT WE HEARD" as prose paragraphs each opened
by a bold lead-in, then three numbered takeaways. Organisations only cited (JNCW, ILO, Social
Security Corporation) are not participants. People are fictional; organisations are real.
Reproducible: fixed core properties and zip timestamps.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "h-amman-employers-en.docx"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)


def para(text="", style=None, bold=False, size=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return p


def lead(head, body):
    p = doc.add_paragraph()
    p.add_run(head).bold = True
    p.add_run(body)
    return p


para("READOUT", bold=True, size=9)
para("Employers' Roundtable on Women's Employment", bold=True, size=15)
para("World Bank Group Gender Strategy 2024–2030 consultations — Jordan", size=11)
para("")
lead("Date: ", "Tuesday, 26 September 2023, 10:00–12:30")
lead("Venue: ", "Jordan Chamber of Industry, Amman")
lead("Format: ", "in person; comments are not attributed to individual speakers")
lead("Co-hosted with: ", "IFC Jordan")
para("")

para("WHY WE MET", bold=True)
para("The roundtable asked employers and business associations what keeps women out of, or pushes them out "
     "of, formal jobs in Jordan, and what the World Bank Group should prioritize under the draft strategy's "
     "objective on economic opportunities. Jordan has one of the lowest rates of women's labour force "
     "participation in the world, although women are as likely as men to hold a university degree.")

para("WHO WAS IN THE ROOM", bold=True)
people = [
    ("Jordan Chamber of Industry (host)", ["Eng. Rami Khalil Haddad, Board Member"]),
    ("Aramex", ["Ms. Lina Farouk Nasser, Head of People and Culture, Levant"]),
    ("Zain Jordan", ["Ms. Dana Issa Qudah, Diversity and Inclusion Lead"]),
    ("Arab Bank", ["Mr. Omar Nabil Saleh, Head of SME Banking"]),
    ("Business and Professional Women – Amman (BPW Amman)", ["Dr. Hala Suleiman Abu-Zeid, President",
                                                             "Ms. Rania Yousef Khoury, Board Member"]),
    ("Jordan Strategy Forum", []),
]
for org, names in people:
    para(org, "List Bullet")
    for n in names:
        para(n, "List Bullet 2")
para("The Jordan Strategy Forum was represented by two researchers.")

para("WHAT WE HEARD", bold=True)
lead("Overall. ", "Participants broadly supported the draft strategy and its focus on more and better jobs for "
     "women, and several offered to share company data. Companies identified three reasons women leave: the "
     "cost of childcare, the lack of safe and reliable public transport, and few routes to promotion after "
     "maternity leave.")
lead("Childcare. ", "Employers said the obligation under Article 72 of the Labour Law to provide a nursery once "
     "enough employees have young children is often met on paper only. Two companies described shared "
     "nurseries in industrial estates and asked whether the Bank could help finance them. The maternity "
     "insurance of the Social Security Corporation was mentioned as a model that removed the cost of "
     "maternity leave from employers.")
lead("Getting to work. ", "Women working in the Sahab and Al-Hassan industrial areas spend a large share of "
     "their wage on transport, and harassment on buses was cited as a reason families object to night shifts. "
     "BPW Amman asked that every company adopt an anti-harassment policy with a confidential reporting "
     "channel.")
lead("Attitudes at home and at work. ", "Several participants said the biggest obstacle is the expectation that "
     "a married woman will stop working, and asked for campaigns that speak to husbands and fathers. A recent "
     "ILO study on women's work in Jordan and the advocacy of the Jordanian National Commission for Women "
     "(JNCW) were cited.")
lead("Women at the top. ", "Arab Bank and Zain Jordan described targets for women in middle and senior management; "
     "others noted that very few women sit on the boards of listed companies.")

para("TAKEAWAYS FOR THE STRATEGY TEAM", bold=True)
for line in [
        "Childcare and transport are the two constraints employers most want public support on.",
        "Employers are ready to pilot workplace measures if the Bank and IFC share evidence through the "
        "Mashreq Gender Facility.",
        "Norms about married women's work must be addressed alongside any jobs programme."]:
    para(line, "List Number")

when = datetime.datetime(2023, 10, 2, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Jordan country office"
cp.title = "Readout - Employers' Roundtable on Women's Employment"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 10, 2, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
