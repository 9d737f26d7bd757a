#!/usr/bin/env python3
"""Make docs/m-luanda-parlamentares-pt.pdf: a Portuguese (Angola) event readout of a round table, with fpdf2.

    python3 -m venv .venv-make && .venv-make/bin/pip install fpdf2
    .venv-make/bin/python make/make_luanda_pdf.py [OUT.pdf]

Layout: coloured title band, an "Ficha do evento" key/value grid, a timed "Programa", then the discussion as
numbered prose paragraphs ("Síntese do debate"), and the participants in a table (Nome | Cargo | Instituição)
placed AFTER the discussion; the table runs across the page break, its header row repeated. A closing
"Compromissos" list.
Fixed creation date, so rebuilding gives the same bytes.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "m-luanda-parlamentares-pt.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def footer(self):
        self.set_font("Sans", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(20, self.h - 12)
        self.cell(0, 4, f"Banco Mundial — Escritório de Angola   |   {self.page_no()}", align="L")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, margin=18)
pdf.set_creation_date(datetime.datetime(2023, 10, 18, 8, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Nota de evento - Mesa-redonda com parlamentares, Luanda")
pdf.set_author("Banco Mundial - Escritório de Angola")
for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
    pdf.add_font("Sans", style, str(FONT / f))
pdf.add_page()

pdf.set_fill_color(0, 84, 120)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 13)
pdf.multi_cell(0, 7.5, "NOTA DE EVENTO\nMesa-redonda: as mulheres na liderança e a Estratégia de Género 2024-2030 "
               "do Grupo Banco Mundial", fill=True, padding=3)
pdf.set_text_color(0, 0, 0)
pdf.ln(4)

pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Ficha do evento", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
with pdf.table(col_widths=(38, 132), first_row_as_headings=False, line_height=5.5,
               borders_layout="HORIZONTAL_LINES") as t:
    for k, v in [("Data", "12 de Outubro de 2023, das 9h00 às 13h00"),
                 ("Local", "Sala Multiusos da Assembleia Nacional, Luanda, Angola"),
                 ("Formato", "Mesa-redonda presencial, em português"),
                 ("Organização", "Banco Mundial, em parceria com o Grupo de Mulheres Parlamentares"),
                 ("Público", "Deputadas e deputados, governo, sociedade civil e academia")]:
        r = t.row()
        pdf.set_font("Sans", "B", 9); r.cell(k)
        pdf.set_font("Sans", "", 9); r.cell(v)
pdf.ln(4)

pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Programa", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
for h, s in [("9h00", "Abertura pela Presidente do Grupo de Mulheres Parlamentares"),
             ("9h20", "Apresentação da proposta de estratégia pela equipa do Banco Mundial"),
             ("10h00", "Debate aberto, moderado pela Rede Mulher Angola"),
             ("12h30", "Compromissos e encerramento")]:
    pdf.cell(18, 5.5, h)
    pdf.cell(0, 5.5, s, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Síntese do debate", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.5)
paras = [
    "A Presidente do Grupo de Mulheres Parlamentares abriu a sessão lembrando que a representação feminina na "
    "Assembleia Nacional ainda está longe da paridade. As deputadas presentes manifestaram um apoio inequívoco à "
    "proposta de estratégia e, em particular, ao objectivo de envolver as mulheres como líderes, que consideram o mais "
    "próximo do seu mandato.",
    "O debate deteve-se longamente na participação política das mulheres. Foi defendido o reforço das quotas nas "
    "listas partidárias e a formação de candidatas a nível provincial e municipal, tendo em vista as futuras eleições "
    "autárquicas. Um relatório da União Interparlamentar sobre as mulheres nos parlamentos africanos foi citado para "
    "comparar Angola com os países vizinhos.",
    "O representante do Ministério da Acção Social, Família e Promoção da Mulher apresentou os avanços na aplicação "
    "da Lei contra a Violência Doméstica e reconheceu que os centros de aconselhamento familiar ainda não cobrem "
    "todos os municípios. As deputadas pediram mais recursos no Orçamento Geral do Estado para estes serviços e "
    "propuseram que a Comissão de Economia e Finanças passe a analisar o orçamento com uma perspectiva de género.",
    "A Rede Mulher Angola chamou a atenção para as zungueiras, as vendedoras ambulantes de Luanda, que trabalham sem "
    "protecção social e são frequentemente alvo de apreensões da mercadoria, e para as mulheres camponesas do "
    "planalto central, que raramente têm acesso a crédito. A docente da Universidade Agostinho Neto sublinhou que a "
    "falta de dados desagregados por sexo, sobretudo a nível municipal, impede avaliar qualquer destas políticas, e "
    "o UNFPA ofereceu apoio técnico ao Instituto Nacional de Estatística na preparação do próximo recenseamento, que "
    "deverá incluir perguntas sobre o uso do tempo e a chefia dos agregados familiares.",
]
for i, p in enumerate(paras, 1):
    pdf.set_x(20)
    pdf.cell(7, 5.2, f"{i}.")
    pdf.multi_cell(0, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(2)

pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Participantes na mesa-redonda", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.8)
rows = [("Nome", "Cargo", "Instituição"),
        ("Deputada Maria Helena Kiala Tavares", "Presidente", "Grupo de Mulheres Parlamentares (GMP), Assembleia Nacional"),
        ("Deputada Joana Filomena Ngueve", "Membro da Comissão de Economia e Finanças", "Grupo de Mulheres Parlamentares (GMP), Assembleia Nacional"),
        ("Dr. Adelino Manuel Kapinga", "Director Nacional para os Direitos da Mulher", "Ministério da Acção Social, Família e Promoção da Mulher (MASFAMU)"),
        ("Sra. Luzia Esperança Muondo", "Coordenadora", "Rede Mulher Angola"),
        ("Prof.ª Dra. Celeste Marisa Dombaxe", "Docente de Sociologia", "Universidade Agostinho Neto"),
        ("Sr. Tomás Bento Manuel", "Oficial de Programas", "Fundo das Nações Unidas para a População (UNFPA)")]
with pdf.table(col_widths=(55, 55, 60), line_height=5, headings_style=FontFace(emphasis="BOLD", fill_color=(225, 235, 240))) as t:
    for row in rows:
        r = t.row()
        for v in row:
            r.cell(v)
pdf.ln(4)

pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Compromissos", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.5)
for c in ["O Grupo de Mulheres Parlamentares enviará ao Banco Mundial um contributo escrito sobre a proposta de estratégia.",
          "O Banco Mundial partilhará com as deputadas a versão final da estratégia e organizará uma sessão de apresentação em 2024.",
          "As partes estudarão uma formação conjunta sobre orçamentação sensível ao género para assessores parlamentares."]:
    pdf.set_x(24)
    pdf.cell(5, 5.2, "›")
    pdf.multi_cell(0, 5.2, c, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
