#!/usr/bin/env python3
"""Make docs/h-maputo-nota-pt.pdf: a mission note (Mozambican Portuguese) as a PDF.

    .venv-make/bin/python make/make_maputo_pdf.py [OUT.pdf]

Layout: numbered sections ("1. Enquadramento", "2. Principais constatações", "3. Encontros",
"4. Próximos passos"); findings as a), b), c), d); each meeting headed by its VENUE and date
("3.1 Na sede do MGCAS — 20 de Setembro"); participants in a ruled table whose columns are in
an unusual order: Cargo | Instituição | Nome (one row has no name, shown as "—"); then a
"Síntese" paragraph. A running header and a "Página N de M" footer on every page; the
page break falls inside the second meeting. People are fictional; organisations are real.
Reproducible: fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "h-maputo-nota-pt.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(20, 10)
        self.cell(0, 4, "Grupo Banco Mundial · Escritório de Maputo · Nota de Missão", align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_y(-14)
        self.cell(0, 4, f"Página {self.page_no()} de {{nb}}", align="R")


pdf = Doc(format="A4")
pdf.set_margins(20, 22, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.set_creation_date(datetime.datetime(2023, 9, 29, 8, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Nota de Missão - Consultas sobre a Estratégia de Género 2024-2030 - Moçambique")
pdf.set_author("Escritório do Banco Mundial em Maputo")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
pdf.alias_nb_pages()
pdf.add_page()


def p(text, size=9.5, style="", after=2.2, h=4.9, align="J"):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.ln(after)


def h1(text):
    pdf.ln(1.5)
    p(text, size=11, style="B", after=1.5)


def h2(text):
    p(text, size=10, style="B", after=1.2)


def item(label, text):
    pdf.set_font("DejaVu", "", 9.5)
    x = pdf.l_margin
    pdf.set_x(x)
    pdf.cell(7, 4.9, label)
    pdf.multi_cell(0, 4.9, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def participants(rows):
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(55, 70, 45), line_height=4.6, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   first_row_as_headings=True) as table:
        for values in [("Cargo", "Instituição", "Nome")] + rows:
            row = table.row()
            for v in values:
                row.cell(v)
    pdf.ln(2.5)


p("NOTA DE MISSÃO", size=9, style="B", after=0.5)
p("Consultas sobre a Estratégia de Género 2024–2030 do Grupo Banco Mundial", size=14, style="B", after=1, h=6.2, align="L")
p("Maputo, Moçambique · 20 a 22 de Setembro de 2023", size=10, after=0.5)
p("Interlocutores: Governo, sociedade civil e sector privado", size=10, style="I", after=4)

h1("1. Enquadramento")
p("Entre 20 e 22 de Setembro de 2023, uma equipa do Grupo Banco Mundial realizou em Maputo consultas sobre o "
  "rascunho da Estratégia de Género 2024–2030. A missão procurou ouvir o Governo de Moçambique, organizações "
  "da sociedade civil e o sector privado sobre os três objectivos propostos e sobre as prioridades do país, "
  "num contexto marcado pelo conflito em Cabo Delgado e pela recuperação após os ciclones de 2019 e 2023. "
  "Realizaram-se três encontros, descritos na secção 3.")

h1("2. Principais constatações")
item("a)", "Todos os interlocutores apoiaram os objectivos propostos; o Governo pediu que a Estratégia se "
           "articule com os instrumentos nacionais já aprovados.")
item("b)", "As uniões prematuras continuam a ser a questão mais urgente para as raparigas; dados do Inquérito "
           "Demográfico e de Saúde do Instituto Nacional de Estatística (INE) foram citados por vários "
           "participantes.")
item("c)", "A sociedade civil alertou para a situação das mulheres deslocadas no norte do país e para a falta "
           "de financiamento estável das organizações de mulheres.")
item("d)", "O sector privado vê no acesso ao crédito e aos serviços financeiros móveis a principal alavanca "
           "para as empresas de mulheres.")

h1("3. Encontros")

h2("3.1 Na sede do MGCAS — 20 de Setembro")
participants([
    ("Directora Nacional do Género", "Ministério do Género, Criança e Acção Social (MGCAS)", "Arminda Tembe Mabunda"),
    ("Chefe do Departamento de Prevenção da Violência", "Ministério do Género, Criança e Acção Social (MGCAS)",
     "Célio Nhantumbo Cossa"),
    ("Técnica de Programas", "Instituto Nacional de Acção Social (INAS)", "Rute Sitoe Matsinhe"),
])
p("Síntese. O MGCAS manifestou forte apoio à Estratégia e disponibilidade para acompanhar a sua implementação "
  "em Moçambique. A conversa centrou-se na aplicação da Lei de Prevenção e Combate às Uniões Prematuras, na "
  "expansão dos Centros de Atendimento Integrado às vítimas de violência e no alargamento do Programa Subsídio "
  "Social Básico às mulheres chefes de agregado familiar. O INAS sublinhou que a maioria dos beneficiários do "
  "programa são mulheres idosas que cuidam de netos órfãos.")

h2("3.2 No Escritório do Banco Mundial, Av. Kenneth Kaunda — 21 de Setembro")
participants([
    ("Directora Executiva", "Fórum Mulher – Coordenação para a Mulher no Desenvolvimento", "Benedita Langa Muianga"),
    ("Oficial de Advocacia", "WLSA Moçambique (Women and Law in Southern Africa)", "Telma Chambal Nhaca"),
    ("Coordenador", "Rede HOPEM – Homens pela Mudança", "Edson Mucavele Tivane"),
    ("Representante", "Associação Mulher, Lei e Desenvolvimento (MULEIDE)", "—"),
    ("Gestora de Programas", "N'weti – Comunicação para a Saúde", "Olga Massingue Bila"),
])
p("Síntese. As organizações acolheram a Estratégia, mas mostraram-se preocupadas com a ausência de referências "
  "às mulheres e raparigas deslocadas pelo conflito em Cabo Delgado, que enfrentam violência sexual e perda de "
  "meios de vida, e lembraram o Plano Nacional de Acção sobre Mulheres, Paz e Segurança. A Rede HOPEM defendeu "
  "que o trabalho com homens e rapazes sobre masculinidades seja parte de qualquer programa de prevenção da "
  "violência. O N'weti chamou a atenção para a saúde sexual e reprodutiva das adolescentes nas zonas rurais. "
  "O Fórum Mulher pediu que o Banco crie mecanismos de financiamento directo e plurianual para as organizações "
  "de mulheres. Um estudo do UNICEF sobre casamentos prematuros foi citado durante a discussão.")

h2("3.3 Na Confederação das Associações Económicas de Moçambique (CTA) — 22 de Setembro")
participants([
    ("Vice-Presidente do Pelouro de Género", "Confederação das Associações Económicas de Moçambique (CTA)",
     "Dércia Macamo Uamusse"),
    ("Presidente", "ACTIVA – Associação da Mulher Empresária e Executiva", "Luísa Cumbe Mavie"),
    ("Directora de Banca de Retalho", "Millennium bim", "Patrícia Sousa Chiziane"),
    ("Responsável de Inclusão Financeira", "Vodacom Moçambique", "Nelson Guambe Zandamela"),
])
p("Síntese. Os participantes apoiaram a Estratégia e a atenção que dá às oportunidades económicas. A ACTIVA "
  "descreveu as dificuldades das empresárias em obter crédito sem garantias e em entrar nas cadeias de "
  "fornecimento dos grandes projectos de gás natural. O Millennium bim e a Vodacom apresentaram produtos de "
  "poupança e crédito através do M-Pesa, e referiram a Estratégia Nacional de Inclusão Financeira do Banco "
  "de Moçambique. Foi também referida a baixa literacia digital das vendedoras dos mercados.")

h1("4. Próximos passos")
p("A equipa partilhará esta nota com os interlocutores e enviará ao MGCAS, até Outubro, uma proposta de "
  "acompanhamento da implementação da Estratégia em Moçambique.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
