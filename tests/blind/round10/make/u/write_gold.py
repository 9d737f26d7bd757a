#!/usr/bin/env python3
"""Write gold/*.json for the r10-u records (hand-made answers, kept here for reproducibility)."""
import json
from pathlib import Path

G = Path(__file__).resolve().parents[1] / "gold"


def M(pos, stance, orgs, people, themes, mentions=(), orgs_optional=(), themes_optional=()):
    return {"position": pos, "stance": stance, "orgs": list(orgs), "orgs_optional": list(orgs_optional),
            "people": list(people), "themes": themes, "themes_optional": list(themes_optional),
            "mentions": list(mentions)}


def O(label, acronym, type_, aliases=(), parent=None):
    d = {"label": label, "acronym": acronym, "type": type_, "aliases": list(aliases)}
    if parent:
        d["parent"] = parent
    return d


def P(name, hon, title, org):
    return {"name": name, "honorific": hon, "jobTitle": title, "org": org}


def doc(name, dtype, lang, cons, meetings, orgs, orgs_opt, people, memberships, km, inis, inis_opt):
    d = {"documentType": dtype, "language": lang, "consultation": cons, "meetings": meetings,
         "organisations": orgs, "organisations_optional": orgs_opt, "people": people,
         "memberships": memberships, "key_messages": km, "initiatives": inis,
         "initiatives_optional": inis_opt}
    (G / f"{name}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


WBG_ES = ["Grupo Banco Mundial", "Banco Mundial", "Banco", "World Bank Group", "World Bank"]
WBG_FR = ["Groupe de la Banque mondiale", "Banque mondiale", "Banque", "World Bank Group", "World Bank"]
WBG_PT = ["Grupo Banco Mundial", "Banco Mundial", "Banco", "World Bank Group", "World Bank"]
WBG_EN = ["World Bank Group", "World Bank", "Bank", "WBG"]

# ---------------------------------------------------------------- La Paz (es, md)
BS = 'Confederación Nacional de Mujeres Campesinas Indígenas Originarias de Bolivia "Bartolina Sisa"'
doc("u-lapaz-es", "MissionSummary", "es",
    {"startDate": "2023-11-14", "endDate": "2023-11-16", "city": "La Paz", "country": "Bolivia",
     "stakeholderGroup": ["civil-society"]},
    [M(1, ["Endorsement"], ["Coordinadora de la Mujer", "Fundación Construir", "Oxfam en Bolivia"],
       ["Lucía Mamani Quispe", "Andrés Villca Flores", "Natalia Gutiérrez Saavedra"],
       [["gender-based-violence"], ["leadership", "gender-based-violence"], ["financing", "civil-society-engagement"]],
       ["la violencia contra las mujeres", "el acoso y la violencia política contra las autoridades electas",
        "el financiamiento para organizaciones de mujeres"],
       themes_optional=["civil-society-engagement", "institutional-coordination"]),
     M(2, ["MixedStance"], ["Centro de Promoción de la Mujer Gregoria Apaza", BS, "Red Hábitat"],
       ["Rosa Elena Choque Ticona", "Felipa Condori Mamani", "Marcos Alanoca Yujra"],
       [["economic-assets"], ["rural-women"], ["care"], ["indigenous-women", "intersectionality"]],
       themes_optional=["economic-participation", "fragility-conflict", "enabling-services", "intersectionality"]),
     M(3, ["Concern"], ["CIES Salud Sexual – Salud Reproductiva", "Colectivo Cabildeo", "Comunidad de Derechos Humanos"],
       ["Verónica Paz Arancibia", "Daniela Torrico Zeballos", "Iván Quisbert Loza"],
       [["adolescent-girls"], ["srhr"], ["intersectionality"], ["gender-data"]],
       orgs_optional=["Fondo de Población de las Naciones Unidas"],
       themes_optional=["indigenous-women", "rural-women", "human-capital"])],
    [O("Coordinadora de la Mujer", None, ["civil-society", "coordination-group"]),
     O("Fundación Construir", None, ["civil-society"]),
     O("Oxfam en Bolivia", None, ["civil-society"], ["Oxfam"]),
     O("Centro de Promoción de la Mujer Gregoria Apaza", None, ["civil-society"], ["Gregoria Apaza"]),
     O(BS, "CNMCIOB-BS", ["civil-society", "coordination-group"],
       ["Confederación Nacional de Mujeres Campesinas Indígenas Originarias de Bolivia", "Bartolina Sisa", "Bartolinas"]),
     O("Red Hábitat", None, ["civil-society"]),
     O("CIES Salud Sexual – Salud Reproductiva", None, ["civil-society"], ["CIES", "CIES Salud Sexual - Salud Reproductiva"]),
     O("Colectivo Cabildeo", None, ["civil-society"]),
     O("Comunidad de Derechos Humanos", None, ["civil-society"])],
    WBG_ES + ["Oficina del Banco Mundial en Bolivia", "Oficina del Banco Mundial", "equipo de la Estrategia de Género",
              "Fondo de Población de las Naciones Unidas", "UNFPA", "Parlamento"],
    [P("Lucía Mamani Quispe", None, "Directora Ejecutiva", "Coordinadora de la Mujer"),
     P("Andrés Villca Flores", None, "Investigador Principal", "Fundación Construir"),
     P("Natalia Gutiérrez Saavedra", None, "Oficial de Justicia de Género", "Oxfam en Bolivia"),
     P("Rosa Elena Choque Ticona", None, "coordinadora de programas", "Centro de Promoción de la Mujer Gregoria Apaza"),
     P("Felipa Condori Mamani", None, "secretaria ejecutiva", BS),
     P("Marcos Alanoca Yujra", None, "técnico", "Red Hábitat"),
     P("Verónica Paz Arancibia", None, "Directora de Programas", "CIES Salud Sexual – Salud Reproductiva"),
     P("Daniela Torrico Zeballos", None, "Coordinadora Juvenil", "Colectivo Cabildeo"),
     P("Iván Quisbert Loza", None, "Abogado", "Comunidad de Derechos Humanos")],
    {}, None,
    [["Ley 348", "Ley Integral para Garantizar a las Mujeres una Vida Libre de Violencia",
      "Ley 348, Ley Integral para Garantizar a las Mujeres una Vida Libre de Violencia"],
     ["Ley 243", "Ley 243 contra el Acoso y Violencia Política hacia las Mujeres",
      "Ley contra el Acoso y Violencia Política hacia las Mujeres"]],
    ["Estrategia de Género 2024-2030 del Grupo Banco Mundial", "Estrategia de Género 2024-2030",
     "World Bank Group Gender Strategy 2024-2030"])

# ---------------------------------------------------------------- CEDLAS (es, md)
CED = "Centro de Estudios Distributivos, Laborales y Sociales"
doc("u-cedlas-es", "WrittenInput", "es",
    {"startDate": "2023-11-10", "endDate": "2023-11-10", "city": "La Plata", "country": "Argentina",
     "stakeholderGroup": ["academia"], "optional": ["city", "country"]},
    [M(1, ["Endorsement"], [CED], ["Valeria Sosa Irigoyen", "Tomás Echeverría Ruiz"],
       [["economic-participation"], ["care"], ["macroeconomic-policy"], ["gender-data"]],
       ["la participación laboral femenina", "los servicios de cuidado infantil",
        "la política fiscal con perspectiva de género"],
       orgs_optional=["Universidad Nacional de La Plata", "Facultad de Ciencias Económicas"] + WBG_ES,
       themes_optional=["human-capital", "economic-assets", "financing", "rights-and-economic-case"])],
    [O(CED, "CEDLAS", ["academia"])],
    WBG_ES + ["Universidad Nacional de La Plata", "Facultad de Ciencias Económicas",
              "Facultad de Ciencias Económicas — Universidad Nacional de La Plata",
              "Instituto Nacional de Estadística y Censos", "INDEC",
              "Comisión Económica para América Latina y el Caribe", "CEPAL", "SEDLAC", "equipo de la estrategia"],
    [P("Valeria Sosa Irigoyen", "Dra.", "Investigadora Principal", CED),
     P("Tomás Echeverría Ruiz", "Lic.", "Investigador Asistente", CED)],
    {}, None,
    [["Asignación Universal por Hijo", "AUH"]],
    ["SEDLAC", "Encuesta Permanente de Hogares", "Panorama Social de América Latina",
     "Estrategia de Género 2024-2030 del Grupo Banco Mundial", "Estrategia de Género 2024-2030",
     "World Bank Group Gender Strategy 2024-2030"])

# ---------------------------------------------------------------- Maputo (pt, flattened txt)
MG = "Ministério do Género, Criança e Acção Social"
MEF = "Ministério da Economia e Finanças"
GOV = "Governo de Moçambique"
GRP = "Grupo de Coordenação de Género dos Parceiros de Cooperação"
MEMBERS = ["Embaixada da Suécia em Moçambique", "ONU Mulheres", "Fundo de População das Nações Unidas",
           "Alto Comissariado do Canadá em Moçambique", "Banco Africano de Desenvolvimento",
           "Agência dos Estados Unidos para o Desenvolvimento Internacional"]
doc("u-maputo-pt", "MissionSummary", "pt",
    {"startDate": "2023-10-09", "endDate": "2023-10-11", "city": "Maputo", "country": ["Moçambique", "Mozambique"],
     "stakeholderGroup": ["multi-stakeholder", "government"]},
    [M(1, ["StrongEndorsement", "Endorsement"], [MG], ["Ana Paula Macuácua", "Hélder Cossa"],
       [["adolescent-girls"], ["gender-based-violence"], ["human-capital", "adolescent-girls"]],
       ["o combate aos casamentos prematuros", "a violência baseada no género nas zonas de reassentamento",
        "o acesso das raparigas ao ensino secundário"],
       orgs_optional=[GOV, "Direcção Nacional do Género"],
       themes_optional=["fragility-conflict", "institutional-coordination", "leadership"]),
     M(2, ["MixedStance", "Endorsement"], [MEF], ["Albino Mucavele", "Celeste Nhantumbo"],
       [["macroeconomic-policy"], ["economic-assets"]],
       orgs_optional=[GOV],
       themes_optional=["financing", "economic-participation", "enabling-services"]),
     M(3, ["NoStanceStated", "Concern"], ["Instituto Nacional de Estatística"], ["Rosa Matsinhe"],
       [["gender-data"]],
       orgs_optional=[GOV],
       themes_optional=["care", "financing"]),
     M(4, ["Endorsement"], MEMBERS, [],
       [["fragility-conflict"], ["financing", "civil-society-engagement"], ["institutional-coordination"], ["srhr"]],
       ["a resposta às mulheres deslocadas em Cabo Delgado", "o financiamento para organizações de mulheres locais",
        "a coordenação entre doadores para evitar duplicação"],
       orgs_optional=[GRP],
       themes_optional=["civil-society-engagement", "leadership"])],
    [O(MG, "MGCAS", ["government-ministry"], [], GOV),
     O(MEF, "MEF", ["government-ministry"], [], GOV),
     O("Instituto Nacional de Estatística", "INE", ["government-agency"]),
     O(GOV, None, ["national-government"], ["Government of Mozambique"]),
     O(GRP, None, ["coordination-group"]),
     O("Embaixada da Suécia em Moçambique", None, ["embassy"], ["Embaixada da Suécia"]),
     O("ONU Mulheres", None, ["un-entity"], ["UN Women"]),
     O("Fundo de População das Nações Unidas", "UNFPA", ["un-entity"], ["United Nations Population Fund"]),
     O("Alto Comissariado do Canadá em Moçambique", None, ["embassy"]),
     O("Banco Africano de Desenvolvimento", "BAD", ["multilateral-development-bank"], ["African Development Bank", "AfDB"]),
     O("Agência dos Estados Unidos para o Desenvolvimento Internacional", "USAID", ["bilateral-agency"],
       ["United States Agency for International Development"])],
    WBG_PT + ["Escritório do Banco Mundial em Maputo", "equipa da Estratégia de Género", "Direcção Nacional do Género",
              "Assembleia da República",
              "Comissão dos Assuntos Sociais, do Género, Tecnologias e Comunicação Social da Assembleia da República",
              "Comissão dos Assuntos Sociais, do Género, Tecnologias e Comunicação Social",
              "Gabinetes de Atendimento à Família e Menores Vítimas de Violência"],
    [P("Ana Paula Macuácua", "Sra.", "Directora Nacional do Género", MG),
     P("Hélder Cossa", "Sr.", "Técnico Superior, Direcção Nacional do Género", MG),
     P("Albino Mucavele", "Sr.", "Director Nacional de Planificação e Orçamento", MEF),
     P("Celeste Nhantumbo", "Sra.", "Assessora para Assuntos de Género", MEF),
     P("Rosa Matsinhe", "Sra.", "Directora de Estatísticas Demográficas, Vitais e Sociais", "Instituto Nacional de Estatística")],
    {GRP: MEMBERS}, 3,
    [["Plano Nacional de Acção para a Área da Mulher, Paz e Segurança"]],
    ["Inquérito sobre Orçamento Familiar", "Cenário Fiscal de Médio Prazo",
     "Gabinetes de Atendimento à Família e Menores Vítimas de Violência",
     "Estratégia de Género 2024-2030", "World Bank Group Gender Strategy 2024-2030"])

# ---------------------------------------------------------------- ARROW (en, e-mail txt)
AR = "Asian-Pacific Resource and Research Centre for Women"
AP = "Asia Pacific Forum on Women, Law and Development"
doc("u-arrow-en", "WrittenInput", "en",
    {"startDate": ["2023-11-29", "2023-11-30", "2023-11"], "endDate": ["2023-11-29", "2023-11-30", "2023-11"],
     "city": "Kuala Lumpur", "country": "Malaysia", "stakeholderGroup": ["civil-society"],
     "optional": ["city", "country"]},
    [M(1, ["MixedStance", "Concern"], [AR, AP], ["Siti Nurhaliza Rahman", "Ratna Devi Kumaran"],
       [["srhr"], ["rights-and-economic-case"], ["financing"], ["civil-society-engagement"], ["fragility-conflict"]],
       orgs_optional=WBG_EN + ["Gender Strategy Team", "Strategy Consultations Inbox", "Consultations desk"],
       themes_optional=["gender-based-violence", "human-capital", "economic-participation", "leadership"])],
    [O(AR, "ARROW", ["civil-society"], ["ARROW - Asian-Pacific Resource and Research Centre for Women"]),
     O(AP, "APWLD", ["civil-society", "coordination-group"])],
    WBG_EN + ["Gender Strategy Team", "Strategy Consultations Inbox", "Consultations desk"],
    [P("Siti Nurhaliza Rahman", None, "Executive Director", AR),
     P("Ratna Devi Kumaran", None, "Regional Coordinator", AP)],
    {}, None,
    [["ICPD Programme of Action", "Programme of Action of the International Conference on Population and Development"],
     ["Beijing Platform for Action"]],
    ["World Bank Group Gender Strategy 2024-2030", "WBG Gender Strategy", "smart economics"])

# ---------------------------------------------------------------- Nairobi (en, two-column pdf)
SD = "State Department for Gender and Affirmative Action"
NG = "National Gender and Equality Commission"
FI = "Federation of Women Lawyers Kenya"
CR = "Centre for Rights Education and Awareness"
DP = "Development Partners Group on Gender"
UW = "UN Women Kenya"
SE = "Embassy of Sweden in Kenya"
UF = "United Nations Population Fund"
GZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit"
AD = "African Development Bank"
doc("u-nairobi-en", "MissionSummary", "en",
    {"startDate": "2023-09-11", "endDate": "2023-09-12", "city": "Nairobi", "country": "Kenya",
     "stakeholderGroup": ["multi-stakeholder"]},
    [M(1, ["StrongEndorsement"], [SD, NG],
       ["Mercy Wairimu Njoroge", "Daniel Otieno Ouma", "Joyce Chebet Rotich"],
       [["gender-based-violence"], ["economic-assets", "economic-participation"], ["care"], ["gender-data"]],
       orgs_optional=["Government of Kenya", "government"],
       themes_optional=["financing", "economic-participation", "institutional-coordination"]),
     M(2, ["MixedStance"], [FI, "GROOTS Kenya", "Akili Dada", CR],
       ["Halima Abdi Noor", "Beatrice Akinyi Odera", "Grace Nyambura Mwangi", "Ruth Atieno Wekesa"],
       [["leadership"], ["economic-assets", "rural-women"], ["gender-based-violence"], ["financing", "civil-society-engagement"]],
       ["the enforcement of the two-thirds gender rule in Parliament", "women's land and inheritance rights in rural areas",
        "the protection of survivors of sexual violence"],
       orgs_optional=["Parliament"],
       themes_optional=["rural-women", "civil-society-engagement", "economic-assets"]),
     M(3, ["Endorsement"], [UW, SE, UF, GZ, AD],
       ["Anna Lindqvist", "Fatuma Hassan Ali", "Peter Mutua Kilonzo", "Katrin Vogel", "Samuel Kiprono Langat"],
       [["fragility-conflict"], ["financing"], ["srhr"]],
       ["the situation of women and girls in the Kakuma and Dadaab refugee camps",
        "the need to pool funding through a joint facility", "access to family planning in arid counties"],
       orgs_optional=[DP, "KNBS", "Kenya National Bureau of Statistics"],
       themes_optional=["gender-data", "care", "institutional-coordination", "rural-women"]),
     M(4, ["Endorsement"], ["Kenya Bankers Association", "Equity Bank", "Safaricom"],
       ["Joseph Kimani Gitau", "Lilian Moraa Nyaboke", "Caroline Wanjiku Maina"],
       [["economic-assets"], ["enabling-services"], ["leadership"]],
       themes_optional=["economic-participation"])],
    [O(SD, None, ["government-ministry", "government-agency"]),
     O(NG, "NGEC", ["government-agency"]),
     O(FI, "FIDA Kenya", ["civil-society"], ["FIDA"]),
     O("GROOTS Kenya", None, ["civil-society", "coordination-group"]),
     O("Akili Dada", None, ["civil-society"]),
     O(CR, "CREAW", ["civil-society"]),
     O(DP, None, ["coordination-group"]),
     O(UW, None, ["un-entity"], ["UN Women"]),
     O(SE, None, ["embassy"], ["Embassy of Sweden"]),
     O(UF, "UNFPA", ["un-entity"]),
     O(GZ, "GIZ", ["bilateral-agency"], ["Deutsche Gesellschaft für Internationale Zusammenarbeit GmbH"]),
     O(AD, "AfDB", ["multilateral-development-bank"]),
     O("Kenya Bankers Association", None, ["private-sector"]),
     O("Equity Bank", None, ["private-sector"]),
     O("Safaricom", None, ["private-sector"])],
    WBG_EN + ["Kenya Private Sector Alliance", "KEPSA", "Government of Kenya", "KNBS",
              "Kenya National Bureau of Statistics", "Parliament", "Women Enterprise Fund"],
    [P("Mercy Wairimu Njoroge", "Ms.", "Principal Secretary", SD),
     P("Daniel Otieno Ouma", "Mr.", "Director of Gender Mainstreaming", SD),
     P("Joyce Chebet Rotich", "Dr.", "Commissioner", NG),
     P("Halima Abdi Noor", "Ms.", "Programme Officer", FI),
     P("Beatrice Akinyi Odera", "Ms.", "Executive Director", "GROOTS Kenya"),
     P("Grace Nyambura Mwangi", "Ms.", "Programmes Lead", "Akili Dada"),
     P("Ruth Atieno Wekesa", "Ms.", "Advocacy Manager", CR),
     P("Anna Lindqvist", "Ms.", "First Secretary", SE),
     P("Fatuma Hassan Ali", "Ms.", "Programme Specialist", UW),
     P("Peter Mutua Kilonzo", "Mr.", "Gender Advisor", UF),
     P("Katrin Vogel", "Ms.", "Gender Advisor", GZ),
     P("Samuel Kiprono Langat", "Mr.", "Gender Officer", AD),
     P("Joseph Kimani Gitau", "Mr.", "Head of Research", "Kenya Bankers Association"),
     P("Lilian Moraa Nyaboke", "Ms.", "Head of Women in Enterprise", "Equity Bank"),
     P("Caroline Wanjiku Maina", "Ms.", "Senior Manager, Financial Inclusion", "Safaricom")],
    {DP: [UW, SE, UF, GZ, AD]}, 4,
    [["Women Enterprise Fund"]],
    ["two-thirds gender rule", "national care policy", "GBV recovery centres", "national GBV recovery centres",
     "World Bank Group Gender Strategy 2024-2030", "Gender Strategy 2024-2030"])

# ---------------------------------------------------------------- Dakar (fr, prose docx)
MF = "Ministère de la Femme, de la Famille et de la Protection des Enfants"
ME = "Ministère de l'Économie, du Plan et de la Coopération"
GS = "Gouvernement du Sénégal"
AN = "Agence Nationale de la Statistique et de la Démographie"
DE = "Délégation générale à l'Entreprenariat rapide des Femmes et des Jeunes"
doc("u-dakar-fr", "MissionSummary", "fr",
    {"startDate": "2023-10-02", "endDate": "2023-10-04", "city": "Dakar", "country": ["Sénégal", "Senegal"],
     "stakeholderGroup": ["government"]},
    [M(1, ["StrongEndorsement"], [MF], ["Awa Ndiaye Sarr", "Ibrahima Faye"],
       [["gender-based-violence"], ["adolescent-girls"], ["rural-women", "economic-assets"]],
       ["les violences basées sur le genre", "les mariages précoces dans les régions de Kolda et de Tambacounda",
        "l'accès des femmes rurales au foncier"],
       orgs_optional=[GS],
       themes_optional=["economic-assets", "rural-women", "institutional-coordination"]),
     M(2, ["MixedStance"], [ME], ["Cheikh Tidiane Diop", "Fatou Bintou Camara"],
       [["macroeconomic-policy"], ["institutional-coordination"]],
       orgs_optional=[GS],
       themes_optional=["financing"]),
     M(3, ["Commendation", "Endorsement"], [AN], ["Mariama Ba Sow"],
       [["gender-data"], ["care"]],
       orgs_optional=[GS, "ONU Femmes"],
       themes_optional=["economic-participation"]),
     M(4, ["StrongEndorsement"], [DE], ["Moustapha Ndiaye Gueye", "Khady Diallo"],
       [["economic-assets"], ["economic-participation"], ["enabling-services"]],
       ["inclusion financière des femmes", "entrepreneuriat féminin", "compétences numériques"],
       orgs_optional=[GS],
       themes_optional=["gender-data"])],
    [O(MF, None, ["government-ministry"], [], GS),
     O(ME, None, ["government-ministry"], [], GS),
     O(AN, "ANSD", ["government-agency"]),
     O(DE, "DER/FJ", ["government-agency"], ["DER"]),
     O(GS, None, ["national-government"], ["gouvernement sénégalais", "Government of Senegal"])],
    WBG_FR + ["Bureau de la Banque mondiale à Dakar", "ONU Femmes", "UN Women",
              "Haut Conseil des Collectivités Territoriales"],
    [P("Awa Ndiaye Sarr", "Mme", "Directrice de l'Équité et de l'Égalité de Genre", MF),
     P("Ibrahima Faye", "M.", "Chef de la Division des Études et de la Planification", MF),
     P("Cheikh Tidiane Diop", "M.", "Directeur de la Planification", ME),
     P("Fatou Bintou Camara", "Mme", "Point focal genre", ME),
     P("Mariama Ba Sow", "Mme", "Cheffe du Bureau des statistiques sociales", AN),
     P("Moustapha Ndiaye Gueye", "M.", "Directeur du financement", DE),
     P("Khady Diallo", "Mme", "Responsable du suivi-évaluation", DE)],
    {}, None,
    [["Stratégie nationale pour l'Équité et l'Égalité de Genre", "SNEEG"]],
    ["Enquête nationale sur l'emploi", "loi de finances", "ODD 5", "Stratégie genre 2024-2030",
     "Stratégie genre 2024-2030 du Groupe de la Banque mondiale", "World Bank Group Gender Strategy 2024-2030"])

# ---------------------------------------------------------------- ICC webinar (en, docx)
IC = "International Chamber of Commerce"
MC = "Mastercard Center for Inclusive Growth"
KAM = "Kenya Association of Manufacturers"
doc("u-icc-en", "EventReadout", "en",
    {"startDate": "2023-10-19", "endDate": "2023-10-19", "city": None, "country": None,
     "stakeholderGroup": ["private-sector"]},
    [M(1, ["Endorsement"], [IC, MC, "Equileap", KAM],
       ["Claire Dubois-Hartmann", "Priya Raghavan", "Joost van der Meer", "Wanjiru Kamau"],
       [["rights-and-economic-case"], ["care"], ["economic-assets"], ["leadership"]],
       orgs_optional=WBG_EN + ["IFC", "International Finance Corporation", "Mastercard"],
       themes_optional=["economic-participation", "gender-data", "gender-based-violence", "enabling-services"])],
    [O(IC, "ICC", ["private-sector"]),
     O(MC, None, ["private-sector", "civil-society"], ["Mastercard"]),
     O("Equileap", None, ["private-sector", "civil-society", "academia"]),
     O(KAM, None, ["private-sector"])],
    WBG_EN + ["IFC", "International Finance Corporation", "Mastercard"],
    [P("Claire Dubois-Hartmann", None, "Director, Inclusive Trade", IC),
     P("Priya Raghavan", None, "Vice President, Programs", MC),
     P("Joost van der Meer", None, "Head of Research", "Equileap"),
     P("Wanjiru Kamau", None, "Chair, Women in Manufacturing", KAM)],
    {}, None,
    [],
    ["World Bank Group Gender Strategy 2024-2030", "Business and the Gender Gap"])

# ---------------------------------------------------------------- Abidjan (fr, pdf)
CN = "Conseil National des Jeunes de Côte d'Ivoire"
UF2 = "Université Félix Houphouët-Boigny"
AF = "Association des Femmes Juristes de Côte d'Ivoire"
LI = "Ligue Ivoirienne des Droits des Femmes"
PL = "Plan International Côte d'Ivoire"
OR = "Orange Côte d'Ivoire"
CP = "Citoyennes pour la Promotion et la Défense des Droits des Enfants, Femmes et Minorités"
doc("u-abidjan-fr", "EventReadout", "fr",
    {"startDate": "2023-11-08", "endDate": "2023-11-08", "city": "Abidjan",
     "country": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"], "stakeholderGroup": ["youth"]},
    [M(1, ["MixedStance"], [CN, UF2, AF, LI, PL, OR, CP],
       ["Yao Serge Kouadio", "Aminata Koné-Traoré", "Adjoua Rachelle N'Guessan", "Fabrice Gnahoré Zadi", "Esther Ahou Bamba"],
       [["economic-participation"], ["enabling-services"], ["gender-based-violence"], ["adolescent-girls"], ["leadership"]],
       ["l'emploi des jeunes femmes", "les compétences numériques", "le harcèlement sexuel en milieu universitaire"],
       orgs_optional=WBG_FR + ["Bureau de la Banque mondiale en Côte d'Ivoire", "UNICEF"],
       themes_optional=["human-capital", "srhr", "civil-society-engagement", "rural-women"])],
    [O(CN, "CNJCI", ["civil-society", "coordination-group"]),
     O(UF2, None, ["academia"]),
     O(AF, "AFJCI", ["civil-society"]),
     O(LI, None, ["civil-society"]),
     O(PL, None, ["civil-society"], ["Plan International"]),
     O(OR, None, ["private-sector"]),
     O(CP, "CPDEFM", ["civil-society"])],
    WBG_FR + ["Bureau de la Banque mondiale en Côte d'Ivoire", "UNICEF", "équipe de la stratégie"],
    [P("Yao Serge Kouadio", "M.", "Secrétaire général", CN),
     P("Aminata Koné-Traoré", "Mme", "Présidente", LI),
     P("Adjoua Rachelle N'Guessan", "Me", "avocate", AF),
     P("Fabrice Gnahoré Zadi", "Dr", "Maître de conférences en sociologie", UF2),
     P("Esther Ahou Bamba", "Mme", "Responsable RSE", OR)],
    {}, None,
    [],
    ["Code pénal", "Stratégie genre 2024-2030", "Stratégie genre 2024-2030 du Groupe de la Banque mondiale",
     "World Bank Group Gender Strategy 2024-2030"])
print("written")
