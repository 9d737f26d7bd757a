#!/usr/bin/env python3
"""Make docs/s-dhaka-en.txt: a mission summary as "flattened portal text".

The whole record is ONE line: headings, bullets ("•" and "o"), a flattened table and
repeated "Public Disclosure Authorized" banners run together, as text scraped from a
disclosure portal. Deterministic (no dates from the clock).
"""
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "s-dhaka-en.txt"
BANNER = "Public Disclosure Authorized"

parts = [
    BANNER, BANNER,
    "BANGLADESH | Gender Strategy 2024-2030 Consultations | Back-to-Office Note",
    "Private Sector Roundtables, Dhaka, 30 October - 1 November 2023",
    "Audience: Private Sector Representatives",
    "1. Purpose",
    "The World Bank Group (WBG) country team, joined by colleagues from IFC, held three conversations in Dhaka with "
    "business leaders, business associations and financial service providers to hear their views on the draft World "
    "Bank Group Gender Strategy 2024-2030. The note below records who we met and what we heard; it is not a verbatim "
    "record.",
    "2. Roundtable with women entrepreneurs and business associations (30 October, Gulshan)",
    "Name Title Organization "
    "Ms. Nasrin Jahan Chowdhury President Bangladesh Women Chamber of Commerce and Industry (BWCCI) "
    "Ms. Shahana Parveen Lipi General Secretary Women Entrepreneurs Association of Bangladesh (WEAB) "
    "Ms. Farzana Haque Mitu Head of Women Banking BRAC Bank "
    "Mr. Tanvir Ahmed Siddiqui Deputy General Manager SME Foundation",
    "• The roundtable enthusiastically endorsed the draft strategy and described it as overdue for Bangladesh, where "
    "women own fewer than one in ten registered firms.",
    "• Key themes included access to collateral-free finance, the growth of women-owned SMEs, digital and e-commerce "
    "skills, and harassment in marketplaces.",
    "o BRAC Bank described its TARA women banking programme and asked the WBG to help lenders share credit "
    "information on women borrowers.",
    "o BWCCI proposed that the Women Entrepreneurs Finance Initiative (We-Fi) support women's trade fairs outside "
    "Dhaka.",
    BANNER,
    "3. Ready-made garment (RMG) sector",
    "Date and venue: 31 October, BGMEA Complex, Uttara. Present: Bangladesh Garment Manufacturers and Exporters "
    "Association (BGMEA); Bangladesh Knitwear Manufacturers and Exporters Association (BKMEA); DBL Group; Epyllion "
    "Group. Speakers included Mr. Kamrul Hasan Bhuiyan, Director, BGMEA, and Ms. Sabina Yasmin Rahman, Head of "
    "Sustainability, DBL Group.",
    "• Employers supported the objective of more and better jobs for women but worried that the strategy could add "
    "compliance costs for exporters already squeezed by buyers, and asked that expectations placed on factories be "
    "matched by public investment.",
    "• Women's share of the RMG workforce has fallen as factories automate; an ILO study on automation in the sector "
    "was cited, and employers said retraining women operators for the new machines was the priority.",
    "• Factory day-care centres exist on paper in many units but are little used; participants suggested "
    "community-based childcare near industrial zones instead.",
    "• Sexual harassment on the factory floor remains under-reported. Participants referred to the Better Work "
    "Bangladesh programme and to the ratification debate on ILO Convention 190.",
    "• Very few women are promoted to line supervisor, and employers asked for evidence on what helps women move into "
    "supervisory roles.",
    "4. Other meetings",
    "The team also met with staff of bKash Limited and Grameenphone Ltd., together with officials of the SME and "
    "Special Programmes Department of Bangladesh Bank, on 1 November. Participants endorsed the strategy's emphasis on "
    "financial inclusion. Mobile money has brought millions of women into the financial system, they said, but women "
    "are still far less likely than men to own a mobile phone, which caps what digital services can reach; "
    "Grameenphone put the gender gap in mobile phone ownership at close to 20 percentage points. Bangladesh Bank "
    "offered to share sex-disaggregated account data and asked that the WBG help build the capacity to analyse it.",
    BANNER,
    "5. Follow-up",
    "• Share the revised strategy with all participants once it is approved by the Board.",
    "• Explore with IFC a follow-up session with the RMG associations on childcare models.",
    BANNER,
]
text = " ".join(parts)
assert "\n" not in text
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(text + "\n", encoding="utf-8")
print(f"wrote {OUT} ({len(text)} chars, one line)")
