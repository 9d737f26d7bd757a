import json, pathlib
G = pathlib.Path(__file__).resolve().parents[1] / "gold"
SEM = "Secretaría de Estado en el Despacho de la Mujer"
O = [(SEM, "SEMUJER", ["government-ministry"], ["Secretaría de la Mujer"]),
     ("Centro de Derechos de Mujeres", "CDM", ["civil-society"], []),
     ("Centro de Estudios de la Mujer – Honduras", "CEM-H", ["civil-society", "academia"], ["Centro de Estudios de la Mujer"]),
     ("Red Nacional de Defensoras de Derechos Humanos en Honduras", None, ["civil-society", "coordination-group"], []),
     ("Cámara de Comercio e Industrias de Cortés", "CCIC", ["private-sector"], []),
     ("Asociación Hondureña de Maquiladores", "AHM", ["private-sector"], []),
     ("Agencia Española de Cooperación Internacional para el Desarrollo", "AECID", ["bilateral-agency"],
      ["Spanish Agency for International Development Cooperation"]),
     ("Programa de las Naciones Unidas para el Desarrollo", "PNUD", ["un-entity"], ["UNDP", "United Nations Development Programme"]),
     ("ONU Mujeres", None, ["un-entity"], ["UN Women"]),
     ("Banco Interamericano de Desarrollo", "BID", ["multilateral-development-bank"], ["IDB", "Inter-American Development Bank"])]
WB = ["Grupo Banco Mundial", "Banco Mundial", "Banco", "World Bank Group", "World Bank", "equipo del Banco"]
gold = {
 "documentType": "MissionSummary", "language": "es",
 "consultation": {"startDate": "2023-11-13", "endDate": "2023-11-15", "city": ["Tegucigalpa", "San Pedro Sula"],
                  "country": "Honduras", "stakeholderGroup": ["multi-stakeholder"]},
 "meetings": [
  {"position": 1, "stance": ["StrongEndorsement"], "orgs": [SEM], "orgs_optional": ["Gobierno de Honduras"],
   "people": ["Karla Patricia Zelaya Funes", "Marvin Oseguera Paz"],
   "themes": [["gender-based-violence"], ["economic-participation"], ["rural-women"]],
   "themes_optional": ["institutional-coordination", "economic-assets"],
   "mentions": ["la prevención del femicidio", "la ampliación de los centros Ciudad Mujer",
                "la autonomía económica de las mujeres rurales"]},
  {"position": 2, "stance": ["Concern", "MixedStance"],
   "orgs": [O[1][0], O[2][0], O[3][0]], "orgs_optional": [],
   "people": ["Gilda Paredes Mejía", "Suyapa Lagos Canales", "Marlen Reyes Lanza"],
   "themes": [["indigenous-women"], ["gender-based-violence"], ["civil-society-engagement"], ["leadership"]],
   "themes_optional": ["economic-assets", "enabling-services", "intersectionality", "fragility-conflict"],
   "mentions": []},
  {"position": 3, "stance": ["Endorsement"],
   "orgs": [O[4][0], O[5][0]], "orgs_optional": [],
   "people": ["Roberto Handal Kafie", "Ana Lucía Bendeck Rosa", "Daysi Ramos Aguilar"],
   "themes": [["care"], ["economic-participation"], ["gender-based-violence"]],
   "themes_optional": ["adolescent-girls"],
   "mentions": []},
  {"position": 4, "stance": ["Endorsement"],
   "orgs": [O[6][0], O[7][0], O[8][0], O[9][0]], "orgs_optional": [],
   "people": ["Marisol Andrade Lupiáñez"],
   "themes": [["fragility-conflict"], ["gender-data"], ["financing", "institutional-coordination"]],
   "themes_optional": ["adolescent-girls", "institutional-coordination"],
   "mentions": ["la migración forzada de mujeres y niñas", "la producción de estadísticas de género",
                "la coordinación del financiamiento entre cooperantes"]}
 ],
 "organisations": [{"label": l, "acronym": a, "type": t, "aliases": al} for l, a, t, al in O],
 "organisations_optional": WB + ["banca multilateral", "Gobierno de Honduras"],
 "people": [
  {"name": "Karla Patricia Zelaya Funes", "honorific": "Sra.", "jobTitle": "Subsecretaria de Estado", "org": SEM},
  {"name": "Marvin Oseguera Paz", "honorific": "Lic.", "jobTitle": "Director de Planificación y Evaluación de la Gestión", "org": SEM},
  {"name": "Gilda Paredes Mejía", "honorific": "Sra.", "jobTitle": "Coordinadora de Incidencia", "org": O[1][0]},
  {"name": "Suyapa Lagos Canales", "honorific": "Sra.", "jobTitle": "Investigadora", "org": O[2][0]},
  {"name": "Marlen Reyes Lanza", "honorific": "Sra.", "jobTitle": "Enlace nacional", "org": O[3][0]},
  {"name": "Roberto Handal Kafie", "honorific": "Ing.", "jobTitle": "Director Ejecutivo", "org": O[4][0]},
  {"name": "Ana Lucía Bendeck Rosa", "honorific": "Sra.", "jobTitle": "Coordinadora de Responsabilidad Social", "org": O[4][0]},
  {"name": "Daysi Ramos Aguilar", "honorific": "Lic.", "jobTitle": "Gerente de Relaciones Laborales", "org": O[5][0]},
  {"name": "Marisol Andrade Lupiáñez", "honorific": "Sra.", "jobTitle": "Especialista de Programas", "org": O[8][0]}
 ],
 "memberships": {},
 "key_messages": None,
 "initiatives": [["Ciudad Mujer", "centros Ciudad Mujer"]],
 "initiatives_optional": ["Estrategia de Género 2024-2030", "Estrategia de Género 2024-2030 del Grupo Banco Mundial",
                          "World Bank Group Gender Strategy 2024-2030"]
}
(G / "t-tegucigalpa-es.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
