#!/usr/bin/env python3
"""Make docs/b-rmaad-carta-es.pdf: a formal letter in Spanish from a regional network of Afro-descendant
women, co-signed by three other networks, to the World Bank Group Gender Strategy team. Single column,
letterhead, place and date, addressee block, Roman-numbered comments (one runs across the page break),
signatories in a table at the end. Fixed creation date.
"""
import datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parents[1] / "docs" / "b-rmaad-carta-es.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("DejaVu", "B", 11)
            self.set_text_color(120, 40, 90)
            self.set_xy(25, 14)
            self.cell(0, 5, "Red de Mujeres Afrolatinoamericanas, Afrocaribeñas y de la Diáspora", new_x="LMARGIN", new_y="NEXT")
            self.set_font("DejaVu", "", 8)
            self.set_x(25)
            self.cell(0, 4, "RMAAD · Coordinación General · Managua, Nicaragua", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(120, 40, 90)
            self.line(25, 25, self.w - 25, 25)
            self.set_text_color(0, 0, 0)
        else:
            self.set_font("DejaVu", "", 8)
            self.set_xy(25, 12)
            self.cell(0, 4, "RMAAD – Comentarios a la Estrategia de Género 2024-2030 (cont.)")

    def footer(self):
        self.set_font("DejaVu", "", 8)
        self.set_xy(25, self.h - 14)
        self.cell(self.w - 50, 4, f"{self.page_no()}/{{nb}}", align="C")


pdf = Doc(format="Letter")
pdf.alias_nb_pages()
pdf.set_margins(25, 30, 25)
pdf.set_auto_page_break(True, margin=22)
pdf.set_creation_date(datetime.datetime(2023, 10, 30, 15, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Carta de la RMAAD al Grupo Banco Mundial")
pdf.set_author("RMAAD")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_page()
W = pdf.w - 50
LH = 5.0


def p(text, style="", align="J", after=2.5, size=10):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_y(32)
p("Managua, 30 de octubre de 2023", align="R", after=6)
p("Ref.: RMAAD/CG/047-2023", size=9, align="L", after=4)
for line in ["Señoras y señores", "Equipo de la Estrategia de Género", "Grupo Banco Mundial",
             "1818 H Street NW", "Washington, D.C. 20433, Estados Unidos"]:
    p(line, align="L", after=0)
pdf.ln(5)
p("Asunto: Comentarios al borrador de la Estrategia de Género 2024-2030", style="B", align="L", after=4)
p("Estimadas y estimados:", align="L", after=3)
p("La Red de Mujeres Afrolatinoamericanas, Afrocaribeñas y de la Diáspora (RMAAD), junto con las redes que "
  "suscriben esta carta, agradece la oportunidad de presentar sus observaciones sobre el borrador de la Estrategia "
  "de Género 2024-2030 del Grupo Banco Mundial. Reconocemos el esfuerzo por consultar a la sociedad civil de la "
  "región; sin embargo, nos preocupa profundamente que el documento trate a las mujeres como un grupo homogéneo y "
  "no nombre en ningún momento a las mujeres afrodescendientes.")
p("Nuestras observaciones son las siguientes:")

items = [
    ("I. Reconocimiento de las desigualdades múltiples.",
     " En América Latina y el Caribe viven cerca de 200 millones de personas afrodescendientes. El racismo "
     "estructural se suma a la discriminación de género y explica por qué las mujeres afrodescendientes tienen "
     "los ingresos más bajos y las tasas más altas de desempleo de la región. Pedimos que la estrategia adopte de "
     "forma explícita un enfoque interseccional."),
    ("II. Datos desagregados por origen étnico-racial.",
     " Según datos de la CEPAL, solo una parte de los países de la región incluye la variable étnico-racial en "
     "sus encuestas de hogares. Sin esa información, los resultados de la estrategia no podrán medirse para las "
     "mujeres afrodescendientes e indígenas. Solicitamos que el marco de resultados exija la desagregación por "
     "sexo, origen étnico-racial y territorio."),
    ("III. Mujeres indígenas y territorios.",
     " Las mujeres indígenas y afrodescendientes rurales defienden tierras colectivas amenazadas por proyectos "
     "extractivos y de infraestructura. Los proyectos financiados por el Banco deben garantizar la consulta "
     "previa, libre e informada y proteger los derechos de las mujeres sobre la tierra."),
    ("IV. Financiamiento directo a organizaciones de mujeres.",
     " Nuestras organizaciones reciben una fracción mínima de los recursos destinados a la igualdad de género. "
     "Pedimos mecanismos de financiamiento flexibles y plurianuales a los que puedan acceder organizaciones "
     "pequeñas, sin requisitos administrativos desproporcionados."),
    ("V. Participación en la implementación.",
     " La consulta no debe terminar con la aprobación de la estrategia. Proponemos un grupo asesor de "
     "sociedad civil con representación de mujeres afrodescendientes, indígenas y jóvenes que acompañe su "
     "aplicación en cada región."),
    ("VI. Marco internacional.",
     " Recordamos que la estrategia se aplicará durante el Decenio Internacional para los Afrodescendientes "
     "proclamado por las Naciones Unidas, y que los gobiernos de la región se comprometieron en el Consenso de "
     "Montevideo sobre Población y Desarrollo a combatir el racismo y la discriminación contra las mujeres "
     "afrodescendientes."),
]
for head, body in items:
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(W, LH, f"**{head}**{body}", align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)

p("Quedamos a disposición del equipo para profundizar estas propuestas en una reunión virtual con las redes "
  "firmantes.")
p("Atentamente,", align="L", after=5)

pdf.set_font("DejaVu", "", 9)
with pdf.table(col_widths=(50, 55, 60), text_align="LEFT", line_height=4.6, first_row_as_headings=False,
               borders_layout="NONE") as table:
    for row in [("Marisol Bent Hodgson", "Coordinadora General", "Red de Mujeres Afrolatinoamericanas, Afrocaribeñas y de la Diáspora (RMAAD)"),
                ("Tránsito Chen Caal", "Presidenta", "Alianza de Mujeres Indígenas de Centroamérica y México"),
                ("Lucía Pereyra Acosta", "Integrante del Comité Coordinador", "Articulación Feminista Marcosur"),
                ("Mónica Apaza Quispe", "Directora Ejecutiva", "Coordinadora de la Mujer (Bolivia)")]:
        r = table.row()
        for v in row:
            r.cell(v)

pdf.ln(4)
p("c.c. Oficina Regional del Grupo Banco Mundial para Centroamérica", size=8, align="L")
OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("wrote", OUT, pdf.page_no(), "pages")
