#!/usr/bin/env python3
"""Make docs/r3g-argentina-es.docx: a Spanish mission summary (private sector, Buenos Aires) as a Word file.

    OUT/.venv-make/bin/python make/make_argentina_docx.py

Layout: bold title lines (no Title style), an info table with no header row, key messages as
Word "List Number" paragraphs, meetings headed by venue (Heading 2), meeting 1 participants as
a nested Word list (organisation, then its people at level 2), meeting 2 participants as a table
(Entidad | Persona | Función), meeting 3 participants given in prose. Reproducible bytes.
"""
import io
import sys
import zipfile
import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "r3g-argentina-es.docx"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)


def p(text="", style=None, bold=False, italic=False):
    para = doc.add_paragraph(style=style)
    r = para.add_run(text)
    r.bold, r.italic = bold, italic
    return para


def mixed(parts, style=None):
    para = doc.add_paragraph(style=style)
    for text, b in parts:
        para.add_run(text).bold = b
    return para


p("Grupo Banco Mundial", bold=True)
p("Consulta sobre la Estrategia de Género 2024-2030", bold=True)
p("Resumen de la misión con el sector privado", bold=True)

info = [("Lugar", "Ciudad Autónoma de Buenos Aires, Argentina"),
        ("Fechas", "9 y 10 de octubre de 2023"),
        ("Público", "Sector privado: cámaras empresariales, bancos y empresas"),
        ("Equipo", "Oficina del Grupo Banco Mundial en Argentina, con la participación de IFC")]
t = doc.add_table(rows=len(info), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(info):
    t.cell(i, 0).text = ""
    t.cell(i, 0).paragraphs[0].add_run(k).bold = True
    t.cell(i, 1).text = v

doc.add_heading("Contexto", level=1)
p("Durante dos días, el equipo del Grupo Banco Mundial escuchó a representantes del empresariado argentino sobre el "
  "borrador de la Estrategia de Género 2024-2030. La misión se realizó en plena campaña electoral y con una inflación "
  "interanual superior al 130 %, lo que marcó buena parte de las conversaciones. Se celebraron tres encuentros, que se "
  "resumen a continuación por lugar de reunión.")

doc.add_heading("Mensajes principales", level=1)
mixed([("El sector privado ", False), ("comparte el objetivo de ampliar las oportunidades económicas de las mujeres", True),
       (" y pidió que la Estrategia incluya metas concretas de empleo femenino en la industria.", False)], "List Number")
mixed([("La ", False), ("falta de servicios de cuidado", True),
       (" fue señalada en todas las reuniones como la principal barrera para contratar y retener a mujeres.", False)], "List Number")
mixed([("Las empresas valoran la experiencia de la ", False), ("Iniciativa de Paridad de Género (IPG) Argentina", True),
       (" y proponen que el Grupo Banco Mundial se apoye en ella en lugar de crear un espacio nuevo.", False)], "List Number")
mixed([("Los bancos pidieron ", False), ("datos desagregados por sexo", True),
       (" sobre el crédito a pymes para diseñar productos dirigidos a mujeres empresarias.", False)], "List Number")

doc.add_heading("Reuniones", level=1)

# Meeting 1: nested list
doc.add_heading("En la sede de la Unión Industrial Argentina (UIA), avenida de Mayo", level=2)
p("Asistentes", bold=True)
p("Unión Industrial Argentina (UIA)", "List Bullet")
p("Lic. Carolina Ferraro Quiroga, Coordinadora de Políticas de Género", "List Bullet 2")
p("Ing. Martín Echeverría Salas, Director Ejecutivo Adjunto", "List Bullet 2")
p("Cámara de la Industria Química y Petroquímica (CIQyP)", "List Bullet")
p("Dra. Lucía Benítez Arrieta, Gerenta de Relaciones Institucionales", "List Bullet 2")
p("Lo conversado", bold=True)
p("Las cámaras industriales respaldaron la Estrategia y se ofrecieron a difundirla entre sus socios. Los temas "
  "centrales fueron la escasa presencia de mujeres en la industria manufacturera, la falta de espacios de cuidado en "
  "los parques industriales y la formación técnica de las jóvenes en carreras STEM. La CIQyP explicó que en el sector "
  "químico apenas una de cada cinco personas empleadas es mujer y que las vacantes técnicas quedan sin cubrir por falta "
  "de egresadas de escuelas técnicas.")

# Meeting 2: table with an unusual column order
doc.add_heading("Almuerzo de trabajo en la Cámara Argentina de Comercio y Servicios", level=2)
rows = [("Entidad", "Persona", "Función"),
        ("Cámara Argentina de Comercio y Servicios (CAC)", "Sra. Mariana Oyarzún Pell", "Secretaria del Consejo Directivo"),
        ("Voces Vitales Argentina", "Sra. Verónica Llamas Etchart", "Directora Ejecutiva"),
        ("Asociación Empresaria Argentina (AEA)", "Sr. Tomás Goñi Ledesma", "Asesor Económico")]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for r, vals in enumerate(rows):
    for c, v in enumerate(vals):
        t.cell(r, c).text = ""
        t.cell(r, c).paragraphs[0].add_run(v).bold = r == 0
p("")
p("Las opiniones estuvieron divididas. Voces Vitales Argentina celebró que la Estrategia incluya el liderazgo de las "
  "mujeres como objetivo propio y presentó datos sobre la baja proporción de mujeres en directorios de empresas "
  "cotizantes. La AEA, en cambio, advirtió que nuevas exigencias laborales encarecerían la contratación formal en un "
  "contexto de alta inflación y pidió que el Banco no promueva cupos obligatorios. La CAC recordó que una gran parte de "
  "las trabajadoras del comercio y de las trabajadoras domésticas siguen en la informalidad, y mencionó el programa "
  "Registradas como un ejemplo de incentivo a la formalización que debería evaluarse. Se citó también un estudio del "
  "INDEC sobre el uso del tiempo.")

# Meeting 3: participants in prose
doc.add_heading("Videoconferencia con el sector financiero", level=2)
p("En la tarde del 10 de octubre, el equipo mantuvo una videoconferencia con representantes del Banco de la Nación "
  "Argentina, del Banco de Galicia y Buenos Aires y de Mercado Pago, entre ellos el Sr. Federico Arrúa Maidana, Gerente "
  "de Banca Pyme del Banco de la Nación Argentina, y la Sra. Daniela Kessler Ibarra, Líder de Inclusión Financiera de "
  "Mercado Pago. Las tres entidades apoyaron el énfasis de la Estrategia en el acceso de las mujeres al crédito y a los "
  "servicios financieros. Mercado Pago describió cómo los pagos digitales y las billeteras virtuales han abierto una "
  "puerta al crédito a miles de emprendedoras sin historial bancario, aunque la brecha de conectividad en el norte del "
  "país sigue siendo grande. Los bancos reconocieron que no publican su cartera pyme desagregada por sexo y pidieron "
  "apoyo técnico para hacerlo.")

p("Próximos pasos", bold=True)
p("El equipo compartirá este resumen con los participantes y los invitará a la presentación regional prevista en "
  "Montevideo.", italic=True)

when = datetime.datetime(2023, 10, 16, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "r3g"
cp.title = "Resumen de misión - Argentina"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 10, 16, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
