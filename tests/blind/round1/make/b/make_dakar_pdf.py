#!/usr/bin/env python3
"""Make docs/b-dakar-gouvernement-fr.pdf: a French end-of-mission note (Senegal, government) in two
text columns, made with fpdf2's text_columns so that paragraphs and lists flow from the left column to
the right one and on to page 2. Running header and "page N" footer. Fixed creation date.
"""
import datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parents[1] / "docs" / "b-dakar-gouvernement-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(18, 9)
        self.cell(0, 4, "Groupe de la Banque mondiale  |  Stratégie genre 2024-2030  |  Sénégal")
        self.set_draw_color(0, 80, 150)
        self.line(18, 14, self.w - 18, 14)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(18, self.h - 12)
        self.cell(self.w - 36, 4, f"page {self.page_no()}", align="R")


pdf = Doc(format="A4")
pdf.set_margins(18, 20, 18)
pdf.set_auto_page_break(True, margin=18)
pdf.set_creation_date(datetime.datetime(2023, 11, 24, 8, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Note de fin de mission - Sénégal")
pdf.set_author("Groupe de la Banque mondiale")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
pdf.add_page()

# full-width title block
pdf.set_y(20)
pdf.set_font("DejaVu", "B", 15)
pdf.set_text_color(0, 80, 150)
pdf.cell(0, 8, "NOTE DE FIN DE MISSION", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DejaVu", "B", 11)
pdf.cell(0, 6, "Consultations sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9.5)
pdf.cell(0, 5, "Dakar (Sénégal), du 13 au 15 novembre 2023  ·  Interlocuteurs : administrations publiques",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

SIZE = 9.2
cols = pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.25)


def head(text, top=3.5):
    pdf.set_font("DejaVu", "B", 10)
    with cols.paragraph(text_align="L", top_margin=top, bottom_margin=1.2) as p:
        p.write(text)
    pdf.set_font("DejaVu", "", SIZE)


def sub(text):
    pdf.set_font("DejaVu", "B", SIZE)
    with cols.paragraph(text_align="L", top_margin=2.5, bottom_margin=0.8) as p:
        p.write(text)
    pdf.set_font("DejaVu", "", SIZE)


def prose(*runs, bottom=1.6):
    with cols.paragraph(bottom_margin=bottom) as p:
        for r in runs:
            if isinstance(r, tuple):
                pdf.set_font("DejaVu", r[1], SIZE)
                p.write(r[0])
            else:
                pdf.set_font("DejaVu", "", SIZE)
                p.write(r)
    pdf.set_font("DejaVu", "", SIZE)


def item(text, bullet="–", bottom=0.6):
    pdf.set_font("DejaVu", "", SIZE)
    with cols.paragraph(text_align="L", indent=4, bullet_string=bullet, bottom_margin=bottom) as p:
        p.write(text)


with cols:
    head("1. Contexte", top=0)
    prose("À l'invitation du Gouvernement du Sénégal, une équipe du Groupe de la Banque mondiale a séjourné à Dakar "
          "du 13 au 15 novembre 2023 afin de recueillir l'avis des administrations publiques sur le projet de "
          "Stratégie genre 2024-2030. La mission s'est entretenue avec plusieurs structures de l'État. Les échanges "
          "se sont appuyés sur la Stratégie nationale pour l'Équité et l'Égalité de Genre (SNEEG 2), qui arrive à "
          "échéance en 2026, et sur le portefeuille de projets en cours au Sénégal.")
    head("2. Points à retenir")
    item("Les autorités rencontrées adhèrent aux trois objectifs du projet de stratégie et souhaitent qu'il "
         "s'aligne sur la SNEEG 2.", bullet="1.")
    item("La prise en charge des survivantes de violences reste limitée hors de Dakar, malgré la loi de 2020 "
         "criminalisant le viol.", bullet="2.")
    item("Le ministère chargé des finances demande des outils simples pour suivre les dépenses en faveur de "
         "l'égalité dans le budget de l'État.", bullet="3.")
    item("L'accès des femmes au crédit et à la formalisation de leurs activités est jugé prioritaire par les "
         "structures d'appui à l'entrepreneuriat.", bullet="4.", bottom=1.6)
    head("3. Compte rendu des entretiens")
    sub("Lundi 13 novembre — Ministère de la Femme, de la Famille et de la Protection des Enfants")
    prose(("Délégation du ministère :", "B"))
    item("Mme Awa Ndiaye Sarr, Directrice de l'Équité et de l'Égalité de Genre")
    item("M. Ousmane Diatta Faye, Conseiller technique du Ministre")
    item("Mme Khady Sène Diop, Cheffe de la Division des droits des femmes", bottom=1.4)
    prose("Le ministère a exprimé un soutien sans réserve au projet de stratégie, qu'il considère comme un appui "
          "direct à sa propre feuille de route. Les échanges ont porté sur la prise en charge des victimes de "
          "violences basées sur le genre, le maintien des filles à l'école, les mariages d'enfants et "
          "l'autonomisation économique des femmes rurales. Mme Sarr a rappelé que les boutiques de droit et les "
          "centres d'écoute sont surtout financés par des partenaires extérieurs et que leur pérennité n'est pas "
          "assurée. Le ministère souhaite que la Banque mondiale l'aide à mettre en place un système de suivi des "
          "cas de violence commun aux services de santé, de police et de justice.")
    sub("Mardi 14 novembre — Ministère des Finances et du Budget")
    prose("L'équipe a ensuite été reçue par M. Cheikh Tidiane Mbengue, Directeur de la Programmation budgétaire, "
          "accompagné de Mme Fatou Kiné Gueye, Coordonnatrice de la Cellule genre du ministère. Tout en saluant "
          "l'orientation générale du projet, M. Mbengue s'est interrogé sur le coût de certaines mesures et sur "
          "le risque de multiplier les indicateurs. Il a présenté l'expérience pilote de budgétisation sensible "
          "au genre conduite dans quatre ministères depuis 2021.")
    prose("Mme Gueye a souligné que les données ventilées par sexe produites par l'Agence nationale de la "
          "Statistique et de la Démographie (ANSD) ne sont pas encore utilisées dans la préparation du budget. "
          "Les deux interlocuteurs ont insisté sur la nécessité d'une meilleure coordination entre les ministères "
          "sectoriels et le ministère chargé de la femme.")
    prose(("Entretien reporté. ", "I"),
          ("La rencontre prévue le mardi après-midi avec le Ministère de l'Agriculture, de l'Équipement rural et "
           "de la Souveraineté alimentaire n'a pas pu se tenir ; le projet de stratégie lui sera transmis par "
           "écrit.", "I"))
    sub("Mercredi 15 novembre — Appui à l'entrepreneuriat féminin")
    prose(("Présents : ", "B"),
          "Délégation générale à l'Entrepreneuriat rapide des Femmes et des Jeunes (DER/FJ) — Mme Ndèye Coumba "
          "Thiam, Directrice du Financement ; Fonds de Garantie des Investissements Prioritaires (FONGIP) — "
          "M. Mamadou Lamine Ba, Chef du Département Garanties ; Agence pour le Développement et l'Encadrement "
          "des Petites et Moyennes Entreprises (ADEPME).")
    prose("Les trois structures ont approuvé le projet de stratégie. Trois sujets ont dominé : l'accès des "
          "femmes entrepreneures au crédit, la formalisation des activités du secteur informel et l'usage des "
          "services financiers numériques. Le FONGIP a décrit son mécanisme de garantie réservé aux femmes, "
          "qui réduit les sûretés exigées par les banques, et la DER/FJ a proposé de partager les données de "
          "remboursement de ses bénéficiaires pour éclairer la conception de nouveaux instruments.")
    head("4. Suites")
    prose("L'équipe transmettra aux structures rencontrées la version révisée du projet de stratégie. Une "
          "séance de travail sur la budgétisation sensible au genre sera proposée au ministère chargé des finances "
          "au premier trimestre 2024.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("wrote", OUT, pdf.page_no(), "pages")
