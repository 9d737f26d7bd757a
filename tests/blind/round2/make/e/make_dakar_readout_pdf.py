#!/usr/bin/env python3
"""Make docs/e-dakar-atelier-compte-rendu-fr.pdf: an event readout (workshop) in French, one column.

A label/value block ("Date :", "Lieu :") under the title; the panel as dash lines "Name (role,
organisation)"; findings as prose under "Ce que nous avons retenu", with one sentence enumerating
topics; organisations cited but absent (a UN Women report, ANSD data); the list of organisations
represented, as bullets, runs across the page break. Running header and footer on every page.
People are fictional; organisations are real.
"""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_flow import Flow, new_pdf

OUT = Path(__file__).resolve().parents[1] / "docs" / "e-dakar-atelier-compte-rendu-fr.pdf"
pdf = new_pdf("Compte rendu - Atelier de consultation, Dakar",
              datetime.datetime(2023, 11, 14, 10, 0, 0, tzinfo=datetime.timezone.utc))
L = 24
W = 210 - 2 * L


def furniture():
    pdf.set_font("DejaVu", "I", 8)
    pdf.set_xy(L, 10)
    pdf.cell(W, 4, "Stratégie genre 2024-2030 — Atelier de consultation, Dakar", align="C")
    pdf.set_xy(L, 284)
    pdf.cell(W, 4, f"p. {pdf.page_no()}", align="C")


pdf.add_page()
furniture()
flow = Flow(pdf, [(L, W)], top=22, bottom=279, first_top=16)
orig = flow._next_column
flow._next_column = lambda: (orig(), furniture())

T = lambda t: flow.para(t, style="B", size=14, lead=7, after=2, align="C")
H = lambda t: flow.para(t, style="B", size=11, lead=6, after=1.5, keep=3)
P = lambda t, after=1.8, **k: flow.para(t, size=9.5, lead=4.6, after=after, **k)
D = lambda t: flow.para(t, size=9.5, lead=4.6, indent=5, bullet="–", after=0.8)
B = lambda t: flow.para(t, size=9.5, lead=4.6, indent=5, bullet="•", after=0.6)

T("COMPTE RENDU D'ATELIER")
flow.para("« Les femmes au cœur de l'émergence : quelles priorités pour la Stratégie genre 2024-2030 du "
          "Groupe de la Banque mondiale ? »", style="I", size=11, lead=5.6, after=2.5, align="C")
P("Date : jeudi 9 novembre 2023, de 9 h 00 à 13 h 30", after=0.5)
P("Lieu : Dakar (Sénégal), bureau du Groupe de la Banque mondiale, salle Gorée", after=0.5)
P("Participants : une quarantaine de personnes (administration, société civile, universités, secteur privé, "
  "partenaires techniques et financiers)", after=3)

H("1. Contexte")
P("Dans le cadre des consultations mondiales sur la Stratégie genre 2024-2030, le bureau du Groupe de la "
  "Banque mondiale à Dakar a réuni des représentantes et représentants du Gouvernement du Sénégal, de la "
  "société civile, du monde universitaire, du secteur privé et des partenaires au développement. L'atelier "
  "visait à recueillir leurs avis sur le projet de stratégie et à identifier les priorités propres au "
  "contexte sénégalais.")

H("2. Ouverture et panel")
P("L'atelier a été ouvert par Mme Aïssatou Sow Diallo, Directrice de l'Équité et de l'Égalité de genre au "
  "Ministère de la Femme, de la Famille et de la Protection des Enfants, qui a rappelé que la Stratégie "
  "nationale pour l'équité et l'égalité de genre (SNEEG) et le Plan Sénégal Émergent (PSE) offrent déjà un "
  "cadre pour l'action de la Banque.")
P("Le panel réunissait :", after=1)
D("Pr Fatou Binetou Ndiaye Sarr (enseignante-chercheuse, Université Cheikh Anta Diop de Dakar)")
D("Mme Ndèye Coumba Mbaye Guèye (coordonnatrice, Réseau Siggil Jigéen)")
D("M. Ibrahima Seck Faye (vice-président, Conseil National du Patronat du Sénégal)")
D("Mme Mariama Baldé Cissé (chargée de programme genre, Banque Ouest Africaine de Développement)")
flow.space(2)

H("3. Ce que nous avons retenu")
P("Dans l'ensemble, les participants ont salué le projet de stratégie et la place qu'il accorde à "
  "l'autonomisation économique des femmes, tout en demandant qu'il tienne davantage compte de la réalité du "
  "secteur informel, où travaille la grande majorité des Sénégalaises.")
P("Les échanges ont porté sur l'entrepreneuriat féminin, l'accès des femmes au foncier, la garde des jeunes "
  "enfants et le poids des normes sociales.")
P("Le représentant du patronat a souligné que les entreprises dirigées par des femmes restent petites faute de "
  "crédit, et que les banques exigent des garanties foncières que peu de femmes possèdent. La BOAD a présenté "
  "ses lignes de refinancement destinées aux institutions de microfinance qui prêtent aux femmes.")
P("Pour le Réseau Siggil Jigéen, aucune politique économique ne réussira si l'on ne travaille pas avec les "
  "chefs religieux et coutumiers sur les normes qui limitent la mobilité des femmes. L'Association des "
  "Juristes Sénégalaises a salué l'adoption de la loi n° 2020-05 criminalisant le viol, tout en regrettant le "
  "manque de structures d'accueil pour les survivantes. Un rapport d'ONU Femmes sur le coût économique des "
  "violences faites aux femmes a été cité à l'appui.")
P("La chercheuse de l'UCAD a rappelé que la loi sur la parité de 2010 a fait entrer de nombreuses femmes à "
  "l'Assemblée nationale, mais pas dans les exécutifs locaux. Elle a plaidé pour des enquêtes sur l'emploi du "
  "temps, en s'appuyant sur les données de l'Agence nationale de la Statistique et de la Démographie (ANSD), "
  "afin de mesurer le travail domestique non rémunéré.")

H("4. Structures représentées")
P("Outre les panélistes, les structures suivantes ont pris part aux travaux :", after=1)
for s in ["Ministère de la Femme, de la Famille et de la Protection des Enfants",
          "Ministère des Finances et du Budget",
          "Université Cheikh Anta Diop de Dakar (UCAD)",
          "Consortium pour la Recherche Économique et Sociale (CRES)",
          "Réseau Siggil Jigéen",
          "Association des Juristes Sénégalaises (AJS)",
          "Fédération des Associations Féminines du Sénégal (FAFS)",
          "Conseil National du Patronat du Sénégal (CNP)",
          "Banque Ouest Africaine de Développement (BOAD)",
          "Agence Française de Développement (AFD)",
          "Ambassade du Canada au Sénégal"]:
    B(s)
flow.space(2)

H("5. Suites à donner")
P("Les contributions de l'atelier seront transmises à l'équipe chargée de la stratégie à Washington. Le bureau "
  "de Dakar proposera au Ministère une séance de restitution au premier trimestre 2024.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
for i, l in enumerate(flow.log):
    if l.startswith("--"):
        print(flow.log[i - 1]); print(l); print(flow.log[i + 1])
print(f"wrote {OUT}: {pdf.page_no()} pages")
