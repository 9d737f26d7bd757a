#!/usr/bin/env python3
"""Make docs/j-abidjan-atelier-fr.docx: the readout (compte rendu) of a one-day private-sector workshop.

Layout: Title style; a block of "Date / Lieu / Organisation" lines with bold labels; numbered Heading 1
sections ("1. Objet de l'atelier" ...); the participants as a 3-column Word table WITHOUT a header row
(organisation | name with honorific | function); the discussion under Heading 2 "Séance 1/2" headings in
prose; the overall appreciation in its own section after the discussion; Word numbered list of follow-ups.
People are fictional; organisations are real. Reproducible bytes.

    .venv-make/bin/python make_abidjan_docx.py
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Cm

OUT = Path(__file__).resolve().parents[1] / "docs" / "j-abidjan-atelier-fr.docx"
doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.4)

doc.add_paragraph("Compte rendu d'atelier", style="Title")
doc.add_paragraph("Consultation du secteur privé ivoirien sur la Stratégie genre 2024-2030 du Groupe de la Banque "
                  "mondiale", style="Subtitle")
for k, v in [("Date : ", "jeudi 16 novembre 2023, de 9 h à 13 h"),
             ("Lieu : ", "Sofitel Abidjan Hôtel Ivoire, Abidjan (Côte d'Ivoire)"),
             ("Organisation : ", "bureau du Groupe de la Banque mondiale en Côte d'Ivoire, avec la Société "
                                 "financière internationale (IFC)")]:
    p = doc.add_paragraph()
    p.add_run(k).bold = True
    p.add_run(v)

doc.add_heading("1. Objet de l'atelier", level=1)
doc.add_paragraph(
    "L'atelier visait à recueillir l'avis d'entreprises, d'organisations patronales et d'institutions financières "
    "ivoiriennes sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale, et à identifier des "
    "pistes de collaboration pour sa mise en œuvre en Côte d'Ivoire. Une représentante du ministère chargé de la "
    "femme a également pris part aux travaux.")

doc.add_heading("2. Participants", level=1)
rows = [
    ("Confédération Générale des Entreprises de Côte d'Ivoire (CGECI)", "Mme Aminata Koné Touré",
     "Chargée de mission, responsabilité sociétale des entreprises"),
    ("Chambre de Commerce et d'Industrie de Côte d'Ivoire (CCI-CI)", "M. Serge Kouassi N'Guessan",
     "Directeur de l'appui aux entreprises"),
    ("Fédération Ivoirienne des Petites et Moyennes Entreprises (FIPME)", "Mme Christelle Yao Ahoua",
     "Secrétaire générale"),
    ("Société Générale Côte d'Ivoire", "Mme Mariam Diabaté Coulibaly", "Responsable du marché des PME"),
    ("Orange Côte d'Ivoire", "M. Jean-Marc Bamba Ouattara", "Directeur de la responsabilité sociétale"),
    ("Advans Côte d'Ivoire", "Mme Estelle Gnagne Kouadio", "Directrice des opérations"),
    ("Ministère de la Femme, de la Famille et de l'Enfant", "Mme Rose-Marie Akissi Brou",
     "Directrice de la promotion du genre et de l'équité"),
]
table = doc.add_table(rows=len(rows), cols=3)
table.style = "Table Grid"
for r, values in enumerate(rows):
    for c, value in enumerate(values):
        table.cell(r, c).text = value
for row in table.rows:
    for c, w in enumerate((Cm(6.8), Cm(4.4), Cm(5.0))):
        row.cells[c].width = w

doc.add_heading("3. Déroulé et principaux échanges", level=1)
doc.add_paragraph(
    "Après une présentation du projet de stratégie par l'équipe de la Banque, les échanges se sont organisés en "
    "deux séances.")
doc.add_heading("Séance 1 : financer les entreprises des femmes", level=2)
doc.add_paragraph(
    "Les institutions financières ont rappelé que les femmes entrepreneures se heurtent surtout au manque de "
    "garanties : peu d'entre elles possèdent un titre foncier à leur nom. Advans Côte d'Ivoire a présenté ses prêts "
    "de groupe aux commerçantes des marchés d'Adjamé et de Treichville, et Société Générale Côte d'Ivoire son offre "
    "destinée aux PME dirigées par des femmes. La FIPME a souhaité que les lignes de crédit de la Women Entrepreneurs "
    "Finance Initiative (We-Fi) soient mieux connues des petites entreprises, et la représentante du ministère a "
    "présenté le Fonds d'appui aux femmes de Côte d'Ivoire (FAFCI), qui accorde des microcrédits à des taux bonifiés.")
doc.add_heading("Séance 2 : les femmes dans l'entreprise", level=2)
doc.add_paragraph(
    "La CGECI a présenté les résultats d'une enquête auprès de ses membres : les femmes n'occupent qu'une faible "
    "part des sièges dans les conseils d'administration des grandes entreprises du pays. Plusieurs participants ont "
    "évoqué les crèches d'entreprise, encore très rares, comme condition du maintien des jeunes mères dans l'emploi. "
    "La CCI-CI a insisté sur la nécessité de politiques contre le harcèlement sexuel au travail, y compris dans les "
    "PME. Orange Côte d'Ivoire a décrit ses formations aux compétences numériques destinées aux jeunes femmes.")

doc.add_heading("4. Appréciation générale", level=1)
doc.add_paragraph(
    "Les participants ont approuvé les grandes orientations du projet de stratégie, en particulier l'accent mis sur "
    "l'accès des femmes aux actifs et aux services financiers. Ils ont souhaité que le secteur privé soit associé au "
    "suivi de sa mise en œuvre.")

doc.add_heading("5. Suites à donner", level=1)
for step in ["Transmettre aux participants la version révisée de la stratégie.",
             "Organiser avec la CGECI une séance d'information sur la Women Entrepreneurs Finance Initiative.",
             "Partager l'enquête de la CGECI sur la place des femmes dans les conseils d'administration."]:
    doc.add_paragraph(step, style="List Number")

when = datetime.datetime(2023, 11, 21, 10, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "r5-j"
cp.title = "Compte rendu - atelier secteur privé - Abidjan"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 21, 10, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
