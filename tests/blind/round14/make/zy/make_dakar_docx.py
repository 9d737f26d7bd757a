#!/usr/bin/env python3
"""Make docs/zy-dakar-rsj-lettre-fr.docx: a letter (written input) from a Senegalese network of women's associations.

Layout: centred letterhead, place and date right-aligned, reference line, addressee block, "Objet :" line,
salutation, Roman-numbered observations as bold paragraphs each followed by prose, closing formula,
signatories side by side in a borderless table, copy list. Real Word file; reproducible (fixed metadata and zip
timestamps). People's names are fictional; organisations and laws are real.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zy-dakar-rsj-lettre-fr.docx"
doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11.5)


def para(text="", bold=False, align=None, italic=False, size=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


C, R, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.JUSTIFY
para("RÉSEAU SIGGIL JIGÉEN", bold=True, align=C, size=15, after=0)
para("Réseau d'associations pour la promotion et la protection des droits des femmes", italic=True, align=C, after=0)
para("Sicap Sacré-Cœur III – BP 10 217 Dakar-Liberté – Sénégal", align=C, size=9.5)
para()
para("Dakar, le 24 novembre 2023", align=R, after=0)
para("N/Réf. : RSJ/SE/2023/117", align=R)
for i, line in enumerate(["À l'attention de l'Équipe chargée de la Stratégie genre", "Groupe de la Banque mondiale",
                          "1818 H Street NW", "Washington, DC 20433", "États-Unis d'Amérique"]):
    para(line, after=0 if i < 4 else 10)
p = doc.add_paragraph()
p.add_run("Objet : ").bold = True
p.add_run("Contribution du Réseau Siggil Jigéen à la consultation sur la Stratégie genre 2024-2030 du Groupe de la "
          "Banque mondiale")
para("Madame, Monsieur,")

body = [
    "Le Réseau Siggil Jigéen (RSJ) regroupe des associations sénégalaises engagées depuis près de trente ans pour les "
    "droits des femmes et des filles, à Dakar comme dans les régions. Au nom de ses associations membres, le Réseau a "
    "l'honneur de vous transmettre ses observations sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque "
    "mondiale, présenté ces dernières semaines aux organisations de la société civile sénégalaise.",
    "Nous saluons la place accordée à la lutte contre les violences fondées sur le genre, désormais inscrite parmi les "
    "objectifs de la stratégie, ainsi que sa cohérence avec la Stratégie nationale pour l'équité et l'égalité de genre "
    "(SNEEG). Nous regrettons toutefois que le projet reste muet sur le rôle des organisations de femmes dans sa mise en "
    "œuvre et qu'il ne dise presque rien des femmes rurales, qui forment pourtant la majorité des femmes du pays.",
    "Nos observations portent sur six points : les violences faites aux femmes, la santé sexuelle et reproductive, "
    "l'accès des femmes à la terre, la participation politique, le financement des associations de femmes et le rôle "
    "des normes sociales.",
]
for text in body:
    para(text, align=J)

points = [
    ("I. Les violences faites aux femmes",
     "La loi n° 2020-05 du 10 janvier 2020 criminalisant le viol et la pédophilie est une avancée majeure, mais son "
     "application reste inégale : les victimes renoncent souvent à porter plainte faute d'accompagnement juridique et "
     "psychologique. Nous demandons que la Banque appuie les services de prise en charge de proximité, à l'image des "
     "boutiques de droit de l'Association des Juristes Sénégalaises (AJS), et la formation des forces de sécurité."),
    ("II. La santé sexuelle et reproductive",
     "Les grossesses précoces et le mariage des enfants continuent d'interrompre la scolarité de nombreuses filles, "
     "surtout dans les régions de Kolda, Tambacounda et Kédougou. La stratégie devrait soutenir l'accès des adolescentes "
     "à l'information et aux services de santé sexuelle et reproductive, conformément au Protocole de Maputo ratifié par "
     "le Sénégal."),
    ("III. L'accès des femmes à la terre",
     "Les données de l'Agence nationale de la Statistique et de la Démographie (ANSD) montrent que les femmes ne "
     "détiennent qu'une faible part des parcelles agricoles. Dans les zones rurales, les commissions domaniales "
     "attribuent rarement des terres aux groupements de femmes. Nous demandons que les projets fonciers et agricoles "
     "financés par la Banque fixent des objectifs chiffrés d'attribution de terres aux femmes."),
    ("IV. La participation politique",
     "La loi n° 2010-11 du 28 mai 2010 instituant la parité absolue homme-femme a fortement accru le nombre de femmes à "
     "l'Assemblée nationale et dans les conseils municipaux. Il reste à faire respecter la loi partout et à donner aux "
     "élues les moyens d'exercer leur mandat, notamment par la formation et l'accès aux postes de décision."),
    ("V. Le financement des associations de femmes",
     "Les associations de base ne reçoivent presque jamais de financement direct des bailleurs. Nous recommandons que "
     "la stratégie prévoie des guichets de financement souples et pluriannuels accessibles aux associations de femmes, "
     "et qu'elles soient associées au suivi de sa mise en œuvre dans chaque pays."),
    ("VI. Le rôle des normes sociales",
     "Aucun changement durable n'est possible sans l'adhésion des chefs religieux et coutumiers, des hommes et des "
     "familles. Nos membres ont acquis une longue expérience du dialogue communautaire ; la stratégie gagnerait à "
     "reconnaître et à financer ce travail de long terme sur les normes."),
]
for head, text in points:
    para(head, bold=True, after=2)
    para(text, align=J)

para("Nous restons à votre disposition pour tout échange complémentaire et souhaitons être associées au suivi de la "
     "stratégie au Sénégal.", align=J)
para("Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.", align=J)
para("Pour le Réseau Siggil Jigéen,", italic=True)

sig = doc.add_table(rows=3, cols=2)
cells = [("La Présidente", "La Secrétaire exécutive"), ("[signé]", "[signé]"),
         ("Mme Mame Diarra Thiam Diop", "Mme Khady Sène Faye")]
for r, pair in enumerate(cells):
    for c, value in enumerate(pair):
        cell = sig.cell(r, c)
        cell.text = ""
        run = cell.paragraphs[0].add_run(value)
        run.bold = r == 2
        run.italic = r == 1
        cell.paragraphs[0].alignment = C
para()
p = doc.add_paragraph()
p.add_run("Copie : ").bold = True
p.add_run("Bureau de la Banque mondiale à Dakar ; Ministère de la Femme, de la Famille et de la Protection des Enfants")

when = datetime.datetime(2023, 11, 24, 10, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "RSJ"
cp.title = "Contribution du RSJ - Stratégie genre 2024-2030"
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
print(f"wrote {OUT}")
