#!/usr/bin/env python3
"""Make docs/x-lusaka-en.pdf: a mission summary (Zambia, mixed audience) in TWO text columns.

Layout: a full-width title block on page 1 (kicker, title, "Dates / Place / Audience"
lines), then two columns to the end. Running header and footer on every page. Meetings
are headed by DAY and VENUE ("Monday 11 September, morning — ..."). Meeting 1 gives its
participants as a nested list under "In the room" (organisation, then its people);
meeting 2 names its participants AFTER the discussion, in one semicolon paragraph
("Members present: ..."); meeting 3's participant list (bullets) runs across the break
from the left to the right column; meeting 4's participants are one "Present:" sentence.
Discussion under "What we heard" / "Highlights" as prose. Organisations that are only
mentioned: the Zambia Statistics Agency, the Bank of Zambia. Fixed creation date.
People are fictional; organisations are real.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdfflow import Flow, add_fonts  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "x-lusaka-en.pdf"
BLUE = (0, 84, 140)


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(16, 9)
        self.cell(90, 4, "WORLD BANK GROUP · Zambia Country Office")
        self.set_xy(self.w - 16 - 90, 9)
        self.cell(90, 4, "Gender Strategy 2024–2030 consultations", align="R")
        self.set_draw_color(*BLUE)
        self.set_line_width(0.4)
        self.line(16, 14.5, self.w - 16, 14.5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(16, self.h - 11)
        self.cell(self.w - 32, 4, f"Lusaka consultations — summary note   |   {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 9, 20, 8, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Summary note - Lusaka consultations on the WBG Gender Strategy 2024-2030")
pdf.set_author("x round12 records")
add_fonts(pdf)
f = Flow(pdf, left=16, right=16, top=21, bottom=16.5)
f.new_page()

SZ, LD = 9.2, 4.5


def h(text, size=10.2, after=1.2, tag=None):
    pdf.set_text_color(*BLUE)
    f.para([(text, "B")], size=size, lead=5.0, after=after, keep=3, tag=tag)
    pdf.set_text_color(0, 0, 0)


def label(text):
    f.para([(text, "B")], size=SZ, lead=LD, after=0.6, keep=2)


def prose(text, tag=None, after=1.8):
    f.para(text if isinstance(text, list) else [(text, "")], size=SZ, lead=LD, after=after, tag=tag)


def item(text, level=0, tag=None, marker=None):
    ind = 4.5 + 4.5 * level
    f.para(text if isinstance(text, list) else [(text, "")], size=SZ, lead=LD, indent=ind,
           first_indent=ind - 4.0, hang=marker or ("•" if level == 0 else "–"), after=0.5, tag=tag, keep=99)


# full-width title block
pdf.set_text_color(*BLUE)
f.para([("SUMMARY NOTE", "B")], size=8.5, lead=4.5, after=1)
pdf.set_text_color(0, 0, 0)
f.para([("Listening to Zambia: consultations in Lusaka on the World Bank Group Gender Strategy 2024–2030", "B")],
       size=15, lead=7, after=2.5)
for k, v in [("Dates", "11–13 September 2023"), ("Place", "Lusaka, Zambia"),
             ("Audience", "Mixed — government, cooperating partners, civil society and business")]:
    f.para([(f"{k}:  ", "B"), (v, "")], size=9.5, lead=4.8, after=0.3)
f.space(1)
f.rule(0.4)
f.columns(2, gutter=8)

h("Purpose of the visit")
prose("The Gender Strategy team visited Lusaka from 11 to 13 September 2023 to hear Zambian views on the draft "
      "World Bank Group Gender Strategy 2024–2030. The country office organised four conversations over three "
      "days. This note records what we heard.")

h("Headlines")
for t in [
    "Government counterparts want the strategy to build on programmes that already reach women at scale, in "
    "particular the Girls' Education and Women's Empowerment and Livelihood (GEWEL) project and the Social Cash "
    "Transfer scheme.",
    "Every group raised gender-based violence, and several asked how the Bank would measure progress on "
    "prevention rather than on services alone.",
    "Civil society organisations are worried that consultation will end once the strategy is approved.",
    "Businesses see the lack of collateral, not a lack of skills, as the main barrier for women-owned firms.",
]:
    item(t)
f.space(1.8)

# meeting 1: nested participant list, then discussion
h("Monday 11 September, morning — Community House, Cairo Road", tag="m1")
label("In the room")
item("Ministry of Community Development and Social Services (MCDSS)")
item("Mrs. Chanda Mwale Phiri, Permanent Secretary", level=1)
item("Mr. Mutale Banda, Director, Social Welfare", level=1)
item("Ministry of Small and Medium Enterprise Development")
item("Ms. Inonge Lubasi, Chief Planner", level=1)
f.space(1.2)
label("What we heard")
prose("The Permanent Secretary opened by saying that the draft \u201cspeaks directly to what the Government of Zambia "
      "is trying to do\u201d and that the Ministry fully supports its three objectives. She described GEWEL as the "
      "programme Zambia is proudest of: it keeps girls from poor households in secondary school by paying their "
      "fees, and gives women in the same districts a livelihood grant and life-skills training. The Ministry asked "
      "the Bank to help move GEWEL from a project onto the national budget.")
prose("Mr. Banda noted that the Social Cash Transfer scheme now reaches over a million households, but that the "
      "Ministry cannot yet say how much of the transfer women control. Ms. Lubasi said her Ministry "
      "would welcome closer work with MCDSS, so that women who finish the livelihood package can graduate into its "
      "enterprise development programmes.", after=2.5)

# meeting 2: discussion first, members after
h("Monday 11 September, afternoon — UN House, with the Gender Cooperating Partners Group", tag="m2")
prose("The afternoon meeting was hosted by UN Women, which chairs the Gender Cooperating Partners Group. "
      "Partners endorsed the direction of the draft and offered to align their own gender programmes with it.")
prose("UNFPA described the rise in cases reported at the One-Stop Centres for survivors of gender-based violence and "
      "the difficulty of keeping the centres open once donor projects end. The Embassy of Sweden and the Embassy of "
      "Ireland asked the Bank to say more about child marriage, which remains common in Eastern and Luapula "
      "provinces. Several partners proposed pooling resources for the women's status module of the next Zambia "
      "Demographic and Health Survey, so that results from different programmes can be compared. The EU Delegation "
      "asked whether part of the Bank's gender financing could flow through the national gender machinery.")
prose([("Members present: ", "B"),
       ("UN Women; United Nations Population Fund (UNFPA); Embassy of Sweden; Embassy of Ireland; United States "
        "Agency for International Development (USAID); Delegation of the European Union to Zambia; African "
        "Development Bank (AfDB).", "")], after=2.5)

# meeting 3: bullet list that crosses the column break
h("Tuesday 12 September — civil society roundtable, Pamodzi Hotel", tag="m3")
prose("Convened with NGOCC, the roundtable brought together:", after=0.8)
for t in [
    "Non-Governmental Gender Organisations' Coordinating Council (NGOCC) — Ms. Mwila Chileshe Kabwe, Board Chairperson",
    "Women for Change",
    "Young Women's Christian Association of Zambia (YWCA Zambia)",
    "Zambia Federation of Disability Organisations (ZAFOD) — Mr. Brian Musonda Tembo, Programmes Officer",
    "Caritas Zambia",
    "Zambia National Women's Lobby (ZNWL)",
]:
    item(t, tag="m3-list")
f.space(1.2)
label("Highlights")
prose("Participants welcomed the draft but raised serious concerns about how it would be carried out. Topics raised "
      "included the shrinking space for women's organisations, the exclusion of women with disabilities from "
      "Bank-financed programmes, secure land for rural women under customary tenure, and the low number of women "
      "in local councils.")
prose("ZAFOD pointed out that none of the draft's indicators is disaggregated by disability. The Zambia National "
      "Women's Lobby recalled that women hold fewer than one seat in five in the National Assembly and fewer still "
      "in councils, and asked the Bank to support candidates as well as voters. NGOCC asked for a standing "
      "mechanism through which its member organisations could follow the strategy's implementation in Zambia.",
      after=2.5)

# meeting 4: participants as one sentence
h("Wednesday 13 September — Zambia Chamber of Commerce and Industry, Lusaka", tag="m4")
prose([("Present: ", "B"),
       ("Mr. Kelvin Chisanga Mulenga, Chief Executive Officer, Zambia Chamber of Commerce and Industry (ZACCI); "
        "Ms. Precious Namwinga Sakala, Executive Director, Zambia Federation of Association of Women in Business "
        "(ZFAWIB); and managers from Stanbic Bank Zambia, Zambia National Commercial Bank (Zanaco) and First "
        "Quantum Minerals.", "")])
prose("Business representatives supported the strategy's focus on jobs and finance. The banks said that women-owned "
      "firms repay as well as men's but rarely hold title deeds that can be pledged as collateral; Stanbic Bank "
      "described a loan product secured on equipment and stock, registered with the movable property registry that "
      "the Bank of Zambia now operates. First Quantum Minerals explained that it has raised the share of women in "
      "its mine workforce to 12 percent, and that on-site childcare was the single most effective measure. ZFAWIB "
      "asked that IFC make its credit lines for small firms easier for women to reach.", after=2.5)

h("Next steps")
prose("The country office will share this note with all participants by the end of September. A follow-up meeting "
      "with the Zambia Statistics Agency on the gender modules of the labour force survey is planned for October, "
      "and the cooperating partners' proposal on the survey will be discussed at the group's next meeting.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
for tag, page, col, text, y in f.log:
    if tag:
        print(f"  {tag:8s} p{page} c{col} y{y}  {text[:60]}")
