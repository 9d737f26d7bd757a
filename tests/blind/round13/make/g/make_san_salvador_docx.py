#!/usr/bin/env python3
"""Make docs/g-san-salvador-taller-es.docx: the "relatoría" (readout) of a one-morning
multi-stakeholder workshop in San Salvador, in Spanish, as a real Word file.

Layout: no heading styles at all: every heading is a bold (sometimes centred) Normal paragraph
with a Roman numeral ("I. DATOS GENERALES"). Metadata in a header-less two-column table; the
participants in a table whose columns are Institución | Sector | Persona(s) participante(s),
several rows with no person ("—"); the working groups' input as paragraphs with bold lead-ins;
the overall view in its own section; agreements as a Word numbered list. People are fictional;
organisations are real.

    .venv-make/bin/python make/make_san_salvador_docx.py
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DOCS, save_docx_reproducibly  # noqa: E402

OUT = DOCS / "g-san-salvador-taller-es.docx"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text="", bold=False, center=False, size=None, style=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def lead(label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def table(rows, header=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            cell = t.cell(r, c)
            cell.text = ""
            cell.paragraphs[0].add_run(v).bold = header and r == 0
    doc.add_paragraph()
    return t


para("GRUPO BANCO MUNDIAL — OFICINA EN EL SALVADOR", size=9)
para("RELATORÍA", bold=True, center=True, size=16)
para("Taller de consulta multiactor sobre la Estrategia de Género 2024-2030 del Grupo Banco Mundial",
     bold=True, center=True, size=12)
para()

para("I. DATOS GENERALES", bold=True)
table([
    ("Fecha", "Jueves 16 de noviembre de 2023, de 8:30 a 13:00 horas"),
    ("Lugar", "Hotel Crowne Plaza, San Salvador, El Salvador"),
    ("Modalidad", "Presencial, con tres mesas de trabajo y plenaria"),
    ("Convocatoria", "Gobierno, sociedad civil, academia, sector privado y cooperación internacional"),
    ("Relatoría", "Equipo de país del Banco Mundial"),
])

para("II. OBJETIVO Y DESARROLLO", bold=True)
para("El taller buscó recoger las opiniones de actores salvadoreños de distintos sectores sobre el borrador de "
     "la Estrategia de Género 2024-2030 y sobre las prioridades del país en materia de igualdad. Tras una "
     "presentación del borrador, las y los participantes se distribuyeron en grupos. Las mesas abordaron tres "
     "ejes: autonomía económica y cuidados; violencia y movilidad humana; y datos y rendición de cuentas. En "
     "la plenaria final, cada mesa presentó sus conclusiones y se abrió un espacio de preguntas.")

para("III. PARTICIPANTES", bold=True)
para("Participaron representantes de instituciones del Gobierno de El Salvador, organizaciones de mujeres, "
     "universidades, gremios empresariales y una agencia de Naciones Unidas:")
table([
    ("Institución", "Sector", "Persona(s) participante(s)"),
    ("Instituto Salvadoreño para el Desarrollo de la Mujer (ISDEMU)", "Gobierno",
     "Licda. Karla Marisol Henríquez Portillo, Directora de Políticas de Igualdad"),
    ("Ministerio de Trabajo y Previsión Social (MTPS)", "Gobierno",
     "Lic. Óscar Armando Mejía Rivas, Jefe de la Unidad de Género"),
    ("Comisión Nacional de la Micro y Pequeña Empresa (CONAMYPE)", "Gobierno", "—"),
    ("Organización de Mujeres Salvadoreñas por la Paz (ORMUSA)", "Sociedad civil",
     "Licda. Ana Gloria Martínez Chicas, Coordinadora del Observatorio de Violencia"),
    ("Asociación de Mujeres por la Dignidad y la Vida (Las Dignas)", "Sociedad civil", "—"),
    ("Colectiva Feminista para el Desarrollo Local", "Sociedad civil",
     "Sra. Rosa Elvira Cañas Menjívar, Integrante del equipo de incidencia"),
    ("Universidad Centroamericana José Simeón Cañas (UCA)", "Academia",
     "Dra. Beatriz Eugenia Quintanilla Argueta, Investigadora del Instituto Universitario de Opinión Pública"),
    ("FLACSO El Salvador", "Academia", "—"),
    ("Cámara de Comercio e Industria de El Salvador (CAMARASAL)", "Sector privado",
     "Ing. Roberto Carlos Alvarenga Flores, Gerente de Proyectos Empresariales"),
    ("Asociación Nacional de la Empresa Privada (ANEP)", "Sector privado", "—"),
    ("Fondo de Población de las Naciones Unidas (UNFPA)", "Cooperación internacional",
     "Dra. Lucía Fernanda Reyes Molina, Oficial de Programa"),
], header=True)
para("Asistieron en total 34 personas (26 mujeres y 8 hombres).")

para("IV. APORTES DE LAS MESAS DE TRABAJO", bold=True)
lead("Mesa 1. Autonomía económica y cuidados. ",
     "Según el MTPS, más de la mitad de las mujeres ocupadas trabaja en la informalidad, sin seguridad social. "
     "CONAMYPE y CAMARASAL coincidieron en que los emprendimientos de mujeres crecen poco por falta de "
     "financiamiento y de tiempo: la carga de cuidado de hijas, hijos y personas mayores recae casi por "
     "completo en ellas. La mesa pidió que la estrategia apoye servicios de cuidado infantil vinculados a la "
     "Ley Crecer Juntos y que se midan sus efectos sobre el empleo femenino.")
lead("Mesa 2. Violencia y movilidad humana. ",
     "ORMUSA presentó datos de su observatorio sobre feminicidios y violencia sexual, y señaló que la Ley "
     "Especial Integral para una Vida Libre de Violencia para las Mujeres (LEIV) se aplica de manera desigual "
     "en los municipios. La mesa destacó la situación de las mujeres migrantes retornadas, que regresan con "
     "deudas y sin empleo. UNFPA llamó la atención sobre el embarazo en niñas y adolescentes y sobre el acceso "
     "de las adolescentes a servicios de salud sexual y reproductiva.")
lead("Mesa 3. Datos y rendición de cuentas. ",
     "La UCA y FLACSO pidieron que la estrategia se acompañe de indicadores con datos desagregados por sexo, "
     "edad y territorio, y que se actualice la encuesta nacional de uso del tiempo. Las organizaciones de "
     "mujeres insistieron en que la sociedad civil participe en el seguimiento de la estrategia en el país.")

para("V. VALORACIÓN GENERAL", bold=True)
para("Hubo amplio respaldo a los tres objetivos de la estrategia. No obstante, las organizaciones feministas "
     "expresaron preocupación por la reducción de los fondos disponibles para las organizaciones de mujeres y "
     "pidieron que el Grupo Banco Mundial establezca mecanismos permanentes de diálogo con la sociedad civil, "
     "y no solo consultas puntuales.")

para("VI. ACUERDOS Y PRÓXIMOS PASOS", bold=True)
para("Remitir esta relatoría a las instituciones participantes para sus comentarios.", style="List Number")
para("Incorporar los aportes en el informe de consultas que se enviará al equipo de la estrategia.",
     style="List Number")
para("Explorar con ISDEMU una sesión de devolución en el primer trimestre de 2024.", style="List Number")

when = datetime.datetime(2023, 11, 24, 15, 0, 0)
doc.core_properties.author = "Oficina del Banco Mundial en El Salvador"
doc.core_properties.title = "Relatoría - Taller de consulta multiactor - San Salvador"
save_docx_reproducibly(doc, OUT, when)
print("wrote", OUT)
