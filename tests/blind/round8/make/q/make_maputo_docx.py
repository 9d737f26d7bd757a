#!/usr/bin/env python3
"""Make docs/q-maputo-anexo-pt.docx: a mission summary (Portuguese, Mozambique) as a real Word file.

Layout: a two-column "ficha" table at the top (no header row), Heading 1 sections, key messages as
List Number paragraphs, each meeting under a Heading 2 with its discussion as prose only; the participants
are given ONLY in an annex table at the end, whose first column says which meeting(s) each person attended
("A", "B", "A e C"). People are fictional; organisations are real. Reproducible (fixed timestamps).

    .venv-make/bin/python make/make_maputo_docx.py
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_common import save_reproducible  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "q-maputo-anexo-pt.docx"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)


def p(text, style=None, bold=False):
    par = doc.add_paragraph(style=style)
    par.add_run(text).bold = bold
    return par


p("GRUPO BANCO MUNDIAL", bold=True)
p("Nota de missão — Consulta sobre o projeto de Estratégia de Género 2024-2030", bold=True)

ficha = [("País", "Moçambique"), ("Cidade", "Maputo"), ("Datas", "20 a 22 de novembro de 2023"),
         ("Público", "Setor privado e sistema financeiro"),
         ("Equipa", "Grupo Banco Mundial (Banco Mundial e IFC)")]
t = doc.add_table(rows=len(ficha), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(ficha):
    t.cell(i, 0).text = ""
    t.cell(i, 0).paragraphs[0].add_run(k).bold = True
    t.cell(i, 1).text = v

doc.add_heading("1. Enquadramento", level=1)
p("Entre 20 e 22 de novembro de 2023, uma equipa do Grupo Banco Mundial, que incluiu colegas da Corporação Financeira "
  "Internacional (IFC), reuniu-se em Maputo com associações empresariais, instituições do sistema financeiro e grandes "
  "empregadores para recolher contributos sobre o projeto de Estratégia de Género 2024-2030. As três reuniões decorreram "
  "nas instalações das instituições anfitriãs. A lista completa de participantes consta do Anexo; no corpo desta nota, "
  "as instituições são referidas sobretudo pelo grupo a que pertencem.")

doc.add_heading("2. Mensagens principais", level=1)
for text in [
    "O setor privado apoia a estratégia e quer ser parceiro na sua execução, em especial no acesso ao financiamento "
    "para empresas detidas por mulheres.",
    "A falta de garantias e de títulos de uso da terra (DUAT) em nome das mulheres continua a limitar o crédito, "
    "sobretudo fora de Maputo.",
    "Os dados sobre a inclusão financeira das mulheres estão desatualizados: o último inquérito FinScope, conduzido "
    "pela FinMark Trust, data de 2019.",
]:
    p(text, style="List Number")

doc.add_heading("3. Síntese das reuniões", level=1)

doc.add_heading("Reunião A — Associações empresariais (segunda-feira, 20 de novembro)", level=2)
p("As associações receberam a equipa na sede da CTA e declararam o seu apoio ao projeto de estratégia. Os participantes "
  "destacaram o acesso ao crédito para mulheres empresárias, a formalização das vendedoras informais, a participação de "
  "empresas de mulheres nas compras públicas e o assédio sexual nos locais de trabalho.")
p("A representante da ACTIVA lembrou que a maioria das empresas de mulheres são micro e pequenas empresas que funcionam "
  "no setor informal e raramente têm contas bancárias em nome próprio. Foi referida uma linha de crédito apoiada pela "
  "Women Entrepreneurs Finance Initiative (We-Fi), que os participantes gostariam de ver alargada às províncias do norte.")

doc.add_heading("Reunião B — Regulador e instituições financeiras (terça-feira, 21 de novembro)", level=2)
p("O Banco de Moçambique apresentou os resultados da Estratégia Nacional de Inclusão Financeira 2016-2022 (ENIF) e a "
  "preparação da estratégia seguinte. Os participantes concordaram com o objetivo de alargar o acesso das mulheres aos "
  "serviços financeiros, mas manifestaram reservas quanto à capacidade de medir resultados: os dados desagregados por "
  "sexo de que o sistema bancário dispõe são incompletos, e o Instituto Nacional de Estatística (INE) ainda não publicou "
  "os resultados do último inquérito aos orçamentos familiares.")
p("O FSD Moçambique sugeriu que a estratégia incluísse metas sobre as contas de dinheiro móvel detidas por mulheres nas "
  "zonas rurais. O BCI descreveu os seus produtos de crédito para mulheres empresárias e as dificuldades de avaliar o "
  "risco de clientes sem historial bancário.")

doc.add_heading("Reunião C — Grandes empregadores (quarta-feira, 22 de novembro)", level=2)
p("Os empregadores manifestaram um forte apoio à estratégia e ofereceram-se para partilhar as suas políticas internas de "
  "igualdade. A Vodacom Moçambique descreveu o papel do M-Pesa na inclusão financeira das comerciantes e as suas bolsas "
  "de competências digitais para raparigas que terminam o ensino secundário.")
p("A Mozal falou dos esforços para aumentar o número de mulheres em cargos técnicos e de chefia numa indústria "
  "tradicionalmente masculina, e da creche que abriu junto à fábrica para os filhos das trabalhadoras por turnos. A "
  "representante da ACTIVA, que também participou nesta reunião, propôs um programa de mentoria entre as duas empresas e "
  "as associadas da ACTIVA. A Movitel, convidada, não pôde estar presente.")

doc.add_heading("4. Próximos passos", level=1)
p("A equipa partilhará esta nota com os participantes e voltará a contactar o Banco de Moçambique sobre a preparação da "
  "nova estratégia de inclusão financeira.")

doc.add_heading("Anexo — Lista de participantes", level=1)
rows = [
    ("Reunião", "Nome", "Função", "Instituição"),
    ("A", "Sra. Helena Cossa Nhantumbo", "Vice-Presidente do Pelouro de Género",
     "Confederação das Associações Económicas de Moçambique (CTA)"),
    ("A e C", "Sra. Luísa Mabunda Sitoe", "Diretora Executiva", "ACTIVA – Associação de Mulheres Empresárias e Executivas"),
    ("A", "Sr. Arnaldo Tivane Langa", "Secretário-Geral", "Câmara de Comércio de Moçambique (CCM)"),
    ("B", "Dra. Rosa Zandamela Muianga", "Diretora do Gabinete de Inclusão Financeira", "Banco de Moçambique"),
    ("B", "Sr. Jorge Bila Mucavele", "Especialista em Inclusão Financeira", "FSD Moçambique"),
    ("B", "Sra. Teresa Chemane Uamusse", "Diretora de Banca de Retalho", "BCI – Banco Comercial e de Investimentos"),
    ("C", "Sra. Ana Paula Macuácua", "Diretora de Recursos Humanos", "Vodacom Moçambique"),
    ("C", "Eng. Nélio Langa Cossa", "Gestor de Sustentabilidade", "Mozal"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for r, values in enumerate(rows):
    for c, v in enumerate(values):
        t.cell(r, c).text = ""
        t.cell(r, c).paragraphs[0].add_run(v).bold = r == 0

save_reproducible(doc, OUT, datetime.datetime(2023, 11, 28, 9, 0, 0),
                  "Nota de missão - Moçambique - Estratégia de Género 2024-2030")
print("wrote", OUT)
