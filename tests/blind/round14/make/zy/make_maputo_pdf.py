#!/usr/bin/env python3
"""Make docs/zy-maputo-seminario-pt.pdf: a Portuguese readout of a consultation seminar (fpdf2, one column).

Layout: a shaded title band; an info block of "label: value" lines (Data, Local, Organização, Formato,
Participantes); numbered sections; speakers given under each panel as "Oradores:" with name, title and
institution; the list of institutions represented comes AFTER the discussion and continues from page 1 to page 2
(the script asserts it); running header on page 2; footer "N/2". Reproducible: fixed creation date.
"""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fpdf import FPDF  # noqa: E402
from pdflayout import Flow, add_fonts  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zy-maputo-seminario-pt.pdf"
F = "Dv"
SIZE, LEAD = 9.5, 5.0
TOTAL = 2


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font(F, "I", 8)
            self.set_text_color(110, 110, 110)
            self.set_xy(20, 10)
            self.cell(self.w - 40, 4, "Banco Mundial | Moçambique | Nota de síntese do seminário de 14/11/2023", align="L")
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font(F, "", 8)
        self.set_xy(20, self.h - 12)
        self.cell(self.w - 40, 4, f"{self.page_no()}/{TOTAL}", align="R")


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 11, 20, 7, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Nota de sintese - Seminario de consulta - Maputo")
pdf.set_author("Banco Mundial - Escritorio de Mocambique")
add_fonts(pdf, F)
pdf.add_page()

# title band
pdf.set_fill_color(226, 236, 228)
pdf.rect(0, 12, pdf.w, 30, style="F")
pdf.set_font(F, "B", 9)
pdf.set_xy(20, 15)
pdf.cell(text="NOTA DE SÍNTESE")
pdf.set_font(F, "B", 14)
pdf.set_xy(20, 21)
pdf.cell(text="Que estratégia de género para Moçambique?")
pdf.set_font(F, "", 10.5)
pdf.set_xy(20, 29)
pdf.cell(text="Seminário de consulta sobre a Estratégia de Género 2024-2030 do Grupo Banco Mundial")

flow = Flow(pdf, F, left=20, right=20, bottom=pdf.h - 22, top_next=20, ncols=1)
flow.start(47)


def info(label, value):
    flow.block([(f"{label}: ", "B"), (value, "")], size=9.5, lead=5.0, after=0.4)


def sec(text):
    flow.block([(text, "B")], size=11, lead=6, after=1.5, keep=3)


def p(runs, **kw):
    flow.block(runs, size=SIZE, lead=LEAD, after=kw.pop("after", 2.2), **kw)


info("Data", "terça-feira, 14 de Novembro de 2023, das 8h30 às 13h00")
info("Local", "Centro Cultural Universitário, Universidade Eduardo Mondlane, Maputo")
info("Organização", "Banco Mundial em Moçambique, em parceria com o Centro de Coordenação dos Assuntos de Género "
     "(CeCAGe) da Universidade Eduardo Mondlane")
info("Formato", "sessão de abertura, dois painéis e debate aberto; moderação da equipa do Banco Mundial")
info("Participantes", "cerca de 60 pessoas, de universidades, centros de investigação e organizações da sociedade "
     "civil (lista na secção 4)")
flow.y += 2

sec("1. Objectivo")
p("O seminário reuniu investigadores e activistas para discutir o projecto de Estratégia de Género 2024-2030 do Grupo "
  "Banco Mundial à luz da realidade moçambicana. O seminário abordou quatro temas: o acesso das mulheres rurais à "
  "terra, as uniões prematuras, a situação das mulheres deslocadas em Cabo Delgado e a qualidade dos dados de género. "
  "O Ministério do Género, Criança e Acção Social foi convidado mas não pôde fazer-se representar.")

sec("2. Painel 1 — Terra, produção e mulheres rurais")
p([("Oradores: ", "B"), ("Dr. Hélder Tomás Mabunda, investigador do Observatório do Meio Rural (OMR); Sra. Graça "
   "Fernanda Nhantumbo, Directora Executiva do Fórum Mulher.", "")])
