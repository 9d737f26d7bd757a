#!/usr/bin/env python3
"""Make docs/f-yaounde-partners-en.pdf: an English mission summary in TWO text columns.

Layout: a full-width title block on page 1, then two columns; sessions headed
"Session N | date | audience"; the first session's member list runs from the foot of the
left column to the top of the right column (checked below); participants of session 2 as one
"Delegation:" line, of session 3 as a "Present:" paragraph; a postponed meeting noted under
"Next steps". Running header and a page footer. Reproducible (fixed creation date).
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from flow import Flow, new_pdf  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "f-yaounde-partners-en.pdf"
L, R, GUT = 16, 16, 8
COLW = (210 - L - R - GUT) / 2


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(L, 9)
        self.cell(210 - L - R, 4, "WORLD BANK GROUP  |  Gender Strategy 2024-2030 consultations  |  Cameroon")
        self.set_draw_color(0, 90, 150)
        self.set_line_width(0.4)
        self.line(L, 14, 210 - R, 14)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(L, 297 - 11)
        self.cell(210 - L - R, 4, f"page {self.page_no()}", align="R")


pdf = new_pdf(Doc, "Consultation note - Cameroon development partners", "Yaounde country office",
              datetime.datetime(2023, 11, 28, 8, 30, 0, tzinfo=datetime.timezone.utc))
pdf.add_page()

# title block, full width
pdf.set_fill_color(232, 240, 248)
pdf.rect(L, 18, 210 - L - R, 44, style="F")
pdf.set_xy(L + 5, 22)
pdf.set_font("DejaVu", "B", 8)
pdf.set_text_color(0, 90, 150)
pdf.cell(text="GENDER STRATEGY 2024-2030  ·  CONSULTATION NOTE")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(L + 5, 29)
pdf.set_font("DejaVu", "B", 16)
pdf.multi_cell(210 - L - R - 10, 7.5, "Development partners' views on the draft World Bank Group Gender Strategy")
pdf.set_xy(L + 5, 50)
pdf.set_font("DejaVu", "", 9.5)
pdf.cell(text="Yaoundé, Cameroon  ·  20-22 November 2023  ·  Audience: development partners")

flow = Flow(pdf, [(L, COLW), (L + COLW + GUT, COLW)], top=20, bottom=297 - 18, first_top=70)
H = dict(style="B", size=10, lead=5.0, after=1.6, keep=4, color=(0, 90, 150))

flow.text("Purpose", **H)
flow.text("Over three days, the World Bank Group team in Yaoundé met bilateral and multilateral partners to hear "
          "their views on the draft World Bank Group Gender Strategy 2024-2030 and to see where joint work in "
          "Cameroon could add most. Partners were sent the consultation draft a week in advance, together with a "
          "short list of guiding questions on the three proposed objectives.")
flow.text("Cameroon faces three distinct crises at once: the conflict in the North-West and South-West regions, "
          "violence linked to armed groups in the Far North, and the arrival of refugees from the Central African "
          "Republic in the East. Each weighs on women and girls in its own way, and partners were asked to speak "
          "from their own programmes in these regions as well as from their work in Yaoundé and Douala.")
flow.text("This note reports what partners said, session by session. It does not commit any of the institutions "
          "named.")

flow.text("Session 1 | 20 November | Gender Thematic Group of Technical and Financial Partners", **H)
flow.text("The session was hosted at the UN Women office by the Gender Thematic Group of Technical and Financial "
          "Partners (Groupe thématique genre des PTF), which UN Women currently chairs. Member agencies in the room:")
members = [
    "UN Women - Aïssatou Ngono Mbarga, Programme Specialist (chair of the group)",
    "United Nations Population Fund (UNFPA)",
    "United Nations Children's Fund (UNICEF)",
    "United Nations Development Programme (UNDP)",
    "Embassy of France in Cameroon",
    "High Commission of Canada in Cameroon - Marie-Claude Tremblay Ndzi, First Secretary (Development)",
    "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
    "Agence Française de Développement (AFD)",
    "Japan International Cooperation Agency (JICA)",
]
for m in members:
    flow.text(m, indent=4, bullet="•", after=0.8, keep=99)
flow.y += 1.2
flow.text("Partners endorsed the direction of the draft strategy, and several said it matched the priorities of "
          "their own country programmes. They described gender-based violence as the most urgent issue, both in "
          "the crisis-affected North-West and South-West and in the Far North, where child marriage remains "
          "widespread. UNFPA described the Sahel Women's Empowerment and Demographic Dividend project (SWEDD), "
          "financed by the World Bank, whose safe spaces for adolescent girls it would like to see expanded.")
flow.text("UNICEF and UNFPA added that maternal mortality remains high, with too few skilled birth attendants in "
          "rural health districts. The group noted that the last Demographic and Health Survey dates from 2018 and "
          "asked the Bank to help fund a new round so that progress can be measured. Members also asked that the "
          "Bank attend the group's monthly meetings, to avoid duplicated programmes.")

flow.text("Session 2 | 21 November | African Development Bank", **H)
flow.rich([("Delegation: ", "B"), ("Dr. Serge Ekindi Moukoko, Principal Country Economist; Ms. Brigitte Abena "
           "Fouda, Gender and Social Development Officer - African Development Bank (AfDB), Cameroon Country "
           "Office.", "")])
flow.text("The AfDB expressed strong support for the strategy and proposed to align the two institutions' gender "
          "work in Cameroon. Discussion centred on women's access to finance, women-owned SMEs in agro-processing, "
          "the gender dimensions of the planned rural electrification programme, and joint financing for gender "
          "equality in the next programming cycle.")
flow.text("Ms. Abena Fouda presented the Affirmative Finance Action for Women in Africa (AFAWA) initiative, which "
          "guarantees bank loans to women-led businesses, and suggested that partner banks in Cameroon could use "
          "it alongside the Women Entrepreneurs Finance Initiative (We-Fi).")

flow.text("Session 3 | 22 November | Humanitarian and displacement partners", **H)
flow.rich([("Present: ", "B"), ("Office of the United Nations High Commissioner for Refugees (UNHCR); International "
           "Organization for Migration (IOM); World Food Programme (WFP); Norwegian Refugee Council (NRC). Mr. "
           "Ibrahim Maïna Abakar, Senior Protection Officer at UNHCR, joined by video from Maroua.", "")])
flow.text("Humanitarian partners were more critical. They welcomed the attention the draft gives to violence, but "
          "raised concerns that it treats fragility and displacement as a backdrop rather than as a priority, "
          "although about a million people are displaced within Cameroon or have sought refuge there. They "
          "described the risks faced by displaced women and girls, including survival sex and trafficking.")
flow.text("Partners also noted that schools in the North-West and South-West have been closed for long periods, "
          "leaving many girls out of education for years. WFP suggested linking cash transfers for displaced "
          "households to protection services.")

flow.text("Next steps", **H)
flow.text("A meeting with the Delegation of the European Union to Cameroon, planned for 22 November, was postponed "
          "at the Delegation's request and will be rescheduled in January 2024. The team will share this note with "
          "the Ministry of Women's Empowerment and the Family (MINPROFF), which co-chairs the gender dialogue with "
          "partners, and with the members of the Gender Thematic Group.")

pdf.output(str(OUT))
# the member list must cross from the left column to the right one
where = [(pg, col) for pg, col, txt in flow.log if any(txt.startswith(m[:30]) for m in members)]
print("wrote", OUT, "pages", pdf.page_no(), "member lines at", where)
assert len({c for _, c in where}) == 2, "member list does not cross the column break"
