#!/usr/bin/env python3
"""Make docs/f-rabat-societe-civile-fr.docx: a French mission summary as a real Word file.

Layout: bold title lines (no Title style), a "Contexte" Heading 1, meetings as Heading 2 named by
day and venue; meeting 1 participants as a nested Word list (organisation, then its people as
"List Bullet 2"), meeting 2 participants as a table with no header row (Organisation |
Représentée par | Fonction), meeting 3 given as prose only, a postponed meeting noted in prose,
and the key messages at the END as a Word-numbered list. Reproducible bytes.
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "docs" / "f-rabat-societe-civile-fr.docx"
doc = Document()
doc.styles["Normal"].font.name = "Cambria"
doc.styles["Normal"].font.size = Pt(11)


def p(text="", style=None, bold=False, italic=False):
    para = doc.add_paragraph(style=style)
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
    return para


def mixed(parts, style=None):
    para = doc.add_paragraph(style=style)
    for text, b in parts:
        para.add_run(text).bold = b
    return para


p("Groupe de la Banque mondiale — Bureau de Rabat", italic=True)
p("Consultations sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale", bold=True)
p("Compte rendu de mission — Royaume du Maroc", bold=True)
p("Rabat, du 13 au 15 novembre 2023")
p("Interlocuteurs : organisations de la société civile")

doc.add_heading("Contexte", level=1)
p("Du 13 au 15 novembre 2023, une équipe du Groupe de la Banque mondiale a rencontré à Rabat des associations "
  "marocaines de défense des droits des femmes, des réseaux de l'économie sociale et des associations d'aide aux "
  "femmes en situation de vulnérabilité, afin de recueillir leurs observations sur le projet de Stratégie genre "
  "2024-2030. Ces échanges se sont tenus alors que le pays engage la révision du Code de la famille (Moudawana) et "
  "met en œuvre le Plan gouvernemental pour l'égalité 2023-2026 (PGE III). Le présent compte rendu suit l'ordre "
  "chronologique des rencontres.")

doc.add_heading("Lundi 13 novembre — bureau de la Banque mondiale, Rabat", level=2)
p("Présents :", bold=True)
nested = [
    ("Association Démocratique des Femmes du Maroc (ADFM)",
     ["Mme Samira Benali Tazi, présidente", "Mme Houda El Mansouri, chargée de plaidoyer"]),
    ("Fédération de la Ligue Démocratique des Droits des Femmes (FLDDF)",
     ["Mme Latifa Bouchra Idrissi, secrétaire générale"]),
    ("Union de l'Action Féminine (UAF)", []),
    ("Association Tahadi pour l'Égalité et la Citoyenneté (ATEC)", ["M. Karim Ezzahraoui Alami, chargé de projets"]),
    ("Mobilising for Rights Associates (MRA)", []),
]
for org, people in nested:
    p(org, style="List Bullet")
    for person in people:
        p(person, style="List Bullet 2")

p("Ce que nous avons entendu", bold=True)
p("Les associations ont approuvé les orientations du projet de stratégie et ont jugé que ses trois objectifs "
  "correspondent aux priorités du mouvement des femmes au Maroc. Les échanges ont porté sur l'application de la loi "
  "103-13 relative à la lutte contre les violences faites aux femmes, le mariage des mineures, l'égalité dans "
  "l'héritage et l'accès des femmes à la terre, et la représentation des femmes dans les conseils élus.")
p("L'ADFM a souligné que les plaintes pour violences conjugales aboutissent rarement, faute de mesures de "
  "protection effectives et de places d'hébergement. MRA a ajouté que les dérogations accordées par les juges "
  "continuent de permettre des milliers de mariages de filles de moins de dix-huit ans chaque année. La FLDDF a "
  "demandé que la Banque appuie la production de données sur ces mariages, ventilées par région.")

doc.add_heading("Mardi 14 novembre — siège du REMESS, Rabat", level=2)
p("La deuxième rencontre a réuni des représentantes de l'économie sociale et solidaire et du monde rural :")
rows = [
    ("Union des Coopératives des Femmes de l'Arganier (UCFA)", "Mme Fatima Zahra Aït Oumghar", "présidente"),
    ("Réseau Marocain de l'Économie Sociale et Solidaire (REMESS)", "M. Youssef Amrani Chraibi", "coordinateur national"),
    ("Association Voix de la Femme Amazighe", "Mme Tilelli Ouhammou", "membre du bureau"),
]
table = doc.add_table(rows=len(rows), cols=3)
table.style = "Table Grid"
for r, values in enumerate(rows):
    for c, value in enumerate(values):
        table.cell(r, c).text = value
p("")
p("Points soulevés", bold=True)
p("Les participantes ont exprimé un soutien sans réserve au projet de stratégie, qu'elles ont qualifié de « bonne "
  "nouvelle pour les femmes des campagnes ». Elles ont décrit la situation des femmes rurales, qui assurent l'essentiel "
  "du travail agricole sans en tirer de revenu propre.")
p("L'UCFA a rappelé que les coopératives féminines d'argan peinent à obtenir des crédits, faute de titres fonciers, "
  "et que la reconnaissance des droits des femmes soulaliyates sur les terres collectives reste inachevée. Plusieurs "
  "coopératives ont bénéficié du programme Forsa, mais les montants sont jugés trop faibles pour investir dans "
  "l'équipement.")
p("L'Association Voix de la Femme Amazighe a insisté sur les obstacles particuliers que rencontrent les femmes "
  "amazighes, notamment l'absence d'information en tamazight dans les services publics et les tribunaux.")

doc.add_heading("Mercredi 15 novembre — Rabat", level=2)
p("L'équipe a enfin rencontré, dans leurs locaux, des responsables de l'Institution Nationale de Solidarité avec "
  "les Femmes en détresse (INSAF) et de l'association Jossour Forum des Femmes Marocaines. Mme Karima Lahlou Bennani, "
  "directrice des programmes d'INSAF, et Mme Nadia Cherkaoui Fassi, coordinatrice de Jossour, ont exprimé de vives "
  "réserves : à leurs yeux, le projet de stratégie ne dit rien des mères célibataires ni des femmes que la "
  "stigmatisation sociale exclut des dispositifs publics. INSAF a rappelé son combat contre le travail domestique des "
  "petites filles et demandé que la stratégie en fasse une priorité explicite. Les deux associations ont regretté "
  "de n'être consultées qu'une fois le texte rédigé, et ont demandé à être associées au suivi de sa mise en œuvre.")
p("La rencontre prévue le même jour avec le Conseil national des droits de l'Homme (CNDH) a été reportée à la "
  "demande de celui-ci ; une nouvelle date sera fixée en décembre.", italic=True)

doc.add_heading("Messages clés", level=1)
for parts in [
    [("Les organisations rencontrées ", False), ("soutiennent les trois objectifs", True),
     (" du projet de stratégie.", False)],
    [("Elles demandent que la Banque accompagne ", False), ("la mise en œuvre effective de la loi 103-13", True),
     (" et la révision du Code de la famille.", False)],
    [("L'accès des femmes rurales à la terre et au crédit", True),
     (" reste le principal frein à l'essor des coopératives féminines.", False)],
    [("Les femmes les plus marginalisées — mères célibataires, filles domestiques, femmes amazighes — ", False),
     ("doivent être nommées dans la stratégie", True), (".", False)],
]:
    mixed(parts, style="List Number")

when = datetime.datetime(2023, 11, 24, 10, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Bureau de Rabat"
cp.title = "Compte rendu de mission - Maroc"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 24, 10, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print("wrote", OUT)
