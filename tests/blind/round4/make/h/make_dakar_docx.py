#!/usr/bin/env python3
"""Make docs/h-dakar-carnet-fr.docx: a mission summary written as a day-by-day diary (French).

    python3 -m venv .venv-make && .venv-make/bin/pip install python-docx
    .venv-make/bin/python make/make_dakar_docx.py [OUT.docx]

Layout: title lines, a two-column "fiche" table (no header row), then a "Journal de la mission"
with one Heading 2 per day and, under it, one bold time-stamped line per appointment
("09 h 30 – 11 h 00 · place — audience"). Participants are given differently in each entry:
running prose, a semicolon paragraph, a Word bulleted list, a two-column table without header.
One appointment is marked ANNULÉE (cancelled) and did not take place. The mission ends with
a numbered "Enseignements de la mission" list. People are fictional; organisations are real.
Reproducible: fixed core properties and zip timestamps.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "h-dakar-carnet-fr.docx"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)


def para(text="", style=None, bold=False):
    p = doc.add_paragraph(style=style)
    if text:
        p.add_run(text).bold = bold
    return p


def runs(parts, style=None):
    p = doc.add_paragraph(style=style)
    for text, b in parts:
        p.add_run(text).bold = b
    return p


def slot(text):
    """A time-stamped diary line: bold, not a heading style."""
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    return p


para("Groupe de la Banque mondiale — Stratégie genre 2024-2030", bold=True)
doc.add_heading("Carnet de mission — Sénégal", level=0)
para("Consultations des 13, 14 et 15 novembre 2023, Dakar")

fiche = [
    ("Objet", "Recueillir les avis des autorités, de la société civile et des partenaires techniques et "
              "financiers sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale."),
    ("Lieux", "Dakar : Sphère ministérielle de Diamniadio, bureau de la Banque mondiale aux Almadies, "
              "hôtel Radisson Blu, Grand-Yoff."),
    ("Interlocuteurs", "Gouvernement du Sénégal, organisations de la société civile, partenaires techniques "
                       "et financiers, groupements de femmes."),
    ("Équipe", "Spécialistes genre de la Région Afrique de l'Ouest et du Centre et bureau pays de Dakar."),
]
t = doc.add_table(rows=len(fiche), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(fiche):
    t.cell(i, 0).text = ""
    t.cell(i, 0).paragraphs[0].add_run(k).bold = True
    t.cell(i, 1).text = v

doc.add_heading("Journal de la mission", level=1)

# ---------------------------------------------------------------- day 1
doc.add_heading("Lundi 13 novembre 2023", level=2)
slot("09 h 30 – 11 h 00 · Diamniadio — Ministère de la Femme, de la Famille et de la Protection des Enfants")
para("La délégation du ministère était conduite par Mme Aïssatou Ndiaye Sarr, Directrice de l'Équité et de "
     "l'Égalité de Genre, accompagnée de M. Ousmane Diallo Faye, Conseiller technique chargé des violences "
     "basées sur le genre.")
para("Le ministère a salué sans réserve le projet de stratégie, qu'il juge pleinement en phase avec la "
     "Stratégie nationale pour l'équité et l'égalité de genre (SNEEG 2), et souhaite que le Sénégal figure "
     "parmi les premiers pays de mise en œuvre. Mme Ndiaye Sarr a insisté sur trois chantiers : l'application "
     "de la loi criminalisant le viol, la généralisation des cellules genre dans les ministères sectoriels et "
     "la budgétisation sensible au genre. M. Diallo Faye a rappelé que la loi de 2020 criminalisant le viol et "
     "la pédophilie reste mal connue des forces de l'ordre en dehors de Dakar.")

slot("15 h 00 – 17 h 00 · Almadies, bureau de la Banque mondiale — Société civile")
para("Présents : Association des Juristes Sénégalaises (AJS), représentée par Me Khady Fall Mbengue, avocate ; "
     "Réseau Siggil Jigéen (RSJ) ; Conseil Sénégalais des Femmes (COSEF) ; Plateforme des Femmes pour la Paix "
     "en Casamance (PFPC) ; Association pour la Promotion de la Femme Sénégalaise (APROFES), venue de Kaolack.")
runs([("Ce que nous avons entendu. ", True),
      ("Les organisations ont accueilli favorablement la stratégie, mais regrettent que le projet parle peu des "
       "organisations de femmes et ne prévoie aucun financement pour elles. Les échanges ont porté sur "
       "l'accompagnement juridique des survivantes de violences, la situation des femmes déplacées en Casamance, "
       "l'accès des femmes rurales à la terre et la parité dans les conseils municipaux. Le COSEF a rappelé que "
       "la loi sur la parité de 2010 n'est pas respectée dans de nombreuses communes, faute de sanctions.", False)])

# ---------------------------------------------------------------- day 2
doc.add_heading("Mardi 14 novembre 2023", level=2)
slot("08 h 00 – 09 h 30 · Hôtel Radisson Blu — Petit-déjeuner avec le Groupe thématique Genre des partenaires "
     "techniques et financiers")
para("Le groupe, présidé ce semestre par ONU Femmes, était représenté par :")
for line in ["ONU Femmes (présidence du groupe) — Mme Mariama Touré Diagne, Chargée de programme",
             "Fonds des Nations Unies pour la population (UNFPA)",
             "Ambassade du Canada au Sénégal",
             "Agence Française de Développement (AFD)",
             "Agence luxembourgeoise pour la Coopération au Développement (LuxDev)",
             "Banque africaine de développement (BAD)"]:
    para(line, "List Bullet")
para("Les partenaires ont appuyé les orientations du projet et proposé que les membres du groupe alignent leurs "
     "indicateurs sur ceux de la stratégie. L'UNFPA a attiré l'attention sur les mariages d'enfants et les "
     "grossesses précoces, encore fréquents dans les régions de Kolda et de Tambacounda, et sur la santé "
     "maternelle. La BAD a présenté son initiative AFAWA (Affirmative Finance Action for Women in Africa) et "
     "proposé des garanties conjointes pour les prêts aux entreprises de femmes. Tous ont souligné le manque "
     "de données ventilées par sexe au niveau des départements.")

slot("11 h 30 · Délégation générale à l'Entrepreneuriat rapide des Femmes et des Jeunes (DER/FJ) — ANNULÉE")
para("La DER/FJ a demandé le report de la séance, ses responsables étant convoqués le même jour à un conseil "
     "interministériel. Aucune nouvelle date n'a pu être trouvée pendant la mission ; la Délégation enverra "
     "ses commentaires par écrit.")

# ---------------------------------------------------------------- day 3
doc.add_heading("Mercredi 15 novembre 2023", level=2)
slot("10 h 00 – 12 h 30 · Grand-Yoff, siège d'Enda Graf Sahel — Groupements de femmes")
t = doc.add_table(rows=3, cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate([
        ("Fédération Nationale des Groupements de Promotion Féminine (FNGPF)",
         "Mme Ndèye Coumba Sow, Secrétaire générale"),
        ("Enda Graf Sahel", "M. Mamadou Lamine Sy, Coordonnateur de programme"),
        ("Groupements de femmes transformatrices de Thiaroye-sur-Mer", "une dizaine de membres")]):
    t.cell(i, 0).text = a
    t.cell(i, 1).text = b
para("")
para("Les participantes ont soutenu la stratégie et souhaité qu'elle « parte des femmes qui travaillent déjà ». "
     "Les transformatrices de poisson ont décrit leurs difficultés d'accès au crédit : les institutions de "
     "microfinance exigent des garanties qu'elles n'ont pas, et les tontines ne suffisent pas pour acheter des "
     "fours améliorés. Le manque d'électricité et de chambres froides sur les sites de transformation limite "
     "leurs revenus. Plusieurs membres bénéficient du Programme national de Bourses de Sécurité familiale "
     "(PNBSF) et ont demandé qu'il soit relié à des formations. Enda Graf Sahel a cité une étude de l'Agence "
     "Nationale de la Statistique et de la Démographie (ANSD) sur l'emploi informel des femmes.")

doc.add_heading("Enseignements de la mission", level=1)
for line in [
        "Le gouvernement et les partenaires soutiennent les trois objectifs ; le gouvernement souhaite un "
        "accompagnement rapide de la SNEEG 2.",
        "Les violences basées sur le genre restent la première préoccupation de tous les interlocuteurs, "
        "en particulier l'application de la loi de 2020.",
        "L'accès des femmes au crédit et aux équipements productifs est le principal frein à leurs activités "
        "économiques, en ville comme en zone rurale.",
        "La société civile demande un rôle reconnu et des ressources dans la mise en œuvre de la stratégie."]:
    para(line, "List Number")

when = datetime.datetime(2023, 11, 20, 9, 0, 0)
cp = doc.core_properties
cp.author = cp.last_modified_by = "Bureau pays de Dakar"
cp.title = "Carnet de mission — Sénégal"
cp.created = cp.modified = when
cp.revision = 1
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 20, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print(f"wrote {OUT}")