p("O investigador do OMR mostrou que a maioria das mulheres que trabalham a terra não tem o direito de uso em seu "
  "nome, porque o DUAT é normalmente registado em nome do marido ou da família, e que as viúvas perdem com frequência "
  "o acesso à machamba. A Directora Executiva do Fórum Mulher defendeu que os projectos agrícolas e de registo de "
  "terras financiados pelo Banco exijam a titularidade conjunta e contem as mulheres como produtoras, e não apenas "
  "como beneficiárias. Ambos lembraram que o Programa Subsídio Social Básico (PSSB) chega a muitas idosas rurais, "
  "mas com valores que não permitem sair da pobreza.")

sec("3. Painel 2 — Raparigas, uniões prematuras e deslocamento")
p([("Oradores: ", "B"), ("Prof.ª Ana Lúcia Macuácua, Directora do CeCAGe, Universidade Eduardo Mondlane; Sr. Edson "
   "Arlindo Cossa, Coordenador de Programas da Coalizão da Juventude Moçambicana; Dra. Rosa Amélia Tembe, Presidente "
   "da Associação Moçambicana das Mulheres de Carreira Jurídica (AMMCJ).", "")])
p("A Directora do CeCAGe apresentou dados do Instituto Nacional de Estatística que mostram que quase metade das "
  "raparigas se casa ou se une antes dos 18 anos, e lembrou que a Lei de Prevenção e Combate às Uniões Prematuras "
  "(Lei n.º 19/2019) ainda é pouco conhecida fora das cidades. O representante da Coalizão defendeu programas que "
  "mantenham as raparigas na escola secundária e lhes dêem informação sobre saúde sexual e reprodutiva. A "
  "Presidente da AMMCJ descreveu a situação das mulheres e raparigas deslocadas pelo conflito em Cabo Delgado: "
  "nos centros de reassentamento, a violência sexual e a troca de sexo por alimentos são frequentes e quase nunca "
  "denunciadas. Citou um relatório recente do UNFPA sobre a província.")

sec("4. Instituições representadas")
items = [
    "Universidade Eduardo Mondlane (UEM) — Centro de Coordenação dos Assuntos de Género (CeCAGe)",
    "Universidade Pedagógica de Maputo (UP-Maputo)",
    "Instituto de Estudos Sociais e Económicos (IESE)",
    "Observatório do Meio Rural (OMR)",
    "Fórum Mulher – Coordenação para a Mulher no Desenvolvimento",
    "WLSA Moçambique – Women and Law in Southern Africa",
    "Associação Moçambicana das Mulheres de Carreira Jurídica (AMMCJ)",
    "Centro de Integridade Pública (CIP)",
    "Rede HOPEM – Homens pela Mudança",
    "Coalizão da Juventude Moçambicana",
]
item_pages = []
for i, it in enumerate(items, 1):
    flow.block(it, size=SIZE, lead=LEAD, indent=7, bullet=f"{i}.", after=0.8)
    item_pages.append(pdf.page_no())
flow.y += 2.4

sec("5. Debate aberto")
p("No debate, Fernando Jaime Mucavele, oficial de programas da Rede HOPEM, insistiu em que nenhuma destas mudanças "
  "será duradoura sem trabalho com homens e rapazes sobre masculinidades e normas de género. O IESE e a WLSA "
  "Moçambique criticaram a falta de dados desagregados por sexo ao nível distrital, que impede saber se os "
  "programas chegam às mulheres, e o CIP pediu que o Banco publique quanto dos seus financiamentos em Moçambique "
  "tem objectivos de género.")


sec("6. Apreciação geral")
p("Os participantes acolheram os três objectivos da estratégia e a decisão de consultar a academia, mas "
  "consideraram que o projecto trata Moçambique como um país em desenvolvimento qualquer: pouco diz sobre o "
  "conflito no norte, sobre as mulheres rurais, que são a maioria das mulheres do país, ou sobre a fraqueza dos "
  "dados. Pediram que estes pontos sejam reflectidos na versão final e no próximo Quadro de Parceria com o País.")

sec("7. Próximos passos")
p("O CeCAGe e o Banco Mundial vão preparar um resumo das recomendações para envio à equipa da estratégia e "
  "ponderar um segundo encontro, em Pemba, com organizações de Cabo Delgado.")

OUT.parent.mkdir(parents=True, exist_ok=True)
assert pdf.page_no() == TOTAL, pdf.page_no()
assert len(set(item_pages)) == 2, f"institution list does not cross the page break: {item_pages}"
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages; list items per page {item_pages}")
