#!/usr/bin/env python3
"""Make docs/y-lusaka-en.pdf: an English back-to-office mission summary in TWO text columns.

    python3 -m venv .venv-make && .venv-make/bin/pip install -q fpdf2
    .venv-make/bin/python make_lusaka_pdf.py [OUT.pdf]

Layout: a full-width title block and a boxed "mission card", then two columns of text. The
meetings are grouped under day headings; each meeting's participants come AFTER its
discussion, under "In the room". The private-sector participant list is made to run from the
foot of one column to the top of the next (checked below), and a paragraph crosses another
column break. A running header and page footer sit outside the columns. Lines are laid out
here (greedy wrap), so breaks are fixed. People are fictional; organisations are real.
Reproducible: fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "-v" else Path(__file__).resolve().parents[1] / "docs" / "y-lusaka-en.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")

LEFT, RIGHT, TOP, BOTTOM = 16, 16, 20, 18
GUTTER = 8
DEBUG = "-v" in sys.argv
SIZE, LEAD = 9.2, 4.4


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(LEFT, 9)
        self.cell(self.w - LEFT - RIGHT, 4, "WBG Gender Strategy 2024-2030 consultations  |  Zambia  |  BTO", align="L")
        self.set_draw_color(0, 102, 153)
        self.set_line_width(0.4)
        self.line(LEFT, 14, self.w - RIGHT, 14)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(LEFT, self.h - 11)
        self.cell(self.w - LEFT - RIGHT, 4, f"Page {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 11, 24, 8, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Back-to-Office Summary - Gender Strategy consultations, Zambia")
pdf.set_author("Zambia Country Office")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSans-Oblique.ttf"))

COLW = (pdf.w - LEFT - RIGHT - GUTTER) / 2


def width(text, style, size):
    pdf.set_font("DejaVu", style, size)
    return pdf.get_string_width(text)


def wrap(runs, avail, size):
    """Greedy wrap of (text, style) runs into lines of runs."""
    words = []
    for text, style in runs:
        for i, w in enumerate(text.split(" ")):
            if w:
                words.append([w, style])
            if i < len(text.split(" ")) - 1 and words:
                words[-1].append(True)
    lines, line, used = [], [], 0.0
    for w in words:
        word, style, sp = w[0], w[1], len(w) > 2
        need = width(word, style, size)
        lead = width(" ", line[-1][1], size) if line and line[-1][2] else 0.0
        if line and used + lead + need > avail:
            lines.append(line)
            line, used, lead = [], 0.0, 0.0
        line.append((word, style, sp))
        used += lead + need
    if line:
        lines.append(line)
    out = []
    for ln in lines:
        merged = []
        for i, (word, style, sp) in enumerate(ln):
            word = word + (" " if sp and i < len(ln) - 1 else "")
            if merged and merged[-1][1] == style:
                merged[-1] = (merged[-1][0] + word, style)
            else:
                merged.append((word, style))
        out.append(merged)
    return out


class Flow:
    """Two-column flow: column 0 then 1, then a new page."""

    def __init__(self, top):
        self.col, self.y, self.top = 0, top, top
        self.breaks = []  # (label of the block being written, line index) at each column break

    def x(self):
        return LEFT + self.col * (COLW + GUTTER)

    def advance(self, label, idx):
        self.breaks.append((label, idx))
        if self.col == 0:
            self.col, self.y = 1, self.top
        else:
            pdf.add_page()
            self.col, self.top, self.y = 0, TOP, TOP

    def room(self, h):
        return self.y + h <= pdf.h - BOTTOM

    def block(self, runs, label="", size=SIZE, lead=LEAD, indent=0.0, bullet=None, after=1.4, keep=1):
        if isinstance(runs, str):
            runs = [(runs, "")]
        label = label or "".join(t for t, _ in runs)[:40]
        lines = wrap(runs, COLW - indent, size)
        if DEBUG: print("  block", repr(label[:25]), "page", pdf.page_no(), "col", self.col, "y", round(self.y, 1), "lines", len(lines))
        if not self.room(lead * min(keep, len(lines))):
            self.advance(label, 0)
        for i, line in enumerate(lines):
            if not self.room(lead):
                self.advance(label, i)
            if bullet and i == 0:
                pdf.set_font("DejaVu", "B" if bullet[0].isdigit() else "", size)
                pdf.set_xy(self.x() + indent - 4.2, self.y)
                pdf.cell(4.2, lead, bullet)
            pdf.set_xy(self.x() + indent, self.y)
            for text, style in line:
                pdf.set_font("DejaVu", style, size)
                pdf.cell(h=lead, text=text)
            self.y += lead
        self.y += after

    def heading(self, text, size=10.5, color=(0, 102, 153), after=1.6, keep=4):
        pdf.set_text_color(*color)
        self.block([(text, "B")], label=text, size=size, lead=5.2, after=after, keep=keep)
        pdf.set_text_color(0, 0, 0)

    def sub(self, text):
        self.block([(text, "B")], label=text, size=SIZE, lead=LEAD, after=1.0, keep=3)

    def bullet(self, runs, label="", **kw):
        self.block(runs, label=label, indent=4.2, bullet="•", after=kw.pop("after", 0.8), **kw)

    def number(self, n, runs, label="", **kw):
        self.block(runs, label=label, indent=4.6, bullet=f"{n}.", after=kw.pop("after", 1.0), **kw)


# ---------------------------------------------------------------- title block (full width)
pdf.add_page()
y = TOP
pdf.set_font("DejaVu", "B", 8.5)
pdf.set_text_color(0, 102, 153)
pdf.set_xy(LEFT, y)
pdf.cell(text="WORLD BANK GROUP  ·  ZAMBIA COUNTRY OFFICE  ·  LUSAKA")
pdf.set_text_color(0, 0, 0)
y += 7
pdf.set_font("DejaVu", "B", 15)
pdf.set_xy(LEFT, y)
pdf.cell(text="Back-to-Office Summary")
y += 7.5
pdf.set_font("DejaVu", "", 11)
pdf.set_xy(LEFT, y)
pdf.cell(text="Consultations on the World Bank Group Gender Strategy 2024-2030")
y += 9
# mission card: a light box with four label/value pairs
card = [("Where", "Lusaka, Zambia"), ("When", "13-15 November 2023"),
        ("Who we consulted", "Government, private sector and civil society"),
        ("Meetings held", "Four (one further meeting could not be scheduled)")]
pdf.set_fill_color(232, 242, 248)
pdf.rect(LEFT, y, pdf.w - LEFT - RIGHT, 5.2 * len(card) + 4, style="F")
yy = y + 2
for k, v in card:
    pdf.set_xy(LEFT + 3, yy)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(38, 5.2, k)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(text=v, h=5.2)
    yy += 5.2
y += 5.2 * len(card) + 4 + 6

flow = Flow(y)

# ---------------------------------------------------------------- column text
flow.heading("Why the team travelled")
flow.block("A World Bank Group team spent three days in Lusaka to hear Zambian views on the draft World Bank Group "
           "Gender Strategy 2024-2030. The team met officials of the Government of the Republic of Zambia, firms and "
           "business associations, and women's rights organizations. A planned meeting with the National Assembly's "
           "women's caucus did not take place because Parliament was sitting late on the budget.", after=3)

flow.heading("Headline messages")
flow.number(1, [("Broad support. ", "B"), ("Government and private sector interlocutors supported the three "
                "objectives; civil society supported them in principle but doubted that they would be funded.", "")])
flow.number(2, [("Fiscal space is the binding constraint. ", "B"), ("With debt restructuring still under way, "
                "officials warned that new gender commitments must fit a tight budget.", "")])
flow.number(3, [("GEWEL is the platform to build on. ", "B"), ("Counterparts asked that the strategy draw on "
                "the lessons of the Girls' Education and Women's Empowerment and Livelihood (GEWEL) project.", "")])
flow.number(4, [("Collateral, not appetite, limits lending to women. ", "B"), ("Banks said demand from women-owned "
                "firms is high but few can offer the security required.", "")], after=3)

flow.heading("Record of meetings")

flow.sub("Monday 13 November")
flow.block([("Ministry of Finance and National Planning", "I")], after=1.0)
flow.block("The Ministry endorsed the objectives of the strategy. Officials explained that the 2024 national budget will, for the first time, tag "
           "allocations that benefit women, and asked for help in building the tagging into the public financial "
           "management system. They cautioned that under the debt restructuring agreed with creditors, room for "
           "new spending is small, so the strategy's ambitions would have to be met mostly by reallocating "
           "existing budgets. The Budget Office also asked whether the Zambia Statistics Agency could receive "
           "support to publish sex-disaggregated results from the labour force survey every quarter.")
flow.block([("In the room: ", "B"), ("Ms. Chileshe Mwansa Banda, Assistant Director, Budget Office; Mr. Mutale "
            "Kapembwa Phiri, Gender Focal Point, Economic Management Department; two economists from the Budget "
            "Office.", "")], after=3)

flow.sub("Tuesday 14 November")
flow.block([("Ministry of Community Development and Social Services (MCDSS), morning", "I")], after=1.0)
flow.block("MCDSS expressed strong support for the strategy and described the Girls' Education and Women's "
           "Empowerment and Livelihood (GEWEL) project as proof that investments in girls and women pay off. "
           "The conversation covered keeping adolescent girls in secondary school, livelihood grants for women in "
           "rural districts, the expansion of the Social Cash Transfer programme and referral pathways for "
           "survivors of gender-based violence. The GEWEL team reported that the Keeping Girls in School (KGS) "
           "component now pays secondary school fees for girls from poor households in every district, and that "
           "the Supporting Women's Livelihoods (SWL) grants are being combined with savings groups.")
flow.block([("In the room: ", "B"), ("Mrs. Precious Nalumango Mwale, Director of Social Welfare; Mr. Bwalya "
            "Chisanga Tembo, National Coordinator, GEWEL project.", "")], after=2.6)

flow.block([("Private sector roundtable, Zambia Chamber of Commerce and Industry (afternoon)", "I")], after=1.0)
flow.block("Participants welcomed the attention to jobs and finance, but several felt the draft says little about "
           "what local firms can do and reads as written for large multinationals. The banks said women-owned "
           "small businesses repay well yet are turned down because they lack title deeds or other collateral, and "
           "asked for risk-sharing facilities. Employers described how the lack of childcare near factories and "
           "markets pushes women out of formal jobs after their first child. The Chamber noted that women hold "
           "few seats on the boards of listed companies and offered to host a follow-up session. Colleagues from "
           "IFC joined the discussion.")
flow.sub("In the room")
for item in ["Bankers Association of Zambia (BAZ)",
             "Musika Development Initiatives",
             "Zambia Association of Manufacturers (ZAM)",
             "Zambia Chamber of Commerce and Industry (ZACCI): Ms. Lombe Mulenga Sakala, Chief Executive Officer",
             "Zambia Federation of Employers (ZFE)",
             "Zambia National Commercial Bank (Zanaco): Mr. Kelvin Siame Hamoonga, Head of SME Banking"]:
    flow.bullet(item, label="private-sector list", keep=99)
flow.y += 2.4

flow.sub("Wednesday 15 November")
flow.block([("Civil society, at the offices of the Non-Governmental Gender Organisations' Coordinating Council",
             "I")], after=1.0)
flow.block("Participants voiced concern that the strategy promises a great deal while funding for women's rights "
           "organizations in Zambia has fallen sharply since 2020. They asked how the World Bank Group would "
           "make sure that grassroots groups, not only large NGOs, can reach the money. On gender-based violence, "
           "they said that the Anti-Gender-Based Violence Act No. 1 of 2011 is sound but that the fast-track "
           "courts sit in too few provinces. On leadership, they pointed out that women won fewer than one in five "
           "seats in the 2021 general election, and that parties still field women mainly in seats they expect "
           "to lose. A recent UN Women report on women's political participation was cited in support.")
flow.block([("In the room: ", "B"), ("the Non-Governmental Gender Organisations' Coordinating Council (NGOCC), led "
            "by its Executive Director, Ms. Mwila Chanda Lungu, with three of its member organizations: Women and "
            "Law in Southern Africa Research and Education Trust - Zambia (WLSA Zambia), the Young Women's "
            "Christian Association of Zambia (YWCA Zambia) and the Zambia National Women's Lobby (ZNWL). Women for "
            "Change also took part.", "")], after=3)

flow.heading("Next steps")
flow.bullet("Share this note with the strategy team and with counterparts.")
flow.bullet("Reschedule the meeting with the National Assembly's women's caucus, possibly online, before the "
            "strategy is finalized.")
flow.bullet("Follow up with the Budget Office on technical support for gender budget tagging.")

# the private-sector list must cross a column break, and some prose must too
crossing = [b for b in flow.breaks if b[0] == "private-sector list"]
assert crossing, f"private-sector list does not cross a column break: {flow.breaks}"
print("column/page breaks:", flow.breaks)
OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
