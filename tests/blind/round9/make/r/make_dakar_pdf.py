#!/usr/bin/env python3
"""Make docs/r-dakar-fr.pdf: a French government mission summary in TWO text columns.

Layout: a full-width title block, then two columns that text flows through line by line
(column 1, column 2, then the next page), so a paragraph or a list item can be cut by the
column or page break. Each meeting is headed by the institution's name in capitals, then
the day in italics, then a sentence saying who received the mission ("La mission a été
reçue par ..."). The fourth heading is a meeting that was postponed. A running header and
a page footer land between the columns' text. People are fictional, organisations real.
Reproducible: fixed creation date, no randomness.

    OUT/.venv-make/bin/python make_dakar_pdf.py [OUT.pdf]
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "r-dakar-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")
LEFT, RIGHT, TOP, BOTTOM, GUTTER = 17, 17, 22, 20, 8
SIZE, LEAD = 9.6, 4.7


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(LEFT, 10)
        self.cell(self.w - LEFT - RIGHT, 4, "Stratégie genre 2024-2030 du Groupe de la Banque mondiale — Consultations au Sénégal", align="L")
        self.line(LEFT, 15, self.w - RIGHT, 15)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(LEFT, self.h - 12)
        self.cell(self.w - LEFT - RIGHT, 4, f"Page {self.page_no()}", align="R")


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 10, 6, 9, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Compte rendu de mission - Sénégal")
pdf.set_author("r9-r blind eval")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
COLW = (pdf.w - LEFT - RIGHT - GUTTER) / 2
state = {"col": 0, "y": 0.0, "top": TOP, "log": []}


def col_x():
    return LEFT + state["col"] * (COLW + GUTTER)


def next_col():
    if state["col"] == 0:
        state["col"] = 1
        state["y"] = state["top"]
    else:
        pdf.add_page()
        state["col"], state["top"] = 0, TOP
        state["y"] = TOP


def lines_of(text, style, size, width):
    pdf.set_font("DejaVu", style, size)
    return pdf.multi_cell(width, LEAD, text, dry_run=True, output="LINES")


def flow(text, style="", size=SIZE, indent=0.0, bullet=None, after=1.8, keep=1, label=""):
    lines = lines_of(text, style, size, COLW - indent)
    if state["y"] + LEAD * min(keep, len(lines)) > pdf.h - BOTTOM:
        state["log"].append(f"break before {label or text[:40]!r}")
        next_col()
    for i, ln in enumerate(lines):
        if state["y"] + LEAD > pdf.h - BOTTOM:
            state["log"].append(f"break inside {label or text[:40]!r} after line {i}")
            next_col()
        if bullet and i == 0:
            pdf.set_font("DejaVu", "", size)
            pdf.set_xy(col_x() + indent - 3.5, state["y"])
            pdf.cell(3.5, LEAD, bullet)
        pdf.set_font("DejaVu", style, size)
        pdf.set_xy(col_x() + indent, state["y"])
        pdf.cell(COLW - indent, LEAD, ln)
        state["y"] += LEAD
    state["y"] += after


def heading(text, size=10):
    flow(text, "B", size, after=1.0, keep=4)


def item(text, **kw):
    flow(text, indent=4, bullet="–", after=kw.pop("after", 1.0), **kw)


pdf.add_page()
# full-width title block
pdf.set_xy(LEFT, TOP)
pdf.set_font("DejaVu", "B", 15)
pdf.cell(pdf.w - LEFT - RIGHT, 8, "COMPTE RENDU DE MISSION", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(LEFT)
pdf.set_font("DejaVu", "", 11)
pdf.cell(pdf.w - LEFT - RIGHT, 6, "Consultations gouvernementales sur la Stratégie genre 2024-2030", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(LEFT)
pdf.cell(pdf.w - LEFT - RIGHT, 6, "Dakar (Sénégal), du 27 au 29 septembre 2023", new_x="LMARGIN", new_y="NEXT")
pdf.line(LEFT, TOP + 23, pdf.w - RIGHT, TOP + 23)
state["top"] = TOP + 27
state["y"] = state["top"]

heading("CONTEXTE")
flow("Du 27 au 29 septembre 2023, une équipe du Groupe de la Banque mondiale a consulté à Dakar trois institutions "
     "du Gouvernement du Sénégal sur le projet de Stratégie genre 2024-2030. La mission visait à vérifier que les "
     "priorités du projet correspondent à celles du pays, à recueillir les attentes des administrations et à préparer "
     "la mise en œuvre de la stratégie dans le portefeuille du Sénégal. Chaque entretien est résumé ci-dessous.")

heading("CE QU'IL FAUT RETENIR")
item("Les institutions rencontrées partagent les trois objectifs du projet de stratégie et souhaitent qu'ils soient "
     "déclinés dans le prochain cadre de partenariat avec le pays.")
item("Le financement de la budgétisation sensible au genre et le coût des nouveaux indicateurs suscitent des "
     "inquiétudes au ministère chargé de l'Économie.")
item("L'ANSD est disposée à produire les données nécessaires au suivi, à condition d'être appuyée pour une nouvelle "
     "enquête sur l'emploi du temps.", after=3)

heading("MINISTÈRE DE LA FEMME, DE LA FAMILLE ET DE LA PROTECTION DES ENFANTS")
flow("Mercredi 27 septembre", "I", after=1.0)
flow("La mission a été reçue par Mme Khady Diop Faye, Secrétaire générale, entourée de M. Ousmane Badji, Directeur "
     "de l'Équité et de l'Égalité de Genre.")
flow("Le ministère a exprimé un soutien sans réserve au projet de stratégie, qu'il juge conforme à la Stratégie "
     "nationale pour l'Équité et l'Égalité de Genre (SNEEG 2). Les échanges ont porté sur la lutte contre les "
     "violences basées sur le genre, les mariages d'enfants, l'autonomisation économique des femmes et la prise en "
     "charge des enfants en bas âge.")
flow("Points saillants :", after=1.0)
item("Le ministère souhaite que les transferts du Programme national de bourses de sécurité familiale (PNBSF) "
     "soient versés aux femmes.", label="PNBSF item")
item("Il a demandé un appui pour étendre le réseau des boutiques de droit, qui offrent une assistance juridique "
     "gratuite aux femmes victimes de violences dans les quartiers périphériques de Dakar et dans les régions.",
     label="boutiques de droit item")
item("M. Badji a plaidé pour des crèches communautaires qui permettraient aux mères de jeunes enfants de garder une "
     "activité rémunérée.", after=3)

heading("MINISTÈRE DE L'ÉCONOMIE, DU PLAN ET DE LA COOPÉRATION")
flow("Jeudi 28 septembre (matin)", "I", after=1.0)
flow("La mission a été reçue par M. Mamadou Lamine Sow, Directeur général de la Planification et des Politiques "
     "économiques, et par Mme Aïssatou Ndiaye Gueye, Conseillère technique chargée du genre.")
flow("Le ministère s'est dit préoccupé par le coût des engagements proposés et par le risque que de nouveaux "
     "indicateurs alourdissent le suivi des projets, déjà exigeant pour les administrations. Il a rappelé que la "
     "budgétisation sensible au genre n'est encore appliquée que dans quelques ministères pilotes et que son "
     "extension suppose des moyens que le budget de l'État ne prévoit pas. Il a souhaité que la Banque appuie la "
     "coordination entre ministères sectoriels sur ce chantier, dans le cadre du Plan Sénégal Émergent (PSE).", after=3)

heading("AGENCE NATIONALE DE LA STATISTIQUE ET DE LA DÉMOGRAPHIE (ANSD)")
flow("Jeudi 28 septembre (après-midi)", "I", after=1.0)
flow("La délégation a été accueillie par Mme Fatou Bintou Cissé, Directrice des Statistiques démographiques et "
     "sociales.")
flow("L'ANSD a salué la place donnée aux données dans le projet et s'est dite prête à contribuer au cadre de "
     "résultats. Trois sujets ont été abordés : la production de statistiques ventilées par sexe, la mesure du "
     "travail domestique non rémunéré et l'emploi des femmes dans le secteur informel. L'Agence a précisé que la "
     "dernière enquête sur l'emploi du temps date de plusieurs années et qu'une nouvelle collecte nécessiterait un "
     "financement extérieur.", after=3)

heading("ASSEMBLÉE NATIONALE — RÉSEAU DES FEMMES PARLEMENTAIRES")
flow("Vendredi 29 septembre — rencontre reportée", "I", after=1.0)
flow("La rencontre prévue avec le Réseau des femmes parlementaires n'a pas pu se tenir en raison d'une séance "
     "plénière convoquée à la dernière minute. Elle sera reprogrammée lors d'une prochaine mission ; le Réseau a fait "
     "savoir qu'il transmettrait des commentaires écrits.", after=3)

heading("SUITES À DONNER")
item("Transmettre au ministère chargé de la Femme la note sur les boutiques de droit.")
item("Organiser avec le ministère chargé de l'Économie un atelier sur la budgétisation sensible au genre.")
item("Étudier avec l'ANSD le financement d'une enquête sur l'emploi du temps.")
item("Reprogrammer la rencontre avec les femmes parlementaires.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages, ends in column {state['col'] + 1}")
for line in state["log"]:
    print(" ", line)
