#!/usr/bin/env python3
"""Make docs/n-nairobi-sector-privado-en.pdf: an English mission summary set in TWO text columns.

    .venv-make/bin/python make/make_nairobi_pdf.py [OUT.pdf]

Layout: a full-width masthead on page 1 only, then two columns on every page. Sections are short
bold run-in labels ("Purpose", "Headlines", "Meetings", "Next steps"); the meetings are numbered
paragraphs that BEGIN with the organisations' names in bold, the people being named inside the
prose. Lines are placed here (not by fpdf2) so the breaks are fixed: a sentence of one meeting
paragraph runs from the foot of the left column to the top of the right column (printed when built).
A footer on each page. People's names are fictional; the organisations are real.
Reproducible (fixed creation date).
"""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common_pdf import Flow, new_pdf  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "n-nairobi-sector-privado-en.pdf"
LEFT, RIGHT, GUTTER = 18, 18, 8
TOP1, TOP, BOTTOM = 78, 20, 20


def footer(pdf):
    pdf.set_font("DejaVu", "", 7.5)
    pdf.set_text_color(100, 100, 100)
    pdf.set_xy(LEFT, pdf.h - 13)
    pdf.cell(pdf.w - LEFT - RIGHT, 4, f"Kenya Country Office  |  Gender Strategy consultations  |  {pdf.page_no()}",
             align="C")
    pdf.set_text_color(0, 0, 0)


pdf = new_pdf(datetime.datetime(2023, 10, 11, 8, 30, tzinfo=datetime.timezone.utc),
              "Back-to-office note - Private sector consultations, Nairobi", "Kenya Country Office", footer=footer)
COLW = (pdf.w - LEFT - RIGHT - GUTTER) / 2


def frames(page):
    top = TOP1 if page == 1 else TOP
    bottom = pdf.h - BOTTOM
    return [(LEFT, top, COLW, bottom), (LEFT + COLW + GUTTER, top, COLW, bottom)]


flow = Flow(pdf, frames)
flow.start_page()

# masthead (page 1, full width)
pdf.set_font("DejaVu", "B", 8)
pdf.set_text_color(0, 70, 130)
pdf.set_xy(LEFT, 18)
pdf.cell(0, 4, "THE WORLD BANK GROUP  ·  KENYA COUNTRY OFFICE  ·  NAIROBI")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DejaVu", "B", 17)
pdf.set_xy(LEFT, 27)
pdf.multi_cell(pdf.w - LEFT - RIGHT, 8, "Gender Strategy 2024-2030:\nPrivate Sector Consultations in Nairobi")
pdf.set_font("DejaVu", "", 10)
pdf.set_xy(LEFT, 47)
pdf.cell(0, 5, "Back-to-office note  ·  4-6 October 2023  ·  Audience: private sector")
pdf.set_draw_color(0, 70, 130)
pdf.set_line_width(0.6)
pdf.line(LEFT, 56, pdf.w - RIGHT, 56)
pdf.set_font("DejaVu", "I", 8.5)
pdf.set_xy(LEFT, 60)
pdf.multi_cell(pdf.w - LEFT - RIGHT, 4.4, "Prepared by the country team with colleagues from IFC. For internal "
               "circulation; a public summary will be posted with the other consultation records.")

B, R = "B", ""
flow.block([("Purpose. ", B), ("Between 4 and 6 October 2023 a joint World Bank and IFC team held four meetings in "
            "Nairobi with business associations, banks, a telecommunications company and export agriculture bodies "
            "to hear their views on the consultation draft of the World Bank Group Gender Strategy 2024-2030. The "
            "discussions focused on what companies need to hire, retain and promote more women, and on the "
            "financial products that women-owned businesses still lack. Each meeting lasted about ninety minutes and "
            "followed the same format: a short presentation of the draft by the team, then an open discussion.", R)], after=3)
flow.block([("Headlines", B)], after=1, keep=3)
flow.block("Companies see the business case for gender equality but want the strategy to spell out practical "
           "tools, from workplace childcare to credit guarantees.", indent=4.5, bullet="■", after=1)
