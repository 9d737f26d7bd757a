#!/usr/bin/env python3
"""Make docs/t-mexico-es.docx: an event readout of a hybrid dialogue with the private sector.
Heading 2 styles for sections, a key-message list in Word "List Bullet", participants in a Word table
WITHOUT a header row whose columns run name | position | company, discussion as short prose paragraphs
each opened by a bold lead phrase, and an organisation only cited (not present). Reproducible."""
import datetime, io, sys, zipfile
from pathlib import Path
from docx import Document

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "t-mexico-es.docx"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"


def p(parts, style=None):
    para = doc.add_paragraph(style=style)
    if isinstance(parts, str):
        parts = [(parts, False)]
    for text, bold in parts:
        para.add_run(text).bold = bold
    return para


p([("Grupo Banco Mundial | Oficina de México", True)])
doc.add_heading("Diálogo con el sector privado sobre la Estrategia de Género 2024-2030", level=1)
p("Minuta del evento")
p("Modalidad híbrida: Torre Mayor, Ciudad de México, y transmisión por Teams\nJueves 19 de octubre de 2023, 9:00 a 11:30 h")

doc.add_heading("Objetivo", level=2)
p("Conocer la opinión de empresas y organizaciones empresariales mexicanas sobre la propuesta de Estrategia de "
  "Género 2024-2030 del Grupo Banco Mundial, en particular sobre el objetivo de ampliar y facilitar las "
  "oportunidades económicas de las mujeres, y explorar espacios de colaboración con la Corporación Financiera "
  "Internacional (IFC).")

doc.add_heading("Mensajes clave", level=2)
for lead, rest in [
        ("Respaldo a la estrategia: ", "las empresas participantes apoyaron los tres objetivos y se ofrecieron a "
         "compartir datos y experiencias."),
        ("Los cuidados como cuello de botella: ", "sin guarderías cercanas y horarios compatibles, las mujeres "
         "abandonan el empleo formal tras la maternidad."),
        ("Crédito para las empresas de mujeres: ", "las microempresarias siguen pagando tasas más altas y enfrentan "
         "exigencias de garantías que no pueden cubrir."),
        ("Mujeres en la alta dirección: ", "la presencia femenina en consejos de administración avanza con lentitud "
         "y requiere metas verificables.")]:
    para = doc.add_paragraph(style="List Bullet")
    para.add_run(lead).bold = True
    para.add_run(rest)

doc.add_heading("Asistentes", level=2)
p("Participaron de forma presencial o en línea:")
rows = [
    ("Verónica Salazar Ibarra", "Directora de Inclusión y Diversidad", "Consejo Coordinador Empresarial (CCE)"),
    ("Patricia Lozano Meléndez", "Presidenta Nacional", "Asociación Mexicana de Mujeres Jefas de Empresa (AMMJE)"),
    ("Rodrigo Esquivel Tapia", "Subdirector de Banca Pyme", "BBVA México"),
    ("Daniela Ruiz Cortázar", "Gerente de Equidad de Género", "Grupo Bimbo"),
    ("Alejandra Montaño Vidal", "Directora de Asuntos Corporativos", "Walmart de México y Centroamérica"),
    ("Luis Fernando Ortega Ríos", "Director Ejecutivo", "Red del Pacto Mundial México"),
]
tab = doc.add_table(rows=len(rows), cols=3)
tab.style = "Table Grid"
for r, vals in zip(tab.rows, rows):
    for c, v in zip(r.cells, vals):
        c.text = v
p("Por el Grupo Banco Mundial asistieron especialistas de género del Banco Mundial y de IFC.")

doc.add_heading("Lo que escuchamos", level=2)
p([("Cuidados. ", True), ("AMMJE y Grupo Bimbo coincidieron en que la falta de servicios de cuidado infantil es la "
   "principal causa de salida de las mujeres del mercado laboral. Bimbo describió sus guarderías en planta y pidió "
   "que la estrategia apoye la construcción del Sistema Nacional de Cuidados con participación de las empresas.", False)])
p([("Financiamiento. ", True), ("BBVA México presentó su programa de crédito para mujeres empresarias y señaló que "
   "la morosidad de sus clientas es menor que la promedio; aun así, el acceso al crédito de las microempresas "
   "encabezadas por mujeres sigue siendo limitado fuera de las grandes ciudades.", False)])
p([("Liderazgo. ", True), ("El CCE recordó que las mujeres ocupan cerca de uno de cada diez asientos en los "
   "consejos de administración de las emisoras de la Bolsa Mexicana de Valores, según un estudio que citó, y "
   "propuso que el Banco promueva metas de paridad en las empresas en las que invierte IFC.", False)])
p([("Acoso. ", True), ("Walmart de México y Centroamérica y la Red del Pacto Mundial México pidieron incluir en la "
   "estrategia la prevención del acoso sexual en el trabajo y en las cadenas de suministro, y mencionaron el "
   "Convenio 190 de la OIT, ratificado por México en 2022.", False)])

doc.add_heading("Próximos pasos", level=2)
p("La Oficina de México compartirá esta minuta con las y los participantes y con el equipo redactor de la "
  "estrategia. Se acordó una segunda sesión con cámaras empresariales de los estados del sur.")

when = datetime.datetime(2023, 10, 20, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "r10-t"
cp.title = "Minuta - Dialogo con el sector privado"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 10, 20, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print("wrote", OUT)
