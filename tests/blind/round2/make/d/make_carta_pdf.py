#!/usr/bin/env python3
"""Make docs/d-carta-mexico-es.pdf: a joint letter from three Mexican feminist organisations commenting on
the draft strategy. Letter layout: letterhead line, place and date flush right, addressee block, "Asunto",
salutation, Roman-numbered comments (one crosses the page break), closing, signatories in a table
(Nombre | Cargo | Organización), and a page footer "Página N de M".

    .venv-make/bin/python make/make_carta_pdf.py
"""
import datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parents[1] / "docs" / "d-carta-mexico-es.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def footer(self):
        self.set_font("DejaVu", "", 8)
        self.set_xy(25, self.h - 14)
        self.cell(self.w - 50, 4, f"Página {self.page_no()} de {{nb}}", align="C")


pdf = Doc(format="Letter")
pdf.set_margins(25, 22, 25)
pdf.set_auto_page_break(True, margin=22)
pdf.set_creation_date(datetime.datetime(2023, 11, 24, 17, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Comentarios al borrador de la Estrategia de Género 2024-2030")
pdf.set_author("r2-d blind eval")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSerif.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSerif-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSerif-Italic.ttf"))
pdf.alias_nb_pages()
pdf.add_page()
W = pdf.w - 50
NL = dict(new_x="LMARGIN", new_y="NEXT")
SIZE, LEAD = 10.5, 5.6

pdf.set_font("DejaVu", "B", 9)
pdf.set_text_color(90, 40, 110)
pdf.multi_cell(W, 4.5, "EQUIS Justicia para las Mujeres  ·  GIRE  ·  Instituto de Liderazgo Simone de Beauvoir",
               align="C", **NL)
pdf.set_text_color(0, 0, 0)
pdf.ln(17)
pdf.set_font("DejaVu", "", SIZE)
pdf.multi_cell(W, LEAD, "Ciudad de México, a 24 de noviembre de 2023", align="R", **NL)
pdf.ln(5)
for line in ["Equipo de la Estrategia de Género", "Grupo Banco Mundial", "1818 H Street NW",
             "Washington, D.C. 20433, Estados Unidos", "P r e s e n t e"]:
    pdf.multi_cell(W, LEAD, line, **NL)
pdf.ln(4)
pdf.set_font("DejaVu", "B", SIZE)
pdf.multi_cell(W, LEAD, "Asunto: comentarios al borrador de la Estrategia de Género 2024-2030", align="R", **NL)
pdf.ln(4)
pdf.set_font("DejaVu", "", SIZE)


def para(text):
    pdf.multi_cell(W, LEAD, text, align="J", **NL)
    pdf.ln(2.5)


def comment(num, title, text):
    pdf.set_font("DejaVu", "B", SIZE)
    pdf.multi_cell(W, LEAD, f"{num}. {title}", **NL)
    pdf.set_font("DejaVu", "", SIZE)
    pdf.multi_cell(W, LEAD, text, align="J", **NL)
    pdf.ln(2.5)


para("Estimado equipo:")
para("Las organizaciones firmantes —EQUIS Justicia para las Mujeres, el Grupo de Información en Reproducción "
     "Elegida (GIRE) y el Instituto de Liderazgo Simone de Beauvoir (ILSB)— trabajamos desde hace más de "
     "dos décadas por los derechos de las mujeres en México. Agradecemos la invitación a comentar el borrador "
     "de la Estrategia de Género 2024-2030 del Grupo Banco Mundial.")
para("Valoramos que el borrador reconozca la violencia de género como un obstáculo central para el desarrollo. "
     "Sin embargo, nos preocupa seriamente que la estrategia siga presentando la igualdad como un medio para "
     "el crecimiento y que guarde silencio sobre temas en los que el Grupo Banco Mundial tiene influencia "
     "directa. Nuestros comentarios son los siguientes:")
comment("I", "Derechos antes que rentabilidad",
        "La igualdad de género es una obligación de derechos humanos asumida por los Estados, no una inversión "
        "que deba justificarse por su retorno. Pedimos que la estrategia lo diga expresamente y que los "
        "argumentos económicos queden subordinados a ese principio.")
comment("II", "Salud y derechos sexuales y reproductivos",
        "El borrador menciona la salud materna, pero evita hablar de aborto seguro y de anticoncepción de "
        "emergencia. Tras la decisión de la Suprema Corte de Justicia de la Nación de septiembre de 2023, México "
        "tiene la obligación de garantizar servicios de aborto en el sistema federal de salud; la estrategia "
        "debería comprometer al Banco a no financiar proyectos de salud que excluyan estos servicios.")
comment("III", "Violencia contra las mujeres",
        "Según la ENDIREH 2021 del INEGI, siete de cada diez mujeres mexicanas de 15 años o más han vivido algún "
        "tipo de violencia. Recomendamos que los proyectos del Banco en seguridad, transporte y justicia se "
        "alineen con la Ley General de Acceso de las Mujeres a una Vida Libre de Violencia y cuenten con "
        "mecanismos de atención y reparación para las sobrevivientes.")
comment("IV", "Mujeres indígenas y acceso a la justicia",
        "Las mujeres indígenas enfrentan a la vez discriminación por género, origen étnico y lengua. En los "
        "procesos penales, muchas no cuentan con intérpretes ni defensoras que hablen su lengua. Solicitamos "
        "que la estrategia incluya metas específicas para ellas y que sus organizaciones participen en el "
        "diseño de los proyectos que las afectan, en lugar de ser consultadas cuando las decisiones ya se "
        "tomaron.")
comment("V", "Cuidados",
        "Las mujeres en México dedican en promedio más del doble de horas que los hombres al trabajo de "
        "cuidados no remunerado. Instamos al Banco a apoyar la construcción de un Sistema Nacional de Cuidados "
        "público y universal, y no sólo esquemas de guarderías vinculados al empleo formal, que excluyen a la "
        "mayoría de las trabajadoras.")
comment("VI", "Participación y recursos para las organizaciones feministas",
        "Las organizaciones feministas y de mujeres deben participar en el seguimiento de la estrategia, no "
        "sólo en su consulta. Proponemos un mecanismo permanente de diálogo y una ventanilla de financiamiento "
        "flexible y plurianual para organizaciones de base, hoy excluidas por requisitos administrativos "
        "desproporcionados.")
para("Quedamos a su disposición para ampliar cualquiera de estos puntos y agradecemos de antemano la "
     "publicación de una matriz de respuesta a los comentarios recibidos.")
para("Atentamente,")
pdf.ln(2)
pdf.set_font("DejaVu", "", 9.5)
with pdf.table(col_widths=(34, 30, 36), text_align="LEFT", line_height=5.2, first_row_as_headings=True) as t:
    for row in [("Nombre", "Cargo", "Organización"),
                ("Ana Karen Villalobos Treviño", "Directora Ejecutiva", "EQUIS Justicia para las Mujeres"),
                ("Rebeca Lorena Sandoval Ortiz", "Coordinadora de Incidencia",
                 "Grupo de Información en Reproducción Elegida (GIRE)"),
                ("Mariana Itzel Cruz Olvera", "Directora de Programas",
                 "Instituto de Liderazgo Simone de Beauvoir (ILSB)")]:
        r = t.row()
        for v in row:
            r.cell(v)

pdf.output(str(OUT))
print(OUT, pdf.page_no())
