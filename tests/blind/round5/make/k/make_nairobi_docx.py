#!/usr/bin/env python3
"""Make docs/k-nairobi-breakouts-en.docx: an English readout of a one-day workshop with breakout groups.

Layout: Title style; a two-column facts table without header (When / Where / Format / Convened by / Audience);
"Three things we heard" as a Word numbered list; an opening plenary told in prose; three breakout groups as
Heading 2, each with a bold "Rapporteur:" line and an inline "Organisations in the group:" line; an annex
table of organisations represented, two columns (organisation, constituency) and no header row. Fictional
people, real organisations. Reproducible: fixed metadata and zip timestamps.
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common_docx import save_reproducible  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "k-nairobi-breakouts-en.docx"

doc = Document()
doc.styles["Normal"].font.size = Pt(10.5)


def para(text="", style=None, runs=None):
    p = doc.add_paragraph(style=style)
    if runs:
        for t, b in runs:
            p.add_run(t).bold = b
    elif text:
        p.add_run(text)
    return p


doc.add_paragraph("Readout: Kenya Consultation Workshop on the Draft World Bank Group Gender Strategy 2024-2030",
                  style="Title")

facts = [
    ("When", "Thursday, 12 October 2023, 9:00–16:30"),
    ("Where", "Sarova Panafric Hotel, Nairobi, Kenya"),
    ("Format", "Opening plenary, three parallel breakout groups, report-back and closing"),
    ("Convened by", "World Bank Kenya Country Office, with the State Department for Gender and Affirmative Action"),
    ("Audience", "About 60 participants from government, Parliament, civil society, the private sector, "
                 "academia and development partners"),
]
t = doc.add_table(rows=len(facts), cols=2)
t.style = "Light List"
for i, (k, v) in enumerate(facts):
    t.cell(i, 0).paragraphs[0].add_run(k).bold = True
    t.cell(i, 1).paragraphs[0].add_run(v)

doc.add_heading("Three things we heard", level=1)
para(style="List Number", runs=[("Broad support. ", True), (
    "Participants endorsed the three objectives of the draft strategy and saw them as consistent with Kenya's "
    "own commitments.", False)])
para(style="List Number", runs=[("Delivery is the gap. ", True), (
    "Laws and quotas exist on paper; what is missing is money, data and follow-through at county level.", False)])
para(style="List Number", runs=[("Accountability matters. ", True), (
    "Civil society and Parliament want a say in how the strategy's results are tracked in Kenya.", False)])

doc.add_heading("Opening plenary", level=1)
para("Mr. Peter Mutua Kilonzo, Director of Gender Affairs at the State Department for Gender and Affirmative "
     "Action, opened the workshop on behalf of the Government of Kenya. He welcomed the draft strategy and "
     "linked its objectives to national programmes, citing the Access to Government Procurement Opportunities "
     "(AGPO) programme, which reserves 30 percent of public procurement for women, youth and persons with "
     "disabilities. Hon. Naomi Jepkosgei Rotich, Member of Parliament, speaking for the Kenya Women "
     "Parliamentary Association (KEWOPA), reminded the room that the two-thirds gender rule has still not been "
     "given effect in the National Assembly, and asked the World Bank Group to treat women's representation as "
     "more than a matter of numbers.")
para("The country office then presented the draft strategy, after which participants chose one of three groups. "
     "Each group appointed a rapporteur, who reported back in plenary; the summaries below are theirs, lightly "
     "edited.")

doc.add_heading("Breakout groups", level=1)

doc.add_heading("Group A — Jobs, enterprise and care", level=2)
para(runs=[("Rapporteur: ", True), ("Grace Atieno Ouma, Policy Manager, Kenya Private Sector Alliance (KEPSA)", False)])
para(runs=[("Organisations in the group: ", True), ("KEPSA; Safaricom PLC; GROOTS Kenya; UN Women", False)])
para("The group discussed women's access to public procurement, the cost of digital credit, and childcare for "
     "informal traders. Members agreed that AGPO had opened doors, but said few women-owned firms can wait three "
     "months to be paid by a county government. Safaricom noted that mobile loans reach many women but at a high "
     "effective price. GROOTS Kenya described community childcare centres run by women's groups near markets and "
     "asked that the strategy count them as part of the care economy.")

doc.add_heading("Group B — Safety, health and dignity", level=2)
para(runs=[("Rapporteur: ", True),
           ("Mercy Chebet Kiprono, Programme Officer, Centre for Rights Education and Awareness (CREAW)", False)])
para(runs=[("Organisations in the group: ", True),
           ("CREAW; Federation of Women Lawyers Kenya (FIDA Kenya); Akili Dada; Embassy of Sweden in Nairobi", False)])
para("The group focused on survivor services in informal settlements, female genital mutilation in pastoralist "
     "counties, and menstrual health in schools. FIDA Kenya stressed that survivors wait years for cases to be "
     "heard. The Embassy of Sweden shared lessons from its support to gender-based violence recovery centres. "
     "Akili Dada asked that girls themselves be consulted when programmes for them are designed.")

doc.add_heading("Group C — Voice, data and accountability", level=2)
para(runs=[("Rapporteur: ", True), ("Dr. Lydia Wairimu Njoroge, Senior Lecturer, University of Nairobi", False)])
para(runs=[("Organisations in the group: ", True), (
    "University of Nairobi (African Women Studies Centre); Kenya National Bureau of Statistics (KNBS); "
    "National Gender and Equality Commission (NGEC); KEWOPA", False)])
para("This was the most critical of the three groups. Members felt that the draft says a great deal about what "
     "the World Bank Group wants to achieve but little about how it will be held to account. KNBS explained that "
     "the 2021 Kenya Time Use Survey was a first and that there is no budget to repeat it; without it, progress "
     "on unpaid work cannot be measured. NGEC asked for a channel through which women's organisations could "
     "report problems with Bank-financed projects. KEWOPA returned to the question of women in elected office, "
     "arguing that support to women candidates at county level would do more than another study.")

doc.add_heading("Closing", level=1)
para("The country office thanked participants and undertook to circulate this readout, to share the revised "
     "strategy once it is published, and to invite the three rapporteurs to a follow-up meeting on how results "
     "will be reported in Kenya.")

doc.add_heading("Annex — Organisations represented", level=1)
annex = [
    ("State Department for Gender and Affirmative Action", "Government"),
    ("Kenya National Bureau of Statistics (KNBS)", "Government"),
    ("National Gender and Equality Commission (NGEC)", "Independent commission"),
    ("Kenya Women Parliamentary Association (KEWOPA)", "Parliament"),
    ("Federation of Women Lawyers Kenya (FIDA Kenya)", "Civil society"),
    ("Centre for Rights Education and Awareness (CREAW)", "Civil society"),
    ("GROOTS Kenya", "Civil society"),
    ("Akili Dada", "Civil society"),
    ("Kenya Private Sector Alliance (KEPSA)", "Private sector"),
    ("Safaricom PLC", "Private sector"),
    ("University of Nairobi, African Women Studies Centre", "Academia"),
    ("UN Women, Kenya Country Office", "Development partner"),
    ("Embassy of Sweden in Nairobi", "Development partner"),
]
t = doc.add_table(rows=len(annex), cols=2)
t.style = "Table Grid"
for i, (org, sector) in enumerate(annex):
    t.cell(i, 0).paragraphs[0].add_run(org)
    t.cell(i, 1).paragraphs[0].add_run(sector)

save_reproducible(doc, OUT, datetime.datetime(2023, 10, 17, 9, 0, 0), "Readout - Kenya consultation workshop")
print(f"wrote {OUT}")
