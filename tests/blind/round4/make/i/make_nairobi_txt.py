#!/usr/bin/env python3
"""Make docs/i-nairobi-bto-en.txt: a back-to-office report as flattened portal text.

The whole record is ONE line: the disclosure banner repeated, headings run into the text,
"•" bullets with "o" sub-bullets inline, and the meetings table (Date | Institution | Who |
What was said) flattened cell after cell with no separators. People are fictional.
"""
import sys
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "i-nairobi-bto-en.txt"
BANNER = "Public Disclosure Authorized"

parts = [
    BANNER, BANNER, BANNER, BANNER,
    "THE WORLD BANK GROUP", "OFFICE MEMORANDUM",
    "DATE: October 12, 2023",
    "TO: Country Director, Kenya, Rwanda, Somalia and Uganda",
    "FROM: Senior Social Development Specialist, Gender Group",
    "EXTENSION: 3-4417",
    "SUBJECT: KENYA – Consultations on the World Bank Group Gender Strategy 2024-2030, Nairobi, "
    "October 4-6, 2023 – Back-to-Office Report",
    "1. Purpose.",
    "A team from the Gender Group and the Kenya country office visited Nairobi from October 4 to 6, 2023 to "
    "hear the views of government counterparts, private sector associations and women's rights organizations on "
    "the consultation draft of the World Bank Group Gender Strategy 2024-2030. Four meetings were held; they are "
    "summarized in the table in section 3. The team thanks the country office for organizing the program at short "
    "notice.",
    "2. Key messages.",
    "• Counterparts welcomed the draft and its three objectives, and asked that the strategy build on Kenya's own "
    "commitments rather than set parallel targets.",
    "• The lack of affordable childcare was named by government and employers alike as the main reason women leave "
    "formal jobs after their first child.",
    "• Women's rights organizations warned that survivors of sexual and gender-based violence in informal "
    "settlements still wait years for their cases to be heard, and found the draft too quiet on access to justice.",
    "• County-level data on women's ownership of land and businesses are missing, which will make it hard to "
    "report on the strategy's results in Kenya.",
    "3. Meetings held",
    "Date Institution Who What was said",
    # row 1
    "4 Oct 2023",
    "State Department for Gender and Affirmative Action, Ministry of Public Service, Gender and Affirmative Action",
    "Ms. Grace Wanjiru Mbugua, Director, Gender Mainstreaming; Mr. Peter Otieno Odhiambo, Senior Gender Officer",
    "Strong support for the draft strategy, which the State Department sees as consistent with the National "
    "Policy on Gender and Development. Priorities raised were the rollout of gender-based violence recovery "
    "centres in county hospitals, women's access to public procurement under the Access to Government "
    "Procurement Opportunities (AGPO) programme, and the two-thirds gender rule for elective bodies.",
    "o Asked the Bank to help scale up the Women Enterprise Fund (WEF) beyond its current loan ceiling.",
    "o Offered to host a follow-up session with county gender officers.",
    # row 2
    "4 Oct 2023",
    "National Gender and Equality Commission (NGEC)",
    "Dr. Faith Chelangat Koech, Commissioner; Mr. Daniel Mwangi Kariuki, Research Officer",
    "The Commission was broadly supportive but had reservations about how results would be measured. Its "
    "research team relies on the 2022 Kenya Demographic and Health Survey, published by the Kenya National "
    "Bureau of Statistics, and said that no county-level series exists on women's ownership of land and "
    "businesses.",
    "o Recommended that the results framework report separately on women with disabilities.",
    "o Offered to share its audit of county gender budgets.",
    # row 3
    "5 Oct 2023",
    "Kenya Private Sector Alliance (KEPSA); Kenya Association of Manufacturers (KAM); Federation of Kenya "
    "Employers (FKE)",
    "Ms. Njeri Wambui Kamau, Gender and Inclusion Lead, KEPSA; Mr. Brian Kiprono Rotich, Policy Analyst, KAM; "
    "two members of the FKE secretariat",
    "Endorsed the strategy's focus on jobs. Employers explained that few firms outside Nairobi offer workplace "
    "childcare and asked whether the Bank could support shared crèches in industrial parks. KAM noted that "
    "women-owned suppliers struggle to obtain bank credit without land as collateral. FKE described its model "
    "workplace policy on sexual harassment, which it hopes to extend to flower farms in the Rift Valley.",
    # row 4
    "6 Oct 2023",
    "Federation of Women Lawyers Kenya (FIDA Kenya); Centre for Rights Education and Awareness (CREAW); GROOTS "
    "Kenya",
    "Ms. Achieng Awuor Oduya, Programme Manager, FIDA Kenya; staff of CREAW and GROOTS Kenya",
    "The organizations were critical of the draft, which in their view presents gender equality mainly as a "
    "source of growth. They raised court delays for survivors of sexual violence, the land rights of widows in "
    "rural counties, and direct funding for grassroots women's groups.",
    "o GROOTS Kenya asked that community-based women's groups be able to apply for Bank-financed grants without "
    "an intermediary.",
    BANNER,
    "4. Next steps.",
    "• The team will send the revised draft to all four groups when it is ready, expected in January 2024.",
    "o The country office will confirm a focal point for civil society.",
    "o NGEC's audit of county gender budgets will be shared with the Social Protection team.",
    "• A meeting with the Kenya Women Parliamentary Association (KEWOPA) was requested but could not be scheduled "
    "during the mission; the country office will follow up.",
    "cc: Gender Group consultation team; Kenya Country Management Unit",
]
text = " ".join(parts) + "\n"
assert text.count("\n") == 1
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(text, encoding="utf-8")
print(f"wrote {OUT}: {len(text)} chars on one line")
