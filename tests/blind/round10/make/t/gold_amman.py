import json, pathlib
G = pathlib.Path(__file__).resolve().parents[1] / "gold"
O = [("Jordanian National Commission for Women", "JNCW", ["government-agency", "other", "civil-society"], []),
     ("Jordan River Foundation", None, ["civil-society"], []),
     ("Arab Women Organization of Jordan", None, ["civil-society"], ["Arab Women Organization"]),
     ("Sisterhood Is Global Institute – Jordan", "SIGI", ["civil-society"],
      ["Sisterhood Is Global Institute", "SIGI Jordan", "SIGI – Jordan", "Sisterhood Is Global Institute (SIGI) – Jordan"]),
     ("Jordan Chamber of Industry", None, ["private-sector"], []),
     ("Tamkeen Fields for Aid", None, ["civil-society"], ["Tamkeen"]),
     ("Business and Professional Women – Amman", None, ["civil-society", "private-sector"],
      ["Business and Professional Women Amman", "Business and Professional Women"]),
     ("Mercy Corps Jordan", None, ["civil-society"], ["Mercy Corps"])]
WB = ["World Bank Group", "World Bank", "Bank", "World Bank Group Jordan country office", "Jordan country office",
      "country office", "IFC", "International Finance Corporation"]
gold = {
 "documentType": "EventReadout", "language": "en",
 "consultation": {"startDate": "2023-11-07", "endDate": "2023-11-07", "city": "Amman", "country": "Jordan",
                  "stakeholderGroup": ["multi-stakeholder", "civil-society"]},
 "meetings": [
  {"position": 1, "stance": ["MixedStance"],
   "orgs": [o[0] for o in O], "orgs_optional": WB,
   "people": ["Rania Haddad Qudah", "Lina Awamleh Tarawneh"],
   "themes": [["economic-participation"], ["enabling-services"], ["care"], ["gender-based-violence"],
              ["leadership"], ["fragility-conflict", "intersectionality"], ["economic-assets"],
              ["civil-society-engagement", "financing"]],
   "themes_optional": ["intersectionality", "institutional-coordination", "social-norms"],
   "mentions": ["women's jobs", "public transport", "childcare", "harassment at work", "the situation of refugee women"]}
 ],
 "organisations": [{"label": l, "acronym": a, "type": t, "aliases": al} for l, a, t, al in O],
 "organisations_optional": WB + ["UNHCR", "United Nations High Commissioner for Refugees", "ILO",
                                 "International Labour Organization", "Landmark Hotel"],
 "people": [
  {"name": "Rania Haddad Qudah", "honorific": "H.E. Dr.", "jobTitle": "Secretary-General", "org": O[0][0]},
  {"name": "Lina Awamleh Tarawneh", "honorific": "Ms.", "jobTitle": "Chief Executive Officer", "org": O[1][0]}
 ],
 "memberships": {},
 "key_messages": None,
 "initiatives": [["ILO Convention 190", "Convention 190"]],
 "initiatives_optional": ["2022 electoral law", "electoral law", "UNHCR vulnerability assessment",
                          "World Bank Group Gender Strategy 2024-2030", "Gender Strategy 2024-2030"]
}
(G / "t-amman-en.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
