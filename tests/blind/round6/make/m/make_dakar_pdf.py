#!/usr/bin/env python3
"""Make docs/m-dakar-gouvernement-fr.pdf: a French mission summary in two text columns (fpdf2 text_columns).

    python3 -m venv .venv-make && .venv-make/bin/pip install fpdf2
    .venv-make/bin/python make/make_dakar_pdf.py [OUT.pdf]

Layout: banner line, a framed info box (Période / Lieu / Interlocuteurs) across the page, then the body in two
columns: "Synthèse" prose, "Points saillants" (square bullets), then one section per day ("Lundi 20 novembre ...")
whose discussion comes first and whose attendance list ("Étaient présents") comes after; the third list (the
group's members) runs across the page break, its label at the foot of page 1 and its items on page 2. Fixed creation date, so rebuilding gives the same bytes.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "m-dakar-gouvernement-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_text_color(60, 60, 110)
        self.set_xy(15, 8)
        self.cell(0, 4, "Banque mondiale  ·  Bureau de Dakar  ·  Consultations sur la Stratégie genre 2024-2030")
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("Serif", "", 8)
        self.set_xy(15, self.h - 11)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")


pdf = Doc(format="A4")
pdf.set_margins(15, 19, 15)
pdf.set_auto_page_break(True, margin=16)
pdf.set_creation_date(datetime.datetime(2023, 11, 29, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Compte rendu de mission - Sénégal")
pdf.set_author("Bureau de la Banque mondiale à Dakar")
pdf.add_font("Serif", "", str(FONT / "DejaVuSerif.ttf"))
pdf.add_font("Serif", "B", str(FONT / "DejaVuSerif-Bold.ttf"))
pdf.add_font("Serif", "I", str(FONT / "DejaVuSerif-Italic.ttf"))
pdf.add_page()

pdf.set_font("Serif", "B", 15)
pdf.set_y(18)
pdf.multi_cell(0, 7, "Compte rendu de mission\nConsultations nationales sur la Stratégie genre du Groupe de la Banque mondiale",
               align="L")
pdf.ln(2)
pdf.set_font("Serif", "", 9)
pdf.set_fill_color(235, 238, 245)
box = [("Période", "du 20 au 22 novembre 2023"), ("Lieu", "Dakar (Sénégal)"),
       ("Interlocuteurs", "administration publique et partenaires techniques et financiers")]
for k, v in box:
    pdf.set_font("Serif", "B", 9)
    pdf.cell(35, 6, k, border="LTB", fill=True)
    pdf.set_font("Serif", "", 9)
    pdf.cell(0, 6, v, border="RTB", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

BODY = 9.5
cols = pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.25)


def head(text):
    with cols.paragraph(text_align="L", top_margin=2.5, bottom_margin=1.2) as p:
        pdf.set_font("Serif", "B", 10.5)
        p.write(text)


def par(text, italic=False):
    with cols.paragraph(bottom_margin=1.8) as p:
        pdf.set_font("Serif", "I" if italic else "", BODY)
        p.write(text)


def item(text, bullet="▪"):
    with cols.paragraph(indent=4.5, bullet_string=bullet, bullet_r_margin=1.5, bottom_margin=0.6, text_align="L") as p:
        pdf.set_font("Serif", "", BODY)
        p.write(text)


def label(text):
    with cols.paragraph(text_align="L", bottom_margin=0.6) as p:
        pdf.set_font("Serif", "I", BODY)
        p.write(text)


with cols:
    head("Synthèse")
    par("Du 20 au 22 novembre 2023, une équipe de la Banque mondiale a conduit à Dakar des consultations sur le projet "
        "de Stratégie genre 2024-2030 du Groupe de la Banque mondiale. Trois séances de travail ont été organisées : "
        "avec le ministère chargé de la femme, avec le ministère chargé de l'économie et l'institut national de la "
        "statistique, puis avec les partenaires techniques et financiers réunis au sein de leur groupe thématique. "
        "Les échanges ont confirmé l'intérêt des autorités pour les trois objectifs du projet de stratégie et ont fait "
        "ressortir des attentes précises sur les données et le financement.")
    head("Points saillants")
    item("Les autorités sénégalaises voient dans la stratégie un appui possible à la Stratégie nationale pour "
         "l'équité et l'égalité de genre (SNEEG).")
    item("La faiblesse des statistiques ventilées par sexe limite le suivi des engagements, en particulier au "
         "niveau des régions.")
    item("Les partenaires souhaitent une meilleure division du travail entre bailleurs sur les questions de genre.")

    head("Lundi 20 novembre · Ministère de la Femme, de la Famille et de la Protection des Enfants")
    par("La séance s'est tenue au siège du ministère, à Dakar. La Directrice de l'Équité et de l'Égalité de Genre a "
        "salué la démarche de consultation et a exprimé le plein soutien du ministère au projet de stratégie, qu'elle "
        "juge en phase avec la SNEEG. Les violences basées sur le genre ont occupé l'essentiel de la discussion : le "
        "ministère a décrit la mise en place de centres d'accueil pour les survivantes et a insisté sur la lutte contre "
        "le mariage des enfants, encore fréquent dans le sud et l'est du pays ; un rapport récent de l'UNICEF sur le "
        "sujet a été cité. Le conseiller technique a ensuite présenté le Fonds national de crédit pour les femmes "
        "(FNCF) et demandé comment la Banque pourrait renforcer l'accès des femmes entrepreneures au crédit.")
    label("Étaient présents :")
    item("Mme Aminata Ndiaye Sarr, Directrice de l'Équité et de l'Égalité de Genre", bullet="–")
    item("M. Ousmane Fall Diop, Conseiller technique du Ministre", bullet="–")
    item("Mme Khady Sène Thiam, Cheffe de la Division Autonomisation économique", bullet="–")

    head("Mardi 21 novembre · Ministère de l'Économie, du Plan et de la Coopération")
    par("Cette séance a réuni la Direction générale de la Planification et des Politiques économiques et l'Agence "
        "nationale de la Statistique et de la Démographie (ANSD). Les interlocuteurs ont accueilli favorablement la "
        "stratégie tout en exprimant des réserves sur le nombre d'indicateurs proposés, qu'ils jugent lourds à "
        "renseigner pour un système statistique aux moyens limités. Les échanges ont porté sur la budgétisation "
        "sensible au genre, la production de statistiques ventilées par sexe et le poids du service de la dette sur "
        "les dépenses sociales. L'ANSD a proposé d'ajouter un module sur l'emploi du temps à sa prochaine enquête "
        "auprès des ménages, sous réserve d'un financement.")
    label("Étaient présents :")
    item("M. Mamadou Lamine Faye, Directeur de la Planification (MEPC)", bullet="–")
    item("Mme Ndèye Fatou Mbaye, Cheffe du Bureau Genre et Statistiques sociales (ANSD)", bullet="–")

    head("Mercredi 22 novembre · Groupe thématique Genre des partenaires techniques et financiers")
    par("La réunion, accueillie par ONU Femmes qui assure la présidence tournante du groupe, a rassemblé les "
        "principaux bailleurs actifs sur le genre au Sénégal. Les partenaires ont appuyé le projet de stratégie et "
        "se sont dits prêts à coordonner leurs programmes avec ceux de la Banque. Ils ont souligné la situation des "
        "femmes rurales face aux effets du changement climatique dans le bassin arachidier, les besoins des femmes "
        "déplacées en Casamance et la nécessité d'harmoniser les appuis des bailleurs au ministère de la Femme pour "
        "éviter les doublons. L'AFD et l'Ambassade du Canada ont rappelé leurs engagements en faveur des "
        "organisations de femmes.")
    label("Membres du groupe présents :")
    for n in ["Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes (ONU Femmes)",
              "Fonds des Nations Unies pour la population (UNFPA)",
              "Ambassade du Canada au Sénégal",
              "Agence Française de Développement (AFD)",
              "Délégation de l'Union européenne au Sénégal",
              "Banque africaine de développement (BAD)",
              "Agence espagnole pour la coopération internationale au développement (AECID)",
              "Agence des États-Unis pour le développement international (USAID)",
              "Coopération luxembourgeoise (LuxDev)"]:
        item(n, bullet="–")
    par("Les participants ont demandé que la version finale de la stratégie soit présentée au groupe avant sa "
        "publication.", italic=True)
    head("Suite à donner")
    par("Le bureau de Dakar transmettra ce compte rendu à l'équipe de la stratégie et aux participants. Une restitution "
        "est prévue au premier trimestre 2024.")

pdf.alias_nb_pages()
OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
