#!/usr/bin/env python3
"""Make docs/zy-kathmandu-mission-en.docx: a back-to-office note from a country office, as a real Word file.

Layout: bold title lines (no heading style), a two-column key/value table with no header row, numbered
sections as Heading 1, meetings headed by the day and venue (Heading 2), participants given three ways
(one semicolon paragraph "In the room:"; a bulleted "Present:" list AFTER the discussion; a table with a
header row "Organisation | Represented by"), discussion as prose. A postponed meeting is reported in a
"Pending" section. Reproducible: fixed core properties and zip timestamps.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zy-kathmandu-mission-en.docx"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)


def para(text="", style=None, bold=False):
    p = doc.add_paragraph(style=style)
    if text:
        p.add_run(text).bold = bold
    return p


def runs(parts, style=None):
    p = doc.add_paragraph(style=style)
    for text, b in parts:
        p.add_run(text).bold = b
    return p


para("WORLD BANK GROUP | NEPAL COUNTRY OFFICE", bold=True)
para("Back-to-Office Note", bold=True)

kv = [
    ("Subject", "Consultations on the World Bank Group Gender Strategy 2024-2030"),
    ("Dates", "11-13 September 2023"),
    ("Place", "Kathmandu, Nepal"),
    ("Audiences", "Government, parliamentarians and civil society"),
    ("Prepared by", "Social Sustainability and Inclusion team, Kathmandu"),
]
t = doc.add_table(rows=len(kv), cols=2)
t.style = "Table Grid"
for r, (k, v) in enumerate(kv):
    t.cell(r, 0).text = ""
    t.cell(r, 0).paragraphs[0].add_run(k).bold = True
    t.cell(r, 1).text = v
para()

doc.add_heading("1. Why we met", level=1)
para("The country office held three consultation meetings in Kathmandu to seek views on the draft World Bank Group "
     "Gender Strategy 2024-2030 from the federal government, from women members of the Federal Parliament and from "
     "civil society organisations that represent groups of women often left out of national programmes. The draft and "
     "a two-page summary in Nepali were shared with all counterparts a week before the meetings.")

doc.add_heading("2. Top lines", level=1)
for item in [
    "Counterparts agreed with the direction of the draft, but asked that it say more about how it will work in a "
    "federal system where most services are now delivered by 753 local governments.",
    "Violence against women and girls, including child marriage, was the first concern of every group we met.",
    "Parliamentarians and civil society said that quotas have brought women into office without giving them power, and "
    "asked the Bank to support the women elected at local level.",
    "Dalit, indigenous and single women's organisations warned that national averages hide their situation and asked "
    "for data broken down by caste and ethnicity.",
]:
    para(item, style="List Number")

doc.add_heading("3. Meetings", level=1)

# Meeting 1: participants in one semicolon-separated paragraph, then prose
doc.add_heading("Monday 11 September - Singha Durbar", level=2)
runs([("In the room: ", True),
      ("Ms. Bimala Shrestha Adhikari, Joint Secretary, Ministry of Women, Children and Senior Citizens (MoWCSC), "
       "Government of Nepal; Mr. Rajendra Prasad Bhattarai, Under Secretary, MoWCSC; Dr. Keshav Raj Poudel, Member, "
       "National Planning Commission (NPC).", False)])
runs([("What we heard. ", True),
      ("The Joint Secretary welcomed the draft and said its three objectives match the priorities of the Government "
       "of Nepal. She described the ministry's work with local governments to run shelters and one-stop crisis "
       "management centres for survivors of gender-based violence, and noted that many municipalities still have no "
       "budget line for them.", False)])
para("Mr. Bhattarai added that child marriage remains common in Madhesh Province despite the legal minimum age of 20, "
     "and asked whether the Bank could support programmes that keep adolescent girls in secondary school.")
para("Dr. Poudel explained that the NPC is preparing the Sixteenth Plan and would welcome help to make the plan's "
     "results framework gender-responsive. He pointed out that federal ministries, provinces and municipalities each "
     "report on gender in their own way and that nobody has a full picture of what is being done for women across "
     "the three tiers of government.")

# Meeting 2: discussion first, participants after it as a bulleted list
doc.add_heading("Tuesday 12 September - Federal Parliament, New Baneshwor", level=2)
para("Women parliamentarians supported the attention the draft gives to women's leadership, but considered it too "
     "cautious: in their view the Bank should treat women's political participation as a condition for the other two "
     "objectives rather than as a separate goal. The conversation covered four issues: the gap between women's "
     "numbers in elected bodies and their influence over decisions, the low share of land registered in women's "
     "names, the stereotypes that keep women candidates out of directly elected seats, and the need for public money "
     "to reach women's groups at ward level.")
para("Several members mentioned the President Women Upliftment Programme, which funds income-generating activities "
     "for women, and asked whether Bank-financed projects could work through it rather than set up parallel "
     "structures.")
para("Present:", bold=True)
for line in ["Hon. Sabitri Gurung Thapa, Coordinator, Inter-Party Women's Alliance (IPWA)",
             "Hon. Mina Kumari Rai, Member, National Assembly",
             "Hon. Laxmi Devi Yadav, Member, House of Representatives"]:
    para(line, style="List Bullet")

# Meeting 3: participants in a table with a header row, then "Discussion" prose
doc.add_heading("Wednesday 13 September - Lalitpur, at the office of Saathi", level=2)
rows = [
    ("Organisation", "Represented by"),
    ("Saathi", "Ms. Anju Maharjan, Programme Manager"),
    ("Women for Human Rights, single women group (WHR)", "Ms. Gita Devi Khadka, Advocacy Officer"),
    ("Feminist Dalit Organization (FEDO)", "Ms. Sunita Pariyar Bishwakarma, General Secretary"),
    ("National Indigenous Women Federation (NIWF)", "Ms. Pema Lama Tamang, Vice-Chair"),
    ("Blue Diamond Society", "-"),
]
table = doc.add_table(rows=len(rows), cols=2)
table.style = "Table Grid"
for r, values in enumerate(rows):
    for c, value in enumerate(values):
        cell = table.cell(r, c)
        cell.text = ""
        cell.paragraphs[0].add_run(value).bold = r == 0
trPr = table.rows[0]._tr.get_or_add_trPr()
hdr = OxmlElement("w:tblHeader")
hdr.set(qn("w:val"), "true")
trPr.append(hdr)
para()
runs([("Discussion. ", True),
      ("The organisations found the draft's commitment to reach the most excluded women welcome but vague, and were "
       "concerned that it could remain words on paper. FEDO said that Dalit women face caste discrimination on top of "
       "gender discrimination, and that programmes designed for women in general rarely reach them. NIWF asked for an "
       "explicit reference to indigenous women and to their free, prior and informed consent in projects that affect "
       "their lands.", False)])
para("WHR spoke for widows and single women, many of whom lost their husbands during the armed conflict of 1996-2006 "
     "and still lack the documents needed to claim property and relief. Blue Diamond Society asked that the strategy "
     "name sexual and gender minorities. All five organisations said that their funding had fallen sharply since 2020 "
     "and asked whether the Bank could channel small grants to community-based groups. Participants quoted the Nepal "
     "Demographic and Health Survey 2022 to show how far Dalit women lag behind on most indicators.")

doc.add_heading("4. Pending", level=1)
para("A meeting with the National Women Commission, planned for the afternoon of 13 September, was postponed at the "
     "Commission's request because its members were travelling to Karnali Province. It will be held online in October "
     "and reported separately.")

doc.add_heading("5. Next steps", level=1)
for item in ["Share the Nepali summary of the revised strategy with all counterparts.",
             "Follow up with the NPC on the gender results framework of the Sixteenth Plan.",
             "Map small-grant windows in the portfolio that could reach community-based women's groups."]:
    para(item, style="List Bullet")

when = datetime.datetime(2023, 9, 18, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Nepal Country Office"
cp.title = "Back-to-Office Note - Gender Strategy Consultations, Nepal"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 9, 18, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
