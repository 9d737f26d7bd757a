#!/usr/bin/env python3
"""Make docs/o-formulario-geledes-pt.docx: a Portuguese written input exported from an online form, as a Word file.

    python3 -m venv .venv-make && .venv-make/bin/pip install python-docx
    .venv-make/bin/python make/make_formulario_docx.py [OUT.docx]

Layout: a submission number and timestamp line; "Seção A" as a two-column Word table (Campo | Resposta)
with a header row identifying the submitting organisation, its contact person and a partner organisation
that co-signs; "Seção B" as a table of the three objectives with a level of agreement; "Seção C" as
question/answer pairs (bold "P1." question paragraph, then a "Resposta:" paragraph); a publication
consent line with ballot-box characters at the end. People are fictional; organisations are real.
Reproducible bytes: fixed core properties and zip timestamps.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "o-formulario-geledes-pt.docx"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)


def para(text="", bold=False, size=None, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return p


def table(rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            c.paragraphs[0].add_run(v).bold = i == 0
    trPr = t.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)
    para()
    return t


def qa(n, question, answers):
    p = doc.add_paragraph()
    p.add_run(f"P{n}. ").bold = True
    p.add_run(question).bold = True
    for i, a in enumerate(answers):
        p = doc.add_paragraph()
        if i == 0:
            p.add_run("Resposta: ").italic = True
        p.add_run(a)


para("GRUPO BANCO MUNDIAL", bold=True, size=8)
para("Consulta pública sobre a Estratégia de Gênero 2024–2030", bold=True, size=14)
para("Formulário de contribuição escrita — versão exportada", size=11)
para("Submissão nº 0147  ·  Recebida em 28/11/2023, 16:42 (horário de Brasília)  ·  Idioma: português", italic=True, size=8.5)

doc.add_heading("Seção A – Identificação", level=2)
table([
    ("Campo", "Resposta"),
    ("Nome da organização", "Geledés – Instituto da Mulher Negra"),
    ("Tipo de organização", "Organização da sociedade civil / ONG"),
    ("País", "Brasil"),
    ("Cidade", "São Paulo"),
    ("Responsável pelo preenchimento", "Nilza Aparecida Fonseca do Nascimento"),
    ("Cargo", "Coordenadora de Advocacy Internacional"),
    ("E-mail", "n.nascimento@exemplo.org.br"),
    ("Contribuição conjunta?", "Sim. Esta contribuição é apresentada em conjunto com Criola (Rio de Janeiro), "
                               "representada por Débora Cristina Santana Ribeiro, Coordenadora de Projetos."),
])

doc.add_heading("Seção B – Avaliação dos objetivos estratégicos", level=2)
table([
    ("Objetivo estratégico", "Grau de concordância"),
    ("1. Pôr fim à violência de gênero e elevar o capital humano", "Concordo totalmente"),
    ("2. Ampliar e viabilizar as oportunidades econômicas", "Concordo parcialmente"),
    ("3. Engajar as mulheres como líderes", "Concordo totalmente"),
])

doc.add_heading("Seção C – Perguntas abertas", level=2)
qa(1, "Qual é a avaliação geral da sua organização sobre o rascunho da Estratégia?", [
    "Concordamos parcialmente. Reconhecemos o avanço de um documento que trata a violência de gênero como prioridade, "
    "mas o rascunho é praticamente cego à raça: fala de \"mulheres\" como se fossem um grupo homogêneo. No Brasil, "
    "as mulheres negras são mais da metade das mulheres e estão na base de quase todos os indicadores sociais.",
])
qa(2, "Que temas estão ausentes ou insuficientemente tratados no rascunho?", [
    "Identificamos três lacunas principais: o racismo estrutural, a situação das trabalhadoras domésticas e a "
    "violência letal contra mulheres negras.",
    "O trabalho doméstico remunerado ainda ocupa milhões de mulheres, em sua maioria negras, e grande parte delas "
    "continua sem carteira assinada, apesar da Lei Complementar nº 150/2015. Qualquer política de cuidados que o "
    "Banco apoie deve garantir os direitos dessas trabalhadoras, e não apenas ampliar a oferta de serviços.",
    "Quanto à violência, a Lei Maria da Penha é uma referência, mas os feminicídios de mulheres negras não diminuíram "
    "no mesmo ritmo que os de mulheres brancas.",
])
qa(3, "Como o Grupo Banco Mundial deveria trabalhar com a sociedade civil na implementação da Estratégia?", [
    "Com recursos diretos e de longo prazo para organizações de mulheres negras, que hoje quase não têm acesso ao "
    "financiamento internacional, e com espaços permanentes de participação no acompanhamento dos projetos no país.",
])
qa(4, "Há dados ou evidências que gostaria de compartilhar?", [
    "Sugerimos a PNAD Contínua do IBGE e o Atlas da Violência, publicado pelo Ipea e pelo Fórum Brasileiro de "
    "Segurança Pública. Pedimos que todos os indicadores da Estratégia sejam desagregados por sexo e por raça/cor.",
])
qa(5, "Outros comentários", [
    "Recomendamos que o Banco acompanhe de perto a construção da Política Nacional de Cuidados pelo governo "
    "federal e apoie a participação das trabalhadoras domésticas e de suas organizações nesse processo.",
])
para()
para("Autorizo a publicação desta contribuição no site da consulta:  ☒ Sim   ☐ Não", size=9)

when = datetime.datetime(2023, 11, 28, 19, 42, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Plataforma de consulta"
cp.title = "Contribuição escrita nº 0147 - Estratégia de Gênero 2024-2030"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 28, 19, 42, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