flow.block("Access to finance remains the binding constraint for women-owned enterprises; banks asked the World Bank "
           "Group to expand risk-sharing through the Women Entrepreneurs Finance Initiative (We-Fi).",
           indent=4.5, bullet="■", after=1)
flow.block("Sexual harassment, at work, on farms and online, came up in every meeting.", indent=4.5, bullet="■",
           after=3)
flow.block([("Meetings", B)], after=1, keep=3)
flow.block([("1. Kenya Private Sector Alliance (KEPSA) and Federation of Kenya Employers (FKE). ", B),
            ("The first meeting, on 4 October at the KEPSA offices in Westlands, was led by Ms. Wanjiru Kamau "
             "Njoroge, Head of Gender and Inclusion at KEPSA, with Mr. Peter Otieno Ouma, Senior Policy Officer at "
             "FKE. Both organisations endorsed the draft and offered to convene member companies during "
             "implementation. Key topics were workplace childcare, sexual harassment policies in medium-sized "
             "firms, and the number of women on corporate boards. FKE noted that few employers comply with the "
             "duty to provide lactation stations under the Health Act, 2017, largely for lack of guidance.", R)],
           after=2.4)
flow.block([("2. Kenya Bankers Association (KBA), Equity Bank Kenya and KCB Group. ", B),
            ("On 5 October the team met senior credit and product staff of the three institutions at the KBA "
             "Centre. Participants welcomed the emphasis on financial inclusion but warned that collateral "
             "requirements still exclude most women, since few of them hold a title to land in their own name. "
             "They asked the World Bank Group to help lenders build credit-scoring models based on mobile-money "
             "histories, and cited the 2021 FinAccess household survey of the Central Bank of Kenya, which shows "
             "a persistent gender gap in formal borrowing. Equity Bank described its lending to women under the "
             "government's Financial Inclusion Fund, better known as the Hustler Fund, and all three asked for "
             "better sex-disaggregated data on loan performance so that the risk of lending to women is not "
             "overestimated.", R)], after=2.4)
flow.block([("3. Safaricom PLC and Kenya Association of Women Business Owners (KAWBO). ", B),
            ("Ms. Achieng Mwende Kariuki, Senior Manager, Diversity and Inclusion at Safaricom, and Mrs. Njeri "
             "Wambui Gitau, Chairperson of KAWBO, met the team on the afternoon of 5 October. Both endorsed the "
             "strategy. Topics discussed included digital skills for women traders, online harassment of women "
             "entrepreneurs, and public procurement reserved for women-owned businesses. KAWBO asked the World Bank "
             "Group to support the Access to Government Procurement Opportunities (AGPO) programme, under which "
             "women-owned firms often wait months to be paid. Safaricom added that women now open mobile-money "
             "accounts faster than men but keep much smaller balances and use fewer of its credit products.", R)], after=2.4)
flow.block([("4. Kenya Flower Council and Kenya Tea Development Agency (KTDA). ", B),
            ("The last meeting, held virtually on 6 October because the participants were based in Naivasha and "
             "Kericho, was attended by Dr. Grace Akinyi Odhiambo, Social Compliance Manager at the Kenya Flower "
             "Council, and Mr. Joseph Kiprono Langat, Gender Officer at KTDA. Participants raised concerns that "
             "the draft says little about agricultural value chains, where most women are casual workers without "
             "contracts. They described the measures taken since reports of sexual exploitation on tea estates, "
             "and asked that the strategy help women smallholders register tea bushes in their own names so that "
             "they are paid directly.", R)], after=3)
flow.block([("Next steps", B)], after=1, keep=3)
flow.block("Share this note with IFC's Kenya gender team and agree on follow-up with KEPSA.", indent=4.5,
           bullet="■", after=1)
flow.block("Explore a We-Fi proposal with KBA members on alternative credit scoring.", indent=4.5, bullet="■",
           after=1)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
prev = None
for page, fr, text in flow.log:
    if prev and (page, fr) != prev[:2]:
        print(f"  break p{prev[0]}c{prev[1]+1} -> p{page}c{fr+1}: ...{prev[2][-50:]!r} | {text[:50]!r}")
    prev = (page, fr, text)
