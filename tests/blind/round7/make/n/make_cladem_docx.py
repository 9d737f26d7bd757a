#!/usr/bin/env python3
"""Make docs/n-redes-feministas-carta-es.docx: a written input in Spanish as a letter (real Word file).

    .venv-make/bin/python make/make_cladem_docx.py [OUT.docx]

Layout: a letterhead line, place and date right-aligned, an addressee block, a bold "Asunto" line,
a salutation, an introduction, comments numbered with Roman numerals (the numeral and title in bold
at the start of each paragraph, no Word list), a closing, and the signatories in a Word table with a
header row (Organización | Firma | Cargo | País). People's names are fictional; the organisations are
real. Reproducible bytes (fixed metadata and zip timestamps).
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common_docx import save_reproducible  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "n-redes-feministas-carta-es.docx"

doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text="", bold=False, align=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if align:
        p.alignment = align
    return p


def item(numeral, title, text):
    p = doc.add_paragraph()
    p.add_run(f"{numeral}. {title}. ").bold = True
    p.add_run(text)
    return p


para("CLADEM · Articulación Feminista Marcosur · RSMLAC · LATINDADD · Flora Tristán", italic=True,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Lima, 31 de octubre de 2023", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Señoras y señores\nEquipo de la Estrategia de Género\nGrupo Banco Mundial\n1818 H Street NW\n"
     "Washington, D.C. 20433\nEstados Unidos")
para("Asunto: Aportes a la consulta pública sobre el borrador de la Estrategia de Género 2024-2030", bold=True)
para("Estimadas y estimados:")
para("Las redes y organizaciones feministas de América Latina y el Caribe que suscribimos esta carta agradecemos "
     "la apertura de una consulta pública sobre el borrador de la Estrategia de Género 2024-2030 del Grupo Banco "
     "Mundial y reconocemos que el documento da más importancia que su antecesor a la violencia contra las mujeres. "
     "Sin embargo, nos preocupa que el borrador siga justificando la igualdad sobre todo por su rentabilidad y que "
     "no examine el efecto de las propias políticas que el Banco recomienda a nuestros países. Presentamos a "
     "continuación nuestras observaciones.")
item("I", "La igualdad es un derecho, no una inversión",
     "La estrategia debería partir de las obligaciones que los Estados asumieron en la Convención de Belém do Pará "
     "y en el Consenso de Montevideo sobre Población y Desarrollo, y no de la promesa de un mayor crecimiento. El "
     "argumento económico puede acompañar, pero no sustituir, al argumento de derechos.")
item("II", "Política fiscal y deuda",
     "Como ha documentado la CEPAL, la región destina una parte creciente de sus ingresos al servicio de la deuda, "
     "mientras recorta el gasto social. Pedimos que el Banco evalúe el impacto de género de sus recomendaciones "
     "sobre tributación, consolidación fiscal y deuda, y que promueva sistemas tributarios progresivos.")
item("III", "Sistemas integrales de cuidado",
     "Saludamos que el borrador mencione el cuidado, pero debe ir más allá de las guarderías para trabajadoras "
     "formales. Los países que firmaron el Compromiso de Buenos Aires se comprometieron a construir sistemas "
     "integrales de cuidado financiados con recursos públicos; el Banco debería apoyar ese camino.")
item("IV", "Salud y derechos sexuales y reproductivos",
     "La región tiene una de las tasas de embarazo adolescente más altas del mundo y la mortalidad materna "
     "volvió a subir durante la pandemia. La estrategia debe incluir la salud y los derechos sexuales y "
     "reproductivos como parte explícita del capital humano.")
item("V", "Mujeres indígenas, afrodescendientes y rurales",
     "Las desigualdades que viven las mujeres indígenas, afrodescendientes y campesinas no se resuelven con "
     "indicadores nacionales promedio. Recomendamos que todos los indicadores de la estrategia se desagreguen por "
     "etnia, zona de residencia y edad.")
item("VI", "Participación de los movimientos feministas",
     "La consulta no debe terminar con la aprobación del documento. Proponemos un mecanismo regional permanente, "
     "con participación de las redes feministas, para dar seguimiento a la implementación y recibir denuncias "
     "sobre proyectos que perjudiquen a las mujeres.")
para("Quedamos a disposición del equipo para ampliar estos comentarios en una reunión virtual.")
para("Atentamente,")

rows = [
    ("Organización", "Firma", "Cargo", "País"),
    ("Comité de América Latina y el Caribe para la Defensa de los Derechos de las Mujeres (CLADEM)",
     "Rosa Elvira Paredes Huamán", "Coordinadora Regional", "Perú"),
    ("Articulación Feminista Marcosur (AFM)", "Lucía Inés Ferreyra Sosa", "Integrante del Comité Coordinador",
     "Uruguay"),
    ("Red de Salud de las Mujeres Latinoamericanas y del Caribe (RSMLAC)", "Daniela Marín Quesada",
     "Coordinadora General", "Chile"),
    ("Red Latinoamericana y Caribeña por Justicia Económica, Social y Climática (LATINDADD)",
     "Jorge Luis Villacorta Ríos", "Coordinador Ejecutivo", "Perú"),
    ("Centro de la Mujer Peruana Flora Tristán", "Carmen Rosa Quispe Salas", "Directora", "Perú"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for r, values in enumerate(rows):
    for c, v in enumerate(values):
        cell = t.cell(r, c)
        cell.text = ""
        cell.paragraphs[0].add_run(v).bold = r == 0

save_reproducible(doc, OUT, datetime.datetime(2023, 10, 31, 16, 0, 0),
                  "Aportes a la consulta sobre la Estrategia de Género 2024-2030")
print(f"wrote {OUT}")
