#!/usr/bin/env python3
"""Make docs/zv-salvador-roda-pt.docx: readout of a "roda de conversa" (event readout) in Portuguese.

Layout: a bold title line in two parts joined by "|"; a 2-column key/value table without header (Data,
Local, Formato, Mediação); "Quem participou" as ONE paragraph with participants separated by semicolons,
people in parentheses after their organisation; the discussion as Word "List Number" paragraphs each
opening with a bold phrase; "Encaminhamentos" as bullets; an IPEA study and IBGE data are only cited.
Names of people are fictional. Reproducible: fixed core properties and zip timestamps.
"""
import datetime, io, zipfile
from pathlib import Path
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "docs" / "zv-salvador-roda-pt.docx"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)


def p(parts, style=None):
    para = doc.add_paragraph(style=style)
    for text, bold in parts:
        para.add_run(text).bold = bold
    return para


t = p([("RODA DE CONVERSA | ", True), ("Mulheres negras e a Estratégia de Gênero 2024-2030 do Grupo Banco Mundial", True)])
t.runs[0].font.size = t.runs[1].font.size = Pt(14)
p([("Relato do evento", False)])

kv = doc.add_table(rows=4, cols=2)
kv.style = "Table Grid"
for i, (k, v) in enumerate([("Data", "23 de novembro de 2023, das 14h às 17h"),
                            ("Local", "Casa de Angola na Bahia, Pelourinho, Salvador (BA)"),
                            ("Formato", "Roda de conversa presencial, com cerca de 30 pessoas"),
                            ("Mediação", "Equipe do Banco Mundial no Brasil")]):
    kv.cell(i, 0).text = ""
    kv.cell(i, 0).paragraphs[0].add_run(k).bold = True
    kv.cell(i, 1).text = v

p([("Quem participou", True)])
p([("Odara – Instituto da Mulher Negra (Valdecira Santos Reis, coordenadora executiva); Instituto Steve Biko "
    "(Jamile Conceição Araújo, coordenadora de projetos); Federação Nacional das Trabalhadoras Domésticas – FENATRAD "
    "(Marinalva Bispo dos Santos, secretária-geral); Sindicato dos Trabalhadores Domésticos do Estado da Bahia "
    "(Cleonice Nascimento Lima, presidenta); Núcleo de Estudos Interdisciplinares sobre a Mulher da Universidade Federal "
    "da Bahia – NEIM/UFBA (Profa. Dra. Luíza Ferreira Sampaio, pesquisadora); e a Secretaria de Políticas para as "
    "Mulheres do Estado da Bahia, que acompanhou a conversa como observadora.", False)])

p([("Por que esta conversa", True)])
p([("Salvador é a cidade com a maior proporção de população negra fora da África. A equipe quis ouvir organizações "
    "de mulheres negras sobre o rascunho da estratégia, na semana do Dia da Consciência Negra, e saber se o texto "
    "reconhece as desigualdades de raça que atravessam as de gênero no Brasil.", False)])

p([("O que ouvimos", True)])
items = [
    ("Gênero sem raça não explica o Brasil. ",
     "As participantes disseram que o rascunho trata as mulheres como um grupo único. Pediram que a estratégia "
     "reconheça explicitamente que mulheres negras enfrentam racismo e sexismo ao mesmo tempo, e que isso se reflete "
     "em renda, saúde e violência."),
    ("Trabalho doméstico é trabalho de cuidado. ",
     "A FENATRAD e o sindicato lembraram que o trabalho doméstico remunerado é feito sobretudo por mulheres negras e que "
     "a maioria segue sem carteira assinada, apesar da Lei Complementar nº 150. Pediram que o Banco trate o "
     "trabalho doméstico como parte da agenda de cuidados e apoie a ratificação e aplicação da Convenção 189 da OIT. "
     "Também citaram a Política Nacional de Cuidados, em elaboração pelo governo federal."),
    ("A violência mata mais mulheres negras. ",
     "O Odara apresentou dados de feminicídio na Bahia e lembrou que, segundo um estudo do IPEA, a queda dos "
     "homicídios de mulheres nos últimos anos beneficiou muito mais as mulheres brancas. Pediu metas de redução "
     "da violência desagregadas por raça."),
    ("Sem dados por raça/cor não há como medir. ",
     "O NEIM/UFBA pediu que os indicadores da estratégia sejam desagregados por sexo e raça/cor, como já fazem as "
     "pesquisas do IBGE, e que o Banco exija isso nos projetos que financia."),
    ("Recursos para as organizações de base. ",
     "O Instituto Steve Biko disse que as organizações de mulheres negras raramente acessam financiamento "
     "internacional e pediu mecanismos de apoio direto, com menos burocracia."),
]
for head, body in items:
    p([(head, True), (body, False)], style="List Number")

p([("Avaliação geral", True)])
p([("As organizações reconheceram avanços no rascunho, sobretudo a prioridade dada à violência de gênero, mas "
    "consideraram que, do jeito que está, a estratégia não enxerga as mulheres negras. Manifestaram interesse em "
    "continuar o diálogo.", False)])

p([("Encaminhamentos", True)])
for line in ["Enviar este relato às participantes para validação.",
             "Incluir a FENATRAD e o Odara na lista de organizações a consultar sobre o plano de implementação.",
             "Compartilhar com a equipe da estratégia a proposta de indicadores desagregados por raça/cor."]:
    p([(line, False)], style="List Bullet")

when = datetime.datetime(2023, 11, 28, 12, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "zv blind round"
cp.title = "Roda de conversa - Salvador"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO(); doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 28, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print("wrote", OUT)
