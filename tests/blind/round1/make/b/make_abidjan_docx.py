#!/usr/bin/env python3
"""Make docs/b-abidjan-atelier-fr.docx: readout of a private-sector workshop in Abidjan, in French.

Layout: Word Title and Heading 1/2 styles; the agenda as a numbered list; the discussion by session;
"Messages clés" as a numbered Word list near the end; the participants only in an annex table
(columns Structure | Participant(e) | Fonction) after the discussion. Reproducible output.
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "docs" / "b-abidjan-atelier-fr.docx"
doc = Document()
doc.styles["Normal"].font.size = Pt(10.5)


def para(text, style=None, bold=False):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    return p


doc.add_heading("Compte rendu d'atelier", level=0)
para("Atelier de consultation du secteur privé ivoirien sur la Stratégie genre 2024-2030 du Groupe de la "
     "Banque mondiale", bold=True)
para("Abidjan, Hôtel Pullman Plateau — jeudi 28 septembre 2023, 9 h 00 – 13 h 30")
para("Co-organisé par la Société financière internationale (IFC) et la Confédération Générale des Entreprises "
     "de Côte d'Ivoire (CGECI)")

doc.add_heading("Objet et déroulement", level=1)
para("L'atelier visait à recueillir l'avis des entreprises, des banques et des organisations patronales sur le "
     "projet de stratégie, en particulier sur son deuxième objectif (élargir les opportunités économiques). Une "
     "trentaine de personnes y ont pris part. L'atelier s'est articulé autour de trois thèmes : l'accès des "
     "entreprises dirigées par des femmes au financement, la place des femmes dans les instances dirigeantes et "
     "la prévention du harcèlement sexuel en milieu professionnel.")
para("Programme de la matinée :")
for item in ["Ouverture par la Directrice de cabinet adjointe du Ministère de la Femme, de la Famille et de l'Enfant",
             "Présentation du projet de stratégie par l'équipe du Groupe de la Banque mondiale",
             "Session 1 : financer les entreprises des femmes",
             "Session 2 : les femmes dans l'entreprise",
             "Synthèse et clôture par la CGECI"]:
    para(item, style="List Number")

doc.add_heading("Ce qui s'est dit", level=1)
doc.add_heading("Ouverture", level=2)
para("Mme Adjoua Kouamé-Brou, Directrice de cabinet adjointe du Ministère de la Femme, de la Famille et de "
     "l'Enfant, a salué une stratégie qu'elle juge « en phase avec les priorités nationales » et a rappelé le "
     "rôle du Fonds d'Appui aux Femmes de Côte d'Ivoire (FAFCI), qui a déjà accordé des microcrédits à plusieurs "
     "centaines de milliers de femmes.")
doc.add_heading("Session 1 : financer les entreprises des femmes", level=2)
para("Les banques présentes ont reconnu que les femmes entrepreneures restent peu nombreuses dans leurs "
     "portefeuilles de crédit aux PME. M. Serge Kacou Yao (Société Générale Côte d'Ivoire) a expliqué que "
     "l'absence de garanties et de titres fonciers au nom des femmes bloque la plupart des dossiers. NSIA Banque "
     "Côte d'Ivoire a présenté une offre de crédit sans garantie réelle adossée à un fonds de garantie, et "
     "Orange Côte d'Ivoire a souligné le potentiel du mobile money pour les commerçantes. La FIPME a demandé que "
     "les programmes d'appui comprennent aussi de l'accompagnement à la gestion, et pas seulement du crédit.")
doc.add_heading("Session 2 : les femmes dans l'entreprise", level=2)
para("Les échanges ont porté sur la faible présence des femmes dans les conseils d'administration et les comités "
     "de direction. Mme Mariam Touré-Bakayoko (CGECI) a plaidé pour des objectifs chiffrés volontaires plutôt que "
     "pour des quotas imposés. Plusieurs entreprises ont reconnu que le harcèlement sexuel reste rarement signalé, "
     "faute de procédures claires ; la Chambre de Commerce et d'Industrie a proposé un guide commun aux "
     "entreprises membres. Enfin, les participantes ont évoqué le manque de crèches près des zones industrielles "
     "de Yopougon et de Vridi, qui pousse de nombreuses ouvrières à quitter leur emploi après une naissance.")

doc.add_heading("Messages clés", level=1)
for m in ["Le secteur privé ivoirien soutient le projet de stratégie et souhaite être associé à sa mise en œuvre.",
          "Le manque de garanties reste le premier obstacle au financement des entreprises dirigées par des femmes.",
          "Les entreprises ont besoin d'outils pratiques pour prévenir le harcèlement et pour développer des "
          "solutions de garde d'enfants."]:
    para(m, style="List Number 2")

doc.add_heading("Suites à donner", level=1)
para("IFC partagera avec les banques participantes les résultats de son étude sur le marché du financement des "
     "PME dirigées par des femmes en Afrique de l'Ouest. La CGECI diffusera le présent compte rendu auprès de ses "
     "membres.")

doc.add_heading("Annexe – Liste des participants (extrait)", level=1)
rows = [("Structure", "Participant(e)", "Fonction"),
        ("Ministère de la Femme, de la Famille et de l'Enfant", "Mme Adjoua Kouamé-Brou", "Directrice de cabinet adjointe"),
        ("Confédération Générale des Entreprises de Côte d'Ivoire (CGECI)", "Mme Mariam Touré-Bakayoko", "Présidente de la Commission Genre et Entrepreneuriat féminin"),
        ("Chambre de Commerce et d'Industrie de Côte d'Ivoire (CCI-CI)", "M. Lassina Ouattara", "Directeur de l'Appui aux Entreprises"),
        ("Fédération Ivoirienne des Petites et Moyennes Entreprises (FIPME)", "Mme Christelle N'Guessan Ahoua", "Secrétaire générale"),
        ("Société Générale Côte d'Ivoire", "M. Serge Kacou Yao", "Responsable Marché PME"),
        ("NSIA Banque Côte d'Ivoire", "Mme Estelle Gnagne Dago", "Directrice Marketing"),
        ("Orange Côte d'Ivoire", "M. Karim Diabaté", "Responsable Inclusion financière, Orange Money")]
t = doc.add_table(rows=0, cols=3)
t.style = "Table Grid"
for i, r in enumerate(rows):
    cells = t.add_row().cells
    for j, v in enumerate(r):
        cells[j].text = v
        if i == 0:
            cells[j].paragraphs[0].runs[0].bold = True

when = datetime.datetime(2023, 10, 4, 8, 30, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "IFC Abidjan"
cp.title = "Compte rendu - Atelier secteur privé - Abidjan"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 10, 4, 8, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print("wrote", OUT)
