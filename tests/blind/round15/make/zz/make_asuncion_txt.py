#!/usr/bin/env python3
"""Make docs/zz-asuncion-mision-es.txt: a Spanish aide-memoire as flattened portal text (one line).

The whole record is one line: the disclosure banner repeated, the participant table of
meeting 1 flattened (header cells then rows), bullets inline as "•" and sub-bullets as "o",
a page footer and a second banner in the middle of the text.
"""
import sys
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zz-asuncion-mision-es.txt"
BANNER = "Public Disclosure Authorized " * 4

parts = [
    BANNER,
    "GRUPO BANCO MUNDIAL | ESTRATEGIA DE GÉNERO 2024-2030 Consultas con la sociedad civil en el Paraguay AYUDA MEMORIA "
    "Asunción, 13 al 15 de septiembre de 2023",
    "Resumen Entre el 13 y el 15 de septiembre de 2023, un equipo del Grupo Banco Mundial mantuvo tres encuentros en "
    "Asunción con organizaciones de la sociedad civil paraguaya para conocer su opinión sobre el borrador de la "
    "Estrategia de Género 2024-2030. Las organizaciones agradecieron la invitación y pidieron que el diálogo continúe "
    "durante la ejecución de la estrategia. Los aportes se resumen a continuación por encuentro; no constituyen una "
    "posición del Banco.",
    "Encuentro 1 – Mujeres rurales e indígenas (13 de septiembre, sede de CONAMURI)",
    "Asistentes Nombre Organización Cargo "
    "Ramona Benítez Ayala Coordinadora Nacional de Organizaciones de Mujeres Trabajadoras Rurales e Indígenas (CONAMURI) Secretaria general "
    "Celsa Ortiz Duarte Federación Nacional Campesina (FNC) Responsable de la Secretaría de la Mujer "
    "Mirna Villalba Giménez Tierraviva a los Pueblos Indígenas del Chaco Coordinadora de programas",
    "Lo conversado",
    "• Las participantes valoraron que el borrador mencione a las mujeres rurales, pero advirtieron que ignora los "
    "conflictos por la tierra y el avance de los monocultivos, que a su juicio son la principal amenaza para las "
    "comunidades campesinas e indígenas.",
    "• Se abordaron el acceso a la tierra de las mujeres campesinas, la situación de las mujeres indígenas del Chaco, "
    "el embarazo adolescente y la violencia contra las defensoras ambientales.",
    "• CONAMURI recordó que pocas mujeres figuran como titulares en los lotes de la reforma agraria, lo que les "
    "impide acceder al crédito. o La FNC pidió que los programas de apoyo productivo lleguen a los comités de "
    "mujeres y no sólo a los jefes de hogar. o Tierraviva describió las dificultades de las mujeres indígenas para "
    "obtener documentos de identidad y, con ellos, acceso a Tekoporã y a otros programas sociales.",
    "• Las participantes señalaron que la Ley N.º 5777/16 de protección integral a las mujeres contra toda forma de "
    "violencia casi no se aplica en las zonas rurales.",
    "Página 1 de 2 " + BANNER.strip(),
    "Encuentro 2 – Organizaciones feministas y de derechos humanos (14 de septiembre, oficina del Banco en Asunción)",
    "Participaron: Centro de Documentación y Estudios (CDE); Coordinadora de Derechos Humanos del Paraguay "
    "(CODEHUPY); Base Investigaciones Sociales (BASE-IS); Aireana, Grupo por los Derechos de las Lesbianas.",
    "• Las organizaciones expresaron una profunda preocupación por el enfoque del borrador, que a su juicio justifica "
    "la igualdad de género por su rentabilidad económica antes que como un derecho. o CODEHUPY alertó sobre las "
    "iniciativas legislativas que buscan restringir el financiamiento externo de las organizaciones no "
    "gubernamentales y pidió al Banco que defienda el espacio de la sociedad civil en su diálogo con el Estado. "
    "o Aireana señaló que las mujeres lesbianas, bisexuales y trans no aparecen en el borrador y que sufren "
    "discriminación en el empleo y en los servicios de salud. o El CDE presentó datos sobre el trabajo doméstico "
    "remunerado y no remunerado y pidió que el Banco apoye la Política Nacional de Cuidados que se discute en el país, "
    "citando un informe reciente de la CEPAL sobre la carga de cuidados en los hogares paraguayos.",
    "Encuentro 3 – Jóvenes (15 de septiembre, Asunción)",
    "La conversación se realizó con jóvenes voluntarias y voluntarios de Techo Paraguay, Global Infancia y la "
    "Fundación Paraguaya, entre ellos Lucía Cáceres Rolón (oficial de incidencia, Global Infancia) y Diego Martínez "
    "Ferreira (coordinador de la Escuela Agrícola, Fundación Paraguaya).",
    "• Los jóvenes respaldaron la estrategia y se ofrecieron a difundirla en sus redes.",
    "• Se habló de la educación técnica para mujeres jóvenes, del primer empleo, de la conectividad en el interior del "
    "país y de la prevención del embarazo adolescente.",
    "• La Fundación Paraguaya propuso que el Banco evalúe junto con ella los resultados de sus escuelas autosostenibles "
    "en la inserción laboral de las egresadas.",
    "Próximos pasos • El equipo compartirá esta ayuda memoria con las organizaciones participantes. • Se propondrá una "
    "segunda ronda de diálogo cuando se publique la versión final de la estrategia. Página 2 de 2",
]
text = " ".join(p.strip() for p in parts)
assert "\n" not in text
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(text + "\n", encoding="utf-8")
print(f"wrote {OUT}: {len(text)} chars")
