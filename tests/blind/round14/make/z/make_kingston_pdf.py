#!/usr/bin/env python3
"""Make docs/z-kingston-panel-en.pdf: the readout of a panel discussion, one text column.

    .venv-make/bin/python make/make_kingston_pdf.py [OUT.pdf]

Layout: a banner line "READOUT", a title, an "At a glance" box drawn as a two-column grid
of label and value cells, an "In brief" paragraph that names the four issues put to the
panel, then "The conversation" under bold run-in subheads (a subhead is the first words
of its paragraph), contributions "From the floor", and only then "Who spoke": the
moderator and panellists as a list with em-dash separators (name, title, organisation).
A paragraph of the conversation, and one of its sentences, runs from page 1 onto page 2.
A serif body with a running header from page 2 on, and
"n / N" page numbers. People are fictional; organisations are real. Fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdfflow import Flow, add_fonts  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "z-kingston-panel-en.pdf"

LEFT, RIGHT = 25, 25
TOP, BOTTOM = 24, 272
WIDTH = 210 - LEFT - RIGHT
TEAL = (0, 105, 110)


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(*TEAL)
        self.set_xy(LEFT, 12)
        self.cell(WIDTH, 4, "Readout  \u00b7  Who Cares? Women, Work and the Caribbean Economy  \u00b7  Kingston, 12 October 2023")
        self.set_draw_color(*TEAL)
        self.line(LEFT, 17, 210 - RIGHT, 17)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(LEFT, 282)
        self.cell(WIDTH, 4, f"{self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.alias_nb_pages()
pdf.set_creation_date(datetime.datetime(2023, 10, 19, 14, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Readout - Who Cares? Women, Work and the Caribbean Economy")
pdf.set_author("Caribbean Country Management Unit")
add_fonts(pdf)

flow = Flow(pdf, lambda page: [(LEFT, TOP if page > 1 else 62, WIDTH, BOTTOM)], family="DejaVuSerif")
flow.start_page()

# ---- banner and title ---------------------------------------------------------------
pdf.set_font("DejaVu", "B", 9)
pdf.set_text_color(255, 255, 255)
pdf.set_fill_color(*TEAL)
pdf.set_xy(LEFT, 18)
pdf.cell(24, 6, "READOUT", fill=True, align="C")
pdf.set_text_color(*TEAL)
pdf.set_xy(LEFT + 27, 18)
pdf.cell(text="World Bank Group Gender Strategy 2024-2030 consultations", h=6)
pdf.set_text_color(0, 0, 0)
pdf.set_font("DejaVu", "B", 15.5)
pdf.set_xy(LEFT, 31)
pdf.cell(text="Who Cares? Women, Work and the Caribbean Economy")
pdf.set_font("DejaVuSerif", "I", 11)
pdf.set_xy(LEFT, 42)
pdf.cell(text="A panel discussion on the draft World Bank Group Gender Strategy 2024-2030")
pdf.set_draw_color(*TEAL)
pdf.set_line_width(0.6)
pdf.line(LEFT, 52, 210 - RIGHT, 52)
pdf.set_line_width(0.2)

S, L = 10, 5.0


def p(runs, after=2.2):
    flow.block(runs, size=S, lead=L, after=after)


def h(text):
    flow.block([(text.upper(), "B")], size=9.5, lead=5.2, after=1.8, keep=4, color=TEAL)


# ---- at a glance: a grid of label / value cells -------------------------------------
h("At a glance")
rows = [
    ("Date", "Thursday, 12 October 2023, 2:00-4:00 p.m."),
    ("Venue", "Regional Headquarters, The University of the West Indies, Mona, Kingston, Jamaica"),
    ("Co-hosts", "Institute for Gender and Development Studies (IGDS), The University of the West Indies, "
                 "and the World Bank Group"),
    ("Format", "In person, with a livestream; about 90 people in the room and 140 online"),
    ("Prepared by", "Caribbean Country Management Unit, 19 October 2023"),
]
pdf.set_draw_color(170, 170, 170)
for label, value in rows:
    lines = flow.wrap([(value, "")], WIDTH - 36 - 4, 9)
    hgt = 4.6 * len(lines) + 2.4
    y = flow.y
    pdf.set_fill_color(228, 240, 240)
    pdf.rect(LEFT, y, 34, hgt, style="DF")
    pdf.rect(LEFT + 34, y, WIDTH - 34, hgt, style="D")
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.set_xy(LEFT + 2, y + 1.2)
    pdf.cell(h=4.6, text=label)
    pdf.set_font("DejaVu", "", 9)
    for i, ln in enumerate(lines):
        pdf.set_xy(LEFT + 36, y + 1.2 + 4.6 * i)
        pdf.cell(h=4.6, text="".join(t for t, _ in ln))
    flow.y = y + hgt
flow.space(5)

h("In brief")
p("The afternoon brought together two public officials, a gender scholar, a trade unionist and an employer to test "
  "the draft strategy against the realities of Caribbean labour markets. The moderator put four issues to the panel: "
  "the low pay and weak protection of domestic workers, the slow return of women to work after the pandemic, sexual "
  "harassment at work, and teenage pregnancy. Panellists broadly welcomed the draft's focus on more and better jobs "
  "for women, but two of them argued that it treats care mainly as an obstacle to women's paid work rather than as "
  "work that must itself be paid and protected.")

h("The conversation")
p([("Care is work. ", "B"),
   ("Ms. Dawkins opened by noting that most of the union's members earn the national minimum wage, work without "
    "written contracts and make no contributions to the National Insurance Scheme. Jamaica ratified the ILO Domestic "
    "Workers Convention in 2016, she said, but inspections of private homes remain rare. Dr. Whyte-Lindo added that "
    "the region's ageing population will raise the demand for elder care faster than any public budget can follow, "
    "and asked the World Bank Group to treat care services as infrastructure.", "")])
p([("Back to work. ", "B"),
   ("Mr. Reid presented figures from the Labour Force Survey run by the Statistical Institute of Jamaica (STATIN): "
    "women's unemployment has fallen since 2021 but remains above men's, and young women are the group most likely "
    "to be neither in work nor in school. He regretted that there is still no national time-use survey to measure "
    "unpaid work. Mrs. Morrison-Bailey said that several PSOJ members now offer flexible hours and on-site day care, "
    "and that the business case for doing so is easier to make when firms can see data on staff turnover.", "")])
p([("Safety at work. ", "B"),
   ("Ms. Grant-Ellington described the work of the Bureau of Gender Affairs to prepare employers for the Sexual "
    "Harassment Act of 2021 and the tribunal it creates. She reported that the revised National Policy for Gender "
    "Equality (NPGE) will include targets on workplace harassment, and invited the World Bank Group to support the "
    "training of human resources staff in the public service.", "")])
p([("Girls who leave school. ", "B"),
   ("Panellists agreed that teenage pregnancy still ends the schooling of many girls, especially in rural parishes. "
    "Mr. Reid noted that the Programme of Advancement Through Health and Education (PATH) pays a higher education "
    "grant to girls than to boys at secondary level, but that it cannot by itself keep young mothers in school.", "")])

h("From the floor")
p("A representative of Eve for Life asked that the strategy name adolescent mothers and girls living with HIV among "
  "its priority groups, and that young women be consulted on the services meant for them. Women's Media Watch "
  "Jamaica called for work with men and boys and with the media on the stereotypes that keep women in low-paid "
  "jobs. A student of the university asked how the strategy would respond to the underachievement of boys, which "
  "several speakers linked to the same rigid ideas of masculinity.")

h("Where the panel landed")
p("Panellists endorsed the draft's three objectives, and the employers' representative in particular welcomed its "
  "attention to women-owned firms. They asked, however, that the final strategy recognise paid and unpaid care as "
  "work, count domestic workers in its jobs indicators, and commit to financing the time-use data that would make "
  "that possible.")

h("Who spoke")
who = [
    [("Moderator: ", "B"), ("Ms. Kerry-Ann Blackwood \u2014 Senior Business Reporter \u2014 The Gleaner", "")],
    [("Dr. Simone Whyte-Lindo", "B"), (" \u2014 Senior Lecturer \u2014 Institute for Gender and Development "
                                        "Studies (IGDS), The University of the West Indies", "")],
    [("Mr. Dwayne Anthony Reid", "B"), (" \u2014 Director, Social Policy Planning and Research \u2014 Planning "
                                         "Institute of Jamaica (PIOJ)", "")],
    [("Ms. Marcia Grant-Ellington", "B"), (" \u2014 Senior Director \u2014 Bureau of Gender Affairs, Ministry of "
                                            "Culture, Gender, Entertainment and Sport", "")],
    [("Ms. Sheryl Ann Dawkins", "B"), (" \u2014 President \u2014 Jamaica Household Workers' Union (JHWU)", "")],
    [("Mrs. Andrea Morrison-Bailey", "B"), (" \u2014 Director \u2014 Private Sector Organisation of Jamaica "
                                             "(PSOJ)", "")],
]
for runs in who:
    flow.block(runs, size=S, lead=L, indent=5, bullet="\u25aa", after=1.0, keep=99)
flow.space(2.2)

h("Next steps")
p("The recording of the panel will be posted on the IGDS website. The Caribbean Country Management Unit will send "
  "this readout to the panellists and to the Gender Strategy team, and will follow up with PIOJ and STATIN on the "
  "design of a time-use module.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
for rec in flow.log:
    if "\u2014" in rec[3] or "Who spoke" in rec[3].title() or rec[2] > 250 or rec[2] < 35:
        print(rec)
print(f"wrote {OUT}: {pdf.page_no()} pages")
