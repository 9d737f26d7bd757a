#!/usr/bin/env python3
"""Make docs/p-tegucigalpa-mision-es.docx: a Spanish back-to-office report (BTOR) as a Word file.

    .venv-make/bin/python make_tegucigalpa_docx.py [OUT.docx]

Layout: a memo header as a two-column table without a header row (Para / De / Fecha / Asunto);
numbered sections as bold Normal paragraphs (no heading styles); the meetings are a Word
"List Number" list, each item the organisation's name in bold plus the day, followed by
"List Bullet 2" sub-bullets (who came, what was said, follow-up). A meeting that was
suspended is reported in its own section; organisations only cited are in another.
People are fictional; organisations are real. Reproducible bytes (fixed properties and
zip timestamps).
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "p-tegucigalpa-mision-es.docx"
STAMP = (2023, 10, 2, 8, 30, 0)

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)


def para(parts, style=None):
    p = doc.add_paragraph(style=style)
    if isinstance(parts, str):
        parts = [(parts, False)]
    for text, bold in parts:
        p.add_run(text).bold = bold
    return p


def section(text):
    p = para([(text, True)])
    p.paragraph_format.space_before = Pt(10)
    return p


para([("GRUPO BANCO MUNDIAL", True)])
para("Oficina de País en Honduras")
t = para([("INFORME DE REGRESO DE MISIÓN (BTOR)", True)])
t.runs[0].font.size = Pt(14)

memo = [("Para:", "Gerencia de País para Centroamérica"),
        ("De:", "Equipo de consulta de la Estrategia de Género"),
        ("Fecha:", "2 de octubre de 2023"),
        ("Asunto:", "Honduras — Consultas sobre la Estrategia de Género 2024-2030 del Grupo Banco Mundial. "
                    "Tegucigalpa, 25 al 27 de septiembre de 2023")]
table = doc.add_table(rows=len(memo), cols=2)
for r, (k, v) in enumerate(memo):
    table.cell(r, 0).text = ""
    table.cell(r, 0).paragraphs[0].add_run(k).bold = True
    table.cell(r, 1).text = v

section("1. Propósito de la misión")
para("Entre el 25 y el 27 de septiembre de 2023 el equipo viajó a Tegucigalpa para recoger comentarios sobre el "
     "borrador de la Estrategia de Género 2024-2030 de instituciones del Gobierno de Honduras, organizaciones de "
     "mujeres y el sector privado. Este informe resume las reuniones sostenidas, en el orden en que se realizaron, "
     "y los compromisos de seguimiento.")

section("2. Reuniones sostenidas")
MEETINGS = [
    ("Secretaría de Estado en el Despacho de la Mujer (SEMUJER)", " — lunes 25 de septiembre, mañana", [
        "Asistentes: Licda. Karla Patricia Zelaya Banegas, Subsecretaria de Estado; Abog. Dunia Marisol Ferrera "
        "Rivas, Directora de Políticas Públicas de Igualdad.",
        "La Subsecretaria expresó el pleno respaldo de la SEMUJER a la estrategia y pidió que el Banco acompañe la "
        "ampliación de los Centros Ciudad Mujer a los departamentos del occidente del país.",
        "Temas tratados: la prevención del femicidio, la atención integral a sobrevivientes de violencia, la "
        "autonomía económica de las mujeres y la creación de un sistema nacional de cuidados.",
        "Seguimiento: enviar a la SEMUJER la nota conceptual del programa de cuidados antes del 15 de octubre.",
    ]),
    ("Secretaría de Desarrollo Social (SEDESOL)", " — lunes 25 de septiembre, tarde", [
        "Asistentes: Ing. Marco Antonio Valladares Pineda, Subsecretario de Integración Social; Licda. Sonia "
        "Elizabeth Rápalo, Coordinadora del programa Red Solidaria.",
        "SEDESOL valoró positivamente la estrategia y la consideró coherente con la política social del gobierno.",
        "La conversación giró en torno a las transferencias monetarias de Red Solidaria, que llegan sobre todo a "
        "mujeres jefas de hogar en zonas rurales. El Subsecretario insistió en que esas transferencias deben "
        "conectarse con oportunidades de empleo para que las beneficiarias no dependan de ellas indefinidamente.",
        "La coordinadora advirtió que el registro de hogares no permite saber quién recibe y decide sobre el dinero "
        "dentro del hogar, por lo que faltan datos desagregados por sexo para medir resultados.",
        "Seguimiento: compartir con SEDESOL las preguntas del módulo de género de la encuesta de hogares.",
    ]),
    ("Centro de Derechos de Mujeres (CDM)", " — martes 26 de septiembre", [
        "Asistentes: Sra. Reina Isabel Maradiaga, coordinadora de incidencia del CDM, junto con representantes del "
        "Movimiento de Mujeres por la Paz \u201cVisitación Padilla\u201d y de la Red Nacional de Defensoras de "
        "Derechos Humanos en Honduras.",
        "Las organizaciones expresaron preocupación por el enfoque de la estrategia, que a su juicio presenta a las "
        "mujeres como un instrumento del crecimiento económico y no como titulares de derechos.",
        "Recordaron los casos de defensoras ambientales amenazadas y agredidas en territorios con proyectos "
        "extractivos e hidroeléctricos, y pidieron que el Banco exija a todos sus proyectos mecanismos de queja "
        "accesibles y seguros para las mujeres.",
        "Solicitaron que una parte de los recursos llegue directamente a organizaciones de mujeres de base, sin "
        "intermediarios.",
        "Señalaron también que la violencia y la falta de ingresos empujan a muchas mujeres jóvenes a migrar hacia "
        "el norte.",
    ]),
    ("Consejo Hondureño de la Empresa Privada (COHEP)", " — miércoles 27 de septiembre", [
        "Asistentes: Licda. Andrea Lucía Bográn Castillo, Coordinadora de Responsabilidad Social Empresarial del "
        "COHEP; también participaron delegados de la Cámara de Comercio e Industrias de Tegucigalpa (CCIT) y de la "
        "Asociación Nacional de la Mediana y Pequeña Industria de Honduras (ANMPIH).",
        "Los participantes respaldaron los objetivos de la estrategia, en particular el de ampliar las "
        "oportunidades económicas de las mujeres.",
        "Plantearon el acceso al crédito para las micro y pequeñas empresas de mujeres, los costos de la "
        "formalización, la oferta de guarderías cerca de los centros de trabajo y la seguridad en el transporte "
        "público.",
        "Seguimiento: invitar al COHEP al taller regional con el sector privado previsto para 2024.",
    ]),
]
for name, when, bullets in MEETINGS:
    para([(name, True), (when, False)], style="List Number")
    for b in bullets:
        para(b, style="List Bullet 2")

section("3. Reunión no realizada")
para("La reunión prevista con la Comisión de Equidad de Género del Congreso Nacional para el miércoles 27 por la "
     "mañana fue suspendida a última hora, debido a la convocatoria de una sesión extraordinaria del pleno. La "
     "secretaría de la Comisión propuso reprogramarla en formato virtual durante el mes de noviembre.")

section("4. Otras observaciones")
para("Varias contrapartes citaron el Informe sobre Desarrollo Humano del Programa de las Naciones Unidas para el "
     "Desarrollo (PNUD) y las cifras del Instituto Nacional de Estadística (INE) sobre el trabajo no remunerado. "
     "El equipo tomó nota de que el Banco Interamericano de Desarrollo (BID) prepara una operación de seguridad "
     "ciudadana con un componente de prevención de la violencia contra las mujeres, con la que convendrá coordinar.")

section("5. Próximos pasos")
for b in ["Incorporar los comentarios recibidos a la matriz de retroalimentación de la consulta.",
          "Reprogramar la reunión con la Comisión de Equidad de Género del Congreso Nacional.",
          "Responder por escrito a las preguntas del CDM sobre los mecanismos de queja."]:
    para(b, style="List Bullet")

when = datetime.datetime(*STAMP)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Oficina de País en Honduras"
cp.title = "BTOR Honduras - Consultas Estrategia de Género"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=STAMP)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
