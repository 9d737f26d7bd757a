#!/usr/bin/env python3
"""Make docs/m-maputo-sociedade-civil-pt.docx: a Portuguese (Mozambique) mission summary as a real Word file.

    python3 -m venv .venv-make && .venv-make/bin/pip install python-docx
    .venv-make/bin/python make/make_maputo_docx.py [OUT.docx]

Layout: a bold capitals banner paragraph, a one-line "Data | Local | Público" strip, a short prose introduction;
meetings as Heading 2 named by venue; meeting 1 participants in a table (Organização | Representante | Função),
meeting 2 participants as a Word numbered list of delegations, meeting 3 participants in one prose sentence;
discussion as "O que ouvimos" bullets; the key messages come LAST ("Mensagens principais", numbered).
Fixed core properties and zip timestamps, so rebuilding gives the same bytes.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "m-maputo-sociedade-civil-pt.docx"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)


def para(text="", style=None, bold=False, italic=False):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    return p


def mixed(parts, style=None):
    p = doc.add_paragraph(style=style)
    for text, b in parts:
        p.add_run(text).bold = b
    return p


para("MOÇAMBIQUE — CONSULTAS SOBRE A ESTRATÉGIA DE GÉNERO 2024-2030 DO GRUPO BANCO MUNDIAL", bold=True)
para("Relatório de missão", italic=True)
mixed([("Data: ", True), ("6 e 7 de Dezembro de 2023   ", False), ("Local: ", True), ("Maputo   ", False),
       ("Público: ", True), ("Organizações da sociedade civil", False)])
para("Nos dias 6 e 7 de Dezembro de 2023, a equipa do Banco Mundial em Moçambique reuniu-se com organizações da "
     "sociedade civil moçambicana para recolher contributos sobre a proposta de Estratégia de Género 2024-2030 do "
     "Grupo Banco Mundial. Realizaram-se três encontros, em locais diferentes da cidade, com organizações de direitos "
     "das mulheres, organizações juvenis e de saúde, e organizações do meio rural. Este relatório resume o que foi "
     "dito em cada encontro; as mensagens principais encontram-se no final.")

# ---- encontro 1: table of participants
doc.add_heading("Sede do Fórum Mulher, Bairro da Coop — 6 de Dezembro, manhã", level=2)
para("Quem esteve presente", bold=True)
rows = [("Organização", "Representante", "Função"),
        ("Fórum Mulher – Coordenação para a Mulher no Desenvolvimento", "Graça Manuela Sitoe", "Coordenadora Executiva"),
        ("WLSA Moçambique", "Sra. Albertina Rosa Mondlane", "Oficial de Pesquisa"),
        ("Associação Moçambicana das Mulheres de Carreira Jurídica (AMMCJ)", "Dra. Lurdes Fernanda Macuácua",
         "Advogada e Vice-Presidente"),
        ("N'weti – Comunicação para a Saúde", "—", "—")]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Light Grid Accent 1"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
para("O que ouvimos", bold=True)
para("As organizações manifestaram o seu apoio à proposta de estratégia e saudaram a prioridade dada ao fim da "
     "violência baseada no género.", "List Bullet")
para("A WLSA Moçambique lembrou que a Lei sobre a Violência Doméstica praticada contra a Mulher, de 2009, continua "
     "pouco aplicada fora das capitais provinciais, por falta de gabinetes de atendimento e de formação da polícia.",
     "List Bullet")
para("A AMMCJ referiu que a Lei de Prevenção e Combate às Uniões Prematuras trouxe avanços, mas que muitas raparigas "
     "continuam a ser retiradas da escola para casar, sobretudo no norte do país.", "List Bullet")
para("O Fórum Mulher pediu que o Banco apoie a presença de mulheres nas assembleias municipais e nos órgãos de "
     "decisão locais, tendo em conta as eleições autárquicas recentes.", "List Bullet")

# ---- encontro 2: numbered delegations
doc.add_heading("Escritório do Banco Mundial, Avenida Kenneth Kaunda — 6 de Dezembro, tarde", level=2)
para("Delegações participantes", bold=True)
for d in ["Associação Moçambicana para o Desenvolvimento da Família (AMODEFA), representada pelo Dr. Hélder Jaime "
          "Cossa, Director de Programas",
          "Coalizão – Associação da Juventude Moçambicana",
          "LAMBDA – Associação Moçambicana para a Defesa das Minorias Sexuais",
          "Fórum da Sociedade Civil para os Direitos da Criança (ROSC)"]:
    para(d, "List Number")
para("O que ouvimos", bold=True)
para("As delegações mostraram-se críticas: consideram que a proposta fala pouco de juventude e nada diz sobre as "
     "pessoas LGBTI, e temem que os objectivos fiquem no papel sem recursos para as organizações locais.",
     "List Bullet")
para("Os temas levantados foram a saúde sexual e reprodutiva das adolescentes, a gravidez precoce, "
     "a inclusão das minorias sexuais e a situação das mulheres deslocadas em Cabo Delgado.", "List Bullet")
para("A AMODEFA chamou a atenção para a ruptura de stocks de contraceptivos nas unidades sanitárias rurais.",
     "List Bullet")

# ---- encontro 3: participants in one prose sentence
doc.add_heading("Sala de conferências do Hotel Cardoso — 7 de Dezembro", level=2)
para("No último dia, a equipa encontrou-se com a União Nacional de Camponeses (UNAC), representada pela sua "
     "Coordenadora de Género, Sra. Felismina João Nhantumbo, com o Observatório do Meio Rural (OMR) e com a ACTIVA – "
     "Associação das Mulheres Empresárias e Executivas, cuja presidente, Sra. Rita Isabel Matsinhe, abriu a sessão.")
para("O que ouvimos", bold=True)
para("Os participantes apoiaram a estratégia e insistiram no papel das mulheres camponesas na produção de alimentos.",
     "List Bullet")
para("A UNAC explicou que poucas mulheres possuem o título de uso e aproveitamento da terra (DUAT) em seu nome, o que "
     "as impede de aceder a crédito agrícola.", "List Bullet")
para("O OMR apresentou dados sobre o impacto das cheias e secas nas machambas geridas por mulheres e defendeu seguros "
     "agrícolas adaptados.", "List Bullet")
para("A ACTIVA pediu linhas de financiamento para pequenas e médias empresas de mulheres e menos burocracia no "
     "registo de empresas.", "List Bullet")

doc.add_heading("Mensagens principais", level=2)
for m in ["A sociedade civil apoia os três objectivos da estratégia, mas pede metas concretas para Moçambique.",
          "A violência baseada no género e as uniões prematuras continuam a ser a preocupação mais urgente.",
          "As mulheres deslocadas pelo conflito em Cabo Delgado devem ser uma prioridade explícita.",
          "O acesso das mulheres rurais à terra e ao crédito é a condição para a sua autonomia económica."]:
    para(m, "List Number 2")

para("Equipa do Banco Mundial em Moçambique — Dezembro de 2023", italic=True)

when = datetime.datetime(2023, 12, 12, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Banco Mundial Moçambique"
cp.title = "Relatório de missão - Moçambique"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 12, 12, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
