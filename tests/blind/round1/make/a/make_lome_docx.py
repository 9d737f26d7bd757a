#!/usr/bin/env python3
"""Make docs/a-lome-lettre-reseaux-fr.docx: a joint letter (written input) from three West African women's
rights organisations, in French, as a real Word file.

Layout: a centred letterhead naming the three signatory organisations, place and date aligned right, an
addressee block, a bold "Objet :" line, a salutation, comments under bold Roman-numbered lines (I. to VII.,
numerals typed in the text, not Word numbering), a formal closing, then the signatories in a table with a
header row (Nom | Fonction | Organisation) and a "Copie :" line. People are fictional; organisations are
real. Byte-for-byte reproducible (fixed core properties and zip dates).
    .venv-make/bin/python make_lome_docx.py [OUT.docx]
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "a-lome-lettre-reseaux-fr.docx"
STAMP = (2023, 11, 30, 16, 0, 0)

doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11)


def para(text="", bold=False, align=None, size=None, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


para("WiLDAF – Afrique de l'Ouest  •  Réseau Siggil Jigéen  •  Association des Femmes Juristes de Côte d'Ivoire",
     bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
para("Pour les droits des femmes en Afrique de l'Ouest", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
para()
para("Lomé, le 30 novembre 2023", align=WD_ALIGN_PARAGRAPH.RIGHT)
para()
for line in ["À l'attention de l'équipe chargée de la Stratégie Genre",
             "Groupe de la Banque mondiale",
             "1818 H Street NW",
             "Washington, DC 20433",
             "États-Unis d'Amérique"]:
    para(line)
para()
para("Objet : Contribution écrite à la consultation sur le projet de Stratégie Genre 2024-2030 du Groupe de la "
     "Banque mondiale", bold=True)
para()
para("Madame, Monsieur,")
para("Nos trois organisations ont l'honneur de vous transmettre leurs observations sur le projet de Stratégie "
     "Genre 2024-2030. WiLDAF – Afrique de l'Ouest, dont le bureau régional est à Lomé, coordonne un réseau de "
     "juristes et d'associations de défense des droits des femmes dans une quinzaine de pays. Le Réseau Siggil "
     "Jigéen regroupe des associations de femmes sénégalaises depuis 1995. L'Association des Femmes Juristes de "
     "Côte d'Ivoire (AFJCI) gère des cliniques juridiques gratuites à Abidjan et dans plusieurs villes de "
     "l'intérieur.")
para("Nous saluons l'ambition du projet et la place qu'il accorde à l'élimination des violences basées sur le "
     "genre. Nous regrettons toutefois qu'il traite très peu de l'accès des femmes à la justice et qu'il ne dise "
     "presque rien de la situation des femmes dans les pays du Sahel en crise. Nos observations sont les suivantes.")

comments = [
    ("I. Violences basées sur le genre et accès à la justice",
     "Les services de prise en charge restent concentrés dans les capitales. Nous demandons que les projets "
     "financés par le Groupe de la Banque mondiale soutiennent l'aide juridique gratuite et les cliniques "
     "juridiques de proximité, et encouragent les États à transposer dans leur droit interne le Protocole de "
     "Maputo. L'expérience de l'Initiative Spotlight montre que la prévention ne progresse que lorsque la "
     "justice suit."),
    ("II. Droits fonciers des femmes rurales",
     "Dans nos trois pays, la majorité des agricultrices cultivent des terres dont elles ne sont ni propriétaires "
     "ni titulaires d'un droit d'usage écrit. Les projets d'aménagement et de titrement foncier doivent prévoir "
     "l'enregistrement conjoint des terres et des quotas d'attribution pour les femmes."),
    ("III. Participation politique des femmes",
     "Le Sénégal et la Côte d'Ivoire se sont dotés de lois sur la parité ou sur les quotas, dont l'application "
     "reste incomplète au niveau local. La Stratégie devrait appuyer la formation des élues locales et le suivi "
     "de ces lois."),
    ("IV. Financement des organisations de femmes",
     "Les organisations de base n'ont presque jamais accès aux financements de la Banque. Nous proposons des "
     "guichets de petites subventions, gérés avec des réseaux régionaux, et des procédures allégées."),
    ("V. Femmes dans les zones de crise du Sahel",
     "Au Burkina Faso, au Mali et au Niger, des centaines de milliers de femmes et de filles déplacées vivent "
     "sans protection ni revenu. La Stratégie doit prévoir des mesures spécifiques pour les contextes de conflit "
     "et de déplacement forcé."),
    ("VI. Données ventilées par sexe",
     "Les statistiques disponibles ne permettent pas de mesurer les violences ni l'accès au foncier par sexe et "
     "par région. Nous recommandons un appui aux instituts nationaux de statistique."),
    ("VII. Suivi et redevabilité",
     "Nous souhaitons que la société civile africaine francophone soit associée au suivi de la mise en œuvre, "
     "et pas seulement à la consultation, et que les documents soient disponibles en français."),
]
for title, text in comments:
    para(title, bold=True)
    para(text)

para("Nous restons à votre disposition pour tout échange et vous prions d'agréer, Madame, Monsieur, l'expression "
     "de notre haute considération.")
para()
para("Les signataires :", bold=True)
rows = [("Nom", "Fonction", "Organisation"),
        ("Mme Akouvi Mawuena Agbodjan", "Coordinatrice régionale", "WiLDAF – Afrique de l'Ouest"),
        ("Mme Ndèye Fatou Sarr Diouf", "Présidente", "Réseau Siggil Jigéen"),
        ("Me Aya Christelle Kouassi-N'Guessan", "Présidente",
         "Association des Femmes Juristes de Côte d'Ivoire (AFJCI)")]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for r, values in enumerate(rows):
    for c, value in enumerate(values):
        cell = t.cell(r, c)
        cell.text = ""
        cell.paragraphs[0].add_run(value).bold = r == 0
para()
para("Copie : Bureau du Groupe de la Banque mondiale au Togo", size=9)

when = datetime.datetime(*STAMP)
cp = doc.core_properties
cp.author = cp.last_modified_by = "WiLDAF-AO"
cp.title = "Contribution à la consultation sur la Stratégie Genre 2024-2030"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=STAMP)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
