#!/usr/bin/env python3
"""Make docs/r-abidjan-fr.docx: a French event readout (youth workshop) as a Word file.

Layout: an office banner in bold, the title in the Title style, then a "fiche" of the event as a
two-column Word table WITHOUT a header row (label | value); "Messages clés" as Word List Number
paragraphs; the agenda items as Heading 2 sections (opening, panel, group work, Q&A); the
panellists as List Bullet paragraphs; a UNICEF report only cited; the organisations represented
at the very end as a second header-less table (organisation | number of participants).
People are fictional, organisations real. Reproducible: fixed core properties and zip timestamps.

    OUT/.venv-make/bin/python make_abidjan_docx.py [OUT.docx]
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt, Cm

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "r-abidjan-fr.docx"

doc = Document()
doc.styles["Normal"].font.name = "Cambria"
doc.styles["Normal"].font.size = Pt(11)


def para(text="", style=None, bold=False):
    p = doc.add_paragraph(style=style)
    if text:
        p.add_run(text).bold = bold
    return p


def lead(bold_text, rest, style=None):
    p = doc.add_paragraph(style=style)
    p.add_run(bold_text).bold = True
    p.add_run(rest)
    return p


def grid(rows, widths):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for c, v, w in zip(cells, r, widths):
            c.text = v
            c.width = w
    return t


para("GROUPE DE LA BANQUE MONDIALE — BUREAU DE CÔTE D'IVOIRE", bold=True)
doc.add_paragraph("Compte rendu de l'atelier « Jeunes voix pour l'égalité »", style="Title")

grid([
    ("Objet", "Consultation des jeunes sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale"),
    ("Date", "Jeudi 5 octobre 2023, de 9 h à 16 h"),
    ("Lieu", "Abidjan (Plateau), Côte d'Ivoire"),
    ("Participation", "62 jeunes, dont 41 jeunes femmes, venus de sept organisations (liste en fin de document)"),
    ("Format", "Ouverture officielle, panel, travaux en groupes, restitution et échanges en plénière"),
], [Cm(3.5), Cm(12.5)])

doc.add_heading("Messages clés", level=1)
for m in [
    "Les jeunes ont accueilli favorablement le projet de stratégie et demandent à être associés à sa mise en œuvre "
    "et à son suivi en Côte d'Ivoire.",
    "Le chômage et le sous-emploi des jeunes femmes diplômées sont perçus comme la première priorité, devant "
    "l'accès au crédit.",
    "Le harcèlement sexuel dans les universités et les grossesses précoces restent des causes majeures d'abandon "
    "scolaire des filles.",
    "Les jeunes femmes souhaitent des programmes de mentorat et de formation au leadership, y compris pour les "
    "élections locales.",
]:
    para(m, style="List Number")

doc.add_heading("Déroulement de la journée", level=1)

doc.add_heading("Ouverture", level=2)
para("L'atelier a été ouvert par M. Yao Serge N'Guessan, Directeur de cabinet adjoint du Ministère de la Promotion "
     "de la Jeunesse, de l'Insertion professionnelle et du Service civique, qui a rappelé les objectifs du Programme "
     "Jeunesse du Gouvernement (PJGouv) 2023-2025 et invité les participants à faire des propositions concrètes. "
     "L'équipe de la Banque a ensuite présenté les trois objectifs du projet de stratégie.")

doc.add_heading("Panel : « Ce que les jeunes attendent de la stratégie »", level=2)
para("Intervenantes et intervenants :")
for p in ["Mlle Aya Christelle Kouassi, Secrétaire générale du Conseil National des Jeunes de Côte d'Ivoire (CNJCI)",
          "Mme Mariam Bamba Touré, Coordinatrice de la commission jeunesse de l'Association des Femmes Juristes de Côte "
          "d'Ivoire (AFJCI)",
          "Dr Kouadio Éric Yapi, Enseignant-chercheur à l'Université Félix Houphouët-Boigny",
          "Mme Estelle Gnagne Dago, Chargée de programme Genre, Plan International Côte d'Ivoire"]:
    para(p, style="List Bullet")
para("Pour Mlle Kouassi, les jeunes femmes sortent de l'université avec des diplômes mais sans réseau, et les "
     "emplois qu'elles trouvent sont le plus souvent informels. Mme Bamba Touré a insisté sur la méconnaissance de "
     "leurs droits par les étudiantes victimes de harcèlement, qui renoncent à porter plainte. Le Dr Yapi a présenté "
     "une enquête menée auprès de ses étudiants, selon laquelle les stéréotypes sur les « filières de garçons » "
     "éloignent encore les filles des sciences. Mme Gnagne Dago a rappelé que Plan International accompagne des "
     "clubs de filles dans les lycées, dans le cadre du Projet d'Autonomisation des Femmes et Dividende "
     "Démographique au Sahel (SWEDD).")

doc.add_heading("Travaux de groupes", level=2)
para("Trois groupes ont travaillé respectivement sur l'emploi et l'entrepreneuriat des jeunes femmes, les violences "
     "en milieu scolaire et universitaire, et le leadership des jeunes filles. Leurs conclusions ont été présentées "
     "en plénière.")
lead("Groupe 1. ", "Les participantes demandent des formations aux compétences numériques et un meilleur accès à "
     "internet hors d'Abidjan, ainsi que des prêts sans garantie pour les jeunes entrepreneuses, dont les projets "
     "sont jugés trop risqués par les banques.")
lead("Groupe 2. ", "Le groupe propose des cellules d'écoute indépendantes dans chaque université et la formation des "
     "enseignants à la prévention du harcèlement.")
lead("Groupe 3. ", "Le groupe souhaite des programmes de mentorat reliant des élues locales et des lycéennes, et des "
     "quotas de jeunes femmes dans les instances des associations de jeunesse.")

doc.add_heading("Échanges avec la salle", level=2)
para("M. Ibrahim Koné, étudiant en master de sociologie à l'Université Alassane Ouattara, a demandé comment la "
     "stratégie tiendrait compte des jeunes des régions du Nord, où un rapport récent de l'UNICEF situe les taux de "
     "mariage d'enfants les plus élevés du pays. Mlle Fatoumata Diomandé, pair éducatrice à l'Association Ivoirienne "
     "pour le Bien-Être Familial (AIBEF), a plaidé pour l'éducation à la santé sexuelle et reproductive et pour "
     "l'accès des adolescentes à la contraception, sans lesquels « les filles continueront de quitter l'école ». Les "
     "intervenants ont convenu que ces questions devaient figurer dans le plan d'action pour la Côte d'Ivoire.")

doc.add_heading("Organisations représentées", level=1)
grid([
    ("Conseil National des Jeunes de Côte d'Ivoire (CNJCI)", "14"),
    ("Association des Femmes Juristes de Côte d'Ivoire (AFJCI)", "6"),
    ("Université Félix Houphouët-Boigny", "12"),
    ("Université Alassane Ouattara", "7"),
    ("Plan International Côte d'Ivoire", "8"),
    ("Ligue Ivoirienne des Droits des Femmes (LIDF)", "5"),
    ("Association Ivoirienne pour le Bien-Être Familial (AIBEF)", "10"),
], [Cm(12.0), Cm(2.5)])
para("")
para("Le Ministère de la Promotion de la Jeunesse, de l'Insertion professionnelle et du Service civique était "
     "représenté à l'ouverture.")

when = datetime.datetime(2023, 10, 12, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "r9-r blind eval"
cp.title = "Compte rendu - atelier jeunes - Abidjan"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 10, 12, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
