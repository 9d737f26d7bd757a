#!/usr/bin/env python3
"""Make docs/i-adfm-contribution-fr.docx: a French written input (letter) answering the draft point by point.

    .venv-make/bin/python make/make_adfm_docx.py [OUT.docx]

Layout: a letterhead, place and date flush right, an addressee block, a bold "Objet :" line and a
salutation; then a Word table with a header row ("Passage du projet de stratégie" | "Notre réponse")
in which each row quotes a passage of the draft (italic, in guillemets, with its page) and answers
it; a closing paragraph; and the two signatories side by side in a borderless table (organisation,
name, function). Fixed metadata and zip timestamps. People are fictional; organisations are real.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "i-adfm-contribution-fr.docx"
NB = "\u00a0"

doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.3)


def para(text="", bold=False, italic=False, align=None, size=None, after=None):
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


para("ASSOCIATION DÉMOCRATIQUE DES FEMMES DU MAROC", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=0)
para("Fondée en 1985 — Rabat", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9.5, after=18)
para(f"Rabat, le 8 décembre 2023", align=WD_ALIGN_PARAGRAPH.RIGHT, after=12)
for line in ["Équipe de la Stratégie genre", "Groupe de la Banque mondiale", "1818 H Street NW",
             "Washington, DC 20433 — États-Unis"]:
    para(line, after=0)
para()
p = para()
p.add_run(f"Objet{NB}: ").bold = True
p.add_run("Contribution de l'ADFM et de la FLDDF au projet de Stratégie genre 2024-2030 du Groupe de la Banque "
          "mondiale")
para()
para("Madame, Monsieur,")
para("L'Association Démocratique des Femmes du Maroc (ADFM) et la Fédération de la Ligue Démocratique des Droits des "
     "Femmes (FLDDF) vous remercient de les avoir associées à la consultation sur le projet de Stratégie genre "
     "2024-2030. Nos deux organisations défendent depuis plus de trente ans l'égalité entre les femmes et les hommes "
     "au Maroc, notamment par le plaidoyer pour la réforme des lois discriminatoires et par l'accompagnement des "
     "femmes victimes de violence.")
para("Nous saluons l'ambition du projet et la place qu'il donne à la lutte contre les violences. Nous regrettons "
     "toutefois qu'il présente encore trop souvent l'égalité comme un instrument de croissance, et qu'il reste vague "
     f"sur la manière dont la société civile sera associée à sa mise en œuvre. Plutôt qu'un long commentaire, nous "
     f"avons choisi de reprendre cinq passages du projet et d'y répondre un à un.")

rows = [
    (f"«{NB}L'égalité des genres est un moteur essentiel de la croissance et de la réduction de la pauvreté.{NB}» "
     "(projet, p. 3)",
     "L'égalité entre les femmes et les hommes est d'abord un droit fondamental, consacré par l'article 19 de la "
     "Constitution de 2011. La justifier par la croissance revient à la subordonner à un calcul de rentabilité. Nous "
     "demandons que la stratégie adopte explicitement une approche fondée sur les droits."),
    (f"«{NB}Mettre fin à la violence basée sur le genre et renforcer le capital humain{NB}» (objectif 1, p. 15)",
     "Nous soutenons pleinement cet objectif. L'enquête nationale du Haut-Commissariat au Plan (HCP) de 2019 a montré "
     "que plus d'une femme sur deux avait subi au moins une forme de violence au cours de l'année. La loi 103-13 "
     "relative à la lutte contre les violences faites aux femmes reste mal appliquée, faute de moyens pour les "
     "cellules de prise en charge des tribunaux et des hôpitaux ; la Banque pourrait contribuer à leur financement."),
    (f"«{NB}Élargir et faciliter les opportunités économiques{NB}» (objectif 2, p. 19)",
     "Le taux d'activité des femmes est inférieur à 20 % et continue de baisser. Sans services de garde d'enfants "
     "accessibles et sans transports sûrs, les femmes ne peuvent pas accéder à l'emploi. Nous attirons aussi votre "
     "attention sur les femmes soulaliyates des zones rurales, longtemps exclues du partage des terres collectives, "
     "dont les droits fonciers restent fragiles malgré la loi de 2019."),
    (f"«{NB}Faire participer les femmes en tant que leaders{NB}» (objectif 3, p. 23)",
     "Le leadership des femmes ne se limite pas aux conseils d'administration. La réforme du Code de la famille, "
     "lancée en septembre 2023, est une occasion historique de lever les discriminations en matière de tutelle, "
     "d'héritage et de mariage des mineures. Les normes sociales qui freinent la participation politique des "
     "femmes doivent aussi être traitées."),
    (f"«{NB}Le Groupe de la Banque mondiale consultera la société civile tout au long de la mise en œuvre.{NB}» "
     "(projet, p. 31)",
     "Nous prenons acte de cet engagement et demandons qu'il se traduise par un mécanisme permanent de dialogue, "
     "doté d'un financement propre pour les associations de femmes, et par la publication de données ventilées par "
     "sexe sur les projets financés au Maroc."),
]
table = doc.add_table(rows=1 + len(rows), cols=2)
table.style = "Table Grid"
for c, h in enumerate(["Passage du projet de stratégie", "Notre réponse"]):
    cell = table.cell(0, c)
    cell.text = ""
    cell.paragraphs[0].add_run(h).bold = True
trPr = table.rows[0]._tr.get_or_add_trPr()
hdr = OxmlElement("w:tblHeader")
hdr.set(qn("w:val"), "true")
trPr.append(hdr)
for r, (quote, answer) in enumerate(rows, start=1):
    q = table.cell(r, 0)
    q.text = ""
    q.paragraphs[0].add_run(f"{r}. ").bold = True
    q.paragraphs[0].add_run(quote).italic = True
    a = table.cell(r, 1)
    a.text = answer
for row in table.rows:
    row.cells[0].width = Cm(6.0)
    row.cells[1].width = Cm(10.4)

para()
para("Enfin, le Plan gouvernemental pour l'égalité (PGE III) 2023-2026, piloté par le Ministère de la Solidarité, de "
     "l'Insertion Sociale et de la Famille, offre un cadre naturel pour aligner les interventions de la Banque au "
     "Maroc. Nous restons à votre disposition pour approfondir ces points lors d'un échange avec votre équipe.")
para("Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.")
para()

sig = doc.add_table(rows=3, cols=2)
for c, (org, name, role) in enumerate([("Pour l'ADFM", "Latifa Bennani Alaoui", "Présidente"),
                                        ("Pour la FLDDF", "Nadia Tazi El Idrissi", "Coordinatrice nationale")]):
    sig.cell(0, c).text = ""
    sig.cell(0, c).paragraphs[0].add_run(org).bold = True
    sig.cell(1, c).text = name
    sig.cell(2, c).text = role

when = datetime.datetime(2023, 12, 8, 11, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "ADFM"
cp.title = "Contribution ADFM-FLDDF - Stratégie genre 2024-2030"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 12, 8, 11, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
