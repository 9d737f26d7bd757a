#!/usr/bin/env python3
"""Make l-dakar-gouvernement-fr.pdf: a French mission summary set in two text columns (fpdf2).

    OUT/.venv-make/bin/python make_dakar_pdf.py
Page 1 has a full-width title band, then two columns; page 2 two columns. The lines are broken
here, not by fpdf2, so the column/page breaks are fixed; the list of the third meeting runs
from one column into the next. Fixed creation date: reproducible. People are fictional.
"""
import datetime
from pathlib import Path

from fpdf import FPDF
from pdflayout import FONT, Flow

OUT = Path(__file__).resolve().parents[1] / "docs" / "l-dakar-gouvernement-fr.pdf"
L, R, GUT = 16, 16, 8
TOP, BOT = 22, 20
BAND = 62  # y where the columns start on page 1


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(L, 9)
        self.cell(self.w - L - R, 4, "Groupe de la Banque mondiale  ·  Consultations Stratégie genre 2024-2030  ·  Sénégal")
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(L, self.h - 12)
        self.cell(self.w - L - R, 4, f"Page {self.page_no()}/{{nb}}", align="R")


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.alias_nb_pages()
pdf.set_creation_date(datetime.datetime(2023, 11, 30, 8, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Compte rendu de mission - Sénégal - Gouvernement")
pdf.set_author("Bureau de la Banque mondiale à Dakar")
for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
    pdf.add_font("DejaVu", st, str(FONT / f))

COLW = (pdf.w - L - R - GUT) / 2


def frames(page):
    top = BAND if page == 1 else TOP
    return [(L, COLW, top, pdf.h - BOT), (L + COLW + GUT, COLW, top, pdf.h - BOT)]


flow = Flow(pdf, frames, size=9, lead=4.4)
flow.start_page()

# title band (full width)
pdf.set_font("DejaVu", "B", 15)
pdf.set_xy(L, 20)
pdf.cell(text="COMPTE RENDU DE MISSION")
pdf.set_font("DejaVu", "", 11)
pdf.set_xy(L, 29)
pdf.cell(text="Consultations sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale")
pdf.set_font("DejaVu", "", 9)
pdf.set_xy(L, 38)
pdf.cell(text="Dakar (Sénégal), du 20 au 22 novembre 2023")
pdf.set_xy(L, 43)
pdf.cell(text="Interlocuteurs : administrations publiques")
pdf.set_draw_color(0, 70, 130)
pdf.set_line_width(0.6)
pdf.line(L, 52, pdf.w - R, 52)


def h(text):
    flow.gap(1.5)
    flow.para([(text, "B")], size=9.5, keep=3, space_after=1.2)


def sub(text):
    flow.para([(text, "I")], keep=2, space_after=0.8)


h("En bref")
flow.para("Une équipe du Groupe de la Banque mondiale a présenté le projet de Stratégie genre 2024-2030 à trois "
          "interlocuteurs gouvernementaux à Dakar. L'accueil a été très favorable, avec des attentes fortes sur le "
          "financement de la Stratégie nationale pour l'équité et l'égalité de genre (SNEEG 2) et sur les statistiques.")

h("Points saillants")
for i, t in enumerate([
    "Le Gouvernement adhère aux trois objectifs de la Stratégie et souhaite un alignement explicite sur la SNEEG 2.",
    "La budgétisation sensible au genre doit être étendue à tous les ministères sectoriels.",
    "Le suivi de la Stratégie suppose un investissement important dans les statistiques de genre.",
    "La parité dans les assemblées élues n'a pas encore d'équivalent dans les postes de décision de l'administration.",
], 1):
    flow.para(t, indent=5, bullet=f"{i}.", space_after=1.0)

h("MINISTÈRE DE LA FEMME, DE LA FAMILLE ET DE LA PROTECTION DES ENFANTS")
sub("Lundi 20 novembre, au cabinet de la Ministre")
flow.para("La Ministre a accueilli la mission et a exprimé son plein soutien au projet de Stratégie, qu'elle juge "
          "« en parfaite cohérence » avec la SNEEG 2. Elle a insisté sur quatre chantiers : la lutte contre les violences "
          "faites aux femmes et aux filles, l'autonomisation économique des femmes rurales, l'accès des femmes au foncier "
          "et le développement des cases des tout-petits.")
flow.para("Le Directeur de l'Équité et de l'Égalité de Genre a salué les résultats du projet SWEDD dans les régions de "
          "Kolda et de Sédhiou et souhaité qu'ils soient repris à plus grande échelle. La Ministre a demandé que la "
          "Banque aide à la mise en place des boutiques de droit dans chaque département.")
flow.para([("Présents : ", "B"), ("Mme Awa Ndiaye Diouf, Ministre de la Femme, de la Famille et de la Protection des "
          "Enfants ; M. Cheikh Tidiane Faye, Directeur de l'Équité et de l'Égalité de Genre ; Mme Fatou Bintou Sarr, "
          "Conseillère technique.", "")])

h("MINISTÈRE DE L'ÉCONOMIE, DU PLAN ET DE LA COOPÉRATION")
sub("Mardi 21 novembre, Direction générale de la Planification")
flow.para("Les échanges ont porté sur la budgétisation sensible au genre, que le Ministère expérimente depuis 2021 dans "
          "cinq ministères pilotes. Les interlocuteurs ont appuyé l'orientation générale de la Stratégie et demandé que la "
          "Banque accompagne l'extension de cette démarche à l'ensemble des lois de finances.")
flow.para("Ils ont souligné la nécessité d'une meilleure coordination entre ministères sectoriels, collectivités "
          "territoriales et partenaires techniques, afin d'éviter la dispersion des appuis. Le Programme national de "
          "bourses de sécurité familiale (PNBSF) a été cité comme un instrument pouvant mieux cibler les femmes chefs de "
          "ménage. Enfin, le Directeur général a rappelé que l'emploi des jeunes femmes reste la priorité du Plan Sénégal "
          "Émergent.")
flow.para([("Présents : ", "B"), ("M. Ousmane Badiane Sène, Directeur général de la Planification et des Politiques "
          "économiques ; Mme Ndèye Coumba Thiam, Cheffe de la Cellule genre ; M. Ibrahima Lô Dieng, économiste.", "")])

h("AGENCE NATIONALE DE LA STATISTIQUE ET DE LA DÉMOGRAPHIE ET OBSERVATOIRE NATIONAL DE LA PARITÉ")
sub("Mercredi 22 novembre, séance conjointe dans les locaux de l'ANSD")
flow.para("Les deux institutions ont accueilli favorablement la Stratégie mais ont exprimé des réserves sur la "
          "faisabilité de son cadre de résultats au vu des données disponibles. Elles ont fait les observations suivantes :")
for t in [
    "plusieurs indicateurs proposés ne sont pas produits au Sénégal, faute d'enquêtes régulières désagrégées par sexe "
    "au niveau départemental ;",
    "la dernière enquête sur l'emploi du temps date de plus de dix ans, de sorte que le travail domestique et de soins non "
    "rémunéré des femmes n'est pas mesuré ;",
    "la loi sur la parité de 2010 a porté la part des femmes à l'Assemblée nationale à plus de 40 %, mais les femmes restent "
    "rares à la tête des conseils municipaux et des directions d'administration centrale ;",
    "l'ANSD souhaite un appui pluriannuel de la Banque pour renforcer les capacités de son équipe chargée des "
    "statistiques de genre et harmoniser les sources administratives.",
]:
    flow.para(t, indent=5, bullet="–", space_after=1.0)
flow.para([("Présents : ", "B"), ("ANSD – M. Mamadou Alpha Kane, Directeur des Statistiques démographiques et sociales. "
          "ONP – Mme Aïssatou Ly Ba, Secrétaire exécutive ; Mme Rokhaya Gning Mbodj, chargée de suivi-évaluation.", "")])

h("Suites à donner")
flow.para("Le bureau de la Banque mondiale à Dakar partagera la version finale de la Stratégie avec les trois "
          "institutions et examinera avec l'ANSD une assistance technique sur les statistiques de genre.")
pdf.output(str(OUT))
