#!/usr/bin/env python3
"""Write gold/x-*.json: what a careful analyst reads in each x- record (format of shared/eval/gold)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def org(label, acronym=None, type_=("civil-society",), aliases=(), parent=None):
    d = {"label": label, "acronym": acronym, "type": list(type_), "aliases": list(aliases)}
    if parent:
        d["parent"] = parent
    return d


def person(name, honorific, title, org_label):
    return {"name": name, "honorific": honorific, "jobTitle": title, "org": org_label}


def meeting(pos, stance, orgs, people, themes, orgs_optional=(), themes_optional=(), mentions=()):
    return {"position": pos, "stance": list(stance), "orgs": list(orgs), "orgs_optional": list(orgs_optional),
            "people": list(people), "themes": [list(t) for t in themes], "themes_optional": list(themes_optional),
            "mentions": list(mentions)}


WBG_EN = ["World Bank Group", "World Bank", "Bank", "WBG"]
WBG_ES = ["Grupo Banco Mundial", "Banco Mundial", "Banco", "World Bank Group", "World Bank"]
WBG_FR = ["Groupe de la Banque mondiale", "Banque mondiale", "Banque", "World Bank Group", "World Bank"]
WBG_PT = ["Grupo Banco Mundial", "Banco Mundial", "Banco", "World Bank Group", "World Bank"]
STRAT_EN = ["World Bank Group Gender Strategy 2024-2030", "World Bank Group Gender Strategy", "Gender Strategy",
            "Gender Strategy 2024-2030"]
STRAT_ES = ["Estrategia de Género 2024-2030 del Grupo Banco Mundial", "Estrategia de Género 2024-2030",
            "Estrategia de Género", "World Bank Group Gender Strategy 2024-2030"]
STRAT_FR = ["Stratégie genre 2024-2030 du Groupe de la Banque mondiale", "Stratégie genre 2024-2030",
            "Stratégie genre", "World Bank Group Gender Strategy 2024-2030"]
STRAT_PT = ["Estratégia de Género 2024-2030 do Grupo Banco Mundial", "Estratégia de Género 2024-2030",
            "Estratégia de Género", "World Bank Group Gender Strategy 2024-2030"]

golds = {}

# ---------------------------------------------------------------- x-lusaka-en (pdf, two columns)
GZ = "Government of Zambia"
MCDSS = "Ministry of Community Development and Social Services"
MSMED = "Ministry of Small and Medium Enterprise Development"
GCPG = "Gender Cooperating Partners Group"
partners = ["UN Women", "United Nations Population Fund", "Embassy of Sweden", "Embassy of Ireland",
            "United States Agency for International Development", "Delegation of the European Union to Zambia",
            "African Development Bank"]
lus_cso = ["Non-Governmental Gender Organisations' Coordinating Council", "Women for Change",
           "Young Women's Christian Association of Zambia", "Zambia Federation of Disability Organisations",
           "Caritas Zambia", "Zambia National Women's Lobby"]
lus_biz = ["Zambia Chamber of Commerce and Industry", "Zambia Federation of Association of Women in Business",
           "Stanbic Bank Zambia", "Zambia National Commercial Bank", "First Quantum Minerals"]
golds["x-lusaka-en"] = {
    "documentType": "MissionSummary",
    "language": "en",
    "consultation": {"startDate": "2023-09-11", "endDate": "2023-09-13", "city": "Lusaka", "country": "Zambia",
                     "stakeholderGroup": ["multi-stakeholder"]},
    "meetings": [
        meeting(1, ["StrongEndorsement"], [MCDSS, MSMED],
                ["Chanda Mwale Phiri", "Mutale Banda", "Inonge Lubasi"],
                [["human-capital", "adolescent-girls"], ["economic-assets", "economic-participation"],
                 ["institutional-coordination"]],
                orgs_optional=[GZ],
                themes_optional=["gender-data", "financing", "macroeconomic-policy", "economic-participation",
                                 "economic-assets", "adolescent-girls"]),
        meeting(2, ["Endorsement"], partners, [],
                [["gender-based-violence"], ["adolescent-girls"], ["gender-data"], ["financing"]],
                orgs_optional=[GCPG],
                themes_optional=["institutional-coordination", "srhr", "human-capital"]),
        meeting(3, ["MixedStance", "Concern"], lus_cso, ["Mwila Chileshe Kabwe", "Brian Musonda Tembo"],
                [["civil-society-engagement"], ["intersectionality"], ["rural-women", "economic-assets"],
                 ["leadership"]],
                themes_optional=["gender-data", "economic-assets", "rural-women"],
                mentions=["the shrinking space for women's organisations",
                          "the exclusion of women with disabilities from Bank-financed programmes",
                          "secure land for rural women under customary tenure",
                          "the low number of women in local councils"]),
        meeting(4, ["Endorsement"], lus_biz, ["Kelvin Chisanga Mulenga", "Precious Namwinga Sakala"],
                [["economic-assets"], ["economic-participation"], ["care"]],
                themes_optional=["enabling-services", "financing"]),
    ],
    "organisations": [
        org(MCDSS, "MCDSS", ["government-ministry"], parent=GZ),
        org(MSMED, None, ["government-ministry"], parent=GZ),
        org(GZ, None, ["national-government"], ["Government"]),
        org(GCPG, None, ["coordination-group"], ["Gender Cooperating Partners"]),
        org("UN Women", None, ["un-entity"],
            ["United Nations Entity for Gender Equality and the Empowerment of Women"]),
        org("United Nations Population Fund", "UNFPA", ["un-entity"]),
        org("Embassy of Sweden", None, ["embassy"], ["Embassy of Sweden in Zambia", "Swedish Embassy"]),
        org("Embassy of Ireland", None, ["embassy"], ["Embassy of Ireland in Zambia", "Irish Embassy"]),
        org("United States Agency for International Development", "USAID", ["bilateral-agency"]),
        org("Delegation of the European Union to Zambia", None, ["supranational-union"],
            ["EU Delegation", "European Union", "European Union Delegation to Zambia"]),
        org("African Development Bank", "AfDB", ["multilateral-development-bank"]),
        org("Non-Governmental Gender Organisations' Coordinating Council", "NGOCC",
            ["civil-society", "coordination-group"]),
        org("Women for Change", None, ["civil-society"]),
        org("Young Women's Christian Association of Zambia", "YWCA Zambia", ["civil-society"], ["YWCA"]),
        org("Zambia Federation of Disability Organisations", "ZAFOD", ["civil-society", "coordination-group"]),
        org("Caritas Zambia", None, ["civil-society"]),
        org("Zambia National Women's Lobby", "ZNWL", ["civil-society"]),
        org("Zambia Chamber of Commerce and Industry", "ZACCI", ["private-sector"]),
        org("Zambia Federation of Association of Women in Business", "ZFAWIB",
            ["private-sector", "civil-society", "coordination-group"]),
        org("Stanbic Bank Zambia", None, ["private-sector"], ["Stanbic Bank"]),
        org("Zambia National Commercial Bank", "Zanaco", ["private-sector"]),
        org("First Quantum Minerals", None, ["private-sector"]),
    ],
    "organisations_optional": WBG_EN + [
        "country office", "Zambia Country Office", "World Bank Group Zambia Country Office",
        "Gender Strategy team", "IFC", "International Finance Corporation", "Bank of Zambia",
        "Zambia Statistics Agency", "ZamStats", "Government"],
    "people": [
        person("Chanda Mwale Phiri", "Mrs.", "Permanent Secretary", MCDSS),
        person("Mutale Banda", "Mr.", "Director, Social Welfare", MCDSS),
        person("Inonge Lubasi", "Ms.", "Chief Planner", MSMED),
        person("Mwila Chileshe Kabwe", "Ms.", "Board Chairperson",
               "Non-Governmental Gender Organisations' Coordinating Council"),
        person("Brian Musonda Tembo", "Mr.", "Programmes Officer", "Zambia Federation of Disability Organisations"),
        person("Kelvin Chisanga Mulenga", "Mr.", "Chief Executive Officer", "Zambia Chamber of Commerce and Industry"),
        person("Precious Namwinga Sakala", "Ms.", "Executive Director",
               "Zambia Federation of Association of Women in Business"),
    ],
    "memberships": {GCPG: partners},
    "key_messages": 4,
    "initiatives": [
        ["Girls' Education and Women's Empowerment and Livelihood", "GEWEL",
         "Girls' Education and Women's Empowerment and Livelihood project"],
        ["Social Cash Transfer scheme", "Social Cash Transfer"],
    ],
    "initiatives_optional": STRAT_EN + [
        "One-Stop Centres", "Zambia Demographic and Health Survey", "Demographic and Health Survey",
        "movable property registry", "labour force survey"],
}

# ---------------------------------------------------------------- x-hanoi-en (docx)
hn1 = ["Vietnam Chamber of Commerce and Industry", "Vietnam Women Entrepreneurs Council",
       "Vietnam Textile and Apparel Association", "Vietnam Association of Small and Medium Enterprises"]
hn2 = ["Vietnam Prosperity Joint Stock Commercial Bank", "Vietnam Technological and Commercial Joint Stock Bank",
       "Vietnam International Commercial Joint Stock Bank", "Ho Chi Minh City Development Joint Stock Commercial Bank"]
hn3 = ["Samsung Electronics Vietnam", "Canon Vietnam", "Unilever Vietnam", "Vietnam Dairy Products Joint Stock Company"]
golds["x-hanoi-en"] = {
    "documentType": "MissionSummary",
    "language": "en",
    "consultation": {"startDate": "2023-09-19", "endDate": "2023-09-21", "city": ["Hanoi", "Ha Noi"],
                     "country": ["Viet Nam", "Vietnam"], "stakeholderGroup": ["private-sector"]},
    "meetings": [
        meeting(1, ["Endorsement"], hn1, ["Phạm Quang Minh", "Nguyễn Thị Thu Hằng", "Lê Thị Ngọc Anh"],
                [["economic-participation"], ["economic-assets"], ["care"], ["social-norms"]],
                themes_optional=["intersectionality", "enabling-services"]),
        meeting(2, ["Commendation", "Endorsement"], hn2, ["Trần Minh Châu", "Đỗ Văn Khải"],
                [["economic-assets"], ["gender-data"]],
                themes_optional=["economic-participation", "enabling-services", "rural-women"]),
        meeting(3, ["MixedStance"], hn3, ["Vũ Thị Hồng Nhung"],
                [["care"], ["gender-based-violence"], ["leadership", "economic-participation"]],
                themes_optional=["economic-participation", "leadership"],
                mentions=["childcare for workers' children near factories",
                          "how to handle complaints of sexual harassment under the 2019 Labour Code",
                          "how to move more women from the production line into supervisory roles"]),
    ],
    "organisations": [
        org("Vietnam Chamber of Commerce and Industry", "VCCI", ["private-sector"]),
        org("Vietnam Women Entrepreneurs Council", "VWEC", ["private-sector", "coordination-group", "civil-society"]),
        org("Vietnam Textile and Apparel Association", "VITAS", ["private-sector"]),
        org("Vietnam Association of Small and Medium Enterprises", "VINASME", ["private-sector"]),
        org("Vietnam Prosperity Joint Stock Commercial Bank", "VPBank", ["private-sector"]),
        org("Vietnam Technological and Commercial Joint Stock Bank", "Techcombank", ["private-sector"]),
        org("Vietnam International Commercial Joint Stock Bank", "VIB", ["private-sector"]),
        org("Ho Chi Minh City Development Joint Stock Commercial Bank", "HDBank", ["private-sector"]),
        org("Samsung Electronics Vietnam", None, ["private-sector"]),
        org("Canon Vietnam", None, ["private-sector"]),
        org("Unilever Vietnam", None, ["private-sector"]),
        org("Vietnam Dairy Products Joint Stock Company", None, ["private-sector"], ["Vinamilk"]),
    ],
    "organisations_optional": WBG_EN + [
        "IFC", "International Finance Corporation", "World Bank country office", "country office",
        "IFC Viet Nam gender team", "IFC gender team", "IFC financial institutions team", "IFC office",
        "Vietnam Women's Union", "State Bank of Vietnam", "ILO", "International Labour Organization",
        "Better Work Vietnam", "World Bank Group office"],
    "people": [
        person("Phạm Quang Minh", "Mr.", "Deputy Director, Bureau for Employers' Activities",
               "Vietnam Chamber of Commerce and Industry"),
        person("Nguyễn Thị Thu Hằng", "Ms.", "Vice Chair", "Vietnam Women Entrepreneurs Council"),
        person("Lê Thị Ngọc Anh", "Ms.", "Head of Member Services", "Vietnam Textile and Apparel Association"),
        person("Trần Minh Châu", "Ms.", "Director, SME Banking Division",
               "Vietnam Prosperity Joint Stock Commercial Bank"),
        person("Đỗ Văn Khải", "Mr.", "Head of Retail Credit Risk",
               "Vietnam Technological and Commercial Joint Stock Bank"),
        person("Vũ Thị Hồng Nhung", "Ms.", "Human Resources Director", "Canon Vietnam"),
    ],
    "memberships": {},
    "key_messages": 3,
    "initiatives": [
        ["Women Entrepreneurs Finance Initiative", "We-Fi"],
        ["Better Work Vietnam", "Better Work"],
    ],
    "initiatives_optional": STRAT_EN + ["2019 Labour Code", "Labour Code", "We-Fi data template"],
}

# ---------------------------------------------------------------- x-tbilisi-en (flattened portal txt)
golds["x-tbilisi-en"] = {
    "documentType": "EventReadout",
    "language": "en",
    "consultation": {"startDate": "2023-11-02", "endDate": "2023-11-02", "city": "Tbilisi", "country": "Georgia",
                     "stakeholderGroup": ["youth"]},
    "meetings": [
        meeting(1, ["MixedStance"],
                ["Georgian Young Lawyers' Association", "Women's Fund in Georgia", "Youth Agency of Georgia",
                 "Ilia State University", "Taso Foundation", "Union Sapari"],
                ["Mariam Lomidze", "Tamar Japaridze", "Giorgi Tsiklauri", "Nino Gelashvili"],
                [["gender-based-violence"], ["economic-participation"], ["leadership"], ["fragility-conflict"],
                 ["social-norms"], ["financing"], ["adolescent-girls"], ["intersectionality"]],
                orgs_optional=["World Bank South Caucasus country unit", "country unit"],
                themes_optional=["human-capital", "civil-society-engagement", "rural-women"],
                mentions=["online harassment of young women",
                          "the high share of young women neither in employment nor in education",
                          "the gender quota in local elections",
                          "the situation of young internally displaced women"]),
    ],
    "organisations": [
        org("Georgian Young Lawyers' Association", "GYLA", ["civil-society"]),
        org("Women's Fund in Georgia", None, ["civil-society", "other"]),
        org("Youth Agency of Georgia", None, ["government-agency"], ["Youth Agency"]),
        org("Ilia State University", None, ["academia"]),
        org("Taso Foundation", None, ["civil-society"]),
        org("Union Sapari", None, ["civil-society"], ["Sapari"]),
    ],
    "organisations_optional": WBG_EN + ["World Bank South Caucasus country unit", "country unit",
                                        "South Caucasus country unit", "police"],
    "people": [
        person("Mariam Lomidze", None, "Youth Programme Coordinator", "Georgian Young Lawyers' Association"),
        person("Tamar Japaridze", None, "Grants Officer", "Women's Fund in Georgia"),
        person("Giorgi Tsiklauri", None, "Head of Youth Policy Division", "Youth Agency of Georgia"),
        person("Nino Gelashvili", None, "Master's student in public policy", "Ilia State University"),
    ],
    "memberships": {},
    "key_messages": 3,
    "initiatives": [["National Youth Policy Concept 2020-2030", "National Youth Policy Concept"]],
    "initiatives_optional": STRAT_EN + ["gender quota", "quota"],
}

# ---------------------------------------------------------------- x-quito-es (md)
q1 = ["Surkuna", "Fundación Desafío", "Fundación ALDEA", "Centro Ecuatoriano para la Promoción y Acción de la Mujer"]
q2 = ["Confederación de Nacionalidades Indígenas del Ecuador",
      "Confederación de Nacionalidades Indígenas de la Amazonía Ecuatoriana", "Confederación Kichwa del Ecuador",
      "Coordinadora Nacional de Mujeres Negras"]
golds["x-quito-es"] = {
    "documentType": "MissionSummary",
    "language": "es",
    "consultation": {"startDate": "2023-10-17", "endDate": "2023-10-18", "city": "Quito", "country": "Ecuador",
                     "stakeholderGroup": ["civil-society"]},
    "meetings": [
        meeting(1, ["MixedStance", "Concern"], q1,
                ["Ana Lucía Guamán Pilco", "Verónica Elizabeth Tapia Andrade", "Gabriela Soledad Cedeño Mora"],
                [["gender-based-violence"], ["gender-data"], ["srhr"], ["adolescent-girls"], ["financing"]],
                themes_optional=["intersectionality", "rural-women", "civil-society-engagement", "human-capital",
                                 "institutional-coordination"]),
        meeting(2, ["Endorsement", "MixedStance"], q2,
                ["Rosa Yolanda Tituaña Cabascango", "Nancy Mercedes Grefa Shiguango",
                 "Martha Cecilia Quiñónez Valencia"],
                [["indigenous-women"], ["economic-assets", "rural-women"], ["gender-based-violence"],
                 ["human-capital"], ["gender-data"]],
                themes_optional=["intersectionality", "leadership", "rural-women", "economic-participation",
                                 "economic-assets"],
                mentions=["la titulación de tierras comunitarias a nombre de las mujeres",
                          "el acceso a crédito productivo para las asociaciones de mujeres",
                          "la violencia contra las defensoras del territorio",
                          "la educación intercultural bilingüe para las niñas"]),
        meeting(3, ["NoStanceStated"], ["Unión Nacional de Trabajadoras del Hogar y Afines"], [],
                [["care"], ["economic-participation", "human-capital"], ["fragility-conflict", "intersectionality"]],
                themes_optional=["institutional-coordination", "human-capital", "economic-participation",
                                 "intersectionality"]),
    ],
    "organisations": [
        org("Surkuna", None, ["civil-society"], ["Centro de Apoyo y Protección de los Derechos Humanos Surkuna"]),
        org("Fundación Desafío", None, ["civil-society"]),
        org("Fundación ALDEA", None, ["civil-society"], ["ALDEA"]),
        org("Centro Ecuatoriano para la Promoción y Acción de la Mujer", "CEPAM", ["civil-society"],
            ["CEPAM Guayaquil"]),
        org("Confederación de Nacionalidades Indígenas del Ecuador", "CONAIE", ["civil-society", "coordination-group"]),
        org("Confederación de Nacionalidades Indígenas de la Amazonía Ecuatoriana", "CONFENIAE",
            ["civil-society", "coordination-group"]),
        org("Confederación Kichwa del Ecuador", "ECUARUNARI", ["civil-society", "coordination-group"],
            ["Ecuador Runakunapak Rikcharimuy"]),
        org("Coordinadora Nacional de Mujeres Negras", "CONAMUNE", ["civil-society", "coordination-group"]),
        org("Unión Nacional de Trabajadoras del Hogar y Afines", "UNTHA", ["civil-society"]),
    ],
    "organisations_optional": WBG_ES + [
        "Oficina de país para Ecuador", "oficina de país", "oficina del Banco Mundial en Quito",
        "Grupo Banco Mundial — Oficina de país para Ecuador", "equipo",
        "Instituto Nacional de Estadística y Censos", "INEC", "Consejo Nacional para la Igualdad de Género",
        "Ministerio de Inclusión Económica y Social", "MIES"],
    "people": [
        person("Ana Lucía Guamán Pilco", None, "abogada", "Surkuna"),
        person("Verónica Elizabeth Tapia Andrade", None, "coordinadora de programas", "Fundación Desafío"),
        person("Gabriela Soledad Cedeño Mora", None, "investigadora", "Fundación ALDEA"),
        person("Rosa Yolanda Tituaña Cabascango", None, "Dirigenta de la Mujer y la Familia",
               "Confederación de Nacionalidades Indígenas del Ecuador"),
        person("Nancy Mercedes Grefa Shiguango", None, "Dirigenta de la Mujer",
               "Confederación de Nacionalidades Indígenas de la Amazonía Ecuatoriana"),
        person("Martha Cecilia Quiñónez Valencia", None, "Coordinadora nacional",
               "Coordinadora Nacional de Mujeres Negras"),
    ],
    "memberships": {},
    "key_messages": 4,
    "initiatives": [
        ["Ley Orgánica Integral para Prevenir y Erradicar la Violencia contra las Mujeres"],
        ["Bono de Desarrollo Humano"],
    ],
    "initiatives_optional": STRAT_ES + [
        "Encuesta Nacional sobre Relaciones Familiares y Violencia de Género contra las Mujeres", "ENVIGMU",
        "sistema nacional de cuidados", "consulta previa, libre e informada", "consulta previa"],
}

# ---------------------------------------------------------------- x-tunis-fr (pdf, aide-mémoire)
GT = "Gouvernement tunisien"
MFF = "Ministère de la Famille, de la Femme, de l'Enfance et des Personnes Âgées"
GTG = "Groupe thématique genre des partenaires techniques et financiers"
ptf = ["Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes",
       "Fonds des Nations Unies pour la population", "Délégation de l'Union européenne en Tunisie",
       "Agence française de développement", "Deutsche Gesellschaft für Internationale Zusammenarbeit",
       "Banque africaine de développement", "Ambassade du Canada en Tunisie"]
tn_cso = ["Association tunisienne des femmes démocrates", "Aswat Nissa",
          "Ligue tunisienne pour la défense des droits de l'homme",
          "Centre de recherches, d'études, de documentation et d'information sur la femme"]
golds["x-tunis-fr"] = {
    "documentType": "MissionSummary",
    "language": "fr",
    "consultation": {"startDate": "2023-10-23", "endDate": "2023-10-25", "city": "Tunis",
                     "country": ["Tunisie", "Tunisia"], "stakeholderGroup": ["multi-stakeholder"]},
    "meetings": [
        meeting(1, ["StrongEndorsement"], [MFF], ["Samia Ben Romdhane", "Karim Jaziri"],
                [["gender-based-violence"], ["economic-participation"], ["care"], ["rural-women", "human-capital"]],
                orgs_optional=[GT],
                themes_optional=["institutional-coordination", "gender-data", "human-capital", "rural-women",
                                 "enabling-services"],
                mentions=["le programme Raïdat d'appui à l'entrepreneuriat féminin",
                          "l'extension des crèches et jardins d'enfants publics en zones rurales",
                          "la protection sociale des travailleuses agricoles à travers le programme Ahmini"]),
        meeting(2, ["Endorsement"], ptf, ["Hela Dridi Mansour"],
                [["gender-data"], ["economic-assets"], ["fragility-conflict"]],
                orgs_optional=[GTG],
                themes_optional=["gender-based-violence", "institutional-coordination", "financing",
                                 "economic-participation"]),
        meeting(3, ["Concern", "MixedStance"], tn_cso,
                ["Leïla Hamrouni Gharbi", "Ines Ferchichi", "Mehdi Ayari", "Amel Trabelsi"],
                [["rights-and-economic-case"], ["leadership"], ["financing"], ["civil-society-engagement"]],
                themes_optional=["gender-based-violence"]),
    ],
    "organisations": [
        org(MFF, "MFFEPA", ["government-ministry"], parent=GT),
        org(GT, None, ["national-government"], ["Gouvernement de la Tunisie", "Government of Tunisia"]),
        org(GTG, None, ["coordination-group"], ["Groupe thématique genre"]),
        org(ptf[0], "ONU Femmes", ["un-entity"], ["UN Women"]),
        org(ptf[1], "FNUAP", ["un-entity"], ["UNFPA"]),
        org(ptf[2], None, ["supranational-union"], ["Union européenne", "Délégation de l'Union européenne"]),
        org(ptf[3], "AFD", ["bilateral-agency"]),
        org(ptf[4], "GIZ", ["bilateral-agency"]),
        org(ptf[5], "BAD", ["multilateral-development-bank"], ["African Development Bank"]),
        org(ptf[6], None, ["embassy"], ["Ambassade du Canada"]),
        org(tn_cso[0], "ATFD", ["civil-society"]),
        org(tn_cso[1], None, ["civil-society"]),
        org(tn_cso[2], "LTDH", ["civil-society"]),
        org(tn_cso[3], "CREDIF", ["government-agency", "academia"]),
    ],
    "organisations_optional": WBG_FR + [
        "bureau de la Banque à Tunis", "mission", "Institut national de la statistique", "INS",
        "Assemblée des représentants du peuple", "autorités tunisiennes"],
    "people": [
        person("Samia Ben Romdhane", "Mme", "Directrice générale des affaires de la femme et de la famille", MFF),
        person("Karim Jaziri", "M.", "Directeur de la planification et des études", MFF),
        person("Hela Dridi Mansour", "Mme", "chargée de programme", ptf[0]),
        person("Leïla Hamrouni Gharbi", "Mme", "membre du bureau exécutif", tn_cso[0]),
        person("Ines Ferchichi", "Mme", "directrice exécutive", tn_cso[1]),
        person("Mehdi Ayari", "M.", "responsable de la commission égalité", tn_cso[2]),
        person("Amel Trabelsi", "Mme", "chercheuse", tn_cso[3]),
    ],
    "memberships": {GTG: ptf},
    "key_messages": 4,
    "initiatives": [
        ["loi organique n° 2017-58 relative à l'élimination de la violence à l'égard des femmes",
         "loi organique n° 2017-58", "loi n° 2017-58"],
        ["Raïdat", "programme Raïdat"],
        ["Ahmini", "programme Ahmini"],
        ["Affirmative Finance Action for Women in Africa", "AFAWA"],
    ],
    "initiatives_optional": STRAT_FR + ["loi électorale de 2022", "loi électorale",
                                        "enquête nationale sur la violence à l'égard des femmes"],
}

# ---------------------------------------------------------------- x-kinshasa-fr (md, event readout)
MGFE = "Ministère du Genre, Famille et Enfant"
GRDC = "Gouvernement de la République démocratique du Congo"
kin = ["Solidarité Féminine pour la Paix et le Développement Intégral",
       "Synergie des Femmes pour les Victimes des Violences Sexuelles", "Fondation Panzi",
       "Association des Femmes des Médias du Sud-Kivu", "Dynamique des Femmes Juristes",
       "Cadre Permanent de Concertation de la Femme Congolaise"]
golds["x-kinshasa-fr"] = {
    "documentType": "EventReadout",
    "language": "fr",
    "consultation": {"startDate": "2023-11-08", "endDate": "2023-11-08", "city": "Kinshasa",
                     "country": ["République démocratique du Congo", "RDC", "RD Congo",
                                 "Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo",
                                 "Congo, Democratic Republic of the"],
                     "stakeholderGroup": ["civil-society"]},
    "meetings": [
        meeting(1, ["StrongEndorsement"], kin + [MGFE],
                ["Albertine Mujinga Tshibola", "Justine Kavira Mbusa", "Chantal Mapendo Kahindo",
                 "Esther Bahati Cirimwami", "Rachel Kasoki Muhindo", "Bernadette Lutete Nsimba"],
                [["gender-based-violence"], ["fragility-conflict"], ["economic-assets", "economic-participation"],
                 ["leadership"], ["financing"], ["srhr"]],
                orgs_optional=[GRDC],
                themes_optional=["human-capital", "civil-society-engagement", "rural-women",
                                 "economic-participation"],
                mentions=["la prise en charge holistique des survivantes de violences sexuelles",
                          "l'accès des femmes déplacées aux moyens de subsistance",
                          "la participation des femmes aux processus de paix",
                          "le financement direct des organisations locales de femmes"]),
    ],
    "organisations": [
        org(kin[0], "SOFEPADI", ["civil-society"]),
        org(kin[1], "SFVS", ["civil-society", "coordination-group"]),
        org(kin[2], None, ["civil-society"], ["Panzi"]),
        org(kin[3], "AFEM", ["civil-society"]),
        org(kin[4], "DFJ", ["civil-society"]),
        org(kin[5], "CAFCO", ["civil-society", "coordination-group"]),
        org(MGFE, None, ["government-ministry"], parent=GRDC),
        org(GRDC, None, ["national-government"], ["Gouvernement de la RDC"]),
    ],
    "organisations_optional": WBG_FR + [
        "Bureau de Kinshasa", "Banque mondiale — Bureau de Kinshasa", "Équipe genre et inclusion sociale",
        "équipe de la Banque", "bureau de Kinshasa", "FNUAP", "Fonds des Nations Unies pour la population",
        "Fonds national des réparations des victimes de violences sexuelles liées aux conflits", "FONAREV",
        "Hôtel Pullman Kinshasa Grand Hotel"],
    "people": [
        person("Albertine Mujinga Tshibola", "Mme", "Secrétaire générale", MGFE),
        person("Justine Kavira Mbusa", "Mme", "coordonnatrice de programmes", kin[0]),
        person("Chantal Mapendo Kahindo", "Mme", "chargée de plaidoyer", kin[1]),
        person("Esther Bahati Cirimwami", "Dr", "médecin coordonnatrice", kin[2]),
        person("Rachel Kasoki Muhindo", "Me", "avocate", kin[4]),
        person("Bernadette Lutete Nsimba", "Mme", "présidente", kin[5]),
    ],
    "memberships": {},
    "key_messages": 4,
    "initiatives": [
        ["Plan d'action national de la Résolution 1325", "Plan d'action national 1325", "PAN 1325"],
        ["Projet de prévention et de réponse aux violences basées sur le genre"],
    ],
    "initiatives_optional": STRAT_FR + [
        "loi sur la parité", "loi sur la parité de 2015", "Résolution 1325",
        "Fonds national des réparations des victimes de violences sexuelles liées aux conflits", "FONAREV",
        "associations villageoises d'épargne et de crédit", "AVEC"],
}

# ---------------------------------------------------------------- x-asuncion-carta-es (docx letter)
py = ["Coordinación de Mujeres del Paraguay", "Centro de Documentación y Estudios",
      "Coordinadora Nacional de Organizaciones de Mujeres Trabajadoras Rurales e Indígenas"]
golds["x-asuncion-carta-es"] = {
    "documentType": "WrittenInput",
    "language": "es",
    "consultation": {"startDate": "2023-11-24", "endDate": "2023-11-24", "city": "Asunción", "country": "Paraguay",
                     "stakeholderGroup": ["civil-society"], "optional": ["city"]},
    "meetings": [
        meeting(1, ["MixedStance", "Concern"], py,
                ["María Graciela Benítez Ayala", "Carmen Rosa Villalba Ortiz", "Perla Esther Cáceres Gaona"],
                [["rights-and-economic-case"], ["rural-women"], ["indigenous-women"], ["economic-assets"], ["care"],
                 ["gender-based-violence"], ["adolescent-girls"], ["macroeconomic-policy"], ["gender-data"],
                 ["civil-society-engagement"]],
                orgs_optional=WBG_ES + ["Ministerio de la Mujer"],
                themes_optional=["economic-participation", "human-capital", "srhr", "intersectionality",
                                 "institutional-coordination", "financing"]),
    ],
    "organisations": [
        org(py[0], "CMP", ["civil-society", "coordination-group"]),
        org(py[1], "CDE", ["civil-society", "academia"]),
        org(py[2], "CONAMURI", ["civil-society", "coordination-group"]),
    ],
    "organisations_optional": WBG_ES + [
        "Equipo de la Estrategia de Género", "Ministerio de la Mujer",
        "Ministerio de la Mujer de la República del Paraguay", "Estado paraguayo", "Estado"],
    "people": [
        person("María Graciela Benítez Ayala", None, "Coordinadora General", py[0]),
        person("Carmen Rosa Villalba Ortiz", "Dra.", "Directora", py[1]),
        person("Perla Esther Cáceres Gaona", None, "Secretaria de Relaciones", py[2]),
    ],
    "memberships": {},
    "key_messages": None,
    "initiatives": [
        ["Ley N° 5407/15 del Trabajo Doméstico", "Ley N° 5407/15", "Ley 5407/15", "Ley del Trabajo Doméstico"],
        ["Ley N° 5777/16 de Protección Integral a las Mujeres contra Toda Forma de Violencia", "Ley N° 5777/16",
         "Ley 5777/16"],
        ["Tekoporã"],
    ],
    "initiatives_optional": STRAT_ES + ["Encuesta de Uso del Tiempo", "consulta en línea"],
}

# ---------------------------------------------------------------- x-dili-email-pt (txt e-mail)
tl = ["Rede Feto Timor-Leste", "Forum Komunikasi untuk Perempuan Loro Sae", "Fundação Alola"]
golds["x-dili-email-pt"] = {
    "documentType": "WrittenInput",
    "language": "pt",
    "consultation": {"startDate": ["2023-11-30", "2023-12-01"], "endDate": ["2023-11-30", "2023-12-01"],
                     "city": ["Díli", "Dili"], "country": ["Timor-Leste", "Timor Leste", "East Timor"],
                     "stakeholderGroup": ["civil-society"], "optional": ["city"]},
    "meetings": [
        meeting(1, ["Endorsement"], tl,
                ["Joana Maria da Costa Belo", "Olinda Soares Ximenes", "Filomena de Jesus Guterres"],
                [["gender-based-violence"], ["srhr"], ["adolescent-girls"], ["rural-women"], ["economic-assets"],
                 ["economic-participation"], ["leadership"], ["gender-data"], ["financing"]],
                orgs_optional=WBG_PT + ["Escritório do Banco Mundial em Timor-Leste"],
                themes_optional=["human-capital", "civil-society-engagement", "institutional-coordination",
                                 "fragility-conflict"]),
    ],
    "organisations": [
        org(tl[0], None, ["civil-society", "coordination-group"], ["Rede Feto"]),
        org(tl[1], "Fokupers", ["civil-society"]),
        org(tl[2], None, ["civil-society"], ["Alola Foundation"]),
    ],
    "organisations_optional": WBG_PT + [
        "Escritório do Banco Mundial em Timor-Leste", "Equipa do escritório de Díli", "escritório",
        "Gender Strategy Consultation", "Parlamento Nacional", "Secretariado Rede Feto"],
    "people": [
        person("Joana Maria da Costa Belo", None, "Diretora Executiva", tl[0]),
        person("Olinda Soares Ximenes", None, "Coordenadora", tl[1]),
        person("Filomena de Jesus Guterres", "Dr.ª", "Diretora de Programas", tl[2]),
    ],
    "memberships": {},
    "key_messages": None,
    "initiatives": [
        ["Lei contra a Violência Doméstica", "Lei n.º 7/2010", "Lei contra a Violência Doméstica (Lei n.º 7/2010)"],
        ["Plano de Ação Nacional sobre Violência Baseada no Género", "PAN-VBG"],
        ["Pacific Australia Labour Mobility", "PALM", "programa Pacific Australia Labour Mobility"],
        ["Bolsa da Mãe"],
    ],
    "initiatives_optional": STRAT_PT + ["Lei de Terras", "Lei de Terras de 2017", "quota nas listas eleitorais"],
}

GOLD.mkdir(parents=True, exist_ok=True)
for name, g in golds.items():
    (GOLD / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", name)
