#!/usr/bin/env python3
"""Make docs/z-montevideo-mision-es.docx: a Spanish mission note as a real Word file.

    .venv-make/bin/python make/make_montevideo_docx.py [OUT.docx]

Layout: an all-caps office line, a Title and a Subtitle, then a borderless two-column
table of mission facts (Fechas / Ciudad / Interlocutores / Redacción). Key messages are
three "List Number" paragraphs, each opening with a bold sentence. Meetings sit under
"Agenda y conversaciones" as Heading 2 lines naming the day and the venue. Each meeting
gives its participants in a different way: a gridded table with no header row
(institution | people), a prose paragraph ("Participaron, por el ..."), and a bulleted
"Asistentes" list that comes after the discussion. A closing section names a report and a
survey whose authors (CEPAL, INE) did not take part. Honorifics include "Mag." and "Ec.".
People are fictional; institutions are real. Reproducible bytes.
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, RGBColor, Cm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_util import save_reproducible  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "z-montevideo-mision-es.docx"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text="", style=None, bold=False):
    p = doc.add_paragraph(style=style)
    if text:
        p.add_run(text).bold = bold
    return p


def runs(parts, style=None):
    p = doc.add_paragraph(style=style)
    for text, bold in parts:
        p.add_run(text).bold = bold
    return p


office = para("GRUPO BANCO MUNDIAL \u2014 PRÁCTICA DE GÉNERO, AMÉRICA LATINA Y EL CARIBE")
office.runs[0].font.size = Pt(8.5)
office.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
doc.add_paragraph("Consultas sobre la Estrategia de Género 2024-2030: Uruguay", style="Title")
doc.add_paragraph("Nota de misión", style="Subtitle")

facts = [("Fechas", "13 al 15 de noviembre de 2023"),
         ("Ciudad", "Montevideo, Uruguay"),
         ("Interlocutores", "Gobierno nacional y Parlamento"),
         ("Redacción", "Equipo de la Estrategia de Género, con la oficina del Grupo Banco Mundial en Montevideo")]
t = doc.add_table(rows=len(facts), cols=2)
t.alignment = WD_TABLE_ALIGNMENT.LEFT
for i, (k, v) in enumerate(facts):
    t.cell(i, 0).text = ""
    r = t.cell(i, 0).paragraphs[0].add_run(k)
    r.bold = True
    t.cell(i, 1).text = v
    t.cell(i, 0).width = Cm(3.5)
    t.cell(i, 1).width = Cm(12.5)

doc.add_heading("Síntesis", level=1)
para("Entre el 13 y el 15 de noviembre de 2023, el equipo de la Estrategia de Género se reunió en Montevideo con "
     "autoridades del Gobierno del Uruguay y con legisladoras para conocer su opinión sobre el borrador de la "
     "Estrategia de Género 2024-2030 del Grupo Banco Mundial. Uruguay combina indicadores sociales altos con brechas "
     "persistentes en el uso del tiempo, en los ingresos y en la representación política, y ha construido en la "
     "última década políticas de cuidado y de respuesta a la violencia que interesan a otros países de la región. "
     "Se mantuvieron tres reuniones; una cuarta, con organizaciones de la sociedad civil, se realizará en forma "
     "virtual y será objeto de una nota aparte.")

doc.add_heading("Tres mensajes para el equipo de la estrategia", level=1)
runs([("El país quiere ser socio, no solo receptor. ", True),
      ("Las autoridades ofrecieron compartir con otros países la experiencia del Sistema Nacional Integrado de "
       "Cuidados y de sus registros administrativos.", False)], style="List Number")
runs([("La agenda fiscal de género tiene espacio para el apoyo técnico del Grupo, ", True),
      ("en particular para estimar el costo y el retorno de ampliar los servicios de cuidado.", False)],
     style="List Number")
runs([("La participación política de las mujeres merece más peso ", True),
      ("en el tercer objetivo de la estrategia, según las legisladoras consultadas.", False)], style="List Number")

doc.add_heading("Agenda y conversaciones", level=1)

# --- meeting 1: a gridded table, no header row ---------------------------------------
doc.add_heading("Lunes 13 \u00b7 Ministerio de Desarrollo Social, Av. 18 de Julio 1453", level=2)
tbl = doc.add_table(rows=2, cols=2)
tbl.style = "Table Grid"
cells = [("Ministerio de Desarrollo Social (MIDES)",
          "Sr. Martín Acosta Pereyra, Director Nacional de Transferencias y Análisis de Datos\n"
          "Sra. Natalia Bentancor Silva, Coordinadora del Sistema Nacional Integrado de Cuidados"),
         ("Instituto Nacional de las Mujeres (Inmujeres)",
          "Mag. Verónica Sosa Cardozo, Directora")]
for r, (inst, people) in enumerate(cells):
    tbl.cell(r, 0).text = inst
    tbl.cell(r, 0).width = Cm(5.5)
    c = tbl.cell(r, 1)
    c.width = Cm(10.5)
    lines = people.split("\n")
    c.text = lines[0]
    for extra in lines[1:]:
        c.add_paragraph(extra)
para()
para("Lo conversado", bold=True)
para("Las autoridades manifestaron un firme respaldo a la propuesta de estrategia y subrayaron que sus tres "
     "objetivos coinciden con las prioridades del país. La conversación abordó la consolidación del Sistema Nacional "
     "Integrado de Cuidados, la respuesta a la violencia basada en género, la autonomía económica de las jefas de "
     "hogar y la situación de las mujeres afrodescendientes.")
para("Inmujeres presentó los avances en la aplicación de la Ley 19.580 y pidió apoyo para extender los servicios de "
     "atención a mujeres en situación de violencia a las ciudades del interior. El MIDES recordó que la Tarjeta "
     "Uruguay Social llega sobre todo a hogares encabezados por mujeres y propuso medir, con sus propios registros, "
     "el efecto de las transferencias sobre el empleo de las beneficiarias.")

# --- meeting 2: participants in a sentence ----------------------------------------
doc.add_heading("Martes 14 \u00b7 Torre Ejecutiva", level=2)
para("Participaron, por el Ministerio de Economía y Finanzas (MEF), la Ec. Carolina Pereira Rossi, Coordinadora de "
     "la Asesoría de Política Fiscal, y, por la Oficina de Planeamiento y Presupuesto (OPP), el Ec. Federico Lemes "
     "Duarte, Director de Presupuestos, Control y Evaluación de la Gestión.")
para("Las autoridades valoraron que el Grupo Banco Mundial someta la estrategia a consulta con los gobiernos antes de "
     "aprobarla, pero no se pronunciaron sobre su contenido. El intercambio se centró en el presupuesto con "
     "perspectiva de género: la OPP explicó cómo se identifican las partidas destinadas a reducir brechas y reconoció "
     "que los indicadores que las acompañan están dispersos entre organismos. El MEF planteó que la ampliación de "
     "los servicios de cuidado tiene un costo fiscal que debe compararse con su efecto sobre el empleo y la "
     "recaudación, y preguntó si el Grupo podría apoyar ese análisis. Ambas instituciones coincidieron en que hace "
     "falta una mejor coordinación entre ministerios para que el seguimiento del gasto sea útil.")

# --- meeting 3: discussion first, then a bulleted list of those present ------------------
doc.add_heading("Miércoles 15 \u00b7 Palacio Legislativo", level=2)
para("Reunión con la Bancada Bicameral Femenina.", bold=True)
para("Las legisladoras expresaron su preocupación por que el borrador trate la participación política de las mujeres "
     "como un asunto secundario frente a los objetivos económicos. Recordaron que la representación femenina en el "
     "Parlamento sigue siendo baja para los estándares de la región y pidieron que la estrategia reconozca la "
     "violencia política contra las mujeres, que se ejerce sobre todo en redes sociales. También señalaron que los "
     "estereotipos de género en los medios y en los partidos desalientan a muchas mujeres de presentarse como "
     "candidatas.")
para("Asistentes:")
for line in ["Graciela Núñez Britos \u2014 Senadora de la República",
             "Ana Laura Rivero Méndez \u2014 Representante Nacional por Canelones",
             "Sra. Cecilia Olivera Píriz \u2014 Secretaria técnica de la Bancada"]:
    para(line, style="List Bullet")

doc.add_heading("Documentos citados", level=1)
para("En las reuniones se mencionaron un informe de la Comisión Económica para América Latina y el Caribe (CEPAL) "
     "sobre la sociedad del cuidado y los resultados de la Encuesta de Uso del Tiempo del Instituto Nacional de "
     "Estadística (INE).")

doc.add_heading("Próximos pasos", level=1)
for line in ["Enviar esta nota a las personas entrevistadas para sus comentarios.",
             "Explorar con el MEF una nota técnica sobre el costo fiscal de los servicios de cuidado.",
             "Organizar la reunión virtual con organizaciones de la sociedad civil."]:
    para(line, style="List Bullet")

save_reproducible(doc, OUT, datetime.datetime(2023, 11, 22, 10, 0, 0),
                  "Nota de misión - Consultas Estrategia de Género - Uruguay", "Equipo Estrategia de Género")
print(f"wrote {OUT}")
