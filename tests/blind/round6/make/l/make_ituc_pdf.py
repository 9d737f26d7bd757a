#!/usr/bin/env python3
"""Make l-ituc-psi-letter-en.pdf: a joint letter (written input) with Roman-numbered comments (fpdf2).

    OUT/.venv-make/bin/python make_ituc_pdf.py
One column; comment IV runs across the page break in mid-sentence; the signatories are in a
bordered table on page 2. Fixed creation date: reproducible. People are fictional.
"""
import datetime
from pathlib import Path

from fpdf import FPDF
from pdflayout import FONT, Flow

OUT = Path(__file__).resolve().parents[1] / "docs" / "l-ituc-psi-letter-en.pdf"
L, R, TOP, BOT = 25, 25, 22, 24


class Doc(FPDF):
    def footer(self):
        self.set_font("DejaVu", "", 7)
        self.set_text_color(100, 100, 100)
        self.set_xy(L, self.h - 14)
        self.cell(self.w - L - R, 4, "ITUC  ·  Boulevard du Roi Albert II 5, Bte 1, 1210 Brussels, Belgium     "
                  "PSI  ·  45 avenue Voltaire, 01210 Ferney-Voltaire, France", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 12, 4, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("ITUC and PSI comments on the World Bank Group Gender Strategy 2024-2030")
pdf.set_author("ITUC / PSI")
for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
    pdf.add_font("DejaVu", st, str(FONT / f))
W = pdf.w - L - R


def frames(page):
    return [(L, W, 66 if page == 1 else TOP, pdf.h - BOT)]


flow = Flow(pdf, frames, size=10, lead=5.2)
flow.start_page()
# letterhead
pdf.set_font("DejaVu", "B", 11)
pdf.set_xy(L, 16)
pdf.cell(text="International Trade Union Confederation")
pdf.set_xy(L, 22)
pdf.cell(text="Public Services International")
pdf.set_draw_color(180, 0, 0)
pdf.set_line_width(0.8)
pdf.line(L, 29, pdf.w - R, 29)
pdf.set_font("DejaVu", "", 10)
pdf.set_xy(L, 34)
pdf.cell(W, 5, "Brussels, 4 December 2023", align="R")
for i, t in enumerate(["Gender Strategy Team", "World Bank Group", "1818 H Street NW", "Washington, DC 20433", "United States"]):
    pdf.set_xy(L, 42 + i * 4.6)
    pdf.cell(text=t)

flow.para([("Re: Comments on the consultation draft of the World Bank Group Gender Strategy 2024–2030", "B")], space_after=3)
flow.para("Dear colleagues,", space_after=3)
flow.para("On behalf of the International Trade Union Confederation (ITUC), which represents 191 million workers in "
          "167 countries, and Public Services International (PSI), the global union federation of workers in public "
          "services, we submit the following comments on the consultation draft of the Gender Strategy.")
flow.para("We welcome the Strategy's recognition that women's economic opportunities depend on care and on freedom "
          "from violence. We are, however, concerned that several of the Bank's own policy prescriptions work against "
          "the goals it sets out, and that workers' organisations are nowhere mentioned as partners.", space_after=3)

comments = [
    ("I.", "Decent work, not just more work.", "The draft measures success by the number of women in jobs. Most "
     "women in low- and middle-income countries already work, overwhelmingly in informal employment without a "
     "contract, a minimum wage or the right to organise. The Strategy should commit to the quality of employment: "
     "living wages, equal pay for work of equal value and the extension of labour rights to informal and platform "
     "workers."),
    ("II.", "Care as a public service.", "We support the attention given to childcare, but the draft leans heavily on "
     "private and employer-provided solutions. Affordable, quality care requires public investment in care "
     "services and decent pay and conditions for care workers, most of whom are women."),
    ("III.", "Fiscal space.", "Bank advice on fiscal consolidation, public-sector wage bill ceilings and the "
     "privatisation of services has cut the very public services that women rely on and employ. We ask that every "
     "development policy operation carry a gender impact assessment of its fiscal conditions and that the Bank "
     "support progressive taxation to finance gender equality."),
    ("IV.", "Violence and harassment in the world of work.", "We urge the Bank to support governments in ratifying and "
     "implementing the ILO Violence and Harassment Convention, 2019 (No. 190), and to require the borrowers and "
     "contractors of Bank-financed projects to adopt workplace policies against gender-based violence and "
     "harassment, with complaint mechanisms negotiated with workers' representatives. Experience in the construction "
     "and garment sectors shows that codes of conduct imposed without workers' participation are rarely applied, "
     "and that women who report harassment are often the first to lose their jobs."),
    ("V.", "Universal social protection.", "Maternity protection, child benefits and pensions are missing from the "
     "draft. We encourage the Bank to align its work with the Global Accelerator on Jobs and Social Protection for "
     "Just Transitions and to favour universal, rights-based schemes over narrowly targeted transfers."),
    ("VI.", "Social dialogue.", "Trade unions, and women trade unionists in particular, should be consulted in the "
     "preparation of Country Partnership Frameworks and in the monitoring of the Strategy."),
]
for num, head, body in comments:
    flow.para([(head + " ", "B"), (body, "")], indent=11, bullet=num, bullet_x=0, space_after=2.5)

flow.para("We would be glad to meet the Gender Strategy Team to discuss these comments further.", space_after=3)
flow.para("Yours sincerely,", space_after=5)

# signatories table
rows = [
    ("Hannelore Vasquez-Obi", "Deputy General Secretary", "International Trade Union Confederation (ITUC)"),
    ("Samuel Okoro Lindqvist", "Assistant General Secretary", "Public Services International (PSI)"),
]
if flow.y + 24 > pdf.h - BOT:
    flow.start_page()
cw = (48, 50, W - 98)
pdf.set_draw_color(120, 120, 120)
pdf.set_line_width(0.2)
y = flow.y
for row in rows:
    x = L
    for w, text in zip(cw, row):
        pdf.set_font("DejaVu", "B" if x == L else "", 9)
        pdf.set_xy(x + 1.5, y + 2)
        pdf.multi_cell(w - 3, 4.4, text)
        pdf.rect(x, y, w, 13)
        x += w
    y += 13
pdf.output(str(OUT))
