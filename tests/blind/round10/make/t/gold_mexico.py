import json, pathlib
G = pathlib.Path(__file__).resolve().parents[1] / "gold"
O = [("Consejo Coordinador Empresarial", "CCE", ["private-sector"], []),
     ("Asociación Mexicana de Mujeres Jefas de Empresa", "AMMJE", ["private-sector", "civil-society"], []),
     ("BBVA México", None, ["private-sector"], ["BBVA"]),
     ("Grupo Bimbo", None, ["private-sector"], ["Bimbo"]),
     ("Walmart de México y Centroamérica", None, ["private-sector"], ["Walmex"]),
     ("Red del Pacto Mundial México", None, ["un-entity", "civil-society", "private-sector", "coordination-group", "other"],
      ["Pacto Mundial México"])]
WB = ["Grupo Banco Mundial", "Banco Mundial", "Banco", "World Bank Group", "World Bank", "Oficina de México",
      "Corporación Financiera Internacional", "IFC", "International Finance Corporation"]
gold = {
 "documentType": "EventReadout", "language": "es",
 "consultation": {"startDate": "2023-10-19", "endDate": "2023-10-19",
                  "city": ["Ciudad de México", "Mexico City", "CDMX"], "country": ["México", "Mexico"],
                  "stakeholderGroup": ["private-sector"]},
 "meetings": [
  {"position": 1, "stance": ["Endorsement", "StrongEndorsement"],
   "orgs": [o[0] for o in O], "orgs_optional": WB,
   "people": ["Verónica Salazar Ibarra", "Patricia Lozano Meléndez", "Rodrigo Esquivel Tapia", "Daniela Ruiz Cortázar",
              "Alejandra Montaño Vidal", "Luis Fernando Ortega Ríos"],
   "themes": [["care"], ["economic-participation"], ["economic-assets"], ["leadership"], ["gender-based-violence"]],
   "themes_optional": ["gender-data"],
   "mentions": []}
 ],
 "organisations": [{"label": l, "acronym": a, "type": t, "aliases": al} for l, a, t, al in O],
 "organisations_optional": WB + ["OIT", "Organización Internacional del Trabajo", "Bolsa Mexicana de Valores"],
 "people": [
  {"name": "Verónica Salazar Ibarra", "honorific": None, "jobTitle": "Directora de Inclusión y Diversidad", "org": O[0][0]},
  {"name": "Patricia Lozano Meléndez", "honorific": None, "jobTitle": "Presidenta Nacional", "org": O[1][0]},
  {"name": "Rodrigo Esquivel Tapia", "honorific": None, "jobTitle": "Subdirector de Banca Pyme", "org": O[2][0]},
  {"name": "Daniela Ruiz Cortázar", "honorific": None, "jobTitle": "Gerente de Equidad de Género", "org": O[3][0]},
  {"name": "Alejandra Montaño Vidal", "honorific": None, "jobTitle": "Directora de Asuntos Corporativos", "org": O[4][0]},
  {"name": "Luis Fernando Ortega Ríos", "honorific": None, "jobTitle": "Director Ejecutivo", "org": O[5][0]}
 ],
 "memberships": {},
 "key_messages": 4,
 "initiatives": [["Sistema Nacional de Cuidados"], ["Convenio 190 de la OIT", "Convenio 190"]],
 "initiatives_optional": ["Estrategia de Género 2024-2030", "Estrategia de Género 2024-2030 del Grupo Banco Mundial",
                          "World Bank Group Gender Strategy 2024-2030", "programa de crédito para mujeres empresarias"]
}
(G / "t-mexico-es.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
