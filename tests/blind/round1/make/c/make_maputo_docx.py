#!/usr/bin/env python3
"""Make docs/c-maputo-pt.docx: a mission summary in (Mozambican) Portuguese as a Word file.

Layout: no heading styles at all, only bold lines; a two-column "Ficha da missão" table at the top;
numbered key messages (Word "List Number"); the first two meetings under bold lines, the first with
participants as a nested Word list (organisation, then its people), the second with a "Presentes:"
paragraph and a prose discussion; the last two meetings given only as prose paragraphs under
"Outros encontros". People are fictional; organisations real.

    .venv-make/bin/python make/make_maputo_docx.py [OUT.docx]
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_common import save_reproducible  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "c-maputo-pt.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)


def para(text="", style=None, bold=False, size=None, align=None, runs=None):
    p = doc.add_paragraph(style=style)
    for t, b in (runs or [(text, bold)]):
        r = p.add_run(t)
        r.bold = b
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


para("GRUPO BANCO MUNDIAL", bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Estratégia de Género 2024-2030", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Relatório sumário da missão de consulta a Moçambique", size=13, align=WD_ALIGN_PARAGRAPH.CENTER)

para("Ficha da missão", bold=True)
rows = [
    ("Período", "13 a 15 de Novembro de 2023"),
    ("Local", "Maputo, Moçambique"),
    ("Interlocutores", "Governo de Moçambique, organizações da sociedade civil e parceiros de cooperação"),
    ("Coordenação", "Escritório do Banco Mundial em Maputo, com o apoio da equipa global de género"),
]
t = doc.add_table(rows=len(rows), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(rows):
    t.cell(i, 0).text = k
    t.cell(i, 0).paragraphs[0].runs[0].bold = True
    t.cell(i, 1).text = v

para("")
para("Enquadramento", bold=True)
para("A missão teve por objectivo ouvir as instituições públicas, as organizações de mulheres e os parceiros de "
     "cooperação sobre o rascunho da Estratégia de Género 2024-2030 do Grupo Banco Mundial, num momento em que o "
     "país enfrenta o prolongamento do conflito em Cabo Delgado e as consequências de sucessivos ciclones. Foram "
     "realizados quatro encontros, todos em Maputo. As principais contribuições estão resumidas abaixo e serão "
     "tidas em conta na versão final da estratégia.")

para("Mensagens principais", bold=True)
for m in [
    "O Governo e os parceiros manifestaram apoio aos três objectivos da estratégia; a sociedade civil apoiou-os com reservas.",
    "Os casamentos prematuros e a violência baseada no género continuam a ser os principais obstáculos ao percurso escolar e económico das raparigas.",
    "As mulheres deslocadas de Cabo Delgado precisam de respostas que combinem protecção, meios de vida e apoio psicossocial.",
    "A orçamentação sensível ao género e a produção de dados desagregados por sexo foram apontadas como condições para medir os resultados da estratégia.",
]:
    para(m, style="List Number")

para("Encontros realizados", bold=True, size=12)

# Meeting 1: bold line, nested participants list, bullet discussion
para("Ministério do Género, Criança e Acção Social — segunda-feira, 13 de Novembro", bold=True)
para("Participantes", runs=[("Participantes", False)])
para("Ministério do Género, Criança e Acção Social (MGCAS)", style="List Bullet")
para("Sra. Isaura Mabunda Nhantumbo, Secretária Permanente", style="List Bullet 2")
para("Sr. Abílio Tembe Chissano, Director Nacional do Género", style="List Bullet 2")
para("Instituto Nacional de Acção Social (INAS)", style="List Bullet")
para("Sra. Felismina Zandamela, Chefe do Departamento de Programas de Assistência", style="List Bullet 2")
for b in [
    "O Ministério manifestou um forte apoio à estratégia e considerou que ela está alinhada com a Política de Género e Estratégia da sua Implementação.",
    "Os temas em destaque foram a prevenção dos casamentos prematuros, a violência baseada no género, o acesso das mulheres rurais à terra e a coordenação entre os sectores na resposta às vítimas.",
    "O INAS apresentou os resultados do Programa Subsídio Social Básico (PSSB) e pediu apoio para alargar a cobertura às mulheres chefes de agregado familiar nas zonas rurais.",
    "A Secretária Permanente referiu o projecto EMPODERA, financiado pelo Banco, como exemplo de intervenção a expandir para outras províncias.",
]:
    para(b, style="List Bullet")

# Meeting 2: bold line, "Presentes:" paragraph, prose discussion
para("Ministério da Economia e Finanças — terça-feira, 14 de Novembro (manhã)", bold=True)
para(runs=[("Presentes: ", True),
           ("Sra. Helena Cuamba Sitoe, Directora Nacional de Planificação e Orçamento; Sr. Jacinto Mondlane, "
            "Técnico da Unidade de Género do Ministério da Economia e Finanças (MEF).", False)])
para("O Ministério acolheu favoravelmente a estratégia e mostrou interesse em reforçar a orçamentação sensível ao "
     "género, que existe no papel desde 2008 mas raramente orienta as decisões de despesa. A Directora Nacional "
     "explicou que as margens orçamentais são estreitas devido ao serviço da dívida e pediu que o Banco apoie a "
     "marcação das despesas com impacto de género no sistema de gestão das finanças públicas. O MEF sublinhou "
     "ainda que sem dados fiáveis sobre as despesas por beneficiário será difícil reportar os indicadores da estratégia.")

# Meetings 3 and 4: prose only
para("Outros encontros", bold=True)
para("Na tarde de 14 de Novembro, a equipa reuniu-se com organizações da sociedade civil na sede do Fórum Mulher, "
     "rede que coordena o movimento de mulheres em Moçambique. Estiveram presentes o Fórum Mulher, representado pela "
     "sua directora executiva, Sra. Graça Matsinhe Cossa; a Women and Law in Southern Africa – Moçambique (WLSA) e a "
     "Associação das Mulheres de Carreira Jurídica (AMCJ), ambas membros do Fórum Mulher; a N'weti – Comunicação para "
     "a Saúde; e a Rede HOPEM – Homens pela Mudança, através do seu coordenador, Sr. Edson Macuácua. As organizações "
     "reconheceram a importância da estratégia mas criticaram o facto de o rascunho não referir a situação das "
     "mulheres e raparigas deslocadas pelo conflito em Cabo Delgado, onde a violência sexual é usada como arma. "
     "Defenderam também que a estratégia deve prever trabalho com homens e rapazes para mudar as normas que toleram "
     "os casamentos prematuros, e pediram para participar no acompanhamento dos projectos do Banco. A WLSA recordou "
     "que o Plano Nacional de Acção Mulheres, Paz e Segurança carece de financiamento para a sua implementação.")
para("No último dia da missão, 15 de Novembro, a equipa encontrou-se ainda com os parceiros de cooperação na Embaixada "
     "da Suécia: a própria Embaixada da Suécia, a Embaixada do Reino dos Países Baixos, o Fundo das Nações Unidas para "
     "a População (UNFPA), a ONU Mulheres e o Banco Africano de Desenvolvimento (BAD). Os parceiros apoiaram as "
     "prioridades da estratégia e propuseram dividir tarefas no apoio ao Governo. O UNFPA insistiu na saúde sexual e "
     "reprodutiva das adolescentes, que têm uma das taxas de gravidez precoce mais altas da região; o BAD apresentou a "
     "sua iniciativa AFAWA (Affirmative Finance Action for Women in Africa) de acesso ao crédito para empresárias; e os "
     "Países Baixos lembraram a situação das mulheres camponesas, que raramente detêm títulos de uso da terra. Foi "
     "citado um relatório recente do Instituto Nacional de Estatística sobre a falta de dados desagregados por sexo "
     "nas estatísticas agrícolas.")

para("Próximos passos", bold=True)
for b in ["Partilhar este relatório com os interlocutores.",
          "Analisar com o MEF uma possível assistência técnica à orçamentação sensível ao género."]:
    para(b, style="List Bullet")

save_reproducible(doc, OUT, datetime.datetime(2023, 11, 22, 10, 0, 0),
                  "Estratégia de Género 2024-2030 - Missão de consulta a Moçambique")
print(f"wrote {OUT}")
