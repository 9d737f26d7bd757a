#!/usr/bin/env python3
"""Make docs/s-csi-afrique-fr.docx: a written input as a formal letter from a regional trade union
organisation, with its co-signing affiliated national centres listed after the signature.

Layout: a letterhead (bold lines, right-aligned contact line), place and date on the right, a
reference line, an addressee block, "Objet :", salutation, an opening paragraph giving the
overall position, six comments numbered with Roman numerals in bold run-in headings (plain
Normal paragraphs, no Word list), a formal closing, two signatories side by side in a borderless
table, then "Organisations affiliées cosignataires" as a table (Pays | Centrale syndicale).
Reproducible: fixed core properties and zip timestamps.

    OUT/.venv-make/bin/python make/make_csi_afrique_docx.py
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "docs" / "s-csi-afrique-fr.docx"

doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11)


def p(text="", bold=False, align=None, size=None, space_after=None):
    par = doc.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if align:
        par.alignment = align
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def lines(block, **kw):
    par = doc.add_paragraph()
    for i, line in enumerate(block):
        r = par.add_run(line)
        if kw.get("bold_first") and i == 0:
            r.bold = True
        if i < len(block) - 1:
            r.add_break()
    if kw.get("align"):
        par.alignment = kw["align"]
    return par


def comment(num, head, text):
    par = doc.add_paragraph()
    par.add_run(f"{num}. {head}. ").bold = True
    par.add_run(text)
    par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


# letterhead
p("ORGANISATION RÉGIONALE AFRICAINE DE LA CONFÉDÉRATION SYNDICALE INTERNATIONALE", bold=True, size=12, space_after=0)
p("CSI-Afrique", bold=True, size=11, space_after=0)
p("Secrétariat à l'égalité de genre et aux politiques économiques et sociales — Lomé, Togo",
  size=9, space_after=12)

p("Lomé, le 17 novembre 2023", align=WD_ALIGN_PARAGRAPH.RIGHT)
p("N/Réf. : CSI-AF/SG/EG/2023-114")
lines(["À l'attention de l'Équipe de la Stratégie genre",
       "Groupe de la Banque mondiale",
       "1818 H Street NW",
       "Washington, DC 20433",
       "États-Unis d'Amérique"])
par = doc.add_paragraph()
par.add_run("Objet : ").bold = True
par.add_run("Contribution de la CSI-Afrique et de ses organisations affiliées à la consultation sur le projet de "
            "Stratégie genre 2024-2030 du Groupe de la Banque mondiale")

p("Madame, Monsieur,")
for text in [
    "Au nom de l'Organisation Régionale Africaine de la Confédération Syndicale Internationale (CSI-Afrique) et des "
    "centrales syndicales nationales affiliées qui cosignent la présente, nous avons l'honneur de vous transmettre "
    "nos observations sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale.",
    "Nous saluons la place que le projet accorde à l'emploi des femmes et à la fin des violences basées sur le genre. "
    "Nous sommes toutefois vivement préoccupés par le silence du document sur les droits des travailleuses, sur "
    "l'économie informelle où travaillent la grande majorité des Africaines, et sur les effets des conseils de "
    "politique économique du Groupe de la Banque mondiale. Nos observations sont les suivantes.",
]:
    par = doc.add_paragraph(text)
    par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

comment("I", "Le travail décent au cœur de la stratégie",
        "Créer « plus d'emplois » ne suffit pas. Près de neuf travailleuses africaines sur dix sont dans l'économie "
        "informelle, sans contrat, sans salaire minimum et sans droit d'association effectif. Nous demandons que "
        "l'objectif relatif aux opportunités économiques vise explicitement le travail décent et la transition vers "
        "l'économie formelle, et que les projets financés respectent les normes fondamentales du travail de l'OIT.")
comment("II", "Violence et harcèlement dans le monde du travail",
        "La Convention n° 190 de l'OIT sur la violence et le harcèlement offre un cadre reconnu. Le Groupe de la Banque "
        "mondiale devrait encourager sa ratification et exiger, dans ses propres projets, des mécanismes de plainte "
        "accessibles aux travailleuses, y compris sur les chantiers et dans les zones franches.")
comment("III", "L'économie des soins",
        "Nous appuyons l'investissement dans les services de garde d'enfants et de soins aux personnes âgées, à "
        "condition que les travailleuses du secteur des soins y bénéficient de salaires décents, de la protection de "
        "la maternité et du droit de se syndiquer. Le travail domestique et de soins non rémunéré ne doit pas être "
        "simplement transféré vers des emplois précaires.")
comment("IV", "La protection sociale universelle",
        "Les travailleuses de l'économie informelle sont exclues de la plupart des régimes de sécurité sociale. Nous "
        "invitons le Groupe de la Banque mondiale à soutenir des socles de protection sociale universels, financés "
        "de manière solidaire, et à participer à l'Accélérateur mondial pour l'emploi et la protection sociale au "
        "service d'une transition juste lancé par le Secrétaire général des Nations Unies.")
comment("V", "Conditionnalités et politiques macroéconomiques",
        "Le gel de la masse salariale publique et les coupes budgétaires recommandés dans plusieurs pays africains, "
        "souvent en lien avec les programmes du Fonds monétaire international, frappent d'abord les enseignantes, les "
        "infirmières et les usagères des services publics. Nous demandons une évaluation de l'impact sur l'égalité de "
        "genre de toute condition de politique économique attachée aux financements du Groupe.")
comment("VI", "Le dialogue social",
        "Les syndicats doivent être associés à la mise en œuvre et au suivi de la stratégie dans chaque pays, au même "
        "titre que les organisations de la société civile, par des mécanismes de dialogue social réguliers et non par "
        "des consultations ponctuelles.")

par = doc.add_paragraph("Nous restons à votre disposition pour approfondir ces points et vous prions d'agréer, Madame, "
                        "Monsieur, l'expression de nos salutations distinguées.")
par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

p("Pour la CSI-Afrique,", space_after=18)
sig = doc.add_table(rows=1, cols=2)
for cell, block in zip(sig.rows[0].cells, [
        ["(signé)", "Mme Akossiwa Mensah-Djossou", "Secrétaire générale adjointe chargée de l'égalité de genre"],
        ["(signé)", "M. Boubacar Traoré Keïta", "Secrétaire chargé des politiques économiques et sociales"]]):
    cell.text = ""
    cp_ = cell.paragraphs[0]
    for i, line in enumerate(block):
        r = cp_.add_run(line)
        r.bold = i == 1
        r.italic = i == 0
        if i < len(block) - 1:
            r.add_break()

p()
p("Organisations affiliées cosignataires", bold=True)
rows = [("Pays", "Centrale syndicale"),
        ("Burkina Faso", "Confédération Syndicale Burkinabè (CSB)"),
        ("Côte d'Ivoire", "Union Générale des Travailleurs de Côte d'Ivoire (UGTCI)"),
        ("Mali", "Union Nationale des Travailleurs du Mali (UNTM)"),
        ("Maroc", "Union Marocaine du Travail (UMT)"),
        ("Sénégal", "Confédération Nationale des Travailleurs du Sénégal (CNTS)"),
        ("Togo", "Confédération Syndicale des Travailleurs du Togo (CSTT)")]
tb = doc.add_table(rows=len(rows), cols=2)
tb.style = "Table Grid"
for i, (a, b) in enumerate(rows):
    for j, v in enumerate((a, b)):
        c = tb.cell(i, j)
        c.text = ""
        c.paragraphs[0].add_run(v).bold = i == 0

when = datetime.datetime(2023, 11, 17, 11, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "CSI-Afrique"
cp.title = "Contribution de la CSI-Afrique - Stratégie genre 2024-2030"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 17, 11, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
