#!/usr/bin/env python3
"""Make docs/f-carta-montevideo-es.docx: a written input as a Spanish letter, a real Word file.

Layout: a letterhead line, place and date right-aligned, an addressee block (with a Washington
address: not the place of the input), a "Ref.:" line, a salutation, five comments numbered with
Roman numerals typed in the text (bold lead-in), a closing, and the three signatories side by
side in a borderless table (one column per signatory: name, position, organisation). Reproducible.
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "docs" / "f-carta-montevideo-es.docx"
doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10.5)


def p(text="", bold=False, align=None, italic=False):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold, r.italic = bold, italic
    if align:
        para.alignment = align
    return para


def lead(label, text):
    para = doc.add_paragraph()
    para.add_run(label).bold = True
    para.add_run(" " + text)
    return para


p("REPEM  ·  Articulación Feminista Marcosur  ·  Cotidiano Mujer", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
p("Montevideo, 24 de noviembre de 2023", align=WD_ALIGN_PARAGRAPH.RIGHT)
addr = doc.add_paragraph()
for i, line in enumerate(["Señoras y señores", "Equipo de la Estrategia de Género", "Grupo Banco Mundial",
                          "1818 H Street NW", "Washington, D.C. 20433", "Estados Unidos de América"]):
    run = addr.add_run(line)
    if i < 5:
        run.add_break()
p("Ref.: Aportes de organizaciones feministas del Cono Sur al borrador de la Estrategia de Género 2024-2030",
  bold=True)
p("De nuestra mayor consideración:")
p("La Red de Educación Popular entre Mujeres de América Latina y el Caribe (REPEM), la Articulación Feminista "
  "Marcosur (AFM) y Cotidiano Mujer, organizaciones con sede en Montevideo y con larga trayectoria en la región, "
  "nos dirigimos a ustedes para hacer llegar nuestros aportes al borrador de la Estrategia de Género 2024-2030 del "
  "Grupo Banco Mundial. Valoramos que se haya abierto esta consulta, pero debemos expresar nuestra honda "
  "preocupación por varios aspectos del borrador que, a nuestro juicio, debilitan su alcance y pueden reproducir "
  "las desigualdades que pretende combatir.")
lead("I. La igualdad como derecho, no como inversión.",
     "El borrador justifica la igualdad de género sobre todo por su rentabilidad económica. Para nosotras la igualdad "
     "es un derecho humano, reconocido en compromisos que los Estados de la región han asumido, desde la Estrategia de "
     "Montevideo hasta el Compromiso de Buenos Aires. Pedimos que la Estrategia adopte además una mirada "
     "interseccional que nombre a las mujeres afrodescendientes, indígenas, rurales, con discapacidad y trans, cuyas "
     "desigualdades no se explican solo por el género.")
lead("II. Los cuidados como pilar de la protección social.",
     "Los cuidados no pueden seguir tratándose como un obstáculo individual al empleo femenino. La experiencia del "
     "Sistema Nacional Integrado de Cuidados (SNIC) del Uruguay muestra que un sistema público, universal y con "
     "financiamiento estable redistribuye el trabajo de cuidados entre el Estado, el mercado, las comunidades y las "
     "familias, y entre varones y mujeres. Solicitamos que el Banco apoye sistemas de este tipo y no soluciones de "
     "mercado que solo están al alcance de quienes pueden pagarlas.")
lead("III. Deuda, austeridad y justicia fiscal.",
     "La Estrategia guarda silencio sobre los efectos de la política fiscal y del endeudamiento en la vida de las "
     "mujeres. Los programas de ajuste recortan precisamente los servicios públicos que ellas sostienen con su trabajo "
     "no remunerado. Proponemos que toda operación de apoyo presupuestario incluya una evaluación de impacto de "
     "género, y que el Banco promueva sistemas tributarios progresivos.")
lead("IV. Recursos para las organizaciones feministas.",
     "Las organizaciones de mujeres y feministas de la región sobreviven con fondos escasos, de corto plazo y atados a "
     "proyectos. Pedimos que una parte de los recursos de la Estrategia se canalice como financiamiento directo, "
     "flexible y plurianual a estas organizaciones, en particular a las de base.")
lead("V. Participación significativa y rendición de cuentas.",
     "La sociedad civil debe participar no solo en la consulta sino en el seguimiento de la Estrategia. Sugerimos "
     "mecanismos regionales de diálogo periódico y la publicación de un informe que explique cómo se tuvieron en cuenta "
     "los aportes recibidos.")
p("Quedamos a disposición para ampliar estos comentarios y les saludamos con la mayor atención.")
p("")
sig = [
    ("Lucía Inés Bentancor Ferreira", "Coordinadora General",
     "Red de Educación Popular entre Mujeres de América Latina y el Caribe (REPEM)"),
    ("Mariana Sosa Arrieta", "Integrante del Comité de Coordinación", "Articulación Feminista Marcosur"),
    ("Graciela Pereyra Dutra", "Directora", "Cotidiano Mujer"),
]
table = doc.add_table(rows=1, cols=3)
for c, (name, title, org) in enumerate(sig):
    cell = table.cell(0, c)
    para = cell.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run("____________________").add_break()
    r = para.add_run(name)
    r.bold = True
    r.add_break()
    para.add_run(title).add_break()
    para.add_run(org)

when = datetime.datetime(2023, 11, 24, 12, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "REPEM"
cp.title = "Aportes a la Estrategia de Género 2024-2030"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 24, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print("wrote", OUT)
