#!/usr/bin/env python3
"""Make docs/i-praia-oficina-pt.pdf: readout of a regional workshop with parliamentarians (Portuguese).

    .venv-make/bin/python make/make_praia_pdf.py [OUT.pdf]

Layout: one text column; a header band and "página N de M" footer; an event sheet as a
two-column table without a header row (Data | Local | Formato | Organização | Relatoria);
numbered sections; the debate as paragraphs with bold run-in headings; three numbered key
messages; and the participants LAST, as delegations "País: Organização, Organização".
Fixed creation date, so rebuilding gives the same bytes. People are fictional.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "i-praia-oficina-pt.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")
MARGIN = 22


class Doc(FPDF):
    def header(self):
        self.set_fill_color(0, 84, 130)
        self.rect(0, 0, self.w, 12, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("Serif", "B", 8.5)
        self.set_xy(MARGIN, 4)
        self.cell(0, 4, "GRUPO BANCO MUNDIAL  |  Consultas sobre a Estratégia de Género 2024-2030")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_font("Serif", "I", 8)
        self.set_y(-14)
        self.cell(0, 4, f"Relatório da oficina regional, Praia — página {self.page_no()} de {{nb}}", align="R")


pdf = Doc(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(MARGIN, 20, MARGIN)
pdf.set_auto_page_break(True, margin=20)
pdf.set_creation_date(datetime.datetime(2023, 10, 6, 12, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Relatório da Oficina Regional - Parlamentares dos PALOP")
pdf.set_author("Grupo Banco Mundial")
for style, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                 ("BI", "DejaVuSerif-BoldItalic.ttf")):
    pdf.add_font("Serif", style, str(FONT / f))
pdf.add_page()

W = pdf.w - 2 * MARGIN


def para(text, size=10.5, lead=5.4, after=2.5, align="J"):
    pdf.set_font("Serif", "", size)
    pdf.multi_cell(W, lead, text, markdown=True, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def section(text):
    pdf.ln(1.5)
    pdf.set_font("Serif", "B", 11.5)
    pdf.set_text_color(0, 84, 130)
    pdf.multi_cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def numbered(n, text):
    pdf.set_font("Serif", "", 10.5)
    if pdf.get_y() + 11 > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_x(MARGIN + 2)
    pdf.cell(6, 5.4, f"{n}.")
    pdf.set_xy(MARGIN + 8, y)
    pdf.multi_cell(W - 8, 5.4, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


pdf.set_font("Serif", "B", 16)
pdf.multi_cell(W, 8, "Relatório da Oficina Regional", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 12.5)
pdf.multi_cell(W, 6.5, "Parlamentares dos PALOP e a Estratégia de Género 2024-2030 do Grupo Banco Mundial",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("Serif", "", 9.5)
rows = [
    ("Data", "28 de setembro de 2023"),
    ("Local", "Praia, Cabo Verde — Hotel Praiamar"),
    ("Formato", "Presencial, com ligação virtual para a delegação que não pôde viajar"),
    ("Organização", "Grupo Banco Mundial, com o apoio da Assembleia Nacional de Cabo Verde"),
    ("Relatoria", "Equipa de Género do Grupo Banco Mundial"),
]
with pdf.table(col_widths=(32, W - 32), width=W, first_row_as_headings=False, line_height=5.6,
               borders_layout="HORIZONTAL_LINES", align="LEFT") as table:
    for k, v in rows:
        r = table.row()
        r.cell(k, style=FontFace(emphasis="BOLD", fill_color=(230, 238, 244)))
        r.cell(v)
pdf.ln(5)

section("1. Abertura")
para("A oficina foi aberta pela Deputada Maria de Fátima Lopes Semedo, Vice-Presidente da Assembleia Nacional de "
     "Cabo Verde, que lembrou que os parlamentos aprovam os orçamentos e ratificam os acordos de empréstimo que "
     "financiam as políticas de igualdade. Interveio em seguida, pelo Instituto Cabo-verdiano para a Igualdade e "
     "Equidade de Género (ICIEG), a sua Presidente, Sra. Edite Furtado Tavares, que apresentou o Plano Nacional para a "
     "Igualdade de Género (PNIG) 2021-2025. A equipa do Banco apresentou depois a proposta de estratégia e os seus três objetivos.")
para("De um modo geral, as delegações acolheram favoravelmente a proposta e manifestaram o desejo de acompanhar a "
     "sua aplicação nos respetivos países.")

section("2. Principais pontos do debate")
para("**Representação política.** As deputadas saudaram o objetivo de envolver as mulheres como líderes. A delegação "
     "cabo-verdiana descreveu os efeitos da Lei da Paridade, de 2019, sobre a composição da Assembleia Nacional e das "
     "câmaras municipais, enquanto as delegações de Angola e de São Tomé e Príncipe lamentaram que as quotas "
     "previstas nas suas leis eleitorais não sejam cumpridas pelos partidos. Foi citado o relatório da União "
     "Interparlamentar sobre as mulheres nos parlamentos em 2022, que mostra a região abaixo da média mundial.")
para("**Violência política e violência baseada no género.** Várias participantes relataram ataques e ameaças, "
     "sobretudo nas redes sociais, contra mulheres candidatas e eleitas. A delegação de Moçambique recordou o papel "
     "do Gabinete da Mulher Parlamentar na aprovação da lei de 2019 contra as uniões prematuras, e pediu que a "
     "estratégia trate o casamento infantil como uma forma de violência.")
para("**Saúde das mulheres e das raparigas.** A delegação da Guiné-Bissau sublinhou que a mortalidade materna no "
     "país continua entre as mais elevadas do mundo e que muitas raparigas abandonam a escola depois de uma gravidez "
     "precoce.")
para("**Orçamentos e fiscalização.** Os participantes defenderam que as comissões parlamentares precisam de "
     "informação para fiscalizar a despesa pública com perspetiva de género, e pediram ao Banco que apoie a "
     "orçamentação sensível ao género e que partilhe com os parlamentos as avaliações de impacto de género das "
     "operações que financia.")

section("3. Mensagens-chave")
numbered(1, "Os parlamentos são aliados naturais da estratégia: aprovam as leis, os orçamentos e os empréstimos que "
            "a tornam possível.")
numbered(2, "A representação paritária só produz efeitos se for acompanhada do combate à violência política contra "
            "as mulheres.")
numbered(3, "O Banco deve partilhar com as comissões parlamentares, em português, a informação sobre o impacto de "
            "género das suas operações.")

section("4. Delegações")
para("Participaram na oficina as seguintes delegações e instituições:", after=1.5)
for country, orgs in [
    ("Angola", "Assembleia Nacional de Angola, Grupo de Mulheres Parlamentares"),
    ("Cabo Verde", "Assembleia Nacional de Cabo Verde, Rede de Mulheres Parlamentares Cabo-verdianas (RMPCV), "
                   "Instituto Cabo-verdiano para a Igualdade e Equidade de Género (ICIEG)"),
    ("Guiné-Bissau", "Assembleia Nacional Popular (por ligação virtual)"),
    ("Moçambique", "Assembleia da República, Gabinete da Mulher Parlamentar (GMP)"),
    ("São Tomé e Príncipe", "Assembleia Nacional de São Tomé e Príncipe"),
    ("Organismos internacionais", "ONU Mulheres, Programa das Nações Unidas para o Desenvolvimento (PNUD)"),
]:
    pdf.set_x(MARGIN + 4)
    pdf.set_font("Serif", "", 10.5)
    pdf.multi_cell(W - 4, 5.4, f"**{country}:** {orgs}", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
