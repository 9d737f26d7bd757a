#!/usr/bin/env python3
"""Make docs/d-atelier-abidjan-fr.docx: the compte rendu of a one-day multi-stakeholder workshop in Abidjan.
No heading styles: sections are bold numbered lines; the three working groups of the afternoon are bold
run-in paragraphs (one event, not three meetings); participants come last, in a table whose columns are
N° | Structure | Catégorie | Représentant(e), with some rows giving no name.

    .venv-make/bin/python make/make_abidjan_docx.py
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from docx_fix import save_reproducible, set_core  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "d-atelier-abidjan-fr.docx"
doc = Document()
set_core(doc, "Compte rendu - Atelier de consultation - Abidjan", datetime.datetime(2023, 9, 22, 10, 0, 0))
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text="", bold=False, italic=False, center=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    p.add_run(lead).bold = True
    p.add_run(text)
    return p


para("Bureau pays de la Banque mondiale — Côte d'Ivoire", italic=True)
para("COMPTE RENDU", bold=True, center=True, size=14)
para("Atelier multi-acteurs de consultation sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale",
     bold=True, center=True)
para("Abidjan, Hôtel Pullman Plateau — jeudi 14 septembre 2023, 9 h – 16 h 30", center=True)
para("Public : parties prenantes (administration, société civile, secteur privé, partenaires techniques et financiers, universitaires)",
     italic=True, center=True)

para("1. Objet de l'atelier", bold=True)
doc.add_paragraph(
    "L'atelier visait à recueillir l'avis des acteurs ivoiriens sur le projet de Stratégie genre 2024-2030 du "
    "Groupe de la Banque mondiale, à un moment où la Côte d'Ivoire met en œuvre sa propre Politique nationale "
    "de l'égalité des chances, de l'équité et du genre. Une cinquantaine de personnes y ont pris part.")

para("2. Déroulement", bold=True)
doc.add_paragraph(
    "Après le mot de bienvenue du Représentant résident de la Banque mondiale et l'allocution d'ouverture de la "
    "Directrice de cabinet adjointe du ministère de la Femme, de la Famille et de l'Enfant, l'équipe de la "
    "Stratégie a présenté les trois objectifs du projet. L'après-midi, les participants se sont répartis en "
    "trois groupes de travail, qui portaient respectivement sur l'autonomisation économique des femmes, la "
    "lutte contre les violences basées sur le genre et le leadership féminin. La restitution en plénière a "
    "clôturé la journée.")

para("3. Principaux enseignements", bold=True)
doc.add_paragraph(
    "Dans l'ensemble, les participants ont approuvé les orientations du projet de stratégie, jugées cohérentes "
    "avec les priorités nationales, tout en demandant qu'elle tienne davantage compte des réalités des femmes "
    "en milieu rural.")
runin("Groupe 1 — Autonomisation économique. ",
      "Les échanges ont porté sur l'accès des femmes au foncier rural, qui reste régi par la coutume dans la "
      "plupart des régions, et sur le coût du crédit pour les productrices de vivriers. La CGECI a souligné que "
      "peu d'entreprises disposent de crèches, alors que la garde d'enfants est la première raison invoquée "
      "par les salariées qui quittent leur emploi. Plusieurs intervenants ont cité le Fonds d'appui aux femmes "
      "de Côte d'Ivoire (FAFCI) comme un modèle à renforcer.")
runin("Groupe 2 — Violences basées sur le genre. ",
      "L'Association des Femmes Juristes de Côte d'Ivoire a rappelé que les plateformes de lutte contre les "
      "VBG manquent de moyens et que les survivantes renoncent souvent à porter plainte. Le groupe a demandé "
      "une meilleure coordination entre les ministères de la Justice, de la Santé et de la Femme, et un "
      "système unique de collecte de données sur les cas signalés.")
runin("Groupe 3 — Leadership féminin. ",
      "Le Compendium des compétences féminines a présenté ses actions pour préparer des femmes aux fonctions "
      "électives. Les participants ont regretté que la loi de 2019 sur la représentation des femmes dans les "
      "assemblées élues ne soit pas pleinement appliquée, et ont souhaité que la stratégie soutienne aussi "
      "les femmes dans les conseils d'administration.")

para("4. Suites à donner", bold=True)
for t in ["Transmettre le présent compte rendu à l'équipe de la Stratégie à Washington.",
          "Organiser une séance de restitution avec les participants après la publication de la stratégie."]:
    doc.add_paragraph(t, style="List Bullet")

para("Liste des structures représentées", bold=True)
rows = [
    ("N°", "Structure", "Catégorie", "Représentant(e)"),
    ("1", "Ministère de la Femme, de la Famille et de l'Enfant (MFFE)", "Administration",
     "Mme Adjoua Marie-Laure Kouassi, Directrice de cabinet adjointe"),
    ("2", "Compendium des compétences féminines de Côte d'Ivoire (COCOFCI)", "Administration",
     "Mme Aminata Traoré Diabaté, Coordonnatrice"),
    ("3", "Association des Femmes Juristes de Côte d'Ivoire (AFJCI)", "Société civile",
     "Me Chantal Aya N'Guessan, Présidente"),
    ("4", "Organisation des Femmes Actives de Côte d'Ivoire (OFACI)", "Société civile", "—"),
    ("5", "Confédération Générale des Entreprises de Côte d'Ivoire (CGECI)", "Secteur privé",
     "M. Serge Armand Yao Konan, Responsable RSE"),
    ("6", "ONU Femmes Côte d'Ivoire", "PTF", "Mme Fatou Bintou Sangaré, Chargée de programme"),
    ("7", "Agence française de développement (AFD)", "PTF", "—"),
    ("8", "Délégation de l'Union européenne en Côte d'Ivoire", "PTF", "—"),
    ("9", "Université Félix Houphouët-Boigny", "Université",
     "Pr Bernadette Ahou Gnamien, Enseignante-chercheuse en sociologie"),
]
tbl = doc.add_table(rows=0, cols=4)
tbl.style = "Table Grid"
for i, row in enumerate(rows):
    cells = tbl.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
        if i == 0:
            for r in c.paragraphs[0].runs:
                r.bold = True

save_reproducible(doc, OUT)
print(OUT)
