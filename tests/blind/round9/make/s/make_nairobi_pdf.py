#!/usr/bin/env python3
"""Make docs/s-nairobi-en.pdf: an event readout of a hybrid youth consultation with breakout rooms.

Layout: a banner title block, an "At a glance" key/value table without header, "Top-line
messages" (three numbered), "How the session ran" prose, "Who took part" as a list of
organisations split into "In the room" / "Online" that runs across the page break, then
"Report-back from the breakout rooms" with one paragraph block per room (question, rapporteur,
points), and "Closing plenary". Single column; running header and footer.
Reproducible: fixed creation date.

    OUT/.venv-make/bin/python make/make_nairobi_pdf.py
"""
import datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parents[1] / "docs" / "s-nairobi-en.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")
L = 20


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(L, 9)
        self.cell(0, 4, "Readout — Hybrid youth consultation, Nairobi, 9 November 2023")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_font("Sans", "", 7.5)
        self.set_xy(L, self.h - 12)
        self.cell(0, 4, f"{self.page_no()}", align="C")


pdf = Doc(format="A4")
pdf.set_margins(L, 20, L)
pdf.set_auto_page_break(True, margin=20)
pdf.set_creation_date(datetime.datetime(2023, 11, 14, 8, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Event readout - hybrid youth consultation, Nairobi")
pdf.set_author("World Bank Group Kenya Country Office")
pdf.add_font("Sans", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("Sans", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("Sans", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
pdf.add_page()
W = pdf.w - 2 * L

# banner
pdf.set_fill_color(30, 60, 110)
pdf.rect(0, 0, pdf.w, 38, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(L, 9)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "EVENT READOUT", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "B", 14)
pdf.multi_cell(0, 7, "Hybrid youth consultation on the World Bank Group Gender Strategy 2024–2030",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(44)


def h(text):
    pdf.ln(2)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(30, 60, 110)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def p(text, style="", size=9.5, after=2):
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
    pdf.ln(after)


def item(text, mark="•", indent=5):
    pdf.set_font("Sans", "", 9.5)
    y = pdf.get_y()
    if y + 5 > pdf.h - 20:
        pdf.add_page()
    pdf.set_x(L + indent - 4)
    pdf.cell(4, 5, mark)
    pdf.multi_cell(W - indent, 5, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
    pdf.ln(0.6)


# at a glance: a key/value table without a header row
p("Kenya's youth make up the majority of its population, and young women are over-represented among those neither "
  "in employment nor in education. The World Bank Group Kenya country office therefore added a dedicated youth "
  "session to the national consultations on the draft World Bank Group Gender Strategy 2024–2030, alongside the "
  "meetings held with government and with civil society in October. The session was designed with Akili Dada so that "
  "participants from outside Nairobi could join online, and it was open to youth-led organizations, student bodies "
  "and young professionals. This readout was prepared by the country office and shared with the participants.",
  after=1)
h("At a glance")
rows = [("When", "Thursday, 9 November 2023, 14:00–17:00 (EAT)"),
        ("Where", "Nairobi, Kenya: World Bank Group office, Delta Centre, and online (Zoom)"),
        ("Format", "Hybrid; 46 participants in the room and 31 online; three breakout rooms in person, one online"),
        ("Co-host", "Akili Dada"),
        ("Audience", "Youth: young women and men from youth-led and youth-serving organizations"),
        ("Languages", "English and Kiswahili")]
pdf.set_font("Sans", "", 9)
with pdf.table(col_widths=(24, W - 24), first_row_as_headings=False, line_height=5.2,
               borders_layout="HORIZONTAL_LINES", text_align="LEFT") as t:
    for k, v in rows:
        r = t.row()
        pdf.set_font("Sans", "B", 9)
        r.cell(k)
        pdf.set_font("Sans", "", 9)
        r.cell(v)
pdf.ln(2)

h("Top-line messages")
item("Young people **endorsed the direction of the draft strategy** and asked to be treated as partners in "
     "carrying it out, not only as beneficiaries.", mark="1.")
item("**Online harassment is now part of everyday life for young women** in Kenya and should be named in the "
     "strategy's objective on gender-based violence.", mark="2.")
item("**Jobs remain the first concern**: graduates spend years in casual work, and young women without start-up "
     "capital cannot turn digital skills into income.", mark="3.")
pdf.ln(1)

h("How the session ran")
p("After short opening remarks by the World Bank Group Country Director for Kenya, Eritrea, Rwanda and Somalia, "
  "the moderator from Akili Dada explained the three objectives of the draft. Participants then split into three "
  "breakout rooms in the hall and one online room. Each room was given a single question and chose a rapporteur, "
  "who reported back in plenary in five minutes. Online participants followed the plenary on Zoom and could post "
  "comments in the chat, which the organizers read out. The readout below follows the report-back; it does not "
  "record who said what.")

h("Who took part")
p("In the room (organizations, and the rapporteurs and speakers named in the report-back):", style="I", size=9, after=1)
for t in ["Akili Dada (co-host) — Ms. Wanjiru Kamau-Otieno, Programmes Lead",
          "Young Women's Christian Association of Kenya (YWCA Kenya)",
          "Network for Adolescent and Youth of Africa (NAYA Kenya) — Mr. Brian Otieno Ouma, Youth Advocacy Officer",
          "Youth Alive! Kenya",
          "Plan International Kenya",
          "Moringa School — Ms. Faith Njeri Mwangi, Alumni Relations Manager",
          "Strathmore University — Dr. Esther Wambui Karanja, Lecturer in Development Economics"]:
    item(t)
p("Online:", style="I", size=9, after=1)
for t in ["African Youth and Adolescents Network on Population and Development (AfriYAN Kenya)",
          "United Disabled Persons of Kenya (UDPK) — Ms. Halima Abdi Noor, Programme Officer",
          "Kenya Red Cross Society, youth volunteers"]:
    item(t)
pdf.ln(1)

h("Report-back from the breakout rooms")
p("**Room 1 (in person).** Question: what would make young women safer at home, online and at work? "
  "Rapporteur: Wanjiru Kamau-Otieno.", after=1)
p("The room described online harassment, the sharing of intimate images without consent and threats against young "
  "women who speak out on social media. Participants asked that police gender desks be staffed around the clock and "
  "that survivors of sexual violence get free medical examinations. Several said that violence is tolerated because "
  "families still see it as a private matter.")
p("**Room 2 (in person).** Question: which jobs can young women get, and what stands in the way? "
  "Rapporteur: Faith Njeri Mwangi.", after=1)
p("Youth unemployment dominated: graduates move between short contracts and unpaid internships. Participants praised "
  "the Ajira Digital programme for teaching online work but said that young women lack the laptops, data bundles and "
  "start-up capital to use those skills. The Women Enterprise Fund was described as hard to reach for women under 25. "
  "Some participants had taken part in the Kenya Youth Employment and Opportunities Project (KYEOP) and asked the "
  "World Bank Group to build on it.")
p("**Room 3 (in person).** Question: how can more young women reach positions of leadership? "
  "Rapporteur: Brian Otieno Ouma.", after=1)
p("Participants pointed to the still unimplemented two-thirds gender rule and to the few young women elected to county "
  "assemblies, and proposed mentorship programmes linking young women with women members of county assemblies. "
  "Dr. Esther Wambui Karanja added that women are also absent from student leadership at most universities.")
p("**Online room.** Question: what is missing from the draft? Rapporteur: Halima Abdi Noor.", after=1)
p("The online room said the draft barely mentions young women with disabilities and asked that its indicators be "
  "disaggregated by disability and age. Participants from AfriYAN Kenya raised teenage pregnancy, which forces many "
  "girls out of school, and the lack of youth-friendly sexual and reproductive health services in public clinics.")

h("Closing plenary")
p("In the closing round, participants endorsed the direction of the draft strategy and asked the World Bank Group to "
  "involve youth organizations in monitoring it in Kenya. The country office undertook to share this readout with "
  "all participants and to invite the rapporteurs to a follow-up session in early 2024.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
