#!/usr/bin/env python3
"""Make docs/s-tegucigalpa-es.docx: a Spanish mission summary whose meetings are grouped by
stakeholder type ("A. Gobierno", "B. Sociedad civil", "C. Cooperación internacional").

Layout: bold title lines (no Title style), a two-column "ficha" table without header, Heading 1
sections, Heading 2 per stakeholder type; under each, a one-line note on when/where the joint
meeting took place, then "Instituciones y personas" as a nested Word list (organisation in
"List Bullet", its people in "List Bullet 2"), then "Aportes" as prose paragraphs.
Reproducible: fixed core properties and zip timestamps.

    OUT/.venv-make/bin/python make/make_tegucigalpa_docx.py
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "docs" / "s-tegucigalpa-es.docx"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)


def bold_line(text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def para(text, style=None, italic_lead=None):
    p = doc.add_paragraph(style=style)
    if italic_lead:
        p.add_run(italic_lead).italic = True
    p.add_run(text)
    return p


def org_people(entries):
    for org, people in entries:
        doc.add_paragraph(org, style="List Bullet")
        for person in people:
            doc.add_paragraph(person, style="List Bullet 2")


bold_line("HONDURAS — MISIÓN DE CONSULTA", 14)
bold_line("Estrategia de Género 2024-2030 del Grupo Banco Mundial", 12)
doc.add_paragraph("Resumen de la misión")

ficha = [("Fechas", "20 al 22 de septiembre de 2023"),
         ("Ciudad", "Tegucigalpa, M.D.C., Honduras"),
         ("Actores consultados", "Gobierno, sociedad civil y cooperación internacional (múltiples partes interesadas)"),
         ("Elaborado por", "Oficina del Grupo Banco Mundial en Honduras")]
t = doc.add_table(rows=len(ficha), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(ficha):
    t.cell(i, 0).text = ""
    t.cell(i, 0).paragraphs[0].add_run(k).bold = True
    t.cell(i, 1).text = v

doc.add_heading("1. Antecedentes", level=1)
para("El Grupo Banco Mundial somete a consulta pública el borrador de su Estrategia de Género 2024-2030. En Honduras, "
     "la oficina de país organizó tres reuniones, una con cada tipo de actor, para recoger opiniones sobre los objetivos "
     "propuestos y sobre las prioridades nacionales. Las reuniones se resumen a continuación por tipo de actor; en cada "
     "caso se indican las instituciones presentes y, debajo de cada una, las personas que la representaron.")

doc.add_heading("2. Interlocutores y aportes, por tipo de actor", level=1)

# A. Gobierno
doc.add_heading("A. Gobierno", level=2)
para("Reunión conjunta en la sede de la Secretaría de la Mujer, miércoles 20 de septiembre.", italic_lead="Cuándo y dónde: ")
bold_line("Instituciones y personas")
org_people([
    ("Secretaría de Estado en el Despacho de la Mujer (SEMUJER)",
     ["Lic. Gabriela Alejandra Murillo Paz — Subsecretaria de Estado",
      "Abog. Dunia Marisol Reyes Fúnez — Directora de Prevención de la Violencia"]),
    ("Secretaría de Desarrollo Social (SEDESOL)",
     ["Ing. Óscar René Padilla Matute — Director de Programas de Protección Social"]),
])
bold_line("Aportes")
para("Las autoridades del Gobierno de Honduras expresaron un respaldo entusiasta a la estrategia y pidieron que el "
     "Grupo Banco Mundial la traduzca pronto en operaciones en el país. Los temas centrales fueron la prevención de la "
     "violencia contra las mujeres, la creación de un sistema nacional de cuidados, la inserción laboral de las mujeres "
     "jóvenes y la coordinación interinstitucional entre las secretarías de Estado.")
para("SEMUJER explicó que los centros Ciudad Mujer atienden cada año a miles de sobrevivientes, pero que su cobertura "
     "fuera de las ciudades principales es todavía limitada. SEDESOL propuso vincular a las participantes del programa "
     "Red Solidaria con servicios de cuidado infantil y con la formación para el empleo.")

# B. Sociedad civil
doc.add_heading("B. Sociedad civil", level=2)
para("Reunión en las oficinas del Centro de Derechos de Mujeres, jueves 21 de septiembre.", italic_lead="Cuándo y dónde: ")
bold_line("Instituciones y personas")
org_people([
    ("Centro de Derechos de Mujeres (CDM)",
     ["Sra. Lourdes Marina Canales Portillo — Coordinadora de Incidencia"]),
    ("Movimiento de Mujeres por la Paz \u201cVisitación Padilla\u201d",
     ["Sra. Iris Marleny Velásquez Aguilar — Integrante de la Junta Directiva"]),
    ("Red Nacional de Defensoras de Derechos Humanos en Honduras", []),
    ("Organización Fraternal Negra Hondureña (OFRANEH)",
     ["Sra. Mirna Dolores Castillo Bernárdez — Coordinadora de Mujeres Garífunas"]),
])
bold_line("Aportes")
para("Las organizaciones expresaron serias preocupaciones sobre el borrador y sobre la manera en que el Grupo Banco "
     "Mundial podría aplicarlo en Honduras. Recordaron que las defensoras de derechos humanos y de la tierra sufren "
     "amenazas, criminalización y asesinatos, y pidieron que ningún proyecto financiado por el Grupo avance sin "
     "garantías para ellas. Se citó un informe de la Oficina del Alto Comisionado de las Naciones Unidas para los "
     "Derechos Humanos sobre la situación de las defensoras en el país.")
para("OFRANEH señaló que las mujeres garífunas enfrentan a la vez racismo, despojo de sus territorios y violencia, y "
     "que el borrador no dice nada sobre los pueblos afrodescendientes e indígenas. Las participantes describieron "
     "también el desplazamiento forzado y la migración de mujeres y niñas que huyen de la violencia de las maras. Por "
     "último, pidieron que la consulta no sea un ejercicio único y que el espacio de participación de las "
     "organizaciones feministas se mantenga durante la aplicación de la estrategia.")

# C. Cooperación internacional
doc.add_heading("C. Cooperación internacional", level=2)
para("Desayuno de trabajo en la oficina del Grupo Banco Mundial, viernes 22 de septiembre.", italic_lead="Cuándo y dónde: ")
bold_line("Instituciones y personas")
org_people([
    ("Agencia Española de Cooperación Internacional para el Desarrollo (AECID)",
     ["Sra. Beatriz Olmedo Garrido — Responsable de Programas de Género"]),
    ("ONU Mujeres",
     ["Sra. Patricia Helena Sandoval Ríos — Coordinadora de Programas"]),
    ("Banco Interamericano de Desarrollo (BID)", []),
    ("Delegación de la Unión Europea en Honduras", []),
    ("Agencia de los Estados Unidos para el Desarrollo Internacional (USAID)",
     ["Sr. Daniel J. Whitaker — Oficial de Desarrollo Económico"]),
])
bold_line("Aportes")
para("Los socios respaldaron la estrategia y ofrecieron coordinar sus programas con el Grupo Banco Mundial. Se "
     "destacaron la inclusión financiera de las mujeres, la situación de las productoras del Corredor Seco, la escasez "
     "de estadísticas de género y la necesidad de coordinar el financiamiento de los donantes.")

doc.add_heading("3. Próximos pasos", level=1)
for s in ["Remitir este resumen al equipo de la estrategia y a las instituciones participantes.",
          "Explorar con SEMUJER y SEDESOL una nota técnica sobre servicios de cuidado.",
          "Mantener el contacto con las organizaciones de mujeres para la fase de aplicación."]:
    doc.add_paragraph(s, style="List Number")

when = datetime.datetime(2023, 9, 27, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Oficina de país Honduras"
cp.title = "Resumen de la misión de consulta - Honduras"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 9, 27, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
