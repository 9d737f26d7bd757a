import json, pathlib
G = pathlib.Path(__file__).resolve().parents[1] / "gold"
MIN = "Ministry of Public Service, Gender and Affirmative Action"
DPG = ["United Nations Entity for Gender Equality and the Empowerment of Women", "United Nations Population Fund",
       "Embassy of Sweden", "Foreign, Commonwealth & Development Office", "Japan International Cooperation Agency"]
gold = {
 "documentType": "MissionSummary", "language": "en",
 "consultation": {"startDate": "2023-10-09", "endDate": "2023-10-11", "city": "Nairobi", "country": "Kenya",
                  "stakeholderGroup": ["multi-stakeholder", "government"]},
 "meetings": [
  {"position": 1, "stance": ["StrongEndorsement"],
   "orgs": [MIN], "orgs_optional": ["State Department for Gender and Affirmative Action", "Government of Kenya"],
   "people": ["Wanjiru Kamau-Otieno", "Peter Ochieng Mutua"],
   "themes": [["gender-based-violence"], ["economic-assets", "economic-participation"], ["care"]],
   "themes_optional": ["economic-participation", "economic-assets"],
   "mentions": ["ending gender-based violence and femicide", "access to affordable credit for women entrepreneurs",
                "childcare for informal workers"]},
  {"position": 2, "stance": ["MixedStance", "Concern"],
   "orgs": ["Kenya National Bureau of Statistics"], "orgs_optional": [],
   "people": ["Grace Njeri Wambugu"],
   "themes": [["gender-data"], ["care"]],
   "themes_optional": ["institutional-coordination"],
   "mentions": []},
  {"position": 3, "stance": ["Endorsement"],
   "orgs": ["National Gender and Equality Commission"], "orgs_optional": [],
   "people": ["Halima Abdi Noor", "Brian Kiprono Langat"],
   "themes": [["leadership"], ["intersectionality"]],
   "themes_optional": ["economic-participation"],
   "mentions": []},
  {"position": 4, "stance": ["Endorsement"],
   "orgs": ["Development Partners Group on Gender"] + DPG, "orgs_optional": [],
   "people": ["Akinyi Odhiambo-Reeves"],
   "themes": [["adolescent-girls", "srhr"], ["fragility-conflict"], ["financing", "civil-society-engagement"]],
   "themes_optional": ["rural-women", "srhr", "gender-data", "enabling-services"],
   "mentions": ["adolescent pregnancy", "the gendered effects of drought-related displacement in the arid and semi-arid lands",
                "the financing of women's rights organisations"]}
 ],
 "organisations": [
  {"label": MIN, "acronym": None, "type": ["government-ministry"], "aliases": [], "parent": "Government of Kenya"},
  {"label": "Government of Kenya", "acronym": None, "type": ["national-government"], "aliases": []},
  {"label": "Kenya National Bureau of Statistics", "acronym": "KNBS", "type": ["government-agency"], "aliases": []},
  {"label": "National Gender and Equality Commission", "acronym": "NGEC", "type": ["government-agency", "other"], "aliases": []},
  {"label": "Development Partners Group on Gender", "acronym": None, "type": ["coordination-group"], "aliases": []},
  {"label": DPG[0], "acronym": "UN Women", "type": ["un-entity"], "aliases": []},
  {"label": DPG[1], "acronym": "UNFPA", "type": ["un-entity"], "aliases": []},
  {"label": DPG[2], "acronym": None, "type": ["embassy"], "aliases": []},
  {"label": DPG[3], "acronym": "FCDO", "type": ["bilateral-agency", "government-ministry"], "aliases": []},
  {"label": DPG[4], "acronym": "JICA", "type": ["bilateral-agency"], "aliases": []}
 ],
 "organisations_optional": ["World Bank Group", "World Bank", "Bank", "Kenya Country Office", "Country Manager, Kenya Country Office",
   "Gender Group", "Gender Strategy Team", "Social Sustainability and Inclusion, Eastern and Southern Africa",
   "State Department for Gender and Affirmative Action", "Kenya Women Parliamentary Association", "KEWOPA",
   "Parliament", "National Assembly", "Government"],
 "people": [
  {"name": "Wanjiru Kamau-Otieno", "honorific": "Ms.", "jobTitle": "Principal Secretary", "org": MIN},
  {"name": "Peter Ochieng Mutua", "honorific": "Mr.", "jobTitle": "Director of Gender Mainstreaming", "org": MIN},
  {"name": "Grace Njeri Wambugu", "honorific": "Ms.", "jobTitle": "Director of Population and Social Statistics",
   "org": "Kenya National Bureau of Statistics"},
  {"name": "Halima Abdi Noor", "honorific": "Dr.", "jobTitle": "Commissioner", "org": "National Gender and Equality Commission"},
  {"name": "Brian Kiprono Langat", "honorific": "Mr.", "jobTitle": "Senior Legal Officer", "org": "National Gender and Equality Commission"},
  {"name": "Akinyi Odhiambo-Reeves", "honorific": "Ms.", "jobTitle": "Gender Specialist", "org": DPG[0]}
 ],
 "memberships": {"Development Partners Group on Gender": DPG},
 "key_messages": 3,
 "initiatives": [["Women Enterprise Fund"], ["Kenya Social and Economic Inclusion Project", "KSEIP"]],
 "initiatives_optional": ["2021 Kenya Time Use Survey", "Kenya Time Use Survey", "two-thirds gender rule",
                          "World Bank Group Gender Strategy 2024-2030", "Gender Strategy 2024-2030"]
}
(G / "t-nairobi-en.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
