#!/usr/bin/env python3
"""Make docs/zw-vientiane-youth-readout.txt: an English event readout as flattened portal text (one line,
inline bullets "•" and "o", a flattened speakers table, a repeated disclosure banner)."""
parts = [
"Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized",
"EVENT READOUT | YOUTH DIALOGUE ON THE WORLD BANK GROUP GENDER STRATEGY 2024-2030",
"Vientiane, Lao PDR | Tuesday, 24 October 2023 | In-person, 09:00-12:30 | Venue: Faculty of Economics and Business Management, National University of Laos, Dongdok campus",
"Why we met The World Bank Group office in Vientiane invited young women and men from universities, youth groups and non-profit associations to react to the consultation draft of the Gender Strategy 2024-2030. The dialogue was co-organized with the Lao Youth Union and hosted by the National University of Laos. About 45 people took part, two thirds of them young women aged 18 to 29.",
"Who was in the room Organizations represented: • Lao Youth Union (LYU) • National University of Laos (NUL) • Lao Women's Union (LWU) • Gender Development Association (GDA) • Lao Disabled Women's Development Centre (LDWDC) • Plan International Laos • CARE International in Lao PDR",
"Speakers Name Role Organization Ms. Phonesavanh Inthavong Vice-Dean, Faculty of Economics and Business Management National University of Laos Mr. Souksavath Keobounheuang Head of Youth Affairs Division Lao Youth Union Ms. Vilayvanh Chanthalangsy Executive Director Lao Disabled Women's Development Centre Ms. Malyvone Sengsouriya Youth Advisory Panel member Plan International Laos",
"How the session ran After short opening remarks, participants split into three breakout groups, each facilitated by a youth volunteer. The groups discussed digital skills and online safety, first jobs for young women, and early marriage and adolescent pregnancy. Each group then reported back in plenary.",
"Public Disclosure Authorized",
"What young people told us o Participants welcomed the draft strategy and said they were glad to be asked, but wanted a say in how it is carried out and not only in how it is written. o Students from NUL said that young women are well represented at university but struggle to find a first job that matches their studies; many end up in family businesses or leave for work in Thailand. o Several young women described harassment on social media and in online marketplaces, and said they do not know where to report it. o The Lao Disabled Women's Development Centre pointed out that girls with disabilities and girls from ethnic groups in remote provinces are rarely reached by digital training programmes, which are run mostly in Lao language and in towns. o Plan International Laos shared that early marriage remains common in northern provinces and is often followed by the end of a girl's schooling. o Participants from GDA argued that changing expectations about who does housework starts with boys, and asked for programmes that involve young men.",
"Three takeaways 1. Youth should be partners in implementation, for example through a youth advisory group linked to the country office. 2. Digital skills training must come with safety online and must reach girls outside Vientiane Capital. 3. Ending early marriage needs both services for adolescent girls and work with families and communities.",
"Next steps The country office will share this readout with participants and with the Lao Youth Union, and will invite a smaller group to a follow-up session on the results framework. A recent UNFPA country report on adolescent pregnancy, cited during the plenary, will be circulated with the readout.",
"Public Disclosure Authorized",
]
line = " ".join(parts)
assert "\n" not in line
open(__import__("pathlib").Path(__file__).resolve().parents[1] / "docs" / "zw-vientiane-youth-readout.txt", "w", encoding="utf-8").write(line + "\n")
