#!/usr/bin/env python3
"""Make docs/zv-nampula-missao-pt.pdf: a mission note in Portuguese, set in TWO text columns.

Layout: full-width title block on page 1, then two columns (col 1 then col 2, then next page).
Meetings are headed by audience ("Encontro com ..."), discussion comes first and participants after it
("Estiveram presentes:" followed by dash lines; organisations with their people after a colon).
The lines are broken here (fpdf2 dry-run) and flowed by this script, so the breaks are fixed:
a prose sentence runs from the foot of page 1, column 2 to the top of page 2, column 1, and the
participants of the second meeting run from the foot of one column into the next.
Running header on pages 2+, footer "Página N" on every page. People are fictional; organisations real.
Reproducible: fixed creation date.
"""
import datetime, sys
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[1] / "docs" / "zv-nampula-missao-pt.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")
L, R, GUT = 18, 18, 8
TOP1, TOP, BOTTOM = 55, 22, 279
SIZE, LEAD = 9.5, 4.5


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 7.5)
            self.set_xy(L, 10)
            self.cell(self.w - L - R, 4, "Consultas sobre a Estratégia de Género do Grupo Banco Mundial — Moçambique", align="L")
            self.line(L, 15, self.w - R, 15)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(L, self.h - 12)
        self.cell(self.w - L - R, 4, f"Página {self.page_no()}", align="C")


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 12, 8, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Nota de Missão - Nampula")
pdf.set_author("zv blind round")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
COLW = (pdf.w - L - R - GUT) / 2

# ---- content: (kind, text); kinds: h (heading), p (prose), b (bullet), d (dash participant line), gap
C = [
 ("h", "Contexto"),
 ("p", "De 27 a 29 de Novembro de 2023, uma equipa do Grupo Banco Mundial esteve em Nampula para recolher contributos "
       "sobre o rascunho da Estratégia de Género 2024-2030. Nampula é a província mais populosa de Moçambique, acolhe "
       "famílias deslocadas pelo conflito em Cabo Delgado e tem das taxas mais altas de uniões prematuras do país. Foram "
       "realizados três encontros, resumidos abaixo."),
 ("h", "Pontos-chave"),
 ("b", "Todos os interlocutores apoiaram os três objectivos da estratégia e pediram que o Banco os traduza em metas "
       "mensuráveis ao nível da província e dos distritos."),
 ("b", "As uniões prematuras e a gravidez na adolescência foram apontadas como a principal causa do abandono escolar "
       "das raparigas em Nampula."),
 ("b", "A sociedade civil pediu que os projectos de terras, mineração e infra-estruturas protejam os direitos das "
       "mulheres rurais à terra e as consultem antes de qualquer reassentamento."),
 ("h", "1. Encontro com o Governo da Província"),
 ("i", "27 de Novembro, Direcção Provincial do Género, Criança e Acção Social"),
 ("p", "O governo provincial manifestou forte apoio à estratégia e disse que ela chega num bom momento, quando a "
       "província prepara o seu plano de acção para aplicar a Lei de Prevenção e Combate às Uniões Prematuras (Lei n.º "
       "19/2019). A directora provincial explicou que muitas raparigas deixam a escola depois dos ritos de iniciação e "
       "que os casos raramente chegam aos tribunais. O Gabinete de Atendimento da polícia descreveu o aumento de "
       "denúncias de violência doméstica e a falta de meios para atender as vítimas. Os participantes insistiram na necessidade de coordenar melhor a "
       "acção social, a saúde, a educação e a polícia, que hoje trabalham com sistemas de encaminhamento diferentes."),
 ("l", "Estiveram presentes:"),
 ("d", "Direcção Provincial do Género, Criança e Acção Social de Nampula: Sra. Felismina Abudo Momade, Directora "
       "Provincial; Sr. Armando Tomás Muaquiua, Chefe do Departamento da Mulher"),
 ("d", "Serviço Distrital de Saúde, Mulher e Acção Social da Cidade de Nampula (SDSMAS): Sra. Rosalina Jaime "
       "Nampuio, Directora"),
 ("d", "Polícia da República de Moçambique (PRM), Gabinete de Atendimento à Família e Menores Vítimas de "
       "Violência: Sr. Inspector Celso Agostinho Namashulua, Chefe do Gabinete Provincial"),
 ("h", "2. Encontro com os parceiros de cooperação"),
 ("i", "28 de Novembro, escritório do UNICEF em Nampula"),
 ("p", "Os parceiros concentraram-se em três assuntos: a resposta às necessidades das mulheres deslocadas de Cabo "
       "Delgado, o acesso ao planeamento familiar nos distritos do interior e a fragmentação dos dados sobre violência "
       "baseada no género. O ACNUR e a OIM descreveram a situação no campo de refugiados de Maratane e nos centros de "
       "reassentamento, onde as mulheres chefes de família dependem da assistência alimentar. O UNFPA mostrou que "
       "as rupturas de stock de contraceptivos são frequentes nas unidades sanitárias rurais. Os parceiros acolheram "
       "a estratégia e propuseram que o Banco apoie um sistema único de registo de casos de violência, partilhado "
       "entre sectores."),
 ("l", "Estiveram presentes:"),
 ("d", "Fundo das Nações Unidas para a Infância (UNICEF), escritório de Nampula"),
 ("d", "Fundo das Nações Unidas para a População (UNFPA)"),
 ("d", "Alto Comissariado das Nações Unidas para os Refugiados (ACNUR)"),
 ("d", "Organização Internacional para as Migrações (OIM)"),
 ("d", "Agência Italiana para a Cooperação ao Desenvolvimento (AICS)"),
 ("h", "3. Encontro com a sociedade civil"),
 ("i", "29 de Novembro, sede da Plataforma Provincial"),
 ("p", "As organizações reconheceram o valor da estratégia, mas disseram que o rascunho fala pouco das mulheres do "
       "campo. A AMMCJ explicou que a maior parte das mulheres camponesas não tem DUAT em seu nome e perde a terra em "
       "caso de viuvez ou divórcio; pediu que os projectos de administração de terras financiados pelo Banco registem "
       "as mulheres como titulares. A ASCHA referiu-se aos reassentamentos ligados à mineração de areias pesadas no "
       "distrito de Moma, onde as mulheres não foram ouvidas sobre as compensações. O Fórum Mulher lembrou que o "
       "Programa Subsídio Social Básico (PSSB) é, para muitas idosas, o único rendimento certo. A Plataforma pediu, "
       "por fim, que as organizações da sociedade civil sejam envolvidas no acompanhamento da estratégia e não apenas "
       "consultadas uma vez."),
 ("l", "Estiveram presentes:"),
 ("d", "Plataforma Provincial das Organizações da Sociedade Civil de Nampula (PPOSC-N): Sr. Jacinto Mussa Ossufo, "
       "Coordenador"),
 ("d", "Associação Sócio-Cultural Horizonte Azul (ASCHA)"),
 ("d", "Associação Moçambicana das Mulheres de Carreira Jurídica (AMMCJ), delegação de Nampula: Dra. Hortência "
       "Manuel Cossa, Advogada"),
 ("d", "Fórum Mulher: Sra. Amina Saide Issufo, Ponto Focal em Nampula"),
 ("h", "Próximos passos"),
 ("p", "A equipa partilhará esta nota com os participantes e com a equipa de país em Maputo, e incluirá as "
       "recomendações no relatório de consultas de Moçambique."),
]


