#!/usr/bin/env python3
"""Make docs/e-kenya-back-to-office-2col.pdf: a mission summary as a two-column back-to-office note.

Full-width title block, then two text columns. Meetings sit under day headings ("Day 1 - Nairobi")
with a bold line naming the time and host; the first meeting's participants are named in prose,
the second's in one semicolon-separated "In the room:" paragraph that runs across the column break,
the third's as bullets "Organisation - person, title" after a "Discussion" paragraph on the next
page; a postponed meeting is a sentence. A running header and page footer land between columns'
text. People are fictional; organisations are real.
"""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_flow import Flow, new_pdf

OUT = Path(__file__).resolve().parents[1] / "docs" / "e-kenya-back-to-office-2col.pdf"
pdf = new_pdf("Back-to-Office Note - Gender Strategy consultations, Kenya",
              datetime.datetime(2023, 11, 28, 8, 0, 0, tzinfo=datetime.timezone.utc))

L, R, GAP = 16, 16, 8
COLW = (210 - L - R - GAP) / 2
COLS = [(L, COLW), (L + COLW + GAP, COLW)]


def header_footer():
    pdf.set_font("DejaVu", "", 7.5)
    pdf.set_text_color(100, 100, 100)
    pdf.set_xy(L, 8)
    pdf.cell(210 - L - R, 4, "WBG Kenya Country Office  |  Back-to-Office Note  |  Internal", align="L")
    pdf.set_xy(L, 287)
    pdf.cell(210 - L - R, 4, f"Page {pdf.page_no()}", align="R")
    pdf.set_text_color(0, 0, 0)


pdf.add_page()
header_footer()
pdf.set_xy(L, 16)
pdf.set_font("DejaVu", "B", 15)
pdf.multi_cell(210 - L - R, 7, "Back-to-Office Note: Consultations on the World Bank Group Gender Strategy "
               "2024-2030 in Kenya")
pdf.set_font("DejaVu", "", 9.5)
pdf.set_x(L)
pdf.multi_cell(210 - L - R, 5, "Mission dates: 20-22 November 2023   |   Places: Nairobi and Kisumu, Kenya   |   "
               "Audiences: government, development partners, civil society and private sector")
y = pdf.get_y() + 2
pdf.set_draw_color(120, 120, 120)
pdf.line(L, y, 210 - R, y)

flow = Flow(pdf, COLS, top=16, bottom=278, first_top=y + 5)
orig_next = flow._next_column


def next_col():
    orig_next()
    if flow.col == 0:
        header_footer()


flow._next_column = next_col
H = lambda t: flow.para(t, style="B", size=11, lead=5.5, after=1.5, keep=3)
S = lambda t: flow.para(t, style="B", size=9.5, lead=4.8, after=1.0, keep=3)
P = lambda t, after=2.0, **k: flow.para(t, size=9.5, lead=4.6, after=after, **k)
B = lambda t: flow.para(t, size=9.5, lead=4.6, indent=4.5, bullet="•", after=1.0)

H("Purpose")
P("A World Bank Group team travelled to Nairobi and Kisumu to consult Kenyan counterparts on the draft Gender "
  "Strategy 2024-2030. The mission sought views on the three proposed objectives and on how the Kenya country "
  "programme could put them into practice. This note records the main exchanges by day; it is not a verbatim "
  "record.")

H("Day 1 - Nairobi, Monday 20 November")
S("09:30  Ministry of Public Service, Gender and Affirmative Action")
P("The mission opened at the State Department for Gender and Affirmative Action, where the team was received "
  "by the Principal Secretary, Ms. Wanjiru Kamau-Njoroge, together with Mr. Otieno Barasa, Director of Gender "
  "Mainstreaming. Dr. Halima Abdi Noor, Commissioner at the National Gender and Equality Commission (NGEC), "
  "joined the meeting.")
P("The Principal Secretary welcomed the strategy, which she said matched the Government of Kenya's own "
  "priorities. The discussion centred on the two-thirds gender principle in elective bodies, the rollout of "
  "GBV recovery centres in county hospitals, and county-level gender statistics, for which the State Department "
  "depends on the Kenya National Bureau of Statistics (KNBS). She presented the Women Enterprise Fund and the "
  "Financial Inclusion Fund (the \"Hustler Fund\") as the Government's main instruments for women's access to "
  "credit, and asked the Bank to help evaluate them.")
P("The NGEC Commissioner added that county governments rarely publish what they spend on gender, and offered "
  "to share the Commission's latest audit of county budgets.")

S("14:30  Development Partners' Gender Sector Working Group")
P("The afternoon meeting was hosted by UN Women, which co-chairs the Development Partners' Gender Sector "
  "Working Group, and brought together the members of the group based in Nairobi.")
P("In the room: UN Women (co-chair); the United Nations Population Fund (UNFPA); the Embassy of Sweden; the "
  "Foreign, Commonwealth & Development Office (FCDO); the United States Agency for International Development "
  "(USAID); the African Development Bank (AfDB); and the Japan International Cooperation Agency (JICA).")
P("Partners welcomed the ambition of the draft but questioned whether the World Bank Group would back it with "
  "dedicated resources, noting that funding for women's organisations in Kenya has fallen since 2020. They "
  "asked the Bank to join the group's joint work plan so that support to the State Department is not "
  "duplicated across agencies. UNFPA and the Embassy of Sweden urged more attention to women and girls in the "
  "drought-affected and refugee-hosting counties of the north, including the camps at Dadaab and Kakuma.")

H("Day 2 - Kisumu, Wednesday 22 November")
S("10:00  Roundtable with women's groups, lenders and researchers")
P("Discussion. Participants were sceptical that a strategy drafted in Washington would reach women in the rural "
  "sub-counties around Kisumu. Most women farm land held under customary tenure and registered in a husband's "
  "or father-in-law's name, which they cannot offer as collateral. The microfinance lender explained that group "
  "loans remain expensive because of the cost of reaching remote groups.")
P("FIDA-Kenya described violence against women fish traders on the beaches of Lake Victoria and the slow "
  "handling of such cases by the police. GROOTS Kenya stressed that rural women spend hours each day fetching "
  "water and caring for children and the sick, which leaves little time for paid work. Maseno University "
  "offered its field research on women's land claims to the country team.")
P("Participants:")
B("GROOTS Kenya - Ms. Akinyi Odhiambo Were, County Coordinator")
B("Federation of Women Lawyers Kenya (FIDA-Kenya) - Ms. Beatrice Anyango Ochieng, Advocate")
B("Kenya Women Microfinance Bank (KWFT) - Mr. Collins Omondi Otieno, Branch Manager, Kisumu")
B("Maseno University, School of Development and Strategic Studies - Dr. Millicent Atieno Owuor, Senior Lecturer")
flow.space(1.5)
P("A session with the Kenya Private Sector Alliance (KEPSA), planned for the same afternoon, was postponed at "
  "KEPSA's request and will be held virtually in December.")

H("Follow-up")
B("Share the revised draft with the State Department for Gender and Affirmative Action and NGEC.")
B("Confirm the Bank's participation in the joint work plan of the Gender Sector Working Group.")
B("Schedule the virtual session with KEPSA before the end of the consultation period.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("\n".join(l for l in flow.log if l.startswith("--")))
for i, l in enumerate(flow.log):
    if l.startswith("--"):
        print(flow.log[i - 1]); print(l); print(flow.log[i + 1])
print(f"wrote {OUT}: {pdf.page_no()} pages")
