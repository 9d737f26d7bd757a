#!/usr/bin/env python3
"""Write docs/zy-lusaka-youth-readout-en.txt: an event readout flattened by a document portal into ONE line,
with the "Public Disclosure Authorized" banner repeated at the start and at the page break, bullets inline as
"•", and the participants table flattened cell by cell. Deterministic: no dates or randomness."""
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "zy-lusaka-youth-readout-en.txt"
BANNER = " ".join(["Public Disclosure Authorized"] * 4)

parts = [
    BANNER,
    "EVENT READOUT",
    "Youth Voices on Gender Equality: Consultation with Young People on the World Bank Group Gender Strategy 2024-2030",
    "Date: Thursday, 28 September 2023 Venue: BongoHive Innovation Hub, Lusaka, Zambia Format: in-person, 09:00-13:00, "
    "plenary and three breakout groups Co-host: Restless Development Zambia Participants: 42 young women and men aged 18 to 35",
    "1. Background",
    "The World Bank Zambia Country Office, together with Restless Development Zambia, brought together young people from "
    "youth-led organisations, student bodies and a disability organisation to hear their views on the draft World Bank "
    "Group Gender Strategy 2024-2030. The session was opened by Mr. Chanda Mwale Phiri, Director of Youth Development, "
    "Ministry of Youth, Sport and Arts, who welcomed participants on behalf of the Government of the Republic of Zambia "
    "and encouraged them to speak frankly. Ms. Natasha Bwalya Mulenga, Country Director, Restless Development Zambia, "
    "facilitated the plenary.",
    "2. Who took part",
    "Organisation Type Participants "
    "Restless Development Zambia Youth-led NGO 9 "
    "Young Women's Christian Association of Zambia (YWCA) Women's rights organisation 7 "
    "SRHR Africa Trust Zambia (SAT Zambia) Health NGO 5 "
    "University of Zambia Students' Union (UNZASU) Student union 11 "
    "Zambia Federation of Disability Organisations (ZAFOD) Disability umbrella body 4 "
    "BongoHive Technology hub 6 "
    "Total 42",
    "3. What young people told us",
    "Discussion focused on youth unemployment and the informal economy, access to youth-friendly sexual and "
    "reproductive health services, teenage pregnancy and the re-entry of young mothers to school, online harassment of "
    "young women, and the near absence of young women in local decision-making.",
    "• Jobs. Mr. Mwiya Sitali, Secretary General, UNZASU, said that most graduates he knows trade or do piece work "
    "because formal jobs are scarce, and that young women are pushed into the least profitable trades. BongoHive members "
    "asked that the strategy treat digital skills and affordable data as part of the jobs agenda.",
    "• Health and schooling. Ms. Mutinta Hang'andu, Youth Advocate, SAT Zambia, described clinics where unmarried young "
    "women are turned away or lectured when they ask for contraception. YWCA participants said many girls who become "
    "pregnant never return to school despite the Re-entry Policy, because of stigma at home and in class.",
    "• Safety. Young women reported harassment on social media, threats to share intimate images and sexual harassment "
    "by lecturers; few knew where to report it.",
    "Page 1 of 2",
    BANNER,
    "• Voice. Participants noted that young women are rarely elected to ward development committees and asked the World "
    "Bank to require youth and women's representation in the community committees of the projects it finances.",
    "• Disability. ZAFOD members said that young women with disabilities face all of the above and more, and that "
    "buildings, information and transport are rarely accessible to them.",
    "4. Programmes discussed",
    "Several participants from rural districts had received bursaries under the Keeping Girls in School (KGS) component "
    "of the Girls' Education and Women's Empowerment and Livelihood (GEWEL) project and asked that it continue beyond "
    "the current phase. Others praised the skills grants of GEWEL but asked for mentoring after the grant ends.",
    "5. Overall",
    "Participants endorsed the objectives of the draft strategy and asked the World Bank Group to consult young people "
    "again when it prepares the strategy's implementation plan for Zambia.",
    "6. Next steps",
    "• The country office will share this readout with participants through Restless Development Zambia. "
    "• A follow-up session with young women with disabilities will be organised with ZAFOD.",
    "Page 2 of 2",
]
text = " ".join(p.strip() for p in parts)
assert "\n" not in text
OUT.write_text(text + "\n", encoding="utf-8")
print(f"wrote {OUT} ({len(text)} chars, one line)")
