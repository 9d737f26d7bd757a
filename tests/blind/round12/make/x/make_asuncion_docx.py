#!/usr/bin/env python3
"""Make docs/x-asuncion-carta-es.docx: a joint letter (written input) from three Paraguayan
organisations, as a Word file.

Layout: a letterhead line naming the three organisations; place and date right-aligned;
an addressee block of short lines; a bold "Ref.:" line; the salutation "De nuestra mayor
consideración:"; comments Roman-numbered (I. to VII.) as typed text, each opening with a
bold run-in title; a closing formula; the three signatories side by side in a borderless
table (name, position, organisation stacked in each cell); a "C.c." line naming a ministry
that is only copied. No heading styles at all. People are fictional; organisations are real.
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_save import save_fixed  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "x-asuncion-carta-es.docx"
doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11.5)


def p(text="", bold=False, align=None, after=None, size=None, italic=False):
    par = doc.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        par.alignment = align
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    return par


def runin(numeral, title, text):
    par = doc.add_paragraph()
    par.paragraph_format.left_indent = Pt(18)
    par.paragraph_format.first_line_indent = Pt(-18)
    par.add_run(f"{numeral}\t")
    par.add_run(title + " ").bold = True
    par.add_run(text)
    par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return par


p("Coordinación de Mujeres del Paraguay  ·  Centro de Documentación y Estudios  ·  CONAMURI",
  bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
p()
p("Asunción, 24 de noviembre de 2023", align=WD_ALIGN_PARAGRAPH.RIGHT)
p()
for line in ["Señoras y señores", "Equipo de la Estrategia de Género", "Grupo Banco Mundial",
             "1818 H Street NW", "Washington, D.C. 20433", "Estados Unidos de América"]:
    p(line, after=0)
p()
p("Ref.: Aportes de organizaciones paraguayas al borrador de la Estrategia de Género 2024-2030", bold=True)
p()
p("De nuestra mayor consideración:")
p("Las organizaciones firmantes —la Coordinación de Mujeres del Paraguay (CMP), el Centro de Documentación y "
  "Estudios (CDE) y la Coordinadora Nacional de Organizaciones de Mujeres Trabajadoras Rurales e Indígenas "
  "(CONAMURI)— nos dirigimos a ustedes para hacer llegar nuestros aportes al borrador de la Estrategia de Género "
  "2024-2030 del Grupo Banco Mundial, que conocimos a través de la consulta en línea.",
  align=WD_ALIGN_PARAGRAPH.JUSTIFY)
p("Valoramos que el Banco haya abierto este proceso y compartimos varios de los objetivos del borrador. Sin "
  "embargo, nos preocupa que el texto siga presentando la igualdad de género sobre todo como un medio para el "
  "crecimiento, y que ignore las condiciones de un país donde la tierra está muy concentrada y el Estado recauda "
  "poco. Exponemos a continuación nuestras observaciones:", align=WD_ALIGN_PARAGRAPH.JUSTIFY)

runin("I.", "Derechos antes que rentabilidad.",
      "La igualdad entre mujeres y hombres es una obligación de derechos humanos asumida por el Estado paraguayo, y "
      "no debería justificarse por su retorno económico. Pedimos que la estrategia lo diga de forma explícita.")
runin("II.", "Mujeres campesinas e indígenas.",
      "En el campo paraguayo las mujeres producen buena parte de los alimentos, pero pocas tienen títulos a su "
      "nombre. Las mujeres indígenas sufren además desalojos de sus territorios. La estrategia debería apoyar la "
      "titulación a nombre de las mujeres y el crédito para la agricultura familiar campesina.")
runin("III.", "Trabajo doméstico remunerado y cuidados.",
      "La Ley N° 5407/15 del Trabajo Doméstico reconoció derechos a miles de trabajadoras, pero la mayoría sigue sin "
      "seguro social. El trabajo de cuidados no remunerado recae casi por completo en las mujeres, y el país no "
      "cuenta con una red pública de servicios de cuidado.")
runin("IV.", "Violencia.",
      "Celebramos la Ley N° 5777/16 de Protección Integral a las Mujeres contra Toda Forma de Violencia, pero su "
      "aplicación carece de recursos. Nos alarma en especial el embarazo infantil: cada año cientos de niñas menores "
      "de 14 años son madres, casi siempre como consecuencia de abusos sexuales.")
runin("V.", "Política fiscal.",
      "Paraguay tiene una de las presiones tributarias más bajas de la región y depende de impuestos al consumo que "
      "pesan más sobre los hogares pobres encabezados por mujeres. Pedimos que el Banco analice el impacto de género "
      "de sus recomendaciones fiscales.")
runin("VI.", "Datos.",
      "La única Encuesta de Uso del Tiempo del país data de 2016. Sin datos actualizados y desagregados por sexo, "
      "área y pueblo indígena no será posible medir los resultados de la estrategia.")
runin("VII.", "Participación.",
      "Solicitamos que el Banco establezca un espacio permanente de diálogo con las organizaciones de mujeres del "
      "Paraguay para el seguimiento de la estrategia y de programas como Tekoporã, cuyas participantes son en su gran "
      "mayoría mujeres.")

p("Sin otro particular, hacemos propicia la ocasión para saludarles con nuestra más distinguida consideración.",
  align=WD_ALIGN_PARAGRAPH.JUSTIFY)
p()
p()

signers = [
    ("María Graciela Benítez Ayala", "Coordinadora General", "Coordinación de Mujeres del Paraguay (CMP)"),
    ("Dra. Carmen Rosa Villalba Ortiz", "Directora", "Centro de Documentación y Estudios (CDE)"),
    ("Perla Esther Cáceres Gaona", "Secretaria de Relaciones",
     "Coordinadora Nacional de Organizaciones de Mujeres Trabajadoras Rurales e Indígenas (CONAMURI)"),
]
t = doc.add_table(rows=1, cols=3)  # default style "Normal Table": no borders
for c, (name, role, org) in enumerate(signers):
    cell = t.cell(0, c)
    cell.text = ""
    first = cell.paragraphs[0]
    first.add_run("………………………………")
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text, bold in [(name, True), (role, False), (org, False)]:
        par = cell.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par.add_run(text).bold = bold
p()
p("C.c.: Ministerio de la Mujer de la República del Paraguay", size=9.5, italic=True)

save_fixed(doc, OUT, datetime.datetime(2023, 11, 24, 15, 30, 0), "Aportes a la Estrategia de Género 2024-2030")
print(f"wrote {OUT}")
