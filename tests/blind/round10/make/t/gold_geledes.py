import json, pathlib
G = pathlib.Path(__file__).resolve().parents[1] / "gold"
ORGS = ["Geledés – Instituto da Mulher Negra", "Criola", "Centro Feminista de Estudos e Assessoria", "Articulação de Mulheres Brasileiras"]
gold = {
 "documentType": "WrittenInput", "language": "pt",
 "consultation": {"startDate": "2023-11-27", "endDate": "2023-11-27", "city": "São Paulo",
                  "country": ["Brasil", "Brazil"], "stakeholderGroup": ["civil-society"]},
 "meetings": [
  {"position": 1, "stance": ["MixedStance", "Concern", "Opposition"],
   "orgs": ORGS,
   "orgs_optional": ["Grupo Banco Mundial", "Banco Mundial", "Banco", "World Bank Group"],
   "people": ["Jurema Alves Nascimento", "Luana Ferreira Batista", "Marta Regina Coelho", "Sônia Maria Cavalcanti"],
   "themes": [["intersectionality"], ["rights-and-economic-case"], ["gender-based-violence"], ["care"],
              ["gender-data"], ["financing", "civil-society-engagement"], ["civil-society-engagement"]],
   "themes_optional": ["indigenous-women", "economic-participation", "institutional-coordination"],
   "mentions": []}
 ],
 "organisations": [
  {"label": "Geledés – Instituto da Mulher Negra", "acronym": None, "type": ["civil-society"],
   "aliases": ["Geledés", "Instituto da Mulher Negra"]},
  {"label": "Criola", "acronym": None, "type": ["civil-society"], "aliases": []},
  {"label": "Centro Feminista de Estudos e Assessoria", "acronym": "CFEMEA", "type": ["civil-society"], "aliases": []},
  {"label": "Articulação de Mulheres Brasileiras", "acronym": "AMB", "type": ["civil-society", "coordination-group"], "aliases": []}
 ],
 "organisations_optional": ["Grupo Banco Mundial", "Banco Mundial", "Banco", "World Bank Group", "World Bank"],
 "people": [
  {"name": "Jurema Alves Nascimento", "honorific": None, "jobTitle": "Coordenadora Executiva", "org": "Geledés – Instituto da Mulher Negra"},
  {"name": "Luana Ferreira Batista", "honorific": None, "jobTitle": "Coordenadora de Projetos", "org": "Criola"},
  {"name": "Marta Regina Coelho", "honorific": None, "jobTitle": "Assessora Técnica", "org": "Centro Feminista de Estudos e Assessoria"},
  {"name": "Sônia Maria Cavalcanti", "honorific": None, "jobTitle": "Integrante da Coordenação Nacional", "org": "Articulação de Mulheres Brasileiras"}
 ],
 "memberships": {},
 "key_messages": None,
 "initiatives": [["Política Nacional de Cuidados"]],
 "initiatives_optional": ["Estratégia de Gênero 2024-2030", "Estratégia de Gênero 2024-2030 do Grupo Banco Mundial",
                          "World Bank Group Gender Strategy 2024-2030", "Carta aberta"]
}
(G / "t-geledes-pt.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
