#!/usr/bin/env python3
"""Make docs/zw-nouakchott-mission-fr.docx: a French mission aide-memoire as a Word file.

    OUT/.venv-make/bin/python make/make_nouakchott_docx.py [OUT.docx]

Layout: a schedule table at the top; general prose "Ce que nous avons entendu" (no key-message
list); meetings headed by the DAY (Heading 2), the institution in a bold line under it;
participants given after the discussion ("Délégation du ministère :" bullets), inline in
one "Présents :" sentence, in a two-column table without header, or inside a prose paragraph.
Fictional people, real institutions. Fixed core properties and zip timestamps: same bytes each run.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zw-nouakchott-mission-fr.docx"
doc = Document()
doc.styles["Normal"].font.name = "Cambria"
doc.styles["Normal"].font.size = Pt(11)


def para(text="", style=None, bold=False, italic=False):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
    return p


def table(rows, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            c.paragraphs[0].add_run(val).bold = header and i == 0
    return t


para("GROUPE DE LA BANQUE MONDIALE  |  Bureau de Nouakchott", italic=True)
doc.add_paragraph("Aide-mémoire de mission", style="Title")
para("Consultations sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale", bold=True)
para("Mauritanie — Nouakchott, du 13 au 15 novembre 2023")
para("Interlocuteurs : administrations publiques et partenaires techniques et financiers")

doc.add_heading("1. Objet", level=1)
para("Une équipe du Groupe de la Banque mondiale a séjourné à Nouakchott du 13 au 15 novembre 2023 pour recueillir "
     "l'avis des autorités mauritaniennes et des partenaires techniques et financiers sur le projet de Stratégie genre "
     "2024-2030 du Groupe de la Banque mondiale. Le présent aide-mémoire rend compte des principaux points soulevés. "
     "Il a été partagé avec les interlocuteurs rencontrés.")

doc.add_heading("2. Programme", level=1)
table([
    ("Date", "Interlocuteurs", "Lieu"),
    ("Lundi 13 novembre", "Ministère de l'Action Sociale, de l'Enfance et de la Famille", "Siège du ministère"),
    ("Mardi 14 novembre, 9 h", "Taazour ; ANSADE", "Siège de Taazour"),
    ("Mardi 14 novembre, 15 h", "Groupe thématique Genre des PTF", "Bureau de l'UNFPA"),
    ("Mercredi 15 novembre", "Ministère de l'Économie et du Développement Durable", "Siège du ministère"),
])

doc.add_heading("3. Ce que nous avons entendu", level=1)
para("Tous les interlocuteurs ont accueilli favorablement le projet de stratégie et ses trois objectifs. Les autorités "
     "ont insisté sur la lutte contre les violences faites aux femmes et aux filles, sur le mariage des enfants et sur "
     "le rôle des programmes de protection sociale, tandis que les partenaires ont surtout souligné la situation des "
     "réfugiées dans l'est du pays et la dispersion des financements consacrés au genre.")
para("Plusieurs interlocuteurs ont rappelé que la Stratégie de Croissance Accélérée et de Prospérité Partagée (SCAPP) "
     "constitue le cadre de référence du Gouvernement et que la stratégie du Groupe devrait s'y inscrire.")

doc.add_heading("4. Compte rendu des séances", level=1)

# -- meeting 1: participants AFTER the discussion, as Word bullets
doc.add_heading("Lundi 13 novembre", level=2)
para("Ministère de l'Action Sociale, de l'Enfance et de la Famille (MASEF)", bold=True)
para("La Secrétaire générale a qualifié la stratégie de « très opportune » et a assuré l'équipe du plein soutien du "
     "ministère. Elle a présenté le projet de loi-cadre relatif à la lutte contre les violences à l'égard des femmes et "
     "des filles, toujours en discussion, et a souhaité que le Groupe de la Banque mondiale appuie la mise en place de "
     "services de prise en charge des survivantes dans les wilayas de l'intérieur.")
para("Le Directeur de la Promotion Féminine et du Genre a indiqué que le mariage des enfants reste fréquent en milieu "
     "rural et que le ministère travaille avec des oulémas et des imams pour faire évoluer les pratiques. Il a cité le "
     "projet SWEDD (Autonomisation des femmes et dividende démographique au Sahel) comme exemple de collaboration "
     "réussie avec la Banque sur le maintien des filles à l'école.")
para("Délégation du ministère :")
for line in ["Mme Mariem Mint Ahmed Salem, Secrétaire générale",
             "M. Sidi Mohamed Ould Baba, Directeur de la Promotion Féminine et du Genre",
             "Mme Khadijetou Mint Cheikh Sidiya, Conseillère juridique"]:
    para(line, "List Bullet")

# -- meeting 2: participants inline in one sentence, before the discussion
doc.add_heading("Mardi 14 novembre (matin)", level=2)
para("Délégation Générale à la Solidarité Nationale et à la Lutte contre l'Exclusion (Taazour) et Agence Nationale de "
     "la Statistique et de l'Analyse Démographique et Économique (ANSADE)", bold=True)
para("Présents : M. Ahmedou Ould Mohamed Lemine, Coordonnateur du programme Tekavoul (Taazour) ; Mme Aïchetou Mint "
     "Brahim, Cheffe du service des statistiques sociales (ANSADE).")
para("Les deux institutions ont soutenu la stratégie. Les échanges ont porté sur le ciblage des ménages dirigés par des "
     "femmes, le paiement des transferts par téléphone mobile et la disponibilité de données ventilées par sexe au "
     "niveau des wilayas. Taazour a précisé que les transferts du programme Tekavoul sont versés en priorité aux femmes "
     "du ménage et que le passage au paiement mobile est en cours dans deux wilayas pilotes.")
para("L'ANSADE a rappelé que les enquêtes auprès des ménages ne couvrent pas le travail domestique non rémunéré et a "
     "proposé d'ajouter un module court sur l'emploi du temps lors de la prochaine enquête.")

# -- meeting 3: a coordination group; members in a two-column table WITHOUT header
doc.add_heading("Mardi 14 novembre (après-midi)", level=2)
para("Groupe thématique Genre des partenaires techniques et financiers", bold=True)
para("La séance s'est tenue dans les locaux de l'UNFPA, qui préside le groupe thématique. Les membres présents étaient "
     "les suivants :")
table([
    ("Fonds des Nations Unies pour la population (UNFPA)", "Mme Fatimetou Mint Abdel Malick, Chargée de programme genre"),
    ("Fonds des Nations Unies pour l'enfance (UNICEF)", "—"),
    ("Délégation de l'Union européenne en Mauritanie", "M. Julien Ferrand-Lacoste, Chargé de programmes gouvernance"),
    ("Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)", "Mme Katrin Albers, Conseillère technique"),
    ("Agence Française de Développement (AFD)", "—"),
    ("Banque africaine de développement (BAD)", "M. Oumar Sow Diallo, Spécialiste genre"),
    ("Agence espagnole de coopération internationale pour le développement (AECID)", "Mme Lucía Ortega Marín, Responsable de programmes"),
], header=False)
para("")
para("Les partenaires ont salué l'ambition du projet de stratégie, mais ont estimé qu'il ne dit pas assez comment le "
     "Groupe de la Banque mondiale coordonnera son action avec celle des autres bailleurs. L'UNFPA et l'UNICEF ont "
     "décrit la situation des femmes et des filles réfugiées maliennes du camp de Mbera, dans le Hodh Ech Chargui, où "
     "les violences et les mariages précoces auraient augmenté depuis 2022.")
para("La Délégation de l'Union européenne a fait observer que les financements consacrés au genre restent dispersés "
     "entre de nombreux petits projets de courte durée, et la GIZ a plaidé pour un travail plus soutenu avec les "
     "leaders religieux et communautaires sur les normes sociales.")

# -- meeting 4: a single prose paragraph with the participants inside it
doc.add_heading("Mercredi 15 novembre", level=2)
para("En clôture de mission, l'équipe a présenté une restitution au Ministère de l'Économie et du Développement Durable, "
     "en présence de M. Cheikh Ould Sidi Mahmoud, Directeur général des Politiques et Stratégies de Développement, et de "
     "deux cadres de sa direction. Le ministère a exprimé son soutien à la stratégie, a rappelé la faible participation "
     "des femmes au marché du travail formel et a souhaité que la budgétisation sensible au genre soit intégrée dans le "
     "prochain plan d'action de la SCAPP.")

para("")
para("Rédaction : équipe de la mission. Diffusion : interlocuteurs rencontrés, équipe pays.", italic=True)

when = datetime.datetime(2023, 11, 20, 10, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Bureau de Nouakchott"
cp.title = "Aide-mémoire - Consultations Stratégie genre - Mauritanie"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 20, 10, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
