from _g import *
GMP = "Grupo de Mulheres Parlamentares"
MAS = "Ministério da Acção Social, Família e Promoção da Mulher"
RMA = "Rede Mulher Angola"
UAN = "Universidade Agostinho Neto"
UNF = "Fundo das Nações Unidas para a População"
WB = ["Banco Mundial", "Grupo Banco Mundial", "World Bank", "World Bank Group", "Banco Mundial — Escritório de Angola",
      "Escritório de Angola", "equipa do Banco Mundial"]
OPT = ["Assembleia Nacional", "Comissão de Economia e Finanças", "Instituto Nacional de Estatística",
       "União Interparlamentar", "Governo de Angola"]
write("m-luanda-parlamentares-pt",
  documentType="EventReadout", language="pt",
  consultation={"startDate": "2023-10-12", "endDate": "2023-10-12", "city": "Luanda", "country": "Angola",
                "stakeholderGroup": ["parliamentarians", "multi-stakeholder"]},
  meetings=[
    M(1, ["StrongEndorsement", "Endorsement"], [GMP, MAS, RMA, UAN, UNF],
      ["Maria Helena Kiala Tavares", "Joana Filomena Ngueve", "Adelino Manuel Kapinga", "Luzia Esperança Muondo",
       "Celeste Marisa Dombaxe", "Tomás Bento Manuel"],
      [["leadership"], ["gender-based-violence"], ["financing", "macroeconomic-policy"],
       ["economic-participation", "economic-assets"], ["rural-women"], ["gender-data"]],
      opt_orgs=WB + OPT,
      opt_themes=["enabling-services", "institutional-coordination", "care", "economic-assets", "human-capital"]),
  ],
  organisations=[
    O(GMP, "GMP", ["parliament", "coordination-group"]),
    O(MAS, "MASFAMU", ["government-ministry"]),
    O(RMA, None, ["civil-society", "coordination-group"]),
    O(UAN, None, ["academia"]),
    O(UNF, "UNFPA", ["un-entity"], ["United Nations Population Fund", "Fundo das Nações Unidas para a População (UNFPA)"]),
  ],
  organisations_optional=WB + OPT + ["UIP", "INE"],
  people=[
    P("Maria Helena Kiala Tavares", "Deputada", "Presidente", GMP),
    P("Joana Filomena Ngueve", "Deputada", "Membro da Comissão de Economia e Finanças", GMP),
    P("Adelino Manuel Kapinga", "Dr.", "Director Nacional para os Direitos da Mulher", MAS),
    P("Luzia Esperança Muondo", "Sra.", "Coordenadora", RMA),
    P("Celeste Marisa Dombaxe", "Prof.ª Dra.", "Docente de Sociologia", UAN),
    P("Tomás Bento Manuel", "Sr.", "Oficial de Programas", UNF),
  ],
  memberships={},
  key_messages=None,
  initiatives=[["Lei contra a Violência Doméstica"]],
  initiatives_optional=["Estratégia de Género 2024-2030", "Estratégia de Género 2024-2030 do Grupo Banco Mundial",
      "World Bank Group Gender Strategy 2024-2030", "Orçamento Geral do Estado", "recenseamento"],
)
