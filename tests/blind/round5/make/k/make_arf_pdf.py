#!/usr/bin/env python3
"""Make docs/k-arf-carta-es.pdf: a Spanish letter from a regional feminist coalition (written input).

Layout: letterhead with the coalition's name, place and date on the right, addressee block, "Ref.:" line,
salutation, Roman-numbered comments I to VI with bold run-in titles, closing, one signature block, then
"Organizaciones integrantes que suscriben" as a two-column table (organisation, country) with a header row.
Single text column over two pages; a paragraph is split by the page break (fpdf2 automatic page break), with a
running footer "Página N de 2". Fictional person, real organisations. Reproducible: fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "k-arf-carta-es.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def footer(self):
        self.set_font("Serif", "", 8)
        self.set_text_color(100, 100, 100)
        self.set_xy(self.l_margin, self.h - 14)
        self.cell(self.w - self.l_margin - self.r_margin, 4, f"Página {self.page_no()} de {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(25, 22, 25)
pdf.set_auto_page_break(True, margin=24)
pdf.set_creation_date(datetime.datetime(2023, 11, 17, 15, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Carta de la Articulación Regional Feminista - Estrategia de Género 2024-2030")
pdf.set_author("r5-k blind test material")
pdf.add_font("Serif", "", str(FONT / "DejaVuSerif.ttf"))
pdf.add_font("Serif", "B", str(FONT / "DejaVuSerif-Bold.ttf"))
pdf.add_font("Serif", "I", str(FONT / "DejaVuSerif-Italic.ttf"))
W = pdf.w - pdf.l_margin - pdf.r_margin
SIZE, LH = 10, 5.3


def ml(*a, **k):
    """multi_cell that leaves the cursor at the left margin of the next line."""
    return pdf.multi_cell(*a, new_x="LMARGIN", new_y="NEXT", **k)



pdf.add_page()
pdf.set_font("Serif", "B", 12.5)
pdf.set_text_color(110, 30, 90)
ml(W, 6, "ARTICULACIÓN REGIONAL FEMINISTA", align="C")
pdf.set_font("Serif", "I", 9.5)
ml(W, 5, "por los Derechos Humanos y la Justicia de Género", align="C")
pdf.set_draw_color(110, 30, 90)
pdf.line(pdf.l_margin + 40, pdf.get_y() + 2, pdf.l_margin + W - 40, pdf.get_y() + 2)
pdf.set_text_color(0, 0, 0)
pdf.ln(9)

pdf.set_font("Serif", "", SIZE)
ml(W, LH, "Buenos Aires, 17 de noviembre de 2023", align="R")
pdf.ln(4)
for ln in ["Equipo de la Estrategia de Género", "Grupo Banco Mundial", "1818 H Street NW",
           "Washington, D.C. 20433", "Estados Unidos"]:
    ml(W, LH, ln)
pdf.ln(4)
pdf.set_font("Serif", "B", SIZE)
ml(W, LH, "Ref.: Comentarios a la propuesta de Estrategia de Género 2024-2030 del Grupo Banco Mundial")
pdf.ln(3)
pdf.set_font("Serif", "", SIZE)
ml(W, LH, "De nuestra consideración:")
pdf.ln(2)


def para(runs, after=2.5):
    """A justified paragraph made of (text, style) runs."""
    md = "".join(f"**{t}**" if s == "B" else t for t, s in runs)
    pdf.set_font("Serif", "", SIZE)
    ml(W, LH, md, align="J", markdown=True)
    pdf.ln(after)


para([("La Articulación Regional Feminista por los Derechos Humanos y la Justicia de Género es una alianza de "
       "organizaciones feministas de América Latina que trabajan por los derechos de las mujeres y la justicia de "
       "género en la región. Nos dirigimos a ustedes para hacerles llegar nuestros comentarios sobre la propuesta "
       "de Estrategia de Género 2024-2030, en respuesta a la consulta pública abierta por el Grupo Banco Mundial.",
       "")])
para([("Valoramos la apertura de esta consulta y coincidimos con varios de los objetivos planteados. Sin embargo, "
       "nos preocupa profundamente que la propuesta siga subordinando la igualdad de género a su rentabilidad "
       "económica y que guarde silencio sobre los efectos de las políticas de ajuste en la vida de las mujeres.", "")])
para([("I. Un enfoque de derechos, no de rentabilidad. ", "B"),
      ("La igualdad de género es una obligación de los Estados en virtud del derecho internacional de los derechos "
       "humanos, no una inversión cuyo valor dependa de su retorno. Justificar cada intervención por su aporte al "
       "crecimiento relega a las mujeres que menos «rinden» según esa lógica: las mayores, las que viven con "
       "discapacidad, las que cuidan.", "")])
para([("II. Violencia y acceso a la justicia. ", "B"),
      ("En América Latina, miles de mujeres son asesinadas cada año por razones de género. Celebramos que la "
       "Estrategia haga de la eliminación de la violencia un objetivo, pero pedimos que incluya el acceso a la "
       "justicia y la reparación, y no solo la prevención y la atención.", "")])
para([("III. Salud y derechos sexuales y reproductivos. ", "B"),
      ("La propuesta menciona la salud materna pero evita hablar de derechos. Solicitamos que el Grupo Banco "
       "Mundial reconozca explícitamente los derechos sexuales y reproductivos, incluido el acceso al aborto legal "
       "allí donde la ley lo permite, y que sus operaciones en salud no los restrinjan.", "")])
para([("IV. Cuidados. ", "B"),
      ("El trabajo de cuidados no remunerado recae de forma desproporcionada sobre las mujeres de la región. "
       "Experiencias como el Sistema Nacional Integrado de Cuidados del Uruguay muestran que es posible organizar "
       "los cuidados como un derecho y una responsabilidad compartida entre el Estado, el mercado, las comunidades "
       "y las familias. El Banco debería apoyar sistemas públicos de cuidado con financiamiento sostenible, en "
       "lugar de soluciones que trasladan el costo a las propias mujeres a través del mercado o de jornadas de "
       "trabajo cada vez más largas.", "")])
para([("V. Política fiscal y deuda. ", "B"),
      ("Los programas de consolidación fiscal acordados con el Fondo Monetario Internacional y respaldados por el "
       "Banco han recortado servicios de los que dependen las mujeres. Pedimos evaluaciones de impacto de género de "
       "las condiciones asociadas a los préstamos para políticas de desarrollo, y que la Estrategia reconozca el "
       "peso de la deuda externa sobre el gasto social de la región.", "")])
para([("VI. Financiamiento y participación de las organizaciones feministas. ", "B"),
      ("Las organizaciones feministas y de mujeres reciben una proporción ínfima de los recursos para la igualdad "
       "de género. Proponemos financiamiento directo, flexible y plurianual, así como un mecanismo permanente que "
       "permita a las organizaciones de la sociedad civil dar seguimiento a la implementación de la Estrategia en "
       "cada país.", "")])
para([("Agradecemos de antemano la atención que presten a estos comentarios y quedamos a su disposición para "
       "ampliarlos en una reunión con el equipo de la Estrategia.", "")])
ml(W, LH, "Sin otro particular, saludamos a ustedes atentamente.")
pdf.ln(12)
pdf.set_font("Serif", "B", SIZE)
ml(W, LH, "Valeria Soledad Arrieta Quiroga")
pdf.set_font("Serif", "", SIZE)
ml(W, LH, "Coordinadora Regional")
ml(W, LH, "Articulación Regional Feminista por los Derechos Humanos y la Justicia de Género")
pdf.ln(7)

pdf.set_font("Serif", "B", SIZE)
ml(W, LH, "Organizaciones integrantes que suscriben esta carta:")
pdf.ln(2)
pdf.set_font("Serif", "", 9.5)
rows = [("Organización", "País"),
        ("Equipo Latinoamericano de Justicia y Género (ELA)", "Argentina"),
        ("Coordinadora de la Mujer", "Bolivia"),
        ("Corporación Humanas", "Chile"),
        ("Equis Justicia para las Mujeres", "México"),
        ("Estudio para la Defensa de los Derechos de la Mujer (DEMUS)", "Perú")]
with pdf.table(col_widths=(3, 1), text_align="LEFT", line_height=6, first_row_as_headings=True,
               borders_layout="HORIZONTAL_LINES") as table:
    for r in rows:
        row = table.row()
        for c in r:
            row.cell(c)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
