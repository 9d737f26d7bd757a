#!/usr/bin/env python3
"""Make docs/zz-cotonou-mission-fr.docx: a French end-of-mission note (Benin) as a real Word file.

    ../.venv-make/bin/python make_cotonou_docx.py [OUT.docx]

Layout: a bold title and a two-column info table with no header; numbered sections
(Heading 1) and meetings headed by venue (Heading 2); key messages as Word-numbered
paragraphs; meeting 1's delegation as a table (Structure | Nom | Fonction); meeting 2 as one
prose paragraph; meeting 3 a donor group whose members are bullets. A postponed meeting is
only mentioned in the context section. Fixed metadata and zip timestamps.
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_common import save_reproducible  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zz-cotonou-mission-fr.docx"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text="", style=None, bold=False, italic=False):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
    return p


def runs(parts, style=None):
    p = doc.add_paragraph(style=style)
    for text, b in parts:
        p.add_run(text).bold = b
    return p


para("BANQUE MONDIALE — BUREAU DE COTONOU", bold=True)
para("NOTE DE FIN DE MISSION", bold=True)
para("Consultations nationales sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale", italic=True)

info = doc.add_table(rows=0, cols=2)
info.style = "Table Grid"
for k, v in [("Période", "du 20 au 22 septembre 2023"),
             ("Lieu", "Cotonou, République du Bénin"),
             ("Interlocuteurs", "Administration publique et partenaires techniques et financiers"),
             ("Diffusion", "Interne — équipe de la Stratégie genre")]:
    cells = info.add_row().cells
    cells[0].text, cells[1].text = k, v
    cells[0].paragraphs[0].runs[0].bold = True

doc.add_heading("1. Contexte", level=1)
para("Dans le cadre des consultations sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale, "
     "une équipe conjointe du bureau de Cotonou et du pôle Genre a séjourné au Bénin du 20 au 22 septembre 2023. "
     "L'objectif était de recueillir l'avis des autorités nationales et des partenaires au développement sur les "
     "trois objectifs stratégiques du projet, d'identifier les priorités nationales et de repérer les possibilités "
     "de collaboration. Trois séances de travail ont eu lieu. La rencontre prévue le 22 septembre avec le Réseau "
     "des femmes parlementaires a été reportée à une date ultérieure, l'Assemblée nationale étant alors en session "
     "budgétaire.")

doc.add_heading("2. Messages clés", level=1)
runs([("Les autorités béninoises ont exprimé ", False), ("une adhésion forte aux trois objectifs stratégiques", True),
      (" et ont souligné leur cohérence avec le Programme d'Actions du Gouvernement 2021-2026 (PAG).", False)],
     "List Number")
runs([("La lutte contre les violences basées sur le genre et le mariage des enfants ", True),
      ("demeure la première priorité nationale, depuis l'adoption de la loi n° 2021-11 portant protection de la femme.",
       False)], "List Number")
runs([("Le Gouvernement du Bénin souhaite que le Groupe de la Banque mondiale ", False),
      ("accompagne la généralisation de la budgétisation sensible au genre", True),
      (" à l'ensemble des ministères sectoriels.", False)], "List Number")
runs([("Les partenaires techniques et financiers appellent à ", False),
      ("une meilleure division du travail dans les départements du nord", True),
      (", où l'insécurité aggrave la situation des femmes et des filles.", False)], "List Number")

doc.add_heading("3. Compte rendu des séances de travail", level=1)

doc.add_heading("3.1 Au siège du ministère des Affaires sociales et de la Microfinance", level=2)
para("Composition de la délégation béninoise :")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Structure", "Nom", "Fonction"]):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
for row in [("Ministère des Affaires sociales et de la Microfinance (MASM)", "Mme Adjoa Hounkpè Dossou", "Directrice de cabinet"),
            ("MASM", "M. Rodrigue Agossa Tchibozo", "Directeur de la Promotion de la Femme et du Genre"),
            ("Institut National de la Femme (INF)", "Mme Gisèle Ahouandjinou Kpadé", "Secrétaire exécutive")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
para("Ce qu'il faut retenir :", bold=True)
para("La directrice de cabinet a salué « une stratégie ambitieuse et parfaitement alignée sur nos priorités » et a "
     "assuré la mission du plein soutien du ministère.", "List Bullet")
para("Les échanges ont porté sur la prise en charge des survivantes de violences basées sur le genre, l'accès des "
     "femmes au microcrédit, la lutte contre le mariage des enfants et la coordination entre le ministère et "
     "l'Institut National de la Femme.", "List Bullet")
para("L'INF a présenté le dispositif d'accompagnement judiciaire mis en place en application de la loi n° 2021-11 et "
     "a demandé un appui pour ouvrir des antennes dans les douze départements.", "List Bullet")
para("Le ministère souhaite que le volet microcrédit du projet Assurance pour le Renforcement du Capital Humain "
     "(ARCH) cible davantage les femmes du secteur informel.", "List Bullet")

doc.add_heading("3.2 Au ministère de l'Économie et des Finances", level=2)
para("La mission a ensuite été reçue par M. Fiacre Sossou Gbaguidi, Directeur général du Budget, entouré de cadres de "
     "la Direction générale du Budget et de l'Institut national de la statistique et de la démographie (INStaD). Les "
     "interlocuteurs ont approuvé l'orientation générale du projet de stratégie. Ils ont présenté le document "
     "annexé chaque année à la loi de finances, qui retrace les crédits consacrés à l'égalité entre les sexes, et "
     "ont souhaité que la Banque aide à en étendre la méthode aux collectivités territoriales. L'INStaD a rappelé "
     "que l'Enquête harmonisée sur les conditions de vie des ménages fournit désormais des indicateurs ventilés par "
     "sexe, mais que les données sur l'emploi informel des femmes restent lacunaires.")

doc.add_heading("3.3 Dans les locaux de la Banque mondiale : Groupe thématique Genre des partenaires techniques et "
                "financiers", level=2)
para("Le groupe thématique, présidé ce semestre par l'Ambassade du Royaume des Pays-Bas, réunit les partenaires "
     "ci-après, qui étaient tous représentés à la séance :")
for name in ["Ambassade du Royaume des Pays-Bas", "Agence Française de Développement (AFD)",
             "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
             "Délégation de l'Union européenne au Bénin", "ONU Femmes",
             "Fonds des Nations Unies pour la population (UNFPA)", "Fonds des Nations Unies pour l'enfance (UNICEF)"]:
    para(name, "List Bullet")
para("Les partenaires ont accueilli favorablement le projet de stratégie, tout en formulant plusieurs réserves. Ils "
     "ont d'abord insisté sur la dégradation de la situation sécuritaire dans l'Alibori et l'Atacora, où des "
     "femmes déplacées par les attaques armées n'ont plus accès aux services de base. L'UNFPA a rappelé que les "
     "besoins en planification familiale restent élevés et que la mortalité maternelle ne recule que lentement. "
     "Plusieurs partenaires ont estimé que le projet de stratégie sous-estime le poids des normes sociales et "
     "qu'un travail de long terme avec les chefs religieux et traditionnels sera nécessaire. Enfin, le groupe a "
     "regretté de ne pas avoir été associé plus tôt à la préparation du document.")

para("Cotonou, le 29 septembre 2023", italic=True)

save_reproducible(doc, OUT, datetime.datetime(2023, 9, 29, 10, 0, 0), "Note de fin de mission - Bénin",
                  author="Bureau de Cotonou")
print(f"wrote {OUT}")
