from _g import *
EQ = "Equis Justicia para las Mujeres"
RN = "Red Nacional de Refugios"
OPTO = ["Grupo Banco Mundial", "Banco Mundial", "Banco", "World Bank Group", "World Bank", "Equipo Estrategia de Género GBM",
        "Consultas Estrategia de Género", "GBM", "Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública",
        "fiscalías estatales"]
write("m-equis-refugios-correo-es",
  documentType="WrittenInput", language="es",
  consultation={"startDate": ["2023-12-07", "2023-12-08"], "endDate": ["2023-12-07", "2023-12-08"],
                "city": ["Ciudad de México", "Mexico City"], "country": ["México", "Mexico"],
                "stakeholderGroup": ["civil-society"], "optional": ["city", "country"]},
  meetings=[
    M(1, ["Endorsement", "StrongEndorsement"], [EQ, RN],
      ["Valeria Ximena Cortés Aranda", "Guadalupe Itzel Ramírez Solís"],
      [["gender-based-violence"], ["institutional-coordination"], ["financing"],
       ["indigenous-women", "intersectionality"], ["gender-data"]],
      opt_orgs=OPTO,
      opt_themes=["rural-women", "enabling-services", "civil-society-engagement", "intersectionality"]),
  ],
  organisations=[
    O(EQ, None, ["civil-society"], ["Equis"]),
    O(RN, "RNR", ["civil-society", "coordination-group"], ["Red Nacional de Refugios, A.C.", "Red Nacional de Refugios A.C."]),
  ],
  organisations_optional=OPTO,
  people=[
    P("Valeria Ximena Cortés Aranda", None, "Coordinadora de Incidencia", EQ),
    P("Guadalupe Itzel Ramírez Solís", None, "Directora General", RN),
  ],
  memberships={},
  key_messages=None,
  initiatives=[["Ley General de Acceso de las Mujeres a una Vida Libre de Violencia"],
               ["Alerta de Violencia de Género contra las Mujeres", "mecanismo de Alerta de Violencia de Género contra las Mujeres"]],
  initiatives_optional=["Estrategia de Género 2024-2030", "Estrategia de Género 2024-2030 del Grupo Banco Mundial",
      "World Bank Group Gender Strategy 2024-2030"],
)
