#!/usr/bin/env python3
"""Make docs/r3g-timor-pt.pdf: a Portuguese event readout (development partners round table, Díli) as a memo PDF.

    OUT/.venv-make/bin/python make/make_timor_pdf.py

Layout: memo header block (Para / De / Data / Assunto) as label-value rows, a context paragraph, the
delegations as "Country or system: Organisation (person, title)" lines that run across the page break,
then numbered discussion points in prose and a short follow-up list. Fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "r3g-timor-pt.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "I", 7.5)
        self.cell(0, 5, f"Uso interno — {self.page_no()}/{{nb}}", align="R")


pdf = Doc(format="A4")
pdf.set_creation_date(datetime.datetime(2023, 10, 3, 8, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Memorando - Mesa-redonda com parceiros de desenvolvimento, Dili")
for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
    pdf.add_font("DejaVu", style, str(FONT / f))
pdf.set_margins(24, 20, 24)
pdf.set_auto_page_break(True, margin=20)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.w - 48
pdf.set_font("DejaVu", "B", 16)
pdf.cell(0, 9, "MEMORANDO", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
for k, v in [("Para:", "Equipa da Estratégia de Género, Grupo Banco Mundial (Washington)"),
             ("De:", "Escritório do Banco Mundial em Díli"),
             ("Data:", "3 de outubro de 2023"),
             ("Assunto:", "Mesa-redonda com parceiros de desenvolvimento sobre a Estratégia de Género 2024-2030 — "
                          "Díli, 28 de setembro de 2023")]:
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(24, 6, k)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(W - 24, 6, v, new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_line_width(0.6)
pdf.line(24, pdf.get_y(), pdf.w - 24, pdf.get_y())
pdf.ln(5)


def body(text, style="", size=10.5, h=5.8, after=2.5, indent=0):
    pdf.set_font("DejaVu", style, size)
    if indent:
        pdf.set_x(24 + indent)
    pdf.multi_cell(W - indent, h, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def label(text):
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


label("Enquadramento")
body("No dia 28 de setembro de 2023, o Escritório do Banco Mundial em Díli acolheu uma mesa-redonda de duas horas com "
     "os principais parceiros de desenvolvimento que trabalham em igualdade de género em Timor-Leste. O objetivo era "
     "apresentar o projeto de Estratégia de Género 2024-2030 do Grupo Banco Mundial, ouvir os comentários dos parceiros "
     "e identificar áreas de trabalho conjunto. A reunião decorreu em português e em inglês, com interpretação para "
     "tétum para a representante do Governo. Foi a primeira vez que os parceiros se reuniram sobre este tema desde a "
     "tomada de posse do IX Governo Constitucional, em julho.")
body("Os parceiros acolheram favoravelmente o projeto de Estratégia e mostraram interesse em alinhar os seus programas "
     "com os três objetivos propostos. As secções seguintes resumem quem esteve presente e o que foi dito.")

label("Delegações presentes")
delegs = [
    "Governo de Timor-Leste: Secretaria de Estado para a Igualdade (SEI) — Sra. Ermelinda Soares Pereira, Diretora-Geral",
    "Portugal: Camões – Instituto da Cooperação e da Língua — Sr. Rui Manuel Teixeira Lopes, Coordenador da Cooperação Portuguesa",
    "Austrália: Embaixada da Austrália — Sra. Hannah Whitfield-Moore, Conselheira para o Género",
    "Japão: Agência de Cooperação Internacional do Japão (JICA) — Sra. Yuki Morimoto, Representante Adjunta",
    "Coreia: Agência de Cooperação Internacional da Coreia (KOICA)",
    "União Europeia: Delegação da União Europeia em Timor-Leste",
    "Nações Unidas: ONU Mulheres — Sra. Ana Rita Carvalho Mendes, Representante no País; Fundo de População das Nações "
    "Unidas (UNFPA); Organização Internacional do Trabalho (OIT)",
    "Bancos multilaterais: Banco Asiático de Desenvolvimento (BAD)",
]
for d in delegs:
    country, rest = d.split(": ", 1)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.set_x(28)
    w = pdf.get_string_width(country + ": ") + 1
    pdf.cell(w, 5.8, country + ":")
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(W - 4 - w, 5.8, rest, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(2)

label("Pontos levantados")
points = [
    "Violência baseada no género. A Embaixada da Austrália apresentou os resultados do Programa Nabilan e lembrou que "
    "quase seis em cada dez mulheres timorenses relatam ter sofrido violência por parte do parceiro. Os parceiros "
    "pediram que a Estratégia apoie a execução do Plano de Ação Nacional sobre Violência Baseada no Género, sobretudo "
    "os serviços de apoio às sobreviventes fora de Díli.",
    "Mulheres nos sucos. A ONU Mulheres e a SEI sublinharam que as mulheres continuam quase ausentes da chefia dos sucos "
    "e que a quota para os conselhos de suco não se traduziu em poder de decisão real.",
    "Orçamento sensível ao género. A Diretora-Geral da SEI descreveu a experiência do país com a orçamentação sensível ao "
    "género e pediu apoio do Banco para acompanhar a execução da despesa, e não apenas a sua marcação no Orçamento Geral "
    "do Estado.",
    "Trabalho e agricultura. A OIT e a JICA chamaram a atenção para as mulheres rurais que trabalham na agricultura de "
    "subsistência sem remuneração, e para a falta de emprego formal para as jovens. Foi referido o programa Bolsa da Mãe "
    "como uma plataforma que poderia ligar as transferências a oportunidades de rendimento.",
    "Dados e coordenação. Vários parceiros lamentaram a escassez de dados desagregados por sexo entre censos e "
    "propuseram que os parceiros combinem um conjunto mínimo de indicadores comuns, a trabalhar com o Instituto Nacional "
    "de Estatística.",
]
for i, t in enumerate(points, 1):
    head, rest = t.split(". ", 1)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.set_x(24)
    pdf.cell(7, 5.8, f"{i}.")
    pdf.multi_cell(W - 7, 5.8, f"**{head}.** {rest}", align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

label("Encaminhamentos")
body("— O Escritório partilhará o projeto de Estratégia em português com todas as delegações.\n"
     "— A ONU Mulheres convocará uma segunda reunião, em novembro, sobre indicadores comuns.", after=1)

pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
