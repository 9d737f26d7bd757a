from _g import *
MF = "Ministère de la Femme, de la Famille et de la Protection des Enfants"
ME = "Ministère de l'Économie, du Plan et de la Coopération"
AN = "Agence nationale de la Statistique et de la Démographie"
GT = "Groupe thématique Genre des partenaires techniques et financiers"
UNW = "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes"
UNF = "Fonds des Nations Unies pour la population"
CAN = "Ambassade du Canada au Sénégal"
AFD = "Agence Française de Développement"
DUE = "Délégation de l'Union européenne au Sénégal"
BAD = "Banque africaine de développement"
AEC = "Agence espagnole pour la coopération internationale au développement"
USA = "Agence des États-Unis pour le développement international"
LUX = "Coopération luxembourgeoise"
MEMBERS = [UNW, UNF, CAN, AFD, DUE, BAD, AEC, USA, LUX]
GOV = ["Gouvernement du Sénégal", "Government of Senegal", "État du Sénégal"]
WB = ["Banque mondiale", "Groupe de la Banque mondiale", "World Bank", "World Bank Group", "Bureau de Dakar",
      "Bureau de la Banque mondiale à Dakar", "Banque"]
write("m-dakar-gouvernement-fr",
  documentType="MissionSummary", language="fr",
  consultation={"startDate": "2023-11-20", "endDate": "2023-11-22", "city": "Dakar",
                "country": ["Sénégal", "Senegal"],
                "stakeholderGroup": ["government", "multi-stakeholder", "development-partners"]},
  meetings=[
    M(1, ["StrongEndorsement", "Endorsement"], [MF],
      ["Aminata Ndiaye Sarr", "Ousmane Fall Diop", "Khady Sène Thiam"],
      [["gender-based-violence"], ["adolescent-girls"], ["economic-assets"]],
      opt_orgs=GOV, opt_themes=["enabling-services", "economic-participation", "human-capital"]),
    M(2, ["MixedStance", "Concern"], [ME, AN],
      ["Mamadou Lamine Faye", "Ndèye Fatou Mbaye"],
      [["financing", "macroeconomic-policy"], ["gender-data"], ["macroeconomic-policy"]],
      opt_orgs=GOV + ["Direction générale de la Planification et des Politiques économiques"],
      opt_themes=["care", "human-capital", "institutional-coordination"],
      mentions=["la budgétisation sensible au genre", "la production de statistiques ventilées par sexe",
                "le poids du service de la dette sur les dépenses sociales"]),
    M(3, ["Endorsement"], MEMBERS, [],
      [["rural-women"], ["fragility-conflict"], ["institutional-coordination"]],
      opt_orgs=[GT],
      opt_themes=["civil-society-engagement", "financing"],
      mentions=["la situation des femmes rurales face aux effets du changement climatique dans le bassin arachidier",
                "les besoins des femmes déplacées en Casamance",
                "la nécessité d'harmoniser les appuis des bailleurs au ministère de la Femme pour éviter les doublons"]),
  ],
  organisations=[
    O(MF, None, ["government-ministry"], ["ministère de la Femme"]),
    O(ME, "MEPC", ["government-ministry"]),
    O(AN, "ANSD", ["government-agency"]),
    O(GT, None, ["coordination-group"], ["Groupe thématique Genre des PTF", "Groupe thématique Genre"]),
    O(UNW, "ONU Femmes", ["un-entity"], ["UN Women", "ONU-Femmes"]),
    O(UNF, "UNFPA", ["un-entity"], ["United Nations Population Fund"]),
    O(CAN, None, ["embassy"], ["Ambassade du Canada", "Embassy of Canada to Senegal"]),
    O(AFD, "AFD", ["bilateral-agency"], ["French Development Agency"]),
    O(DUE, None, ["supranational-union", "embassy"], ["Délégation de l'Union européenne", "Union européenne",
                                                      "European Union", "Delegation of the European Union to Senegal"]),
    O(BAD, "BAD", ["multilateral-development-bank"], ["African Development Bank", "AfDB", "BafD"]),
    O(AEC, "AECID", ["bilateral-agency"], ["Agencia Española de Cooperación Internacional para el Desarrollo",
                                           "Spanish Agency for International Development Cooperation"]),
    O(USA, "USAID", ["bilateral-agency"], ["United States Agency for International Development"]),
    O(LUX, "LuxDev", ["bilateral-agency"], ["Luxembourg Development Cooperation Agency"]),
  ],
  organisations_optional=WB + GOV + ["UNICEF", "Fonds des Nations Unies pour l'enfance",
      "Direction générale de la Planification et des Politiques économiques"],
  people=[
    P("Aminata Ndiaye Sarr", "Mme", "Directrice de l'Équité et de l'Égalité de Genre", MF),
    P("Ousmane Fall Diop", "M.", "Conseiller technique du Ministre", MF),
    P("Khady Sène Thiam", "Mme", "Cheffe de la Division Autonomisation économique", MF),
    P("Mamadou Lamine Faye", "M.", "Directeur de la Planification", ME),
    P("Ndèye Fatou Mbaye", "Mme", "Cheffe du Bureau Genre et Statistiques sociales", AN),
  ],
  memberships={GT: MEMBERS},
  key_messages=3,
  initiatives=[["Stratégie nationale pour l'équité et l'égalité de genre", "SNEEG"],
               ["Fonds national de crédit pour les femmes", "FNCF"]],
  initiatives_optional=["Stratégie genre 2024-2030", "Stratégie genre 2024-2030 du Groupe de la Banque mondiale",
      "Stratégie genre du Groupe de la Banque mondiale", "World Bank Group Gender Strategy 2024-2030",
      "enquête auprès des ménages"],
)
