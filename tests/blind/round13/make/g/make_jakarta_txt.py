#!/usr/bin/env python3
"""Make docs/g-jakarta-webinar-en.txt: an event readout of a hybrid webinar with Indonesia's
private sector, as "flattened portal text": the whole record on ONE line, as a document portal
shows the text of a PDF. A "Public Disclosure Authorized" banner repeats at the start and at each
former page break; the panel table is flattened (header then rows, cells separated by spaces);
bullets are inline "•" with "o" sub-bullets. People are fictional; organisations are real.

    python3 make/make_jakarta_txt.py
"""
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "g-jakarta-webinar-en.txt"
BANNER = "Public Disclosure Authorized"

parts = [
    " ".join([BANNER] * 4),
    "EVENT READOUT",
    "Hybrid Webinar — “Closing the Gap at Work: Indonesia’s Private Sector and the World Bank Group Gender "
    "Strategy 2024–2030”",
    "Date: Thursday, 2 November 2023, 14:00–16:00 (WIB)",
    "Venue: IFC Jakarta, Indonesia Stock Exchange Building Tower 2, Jl. Jend. Sudirman Kav. 52-53, Jakarta, "
    "Indonesia, and online via Zoom",
    "Audience: Private sector",
    "Co-hosts: World Bank Group (World Bank and IFC) with the Indonesia Business Coalition for Women "
    "Empowerment (IBCWE)",
    "Background",
    "The World Bank Group is consulting widely on its draft Gender Strategy 2024–2030. In Indonesia, women’s "
    "labour force participation has hovered around 53 percent for two decades, against about 82 percent for "
    "men, and the gap widens after marriage and the birth of a first child. This webinar asked companies, "
    "banks and business associations what holds women back in formal employment and what they expect from "
    "the strategy. It gathered 27 participants in the room and about 90 online.",
    "Format",
    "The session opened with remarks by the World Bank Country Director for Indonesia and Timor-Leste, "
    "followed by a presentation of the draft strategy and a moderated panel. Questions from the online "
    "audience were taken through the chat.",
    "Panel",
    "Speaker Organization Position",
    "Ms. Dewi Anggraini Kusuma Indonesia Business Coalition for Women Empowerment (IBCWE) Executive Director",
    "Mr. Hendra Wijaya Saputra Indonesian Chamber of Commerce and Industry (KADIN Indonesia) Deputy Chair, "
    "Committee on Women Entrepreneurs",
    "Ms. Ratna Sari Hutapea PT Bank Rakyat Indonesia (Persero) Tbk (BRI) Senior Vice President, Micro "
    "Business",
    "Ms. Putu Ayu Maharani PT Unilever Indonesia Tbk Head of Diversity, Equity and Inclusion",
    BANNER,
    "Other organizations represented in the room: Indonesian Women Entrepreneurs Association (IWAPI); "
    "Indonesian Employers’ Association (APINDO); PT Permodalan Nasional Madani (PNM); Investing in Women, an "
    "initiative of the Australian Government.",
    "Discussion highlights",
    "• The discussion covered workplace childcare, women-owned MSMEs’ access to finance, women in senior "
    "management, and the prevention of sexual harassment at work.",
    "• Workplace childcare",
    "o IBCWE shared results from its member companies: firms that opened daycare on site or near their "
    "factories saw fewer women resign after the birth of a child.",
    "o Unilever Indonesia described its parental leave policy and said that longer leave for fathers had "
    "changed expectations among its managers.",
    "o Participants asked the World Bank Group to support rules that let several companies share the cost of "
    "daycare in industrial estates.",
    "• Access to finance",
    "o BRI noted that women are the majority of its ultra-micro borrowers, and PNM described PNM Mekaar, its "
    "group-lending program for women from poor households.",
    "o KADIN said that women-owned firms that outgrow micro loans struggle to obtain larger credit because they "
    "lack collateral and credit histories.",
    "• Women in senior management",
    "o IBCWE reported that women hold fewer than one in five board seats in listed companies and called for "
    "targets in the financial services regulator’s governance code.",
    BANNER,
    "• Sexual harassment",
    "o APINDO and IWAPI described how companies are applying Law No. 12 of 2022 on Sexual Violence Crimes (UU "
    "TPKS) and asked for model workplace policies and grievance procedures that small firms can adopt.",
    "Overall view",
    "Panelists welcomed the draft strategy, in particular its recognition of the private sector as a partner in "
    "creating jobs for women, and asked that the final version propose concrete tools for companies.",
    "Key takeaways",
    "1. Care is a business issue: companies see childcare as the main lever to keep women in work after "
    "childbirth.",
    "2. Finance for women-owned firms must grow with them, from micro loans to larger credit lines backed by "
    "alternative collateral.",
    "3. Companies want practical guidance, such as model policies on harassment and targets for women in "
    "leadership, more than general commitments.",
    "Next steps",
    "The readout will be shared with participants and posted on the consultation page. IBCWE offered to "
    "convene its member companies again in early 2024 to discuss the final strategy.",
    BANNER,
]

text = " ".join(p.strip() for p in parts)
assert "\n" not in text
OUT.write_text(text + "\n", encoding="utf-8")
print("wrote", OUT, len(text), "chars")
