#!/usr/bin/env python3
"""Make docs/f-recife-oficina-pt.pdf: a Portuguese event readout (one workshop), single column.

Layout: a "Ficha do evento" block of label/value lines, numbered sections, the discussion
BEFORE the participants, and the participants as a two-column table with no header row
(organisation | people with their roles) that runs across the page break (checked below).
Running footer. Reproducible (fixed creation date).
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from flow import Flow, new_pdf  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "f-recife-oficina-pt.pdf"
L, R = 24, 24
W = 210 - L - R


class Doc(FPDF):
    def footer(self):
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(L, 297 - 12)
        self.cell(W, 4, f"Relatoria - Oficina de escuta, Recife  ·  página {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


pdf = new_pdf(Doc, "Relatoria - Oficina de escuta - Recife", "Grupo Banco Mundial",
              datetime.datetime(2023, 11, 30, 14, 0, 0, tzinfo=datetime.timezone.utc))
pdf.add_page()
flow = Flow(pdf, [(L, W)], top=22, bottom=297 - 20)
S = dict(size=10, lead=5.2)

flow.text("NOTA DE RELATORIA", style="B", size=8, lead=4, after=1, color=(150, 60, 40))
flow.text("Oficina de escuta com organizações de mulheres e gestoras públicas de Pernambuco", style="B", size=15,
          lead=7, after=1.5)
flow.text("Consulta sobre a Estratégia de Gênero 2024-2030 do Grupo Banco Mundial", style="I", size=10.5, lead=5.5,
          after=5)

for label, value in [
    ("Data", "23 de novembro de 2023 (quinta-feira), das 9h às 13h"),
    ("Local", "Recife (PE), Brasil - auditório do Centro de Filosofia e Ciências Humanas da UFPE"),
    ("Formato", "oficina presencial, com transmissão para participantes remotas"),
    ("Facilitação", "equipe do Grupo Banco Mundial, com apoio da Secretaria da Mulher do Recife"),
]:
    flow.rich([(label + ": ", "B"), (value, "")], size=9.5, lead=4.8, after=0.6)
flow.y += 4

H = dict(style="B", size=11, lead=6, after=1.8, keep=4)
flow.text("1. Por que esta oficina", **H)
flow.text("A oficina reuniu organizações feministas e de mulheres negras e rurais de Pernambuco, duas secretarias "
          "da mulher e uma pesquisadora da universidade para comentar a proposta de Estratégia de Gênero 2024-2030 "
          "do Grupo Banco Mundial. A ideia foi ouvir quem atua no território, no Recife, na Região Metropolitana e "
          "no Sertão, antes da redação final do documento."
          , **S, after=3)

flow.text("2. O que ouvimos", **H)
flow.text("O tom geral foi de apoio à proposta, acompanhado de críticas firmes. As participantes reconheceram "
          "avanços no texto, mas consideraram que ele fala pouco das mulheres negras e das periferias urbanas e que "
          "subestima o papel das organizações de base.", **S)
flow.text("As falas concentraram-se em quatro temas: a violência doméstica e o feminicídio, a sobrecarga de cuidado "
          "das mulheres negras da periferia, a convivência com o semiárido das agricultoras do Sertão e o "
          "financiamento direto das organizações de mulheres.", **S)
flow.text("O Instituto Maria da Penha lembrou que a Lei Maria da Penha completou dezessete anos sem que a rede de "
          "atendimento chegue à maioria dos municípios do interior, e defendeu a expansão da Casa da Mulher "
          "Brasileira. A Rede de Mulheres Negras de Pernambuco insistiu que racismo e sexismo se somam: as mulheres "
          "negras são a maioria das vítimas de feminicídio e das trabalhadoras domésticas sem carteira assinada, e a "
          "estratégia deveria dizê-lo com todas as letras.", **S)
flow.text("A Casa da Mulher do Nordeste e o Centro das Mulheres do Cabo descreveram o trabalho das agricultoras com "
          "cisternas, quintais produtivos e agroecologia, e citaram o Programa Chapéu de Palha Mulher, que garante "
          "renda e formação às trabalhadoras da cana na entressafra. O SOS Corpo pediu que parte dos recursos "
          "chegue diretamente aos coletivos de base, sem a intermediação de grandes organizações.", **S)
flow.text("As gestoras das secretarias municipal e estadual destacaram, por fim, que os serviços de atendimento do "
          "Recife e do Estado ainda funcionam de forma pouco integrada, com cadastros e fluxos de encaminhamento "
          "diferentes, e pediram apoio técnico para articular as duas redes.", **S, after=3)

flow.text("3. Quem participou", **H)
rows = [
    ("Secretaria da Mulher do Recife", "Juliana Cavalcanti Lins, secretária executiva de Enfrentamento à Violência"),
    ("Secretaria da Mulher de Pernambuco", "Marta Regina Albuquerque Sá, gerente de Políticas para Mulheres Rurais"),
    ("SOS Corpo - Instituto Feminista para a Democracia",
     "Ana Paula Freitas Uchôa, coordenadora; Sílvia Beatriz Cordeiro Melo, educadora"),
    ("Casa da Mulher do Nordeste", "Josefa Maria dos Santos Ramos, coordenadora de projetos"),
    ("Centro das Mulheres do Cabo", "Edilene Vieira Barbosa, assessora técnica"),
    ("Rede de Mulheres Negras de Pernambuco", "Cláudia Regina Nascimento Alves, articuladora"),
    ("Fórum de Mulheres de Pernambuco", "representação coletiva"),
    ("Instituto Maria da Penha (remoto)", "Renata Moura Pinheiro, coordenadora de projetos"),
    ("Universidade Federal de Pernambuco (UFPE)",
     "Profa. Dra. Helena Tavares Arruda, professora do Departamento de Serviço Social"),
]
C1 = 62
lead = 4.8
row_pages = []
pdf.set_draw_color(170, 170, 170)
for org, people in rows:
    left = flow.lines(org, C1 - 3, "B", 9.5)
    right = flow.lines(people, W - C1 - 3, "", 9.5)
    h = lead * max(len(left), len(right)) + 2.4
    flow.room(h)
    y0 = flow.y
    pdf.line(L, y0, L + W, y0)
    for i, line in enumerate(left):
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.set_xy(L + 1, y0 + 1.2 + i * lead)
        pdf.cell(C1 - 3, lead, line)
    for i, line in enumerate(right):
        pdf.set_font("DejaVu", "", 9.5)
        pdf.set_xy(L + C1, y0 + 1.2 + i * lead)
        pdf.cell(W - C1 - 3, lead, line)
    flow.y = y0 + h
    pdf.line(L, flow.y, L + W, flow.y)
    row_pages.append(pdf.page_no())
flow.y += 4

flow.text("4. Encaminhamentos", **H)
for i, item in enumerate([
    "A equipe do Grupo Banco Mundial enviará esta relatoria às participantes para validação até 8 de dezembro.",
    "As contribuições serão incorporadas à síntese nacional da consulta no Brasil.",
    "As secretarias municipal e estadual propuseram uma reunião técnica sobre a integração dos serviços de "
    "atendimento, em data a definir.",
], 1):
    flow.text(f"{i}. {item}", **S, after=1.2)

pdf.output(str(OUT))
print("wrote", OUT, "pages", pdf.page_no(), "table rows on pages", row_pages)
assert len(set(row_pages)) == 2, "participant table does not cross the page break"
