#!/usr/bin/env python3
"""Make docs/z-ulaanbaatar-mission-en.pdf: a back-to-office note, set in two text columns.

    .venv-make/bin/python make/make_ulaanbaatar_pdf.py [OUT.pdf]

Layout: a full-width title block with a ruled "fact line", then two columns. Meetings are
headed by day and venue ("Day 2 - Tuesday 19 September | UN House"); each gives "What we
heard" as prose first and the people "Present" after it (Day 1 then adds "Agreed
follow-up"). The Day 1 list of those present (organisation in bold, then its people)
starts at the foot of the left column of page 1 and continues at the top of the right
column; the Day 2 list (a label line for the coordination group, its members, then
"Invited partners") starts at the foot of the right column and ends on page 2. The
third meeting is one paragraph of prose naming the companies; a fourth, postponed session
is reported but did not take place. Running header and page footer on each page. Names of
people are fictional; organisations are real. Fixed creation date: the bytes are reproducible.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdfflow import Flow, add_fonts  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "z-ulaanbaatar-mission-en.pdf"

M = 17          # side margins, mm
GUT = 8         # gutter
TOP, BOTTOM = 22, 280
COLW = (210 - 2 * M - GUT) / 2
TITLE_BOTTOM = 71


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(M, 10)
        self.cell(210 - 2 * M, 4, "Mongolia - Gender Strategy consultations - Back-to-Office Note", align="L")
        self.set_xy(M, 10)
        self.cell(210 - 2 * M, 4, "For official use", align="R")
        self.set_draw_color(180, 180, 180)
        self.line(M, 15.5, 210 - M, 15.5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(M, 287)
        self.cell(210 - 2 * M, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def frames(page):
    top = TITLE_BOTTOM if page == 1 else TOP
    return [(M, top, COLW, BOTTOM), (M + COLW + GUT, top, COLW, BOTTOM)]


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.alias_nb_pages()
pdf.set_creation_date(datetime.datetime(2023, 9, 27, 8, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Mongolia: Gender Strategy 2024-2030 consultations - Back-to-Office Note")
pdf.set_author("Mongolia country office")
add_fonts(pdf)

flow = Flow(pdf, frames)
flow.start_page()

# ---- full-width title block (page 1) --------------------------------------------
pdf.set_fill_color(0, 62, 114)
pdf.rect(0, 0, 210, 8, style="F")
pdf.set_text_color(0, 62, 114)
pdf.set_font("DejaVu", "B", 8.5)
pdf.set_xy(M, 14)
pdf.cell(text="WORLD BANK GROUP  |  MONGOLIA COUNTRY OFFICE")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DejaVuSerif", "B", 17)
pdf.set_xy(M, 21)
pdf.cell(text="Listening to Mongolia on the draft")
pdf.set_xy(M, 29)
pdf.cell(text="Gender Strategy 2024-2030")
pdf.set_font("DejaVuSerif", "I", 10.5)
pdf.set_xy(M, 38)
pdf.cell(text="Back-to-Office Note on the consultation mission")
pdf.set_draw_color(0, 62, 114)
pdf.set_line_width(0.5)
pdf.line(M, 47, 210 - M, 47)
pdf.set_line_width(0.2)
facts = [("Dates", "18-20 September 2023"), ("City", "Ulaanbaatar, Mongolia"),
         ("Audiences", "Government, development partners, private sector")]
x = M
for label, value in facts:
    pdf.set_xy(x, 50)
    pdf.set_font("DejaVu", "B", 7.5)
    pdf.set_text_color(0, 62, 114)
    pdf.cell(text=label.upper())
    pdf.set_xy(x, 54.5)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(text=value)
    x += 40 if label == "Dates" else 48
pdf.line(M, 62, 210 - M, 62)
pdf.set_font("DejaVu", "I", 7.5)
pdf.set_xy(M, 64)
pdf.cell(text="Distribution: participants, Gender Group, East Asia and Pacific region. Not for citation.")

# ---- the columns ------------------------------------------------------------------
S, L = 9.2, 4.35


def h(text):
    flow.block([(text, "B")], size=10, lead=4.8, after=1.2, keep=4, color=(0, 62, 114))


def day(text, venue):
    flow.block([(text, "B"), ("  |  " + venue, "")], size=9.2, lead=4.6, after=1.0, keep=5)


def label(text):
    flow.block([(text, "B")], size=S, lead=L, after=0.6, keep=3)


def p(runs, after=1.6):
    flow.block(runs, size=S, lead=L, after=after)


def item(runs, after=0.5, indent=4.5):
    flow.block(runs, size=S, lead=L, indent=indent, bullet="\u2022", after=after, keep=99)


h("Why we came")
p("A team from the World Bank Group's Gender Group and the Mongolia country office spent three days in "
  "Ulaanbaatar to hear how counterparts in the Government of Mongolia, development partners and companies view the "
  "draft World Bank Group Gender Strategy 2024-2030. Each session opened with a short presentation of the draft's "
  "three objectives and was followed by open discussion.")

h("Main takeaways")
item([("Counterparts agreed with the direction of the draft", "B"),
      (" and asked that it speak to Mongolia's situation: girls out-perform boys at school, yet women earn less and "
       "retire earlier.", "")], after=0.7)
item([("Herder women and women in aimag centres far from the capital", "B"),
      (" face the thinnest services, and partners want the strategy's rural commitments to be specific.", "")],
     after=0.7)
item([("Childcare was the constraint named most often", "B"),
      (": the kindergarten network cannot absorb demand in the ger districts of Ulaanbaatar.", "")], after=0.7)
item([("Companies are ready to report on women in their workforce and on their boards", "B"),
      (" if the World Bank Group and IFC help them agree on common indicators.", "")], after=2.4)

day("Day 1 - Monday 18 September", "Ministry of Labour and Social Protection")
label("What we heard")
p("The Vice-Minister opened the meeting by welcoming the draft and confirming that the Ministry supports its three "
  "objectives. The discussion covered the earlier retirement age for women, the shortage of kindergarten places in "
  "the ger districts, the gaps in the 2019 time-use survey, and the enforcement of the Law on Combating Domestic "
  "Violence. The Ministry also described its plan to link the Child Money Programme to registration for public "
  "kindergartens.")
label("Present")
item([("Ministry of Labour and Social Protection (MLSP): ", "B"),
      ("Ms. Solongo Tsedendamba, Vice-Minister; Mr. Batzorig Lkhagvasuren, Director, Department of Population "
       "Development Policy", "")])
item([("National Committee on Gender Equality (NCGE): ", "B"),
      ("Ms. Bolormaa Ganbold, Head of the Secretariat", "")])
item([("National Statistics Office of Mongolia (NSO): ", "B"),
      ("Ms. Tserendulam Purevsuren, Head, Population and Social Statistics Department", "")], after=1.4)
label("Agreed follow-up")
p("The NSO offered to share microdata from the Labour Force Survey with the team. The NCGE asked that every new "
  "World Bank Group operation name a gender focal point who reports to the Committee.", after=2.4)

day("Day 2 - Tuesday 19 September", "UN House")
label("What we heard")
p("The meeting was chaired by UNFPA on behalf of the Gender Theme Group and was the most critical of the three. "
  "Partners endorsed the draft's emphasis on ending gender-based violence, but questioned whether its results "
  "framework would register any change among herder women, whose livelihoods depend on livestock and who lost "
  "animals in the harsh winter of 2023.")
p("UNFPA stressed that one-stop service centres for survivors remain concentrated in Ulaanbaatar and that access to "
  "sexual and reproductive health services in the soums is uneven. ADB and SDC urged the World Bank Group to work "
  "through the existing partner coordination platform rather than create a new one, and several partners asked "
  "that grant funding be made available to women's organisations in the aimags.")
label("Present")
flow.block([("Members of the Gender Theme Group (GTG):", "I")], size=S, lead=L, after=0.5, keep=2)
for org in ["United Nations Population Fund (UNFPA), chair",
            "United Nations Development Programme (UNDP)",
            "International Labour Organization (ILO)",
            "Food and Agriculture Organization of the United Nations (FAO)",
            "International Organization for Migration (IOM)"]:
    item(org, after=0.3)
flow.block([("Invited partners:", "I")], size=S, lead=L, after=0.5, keep=1)
for org in ["Asian Development Bank (ADB)",
            "Swiss Agency for Development and Cooperation (SDC)",
            "Japan International Cooperation Agency (JICA)",
            "Delegation of the European Union to Mongolia",
            "Embassy of Canada to Mongolia"]:
    item(org, after=0.3)
flow.space(2.1)

day("Day 3 - Wednesday 20 September", "MNCCI offices")
p("On the last morning the team, joined by colleagues from IFC, met business representatives at the offices of the "
  "Mongolian National Chamber of Commerce and Industry (MNCCI). Around the table were MNCCI, the Mongolian Employers' "
  "Federation (MONEF), the Business Council of Mongolia, Khan Bank, XacBank and Oyu Tolgoi LLC. The banks reported "
  "that women own about half of the small businesses they lend to but receive smaller loans, often because the "
  "family apartment or land is registered in the husband's name. Oyu Tolgoi described its targets for women in "
  "operational roles at the mine and the policy on sexual harassment it has adopted for its remote camps. "
  "Participants were positive about the draft overall, though MONEF warned that quota-like targets for women on "
  "company boards would meet resistance. Several asked whether the Women Entrepreneurs Finance Initiative (We-Fi) "
  "could support lending to women-led firms in Mongolia.")

h("Not held")
p("A fourth session, with members of the women's caucus of the State Great Khural, was planned for the afternoon "
  "of 20 September but was postponed because of a plenary sitting. The country office will hold it online in "
  "October and circulate a separate note.")

h("Next steps")
item("Share this note with participants and invite written comments by 6 October.", after=0.4)
item("Follow up with the NSO on access to Labour Force Survey microdata.", after=0.4)
item("Reschedule the session with women members of parliament.", after=0.4)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
for rec in flow.log:
    if "Present" in rec[3] or "partners" in rec[3] or "(U" in rec[3] or "(I" in rec[3] or "(FAO" in rec[3] \
            or "Embassy" in rec[3] or "Delegation" in rec[3] or "Cooperation" in rec[3] or "(ADB" in rec[3]:
        print(rec)
print(f"wrote {OUT}: {pdf.page_no()} pages")
