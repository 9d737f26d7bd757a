#!/usr/bin/env python3
"""Make docs/h-nairobi-bto-en.txt: a back-to-office note as "flattened portal text".

The whole record is ONE line: headings, bullets ("•" and "o"), a participant table
(header row then cells, in reading order) and page furniture ("Public Disclosure
Authorized", "Page N of 2") all run together with single spaces, as a document portal's
text extraction gives it. People are fictional; organisations are real.
"""
import sys
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "h-nairobi-bto-en.txt"

parts = [
    "Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized",
    "KENYA | WORLD BANK GROUP GENDER STRATEGY 2024-2030 CONSULTATIONS",
    "BACK-TO-OFFICE NOTE Nairobi, 9-11 October 2023",
    "Audiences: legislators, national government, women's rights organizations",
    "PURPOSE",
    "The Gender Strategy team and the Kenya country office used the visit to hear how legislators, "
    "government and women's rights organizations read the consultation draft, its three objectives and "
    "what it would mean for the Bank's work in Kenya. Three meetings were held in Nairobi; notes of each "
    "are below.",
    "HEADLINES",
    "• All three groups agreed with the draft's emphasis on ending gender-based violence; several described "
    "femicide as a growing public concern in Kenya.",
    "• The unfinished implementation of the two-thirds gender rule in the Constitution was named as the main "
    "barrier to women's representation in elected bodies.",
    "• Women's rights organizations welcomed the draft but said it gives them no role and no resources, and "
    "asked how the Bank will report back on this consultation.",
    "MEETING NOTES",
    "Roundtable with women parliamentarians (Parliament Buildings, 9 October)",
    "Delegation: Kenya Women Parliamentary Association (KEWOPA) - Hon. Grace Atieno Omondi, Chairperson; "
    "Hon. Faith Chebet Kiprono, Member, Departmental Committee on Labour and Social Welfare; "
    "Hon. Mercy Wambui Njoroge, Treasurer.",
    "o The members welcomed the draft and said its third objective, on women as leaders, speaks directly to "
    "their work in the National Assembly and the Senate.",
    "o KEWOPA recalled that Parliament has several times failed to pass legislation giving effect to the "
    "two-thirds gender rule, and asked the Bank for evidence on what electoral quotas have achieved elsewhere.",
    "o They asked for support to gender-responsive budgeting in the county assemblies, which rarely track "
    "what they spend on women.",
    "o Members described harassment and physical attacks against women candidates during the 2022 election "
    "campaign and asked that violence in politics be covered by the strategy.",
    "Public Disclosure Authorized Page 1 of 2",
    "Meeting with the State Department for Gender and Affirmative Action (Teleposta Towers, 10 October)",
    "Participants",
    "Name Designation Institution",
    "Ms. Wanjiku Mwangi Karanja Secretary, Gender State Department for Gender and Affirmative Action",
    "Mr. Daniel Otieno Ouma Senior Gender Officer State Department for Gender and Affirmative Action",
    "Dr. Esther Nduta Gitau Director, Research and Policy National Gender and Equality Commission (NGEC)",
    "o The State Department strongly endorsed the draft, which the Secretary called \"closely aligned with "
    "our own priorities\", and asked to be the Bank's first counterpart on its roll-out in Kenya.",
    "o Discussion centred on four areas: a costed national care policy, credit for women's groups through the "
    "Women Enterprise Fund, the coordination of gender services between national and county governments, "
    "and the lack of recent data on gender-based violence.",
    "o NGEC noted that the 2022 Kenya Demographic and Health Survey, published by the Kenya National Bureau "
    "of Statistics (KNBS), is the only recent national source on the prevalence of violence, and offered to "
    "share its own county monitoring reports.",
    "Women's rights organizations (Delta Center, 11 October)",
    "The team also met over lunch with representatives of the Federation of Women Lawyers Kenya (FIDA Kenya), "
    "the Centre for Rights Education and Awareness (CREAW), Akili Dada and the Kenya Female Advisory "
    "Organization (KEFEADO), joined online by a programme officer of the Coalition on Violence Against Women "
    "(COVAW). Ms. Achieng Mary Odhiambo, Executive Director of CREAW, opened by saying that the draft reads "
    "well but that organizations like hers are rarely funded to do the work it describes, a view the others "
    "shared. They raised four issues: safe houses for survivors of violence, teenage pregnancy in Kilifi and "
    "Narok counties, the shrinking space for women's rights organizations, and direct, flexible funding for "
    "grassroots groups. Akili Dada stressed that girls who become mothers rarely return to school. FIDA "
    "Kenya cited a recent UN Women mapping which found that most counties have no shelter at all.",
    "NEXT STEPS",
    "• Share this note with the three groups met. • Follow up with NGEC on county monitoring data. "
    "• Country office to name a focal point for civil society.",
    "Public Disclosure Authorized Page 2 of 2",
]
text = " ".join(parts)
assert "\n" not in text
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(text + "\n", encoding="utf-8")
print(f"wrote {OUT}: {len(text)} characters on one line")
