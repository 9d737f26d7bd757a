#!/usr/bin/env python3
"""Make docs/zx-addis-ababa-panel.txt: an event readout as flattened portal text (the whole record on ONE line,
bullets inline as "•" and "o", the speakers table flattened, the disclosure banner repeated)."""
from pathlib import Path

BANNER = "Public Disclosure Authorized"
parts = [
    BANNER, BANNER,
    "Document of the World Bank Group",
    "EVENT READOUT", "#AccelerateEquality",
    "Panel discussion: \"Women Leading Africa's Recovery\" - consultation on the World Bank Group Gender Strategy 2024-2030",
    "Date: Thursday, 19 October 2023 | Time: 14:00-16:30 EAT | Venue: United Nations Conference Centre, Addis Ababa, Ethiopia | Format: hybrid (in person and online) | Audience: government, African Union, United Nations, civil society (multi-stakeholder)",
    "1. Background",
    "The panel was organized by the World Bank Group Ethiopia country office on the margins of a regional meeting on gender statistics, to hear how African institutions view the third objective of the draft strategy, engaging women as leaders. About 120 people attended in the room and 260 online. The session was held under the Chatham House rule for the open discussion; speakers agreed to be named in this readout.",
    "2. Speakers and moderator",
    "Name Role in the session Title Organization",
    "Dr. Selamawit Tesfaye Gebre Moderator Director, Gender, Poverty and Social Policy Division United Nations Economic Commission for Africa (UNECA)",
    "H.E. Ms. Meaza Alemu Worku Panelist State Minister for Women's Affairs Ministry of Women and Social Affairs (MoWSA), Federal Democratic Republic of Ethiopia",
    "Ms. Adaeze Nwosu-Kamara Panelist Senior Policy Officer, Women, Gender and Youth Directorate African Union Commission (AUC)",
    "Ms. Liya Berhane Haile Panelist Programme Specialist, Leadership and Governance UN Women Ethiopia Country Office",
    "Ms. Tsion Girma Bekele Panelist Executive Director Network of Ethiopian Women's Associations (NEWA)",
    "Ms. Hiwot Assefa Tadesse Discussant Legal Aid Coordinator Ethiopian Women Lawyers Association (EWLA)",
    "3. Key takeaways",
    "• Panelists broadly endorsed the strategy and its objective on women's leadership, and asked the World Bank Group to apply it to its own operations and to its dialogue with finance ministries.",
    "• Quotas have raised women's representation in several parliaments, but women remain rare in cabinets, local councils and company boards.",
    "• Violence and online abuse against women in public life is a growing deterrent and must be addressed as part of any leadership agenda.",
    "4. Summary of the discussion",
    "The moderator opened by asking each panelist which barrier to women's leadership the World Bank Group is best placed to address. The panel focused on four questions: women's representation in parliaments and cabinets, violence against women in politics, women's participation in peace processes, and quotas on corporate boards.",
    "• State Minister Meaza Alemu Worku described Ethiopia's experience with gender parity in the federal cabinet in 2018 and the more recent decline, and stressed that women leaders in regional and woreda administrations need training and networks. She announced that MoWSA will host the national follow-up to the consultation.",
    "• The African Union Commission recalled that the Maputo Protocol commits member states to equal participation of women in decision-making and that the AU Strategy for Gender Equality and Women's Empowerment 2018-2028 sets targets the World Bank Group could align with. o It suggested that the World Bank Group report on progress using the same indicators as the AU.",
    "• UN Women noted that women were largely absent from the delegations to the Pretoria peace talks and asked that the strategy's work in fragile and conflict-affected states include support for women mediators and women's organizations in Amhara, Afar and Tigray.",
    "• NEWA said that women candidates and activists increasingly face harassment on social media, and that member associations have few resources to protect them. o It asked for flexible funding for women's rights organizations, channeled through national networks.",
    "• EWLA pointed to the lack of women judges outside Addis Ababa and to the need for legal aid for women who seek office at kebele level.",
    "5. Questions and answers",
    "o A participant from a private bank asked whether the World Bank Group would use IFC investments to promote women on boards; the moderator noted the question for the strategy team. o Online participants asked how the strategy would measure women's leadership; UNECA referred to its African Gender and Development Index as a possible source of indicators. o A student from Addis Ababa University asked about young women's leadership; the panel agreed this deserves a specific mention in the strategy.",
    BANNER,
    "6. Next steps",
    "• The country office will share this readout with the strategy team and with the panelists. • MoWSA and the country office will agree a date for the national follow-up consultation before the end of November 2023.",
    "Prepared by the Ethiopia country office, 24 October 2023.",
    BANNER,
]
out = Path(__file__).resolve().parents[1] / "docs" / "zx-addis-ababa-panel.txt"
out.write_text(" ".join(parts) + "\n", encoding="utf-8")
print("wrote", out)
