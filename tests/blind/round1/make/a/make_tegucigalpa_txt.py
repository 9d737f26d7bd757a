#!/usr/bin/env python3
"""Make docs/a-tegucigalpa-multiactor-es.txt: a mission summary in Spanish as "flattened portal text".

The whole record is ONE line, as a document portal's text extraction gives it: headings run into the
text, bullets come inline as "•" (level 1) and "o" (level 2), the participants' table of session 1 is
flattened cell by cell (header row first), and the "Public Disclosure Authorized" banner of the
disclosure stamp is repeated at the start and at each page break. Deterministic: same bytes each run.
    python3 make_tegucigalpa_txt.py [OUT]
"""
import sys
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "a-tegucigalpa-multiactor-es.txt"
BANNER = "Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized"

page1 = [
    "GRUPO BANCO MUNDIAL Consultas sobre la Estrategia de Género 2024-2030",
    "Honduras | Tegucigalpa, 9 al 11 de octubre de 2023",
    "Audiencia: gobierno, sociedad civil y socios para el desarrollo",
    "Informe de la misión de consulta",
    "Objetivo de la misión",
    "La misión buscó recoger la opinión de actores hondureños sobre el borrador de la Estrategia de Género "
    "2024-2030 del Grupo Banco Mundial, en un contexto marcado por altos niveles de violencia contra las mujeres, "
    "la migración y la reciente creación de la Secretaría de la Mujer. Se realizaron tres sesiones de trabajo en "
    "Tegucigalpa, organizadas por la oficina del Banco en Honduras.",
    "Mensajes principales",
    "• Hubo un amplio respaldo a los tres objetivos estratégicos, con un énfasis claro en la eliminación de la "
    "violencia de género como condición previa para todo lo demás.",
    "• Las instituciones y las organizaciones coincidieron en que la falta de servicios de cuidado limita la "
    "inserción laboral de las mujeres, en particular en el área rural.",
    "• Las organizaciones de la sociedad civil pidieron que la estrategia reconozca los riesgos que enfrentan las "
    "defensoras de derechos humanos y las mujeres garífunas.",
    "Sesiones",
    "Sesión 1 — Instituciones de gobierno (lunes 9 de octubre)",
    "Nombre Cargo Institución",
    "Sra. Lesly Marisol Cáceres Zúniga Subsecretaria de Estado Secretaría de Estado en el Despacho de la Mujer (SEMUJER)",
    "Sr. Óscar Danilo Paz Reyes Director de Programas Sociales Secretaría de Desarrollo Social (SEDESOL)",
    "Sra. Karla Yamileth Flores Mejía Directora de Políticas Sociales Secretaría de Planificación Estratégica (SPE)",
    "• Las autoridades expresaron un respaldo pleno a la propuesta de estrategia y ofrecieron a Honduras como país "
    "piloto para su implementación.",
    "• Se conversó sobre la prevención de femicidios, la articulación entre instituciones del Estado, el sistema "
    "de cuidados y la autonomía económica de las mujeres rurales.",
    "o SEMUJER presentó los avances del programa Ciudad Mujer y de la Ley de Casas Refugio, aprobada este año.",
    "o SEDESOL pidió apoyo para incorporar un enfoque de género en los registros de beneficiarios de sus "
    "transferencias.",
]
page2 = [
    "Sesión 2 — Conversatorio con organizaciones de mujeres y defensoras (martes 10 de octubre, sede del CEM-H)",
    "Organizaciones participantes:",
    "o Centro de Derechos de Mujeres (CDM)",
    "o Centro de Estudios de la Mujer-Honduras (CEM-H)",
    "o Movimiento de Mujeres por la Paz “Visitación Padilla”",
    "o Red Nacional de Defensoras de Derechos Humanos en Honduras",
    "o Organización Fraternal Negra Hondureña (OFRANEH), representada por la Sra. Miriam Edith Castillo "
    "Bernárdez, Coordinadora de Mujeres",
    "Las organizaciones valoraron la apertura del Banco, pero se mostraron escépticas sobre la capacidad de la "
    "estrategia para cambiar la situación en el terreno mientras persista la impunidad. El CDM recordó que la "
    "mayoría de los femicidios no llegan a juicio. La Red Nacional de Defensoras describió amenazas y "
    "criminalización contra lideresas comunitarias y ambientales, y pidió que el Banco exija mecanismos de "
    "protección en los proyectos que financia. OFRANEH expuso la situación de las mujeres garífunas, cuyas "
    "comunidades pierden acceso a sus tierras costeras. El CEM-H celebró la reciente autorización de la píldora "
    "anticonceptiva de emergencia y pidió que se garantice su distribución en los centros de salud públicos. Varias "
    "participantes señalaron que la violencia es una de las causas principales de la migración forzada de mujeres "
    "jóvenes.",
    "Sesión 3 — Socios para el desarrollo (miércoles 11 de octubre)",
    "Asistieron representantes de ONU Mujeres; el Programa de las Naciones Unidas para el Desarrollo (PNUD); la "
    "Agencia Española de Cooperación Internacional para el Desarrollo (AECID); la Delegación de la Unión Europea "
    "en Honduras; la Embajada de Canadá en Honduras; y el Banco Interamericano de Desarrollo (BID).",
    "• Los socios respaldaron la estrategia y propusieron coordinar mejor su apoyo a la Secretaría de la Mujer.",
    "• Temas:",
    "o financiamiento para organizaciones de mujeres",
    "o estadísticas de género",
    "o coordinación entre donantes",
    "o migración y retorno de mujeres",
    "• El PNUD citó un informe reciente de la CEPAL sobre el costo de la violencia contra las mujeres en "
    "Centroamérica.",
    "Próximos pasos",
    "• Compartir el resumen de la misión con las personas participantes. • Programar una sesión técnica con "
    "SEMUJER y la SPE sobre datos administrativos.",
]

text = " ".join([BANNER, *page1, "1", BANNER, *page2, "2"])
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(text + "\n", encoding="utf-8")
print(f"wrote {OUT}: {len(text)} characters on one line")
