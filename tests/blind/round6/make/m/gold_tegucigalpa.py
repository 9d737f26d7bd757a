from _g import *
SEM = "Secretaría de Estado en el Despacho de Asuntos de la Mujer"
SED = "Secretaría de Desarrollo Social"
CDM = "Centro de Derechos de Mujeres"
MVP = 'Movimiento de Mujeres por la Paz "Visitación Padilla"'
FMV = "Foro de Mujeres por la Vida"
RND = "Red Nacional de Defensoras de Derechos Humanos en Honduras"
OFR = "Organización Fraternal Negra Hondureña"
COH = "Consejo Hondureño de la Empresa Privada"
AHM = "Asociación Hondureña de Maquiladores"
BAT = "Banco Atlántida"
GOV = ["Gobierno de Honduras", "Government of Honduras"]
WB = ["Grupo Banco Mundial", "Banco Mundial", "Banco", "World Bank Group", "World Bank", "Oficina de País para Honduras",
      "oficina de país", "Grupo Banco Mundial | Oficina de País para Honduras"]
write("m-tegucigalpa-multiactor-es",
  documentType="MissionSummary", language="es",
  consultation={"startDate": "2023-11-14", "endDate": "2023-11-16", "city": "Tegucigalpa", "country": "Honduras",
                "stakeholderGroup": ["multi-stakeholder"]},
  meetings=[
    M(1, ["Endorsement", "StrongEndorsement"], [SEM, SED],
      ["Ana Gabriela Ordóñez Mejía", "Karla Patricia Mendoza Zelaya", "Carlos Alberto Funes Rivera"],
      [["gender-based-violence"], ["care"], ["institutional-coordination"]],
      opt_orgs=GOV, opt_themes=["enabling-services", "economic-assets", "human-capital"],
      mentions=["la prevención de los femicidios", "la ampliación de la red de centros Ciudad Mujer",
                "la creación de un sistema nacional de cuidados"]),
    M(2, ["MixedStance", "Concern"], [CDM, MVP, FMV, RND, OFR],
      ["Rosa Elvira Matamoros Paz", "Xiomara Lizeth Cálix Banegas"],
      [["indigenous-women", "intersectionality"], ["fragility-conflict"], ["srhr"],
       ["financing", "civil-society-engagement"], ["civil-society-engagement"]],
      opt_themes=["gender-based-violence", "rural-women", "adolescent-girls", "leadership", "intersectionality"]),
    M(3, ["Endorsement"], [COH, AHM, BAT],
      ["Mauricio José Bográn Lagos", "Sofía Alejandra Reyes Castellanos"],
      [["economic-participation"], ["care"], ["economic-assets"], ["leadership"]],
      opt_themes=["enabling-services"],
      mentions=["el empleo femenino en la industria maquiladora", "las guarderías en los parques industriales",
                "el crédito para mujeres emprendedoras", "la presencia de mujeres en juntas directivas"]),
  ],
  organisations=[
    O(SEM, "SEMUJER", ["government-ministry"], ["Secretaría de Asuntos de la Mujer"]),
    O(SED, "SEDESOL", ["government-ministry"]),
    O(CDM, "CDM", ["civil-society"]),
    O(MVP, None, ["civil-society"], ["Movimiento de Mujeres por la Paz Visitación Padilla", "Visitación Padilla",
                                     "Movimiento de Mujeres por la Paz"]),
    O(FMV, None, ["civil-society"]),
    O(RND, None, ["civil-society", "coordination-group"]),
    O(OFR, "OFRANEH", ["civil-society"]),
    O(COH, "COHEP", ["private-sector"]),
    O(AHM, "AHM", ["private-sector"]),
    O(BAT, None, ["private-sector"]),
  ],
  organisations_optional=WB + GOV + ["Organización Internacional del Trabajo", "OIT",
      "Comisión de la Mujer y Equidad de Género del Congreso Nacional", "Congreso Nacional", "Comisión de la Mujer"],
  people=[
    P("Ana Gabriela Ordóñez Mejía", None, "Subsecretaria de Estado", SEM),
    P("Karla Patricia Mendoza Zelaya", "Lcda.", "Directora de Planificación", SEM),
    P("Carlos Alberto Funes Rivera", None, "Director de Políticas Sociales", SED),
    P("Rosa Elvira Matamoros Paz", None, "coordinadora", CDM),
    P("Xiomara Lizeth Cálix Banegas", None, "enlace", RND),
    P("Mauricio José Bográn Lagos", "Ing.", "Gerente de Competitividad", COH),
    P("Sofía Alejandra Reyes Castellanos", "Lcda.", "Gerente de Banca Pyme", BAT),
  ],
  memberships={},
  key_messages=4,
  initiatives=[["Ciudad Mujer", "centros Ciudad Mujer", "red de centros Ciudad Mujer"]],
  initiatives_optional=["sistema nacional de cuidados", "Estrategia de Género 2024-2030",
      "Estrategia de Género 2024-2030 del Grupo Banco Mundial", "World Bank Group Gender Strategy 2024-2030",
      "línea de crédito para pequeñas empresas lideradas por mujeres"],
)
