#!/usr/bin/env python3
"""Make docs/zx-bobo-dioulasso-atelier.docx: a French workshop readout (compte rendu d'atelier) as a Word file.

Layout: no heading styles at all, only bold (some underlined) lines; a "fiche" table of the workshop; participants
as a nested Word list (organisation in bold, its people as second-level bullets) plus an unnamed group; the
proceedings as numbered stages with group-work results given as prose bullets; the overall view at the end.
Reproducible: fixed core properties and zip timestamps.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zx-bobo-dioulasso-atelier.docx"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)


def bold_line(text, size=None, underline=False, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def para(text, style=None, lead=None):
    p = doc.add_paragraph(style=style)
    if lead:
        p.add_run(lead).bold = True
    p.add_run(text)
    return p


bold_line("GROUPE DE LA BANQUE MONDIALE \u2014 BUREAU DU BURKINA FASO", 9, center=True)
bold_line("COMPTE RENDU D'ATELIER", 15, center=True)
bold_line("\u00ab Les femmes rurales et la Stratégie genre 2024-2030 du Groupe de la Banque mondiale \u00bb", 11, center=True)

fiche = [
    ("Date", "mardi 7 novembre 2023, de 8 h 30 à 16 h 00"),
    ("Lieu", "Salle de conférence de la Chambre Régionale d'Agriculture des Hauts-Bassins, Bobo-Dioulasso (Burkina Faso)"),
    ("Public", "organisations de productrices, organisations paysannes, associations de défense des droits des femmes, université"),
    ("Langues", "français et dioula, avec interprétation"),
    ("Nombre de personnes", "41 (dont 34 femmes)"),
]
t = doc.add_table(rows=len(fiche), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(fiche):
    t.cell(i, 0).text = ""
    t.cell(i, 0).paragraphs[0].add_run(k).bold = True
    t.cell(i, 1).text = v

bold_line("Contexte et objectif", underline=True)
para("Dans le cadre des consultations sur la future Stratégie genre 2024-2030, le bureau du Burkina Faso a souhaité "
     "recueillir l'avis des femmes rurales de l'Ouest du pays, où se concentrent la production de karité, le "
     "maraîchage et une part croissante des personnes déplacées internes. L'atelier visait à présenter les trois "
     "objectifs de la stratégie et à recueillir des recommandations concrètes.")

bold_line("Personnes et organisations présentes", underline=True)
orgs = [
    ("Confédération Paysanne du Faso (CPF)", ["Mme Aminata Sanou Traoré, chargée du genre"]),
    ("Fédération Nationale des Groupements Naam (FNGN)", ["Mme Salimata Kaboré Ouédraogo, animatrice régionale"]),
    ("Table Filière Karité (TFK)", ["Mme Awa Konaté Barro, secrétaire exécutive",
                                    "Mme Rasmata Diallo Sidibé, présidente de l'union des productrices de Dandé"]),
    ("Association des Femmes Juristes du Burkina Faso (AFJ/BF)", ["Me Clarisse Zongo Somé, avocate"]),
    ("Université Nazi Boni", ["Pr Mariam Ouattara Dembélé, enseignante-chercheuse en sociologie rurale"]),
    ("Chambre Régionale d'Agriculture des Hauts-Bassins (CRA-HB)", ["M. Adama Millogo Sanon, secrétaire général"]),
]
for org, people in orgs:
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(org).bold = True
    for person in people:
        doc.add_paragraph(person, style="List Bullet 2")
para("Une vingtaine de présidentes de groupements de productrices de karité et de maraîchères des provinces du Houet, "
     "du Kénédougou et du Tuy ont également pris part à l'atelier.", "List Bullet")

bold_line("Déroulement", underline=True)
para("Après le mot d'accueil du secrétaire général de la CRA-HB, l'équipe de la Banque a présenté les trois objectifs "
     "de la stratégie. Les échanges ont ensuite eu lieu en trois étapes.")

bold_line("1. Tour de table")
para("Chaque organisation a présenté en deux minutes ses priorités. Plusieurs présidentes de groupements ont rappelé "
     "que les hommes contrôlent encore la plupart des revenus du ménage, même lorsque ce sont les femmes qui "
     "produisent, et que rien ne changera sans le soutien des chefs coutumiers et religieux.")

bold_line("2. Travaux de groupes")
para("Les trois groupes de travail ont porté sur l'accès des femmes à la terre, la transformation du karité et la "
     "situation des femmes déplacées internes. Leurs restitutions se résument ainsi :")
para("Sur la terre, l'AFJ/BF a expliqué que la loi n°034-2009 portant régime foncier rural permet aux femmes "
     "d'obtenir une attestation de possession foncière rurale, mais que très peu la demandent, faute d'information et "
     "d'argent pour les frais. Le groupe demande que les projets de la Banque financent la sécurisation foncière au nom "
     "des femmes.", "List Bullet", lead="Groupe 1 \u2014 ")
para("Sur le karité, la TFK et les productrices de Dandé ont décrit le travail pénible du barattage et le manque "
     "d'équipements. Elles souhaitent des foyers améliorés, de l'énergie solaire pour les unités de transformation et "
     "des crédits adaptés, notamment par le Fonds d'Appui aux Activités Rémunératrices des Femmes (FAARF), dont les "
     "montants restent faibles.", "List Bullet", lead="Groupe 2 \u2014 ")
para("Sur les déplacées internes, la CPF a indiqué que de nombreuses familles venues du Nord et de la Boucle du "
     "Mouhoun vivent chez des familles d'accueil à Bobo-Dioulasso. Les femmes déplacées manquent de terres à cultiver "
     "et sont exposées aux violences sexuelles et au mariage forcé de leurs filles. Le groupe demande des programmes "
     "d'urgence qui incluent des activités génératrices de revenus et une prise en charge des survivantes.",
     "List Bullet", lead="Groupe 3 \u2014 ")

bold_line("3. Plénière")
para("La Pr Ouattara Dembélé a présenté une étude de l'Institut national de la statistique et de la démographie "
     "(INSD) selon laquelle moins d'une femme rurale sur cinq sait lire et écrire, et a plaidé pour l'alphabétisation "
     "fonctionnelle des productrices. La FNGN a insisté sur l'implication des hommes et des leaders religieux pour "
     "faire évoluer les normes sociales.")

bold_line("Appréciation générale", underline=True)
para("Les participantes ont salué la stratégie et se sont dites prêtes à contribuer à sa mise en œuvre. Elles ont "
     "demandé que ses actions atteignent réellement les villages et que les organisations de femmes soient associées "
     "au suivi.")

bold_line("Suites à donner", underline=True)
para("Le bureau transmettra le présent compte rendu à l'équipe de la stratégie et aux organisations participantes.",
     "List Number")
para("La CRA-HB et la TFK proposeront une visite de terrain aux unités de transformation de Dandé.", "List Number")

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("Bobo-Dioulasso, le 10 novembre 2023").italic = True

when = datetime.datetime(2023, 11, 10, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Bureau du Burkina Faso"
cp.title = "Compte rendu d'atelier - Bobo-Dioulasso"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 10, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
