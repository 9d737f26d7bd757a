#!/usr/bin/env python3
"""Make docs/c-cfemea-carta-pt.docx: a written input in Brazilian Portuguese, as a letter in Word.

Layout: letterhead lines, place and date right-aligned, addressee block, "Assunto:" line, salutation,
Roman-numbered comments (I to VI) as bold lead-ins followed by paragraphs, closing, and the signatories
in a table (Organização | Representante | Função). No heading styles. People are fictional;
organisations real.

    .venv-make/bin/python make/make_cfemea_carta_docx.py [OUT.docx]
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_common import save_reproducible  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "c-cfemea-carta-pt.docx"

doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(12)


def para(runs, align=None, size=None, space_after=None):
    if isinstance(runs, str):
        runs = [(runs, False)]
    p = doc.add_paragraph()
    for t, b in runs:
        r = p.add_run(t)
        r.bold = b
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


para([("Carta aberta de organizações feministas e de trabalhadoras brasileiras", True)], align=WD_ALIGN_PARAGRAPH.CENTER, size=11)
para("Brasília, 24 de novembro de 2023", align=WD_ALIGN_PARAGRAPH.RIGHT)

for i, line in enumerate(["Ao", "Grupo Banco Mundial", "Equipe responsável pela Estratégia de Gênero 2024-2030",
                          "1818 H Street NW", "Washington, DC 20433 – Estados Unidos"]):
    para(line, space_after=0)
para("")
para([("Assunto: ", True), ("contribuições à consulta sobre o rascunho da Estratégia de Gênero 2024-2030", False)])
para("Prezadas senhoras e prezados senhores,")
para("As organizações abaixo assinadas, que atuam há décadas pelos direitos das mulheres no Brasil, vêm por meio desta "
     "apresentar suas contribuições à consulta pública sobre o rascunho da Estratégia de Gênero 2024-2030 do Grupo "
     "Banco Mundial. Reconhecemos avanços no texto, em especial a prioridade dada ao fim da violência de gênero, mas "
     "consideramos que a estratégia, tal como está, não responde às desigualdades que atravessam a vida das mulheres "
     "negras, indígenas, do campo e das periferias. Apresentamos a seguir nossas observações.")

comments = [
    ("I – Direitos, e não apenas eficiência. ",
     "O rascunho justifica a igualdade de gênero sobretudo pelos ganhos de produtividade e de crescimento. Para nós, a "
     "igualdade é um direito humano e deve ser afirmada como tal, independentemente do retorno econômico que produza."),
    ("II – Raça e gênero são inseparáveis. ",
     "No Brasil, as mulheres negras são a maioria entre as mais pobres, as desempregadas e as vítimas de feminicídio. "
     "Pedimos que a estratégia adote explicitamente uma abordagem interseccional e que seus indicadores sejam "
     "desagregados por raça e etnia, e não apenas por sexo."),
    ("III – O trabalho de cuidado e as trabalhadoras domésticas. ",
     "Mais de cinco milhões de brasileiras são trabalhadoras domésticas, a maioria sem carteira assinada. A estratégia "
     "deve reconhecer o trabalho de cuidado remunerado e não remunerado e apoiar sistemas públicos de cuidado, como a "
     "Política Nacional de Cuidados hoje em construção no país. Alertamos ainda que regras fiscais que limitam o gasto "
     "social, como o novo arcabouço fiscal, tendem a transferir para as mulheres o custo dos serviços que o Estado "
     "deixa de prestar."),
    ("IV – Mulheres do campo, das águas e das florestas. ",
     "As agricultoras familiares, quilombolas, extrativistas e pescadoras enfrentam dificuldades de acesso à terra, à "
     "assistência técnica e ao crédito rural. A mobilização da Marcha das Margaridas de agosto de 2023 levou ao governo "
     "uma pauta que a estratégia poderia apoiar."),
    ("V – Violência contra as mulheres. ",
     "A Lei Maria da Penha é uma referência internacional, mas sua aplicação depende de serviços que faltam na maioria "
     "dos municípios. Pedimos que os projetos do Banco financiem a rede de atendimento e não apenas campanhas."),
    ("VI – Participação e recursos para os movimentos. ",
     "Solicitamos que o Grupo Banco Mundial crie mecanismos permanentes de diálogo com a sociedade civil no país e "
     "destine financiamento direto e flexível às organizações de mulheres, em especial às de base."),
]
for lead, body in comments:
    para([(lead, True), (body, False)], align=WD_ALIGN_PARAGRAPH.JUSTIFY)

para("Colocamo-nos à disposição para aprofundar estes pontos.")
para("Atenciosamente,")

sig = [
    ("Organização", "Representante", "Função"),
    ("Centro Feminista de Estudos e Assessoria (CFEMEA)", "Joana Batista Lemos", "Coordenadora colegiada"),
    ("Geledés – Instituto da Mulher Negra", "Luana Aparecida dos Santos", "Coordenadora de projetos"),
    ("Articulação de Mulheres Brasileiras (AMB)", "Marta Regina Vasconcelos", "Integrante da coordenação nacional"),
    ("Federação Nacional das Trabalhadoras Domésticas (FENATRAD)", "Eliane Rodrigues Bispo", "Secretária-geral"),
    ("Confederação Nacional dos Trabalhadores Rurais Agricultores e Agricultoras Familiares (CONTAG)",
     "Rosilene Ferreira Cunha", "Secretária de Mulheres Trabalhadoras Rurais"),
]
t = doc.add_table(rows=len(sig), cols=3)
t.style = "Table Grid"
for r, row in enumerate(sig):
    for c, val in enumerate(row):
        t.cell(r, c).text = val
        if r == 0:
            t.cell(r, c).paragraphs[0].runs[0].bold = True

para("")
para("Contato para resposta: CFEMEA, Brasília – DF, cfemea@cfemea.org.br", size=9)

save_reproducible(doc, OUT, datetime.datetime(2023, 11, 24, 15, 0, 0),
                  "Carta - contribuições à Estratégia de Gênero 2024-2030")
print(f"wrote {OUT}")
