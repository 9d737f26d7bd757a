#!/usr/bin/env python3
"""Make docs/zx-porto-alegre-governo.pdf: a Portuguese mission summary laid out in two text columns.

Layout: a full-width title band on page 1, then two columns that flow top-to-bottom, left column first, over two
pages; a running header and a page footer on both pages. Meetings are headed by date and venue; participants are
given in prose (meeting 1), as a bulleted list of "Unit (ACRONYM): person, role" (meeting 2) and as a small
two-column table with a bold header row (meeting 3). A prose sentence runs from the foot of the right column of
page 1 to the top of the left column of page 2 (the script asserts it). Lines are laid out here, not by fpdf2, so
the breaks are fixed; fixed creation date, so rebuilding gives the same bytes.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "--debug" else Path(__file__).resolve().parents[1] / "docs" / "zx-porto-alegre-governo.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")
LEFT, RIGHT, TOP, BOTTOM, GUTTER = 17, 17, 22, 20, 8
SIZE, LEAD = 9.3, 4.5


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(LEFT, 9)
        self.cell(self.w - LEFT - RIGHT, 4, "Consultas sobre a Estratégia de Gênero 2024-2030  |  Brasil - Rio Grande do Sul")
        self.set_draw_color(0, 90, 150)
        self.set_line_width(0.4)
        self.line(LEFT, 14.5, self.w - RIGHT, 14.5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(LEFT, self.h - 12)
        self.cell(self.w - LEFT - RIGHT, 4, f"página {self.page_no()} de 2", align="R")


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 10, 11, 12, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Síntese da missão de consulta - Porto Alegre")
pdf.set_author("Escritório do Grupo Banco Mundial no Brasil")
for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
    pdf.add_font("DejaVu", style, str(FONT / f))
COLW = (pdf.w - LEFT - RIGHT - GUTTER) / 2
state = {"col": 0, "y": TOP, "top": TOP, "lines": []}   # lines: (page, col, text) for the check below


def width(text, style, size):
    pdf.set_font("DejaVu", style, size)
    return pdf.get_string_width(text)


def wrap(runs, avail, size):
    words = []
    for text, style in runs:
        for i, w in enumerate(text.split(" ")):
            if w:
                words.append([w, style, i < len(text.split(" ")) - 1 or text.endswith(" ")])
            elif words:
                words[-1][2] = True
    lines, line, used = [], [], 0.0
    for w, st, sp in words:
        lead = width(" ", line[-1][1], size) if line and line[-1][2] else 0.0
        need = width(w, st, size)
        if line and used + lead + need > avail:
            lines.append(line)
            line, used, lead = [], 0.0, 0.0
        line.append([w, st, sp])
        used += lead + need
    if line:
        lines.append(line)
    return lines


def colx():
    return LEFT + state["col"] * (COLW + GUTTER)


def next_col():
    if state["col"] == 0:
        state["col"] = 1
    else:
        pdf.add_page()
        state["col"], state["top"] = 0, TOP
    state["y"] = state["top"]


def room(h):
    if state["y"] + h > pdf.h - BOTTOM:
        next_col()


def draw_line(line, x, size, lead):
    pdf.set_xy(x, state["y"])
    text = ""
    for i, (w, st, sp) in enumerate(line):
        s = w + (" " if sp and i < len(line) - 1 else "")
        pdf.set_font("DejaVu", st, size)
        pdf.cell(h=lead, text=s)
        text += s
    state["lines"].append((pdf.page_no(), state["col"], text))
    if "--debug" in sys.argv: print(pdf.page_no(), state["col"], round(state["y"]), text)
    state["y"] += lead


def block(runs, size=SIZE, lead=LEAD, indent=0.0, bullet=None, after=1.6, keep=1):
    if isinstance(runs, str):
        runs = [(runs, "")]
    lines = wrap(runs, COLW - indent, size)
    room(lead * min(keep, len(lines)))
    for i, line in enumerate(lines):
        room(lead)
        if bullet and i == 0:
            pdf.set_font("DejaVu", "", size)
            pdf.set_xy(colx() + indent - 3.8, state["y"])
            pdf.cell(3.8, lead, bullet)
        draw_line(line, colx() + indent, size, lead)
    state["y"] += after


def heading(text, size=10, after=1.2, color=(0, 90, 150)):
    pdf.set_text_color(*color)
    block([(text, "B")], size=size, lead=5.0, after=after, keep=4)
    pdf.set_text_color(0, 0, 0)


def bullet(runs, **kw):
    block(runs, indent=4.2, bullet="•", after=kw.pop("after", 0.8), **kw)


def table(rows, split=30.0, size=8.6, lead=4.1):
    """A two-cell table inside the column; the first row is a bold header. A row never splits."""
    for r, (a, b) in enumerate(rows):
        st = "B" if r == 0 else ""
        la, lb = wrap([(a, st)], split - 1.5, size), wrap([(b, st)], COLW - split - 1.5, size)
        h = max(len(la), len(lb)) * lead + 1.2
        room(h)
        y0 = state["y"]
        pdf.set_draw_color(160, 160, 160)
        pdf.set_line_width(0.2)
        if r == 0:
            pdf.set_fill_color(225, 235, 245)
            pdf.rect(colx(), y0, COLW, h, style="F")
        for k, ln in enumerate(la):
            state["y"] = y0 + 0.6 + k * lead
            draw_line(ln, colx() + 0.8, size, lead)
        for k, ln in enumerate(lb):
            state["y"] = y0 + 0.6 + k * lead
            draw_line(ln, colx() + split + 0.8, size, lead)
        pdf.line(colx(), y0 + h, colx() + COLW, y0 + h)
        state["y"] = y0 + h
    state["y"] += 2


# ---- page 1: title band across both columns
pdf.add_page()
pdf.set_fill_color(0, 90, 150)
pdf.rect(LEFT, 19, pdf.w - LEFT - RIGHT, 27, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("DejaVu", "B", 8)
pdf.set_xy(LEFT + 4, 21.5)
pdf.cell(text="GRUPO BANCO MUNDIAL  ·  ESTRATÉGIA DE GÊNERO 2024-2030")
pdf.set_font("DejaVu", "B", 14)
pdf.set_xy(LEFT + 4, 27)
pdf.cell(text="Síntese da missão de consulta a autoridades públicas")
pdf.set_font("DejaVu", "", 9.5)
pdf.set_xy(LEFT + 4, 34.5)
pdf.cell(text="Porto Alegre, Rio Grande do Sul (Brasil)  ·  3 e 4 de outubro de 2023")
pdf.set_xy(LEFT + 4, 39.5)
pdf.cell(text="Interlocutores: governo estadual, prefeitura e Assembleia Legislativa")
pdf.set_text_color(0, 0, 0)
state["top"] = state["y"] = 52

heading("Contexto")
block("A missão foi a primeira das consultas sobre a nova Estratégia de Gênero realizadas fora de Brasília. "
      "O Rio Grande do Sul tem uma das populações mais envelhecidas do país e, ao mesmo tempo, índices de "
      "feminicídio acima da média nacional. A equipe quis ouvir as autoridades estaduais e municipais que "
      "executam as políticas para as mulheres, bem como o Poder Legislativo estadual, sobre os três objetivos "
      "propostos e sobre as possibilidades de colaboração com as operações do Banco no estado.")

heading("Destaques")
bullet("As autoridades apoiaram os três objetivos e pediram que a estratégia reconheça o papel dos governos "
       "subnacionais, que executam a maior parte dos serviços às mulheres.")
bullet("A falta de vagas em creches foi apontada em todas as reuniões como o principal obstáculo ao trabalho "
       "remunerado das mulheres de baixa renda.")
bullet("Houve pedido unânime de dados administrativos desagregados por sexo, raça e território para "
       "acompanhar os resultados.")
bullet("Os interlocutores pediram que o Banco apoie a integração dos cadastros e dos serviços das três esferas "
       "de governo.", after=2.4)

heading("Terça-feira, 3/10, manhã · Centro Administrativo do Estado")
block("Pela Secretaria da Mulher do Estado do Rio Grande do Sul (SEMU), do Governo do Estado do Rio Grande do "
      "Sul, participaram a secretária adjunta, Sra. Luciana Bertoldi Fagundes, e a diretora de Políticas para as "
      "Mulheres, Sra. Camila Rosa Weber.")
block("A secretaria manifestou apoio entusiasmado à estratégia e se ofereceu para ser parceira de primeira hora "
      "na sua implementação no estado. A secretária adjunta apresentou a rede estadual de enfrentamento à "
      "violência, que combina a Patrulha Maria da Penha da Brigada Militar com os centros de referência "
      "municipais, e pediu apoio para levar esses serviços aos municípios pequenos da fronteira oeste.")
block("A diretora de Políticas para as Mulheres falou dos programas de qualificação profissional e de crédito "
      "para mulheres empreendedoras, e observou que as mulheres ainda são menos de um sexto dos prefeitos "
      "eleitos no estado. A SEMU pretende formar lideranças femininas nos conselhos municipais de direitos da "
      "mulher antes das eleições municipais de 2024.")
block("As duas representantes destacaram ainda que a violência doméstica é uma das causas mais frequentes de "
      "afastamento das mulheres do trabalho, e que a secretaria gostaria de firmar acordos com empresas gaúchas "
      "para apoiar funcionárias em situação de violência, com licenças remuneradas e horários flexíveis.", after=2.4)

heading("Terça-feira, 3/10, tarde · Prefeitura de Porto Alegre")
block("Participantes:", after=0.8)
bullet([("Secretaria Municipal de Desenvolvimento Social (SMDS)", "B"),
        (": Sr. Rodrigo Menezes Kuhn, secretário adjunto", "")])
bullet([("Secretaria Municipal de Educação (SMED)", "B"),
        (": Sra. Patrícia Lemos Goulart, coordenadora de educação infantil", "")])
bullet([("Gabinete da Primeira Infância", "B"), (", Prefeitura Municipal de Porto Alegre: Sra. Denise "
        "Carvalho Rigon, assessora técnica", "")], after=1.6)
block("Os representantes do município apoiaram os objetivos da estratégia, mas manifestaram preocupação com a "
      "capacidade fiscal da prefeitura para ampliar serviços sem apoio federal. Os temas tratados foram a falta "
      "de vagas em creches, a integração do Cadastro Único com os serviços municipais, a situação das mulheres "
      "em situação de rua e o cofinanciamento federal dos serviços socioassistenciais.")
block("A SMED informou que a fila de espera por vagas em educação infantil ainda é grande nos bairros da zona "
      "norte. A SMDS explicou que muitas mulheres chefes de família inscritas no Cadastro Único e beneficiárias "
      "do Bolsa Família não são encaminhadas aos serviços de qualificação do município, porque os sistemas não se "
      "comunicam, e que a secretaria precisaria de apoio técnico para integrar os registros das duas esferas de "
      "governo. O município também observou que as mulheres em situação de rua, em sua maioria negras, quase não "
      "aparecem nas estatísticas oficiais e raramente chegam aos albergues, que foram pensados para homens sozinhos.", after=2.4)

heading("Quarta-feira, 4/10 · Assembleia Legislativa")
block("Reunião conjunta com o Legislativo estadual, a Defensoria Pública e o órgão de estatística do estado.",
      after=1.2)
table([
    ("Participante", "Função e instituição"),
    ("Dep. Sandra Regina Mello", "Procuradora Especial da Mulher, Assembleia Legislativa do Rio Grande do Sul (ALRS)"),
    ("Dra. Juliana Prestes Ávila", "Dirigente do Núcleo de Defesa da Mulher, Defensoria Pública do Estado do Rio Grande do Sul"),
    ("Sr. Marcelo Antunes Lied", "Pesquisador, Departamento de Economia e Estatística (DEE) da Secretaria de Planejamento, Governança e Gestão"),
])
block("Os participantes endossaram a proposta de estratégia. A deputada relatou casos de violência política de "
      "gênero contra vereadoras do interior e lembrou que a Lei 14.192/2021 ainda é pouco aplicada. A Defensoria "
      "destacou a demora na concessão de medidas protetivas e a falta de atendimento jurídico às mulheres nas "
      "cidades sem comarca. O DEE ofereceu-se para produzir, com o Banco, um painel de indicadores de gênero "
      "com base em registros administrativos estaduais.")
block("Encaminhamentos: o escritório enviará esta síntese aos participantes e à equipe da estratégia; a SEMU e o "
      "DEE indicarão pontos focais para o diálogo técnico.", size=8.6, after=0)

# the sentence that runs from page 1, right column, to page 2, left column
last1 = [t for p, c, t in state["lines"] if p == 1 and c == 1][-1]
first2 = [t for p, c, t in state["lines"] if p == 2 and c == 0][0]
print("end of page 1:", repr(last1))
print("top of page 2:", repr(first2))
assert pdf.page_no() == 2, pdf.page_no()
assert not last1.rstrip().endswith(".") and first2[:1].islower(), "a sentence must cross the page break"
OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
