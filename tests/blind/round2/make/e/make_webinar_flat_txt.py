#!/usr/bin/env python3
"""Write docs/e-webinar-private-sector-flat.txt: an event readout as flattened portal text (one line)."""
from pathlib import Path

BAN = "Public Disclosure Authorized"
parts = [
    BAN, BAN, BAN, BAN,
    "READOUT | VIRTUAL CONSULTATION WITH THE PRIVATE SECTOR",
    "World Bank Group Gender Strategy 2024-2030: \"Closing Gender Gaps at Work\"",
    "Date: Monday, 30 October 2023, 8:00-9:30 a.m. (EDT) Format: online (Webex), convened by IFC's Gender and Economic Inclusion Group Attendance: 64 company representatives connected from 21 countries",
    "1. PURPOSE The webinar asked business leaders how the World Bank Group, and IFC in particular, can help companies hire, retain and promote women, and what they expect from the new strategy. The session opened with a short presentation of the draft, followed by a panel and an open discussion.",
    "2. PANEL Panelist Company Title",
    "Nadia Rahman Chowdhury BRAC Bank Limited Head of Women Banking",
    "Tomás Echeverría Lagos Grupo Bimbo Director of Diversity and Inclusion",
    "Wairimu Gathoni Mbugua Safaricom PLC Senior Manager, Diversity and Inclusion",
    "Priyanka Desai Rao Tata Steel Limited Chief Diversity Officer",
    "Interventions from the floor came from Women's World Banking, the Financial Alliance for Women and the International Chamber of Commerce (ICC).",
    BAN,
    "3. KEY MESSAGES",
    "• Companies welcomed a strategy that treats the private sector as a partner and not only as a source of finance.",
    "• The business case for gender equality is well understood by large firms; the gap is in small and medium suppliers.",
    "• Participants want IFC to share practical tools and benchmarks rather than new reporting requirements.",
    "4. HIGHLIGHTS OF THE DISCUSSION",
    "• Panelists identified four barriers: the lack of affordable childcare, limited access to finance for women-owned SMEs, workplace sexual harassment, and the scarcity of women in senior management.",
    "o BRAC Bank described its collateral-free loans for women entrepreneurs and said that credit guarantees are what allow it to lend at scale.",
    "o Safaricom said that on-site childcare at its Nairobi headquarters had cut the number of women leaving after maternity leave.",
    "o Tata Steel explained that it had opened mine and plant jobs to women on all shifts, after changing its safety and transport arrangements.",
    "• Grupo Bimbo asked that the strategy say more about women-owned businesses in corporate supply chains, and noted that its supplier-diversity programme in Mexico still struggles to find firms that can meet its volumes.",
    "• Women's World Banking stressed that mobile money and digital accounts are reaching women faster than bank branches ever did, but that many women still lack a phone of their own.",
    "• A McKinsey Global Institute estimate of the GDP gain from closing gender gaps was quoted by one speaker; others warned against relying only on the economic argument.",
    BAN,
    "Overall, participants endorsed the direction of the draft, while asking for clearer targets for IFC's own investments.",
    "5. INITIATIVES REFERRED TO • Women Entrepreneurs Finance Initiative (We-Fi) • IFC's Tackling Childcare initiative",
    "6. NEXT STEPS o The Gender Strategy team will circulate the draft's results framework to participants for written comments by 15 November. o IFC will hold a follow-up session with the Financial Alliance for Women on data for women-owned SMEs.",
    BAN,
]
out = Path(__file__).resolve().parents[1] / "docs" / "e-webinar-private-sector-flat.txt"
out.write_text(" ".join(parts) + "\n", encoding="utf-8")
print("wrote", out)
