import json, pathlib
G = pathlib.Path(__file__).resolve().parents[1] / "gold"
gold = {
 "documentType": "WrittenInput", "language": "fr",
 "consultation": {"startDate": ["2023-11-20"], "endDate": ["2023-11-20"], "city": "Yaoundé",
                  "country": ["Cameroun", "Cameroon"], "stakeholderGroup": ["civil-society"],
                  "optional": ["city", "country"]},
 "meetings": [
  {"position": 1, "stance": ["MixedStance", "Concern"],
   "orgs": ["Association de Lutte contre les Violences faites aux Femmes", "Centre for Human Rights and Democracy in Africa"],
   "orgs_optional": ["Groupe de la Banque mondiale", "Banque mondiale", "Banque", "Consultation Stratégie Genre", "World Bank Group"],
   "people": ["Mireille Ngo Bikoï", "Emmanuel Fon Nkwenti"],
   "themes": [["gender-based-violence"], ["fragility-conflict"], ["adolescent-girls"], ["economic-assets"],
              ["rural-women"], ["financing", "civil-society-engagement"], ["civil-society-engagement"], ["gender-data"]],
   "themes_optional": ["human-capital", "srhr", "institutional-coordination", "intersectionality"],
   "mentions": []}
 ],
 "organisations": [
  {"label": "Association de Lutte contre les Violences faites aux Femmes", "acronym": "ALVF", "type": ["civil-society"], "aliases": []},
  {"label": "Centre for Human Rights and Democracy in Africa", "acronym": "CHRDA", "type": ["civil-society"], "aliases": []}
 ],
 "organisations_optional": ["Groupe de la Banque mondiale", "Banque mondiale", "Banque", "World Bank Group", "World Bank",
                            "Consultation Stratégie Genre"],
 "people": [
  {"name": "Mireille Ngo Bikoï", "honorific": None, "jobTitle": "Coordinatrice nationale",
   "org": "Association de Lutte contre les Violences faites aux Femmes"},
  {"name": "Emmanuel Fon Nkwenti", "honorific": None, "jobTitle": "Chargé de plaidoyer",
   "org": "Centre for Human Rights and Democracy in Africa"}
 ],
 "memberships": {},
 "key_messages": None,
 "initiatives": [],
 "initiatives_optional": ["Enquête Démographique et de Santé", "Enquête Démographique et de Santé de 2018",
                          "Cadre de partenariat pays", "Stratégie genre 2024-2030", "Stratégie genre 2024-2030 du Groupe de la Banque mondiale",
                          "World Bank Group Gender Strategy 2024-2030"]
}
(G / "t-alvf-fr.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
