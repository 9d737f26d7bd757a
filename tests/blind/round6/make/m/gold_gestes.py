from _g import *
GE = "Groupe d'études et de recherches Genre et Sociétés"
RG = "Réseau Genre en Action"
OPTO = ["Université Gaston Berger de Saint-Louis", "Université Gaston Berger", "UGB", "Groupe de la Banque mondiale",
        "Banque mondiale", "Banque", "World Bank Group", "World Bank", "équipe chargée de la Stratégie genre",
        "instituts nationaux de statistique"]
write("m-gestes-genre-en-action-fr",
  documentType="WrittenInput", language="fr",
  consultation={"startDate": "2023-11-15", "endDate": "2023-11-15", "city": ["Saint-Louis", "Bordeaux"],
                "country": ["Sénégal", "Senegal", "France"], "stakeholderGroup": ["academia", "civil-society"],
                "optional": ["city", "country"]},
  meetings=[
    M(1, ["Endorsement", "Commendation"], [GE, RG],
      ["Fatou Binetou Ndoye", "Hélène Marguerite Castaing"],
      [["social-norms"], ["gender-data"], ["rural-women"], ["civil-society-engagement"]],
      opt_orgs=OPTO,
      opt_themes=["financing", "economic-assets", "human-capital", "institutional-coordination", "leadership",
                  "intersectionality", "fragility-conflict"]),
  ],
  organisations=[
    O(GE, "GESTES", ["academia"], ["Laboratoire GESTES"]),
    O(RG, None, ["civil-society", "coordination-group"], ["Genre en Action"]),
  ],
  organisations_optional=OPTO,
  people=[
    P("Fatou Binetou Ndoye", "Pr", "Directrice du GESTES", GE),
    P("Hélène Marguerite Castaing", "Mme", "Coordinatrice", RG),
  ],
  memberships={},
  key_messages=None,
  initiatives=[],
  initiatives_optional=["Stratégie genre 2024-2030", "Stratégie genre 2024-2030 du Groupe de la Banque mondiale",
      "projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale", "World Bank Group Gender Strategy 2024-2030",
      "fonds de recherche genre pour les universités africaines"],
)
