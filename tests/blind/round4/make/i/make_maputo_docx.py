#!/usr/bin/env python3
"""Make docs/i-maputo-missao-pt.docx: a Portuguese (Mozambique) mission report as a real Word file.

    .venv-make/bin/python make/make_maputo_docx.py [OUT.docx]

Layout: Title style, Heading 1 for the sections and Heading 2 for each meeting, the meetings
headed only by their audience ("Quadros do Governo", "Parceiros de cooperação"); under each a
bold line "Quem esteve presente" with a NESTED Word list (List Bullet: the organisation,
List Bullet 2: its people) and a bold line "O que ouvimos" with prose. No key-messages section.
Fixed metadata and zip timestamps, so rebuilding gives the same bytes. People are fictional.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "i-maputo-missao-pt.docx"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)


def para(text="", style=None, bold=False, italic=False):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    return p


def label(text):
    para(text, bold=True)


def attendees(groups):
    for org, people in groups:
        para(org, "List Bullet")
        for person in people:
            para(person, "List Bullet 2")


doc.add_paragraph("Consultas sobre a Estratégia de Género 2024-2030 do Grupo Banco Mundial", style="Title")
para("Relatório de missão — Maputo, Moçambique, 20 a 22 de Novembro de 2023", bold=True)
para("Preparado pela equipa de Género e pelo escritório do Banco Mundial em Maputo", italic=True)

doc.add_heading("Enquadramento", level=1)
para("Entre 20 e 22 de Novembro de 2023, uma equipa do Grupo Banco Mundial esteve em Maputo para ouvir o Governo de "
     "Moçambique, o sector privado, o movimento de mulheres e os parceiros de cooperação sobre a proposta de "
     "Estratégia de Género 2024-2030. Realizaram-se quatro encontros, todos nas instalações do escritório do Banco "
     "na Avenida Kenneth Kaunda, excepto o encontro com o movimento de mulheres, que teve lugar na sede de uma das "
     "organizações participantes. Para cada encontro indicamos abaixo quem esteve presente e o que ouvimos.")

doc.add_heading("Encontros", level=1)

# ---------------------------------------------------------------- 1
doc.add_heading("Quadros do Governo", level=2)
label("Quem esteve presente")
attendees([
    ("Ministério do Género, Criança e Acção Social (MGCAS)",
     ["Sra. Isabel Tembe Macuácua, Directora Nacional do Género",
      "Sr. Ernesto Langa Mabunda, Técnico Superior de Planificação"]),
    ("Instituto Nacional de Estatística (INE)",
     ["Sra. Cláudia Nhantumbo Sitoe, Chefe do Departamento de Estatísticas Sociais"]),
])
label("O que ouvimos")
para("A Directora Nacional do Género manifestou o forte apoio do Ministério à proposta de estratégia e sublinhou que os "
     "três objectivos correspondem às prioridades da Política de Género e Estratégia da sua Implementação, aprovada "
     "pelo Governo em 2018.")
para("O MGCAS descreveu a expansão dos Centros de Atendimento Integrado às vítimas de violência doméstica e pediu apoio "
     "para levar este modelo aos distritos mais remotos. Referiu também a aplicação da Lei de Prevenção e Combate às "
     "Uniões Prematuras, de 2019, e citou um estudo do UNICEF segundo o qual quase metade das raparigas moçambicanas "
     "se casa antes dos 18 anos.")
para("O Ministério lembrou ainda que o Programa Subsídio Social Básico (PSSB) chega sobretudo a mulheres idosas chefes "
     "de agregado familiar, e que o valor da transferência não é actualizado há vários anos.")
para("O INE explicou que o próximo Inquérito sobre Orçamento Familiar incluirá um módulo de uso do tempo e pediu apoio "
     "técnico para produzir dados desagregados por sexo ao nível provincial.")

# ---------------------------------------------------------------- 2
doc.add_heading("Mulheres empresárias e sector financeiro", level=2)
label("Quem esteve presente")
attendees([
    ("ACTIVA – Associação das Mulheres Empresárias e Executivas de Moçambique",
     ["Sra. Paula Cossa Matsinhe, Presidente da Direcção"]),
    ("Confederação das Associações Económicas de Moçambique (CTA)",
     ["Sr. Hélder Muianga Zandamela, Assessor do Pelouro de Inclusão Económica"]),
    ("Banco Comercial e de Investimentos (BCI)",
     ["Sra. Ana Rita Cumbe, Directora de Banca de Pequenas e Médias Empresas"]),
])
label("O que ouvimos")
para("As participantes apoiaram a proposta de estratégia e mostraram interesse em participar na sua implementação. "
     "Foram abordados o acesso das empresárias ao crédito bancário, a digitalização dos pagamentos através da moeda "
     "electrónica, a participação das mulheres nas cadeias de valor do gás natural e a falta de creches perto dos "
     "mercados.")
para("O BCI indicou que as mulheres representam menos de um quarto da sua carteira de crédito a pequenas e médias "
     "empresas, sobretudo por falta de garantias; a ACTIVA propôs uma linha de garantia parcial de crédito dedicada a "
     "empresas lideradas por mulheres. A CTA pediu que os grandes projectos de gás reservem uma parte dos contratos "
     "para fornecedoras locais.")

# ---------------------------------------------------------------- 3
doc.add_heading("Movimento de mulheres", level=2)
label("Quem esteve presente")
attendees([
    ("Fórum Mulher", ["Sra. Lurdes Macamo Bila, Coordenadora de Programas"]),
    ("WLSA Moçambique", []),
    ("Associação Moçambicana das Mulheres de Carreira Jurídica (AMMCJ)",
     ["Dra. Teresa Uamusse Cuna, Advogada e membro da Direcção"]),
    ("N'weti – Comunicação para a Saúde", ["Sr. Abel Tivane Nhaca, Oficial de Programas"]),
])
label("O que ouvimos")
para("As organizações reconheceram avanços na proposta, mas manifestaram preocupação com a distância entre os "
     "compromissos do Banco e a realidade das mulheres nas províncias. O Fórum Mulher lamentou que a estratégia "
     "continue a apresentar a igualdade de género sobretudo como um factor de crescimento económico, e não como uma "
     "questão de direitos.")
para("A WLSA Moçambique e a AMMCJ descreveram as dificuldades das sobreviventes de violência doméstica no acesso à "
     "justiça, e a N'weti chamou a atenção para a falta de serviços de saúde sexual e reprodutiva para adolescentes "
     "fora das capitais provinciais.")
para("Todas insistiram na situação das mulheres e raparigas deslocadas pelo conflito em Cabo Delgado, expostas à "
     "violência sexual e à exploração, e pediram que uma parte do financiamento chegue directamente às organizações "
     "de mulheres de base, sem intermediários internacionais.")

# ---------------------------------------------------------------- 4
doc.add_heading("Parceiros de cooperação", level=2)
para("Encontro com os membros do Grupo de Coordenação de Género dos parceiros de cooperação, presidido neste semestre "
     "pela Embaixada da Suécia.")
label("Quem esteve presente")
attendees([
    ("Embaixada da Suécia em Moçambique", ["Sra. Karin Lindqvist Berg, Primeira Secretária, Igualdade de Género"]),
    ("Alto Comissariado do Canadá em Moçambique", []),
    ("ONU Mulheres", ["Sra. Marta Jossias Chaúque, Especialista de Programas"]),
    ("Fundo das Nações Unidas para a População (UNFPA)", []),
    ("Delegação da União Europeia em Moçambique", []),
])
label("O que ouvimos")
para("Os parceiros acolheram positivamente a proposta e sugeriram que o Banco se junte formalmente ao Grupo de "
     "Coordenação de Género, para evitar duplicações no apoio ao MGCAS. Discutiu-se a necessidade de uma melhor "
     "coordenação interinstitucional entre o Governo e os parceiros na resposta à violência baseada no género nas "
     "províncias do norte.")
para("A ONU Mulheres e o UNFPA apresentaram o apoio que prestam à implementação do Plano Nacional de Acção sobre "
     "Mulheres, Paz e Segurança, e a Embaixada da Suécia anunciou um novo fundo para organizações de mulheres, a "
     "lançar em 2024.")

doc.add_heading("Próximos passos", level=1)
for t in ["Partilhar com todos os participantes a versão revista da estratégia, logo que esteja disponível.",
          "Explorar com o INE o apoio técnico ao módulo de uso do tempo.",
          "Responder ao convite para integrar o Grupo de Coordenação de Género."]:
    para(t, "List Number")

when = datetime.datetime(2023, 11, 29, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Escritório do Banco Mundial em Maputo"
cp.title = "Relatório de missão - Consultas Estratégia de Género - Moçambique"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 29, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
