from _g import *
FM = "Fórum Mulher – Coordenação para a Mulher no Desenvolvimento"
WL = "WLSA Moçambique"
AM = "Associação Moçambicana das Mulheres de Carreira Jurídica"
NW = "N'weti – Comunicação para a Saúde"
AMO = "Associação Moçambicana para o Desenvolvimento da Família"
CO = "Coalizão – Associação da Juventude Moçambicana"
LA = "LAMBDA – Associação Moçambicana para a Defesa das Minorias Sexuais"
RO = "Fórum da Sociedade Civil para os Direitos da Criança"
UN = "União Nacional de Camponeses"
OM = "Observatório do Meio Rural"
AC = "ACTIVA – Associação das Mulheres Empresárias e Executivas"
WB = ["Banco Mundial", "Grupo Banco Mundial", "World Bank", "World Bank Group", "Banco",
      "Equipa do Banco Mundial em Moçambique", "equipa do Banco Mundial", "Escritório do Banco Mundial"]
write("m-maputo-sociedade-civil-pt",
  documentType="MissionSummary", language="pt",
  consultation={"startDate": "2023-12-06", "endDate": "2023-12-07", "city": "Maputo",
                "country": ["Moçambique", "Mozambique"], "stakeholderGroup": ["civil-society"]},
  meetings=[
    M(1, ["Endorsement", "StrongEndorsement"], [FM, WL, AM, NW],
      ["Graça Manuela Sitoe", "Albertina Rosa Mondlane", "Lurdes Fernanda Macuácua"],
      [["gender-based-violence"], ["adolescent-girls"], ["leadership"]],
      opt_themes=["enabling-services", "institutional-coordination", "human-capital", "social-norms"]),
    M(2, ["Concern", "MixedStance"], [AMO, CO, LA, RO],
      ["Hélder Jaime Cossa"],
      [["srhr"], ["adolescent-girls"], ["intersectionality"], ["fragility-conflict"]],
      opt_themes=["civil-society-engagement", "financing", "human-capital", "rural-women"],
      mentions=["a saúde sexual e reprodutiva das adolescentes", "a gravidez precoce",
                "a inclusão das minorias sexuais", "a situação das mulheres deslocadas em Cabo Delgado"]),
    M(3, ["Endorsement"], [UN, OM, AC],
      ["Felismina João Nhantumbo", "Rita Isabel Matsinhe"],
      [["rural-women"], ["economic-assets"], ["economic-assets", "economic-participation"]],
      opt_themes=["economic-participation", "financing", "institutional-coordination"]),
  ],
  organisations=[
    O(FM, None, ["civil-society", "coordination-group"], ["Fórum Mulher"]),
    O(WL, None, ["civil-society"], ["WLSA", "Women and Law in Southern Africa"]),
    O(AM, "AMMCJ", ["civil-society"]),
    O(NW, None, ["civil-society"], ["N'weti"]),
    O(AMO, "AMODEFA", ["civil-society"]),
    O(CO, None, ["civil-society"], ["Coalizão", "Associação da Juventude Moçambicana"]),
    O(LA, None, ["civil-society"], ["LAMBDA", "Associação Moçambicana para a Defesa das Minorias Sexuais"]),
    O(RO, "ROSC", ["civil-society", "coordination-group"]),
    O(UN, "UNAC", ["civil-society"]),
    O(OM, "OMR", ["academia", "civil-society"]),
    O(AC, None, ["private-sector", "civil-society"], ["ACTIVA", "Associação das Mulheres Empresárias e Executivas"]),
  ],
  organisations_optional=WB + ["Hotel Cardoso", "polícia"],
  people=[
    P("Graça Manuela Sitoe", None, "Coordenadora Executiva", FM),
    P("Albertina Rosa Mondlane", "Sra.", "Oficial de Pesquisa", WL),
    P("Lurdes Fernanda Macuácua", "Dra.", "Advogada e Vice-Presidente", AM),
    P("Hélder Jaime Cossa", "Dr.", "Director de Programas", AMO),
    P("Felismina João Nhantumbo", "Sra.", "Coordenadora de Género", UN),
    P("Rita Isabel Matsinhe", "Sra.", "presidente", AC),
  ],
  memberships={},
  key_messages=4,
  initiatives=[["Lei sobre a Violência Doméstica praticada contra a Mulher"],
               ["Lei de Prevenção e Combate às Uniões Prematuras"]],
  initiatives_optional=["Estratégia de Género 2024-2030", "Estratégia de Género 2024-2030 do Grupo Banco Mundial",
      "World Bank Group Gender Strategy 2024-2030", "DUAT", "título de uso e aproveitamento da terra"],
)
