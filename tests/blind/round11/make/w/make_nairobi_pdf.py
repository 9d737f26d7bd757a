#!/usr/bin/env python3
"""Make docs/w-nairobi-en.pdf: a Kenya mission summary set in two text columns.

    python3 -m venv .venv-make && .venv-make/bin/pip install fpdf2
    .venv-make/bin/python make/make_nairobi_pdf.py [OUT.pdf]

Layout: a full-width masthead on page 1, then two columns that flow left -> right -> next page.
Meetings are grouped under day headings ("Day 1 - Monday 11 September, Nairobi"), with the
meeting itself as an italic line under the day; Day 1 has two meetings. The first meeting's
"In the room" list breaks from the foot of column 1 to the top of column 2. The second
meeting is a prose paragraph with its participants named inline; the third gives "Present:"
as one semicolon-separated paragraph; the fourth gives its discussion first and its
participants last, as a nested list (organisation, then its people). A running header and a
"page N of M" footer sit on every page. People are fictional; organisations are real.
Reproducible: fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "w-nairobi-en.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")

LEFT = RIGHT = 17.0
GUTTER = 8.0
TOP, BOTTOM = 22.0, 20.0
SIZE, LEAD = 9.2, 4.5


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(LEFT, 10)
        self.cell(self.w - LEFT - RIGHT, 4, "WORLD BANK GROUP  ·  Kenya Country Office", align="L")
        self.set_xy(LEFT, 10)
        self.cell(self.w - LEFT - RIGHT, 4, "Gender Strategy 2024–2030 consultations", align="R")
        self.set_draw_color(0, 94, 140)
        self.set_line_width(0.4)
        self.line(LEFT, 15.5, self.w - RIGHT, 15.5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(LEFT, self.h - 12)
        self.cell(self.w - LEFT - RIGHT, 4, f"page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.alias_nb_pages()
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 9, 20, 8, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Gender Strategy 2024-2030 consultations in Kenya - mission summary")
pdf.set_author("Kenya Country Office")
for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                    ("BI", "DejaVuSans-BoldOblique.ttf")):
    pdf.add_font("DejaVu", style, str(FONT / name))

COLW = (pdf.w - LEFT - RIGHT - GUTTER) / 2
state = {"col": 0, "y": 0.0, "top": TOP}


def col_x():
    return LEFT + state["col"] * (COLW + GUTTER)


def next_column():
    state.setdefault("breaks", []).append(state.get("last", ""))
    if state["col"] == 0:
        state["col"] = 1
    else:
        pdf.add_page()
        state["col"] = 0
        state["top"] = TOP
    state["y"] = state["top"]


def lines_of(text, style, size, width):
    pdf.set_font("DejaVu", style, size)
    return pdf.multi_cell(width, LEAD, text, dry_run=True, output=MethodReturnValue.LINES)


def block(text, style="", size=SIZE, lead=LEAD, indent=0.0, marker=None, after=1.8, keep=1, color=(0, 0, 0)):
    lines = lines_of(text, style, size, COLW - indent)
    limit = pdf.h - BOTTOM
    if state["y"] + lead * min(keep, len(lines)) > limit:
        next_column()
    for i, line in enumerate(lines):
        if state["y"] + lead > limit:
            next_column()
        x = col_x()
        if marker and i == 0:
            pdf.set_font("DejaVu", "", size)
            pdf.set_xy(x + indent - 4, state["y"])
            pdf.cell(4, lead, marker)
        pdf.set_font("DejaVu", style, size)
        pdf.set_text_color(*color)
        pdf.set_xy(x + indent, state["y"])
        pdf.cell(COLW - indent, lead, line)
        state["last"] = line
        pdf.set_text_color(0, 0, 0)
        state["y"] += lead
    state["y"] += after


def heading(text):
    block(text.upper(), style="B", size=9.6, lead=5.0, after=1.2, keep=4, color=(0, 94, 140))


def day(text):
    block(text, style="B", size=9.6, lead=5.0, after=1.0, keep=5)


def meeting(text):
    block(text, style="I", size=SIZE, after=1.6, keep=4)


def para(text, **kw):
    block(text, **kw)


def item(text, level=1, after=0.8):
    block(text, indent=4.5 * level, marker="•" if level == 1 else "–", after=after)


# ---------------------------------------------------------------- masthead (full width)
pdf.add_page()
pdf.set_xy(LEFT, 21)
pdf.set_font("DejaVu", "B", 16)
pdf.set_text_color(0, 94, 140)
pdf.multi_cell(pdf.w - LEFT - RIGHT, 7.5, "Listening to Kenya: consultations on the World Bank Group Gender Strategy 2024–2030")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DejaVu", "", 10)
pdf.set_x(LEFT)
pdf.multi_cell(pdf.w - LEFT - RIGHT, 5.2, "Mission summary  |  11–13 September 2023  |  Nairobi and Kisumu, Kenya")
pdf.set_x(LEFT)
pdf.set_font("DejaVu", "I", 9)
pdf.multi_cell(pdf.w - LEFT - RIGHT, 5.0, "Who we consulted: the private sector, women legislators, national and county "
               "government, and grassroots women's groups")
y = pdf.get_y() + 2.5
pdf.set_draw_color(180, 180, 180)
pdf.set_line_width(0.2)
pdf.line(LEFT, y, pdf.w - RIGHT, y)
state["top"] = y + 4   # both columns of page 1 start below the masthead
state["y"] = y + 4

# ---------------------------------------------------------------- column text
heading("Why we went")
para("The draft World Bank Group Gender Strategy 2024–2030 was opened for public consultation in the middle of 2023. "
     "Over three days, the Kenya country team and colleagues from the Gender Group held four conversations in Nairobi "
     "and Kisumu to test the draft against Kenyan realities: one with business leaders, one with women members of "
     "Parliament, one with the national gender machinery and one with the county government and women's groups in "
     "Kisumu. The notes below were written by the country office and shared with participants for comment before "
     "being sent to the strategy team. Each meeting lasted about ninety minutes and was conducted in "
     "English, with some exchanges in Kiswahili in Kisumu.")

heading("Three things we heard")
para("1. Finance, not training, is what holds women-owned businesses back. Lenders and business associations alike "
     "said that collateral requirements keep most women out of formal credit.")
para("2. Kenya's laws are strong on paper, from the two-thirds gender principle in the Constitution to the Sexual "
     "Offences Act, but implementation lags and county governments lack the budgets to act.")
para("3. Every group asked the World Bank Group to publish sex-disaggregated results for its own Kenya portfolio.",
     after=2.6)

day("Day 1 — Monday 11 September, Nairobi")
meeting("Morning: breakfast roundtable with business leaders, hosted by the Kenya Private Sector Alliance")
para("In the room:", style="B", after=0.8)
item("Kenya Private Sector Alliance (KEPSA): Wanjiru Kamau-Odhiambo, Head of Policy and Advocacy")
item("Kenya Association of Manufacturers (KAM)")
item("Federation of Kenya Employers (FKE): Daniel Kiprotich Rono, Senior Industrial Relations Officer")
item("Kenya Bankers Association (KBA)")
item("Equity Bank Kenya Limited")
item("Kenya Women Microfinance Bank (KWFT)")
item("Safaricom PLC: Achieng Nyambura Otieno, Diversity and Inclusion Lead")
item("International Finance Corporation (IFC), Nairobi office", after=1.8)
para("What we heard:", style="B", after=0.8)
para("Business leaders endorsed the strategy and its emphasis on mobilising private capital. The conversation turned "
     "on four issues: credit for women-owned small businesses, employer-supported childcare, women's representation "
     "on company boards, and digital skills for women in agricultural supply chains. KWFT described how group lending "
     "lets its clients borrow without title deeds, while the Kenya Bankers Association pointed to a survey by FSD "
     "Kenya showing that few women hold land in their own name. FKE offered to share the results of its pilot of "
     "workplace crèches on flower farms around Naivasha.", after=2.6)

meeting("Afternoon: Parliament Buildings")
para("In the afternoon the team met members of the Kenya Women Parliamentary Association (KEWOPA): its "
     "Chairperson, Hon. Mercy Chebet Langat, and Hon. Esther Wambui Gathoni, Member of the Departmental Committee on "
     "Finance and National Planning, joined by two researchers from the Parliamentary Budget Office. The legislators "
     "welcomed the draft but were frank about its limits. They said the Bank writes about women's leadership without "
     "engaging with the politics of getting women elected: thirteen years after the Constitution was adopted, "
     "Parliament has still not passed the law needed to implement the two-thirds gender principle. They wanted the "
     "strategy to say more about violence against women in politics, including the online abuse of women "
     "candidates, and asked the Bank to support gender-responsive budgeting in the counties. Hon. Gathoni warned "
     "that the new revenue measures in the Finance Act 2023 fall hardest on women traders.", after=2.6)

day("Day 2 — Tuesday 12 September, Nairobi")
meeting("State Department for Gender and Affirmative Action")
para("Present: Ms. Naomi Wairimu Karanja, Principal Secretary, State Department for Gender and Affirmative Action; "
     "Mr. Peter Otieno Ochieng, Director of Gender Mainstreaming, State Department for Gender and Affirmative Action; "
     "Dr. Ruth Chepkoech Kiprono, Commissioner, National Gender and Equality Commission (NGEC); a statistician from "
     "the Kenya National Bureau of Statistics (KNBS).")
para("The Principal Secretary said the Government of Kenya fully supports the strategy and sees it as closely aligned "
     "with the country's own gender policy. She asked the Bank to help the State Department coordinate the many "
     "ministries and county departments that deliver services for survivors of gender-based violence, and to invest "
     "in the national care policy now being drafted. NGEC and KNBS presented the results of Kenya's first national "
     "time-use survey and asked for support to repeat it. The State Department also asked whether the Women "
     "Enterprise Fund and the National Government Affirmative Action Fund (NGAAF) could be linked to Bank-financed "
     "projects.", after=2.6)

day("Day 3 — Wednesday 13 September, Kisumu")
meeting("Kisumu County: women's groups and the county government")
para("The last day brought together the county government and organisations working with women around Lake "
     "Victoria. Discussion covered the exploitation of women fish traders who are pressed into \"sex for fish\" "
     "arrangements, teenage pregnancy, land inheritance for widows, and the shortage of county-funded shelters for "
     "survivors of violence. Participants supported the strategy's direction and asked that the Bank's agriculture "
     "and fisheries projects in the lake region include women traders from the start, not as an afterthought. KMET "
     "noted that girls who become pregnant rarely return to school.")
para("Attended:", style="B", after=0.8)
item("County Government of Kisumu", after=0.4)
item("Beatrice Adhiambo Ouma, County Executive Committee Member for Gender and Social Services", level=2)
item("Kisumu Medical and Education Trust (KMET)", after=0.4)
item("Dr. Florence Anyango Odera, Programme Director", level=2)
item("GROOTS Kenya")
item("Federation of Women Lawyers Kenya (FIDA Kenya), Kisumu office", after=0.4)
item("Lilian Akinyi Were, Legal Officer", level=2)
item("Women fish traders from Dunga Beach, through the Dunga Beach Management Unit", after=2.6)

heading("Next steps")
para("The country office will share these notes with all participants, follow up with KNBS on the time-use survey, "
     "and send the consolidated comments to the strategy team by 29 September 2023.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages; column breaks after: {state.get('breaks')}")
