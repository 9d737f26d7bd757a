#!/usr/bin/env python3
"""Make docs/zv-rosario-emprendedoras-es.txt: an event readout as flattened portal text (one line).

Bullets inline as "•" and "o", a two-column table flattened cell by cell, and the
"Public Disclosure Authorized" banner repeated where the portal's page breaks were.
"""
from pathlib import Path

B = "Public Disclosure Authorized"
parts = [
 B, B, B, B,
 "GRUPO BANCO MUNDIAL Estrategia de Género 2024-2030 | Consultas regionales — Argentina",
 "RESUMEN DEL EVENTO Conversatorio virtual: «Mujeres que emprenden en la región Centro»",
 "Fecha 21 de septiembre de 2023 Modalidad Virtual (Zoom), transmitido desde la Bolsa de Comercio de Rosario, Rosario, Santa Fe Duración 2 horas Inscriptas/os 164 Conectadas/os en vivo 118",
 "Objetivo del conversatorio",
 "Recoger la opinión de empresarias, entidades gremiales y del sistema financiero del sur de Santa Fe sobre el borrador de la Estrategia de Género 2024-2030 del Grupo Banco Mundial, en particular sobre su segundo objetivo (ampliar y facilitar las oportunidades económicas). El encuentro fue organizado junto con la Bolsa de Comercio de Rosario y la Federación Gremial del Comercio e Industria de Rosario.",
 "Panel",
 "• Valeria Ortiz Bertone — Economista Jefa, Bolsa de Comercio de Rosario",
 "• Lucía Fernández Gagliardi — Gerenta de Banca Pyme, Banco Municipal de Rosario",
 "• Carolina Maidana Ruiz — Presidenta de la Comisión de Mujeres Empresarias, Federación Gremial del Comercio e Industria de Rosario",
 "• Dra. Romina Zabala Echeverría — Investigadora, Facultad de Ciencias Económicas y Estadística, Universidad Nacional de Rosario",
 "Entre el público conectado hubo socias de la Asociación Empresaria de Rosario (AER) y de la Federación Industrial de Santa Fe (FISFE), además de emprendedoras de Venado Tuerto, Casilda y Villa Constitución.",
 B,
 "Lo que se dijo",
 "Los ejes del conversatorio fueron el acceso al crédito para empresas lideradas por mujeres, la corresponsabilidad en los cuidados y la brecha digital en el interior de la provincia.",
 "• Crédito y garantías",
 "o El Banco Municipal de Rosario explicó que las empresas de mujeres piden montos más chicos y devuelven igual o mejor, pero llegan con menos garantías porque los inmuebles y los vehículos suelen estar a nombre de la pareja.",
 "o Se mencionaron como referencias la Iniciativa de Financiamiento para Mujeres Emprendedoras (We-Fi) y el programa Banking on Women de la Corporación Financiera Internacional (IFC). Las panelistas pidieron que la estrategia diga cómo esos instrumentos llegarán a bancos públicos y cooperativos del interior.",
 "• Cuidados",
 "o La Federación Gremial señaló que muchas comerciantes no pueden ampliar horarios ni contratar personal porque cuidan a hijos o personas mayores, y que en los parques industriales no hay jardines maternales.",
 "• Brecha digital y datos",
 "o La investigadora de la Universidad Nacional de Rosario presentó datos de una encuesta propia: en localidades de menos de 10.000 habitantes, menos de la mitad de las emprendedoras vende por canales digitales, por falta de conectividad y de formación.",
 "o La Bolsa de Comercio de Rosario ofreció compartir su información sobre empleo femenino en la cadena agroindustrial y pidió que el Banco publique indicadores desagregados por sexo en sus proyectos con el sector privado.",
 B,
 "Valoración general",
 "Las participantes consideraron que el borrador «va en la dirección correcta» y celebraron que el sector privado aparezca como socio. También advirtieron que las metas de financiamiento no deberían medirse solo por el número de créditos, sino por su tamaño y sus condiciones.",
 "Preguntas del público (selección) Tema Cantidad de preguntas Crédito y garantías 14 Cuidados 9 Conectividad 6 Otras 5",
 "Próximos pasos",
 "• El equipo enviará el resumen a las entidades organizadoras. • La Bolsa de Comercio de Rosario y el Banco evaluarán un segundo encuentro presencial en 2024.",
 B,
]
text = " ".join(parts)
assert "\n" not in text
out = Path(__file__).resolve().parents[1] / "docs" / "zv-rosario-emprendedoras-es.txt"
out.write_text(text + "\n", encoding="utf-8")
print("wrote", out, len(text))
