#!/usr/bin/env python3
"""Make docs/q-amman-portal-en.txt: a mission summary as flattened portal text (the whole record on ONE line).

Segments below are joined with single spaces; the repeated "Public Disclosure Authorized" banner and the
page markers stand where a portal's PDF-to-text pass put them. People are fictional; organisations are real.
"""
from pathlib import Path

BANNER = "Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized"
SEG = [
    BANNER,
    "WORLD BANK GROUP GENDER STRATEGY 2024-2030 | STAKEHOLDER CONSULTATION | HASHEMITE KINGDOM OF JORDAN",
    "Back-to-Office Summary", "Amman, 18-20 September 2023",
    "Audience: government, women's organisations, development partners and business associations",
    "Purpose of the visit A three-person team from the World Bank Group's gender group and the Jordan country office spent "
    "three days in Amman to test the draft World Bank Group Gender Strategy 2024-2030 with national counterparts. The team "
    "held four meetings, each hosted by the organisation visited. This note records where we went, who we met and what we "
    "heard; the annexes circulated with the draft are not reproduced here.",
    "Headlines",
    "• Counterparts broadly welcomed the three objectives, but several asked that the strategy say more about the legal "
    "barriers that keep Jordanian women out of paid work.",
    "• Female labour force participation, at about 14 percent, remains among the lowest in the world despite women's high "
    "levels of education; a recent ILO report on the Jordanian labour market was cited in two meetings.",
    "• Refugee women, including Syrian women in the Zaatari and Azraq camps, face overlapping risks of poverty, violence "
    "and early marriage.",
    "• The shortage of affordable childcare and safe transport came up in every meeting with business and government.",
    "Page 1 of 3", BANNER,
    "AT THE MINISTRY OF SOCIAL DEVELOPMENT - Monday 18 September",
    "Present: Dr. Rania Haddad Khoury, Secretary General, Ministry of Social Development; Mr. Tariq Abu Zeid, Director, "
    "Family and Protection Directorate; Ms. Noor Suleiman Masri, Head of the Gender Unit.",
    "What we heard:",
    "o The Secretary General said the Ministry fully shares the three objectives and offered its strong support for the "
    "draft strategy, describing it as timely for Jordan.",
    "o The discussion covered the expansion of cash transfers to female-headed households, the referral pathway for "
    "survivors of domestic violence, and childcare for working mothers.",
    "o The Ministry described how the National Aid Fund's Takaful cash transfer programme now enrols households headed by "
    "women, and how it fits within the Government of Jordan's National Social Protection Strategy 2019-2025.",
    "o Officials asked for help to improve coordination between the Ministry, the Family Protection Department of the "
    "Public Security Directorate and health providers, so that survivors are not sent from office to office.",
    "AT THE JORDANIAN NATIONAL COMMISSION FOR WOMEN - Tuesday 19 September, morning",
    "Present: Ms. Hala Jaber Tarawneh (Secretary General, Jordanian National Commission for Women - JNCW); Jordanian "
    "Women's Union; Arab Women Organization of Jordan (AWO); Sisterhood Is Global Institute/Jordan (SIGI); Mizan Law Group "
    "for Human Rights, represented by Mr. Omar Fayez Nsour (Legal Adviser).",
    "What we heard:",
    "o The organisations were concerned that the draft treats jobs and entrepreneurship apart from the laws that restrict "
    "women, and warned that without legal reform the strategy's employment targets will not be met.",
    "o The Commission recalled that women hold only the seats reserved for them in many municipal councils and asked the "
    "World Bank Group to support women candidates and elected women between elections.",
    "o Mizan described cases of family violence in which survivors withdrew complaints under pressure from relatives, and "
    "asked for shelters outside Amman.",
    "o Several speakers said that attitudes about women's place in the home, held by women as well as men, are as strong a "
    "brake on women's work as the law; SIGI proposed joint work with religious leaders and the media.",
    "Page 2 of 3", BANNER,
    "AT UN HOUSE - Tuesday 19 September, afternoon",
    "Present: UN Women; Office of the United Nations High Commissioner for Refugees (UNHCR); United Nations Population "
    "Fund (UNFPA); Embassy of Canada to Jordan; Embassy of the Kingdom of the Netherlands; Deutsche Gesellschaft für "
    "Internationale Zusammenarbeit (GIZ); Jordan INGO Forum (JIF).",
    "What we heard:",
    "o Partners endorsed the direction of the strategy but questioned whether it gives enough weight to countries hosting "
    "large refugee populations, where development and humanitarian financing must work together.",
    "o UNHCR and UNFPA stressed that refugee women in camps and host communities need reproductive health services and "
    "protection from violence, and that early marriage among Syrian refugee girls has risen since 2011.",
    "o Partners reported cuts in humanitarian funding under the Jordan Response Plan for the Syria Crisis and asked how "
    "the World Bank Group could help sustain services for women.",
    "AT THE JORDAN CHAMBER OF INDUSTRY - Wednesday 20 September",
    "Present: Eng. Samer Khalil Haddadin, Board Member, Jordan Chamber of Industry; Jordan Forum for Business and "
    "Professional Women (JFBPW); Business and Professional Women - Amman (BPW Amman).",
    "What we heard:",
    "o Members endorsed the strategy's focus on private sector jobs and asked the World Bank Group to work with "
    "employers, not only with government.",
    "o Members raised the cost of workplace nurseries, unsafe and unreliable public transport, and access to finance for "
    "women-owned SMEs.",
    "o JFBPW offered to share its survey of women-owned businesses in the Sahab and Al-Hassan industrial estates.",
    "Next steps The team will share this note with the counterparts met and follow up with the Commission on a possible "
    "review of legal barriers to women's employment.",
    "Page 3 of 3", BANNER,
]
out = Path(__file__).resolve().parents[1] / "docs" / "q-amman-portal-en.txt"
out.write_text(" ".join(SEG) + "\n", encoding="utf-8")
print("wrote", out)
