#!/usr/bin/env python3
"""Make docs/r3f-haiti-fr.docx: a French letter from Haitian women's organisations.

    .venv-make/bin/python make/make_haiti_docx.py

Layout: a letter, no heading styles at all: place and date right-aligned, an addressee block,
"Objet :" line, salutation, Roman-numbered comments as bold run-in titles followed by text,
closing formula, and the signatories in a Word table (Nom et qualité | Fonction | Organisation)
with a bold header row. Fixed core properties and zip timestamps.
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "docs" / "r3f-haiti-fr.docx"
doc = Document()
doc.styles["Normal"].font.name = "Garamond"
doc.styles["Normal"].font.size = Pt(11.5)


def p(text="", bold=False, align=None, italic=False):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold, r.italic = bold, italic
    if align:
        para.alignment = align
    return para


def runin(title, text):
    para = doc.add_paragraph()
    para.add_run(title + " ").bold = True
    para.add_run(text)
    return para


p("Port-au-Prince, le 24 novembre 2023", align=WD_ALIGN_PARAGRAPH.RIGHT)
for line in ("À l'attention de l'équipe chargée de la Stratégie genre",
             "Groupe de la Banque mondiale",
             "1818 H Street NW",
             "Washington, DC 20433 – États-Unis"):
    p(line)
p()
runin("Objet :", "Contribution conjointe d'organisations haïtiennes de femmes au projet de Stratégie du Groupe "
      "de la Banque mondiale pour l'égalité des genres 2024-2030")
p()
p("Madame, Monsieur,")
p("Nos organisations, qui accompagnent depuis des décennies les femmes et les filles d'Haïti, vous remercient "
  "de l'occasion qui leur est donnée de commenter le projet de stratégie. Nous saluons la priorité accordée à "
  "la fin des violences basées sur le genre. Nous craignons toutefois que le texte, pensé pour des pays "
  "stables, ne réponde pas à la situation d'un pays où des groupes armés contrôlent une grande partie de la "
  "capitale et où l'État est absent de nombreux quartiers. Nos observations sont les suivantes.")

runin("I. Les violences sexuelles comme arme des gangs.",
      "Les viols collectifs commis par les groupes armés à Cité Soleil, Martissant et dans l'Artibonite sont "
      "massifs et restent impunis. La stratégie doit prévoir un appui à la prise en charge médicale, "
      "psychologique et juridique des survivantes, y compris dans les zones où les services publics ont fermé. "
      "Nous demandons que le Plan national de lutte contre les violences envers les femmes soit pris comme "
      "cadre de référence.")
runin("II. Les femmes déplacées.",
      "Plus de deux cent mille personnes ont fui leur quartier et vivent dans des sites de fortune, écoles ou "
      "places publiques, où les femmes et les filles sont exposées à l'exploitation. Un rapport du Bureau "
      "intégré des Nations Unies en Haïti (BINUH) a documenté ces abus ; la stratégie devrait les nommer.")
runin("III. Les « Madan Sara » et l'économie des femmes.",
      "Les commerçantes qui relient les campagnes aux marchés urbains ne peuvent plus circuler sur les routes "
      "contrôlées par les gangs. Elles ont perdu leur fonds de roulement et n'ont pas accès au crédit "
      "bancaire. Nous proposons des subventions de relance et des services financiers adaptés, distribués par "
      "les caisses populaires.")
runin("IV. La santé sexuelle et reproductive.",
      "La fermeture de nombreux centres de santé a fait reculer l'accès à la contraception et aux soins "
      "obstétricaux d'urgence. La stratégie devrait s'engager à maintenir ces services en période de crise.")
runin("V. Le financement des organisations de femmes.",
      "Les fonds passent presque toujours par des agences internationales ; il en reste très peu pour les "
      "organisations haïtiennes, qui sont pourtant les premières à intervenir. Nous demandons qu'une part "
      "fixe des financements soit réservée aux organisations locales de femmes, avec des procédures allégées.")
runin("VI. La consultation elle-même.",
      "Le projet n'a été diffusé qu'en anglais, en espagnol et en français. Pour que les femmes des quartiers "
      "et des sections communales puissent s'exprimer, une version en créole haïtien et des séances de "
      "restitution sont indispensables.")

p("Nous restons à votre disposition pour approfondir ces propositions et vous prions d'agréer, Madame, "
  "Monsieur, l'expression de nos salutations distinguées.")
p()
p("Les signataires", bold=True)
rows = [("Nom et qualité", "Fonction", "Organisation"),
        ("Mme Marie-Carmelle Jean-Baptiste", "Coordonnatrice générale", "Solidarite Fanm Ayisyèn (SOFA)"),
        ("Mme Nadège Pierre-Louis Estimé", "Directrice exécutive", "Kay Fanm"),
        ("Mme Roseline Dorvil Augustin", "Porte-parole", "Fanm Yo La"),
        ("Me Jean-Robert Saint-Fleur", "Responsable du programme Droits des femmes",
         "Réseau National de Défense des Droits Humains (RNDDH)")]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        c = t.cell(i, j)
        c.text = ""
        c.paragraphs[0].add_run(val).bold = i == 0

when = datetime.datetime(2023, 11, 24, 12, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "SOFA"
cp.title = "Contribution conjointe - Stratégie genre"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 24, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