def lines_of(text, style, width, size=SIZE):
    pdf.set_font("DejaVu", style, size)
    return pdf.multi_cell(width, LEAD, text, dry_run=True, output="LINES")


pdf.add_page()  # a page must exist for the dry-run line breaking
# build a flat list of placed units: (lines, style, indent, keep_together, space_before, prefix)
units = []
for kind, text in C:
    if kind == "h":
        units.append(dict(lines=lines_of(text, "B", COLW), style="B", indent=0, keep=True, before=3.0, next_keep=2))
    elif kind == "i":
        units.append(dict(lines=lines_of(text, "I", COLW), style="I", indent=0, keep=True, before=0.5))
    elif kind == "l":
        units.append(dict(lines=lines_of(text, "", COLW), style="", indent=0, keep=True, before=1.2))
    elif kind == "p":
        units.append(dict(lines=lines_of(text, "", COLW), style="", indent=0, keep=False, before=1.0))
    elif kind == "b":
        units.append(dict(lines=lines_of(text, "", COLW - 4), style="", indent=4, keep=False, before=0.8, mark="•"))
    elif kind == "d":
        units.append(dict(lines=lines_of(text, "", COLW - 4), style="", indent=4, keep=True, before=0.4, mark="–"))

state = {"col": 0, "y": TOP1}
breaks = []


def advance():
    print("  column ends at y=%.1f (room %.1f mm)" % (state["y"], BOTTOM - state["y"]))
    if state["col"] == 0:
        state["col"] = 1
        state["y"] = TOP1 if pdf.page_no() == 1 else TOP
    else:
        pdf.add_page()
        state["col"], state["y"] = 0, TOP
    breaks.append((pdf.page_no(), state["col"]))


pdf.set_font("DejaVu", "B", 8)
pdf.set_xy(L, 14); pdf.cell(0, 4, "GRUPO BANCO MUNDIAL  |  Estratégia de Género 2024-2030  |  #AccelerateEquality")
pdf.set_font("DejaVu", "B", 16)
pdf.set_xy(L, 24); pdf.cell(0, 8, "NOTA DE MISSÃO")
pdf.set_font("DejaVu", "", 11)
pdf.set_xy(L, 33); pdf.cell(0, 6, "Consultas em Nampula, Moçambique — 27 a 29 de Novembro de 2023")
pdf.set_xy(L, 40); pdf.cell(0, 6, "Governo provincial, parceiros de cooperação e sociedade civil")
pdf.set_line_width(0.6); pdf.line(L, 50, pdf.w - R, 50); pdf.set_line_width(0.2)

for i, u in enumerate(units):
    state["y"] += u["before"]
    n = len(u["lines"])
    need = n if u["keep"] else 1
    if u.get("next_keep") and i + 1 < len(units):
        need += min(u["next_keep"], len(units[i + 1]["lines"]))
    if state["y"] + need * LEAD > BOTTOM:
        advance()
        print(f"unit {i} starts {breaks[-1]}: {u['lines'][0]!r}")
    for j, line in enumerate(u["lines"]):
        if state["y"] + LEAD > BOTTOM:
            advance()
            print(f"break inside unit {i} after line {j}: {u['lines'][j-1]!r} | {line!r}")
        x = L + state["col"] * (COLW + GUT)
        if j == 0 and u.get("mark"):
            pdf.set_font("DejaVu", "", SIZE)
            pdf.set_xy(x, state["y"]); pdf.cell(4, LEAD, u["mark"])
        pdf.set_font("DejaVu", u["style"], SIZE)
        pdf.set_xy(x + u["indent"], state["y"])
        pdf.cell(COLW - u["indent"], LEAD, line)
        state["y"] += LEAD

pdf.output(str(OUT))
print("wrote", OUT, "pages", pdf.page_no(), "breaks", breaks)
