#!/usr/bin/env python3
"""Make docs/zx-mombasa-private-sector.docx: a back-to-office note (mission summary) as a real Word file.

Layout: a bold title line (no Title style), a two-column key/value table with no header, Heading 1 numbered
sections, meetings as Heading 2 named by venue; participants as a header-less table (organisation | name | role),
as a "Present:" paragraph, and as a nested Word list (organisation, then its people); a postponed visit in prose.
Reproducible: fixed core properties and zip timestamps.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zx-mombasa-private-sector.docx"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)


def para(text="", style=None, bold_lead=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    if text:
        p.add_run(text)
    return p


p = doc.add_paragraph()
r = p.add_run("BACK-TO-OFFICE NOTE")
r.bold = True
r.font.size = Pt(16)
p = doc.add_paragraph()
r = p.add_run("World Bank Group Gender Strategy 2024\u20132030 \u2014 Coast region private sector consultations")
r.bold = True
r.font.size = Pt(12)

meta = [
    ("Dates", "12\u201313 September 2023"),
    ("Where", "Mombasa, Kenya"),
    ("Audience", "Private sector: business associations, financial institutions, port and logistics employers, women entrepreneurs"),
    ("Prepared by", "Kenya Country Management Unit, with the IFC Gender and Economic Inclusion Group"),
    ("Distribution", "Gender Strategy team; Kenya country team"),
]
t = doc.add_table(rows=len(meta), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(meta):
    t.cell(i, 0).text = ""
    t.cell(i, 0).paragraphs[0].add_run(k).bold = True
    t.cell(i, 1).text = v

doc.add_heading("1. Why the Coast", level=1)
para("Most consultations on the draft strategy in Kenya took place in the capital. The team travelled to Mombasa to "
     "hear employers and women in business in a regional economy built on the port, logistics and tourism, where "
     "women are heavily represented among informal traders but rare in formal port jobs. Over two days the team held "
     "three meetings, summarised below in the order in which they took place.")

doc.add_heading("2. Key takeaways", level=1)
for text in [
    "Business participants supported the strategy's focus on jobs and assets and asked that the private sector be "
    "treated as a partner in delivery, not only as a source of finance.",
    "Lack of collateral remains the first obstacle to credit for women-owned businesses, even where digital "
    "lending has grown quickly.",
    "Employers in male-dominated sectors such as ports and logistics want practical help to recruit, train and "
    "keep women, including safe transport and action on sexual harassment.",
    "Several participants asked the World Bank Group to publish data on how many women-owned firms its private "
    "sector operations reach.",
]:
    para(text, "List Number")

doc.add_heading("3. Meetings", level=1)

# Meeting 1: header-less table, organisation first
doc.add_heading("KNCCI Mombasa Chapter offices, Moi Avenue \u2014 Tuesday 12 September, morning", level=2)
rows = [
    ("Kenya National Chamber of Commerce and Industry (KNCCI), Mombasa Chapter", "Ms. Halima Said Mwinyi", "Chairperson"),
    ("Kenya National Chamber of Commerce and Industry (KNCCI), Mombasa Chapter", "Mr. Omar Rashid Salim", "Branch Executive Officer"),
    ("Kenya Association of Manufacturers (KAM), Coast Region", "Mr. Peter Otieno Wafula", "Regional Manager"),
    ("Kenya Women Microfinance Bank (KWFT)", "Ms. Grace Njeri Kamau", "Branch Manager, Mombasa"),
    ("Kenya Private Sector Alliance (KEPSA)", "Ms. Amina Abdalla Bakari", "Gender and Inclusion Officer"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
para()
para("", bold_lead="What we heard")
para("The chamber welcomed the draft strategy and said its members were ready to work with the World Bank Group on "
     "it. Ms. Mwinyi noted that most women-owned businesses in the county are too small to borrow from commercial "
     "banks because they do not hold title to land or other property that banks accept as collateral. KWFT "
     "described its group lending and asset-finance products but said that loan sizes stay small.")
para("KEPSA and KAM raised the lack of childcare near industrial areas as the main reason that women leave factory "
     "jobs after their first child, and suggested that the World Bank Group help employers set up workplace "
     "childcare. KEPSA also reported that some women suppliers are asked for sexual favours in exchange for "
     "contracts, and called for stronger reporting channels.")
para("Participants discussed the Access to Government Procurement Opportunities (AGPO) programme, which reserves "
     "30 per cent of public procurement for women, youth and persons with disabilities. They said women-owned "
     "firms struggle to use it because county governments pay late. The Hustler Fund was mentioned as a quick "
     "source of small loans whose effect on women's businesses is not yet known.")

# Meeting 2: "Present:" paragraph
doc.add_heading("Kenya Ports Authority, Kipevu \u2014 Tuesday 12 September, afternoon", level=2)
para("Kenya Ports Authority (KPA): Ms. Esther Wanjiru Mbugua, Head of Human Resource Development; "
     "Women in Maritime Eastern and Southern Africa (WOMESA), Kenya Chapter: Capt. Fatuma Hassan Ali, Chairperson; "
     "Kenya International Freight and Warehousing Association (KIFWA): Mr. Joseph Mutua Kilonzo, Coast Branch Chair; "
     "Bandari Maritime Academy: Dr. Rehema Juma Mwakio, Deputy Principal, Academic Affairs.", bold_lead="Present: ")
para("Participants welcomed the attention the strategy gives to jobs but said it reads as if it were written for "
     "farming and microenterprise. They were concerned that it says little about women in infrastructure, transport "
     "and logistics, and doubted that the targets could be met without sector-specific measures.")
para("The discussion covered the share of women in port operations, safe transport for night-shift workers, sexual "
     "harassment on the docks, and technical training for women crane operators.")
para("KPA reported that women hold fewer than one in five of its operational posts. WOMESA offered to share its "
     "mentoring model with other employers, and Bandari Maritime Academy asked for scholarships to bring more young "
     "women into its marine engineering courses.")

# Meeting 3: nested list
doc.add_heading("Breakfast with women entrepreneurs, Nyali \u2014 Wednesday 13 September", level=2)
para("Around the table:")
nested = [
    ("Kenya Association of Women Business Owners (KAWBO)",
     ["Ms. Zainab Mohamed Athman, Coast Coordinator", "Ms. Mercy Akinyi Odhiambo, Member and founder of a textile business"]),
    ("Equity Bank Kenya", ["Ms. Lucy Wambui Gitau, Relationship Manager, SME Banking"]),
    ("Safaricom PLC", ["Ms. Rukia Hamisi Mwakazi, M-PESA Business Development Lead, Coast"]),
]
for org, people in nested:
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(org).bold = True
    for person in people:
        doc.add_paragraph(person, style="List Bullet 2")
para("The entrepreneurs were enthusiastic about the strategy and said it was the first time a development bank had "
     "asked their views directly. Much of the conversation was about money: mobile loans are fast but expensive, and "
     "women who have repaid several of them still cannot get a larger bank loan. Equity Bank explained how it uses "
     "M-PESA transaction records to assess women's creditworthiness.")
para("Safaricom and KAWBO agreed that many traders in Kongowea market use their phones only for payments, and that "
     "digital skills training would let them sell online and keep records. Participants cited the 2021 FinAccess "
     "household survey, published by FSD Kenya and the Central Bank of Kenya, on the gender gap in formal financial "
     "services, and asked for better data on women-owned enterprises at county level. The Women Enterprise Fund "
     "was described as useful but hard to reach outside the main towns.")

para("A visit to the Export Processing Zones Authority (EPZA) zone in Miritini, planned for Wednesday afternoon, "
     "was postponed at EPZA's request and will be rescheduled with the country team.", bold_lead="Note. ")

doc.add_heading("4. Follow-up", level=1)
for text in [
    "Share this note with all participants and invite written comments by 30 September 2023.",
    "Connect WOMESA and Bandari Maritime Academy with the transport team preparing the port corridor operation.",
    "Ask the Gender Strategy team whether the results framework can report on women-owned firms reached.",
]:
    para(text, "List Bullet")

when = datetime.datetime(2023, 9, 18, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Kenya CMU"
cp.title = "Back-to-office note - Mombasa private sector consultations"
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
