from _g import *
FE = "African Women's Development and Communication Network"
TG = "Tanzania Gender Networking Programme"
AK = "Akina Mama wa Afrika"
KE = "Kenya Private Sector Alliance"
BU = "Busara Center for Behavioral Economics"
write("m-nairobi-care-webinar-en",
  documentType="EventReadout", language="en",
  consultation={"startDate": "2023-11-28", "endDate": "2023-11-28", "city": ["Nairobi"], "country": ["Kenya"],
                "stakeholderGroup": ["multi-stakeholder", "civil-society"], "optional": ["city", "country"]},
  meetings=[
    M(1, ["MixedStance", "Concern"], [FE, TG, AK, KE, BU],
      ["Achieng Nyambura Odhiambo", "Neema Joseph Mwakalinga", "Rebecca Atim Okello", "Brian Kiprono Chebet",
       "Faith Wambui Karanja"],
      [["care"], ["macroeconomic-policy"], ["gender-data"], ["social-norms"], ["rural-women"]],
      opt_orgs=["World Bank Group", "World Bank Group office in Nairobi", "International Monetary Fund", "IMF"],
      opt_themes=["economic-participation", "financing", "rights-and-economic-case", "enabling-services",
                  "institutional-coordination", "leadership"],
      mentions=["the unpaid care burden of rural women", "public investment in childcare",
                "the effect of fiscal consolidation on social spending", "time-use data"]),
  ],
  organisations=[
    O(FE, "FEMNET", ["civil-society", "coordination-group"]),
    O(TG, "TGNP", ["civil-society"]),
    O(AK, "AMwA", ["civil-society"]),
    O(KE, "KEPSA", ["private-sector"]),
    O(BU, None, ["academia", "private-sector"], ["Busara"]),
  ],
  organisations_optional=["World Bank Group", "World Bank", "World Bank Group office in Nairobi",
      "World Bank Group team", "International Monetary Fund", "IMF", "ILO", "International Labour Organization"],
  people=[
    P("Achieng Nyambura Odhiambo", None, "Programmes Manager", FE),
    P("Neema Joseph Mwakalinga", None, "Senior Researcher", TG),
    P("Rebecca Atim Okello", None, "Economic Justice Lead", AK),
    P("Brian Kiprono Chebet", None, "Head of Gender and Inclusion", KE),
    P("Faith Wambui Karanja", "Dr.", "Research Lead", BU),
  ],
  memberships={},
  key_messages=None,
  initiatives=[["Invest in Childcare", "Invest in Childcare initiative"]],
  initiatives_optional=["World Bank Group Gender Strategy 2024-2030", "Gender Strategy",
      "Nairobi county childcare law", "IMF programmes"],
)
