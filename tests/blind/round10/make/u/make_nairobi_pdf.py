#!/usr/bin/env python3
"""Make docs/u-nairobi-en.pdf: a mission summary in two text columns (fpdf2 text_columns).
Meetings are headed only by a day, a time and a place ("11 September, 09:30 - Teleposta
Towers, 4th floor"); who was met is given only in a closing "Persons met" annex grouped by
meeting. Text flows from the left column to the right and across the page break.
A running header and a page footer sit in the middle of the extracted text.
Reproducible: fixed creation date."""
import datetime
import sys
from pathlib import Path
from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "u-nairobi-en.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, "WBG Gender Strategy 2024-2030 | Kenya consultations | For disclosure", align="L")
        self.ln(7)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 4, f"page {self.page_no()}", align="R")


pdf = Doc(format="A4")
pdf.set_creation_date(datetime.datetime(2023, 9, 22, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Kenya: consultation mission notes")
pdf.set_author("blind r10-u")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
pdf.set_margins(16, 14, 16)
pdf.set_auto_page_break(True, 16)
pdf.add_page()

pdf.set_font("DejaVu", "B", 15)
pdf.multi_cell(0, 7, "Kenya: notes from the Gender Strategy consultation mission", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9.5)
pdf.multi_cell(0, 5, "Nairobi, 11-12 September 2023  ·  Government, civil society, partners and business", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

B, N, I = "B", "", "I"
blocks = [
    (B, "Why we came"),
    (N, "Over two days a World Bank Group team held meetings in Nairobi to test the draft Gender Strategy 2024-2030 with a wide range of Kenyan stakeholders. This note records, meeting by meeting, what was said. A session with the Kenya Private Sector Alliance (KEPSA) planned for 13 September was postponed at KEPSA's request; the team will hold it online."),
    (B, "Main takeaways"),
    (N, "• Kenyan counterparts broadly endorsed the three objectives and asked for faster support on ending femicide and other violence."),
    (N, "• Civil society wants the two-thirds gender rule and women's land rights treated as economic, not only political, issues."),
    (N, "• Partners called for pooled, predictable funding and for a joint response in refugee-hosting counties."),
    (N, "• Businesses see credit and digital tools as the quickest route to more women-owned firms."),
    (B, "11 September, 09:30 — Teleposta Towers, 4th floor"),
    (N, "The State Department for Gender and Affirmative Action opened the mission and was joined by the National Gender and Equality Commission. The Principal Secretary said the government fully and strongly endorsed the strategy, describing it as a mirror of Kenya's own priorities. She singled out the rise in femicide cases and the national GBV recovery centres, asked how the Bank could help scale the Women Enterprise Fund, and noted that the national care policy under preparation would need both financing and evidence. The Commission stressed that county-level sex-disaggregated data are missing for most of the indicators the strategy proposes."),
    (B, "11 September, 14:00 — Westlands, hotel meeting room B"),
    (N, "Four women's rights organisations met the team. They welcomed the consultation but were sceptical that the strategy would change lending decisions. The conversation covered the enforcement of the two-thirds gender rule in Parliament, women's land and inheritance rights in rural areas, and the protection of survivors of sexual violence. FIDA Kenya said that courts still apply customary law to deny widows their land; GROOTS Kenya spoke for grassroots women farmers in Kitui and Nyeri; Akili Dada and CREAW asked that the Bank fund feminist organisations directly rather than through large international NGOs."),
    (B, "12 September, 10:00 — UN Gigiri complex, Block M"),
    (N, "The Development Partners Group on Gender hosted the team. Five of its members took part: UN Women and the Embassy of Sweden, the group's current co-chairs, together with UNFPA, GIZ and the African Development Bank. Partners endorsed the strategy and offered to align their own programmes with it. They discussed the situation of women and girls in the Kakuma and Dadaab refugee camps, the need to pool funding through a joint facility, and access to family planning in arid counties. A recent KNBS survey on time use was cited as a useful baseline."),
    (B, "12 September, 15:00 — Upper Hill, boardroom on the 9th floor"),
    (N, "The last meeting brought together the Kenya Bankers Association, Equity Bank and Safaricom. Bankers described the gap in credit for women-owned small businesses and how mobile money and digital credit scoring could close it; Safaricom spoke about digital skills training for women sellers. Participants supported the strategy and asked it to set targets for women on company boards in the financial sector."),
    (B, "Persons met"),
    (I, "11 September, 09:30"),
    (N, "Ms. Mercy Wairimu Njoroge, Principal Secretary, State Department for Gender and Affirmative Action; Mr. Daniel Otieno Ouma, Director of Gender Mainstreaming, State Department for Gender and Affirmative Action; Dr. Joyce Chebet Rotich, Commissioner, National Gender and Equality Commission (NGEC)."),
    (I, "11 September, 14:00"),
    (N, "Ms. Halima Abdi Noor, Programme Officer, Federation of Women Lawyers Kenya (FIDA Kenya); Ms. Beatrice Akinyi Odera, Executive Director, GROOTS Kenya; Ms. Grace Nyambura Mwangi, Programmes Lead, Akili Dada; Ms. Ruth Atieno Wekesa, Advocacy Manager, Centre for Rights Education and Awareness (CREAW)."),
    (I, "12 September, 10:00"),
    (N, "Ms. Anna Lindqvist, First Secretary, Embassy of Sweden in Kenya; Ms. Fatuma Hassan Ali, Programme Specialist, UN Women Kenya; Mr. Peter Mutua Kilonzo, Gender Advisor, United Nations Population Fund (UNFPA); Ms. Katrin Vogel, Gender Advisor, Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ); Mr. Samuel Kiprono Langat, Gender Officer, African Development Bank (AfDB)."),
    (I, "12 September, 15:00"),
    (N, "Mr. Joseph Kimani Gitau, Head of Research, Kenya Bankers Association; Ms. Lilian Moraa Nyaboke, Head of Women in Enterprise, Equity Bank; Ms. Caroline Wanjiku Maina, Senior Manager, Financial Inclusion, Safaricom."),
]

with pdf.text_columns(ncols=2, gutter=7, text_align="LEFT", line_height=1.4) as cols:
    for style, text in blocks:
        size = 11 if style == B else 10.5
        pdf.set_font("DejaVu", style, size)
        with cols.paragraph(top_margin=2.2 if style == B else 0.6, bottom_margin=0.6) as par:
            par.write(text)

pdf.output(str(OUT))
print(OUT)
