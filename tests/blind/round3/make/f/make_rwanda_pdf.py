#!/usr/bin/env python3
"""Make docs/r3f-rwanda-en.pdf: an English readout of a private-sector panel in Kigali.

    .venv-make/bin/python make/make_rwanda_pdf.py

Layout: one column; an "Event at a glance" two-column box (label | value) without a header;
"Opening" prose, "On the panel" as name - title - organisation lines, "The conversation"
with one paragraph per panellist, "In the audience" as a comma-run paragraph, "From the floor"
as a bulleted list that runs across the page break, "Key takeaways" numbered. Fixed dates.
"""
import datetime
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[1] / "docs" / "r3f-rwanda-en.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"

pdf = FPDF(format="Letter")
pdf.set_creation_date(datetime.datetime(2023, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Event readout - Kigali private sector panel")
pdf.add_font("D", "", FONT + "DejaVuSans.ttf")
pdf.add_font("D", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("D", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.set_margins(22, 20, 22)
pdf.set_auto_page_break(True, 22)
W = pdf.w - 44


def header():
    pdf.set_font("D", "I", 7.5)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 4, "IFC | World Bank Group — Rwanda — Event readout", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)


pdf.header = header
pdf.add_page()


def h(text):
    pdf.ln(2)
    pdf.set_font("D", "B", 11)
    pdf.set_text_color(0, 84, 60)
    pdf.multi_cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def para(text, size=9.5, style=""):
    pdf.set_font("D", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def bullet(text, mark="•"):
    pdf.set_font("D", "", 9.5)
    x = pdf.l_margin
    pdf.set_x(x + 3)
    pdf.cell(5, 5, mark)
    pdf.multi_cell(W - 8, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


pdf.set_font("D", "B", 16)
pdf.multi_cell(W, 8, "Financing Her Business: a panel on the World Bank Group Gender Strategy 2024-2030",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
h("Event at a glance")
pdf.set_font("D", "", 9)
for k, v in (("When", "Thursday, 26 October 2023, 14:00-16:30"),
             ("Where", "Kigali Convention Centre, Kigali, Rwanda"),
             ("Format", "In-person panel followed by open discussion"),
             ("Who", "Private sector: banks, microfinance, business associations, investors")):
    pdf.set_font("D", "B", 9)
    pdf.cell(28, 5.5, k, border=1)
    pdf.set_font("D", "", 9)
    pdf.cell(W - 28, 5.5, v, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

h("Opening")
para("IFC and the World Bank hosted a panel with Rwandan financial institutions and business associations to "
     "gather private sector views on the draft World Bank Group Gender Strategy 2024-2030. Ms. Clarisse "
     "Uwamahoro Mukiza, Permanent Secretary of the Ministry of Gender and Family Promotion (MIGEPROF), opened "
     "the event. She framed the discussion around three questions: women's access to finance, the care burden "
     "on working mothers, and women's leadership in business. She recalled that the National Strategy for "
     "Transformation (NST1) sets targets for women-owned enterprises, and welcomed the strategy as \"a useful "
     "push in the same direction\". The IFC country manager moderated.")

h("On the panel")
for line in ("Ms. Diane Ingabire Nkusi — Head of SME Banking — Bank of Kigali",
             "Mr. Eric Habimana Gatete — Chief Executive Officer — Access to Finance Rwanda (AFR)",
             "Ms. Josiane Mukamana Uwera — Chairperson — Chamber of Women Entrepreneurs, Private Sector "
             "Federation (PSF)",
             "Dr. Patrick Nsengiyumva Kayitare — Director of Gender Mainstreaming — Gender Monitoring Office (GMO)"):
    bullet(line, "–")

h("The conversation")
para("Bank of Kigali said that women now hold more than a third of its SME accounts but a far smaller share of "
     "its loan book, because most women-owned firms cannot pledge land or buildings. It described its work "
     "with IFC's Banking on Women programme and asked the World Bank Group to expand partial credit guarantees "
     "for lenders that serve women.")
para("Access to Finance Rwanda cited the FinScope survey, which shows a narrowing gender gap in formal "
     "financial inclusion driven by mobile money, and argued that the next gap to close is in savings and "
     "insurance products designed for women farmers in cooperatives.")
para("The Chamber of Women Entrepreneurs supported the draft strategy but insisted that it should say more "
     "about women in agribusiness and cross-border trade. The Gender Monitoring Office noted that Rwanda "
     "leads the world in women's representation in parliament, yet women hold few seats on the boards of "
     "listed companies, and asked for better sex-disaggregated data on firm ownership.")

h("In the audience")
para("About 60 people attended, including staff of the Rwanda Development Board (RDB), the Development Bank of "
     "Rwanda (BRD), Equity Bank Rwanda, MTN Rwanda, Duterimbere IMF, Umwalimu SACCO and the University of "
     "Rwanda College of Business and Economics.")

h("From the floor")
for b in ("A participant from Duterimbere IMF asked whether the strategy would support microfinance "
          "institutions that lend mainly to women, or only commercial banks.",
          "MTN Rwanda described how mobile money has helped market vendors save, and warned that the cost of "
          "smartphones still keeps many rural women offline.",
          "A lecturer from the University of Rwanda asked the World Bank Group to fund research on why women-led "
          "firms remain small, and offered the college's student surveys as a source.",
          "Several women entrepreneurs said that the lack of workplace childcare forces them to bring children "
          "to their stalls and workshops; they asked that the strategy treat childcare as business "
          "infrastructure.",
          "The Development Bank of Rwanda referred to the Women Entrepreneurs Finance Initiative (We-Fi) and "
          "asked how the strategy would build on it.",
          "The Rwanda Development Board asked that women-owned firms be targeted in investment promotion and "
          "in public procurement."):
    bullet(b)

h("Key takeaways")
for i, t in enumerate(("Participants endorsed the strategy's focus on economic opportunities and asked that "
                       "collateral constraints be named as the main barrier for women-owned firms.",
                       "Childcare was raised repeatedly as a condition for women to grow their businesses.",
                       "Board representation and ownership data are the next frontier after Rwanda's gains in "
                       "political representation."), 1):
    bullet(t, f"{i}.")

para("Readout prepared by IFC Rwanda, 2 November 2023.", 8.5, "I")
OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
