#!/usr/bin/env python3
"""Make docs/a-cdmx-taller-academia-es.pdf: a Spanish event readout ("nota de relatoría") of a consultation
workshop with academia in Mexico City, single column, two pages.

Layout: a grey banner line, a title, an "event card" (Ficha del evento) as a two-column key/value table,
attendees as a two-column table WITHOUT header row (Institución | persons, several per cell, or a dash),
then the session by thematic "Bloque" with prose, a one-sentence enumeration of the topics
("Los temas tratados fueron: ...; ...; ..."), an overall assessment, and numbered agreements. The page break
falls inside a prose paragraph, so one sentence runs from page 1 to page 2; a running footer
("Relatoría — Taller con academia | p. N") sits on each page. People are fictional; institutions are real.
Reproducible (fixed creation date).
    .venv-make/bin/python make_cdmx_pdf.py [OUT.pdf]
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "a-cdmx-taller-academia-es.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def header(self):
        self.set_fill_color(225, 225, 225)
        self.set_font("Sans", "B", 8)
        self.set_xy(self.l_margin, 8)
        self.cell(self.w - self.l_margin - self.r_margin, 5.5, "  GRUPO BANCO MUNDIAL  |  MÉXICO", fill=True)
        self.set_y(20)

    def footer(self):
        self.set_font("Sans", "", 7.5)
        self.set_y(-12)
        self.cell(0, 4, f"Relatoría — Taller con academia  |  p. {self.page_no()}", align="R")


pdf = Doc(format="Letter")
pdf.set_margins(24, 20, 24)
pdf.set_auto_page_break(True, margin=20)
pdf.set_creation_date(datetime.datetime(2023, 10, 24, 15, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Relatoría - Taller de consulta con la academia - Ciudad de México")
pdf.set_author("Oficina del Banco Mundial en México")
pdf.add_font("Sans", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("Sans", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("Sans", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin
SIZE, LH = 9.5, 5.0


def text(t, style="", size=SIZE, after=2.2, align="J"):
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(W, LH, t, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def head(t):
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(W, 6.5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def numbered(items):
    pdf.set_font("Sans", "", SIZE)
    for i, t in enumerate(items, 1):
        pdf.set_x(pdf.l_margin)
        pdf.cell(7, LH, f"{i}.")
        pdf.multi_cell(W - 7, LH, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)


pdf.set_font("Sans", "B", 14)
pdf.multi_cell(W, 7, "Nota de relatoría", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.multi_cell(W, 5.8, "Taller de consulta con la academia y centros de investigación sobre la Estrategia de Género "
                       "2024-2030 del Grupo Banco Mundial", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

head("Ficha del evento")
pdf.set_font("Sans", "", SIZE)
with pdf.table(col_widths=(32, W - 32), text_align=("LEFT", "LEFT"), first_row_as_headings=False,
               line_height=LH, padding=1.2) as table:
    for k, v in [("Fecha", "Martes 17 de octubre de 2023, 10:00 a 13:00 h"),
                 ("Lugar", "Ciudad de México, México (sala de conferencias de la oficina del Banco Mundial)"),
                 ("Modalidad", "Presencial, con conexión remota para dos participantes"),
                 ("Organiza", "Grupo Banco Mundial, con el apoyo de El Colegio de México")]:
        row = table.row()
        pdf.set_font("Sans", "B", SIZE)
        row.cell(k)
        pdf.set_font("Sans", "", SIZE)
        row.cell(v)
pdf.ln(4)

head("Asistentes")
pdf.set_font("Sans", "", SIZE)
with pdf.table(col_widths=(62, W - 62), text_align=("LEFT", "LEFT"), first_row_as_headings=False,
               line_height=LH, padding=1.2) as table:
    for inst, people in [
        ("El Colegio de México (COLMEX)",
         "Dra. Lucía Fernanda Ortega Villaseñor, Profesora-investigadora del Centro de Estudios Sociológicos"),
        ("Universidad Nacional Autónoma de México (UNAM)",
         "Dra. Mariana Itzel Robles Cuevas, Investigadora titular del Centro de Investigaciones y Estudios de Género\n"
         "Mtro. Joaquín Emilio Barragán Soto, Técnico académico"),
        ("Centro de Investigación y Docencia Económicas (CIDE)",
         "Mtro. Rodrigo Salvador Esquivel Luna, Profesor asociado de la División de Economía"),
        ("Instituto Mexicano para la Competitividad (IMCO)",
         "Mtra. Paula Andrea Gil Sandoval, Coordinadora de Economía y Género"),
        ("Centro de Estudios Espinosa Yglesias (CEEY)", "—  (conexión remota)"),
    ]:
        row = table.row()
        row.cell(inst)
        row.cell(people)
pdf.ln(4)

head("Desarrollo de la sesión")
text("Tras la bienvenida, el equipo del Banco presentó los tres objetivos del borrador de la Estrategia y las "
     "preguntas de la consulta. La conversación se organizó en tres bloques temáticos, moderados por el equipo de "
     "la oficina en México.")
text("Bloque 1. Mercado laboral y cuidados", style="B", after=1)
text("La representante de IMCO recordó que la participación laboral de las mujeres en México ronda el 46 %, muy "
     "por debajo del promedio de la OCDE, y que la brecha se explica sobre todo por las responsabilidades de "
     "cuidado. El CIDE presentó estimaciones según las cuales las mujeres dedican más del doble de horas que los "
     "hombres al trabajo no remunerado. Ambos coincidieron en que la creación de un Sistema Nacional de Cuidados "
     "es la política con mayor potencial para cerrar la brecha, y pidieron que el Banco apoye su costeo y su "
     "financiamiento a nivel estatal.")
text("Bloque 2. Violencia y seguridad", style="B", after=1)
text("La UNAM presentó resultados de su investigación sobre acoso sexual en el transporte público del Valle de "
     "México, que muestra que muchas mujeres cambian de ruta, de horario o incluso de empleo para evitarlo. El "
     "COLMEX subrayó que la violencia feminicida se concentra en algunos municipios y que las políticas de "
     "prevención deberían focalizarse territorialmente. Se mencionó que el Programa Nacional para la Igualdad "
     "entre Mujeres y Hombres (PROIGUALDAD) 2020-2024 incluye metas de prevención, aunque con presupuestos "
     "limitados. Las y los asistentes señalaron, además, que la inseguridad y el temor a la violencia en los "
     "trayectos reducen las oportunidades de empleo de las mujeres que viven en la periferia de la ciudad, un "
     "vínculo que el borrador de la Estrategia apenas menciona y que merecería un indicador propio en el marco "
     "de resultados.")
text("Bloque 3. Evidencia y datos", style="B", after=1)
text("Las y los participantes valoraron la calidad de las encuestas del INEGI sobre uso del tiempo y sobre "
     "violencia en los hogares, pero advirtieron que su periodicidad es irregular y que sus muestras no permiten "
     "análisis para mujeres indígenas o con discapacidad. El CEEY, por escrito, envió un comentario sobre la "
     "movilidad social de las mujeres entre generaciones, que se compartirá con el equipo de la Estrategia.")
text("Los temas tratados fueron: la brecha de participación laboral femenina; la carga de trabajo de cuidados no "
     "remunerado; la violencia feminicida y el acoso en el transporte público; y la calidad de las estadísticas de "
     "género.", style="I")

head("Valoración general")
text("Las y los participantes respaldaron en lo general la propuesta de Estrategia y consideraron acertado que "
     "ponga el acento en el empleo y los cuidados. Pidieron que el documento final reconozca la heterogeneidad "
     "regional de México y que el Banco publique la evidencia en la que se basan sus metas.")

head("Acuerdos")
numbered(["El equipo del Banco circulará esta relatoría entre las personas asistentes para sus comentarios.",
          "IMCO y el CIDE compartirán sus estimaciones sobre el costo de un sistema de cuidados.",
          "Se explorará con El Colegio de México un seminario conjunto sobre violencia y movilidad urbana en 2024."])

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
