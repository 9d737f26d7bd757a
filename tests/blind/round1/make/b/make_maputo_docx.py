#!/usr/bin/env python3
"""Make docs/b-maputo-parceiros-pt.docx: a mission report in Portuguese (Mozambique) as a Word file.

Layout: no heading styles at all (sections are bold Normal paragraphs), a two-column "ficha"
table at the top, meetings headed by their venue, participants given three different ways
(delegations by country as a Word bullet list; a table Nome | Instituição | Função; a prose
paragraph). Reproducible: fixed core properties and zip timestamps.
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "docs" / "b-maputo-parceiros-pt.docx"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text="", style=None, bold=False, size=None, italic=False):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def runs(parts, style=None):
    p = doc.add_paragraph(style=style)
    for text, b in parts:
        r = p.add_run(text)
        r.bold = b
    return p


para("GRUPO BANCO MUNDIAL", bold=True, size=9)
para("Estratégia de Género 2024-2030 — Consulta em Moçambique", bold=True, size=15)
para("Relatório da missão junto dos parceiros de cooperação", italic=True, size=11)

t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in [("Datas", "20 a 22 de setembro de 2023"),
             ("Local", "Maputo, Moçambique"),
             ("Interlocutores", "Parceiros de cooperação bilaterais e multilaterais"),
             ("Reuniões realizadas", "3")]:
    row = t.add_row().cells
    row[0].text = k
    row[0].paragraphs[0].runs[0].bold = True
    row[1].text = v
para()

para("Enquadramento", bold=True, size=12)
para("A equipa do Grupo Banco Mundial esteve em Maputo para ouvir os parceiros de cooperação sobre a proposta "
     "de Estratégia de Género 2024-2030. Moçambique vive ao mesmo tempo uma crise humanitária no norte, uma das "
     "taxas de casamento prematuro mais altas do mundo e uma forte dependência da agricultura familiar, em que "
     "as mulheres são a maioria. Os parceiros foram convidados a comentar as prioridades da proposta e a "
     "identificar áreas em que o trabalho conjunto pode ser reforçado.")

para("Mensagens principais", bold=True, size=12)
for parts in [
    [("Os parceiros apoiam os três objetivos da estratégia ", False),
     ("e pedem que o Banco participe de forma regular na coordenação entre doadores.", True)],
    [("A resposta à violência baseada no género nas zonas afetadas pelo conflito ", False),
     ("continua muito abaixo das necessidades.", True)],
    [("Os parceiros bilaterais ", False),
     ("querem linguagem clara sobre saúde sexual e reprodutiva ", True),
     ("e receiam que a versão final a enfraqueça.", False)],
]:
    runs(parts, style="List Bullet")

para("Síntese das reuniões", bold=True, size=12)

# Meeting 1: by venue, delegations as bullets "País: organização"
para("Delegação da União Europeia em Moçambique, 20 de setembro", bold=True)
para("Reunião com o Grupo de Coordenação de Género dos Parceiros de Cooperação, presidido este ano pelo "
     "Alto Comissariado do Canadá. Estiveram presentes:")
for d in ["Canadá: Alto Comissariado do Canadá em Moçambique",
          "Suécia: Embaixada da Suécia em Maputo",
          "Irlanda: Embaixada da Irlanda em Moçambique",
          "União Europeia: Delegação da União Europeia em Moçambique",
          "Nações Unidas: ONU Mulheres; Fundo de População das Nações Unidas (UNFPA); Fundo das Nações Unidas para a Infância (UNICEF)"]:
    para(d, style="List Bullet")
para("Os membros do Grupo manifestaram o seu apoio à proposta. A conversa centrou-se em quatro temas: a resposta "
     "à violência baseada no género em Cabo Delgado, a situação das mulheres deslocadas internamente, a "
     "coordenação entre doadores e a qualidade dos dados desagregados por sexo. A ONU Mulheres apresentou o "
     "balanço da Iniciativa Spotlight e recordou que o Plano Nacional de Acção sobre Mulheres, Paz e Segurança "
     "precisa de financiamento para ser aplicado nas províncias do norte.")

# Meeting 2: venue, table Nome | Instituição | Função
para("Escritório do Banco Mundial, Avenida Kenneth Kaunda, 21 de setembro", bold=True)
para("Agências bilaterais de cooperação")
tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Light Grid Accent 1"
for i, h in enumerate(["Nome", "Instituição", "Função"]):
    tbl.rows[0].cells[i].text = h
for row in [("Sra. Catarina Magaia Sitoe", "Agência dos Estados Unidos para o Desenvolvimento Internacional (USAID)", "Especialista em Género e Inclusão"),
            ("Sr. Pieter Vandenberghe", "Enabel – Agência Belga de Desenvolvimento", "Representante Residente"),
            ("Sra. Giulia Ferraresi", "Agência Italiana para a Cooperação para o Desenvolvimento (AICS)", "Oficial de Programas"),
            ("Sr. Rui Manuel Tavares", "Camões – Instituto da Cooperação e da Língua", "Adido de Cooperação")]:
    cells = tbl.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
para()
para("As agências acolheram a estratégia, mas manifestaram preocupação com o facto de a proposta mencionar a saúde "
     "sexual e reprodutiva apenas de passagem. A USAID lembrou que quase metade das raparigas moçambicanas casa "
     "antes dos 18 anos e que o casamento prematuro interrompe a escolaridade de milhares de adolescentes todos os "
     "anos.")
para("A Enabel e a AICS insistiram na permanência das raparigas no ensino secundário, sobretudo nas províncias de "
     "Nampula e Zambézia, e o Camões descreveu o seu apoio à formação de professoras. Todos pediram que a "
     "estratégia explique como o Banco vai medir os resultados no terreno.")

# Meeting 3: prose paragraph, no label
para("Videoconferência, 22 de setembro", bold=True)
para("Na última manhã, a equipa conversou por videoconferência com a Sra. Amélia Nhantumbo Cossa, Especialista "
     "Principal em Género do Banco Africano de Desenvolvimento (BAD), e com o Sr. Tomás Chilaule, Analista de "
     "Programas do Fundo Internacional de Desenvolvimento Agrícola (FIDA). Ambos endossaram a proposta e falaram "
     "sobretudo das mulheres rurais: poucas têm o DUAT (direito de uso e aproveitamento da terra) em seu nome, "
     "o que as exclui do crédito agrícola. O FIDA sugeriu que o Banco combine o financiamento climático com "
     "programas de titulação de terras para mulheres. O BAD apresentou a iniciativa Affirmative Finance Action "
     "for Women in Africa (AFAWA) e propôs uma troca regular de informação entre as duas instituições.")

para("Próximos passos", bold=True, size=12)
para("A equipa partilhará este relatório com os participantes e participará na próxima reunião do Grupo de "
     "Coordenação de Género, em novembro.")

when = datetime.datetime(2023, 9, 29, 10, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Equipa da Estratégia de Género"
cp.title = "Relatório da missão - Moçambique"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 9, 29, 10, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print("wrote", OUT)
