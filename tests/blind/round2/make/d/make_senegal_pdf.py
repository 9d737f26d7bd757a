#!/usr/bin/env python3
"""Make docs/d-senegal-mission-fr.pdf: a French mission note in TWO text columns (fpdf2 text_columns), with a
full-width title block, a running header and a footer. Meetings are headed by their venue and day; participants
as a "Délégation reçue" list (organisation: people), as prose, and as a semicolon paragraph. The text flows from
column to column and onto page 2, so paragraphs and lists cross column and page breaks.

    .venv-make/bin/python make/make_senegal_pdf.py
"""
import datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parents[1] / "docs" / "d-senegal-mission-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(15, 8)
        self.cell(0, 4, "Groupe de la Banque mondiale · Bureau de Dakar · Stratégie genre 2024-2030", align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(15, self.h - 11)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")


pdf = Doc(format="A4")
pdf.set_margins(15, 18, 15)
pdf.set_auto_page_break(True, margin=16)
pdf.set_creation_date(datetime.datetime(2023, 11, 28, 9, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Note de synthèse - Consultations Stratégie genre - Sénégal")
pdf.set_author("r2-d blind eval")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
pdf.alias_nb_pages()
pdf.add_page()

# full-width title block
pdf.set_font("DejaVu", "B", 15)
pdf.multi_cell(0, 7, "NOTE DE SYNTHÈSE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "B", 11)
pdf.multi_cell(0, 6, "Consultations sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 10)
pdf.multi_cell(0, 5.5, "Sénégal — Dakar, Diamniadio et Thiès, 20-22 novembre 2023", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "I", 9.5)
pdf.multi_cell(0, 5.5, "Interlocuteurs : représentants du gouvernement, élues et collectivités territoriales", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.line(15, pdf.get_y(), pdf.w - 15, pdf.get_y())
pdf.ln(3)

BODY = 9.9


def head(cols, text):
    pdf.set_font("DejaVu", "B", 9.8)
    with cols.paragraph(text_align="L", top_margin=2.5, bottom_margin=1) as p:
        p.write(text=text)


def sub(cols, text):
    pdf.set_font("DejaVu", "I", BODY)
    with cols.paragraph(text_align="L", top_margin=1, bottom_margin=0.5) as p:
        p.write(text=text)


def body(cols, text, bold_lead=None):
    with cols.paragraph(text_align="J", bottom_margin=1.5) as p:
        if bold_lead:
            pdf.set_font("DejaVu", "B", BODY)
            p.write(text=bold_lead)
        pdf.set_font("DejaVu", "", BODY)
        p.write(text=text)


def item(cols, text, mark="–"):
    pdf.set_font("DejaVu", "", BODY)
    with cols.paragraph(text_align="L", bottom_margin=0.8, indent=0) as p:
        p.write(text=f"{mark} {text}")


with pdf.text_columns(ncols=2, gutter=7, line_height=1.3) as cols:
    head(cols, "Contexte")
    body(cols, "Du 20 au 22 novembre 2023, une équipe du Groupe de la Banque mondiale s'est rendue au Sénégal "
               "pour recueillir l'avis des autorités nationales, des parlementaires et d'une collectivité "
               "territoriale sur le projet de Stratégie genre 2024-2030. Trois séances ont eu lieu ; elles sont "
               "présentées ci-dessous dans l'ordre chronologique, par lieu.")
    head(cols, "Ce que nous retenons")
    item(cols, "Les autorités adhèrent aux trois objectifs de la stratégie et souhaitent qu'elle s'appuie sur la "
               "deuxième Stratégie nationale pour l'Équité et l'Égalité de genre (SNEEG 2).")
    item(cols, "La budgétisation sensible au genre est vue comme le levier principal pour passer des engagements "
               "aux résultats.")
    item(cols, "Les élues demandent que la Banque ne reste pas silencieuse sur la santé des femmes et sur les "
               "normes sociales qui freinent leur accès aux responsabilités.")

    head(cols, "Sphère ministérielle de Diamniadio — lundi 20 novembre")
    sub(cols, "Délégation reçue :")
    item(cols, "Ministère de la Femme, de la Famille et de la Protection des Enfants : Mme Ndèye Fatou Diop Sall, "
               "Directrice de l'Équité et de l'Égalité de genre ; M. Ousmane Badji, Conseiller technique", "•")
    item(cols, "Ministère des Finances et du Budget : Mme Mariama Cissé Ba, Coordonnatrice de la Cellule genre", "•")
    body(cols, "Les deux ministères ont salué le projet de stratégie et l'attention qu'il porte aux résultats. "
               "Les échanges ont porté sur la budgétisation sensible au genre, la lutte contre les violences "
               "faites aux femmes et la persistance des mariages d'enfants en zone rurale. La Cellule genre du "
               "ministère des Finances a présenté le document de programmation budgétaire annexé chaque année à "
               "la loi de finances et a demandé un appui technique pour en mesurer les effets. Le ministère de la "
               "Femme a souhaité que les futurs projets de la Banque financent les boutiques de droit et les "
               "centres d'accueil des victimes, dont la couverture reste très inégale d'une région à l'autre.")

    head(cols, "Assemblée nationale, place Soweto — mardi 21 novembre")
    body(cols, "La mission a été reçue par Mme Khady Seck Ndour, députée, présidente de la Commission de la santé, "
               "de la population, des affaires sociales et de la solidarité nationale, et par Mme Awa Diallo Faye, "
               "députée et secrétaire élue du bureau de l'Assemblée nationale.")
    body(cols, "Les députées ont accueilli favorablement l'objectif consacré au leadership des femmes, mais ont "
               "exprimé de fortes réserves sur d'autres aspects du projet. Elles ont rappelé que la loi sur la "
               "parité de 2010 a fait passer la part des femmes à l'Assemblée à plus de 40 %, sans effet "
               "comparable dans les conseils municipaux ni dans les exécutifs locaux.")
    body(cols, "Selon elles, la stratégie parle trop peu de la santé maternelle et de la planification familiale, "
               "alors que la mortalité maternelle reste élevée dans les régions de l'Est. Elles ont également "
               "souligné le poids des normes sociales et religieuses, qui découragent encore de nombreuses femmes "
               "de se présenter aux élections, et demandé que la Banque travaille avec les chefs religieux et "
               "coutumiers.")

    head(cols, "Hôtel de ville de Thiès — mercredi 22 novembre")
    body(cols, "Ville de Thiès (M. Mamadou Lamine Sène, adjoint au maire chargé du développement social) ; "
               "Agence nationale de la Petite Enfance et de la Case des Tout-Petits (ANPECTP) ; Délégation "
               "générale à l'Entrepreneuriat rapide des Femmes et des Jeunes (DER/FJ) (Mme Seynabou Ndiaye "
               "Thiam, cheffe d'antenne régionale).", bold_lead="Autour de la table : ")
    body(cols, "Les interlocuteurs de Thiès ont exprimé un soutien sans réserve à la stratégie. L'ANPECTP a "
               "expliqué que les cases des tout-petits permettent aux mères de travailler, mais que leur nombre "
               "reste très insuffisant dans les quartiers périphériques. Une étude d'ONU Femmes sur le temps "
               "consacré par les Sénégalaises au travail domestique non rémunéré a été citée à l'appui.")
    body(cols, "La DER/FJ a présenté ses financements aux groupements de femmes transformatrices de céréales "
               "locales, souvent installés en zone rurale. Ces groupements peinent à rembourser faute d'électricité "
               "fiable pour faire tourner les moulins et les décortiqueuses ; l'adjoint au maire a plaidé pour des "
               "investissements dans l'énergie et les marchés ruraux.")
    head(cols, "Prochaines étapes")
    body(cols, "Le bureau de Dakar partagera cette note avec les interlocuteurs et proposera une séance de travail "
               "avec la Cellule genre du ministère des Finances et du Budget au premier trimestre 2024.")

pdf.output(str(OUT))
print(OUT, pdf.page_no())
