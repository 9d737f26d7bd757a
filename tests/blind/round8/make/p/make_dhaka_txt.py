#!/usr/bin/env python3
"""Make docs/p-dhaka-mission-en.txt: an English mission note as "flattened portal text".

    python3 make_dhaka_txt.py [OUT.txt]

The whole record is ONE line (as a document portal's text extraction gives it): the
"Public Disclosure Authorized" banner repeated at the start and again where page 2 begins,
headline messages as inline "•" bullets, one meeting's topics as inline "o" bullets,
sessions headed by their audience, participants under "In the room:" as one
semicolon-separated run, discussion under "What we heard:". A meeting that was postponed
is reported under "Not held:". People are fictional; organisations are real.
"""
import sys
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "p-dhaka-mission-en.txt"
BANNER = "Public Disclosure Authorized"

parts = [
    BANNER, BANNER, BANNER, BANNER,
    "WORLD BANK GROUP GENDER STRATEGY 2024–2030 | COUNTRY CONSULTATION NOTE",
    "BANGLADESH",
    "Dhaka, 21–23 November 2023",
    "Audience: private sector, financial institutions and women entrepreneurs",
    "Purpose of this note",
    "This note records what a joint World Bank and IFC team heard from businesses in Dhaka on the draft World Bank "
    "Group Gender Strategy 2024-2030. It is organised by audience; each session lists who was in the room and what "
    "we heard.",
    "Headline messages",
    "• Business leaders back the strategy's focus on more and better jobs for women, but want it to speak to small "
    "firms as much as to large exporters.",
    "• Lack of collateral, not lack of demand, is what keeps women-owned businesses out of the banking system.",
    "• Sexual harassment on the factory floor and on the way to work remains under-reported, and grievance "
    "mechanisms are weak.",
    "• Firms asked the World Bank Group to help standardise sex-disaggregated reporting on lending and employment.",
    "Roundtable with women entrepreneurs (21 November, BWCCI office, Dhanmondi)",
    "In the room: Ms. Nasrin Akhter Chowdhury, Vice President, Bangladesh Women Chamber of Commerce and Industry "
    "(BWCCI); Ms. Farhana Rahman Lipi, Director, Women Entrepreneurs Association of Bangladesh (WEAB); Mr. Tanvir "
    "Hossain Majumder, Deputy General Manager, SME Foundation; representatives of the Dhaka Chamber of Commerce & "
    "Industry (DCCI).",
    "What we heard: Participants endorsed the strategy and asked that women-led micro and small enterprises be named "
    "explicitly among its targets. Topics raised:",
    "o collateral-free credit for small firms",
    "o trade licence and tax registration costs",
    "o online sales and digital payments",
    "o childcare close to markets and workplaces",
    "The SME Foundation described its credit wholesaling scheme for women entrepreneurs and said that many banks "
    "still ask women borrowers for a male guarantor.",
    "Breakfast with banks and financial institutions (22 November, IFC office, Gulshan)",
    "In the room: BRAC Bank; IDLC Finance; bKash; City Bank; an official of the SME and Special Programmes "
    "Department of Bangladesh Bank.",
    "What we heard: The banks commended the World Bank Group for consulting the financial sector early in the "
    "process and described their women's banking windows. Much of the discussion was about mobile financial services "
    "as the main entry point for women without bank accounts, and about the gap between the central bank's targets "
    "for lending to women entrepreneurs and what is actually disbursed. The team presented the Women Entrepreneurs "
    "Finance Initiative (We-Fi) and how its resources reach local banks through IFC. Participants admitted that few "
    "banks publish sex-disaggregated portfolio data.",
    "2", BANNER,
    "Session with garment employers and workers' representatives (23 November, BGMEA Complex, Uttara)",
    "In the room: Bangladesh Garment Manufacturers and Exporters Association (BGMEA) – Ms. Rubaiya Karim Shoma, "
    "Director; Bangladesh Employers' Federation (BEF); IndustriALL Bangladesh Council (IBC) – Mr. Shahidul Alam "
    "Babu, Joint Secretary General; Awaj Foundation; International Labour Organization (ILO), as observer.",
    "What we heard: Views were divided. Employers supported the strategy and pointed to factory day-care centres "
    "and to the Better Work Bangladesh programme as evidence of progress. Union and worker representatives argued "
    "that women's share of garment jobs is falling as factories automate, that very few women are promoted to "
    "supervisor, and that anti-harassment committees exist on paper only. Both sides agreed that the strategy should "
    "address the journey to work, where women workers face harassment on buses and at bus stops.",
    "Not held: The meeting with the Ministry of Women and Children Affairs planned for 22 November was postponed "
    "because of the nationwide blockade called that day; the team will hold it online in December.",
    "Sources cited during the sessions: Labour Force Survey 2022 of the Bangladesh Bureau of Statistics; a 2022 Asian "
    "Development Bank study on finance for women-led SMEs.",
    "Next steps",
    "• Circulate this note to participants and invite written comments by 8 December.",
    "• Reschedule the meeting with the Ministry of Women and Children Affairs.",
    "• Explore with BWCCI and Bangladesh Bank a common template for sex-disaggregated lending data.",
    "3",
]
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(" ".join(parts) + "\n", encoding="utf-8")
print(f"wrote {OUT}")
