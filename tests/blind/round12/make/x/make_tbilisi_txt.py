#!/usr/bin/env python3
"""Make docs/x-tbilisi-en.txt: an event readout as "flattened portal text".

The whole record is ONE line, as a document portal's text export gives it: the
"Public Disclosure Authorized" watermark repeated at the start and again where page 2
begins, bullets inline as "•" (key takeaways, follow-up) and "o" (speakers), the page
footer "Page N of 2" in the middle of the text, the two-column fact box flattened into
"Label: value" runs. People are fictional; organisations are real.
"""
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "x-tbilisi-en.txt"
BANNER = "Public Disclosure Authorized"

parts = [
    " ".join([BANNER] * 4),
    "WORLD BANK GROUP GENDER STRATEGY 2024-2030 CONSULTATIONS",
    "EVENT READOUT",
    "Youth Voices on Gender Equality: a hybrid panel on the draft World Bank Group Gender Strategy",
    "Date: 2 November 2023   Venue: Ilia State University, Tbilisi, Georgia (and online)   "
    "Audience: Youth - students and young activists aged 18 to 30   Attendance: 46 in the room, 73 online",
    "About the event",
    "The World Bank South Caucasus country unit and Ilia State University invited young Georgians to comment on "
    "the draft World Bank Group Gender Strategy 2024-2030. Four young speakers opened the discussion with short "
    "statements, followed by an hour of questions from the floor and from the online chat. The session was held "
    "in Georgian and English with simultaneous interpretation.",
    "Speakers",
    "o Mariam Lomidze, Youth Programme Coordinator, Georgian Young Lawyers' Association (GYLA)",
    "o Tamar Japaridze, Grants Officer, Women's Fund in Georgia",
    "o Giorgi Tsiklauri, Head of Youth Policy Division, Youth Agency of Georgia",
    "o Nino Gelashvili, Master's student in public policy, Ilia State University",
    "Members of the Taso Foundation and of Union Sapari were among those who took the floor from the audience.",
    "Key takeaways",
    "• Young people supported the strategy's objectives but said the draft treats \"youth\" as one group and "
    "overlooks young women from ethnic minorities and displaced families.",
    "• Online harassment is the form of violence that young women meet most often, and very few of them report it.",
    "• Speakers asked the World Bank to fund youth-led groups directly rather than only through large intermediaries.",
    "Page 1 of 2",
    " ".join([BANNER] * 2),
    "Discussion",
    "Discussion centred on four issues: online harassment of young women, the high share of young women neither "
    "in employment nor in education, the gender quota in local elections, and the situation of young internally "
    "displaced women.",
    "Mariam Lomidze said that most of the young women who come to GYLA's legal aid offices for help with "
    "harassment on social media are told by the police that nothing can be done, and that several femicide cases "
    "of recent years began with threats made online. Giorgi Tsiklauri presented the National Youth Policy Concept "
    "2020-2030 and said the Youth Agency wants to work with the World Bank on programmes for young women who are "
    "out of work and out of school, especially outside Tbilisi.",
    "Nino Gelashvili observed that many of her classmates still expect to give up paid work when they marry, an "
    "expectation their families reinforce, and that early marriage remains a problem in some Azerbaijani-speaking "
    "communities of Kvemo Kartli. Tamar Japaridze noted that the Women's Fund in Georgia receives far more "
    "applications from youth-led feminist groups than it can fund, and that almost none of these groups receive "
    "core funding from international donors. A participant whose family was displaced from Abkhazia described "
    "the difficulty young women from collective centres face in finding stable jobs and housing. On the quota, "
    "speakers agreed that it has brought more women into municipal councils but that very few of them are young.",
    "Overall, the audience welcomed the draft strategy, but several speakers questioned whether the World Bank "
    "would keep listening to young people once the consultation is over.",
    "Follow-up",
    "• The country unit will share this readout with the speakers and post it on the consultation page.",
    "• The Youth Agency and the country unit will meet in December to discuss youth employment programmes.",
    "Page 2 of 2",
]

OUT.write_text("   ".join(parts) + "\n", encoding="utf-8")
print(f"wrote {OUT}")
