#!/usr/bin/env python3
"""Make docs/o-taller-guatemala-es.pdf: a Spanish workshop readout ("minuta") as a one-column PDF.

    python3 -m venv .venv-make && .venv-make/bin/pip install fpdf2
    .venv-make/bin/python make/make_guatemala_pdf.py [OUT.pdf]

Layout: a bordered "ficha" table (Fecha / Lugar / Modalidad / Convoca / Público / Relatoría) under the
title, numbered sections, the discussion as prose, and the participants only at the very end, as one
paragraph in which people, their positions and their organisations run on, separated by semicolons;
an observer institution is named after them. Header band and "Página N de M" footer on every page.
People are fictional; organisations are real. Reproducible: fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "o-taller-guatemala-es.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def header(self):
        self.set_fill_color(230, 236, 242)
        self.rect(0, 0, self.w, 14, style="F")
        self.set_font("Serif", "B", 8.5)
        self.set_xy(20, 5)
        self.cell(80, 4, "BANCO MUNDIAL · GUATEMALA")
        self.set_font("Serif", "", 8.5)
        self.set_xy(self.w - 100, 5)
        self.cell(80, 4, "Minuta de taller · uso interno", align="R")
        self.set_y(22)

    def footer(self):
        self.set_font("Serif", "", 8)
        self.set_xy(20, self.h - 14)
        self.cell(self.w - 40, 4, f"Página {self.page_no()} de {{nb}}", align="C")


pdf = Doc(format="Letter")
pdf.set_margins(22, 22, 22)
pdf.set_auto_page_break(True, margin=22)
pdf.set_creation_date(datetime.datetime(2023, 11, 17, 15, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Minuta - Taller con mujeres indígenas y rurales - Estrategia de Género 2024-2030")
pdf.set_author("Oficina del Banco Mundial en Guatemala")
pdf.add_font("Serif", "", str(FONT / "DejaVuSerif.ttf"))
pdf.add_font("Serif", "B", str(FONT / "DejaVuSerif-Bold.ttf"))
pdf.add_font("Serif", "I", str(FONT / "DejaVuSerif-Italic.ttf"))
pdf.alias_nb_pages()
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin


def p(text, size=10, style="", after=2.5, lead=5.2, indent=0):
    pdf.set_font("Serif", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, lead, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def section(text):
    pdf.ln(1.5)
    p(text, size=10.5, style="B", after=1.5)


def dash(text):
    pdf.set_font("Serif", "", 10)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin + 2, y)
    pdf.cell(5, 5.2, "—")
    pdf.set_xy(pdf.l_margin + 8, y)
    pdf.multi_cell(W - 8, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


p("MINUTA", size=15, style="B", after=1)
p("Taller «Mujeres indígenas y rurales frente a la Estrategia de Género 2024-2030 del Grupo Banco Mundial»",
  size=11.5, style="I", after=4)

ficha = [("Fecha", "Martes 14 de noviembre de 2023, de 9:00 a 13:30 horas"),
         ("Lugar", "Ciudad de Guatemala, Guatemala"),
         ("Modalidad", "Presencial, con interpretación simultánea al k'iche' y al mam"),
         ("Convoca", "Oficina del Banco Mundial en Guatemala"),
         ("Público", "Organizaciones de mujeres indígenas y campesinas"),
         ("Relatoría", "Equipo de país")]
pdf.set_draw_color(120, 120, 120)
with pdf.table(col_widths=(28, W - 28), line_height=6, first_row_as_headings=False,
               text_align=("LEFT", "LEFT")) as table:
    for k, v in ficha:
        row = table.row()
        pdf.set_font("Serif", "B", 9.5)
        row.cell(k)
        pdf.set_font("Serif", "", 9.5)
        row.cell(v)
pdf.ln(5)

section("1. Propósito")
p("El taller buscó recoger las prioridades de las organizaciones de mujeres indígenas y campesinas sobre el borrador "
  "de la Estrategia de Género 2024-2030 del Grupo Banco Mundial, y conocer su opinión sobre la forma en que el Banco "
  "trabaja con ellas en los territorios. Tras una presentación de veinte minutos sobre los tres objetivos del "
  "borrador, las participantes trabajaron en plenaria durante toda la mañana.")

section("2. Desarrollo de la sesión")
p("Las participantes coincidieron con los objetivos de la estrategia, aunque lamentaron que el borrador apenas "
  "mencione a los pueblos indígenas y que no reconozca la propiedad colectiva de la tierra. Las organizaciones "
  "priorizaron cuatro asuntos: el acceso a la tierra y al crédito para las mujeres campesinas, la violencia contra "
  "las mujeres indígenas y su acceso a la justicia en su propio idioma, la participación de las mujeres en los "
  "Consejos Comunitarios de Desarrollo (COCODE) y el reconocimiento de las comadronas tradicionales en el sistema de "
  "salud.")
p("CONAVIGUA describió la situación de las viudas del conflicto armado interno que todavía no tienen certeza jurídica "
  "sobre las parcelas que trabajan, y citó un informe de la Comisión Interamericana de Derechos Humanos (CIDH) sobre "
  "la situación de los derechos humanos en Guatemala. La representante del CUC añadió que los bancos piden a las "
  "campesinas garantías que solo los hombres de la familia pueden ofrecer.")
p("Sobre la violencia, Mujeres Transformando el Mundo explicó que muchas denuncias no prosperan porque las víctimas no "
  "encuentran intérpretes en los juzgados, y pidió más recursos para la Defensoría de la Mujer Indígena (DEMI). Moloj "
  "recordó que muy pocas mujeres integran los COCODE y que casi ninguna llega a presidirlos, y propuso que los "
  "proyectos del Banco exijan su presencia en los comités comunitarios que los acompañan.")
p("La Asociación de Comadronas del Área Mam pidió que los programas de salud materna financiados por el Banco "
  "reconozcan a las comadronas, que atienden buena parte de los partos en las comunidades rurales del occidente del "
  "país. Varias participantes pidieron finalmente que el Banco alinee su trabajo con la Política Nacional de "
  "Promoción y Desarrollo Integral de las Mujeres (PNPDIM).")

section("3. Acuerdos")
dash("El equipo de país enviará esta minuta a las organizaciones participantes, con traducción resumida al k'iche'.")
dash("Se explorará la realización de un segundo taller en Quetzaltenango durante el primer semestre de 2024.")
dash("Las organizaciones enviarán por escrito sus propuestas sobre el reconocimiento de las comadronas.")

section("4. Participantes")
p("Participaron Juana Xicay Cumes, coordinadora de programas, y Ana María Coc Tiul, promotora comunitaria, de la "
  "Coordinadora Nacional de Viudas de Guatemala (CONAVIGUA); Rosa Elvira Sic Ajanel, directora ejecutiva de la "
  "Asociación Política de Mujeres Mayas (Moloj); Marta Julia Pérez Chox, integrante de la coordinación nacional del "
  "Comité de Unidad Campesina (CUC); Sandra Patricia Morales Ixcot, abogada de Mujeres Transformando el Mundo (MTM); "
  "y Petrona López Gómez, presidenta de la Asociación de Comadronas del Área Mam (ACAM). Asistió además, en calidad "
  "de observadora, una delegada de la Secretaría Presidencial de la Mujer (SEPREM), que no intervino en el debate.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
