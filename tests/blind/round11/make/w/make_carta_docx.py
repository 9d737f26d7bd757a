#!/usr/bin/env python3
"""Make docs/w-carta-cdmx-es.docx: a joint letter from Mexican feminist organisations (written input).

    python3 -m venv .venv-make && .venv-make/bin/pip install python-docx
    .venv-make/bin/python make/make_carta_docx.py [OUT.docx]

Layout: a letterhead line naming the five organisations, place and date right-aligned, an
addressee block (one paragraph with line breaks), "Asunto:", a salutation, comments numbered
with Roman numerals as bold lead-in lines (I.-VI.) followed by prose, and the signatories as
blocks (name / title / organisation) in a borderless 2-column table. A survey, a statistics
institute and a court are cited, not signatories. People are fictional; organisations are real.
Reproducible: fixed core properties and zip timestamps.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "w-carta-cdmx-es.docx"

doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text="", bold=False, align=None, after=8, size=None, color=None, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def lines(items, after=10, align=None):
    p = doc.add_paragraph()
    for i, s in enumerate(items):
        r = p.add_run(s)
        if i < len(items) - 1:
            r.add_break(WD_BREAK.LINE)
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


para("Equis Justicia para las Mujeres  ·  Red Nacional de Refugios  ·  Instituto de Liderazgo Simone de Beauvoir  ·  "
     "GIRE  ·  Fondo Semillas", align=WD_ALIGN_PARAGRAPH.CENTER, size=8.5, color=(90, 40, 110), after=18)
para("Ciudad de México, a 27 de noviembre de 2023", align=WD_ALIGN_PARAGRAPH.RIGHT, after=14)
lines(["Equipo de la Estrategia de Género", "Grupo Banco Mundial", "1818 H Street NW", "Washington, D.C. 20433",
       "Estados Unidos de América"], after=12)
p = doc.add_paragraph()
p.add_run("Asunto: ").bold = True
p.add_run("Comentarios al borrador de la Estrategia de Género 2024-2030")
p.paragraph_format.space_after = Pt(12)
para("Estimadas y estimados integrantes del equipo:")

para("Las organizaciones firmantes trabajamos en México desde hace años en el acceso a la justicia para las mujeres, "
     "en la atención a mujeres que viven violencia y a sus hijas e hijos, en la defensa de los derechos reproductivos, "
     "en la formación de liderazgos de mujeres jóvenes y en el financiamiento de movimientos feministas. Agradecemos "
     "la oportunidad de comentar el borrador de la Estrategia de Género 2024-2030 del Grupo Banco Mundial y le "
     "hacemos llegar nuestras observaciones de manera conjunta.")
para("Reconocemos avances importantes en el borrador, en particular que poner fin a la violencia de género figure como "
     "objetivo estratégico. No obstante, nos preocupa que la igualdad se justifique sobre todo por sus beneficios "
     "para el crecimiento y que el documento casi no reconozca el papel de los movimientos feministas. Nuestros "
     "comentarios son los siguientes:")

comments = [
    ("I. Un enfoque de derechos, no sólo de productividad.",
     "La igualdad entre mujeres y hombres es una obligación de derechos humanos asumida por los Estados, no una "
     "inversión que deba demostrar su rentabilidad. Pedimos que la Estrategia lo diga con claridad desde su primera "
     "página y que el argumento económico se presente como complementario."),
    ("II. Violencias contra las mujeres.",
     "La ENDIREH 2021 del INEGI mostró que siete de cada diez mujeres de 15 años o más han vivido algún tipo de "
     "violencia a lo largo de su vida. Sin embargo, los refugios que atienden a mujeres en riesgo dependen de "
     "recursos inciertos desde los recortes de 2019 al Programa de Apoyo para Refugios Especializados para Mujeres "
     "Víctimas de Violencia de Género, sus Hijas e Hijos. Solicitamos que el Banco apoye a los gobiernos para cumplir "
     "la Ley General de Acceso de las Mujeres a una Vida Libre de Violencia y que incluya indicadores sobre el acceso "
     "a la justicia."),
    ("III. Salud y derechos sexuales y reproductivos.",
     "Tras la resolución de la Suprema Corte de Justicia de la Nación de septiembre de 2023, el reto es garantizar el "
     "acceso efectivo a servicios de aborto seguro en todo el país. El embarazo en niñas y adolescentes sigue siendo "
     "muy alto, sobre todo en zonas rurales e indígenas. El borrador menciona la salud reproductiva de forma muy "
     "general y debería comprometerse con estos derechos de manera explícita."),
    ("IV. Cuidados.",
     "En México las mujeres realizan la mayor parte del trabajo de cuidados no remunerado. La creación del Sistema "
     "Nacional de Cuidados sigue pendiente en el Senado. La Estrategia debería apoyar sistemas públicos de cuidados "
     "con financiamiento suficiente, en lugar de trasladar esa carga a las familias o al mercado."),
    ("V. Recursos y participación de las organizaciones.",
     "Los fondos que llegan directamente a organizaciones feministas y de mujeres son escasos y de corto plazo. Pedimos "
     "que el Grupo Banco Mundial destine financiamiento flexible y plurianual a estas organizaciones y que cree "
     "mecanismos permanentes para consultarlas sobre sus proyectos en el país, más allá de esta consulta."),
    ("VI. Interseccionalidad.",
     "Las mujeres indígenas, afromexicanas, trans y con discapacidad enfrentan discriminaciones que se suman entre sí y "
     "que el borrador apenas menciona. Recomendamos metas e indicadores desagregados que permitan ver esas "
     "desigualdades."),
]
for head, body in comments:
    para(head, bold=True, after=3)
    para(body)

para("Quedamos a su disposición para ampliar cualquiera de estos puntos y agradecemos de antemano que nos informen "
     "cómo se tomaron en cuenta en la versión final.")
para("Atentamente,", after=14)

signers = [
    ("Mtra. Daniela Ibarra Solís", "Directora Ejecutiva", "Equis Justicia para las Mujeres"),
    ("Lic. Verónica Gómez Arriaga", "Directora General", "Red Nacional de Refugios, A.C."),
    ("Dra. Mariana Olvera Treviño", "Coordinadora de Incidencia", "Instituto de Liderazgo Simone de Beauvoir (ILSB)"),
    ("Mtra. Regina Castañeda Luna", "Directora", "GIRE – Grupo de Información en Reproducción Elegida"),
    ("Lic. Carmen Alejandra Ruiz Peña", "Coordinadora de Programas", "Fondo Semillas"),
]
t = doc.add_table(rows=3, cols=2)
tblPr = t._tbl.tblPr
borders = OxmlElement("w:tblBorders")
for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
    el = OxmlElement(f"w:{edge}")
    el.set(qn("w:val"), "nil")
    borders.append(el)
tblPr.append(borders)
for i, (name, title, org) in enumerate(signers):
    cell = t.cell(i // 2, i % 2)
    cell.text = ""
    p = cell.paragraphs[0]
    p.add_run("_____________________________").add_break(WD_BREAK.LINE)
    r = p.add_run(name)
    r.bold = True
    r.add_break(WD_BREAK.LINE)
    p.add_run(title).add_break(WD_BREAK.LINE)
    p.add_run(org)
    p.paragraph_format.space_after = Pt(14)

para("")
para("Contacto para seguimiento: [correo electrónico]", size=8.5, italic=True)

when = datetime.datetime(2023, 11, 27, 12, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Equis Justicia para las Mujeres"
cp.title = "Carta conjunta - comentarios a la Estrategia de Género 2024-2030"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 27, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
