#!/usr/bin/env python3
"""Make docs/y-abidjan-fr.docx: a French mission report ("compte rendu de mission") as a Word file.

    python3 -m venv .venv-make && .venv-make/bin/pip install -q python-docx
    .venv-make/bin/python make_abidjan_docx.py [OUT.docx]

Layout: a letterhead line, a Title, a two-column "fiche" table with no header row (Objet,
Dates, Lieu, Interlocuteurs, Rédaction); a prose "Synthèse" (no list of key messages);
"Heading 1" sections but meetings introduced only by BOLD LINES (day – venue); one meeting's
participants as a header-less two-column table (name | function), one meeting told as a
single prose paragraph, one as a bulleted delegation list followed by a bulleted list of the
topics raised, and one with participants in a running sentence ("Autour de la table : ...").
"Suites à donner" is a Word numbered list. People are fictional; organisations are real.
Byte-for-byte reproducible (fixed core properties and zip timestamps).
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "y-abidjan-fr.docx"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)


def para(text="", style=None, bold=False, italic=False):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
    return p


def mixed(parts, style=None):
    p = doc.add_paragraph(style=style)
    for text, bold in parts:
        p.add_run(text).bold = bold
    return p


def grid(rows, bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = t.cell(r, c)
            cell.text = ""
            cell.paragraphs[0].add_run(value).bold = bold_first_col and c == 0
    return t


para("Banque mondiale – Bureau de Côte d'Ivoire · Abidjan", italic=True)
doc.add_paragraph("Compte rendu de mission", style="Title")

grid([("Objet", "Consultations nationales sur le projet de Stratégie Genre 2024-2030 du Groupe de la Banque mondiale"),
      ("Dates", "du 23 au 26 octobre 2023"),
      ("Lieu", "Abidjan (Plateau et Cocody), Côte d'Ivoire"),
      ("Interlocuteurs", "Gouvernement, Assemblée nationale, partenaires techniques et financiers, société civile"),
      ("Rédaction", "Équipe pays, Développement humain et Genre")], bold_first_col=True)
para()

doc.add_heading("Synthèse", level=1)
para("Quatre rencontres ont eu lieu pendant la mission. Les autorités ivoiriennes et les députées ont soutenu sans "
     "réserve les orientations du projet de stratégie, en insistant sur la lutte contre les violences basées sur le "
     "genre et sur l'autonomisation économique des femmes. Les partenaires techniques et financiers ont surtout parlé "
     "de coordination et de suivi. Les organisations de la société civile ont exprimé davantage de réserves, "
     "notamment sur l'accès des associations de femmes aux financements. Le détail de chaque rencontre figure "
     "ci-dessous.")

doc.add_heading("Déroulement de la mission", level=1)

# ---- rencontre 1: bold line, header-less table of people, bulleted points
para("Lundi 23 octobre – Ministère de la Femme, de la Famille et de l'Enfant (Plateau)", bold=True)
para("Étaient présents :")
grid([("Mme Adjoua Kouassi-N'Guessan", "Directrice de Cabinet"),
      ("M. Serge Yao Koffi", "Directeur de l'Égalité et de la Promotion du Genre"),
      ("Mme Mariam Touré Diabaté", "Coordonnatrice du Fonds d'Appui aux Femmes de Côte d'Ivoire (FAFCI)")])
para()
para("La Directrice de Cabinet a exprimé le plein soutien du Ministère à la Stratégie, qu'elle juge alignée sur la "
     "politique nationale en matière de genre.", style="List Bullet")
para("Le Ministère a présenté le réseau des plateformes de lutte contre les violences basées sur le genre et "
     "souhaite étendre la prise en charge gratuite des survivantes, y compris le certificat médical.",
     style="List Bullet")
para("Le FAFCI accorde des microcrédits à des centaines de milliers de femmes ; la coordonnatrice a demandé un appui "
     "pour le relier à la banque mobile et pour accompagner les bénéficiaires vers des entreprises formelles.",
     style="List Bullet")
para("Les grossesses en cours de scolarité restent une cause importante d'abandon scolaire des filles ; le "
     "Ministère souhaite associer la Banque à un programme de maintien des filles à l'école.", style="List Bullet")

# ---- rencontre 2: told as one paragraph under a bold date line
para("Mardi 24 octobre", bold=True)
para("La mission a été reçue à l'Assemblée nationale par l'Honorable Aminata Coulibaly Ouattara, Présidente de la "
     "Commission des Affaires sociales et culturelles, entourée de quatre autres députées. Les élues ont apporté leur "
     "soutien aux objectifs de la stratégie. Les échanges ont porté sur l'application de la loi sur le quota de 30 % "
     "de femmes sur les listes électorales, le mariage précoce des filles dans le nord du pays et le budget alloué "
     "à la protection sociale. Les députées ont souhaité que la Banque appuie la formation des femmes candidates "
     "avant les élections législatives de 2025.")

# ---- rencontre 3: delegation list, then topics as a bulleted list
para("Mercredi 25 octobre – Groupe thématique Genre des partenaires techniques et financiers (siège de la BAD)",
     bold=True)
para("Délégations présentes :")
for d in ["ONU Femmes (chef de file du groupe)",
          "Banque africaine de développement (BAD)",
          "Délégation de l'Union européenne en Côte d'Ivoire",
          "Ambassade du Canada en Côte d'Ivoire",
          "Agence française de développement (AFD)",
          "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
          "Fonds des Nations Unies pour la population (UNFPA)"]:
    para(d, style="List Bullet")
para("Les partenaires ont accueilli favorablement le projet de stratégie. Sujets abordés :")
for s in ["la coordination des appuis au ministère chargé de la femme ;",
          "le suivi des indicateurs de genre du Plan national de développement 2021-2025 ;",
          "l'accueil des réfugiés venus du Burkina Faso dans les régions du nord ;",
          "le financement direct des organisations de femmes."]:
    para(s, style="List Bullet 2")
para("La BAD a rappelé son initiative AFAWA (Action en faveur du financement des femmes en Afrique) et a proposé "
     "d'échanger sur les garanties offertes aux banques ivoiriennes. Une étude de l'Institut National de la "
     "Statistique sur l'emploi informel a été citée à plusieurs reprises.")

# ---- rencontre 4: participants in a running sentence
para("Jeudi 26 octobre – Organisations de la société civile (bureau de la Banque mondiale, Cocody)", bold=True)
para("Autour de la table : l'Organisation des Femmes Actives de Côte d'Ivoire (OFACI), représentée par sa "
     "présidente, Mme Habiba Koné Sangaré ; l'Association des Femmes Juristes de Côte d'Ivoire (AFJCI) ; "
     "Citoyennes pour la promotion et la défense des droits des enfants, femmes et minorités (CPDEFM) ; et la "
     "section ivoirienne du Réseau Paix et Sécurité pour les Femmes de l'Espace CEDEAO (REPSFECO).")
mixed([("Ce que nous avons entendu. ", True),
       ("Les organisations se sont dites préoccupées par l'écart entre les engagements et les moyens. Elles "
        "constatent que les financements passent presque tous par l'État ou par de grandes ONG internationales, et "
        "demandent un guichet accessible aux associations locales. L'AFJCI a décrit les obstacles que rencontrent "
        "les survivantes de violences pour porter plainte, à commencer par le coût du certificat médical et la "
        "lenteur des procédures. L'OFACI a insisté sur l'accès des femmes rurales à la terre : très peu de "
        "certificats fonciers sont délivrés à des femmes. Le REPSFECO a rappelé le rôle des femmes dans la "
        "cohésion sociale depuis la crise post-électorale de 2010-2011.", False)])

doc.add_heading("Suites à donner", level=1)
for s in ["Partager ce compte rendu avec les interlocuteurs rencontrés.",
          "Étudier avec le FAFCI un appui à la digitalisation des remboursements.",
          "Inviter les organisations de la société civile à la restitution de la stratégie finale."]:
    para(s, style="List Number")

when = datetime.datetime(2023, 10, 31, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Bureau de Côte d'Ivoire"
cp.title = "Compte rendu de mission - Stratégie Genre - Côte d'Ivoire"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 10, 31, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
