#!/usr/bin/env python3
"""Make docs/t-amman-en.pdf: an event readout of a town hall, one column, A4. Panel first, then
"Questions from the floor" numbered Q1..Q6, each attributed to the organisation that asked it, with
the panel's response in italics; a closing list of "Organisations that spoke from the floor" that crosses
the page break from page 1 to page 2 (or later). A running footer with the event name. Reproducible."""
import datetime, sys
from pathlib import Path
from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "t-amman-en.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, f"Town Hall readout | Amman | page {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_creation_date(datetime.datetime(2023, 11, 9, 8, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Town Hall readout - Amman")
pdf.set_author("r10-t")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
pdf.set_margins(24, 20, 24)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()


def para(text, style="", size=10, h=5.2, after=2.2, indent=0):
    pdf.set_font("DejaVu", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, h, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def item(text, mark="–"):
    pdf.set_font("DejaVu", "", 10)
    y = pdf.get_y()
    if y + 5.2 > pdf.h - 22:
        pdf.add_page(); y = pdf.get_y()
    pdf.set_xy(pdf.l_margin + 3, y)
    pdf.cell(5, 5.2, mark)
    pdf.set_xy(pdf.l_margin + 8, y)
    pdf.multi_cell(pdf.epw - 8, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


para("READOUT", "B", 9, after=0.5)
para("Town Hall: \"Women, Work and Safety\" — Consultation on the World Bank Group Gender Strategy 2024-2030",
     "B", 14, h=7, after=2)
para("Tuesday, 7 November 2023 · Landmark Hotel, Amman, Jordan · approx. 90 participants in the room and online",
     "", 9.5, after=4)

para("About the event", "B", 11, after=1)
para("The town hall was organised by the World Bank Group Jordan country office as part of the global consultation "
     "on the draft Gender Strategy 2024-2030. It was open to civil society, business associations and development "
     "partners. After a short presentation of the draft, a panel responded to questions taken from the floor. The "
     "Chatham House rule applied to individual speakers; organisations agreed to be named in this readout.")

para("Panel", "B", 11, after=1)
item("H.E. Dr. Rania Haddad Qudah, Secretary-General, Jordanian National Commission for Women (JNCW)")
item("Ms. Lina Awamleh Tarawneh, Chief Executive Officer, Jordan River Foundation")
item("Moderator: a Senior Gender Specialist of the World Bank Group Jordan country office")
pdf.ln(2)
para("In her opening remarks the Secretary-General said the JNCW \"stands behind\" the draft's three objectives, "
     "but warned that Jordan's female labour force participation, among the lowest in the world, will not move "
     "unless the services that surround work change as well. The Jordan River Foundation stressed that the "
     "protection of women and children from domestic violence must stay at the heart of the strategy.")

para("Questions from the floor", "B", 11, after=1)
qa = [
    ("Arab Women Organization of Jordan",
     "Why does the draft say so little about women's political participation, when women hold only a small share "
     "of seats in municipal and governorate councils?",
     "The JNCW agreed and pointed to the quota in the 2022 electoral law as a start, not an end."),
    ("Sisterhood Is Global Institute (SIGI) – Jordan",
     "How will the Bank make sure its projects do not expose women workers to sexual harassment, and will it "
     "support ratification of ILO Convention 190?",
     "The panel noted that the Bank cannot require ratification but can apply safeguards in its own operations."),
    ("Jordan Chamber of Industry",
     "Our members want to hire women, but the lack of safe and affordable public transport to industrial zones "
     "keeps them away. Can the strategy fund transport solutions?",
     "The moderator referred to transport and childcare as enabling services the draft already covers."),
    ("Tamkeen Fields for Aid",
     "Syrian refugee women and migrant domestic workers face the greatest risks. A recent UNHCR vulnerability "
     "assessment shows many refugee households headed by women depend on informal work. Where are they in the "
     "strategy?",
     "The panel accepted that refugee and migrant women need explicit mention."),
    ("Business and Professional Women – Amman",
     "Women-owned businesses cannot get loans without collateral. Will IFC expand credit lines for them?",
     "Not answered in the session for lack of time; to be followed up in writing."),
    ("Mercy Corps Jordan",
     "Will the Bank fund women-led community organisations directly rather than only through government?",
     "The moderator said the comment would be passed to the strategy team."),
]
for i, (org, q, a) in enumerate(qa, 1):
    para(f"**Q{i} — {org}.** {q}", after=0.6)
    para(f"Response: {a}", "I", 9.5, after=2.4, indent=6)

para("Overall sense of the room", "B", 11, after=1)
para("Participants supported the direction of the draft and welcomed the consultation itself, but many voiced "
     "doubts that it speaks to a country hosting large refugee populations and to women working informally. The "
     "themes raised most often were women's jobs, public transport, childcare, harassment at work and the "
     "situation of refugee women.")

para("Organisations that spoke from the floor", "B", 11, after=1)
for org in ["Arab Women Organization of Jordan", "Sisterhood Is Global Institute (SIGI) – Jordan",
            "Jordan Chamber of Industry", "Tamkeen Fields for Aid", "Business and Professional Women – Amman",
            "Mercy Corps Jordan"]:
    item(org, "•")
pdf.ln(2)
para("Prepared by the World Bank Group Jordan country office, 9 November 2023.", "I", 9)
pdf.output(str(OUT))
print("wrote", OUT, pdf.page_no(), "pages")
