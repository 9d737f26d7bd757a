#!/usr/bin/env python3
"""Make docs/e-guatemala-ayuda-memoria-es.docx: a mission summary ("ayuda memoria") in Spanish.

A key-value table (no header) carries the mission data; meetings are Heading 2 titles naming the
venue and the day; the first meeting's participants are a table with columns Institución | Nombre |
Cargo, the second's are bullets written "cargo, nombre", the third's a sentence listing deputies;
the fourth meeting is a prose paragraph under a bold line, followed by a postponed meeting.
People are fictional; the institutions are real.
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_common import save_fixed

OUT = Path(__file__).resolve().parents[1] / "docs" / "e-guatemala-ayuda-memoria-es.docx"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text, style=None, bold=False):
    p = doc.add_paragraph(style=style)
    p.add_run(text).bold = bold
    return p


doc.add_heading("AYUDA MEMORIA", level=0)
para("Consultas sobre la Estrategia de Género 2024-2030 del Grupo Banco Mundial")

kv = [("Misión", "Consulta con instituciones del Estado"),
      ("Fechas", "12 al 14 de septiembre de 2023"),
      ("Lugar", "Ciudad de Guatemala, Guatemala"),
      ("Público", "Gobierno y Congreso de la República"),
      ("Preparado por", "Equipo de país, Grupo Banco Mundial")]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in kv:
    row = t.add_row().cells
    row[0].paragraphs[0].add_run(k).bold = True
    row[1].text = v

doc.add_heading("Antecedentes", level=1)
para("El equipo del Grupo Banco Mundial visitó la Ciudad de Guatemala para presentar el borrador de la "
     "Estrategia de Género 2024-2030 a las autoridades nacionales y recoger sus observaciones. Se sostuvieron "
     "cuatro reuniones en tres días. Esta ayuda memoria resume los intercambios en el orden en que ocurrieron.")

doc.add_heading("Desarrollo de las reuniones", level=1)

# 1 -------------------------------------------------------------------------
doc.add_heading("Sede de la SEPREM, zona 1 — martes 12 de septiembre", level=2)
para("Asistentes", bold=True)
rows = [("Institución", "Nombre", "Cargo"),
        ("Secretaría Presidencial de la Mujer (SEPREM)", "Licda. Ana Lucía Xoyón Batz", "Secretaria Presidencial de la Mujer"),
        ("Secretaría Presidencial de la Mujer (SEPREM)", "Lic. Marco Antonio Quiñónez Girón", "Director de Políticas Públicas"),
        ("Defensoría de la Mujer Indígena (DEMI)", "Licda. Rosa Elvira Cux Tzoc", "Defensora")]
t = doc.add_table(rows=0, cols=3)
t.style = "Table Grid"
for i, r in enumerate(rows):
    cells = t.add_row().cells
    for c, v in zip(cells, r):
        c.paragraphs[0].add_run(v).bold = (i == 0)
para("")
para("La Secretaria dio la bienvenida a la misión y expresó el respaldo de la SEPREM a los objetivos de la "
     "estrategia. Durante la reunión se abordaron la violencia contra las mujeres, la situación de las mujeres "
     "indígenas y la coordinación interinstitucional. La SEPREM explicó que la Política Nacional de Promoción y "
     "Desarrollo Integral de las Mujeres (PNPDIM) está en proceso de actualización y pidió que el Banco alinee "
     "sus operaciones con ella.")
para("La Defensora de la DEMI señaló que las mujeres mayas, garífunas y xinkas que denuncian violencia deben "
     "ser atendidas en su idioma, y citó cifras del Observatorio de las Mujeres del Ministerio Público sobre el "
     "aumento de denuncias en los departamentos del altiplano.")

# 2 -------------------------------------------------------------------------
doc.add_heading("Ministerio de Desarrollo Social (MIDES), 5.º nivel — miércoles 13 de septiembre", level=2)
para("Por el MIDES participaron:", bold=True)
para("Viceministra de Protección Social, Licda. Claudia Patricia Ajú Morales", style="List Bullet")
para("Director de Programas Sociales, Ing. Héctor Leonel Sagastume Paz", style="List Bullet")
para("El Ministerio valoró el énfasis de la estrategia en las oportunidades económicas, pero advirtió que el "
     "espacio fiscal es muy limitado: la carga tributaria del país es de las más bajas de la región y los "
     "programas sociales dependen de asignaciones anuales inciertas. La Viceministra explicó que la mayoría de "
     "las titulares del programa Bono Social son mujeres del área rural que nunca han tenido una cuenta "
     "bancaria, y propuso que las transferencias se paguen en cuentas a nombre de ellas.")
para("El Director de Programas Sociales añadió que muchas madres no pueden participar en los cursos de "
     "capacitación porque no hay quién cuide a sus hijos, y preguntó si el Banco podría financiar centros de "
     "cuidado infantil comunitarios.")

# 3 -------------------------------------------------------------------------
doc.add_heading("Congreso de la República, Comisión de la Mujer — miércoles 13 de septiembre (tarde)", level=2)
para("Se reunió con el equipo la Comisión de la Mujer del Congreso de la República, representada por su "
     "presidenta, la diputada Lesbia Amarilis Tzul Caal, y por la diputada Rosa María Orellana Figueroa, "
     "secretaria de la Comisión, acompañadas por asesoras técnicas.")
para("Las diputadas expresaron su pleno respaldo a la estrategia y, en particular, al objetivo de promover el "
     "liderazgo de las mujeres, en un país donde menos de una de cada cinco curules está ocupada por una mujer. "
     "Recordaron que el Decreto 13-2017 prohibió el matrimonio de menores de 18 años, pero que las uniones "
     "tempranas de hecho siguen siendo frecuentes, y pidieron apoyo para que las niñas embarazadas no "
     "abandonen la escuela.")

# 4 -------------------------------------------------------------------------
para("Otras reuniones", bold=True)
para("El jueves 14 de septiembre, el equipo también se reunió con personal técnico del Instituto Nacional de "
     "Estadística (INE), encabezado por el Lic. Edgar Ovidio Morales Tún, Subgerente Técnico. Se conversó sobre la "
     "posibilidad de ampliar el módulo de uso del tiempo de la Encuesta Nacional de Condiciones de Vida (ENCOVI) "
     "y de publicar más indicadores desagregados por sexo y por pueblo. El INE no se pronunció sobre el "
     "contenido de la estrategia.")
para("La reunión prevista con el Ministerio de Economía (MINECO) para esa misma tarde fue reprogramada para "
     "octubre a solicitud del Ministerio.")

doc.add_heading("Mensajes clave", level=1)
for m in ["Las instituciones consultadas respaldan los tres objetivos de la estrategia.",
          "La coordinación entre SEPREM, DEMI y MIDES es indispensable para llegar a las mujeres indígenas y rurales.",
          "La falta de espacio fiscal es la principal limitación para ampliar los programas dirigidos a las mujeres."]:
    para(m, style="List Number")

save_fixed(doc, OUT, datetime.datetime(2023, 9, 20, 9, 0, 0), "Ayuda memoria Guatemala")
