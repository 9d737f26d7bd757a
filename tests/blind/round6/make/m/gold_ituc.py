from _g import *
IT = "International Trade Union Confederation"
PS = "Public Services International"
OPTO = ["World Bank Group", "World Bank", "Bank", "The World Bank Group", "Gender Strategy Team", "Gender Group",
        "International Finance Corporation", "IFC", "International Labour Organization", "ILO",
        "Executive Directors' offices", "Executive Directors' offices, World Bank Group"]
write("m-ituc-psi-letter-en",
  documentType="WrittenInput", language="en",
  consultation={"startDate": "2023-11-30", "endDate": "2023-11-30", "city": ["Brussels"],
                "country": ["Belgium"], "stakeholderGroup": ["civil-society"], "optional": ["city", "country"]},
  meetings=[
    M(1, ["MixedStance", "Concern"], [IT, PS],
      ["Maren Solveig Lindqvist", "Thandiwe Grace Mokoena"],
      [["economic-participation"], ["care"], ["macroeconomic-policy"], ["gender-based-violence"],
       ["civil-society-engagement"]],
      opt_orgs=OPTO,
      opt_themes=["financing", "rights-and-economic-case", "enabling-services", "institutional-coordination",
                  "social-norms"]),
  ],
  organisations=[
    O(IT, "ITUC", ["civil-society", "coordination-group"]),
    O(PS, "PSI", ["civil-society", "coordination-group"]),
  ],
  organisations_optional=OPTO,
  people=[
    P("Maren Solveig Lindqvist", None, "Deputy General Secretary", IT),
    P("Thandiwe Grace Mokoena", None, "Assistant General Secretary", PS),
  ],
  memberships={},
  key_messages=None,
  initiatives=[["ILO Violence and Harassment Convention, 2019 (No. 190)", "ILO Violence and Harassment Convention",
                "Violence and Harassment Convention", "Convention No. 190", "C190"],
               ["Maximizing Finance for Development", "Maximizing Finance for Development approach", "MFD"]],
  initiatives_optional=["World Bank Group Gender Strategy 2024-2030", "draft World Bank Group Gender Strategy 2024-2030",
      "Gender Strategy", "consultation draft"],
)
