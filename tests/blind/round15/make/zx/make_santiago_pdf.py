#!/usr/bin/env python3
"""Make docs/zx-santiago-carta.pdf: a joint letter (written input) in Spanish as a one-column PDF.

Layout: a one-line letterhead, place and date aligned right, an addressee block, a "Ref." line, a salutation,
comments numbered with Roman numerals and a short bold title each, a closing, and the signatories in a table with
a header row (name | position | organisation). fpdf2 flows the text (auto page break), so the numbered comments
run over onto page 2. Fixed creation date: rebuilding gives the same bytes.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zx-santiago-carta.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Letter(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="C")


pdf = Letter(format="A4")
pdf.set_margins(25, 20, 25)
pdf.set_auto_page_break(True, margin=22)
pdf.set_creation_date(datetime.datetime(2023, 11, 30, 15, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Carta conjunta - comentarios a la Estrategia de Género 2024-2030")
pdf.set_author("Organizaciones firmantes")
for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
    pdf.add_font("DejaVu", style, str(FONT / f))
pdf.alias_nb_pages()
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin


def p(text, style="", size=10, h=5.2, after=2.5, align="J"):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("DejaVu", "B", 8.5)
pdf.set_text_color(110, 30, 90)
pdf.cell(W, 5, "CARTA CONJUNTA DE ORGANIZACIONES DE MUJERES Y DE DERECHOS HUMANOS DE CHILE", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(110, 30, 90)
pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
pdf.set_text_color(0, 0, 0)
pdf.ln(8)
p("Santiago, 30 de noviembre de 2023", align="R", after=6)
p("Señoras y señores\nEquipo de la Estrategia de Género\nGrupo Banco Mundial\n1818 H Street NW\n"
  "Washington, D.C. 20433\nEstados Unidos", align="L", after=5)
p("Ref.: Comentarios a la propuesta de Estrategia de Género 2024-2030 del Grupo Banco Mundial", style="B",
  align="L", after=5)
p("De nuestra consideración:", align="L", after=3)
p("Las organizaciones que suscriben esta carta trabajamos desde hace décadas por los derechos de las mujeres en "
  "Chile. Agradecemos la posibilidad de comentar la propuesta de estrategia y valoramos que el Grupo Banco Mundial "
  "reconozca la violencia de género como un obstáculo al desarrollo. No obstante, creemos que el borrador requiere "
  "cambios importantes para responder a la realidad de países de ingreso alto con profundas desigualdades, como "
  "el nuestro. Exponemos a continuación nuestras observaciones.")

comments = [
    ("I. Los derechos de las mujeres no dependen de su rentabilidad.",
     "La propuesta justifica la igualdad de género principalmente por sus beneficios para el crecimiento. Pedimos "
     "que la estrategia afirme que la igualdad es una obligación de derechos humanos asumida por los Estados, y que "
     "el argumento económico sea complementario y no la razón principal."),
    ("II. El cuidado como pilar.",
     "Chile se encuentra construyendo el Sistema Nacional de Apoyos y Cuidados. Solicitamos que el Banco apoye la "
     "inversión pública en servicios de cuidado de calidad para la infancia, las personas mayores y las personas "
     "con discapacidad, y que reconozca el trabajo de cuidado no remunerado que realizan mayoritariamente las "
     "mujeres, incluidas las cuidadoras de personas con dependencia severa."),
    ("III. Empleo y autonomía económica.",
     "La participación laboral femenina en Chile no ha recuperado los niveles previos a la pandemia y una de cada "
     "tres trabajadoras se desempeña en la informalidad. La actual obligación de sala cuna, que depende del número "
     "de trabajadoras contratadas, desincentiva la contratación de mujeres. Recomendamos que la estrategia promueva "
     "reformas que desvinculen el costo del cuidado infantil del sexo de quien trabaja."),
    ("IV. Violencia contra las mujeres.",
     "La Red Chilena contra la Violencia hacia las Mujeres registra cada año decenas de femicidios consumados y "
     "frustrados. El proyecto de ley integral sobre violencia contra las mujeres lleva años en el Congreso Nacional. "
     "Solicitamos que el Banco incorpore en sus operaciones, en particular en transporte urbano y vivienda, medidas "
     "de prevención del acoso y de atención a sobrevivientes."),
    ("V. Salud sexual y reproductiva.",
     "El borrador menciona apenas la salud sexual y reproductiva. En Chile, el acceso a la interrupción voluntaria "
     "del embarazo en las tres causales de la Ley 21.030 sigue limitado por la objeción de conciencia institucional, "
     "sobre todo en regiones. Pedimos un compromiso explícito con los derechos sexuales y reproductivos."),
    ("VI. Mujeres indígenas y migrantes.",
     "Las mujeres mapuche y de otros pueblos originarios, así como las mujeres migrantes, enfrentan "
     "discriminaciones que se suman a la de género. Recomendamos que la estrategia incluya un enfoque "
     "interseccional y que sus indicadores se desagreguen por pertenencia a pueblos indígenas y por condición "
     "migratoria."),
    ("VII. Sobre el proceso de consulta.",
     "Lamentamos que los documentos de consulta se hayan publicado inicialmente solo en inglés y con plazos breves. "
     "Solicitamos que el Banco publique un informe de cómo se incorporaron los comentarios recibidos y mantenga "
     "espacios permanentes de diálogo con las organizaciones de mujeres de la región."),
]
for title, text in comments:
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(W, 5.2, title, new_x="LMARGIN", new_y="NEXT")
    p(text, after=3)

p("Quedamos a disposición del equipo para ampliar estos comentarios y agradecemos de antemano su atención.")
p("Saludan atentamente,", align="L", after=4)

rows = [
    ("Nombre", "Cargo", "Organización"),
    ("Francisca Lagos Urrutia", "Directora Ejecutiva", "ComunidadMujer"),
    ("Verónica Pizarro Fuenzalida", "Coordinadora de Incidencia", "Corporación Humanas"),
    ("Javiera Millán Huenchumil", "Vocera", "Red Chilena contra la Violencia hacia las Mujeres"),
    ("Dr. Andrés Retamal Oyarzún", "Director Médico", "Asociación Chilena de Protección de la Familia (APROFA)"),
    ("Marcela Soto Riquelme", "Presidenta del Directorio", "Fundación Instituto de la Mujer"),
]
pdf.set_font("DejaVu", "", 9)
with pdf.table(col_widths=(52, 42, 66), line_height=5.2, text_align="LEFT",
               headings_style=__import__("fpdf").fonts.FontFace(emphasis="BOLD", fill_color=(235, 225, 235))) as table:
    for r in rows:
        row = table.row()
        for v in r:
            row.cell(v)
pdf.ln(4)
p("Las firmas originales obran en poder de ComunidadMujer, que coordinó esta carta.", size=8.5, align="L", after=0)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
