#!/usr/bin/env python3
"""Make docs/r-wiego-en.pdf: an English written input as a signed joint letter (one column).

Layout: a letterhead (sender's name and address, right-aligned), place and date, an addressee
block, a subject line, a salutation, an opening that names the co-signing organisations and
states their view, comments numbered with Roman numerals (each a bold caption line and a
paragraph; one of them runs across the page break), a closing, and the signatories in a
table (Name | Position | Organisation). A footer on each page. People are fictional, the
organisations real. Reproducible: fixed creation date.

    OUT/.venv-make/bin/python make_wiego_pdf.py [OUT.pdf]
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "r-wiego-en.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Letter(FPDF):
    def footer(self):
        self.set_font("Serif", "", 8)
        self.set_y(-14)
        self.cell(0, 4, f"Joint submission by WIEGO, HNSA, StreetNet International and IDWF  |  page {self.page_no()} of {{nb}}",
                  align="C")


pdf = Letter(format="A4")
pdf.set_margins(25, 22, 25)
pdf.set_auto_page_break(True, margin=24)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 11, 14, 12, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Joint submission on the draft World Bank Group Gender Strategy 2024-2030")
pdf.set_author("r9-r blind eval")
pdf.add_font("Serif", "", str(FONT / "DejaVuSerif.ttf"))
pdf.add_font("Serif", "B", str(FONT / "DejaVuSerif-Bold.ttf"))
pdf.add_font("Serif", "I", str(FONT / "DejaVuSerif-Italic.ttf"))
pdf.alias_nb_pages()
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin
LH = 5.4


def p(text, style="", size=10.5, after=3.0, align="J"):
    pdf.set_font("Serif", style, size)
    pdf.multi_cell(W, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


# letterhead
pdf.set_font("Serif", "B", 10)
pdf.cell(W, 5, "Women in Informal Employment: Globalizing and Organizing (WIEGO)", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 9)
for line in ["521 Royal Exchange", "Manchester M2 7EN, United Kingdom"]:
    pdf.cell(W, 4.4, line, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

p("Manchester, 14 November 2023", align="L", after=6)
p("Gender Strategy Team\nWorld Bank Group\n1818 H Street NW\nWashington, DC 20433\nUnited States", align="L", after=6)
p("Subject: Joint submission on the draft World Bank Group Gender Strategy 2024–2030", "B", align="L", after=5)
p("Dear colleagues,", align="L")

p("We write on behalf of Women in Informal Employment: Globalizing and Organizing (WIEGO) and three of its "
  "institutional members: HomeNet South Asia (HNSA), StreetNet International and the International Domestic "
  "Workers Federation (IDWF). Together, our member organisations represent home-based workers, street vendors and "
  "domestic workers, the great majority of them women, in more than ninety countries.")
p("We welcome the draft strategy and support its three objectives, in particular the commitment to expand and enable "
  "economic opportunities for women. The comments below are offered so that the strategy reaches the women who earn "
  "their living in the informal economy, who are the majority of women workers in low- and middle-income countries.")

comments = [
    ("I. Informal work is work",
     "The draft speaks mostly of formal wage jobs and of entrepreneurs who grow their firms. Most women, however, work "
     "on their own account, as contributing family workers or as domestic workers, and will remain in such work for "
     "years to come. We ask that the strategy set objectives for raising the earnings and security of women in "
     "informal employment, not only for moving them into formal jobs."),
    ("II. Social protection for all workers",
     "Informal women workers are rarely covered by maternity benefits, health insurance or pensions. The strategy "
     "should commit the World Bank Group to support social protection systems that cover them, financed in ways that "
     "do not depend on a formal employer."),
    ("III. Childcare that works for informal workers",
     "We welcome the Invest in Childcare initiative. Street vendors and market traders need childcare centres close to "
     "markets and open during their long working hours; home-based workers need centres within their neighbourhoods. "
     "We ask that childcare financed under the strategy be public or community-run, affordable for the lowest-paid "
     "women, and designed together with their organisations."),
    ("IV. Public infrastructure and services as workplaces",
     "For a home-based worker the home is the workplace, and for a street vendor the street is. Reliable water, "
     "electricity, sanitation and affordable transport are therefore conditions of their work. The strategy should "
     "treat basic infrastructure in informal settlements, and vendors' secure access to public space, as part of the "
     "enabling services it promises, and should warn against evictions of vendors carried out in the name of urban "
     "renewal, which destroy the livelihoods of thousands of women at a time."),
    ("V. Freedom from violence and harassment at work",
     "Domestic workers in private homes and vendors in public spaces face violence and harassment from employers, "
     "officials and the public. We ask the Bank to encourage ratification and implementation of the ILO Violence and "
     "Harassment Convention, 2019 (No. 190), and of the Domestic Workers Convention, 2011 (No. 189), in its policy "
     "dialogue."),
    ("VI. Counting informal women workers",
     "Many national labour force surveys still miss home-based work and undercount women's informal employment. The "
     "results framework should include indicators on informal employment by sex, and the Bank should support "
     "statistical offices to apply the latest international standards on the statistics of work."),
    ("VII. A seat at the table",
     "Member-based organisations of informal workers are rarely consulted on the projects that affect them. We ask "
     "that the strategy commit to involving them in the design and monitoring of World Bank Group operations, "
     "including in country-level consultations."),
]
for title, body in comments:
    pdf.set_font("Serif", "B", 10.5)
    if pdf.get_y() + 3 * LH > pdf.h - 24:
        pdf.add_page()
    pdf.multi_cell(W, LH, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
    p(body)

p("We would be glad to share evidence from our member organisations and to meet the Gender Strategy team to discuss "
  "these points.")
p("Yours faithfully,", align="L", after=4)

pdf.set_font("Serif", "", 9.5)
with pdf.table(col_widths=(32, 30, 48), line_height=5.2, text_align="LEFT", padding=1) as table:
    for row in [("Name", "Position", "Organisation"),
                ("Sofia Trevisan Mendes", "Policy Director", "Women in Informal Employment: Globalizing and Organizing (WIEGO)"),
                ("Rekha Devi Bhandari", "Regional Coordinator", "HomeNet South Asia (HNSA)"),
                ("Thandeka Mokoena Dube", "International Coordinator", "StreetNet International"),
                ("Lourdes Quispe Mamani", "General Secretary", "International Domestic Workers Federation (IDWF)")]:
        r = table.row()
        for v in row:
            r.cell(v)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
