#!/usr/bin/env python3
"""Make docs/zw-recife-carta-pt.docx: a Portuguese letter carrying a written input, as a Word file.

    OUT/.venv-make/bin/python make/make_recife_docx.py [OUT.docx]

Layout: a letterhead (organisation and address in a small centred block), place and date,
an addressee block, "Assunto:", a salutation, comments numbered with Roman numerals typed in
the text (bold lead-ins, not Word lists), a closing, and the signatories in a table
(Nome | Função | Organização) with one row naming an organisation but no person.
Fictional people, real organisations. Fixed core properties and zip timestamps.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zw-recife-carta-pt.docx"
doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(11)


def para(runs, align=None, size=None):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, False)]
    for text, bold in runs:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


C = WD_ALIGN_PARAGRAPH.CENTER
para([("SOS CORPO – INSTITUTO FEMINISTA PARA A DEMOCRACIA", True)], C, 12)
para("Rua Real da Torre, Madalena – Recife, Pernambuco – Brasil", C, 9)
para("")
para("Recife, 20 de novembro de 2023", WD_ALIGN_PARAGRAPH.RIGHT)
para("")
for line in ["À", "Equipe responsável pela Estratégia de Gênero", "Grupo Banco Mundial",
             "1818 H Street NW", "Washington, DC 20433 – Estados Unidos"]:
    para(line)
para("")
para([("Assunto: ", True), ("Contribuição à consulta sobre a Estratégia de Gênero 2024-2030 do Grupo Banco Mundial", False)])
para("")
para("Prezadas e prezados,")
para("O SOS Corpo – Instituto Feminista para a Democracia, organização feminista com sede no Recife, vem, em conjunto "
     "com as organizações que assinam esta carta, apresentar suas contribuições à minuta da Estratégia de Gênero "
     "2024-2030 do Grupo Banco Mundial. As observações a seguir foram discutidas em reunião das signatárias realizada "
     "no Recife em 14 de novembro de 2023.")
para("Reconhecemos o esforço de consulta e a inclusão de um objetivo dedicado ao fim da violência de gênero. Temos, "
     "contudo, preocupações sérias com a orientação geral da minuta, que expomos a seguir.")

comments = [
    ("I – Direitos, não apenas retorno econômico. ",
     "A minuta justifica a igualdade de gênero sobretudo pelos ganhos de produtividade que ela traria. Para nós, a "
     "igualdade é uma questão de direitos humanos e não deve depender de sua rentabilidade."),
    ("II – Racismo e desigualdades entre mulheres. ",
     "As mulheres negras são maioria entre as mais pobres do Nordeste e entre as vítimas de feminicídio, como mostram "
     "as estatísticas do IBGE. A estratégia precisa tratar explicitamente do racismo e das desigualdades que atravessam "
     "a vida das mulheres negras, quilombolas e trabalhadoras rurais do Sertão."),
    ("III – Cuidado como responsabilidade pública. ",
     "Saudamos a menção ao cuidado, mas pedimos que o Grupo Banco Mundial apoie a Política Nacional de Cuidados em "
     "elaboração no Brasil, com serviços públicos e universais, e não soluções de mercado que transferem o custo às "
     "próprias mulheres."),
    ("IV – Política fiscal e austeridade. ",
     "Regras fiscais que limitam o gasto social, como o novo arcabouço fiscal, atingem primeiro os serviços usados "
     "pelas mulheres. Pedimos que as operações de apoio orçamentário do Banco sejam avaliadas quanto a seus efeitos "
     "sobre as mulheres."),
    ("V – Transferências de renda. ",
     "O Programa Bolsa Família tem as mulheres como titulares em sua grande maioria. Isso não deve servir para "
     "reforçar a ideia de que o cuidado da família é tarefa exclusiva delas."),
    ("VI – Participação dos movimentos de mulheres. ",
     "Solicitamos que a implementação preveja mecanismos permanentes de diálogo com os movimentos feministas e de "
     "mulheres negras, com recursos para que possam participar."),
]
for lead, text in comments:
    para([(lead, True), (text, False)])

para("Colocamo-nos à disposição para aprofundar esses pontos.")
para("Atenciosamente,")
para("")
rows = [("Nome", "Função", "Organização"),
        ("Cláudia Regina Albuquerque Souto", "Coordenadora Executiva", "SOS Corpo – Instituto Feminista para a Democracia"),
        ("Severina Alves da Conceição", "Integrante da Coordenação Executiva Nacional", "Articulação de Mulheres Brasileiras (AMB)"),
        ("Lúcia Maria Bezerra Tavares", "Articuladora", "Rede de Mulheres Negras de Pernambuco"),
        ("—", "—", "Centro das Mulheres do Cabo")]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Light Grid Accent 1"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        t.cell(i, j).text = val

when = datetime.datetime(2023, 11, 20, 15, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "SOS Corpo"
cp.title = "Carta - Estrategia de Genero 2024-2030"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 20, 15, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
