#!/usr/bin/env python3
"""Make docs/q-webinaire-jeunes-fr.pdf: an event readout (French) of a regional webinar, one text column.

Layout: title and a grey metadata box; an "À retenir" box of three points FIRST; the panel as a two-column
table drawn with cells (speaker | organisation), the moderator in a note below; the discussion as prose under
"Déroulé", one of whose sentences runs across the page break (the footer and the page-2 running header fall
inside it); the organisations that spoke from the floor as a dash list. No city or country: the event was online. People are fictional;
organisations are real. Reproducible (fixed creation date).

    .venv-make/bin/python make/make_webinaire_pdf.py
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_flow import Flow, new_pdf  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "q-webinaire-jeunes-fr.pdf"
LEFT, RIGHT = 24, 24


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(LEFT, 10)
        self.cell(self.w - LEFT - RIGHT, 4, "Compte rendu — Webinaire jeunes femmes (29.11.2023)", align="L")

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(LEFT, self.h - 12)
        self.cell(self.w - LEFT - RIGHT, 4, f"Page {self.page_no()}", align="R")


pdf = new_pdf("Compte rendu - Webinaire régional jeunes femmes - Stratégie genre 2024-2030", "r8-q blind eval",
              datetime.datetime(2023, 12, 4, 15, 0, 0, tzinfo=datetime.timezone.utc), cls=Doc)
pdf.add_page()
W = pdf.w - LEFT - RIGHT
f = Flow(pdf, [(LEFT, W)], top=20, bottom=pdf.h - 20)
f.first_top = f.y = 18
SIZE, LEAD = 10.5, 5.6

f.block([("COMPTE RENDU", "B")], size=9, lead=5, after=1)
f.block([("Webinaire régional « Jeunes femmes, emploi et compétences numériques en Afrique de l'Ouest et du Centre »",
          "B")], size=13.5, lead=6.8, after=1.5)
f.block("Consultation en ligne sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale",
        size=10, lead=5.2, after=3)

# metadata box
meta = [("Date", "mercredi 29 novembre 2023, de 10h00 à 12h00 GMT"),
        ("Format", "en ligne (Microsoft Teams), interprétation français-anglais"),
        ("Public", "jeunes et organisations de jeunesse"),
        ("Connexions", "86 participantes et participants de 14 pays")]
y0 = f.y
pdf.set_fill_color(238, 238, 238)
pdf.rect(LEFT, y0, W, len(meta) * 5.4 + 4, style="F")
f.y += 2
for k, v in meta:
    f.block([(k + " : ", "B"), (v, "")], size=9.5, lead=5.4, indent=3, after=0)
f.y = y0 + len(meta) * 5.4 + 4 + 4

# key points box
f.block([("À retenir", "B")], size=11.5, lead=6, after=1)
for text in ["Les jeunes femmes demandent à être associées à la mise en œuvre de la stratégie, et pas seulement consultées.",
             "La fracture numérique entre filles et garçons se creuse hors des capitales, faute de connectivité et "
             "d'équipements abordables.",
             "Dans le Sahel central, l'insécurité ferme des écoles et prive les jeunes femmes de revenus ; toute action "
             "doit en tenir compte."]:
    f.block(text, size=SIZE, lead=LEAD, indent=6, marker="▪", after=0.8)
f.skip(3)

# the panel as a drawn table
f.block([("Le panel", "B")], size=11.5, lead=6, after=1.5)
rows = [("Intervenant·e", "Organisation"),
        ("Mme Clarisse Ouédraogo Kaboré, chargée de programme jeunesse",
         "Plan International, Bureau régional pour l'Afrique de l'Ouest et du Centre"),
        ("Mlle Aïcha Traoré Diarra, présidente de la commission genre",
         "Conseil National de la Jeunesse du Mali (CNJ-Mali)"),
        ("M. Serge Kouassi Yao, responsable des programmes de formation", "Orange Digital Center, Orange Côte d'Ivoire"),
        ("Dr Mariam Sanogo Keïta, chercheuse",
         "Institut Supérieur des Sciences de la Population (ISSP), Université Joseph Ki-Zerbo")]
c1 = W * 0.48
pdf.set_draw_color(150, 150, 150)
for r, (a, b) in enumerate(rows):
    style = "B" if r == 0 else ""
    la = f.wrap([(a, style)], c1 - 3, 9.5)
    lb = f.wrap([(b, style)], W - c1 - 3, 9.5)
    h = max(len(la), len(lb)) * 4.8 + 2
    f.room(h)
    pdf.rect(LEFT, f.y, c1, h)
    pdf.rect(LEFT + c1, f.y, W - c1, h)
    for col, lines, x in ((0, la, LEFT + 1.5), (1, lb, LEFT + c1 + 1.5)):
        for i, line in enumerate(lines):
            pdf.set_xy(x, f.y + 1 + i * 4.8)
            for text, st in line:
                pdf.set_font("DejaVu", st, 9.5)
                pdf.cell(h=4.8, text=text)
    f.y += h
f.skip(1.5)
f.block([("Modération : ", "I"), ("une spécialiste genre de la Banque mondiale pour l'Afrique de l'Ouest et du Centre.",
          "I")], size=9, lead=4.8, after=4)

f.block([("Déroulé", "B")], size=11.5, lead=6, after=1.5)
for text in [
    "Après une courte présentation du projet de stratégie, les intervenantes ont salué la place accordée aux jeunes et "
    "en ont approuvé les trois objectifs. Les échanges ont porté sur la fracture numérique entre filles et garçons, "
    "l'accès des jeunes femmes au financement de leurs entreprises, les grossesses précoces qui interrompent la "
    "scolarité et l'insécurité dans le Sahel central.",
    "Mme Ouédraogo Kaboré a présenté l'expérience du Projet Autonomisation des Femmes et Dividende Démographique au "
    "Sahel (SWEDD), dont les espaces sûrs ont permis de maintenir des adolescentes à l'école et de retarder les "
    "mariages. Mlle Traoré Diarra a rappelé que le chômage touche d'abord les jeunes diplômées et a plaidé pour que les "
    "jeunes femmes siègent dans les instances de décision des projets financés par la Banque. M. Kouassi Yao a décrit "
    "les formations de l'Orange Digital Center, suivies à 40 % par des femmes, et souhaité un lien plus étroit avec "
    "l'initiative Économie numérique pour l'Afrique (DE4A). La Dr Sanogo Keïta a regretté l'absence de statistiques "
    "sur l'emploi des jeunes ventilées par sexe et par milieu de résidence ; elle a cité un rapport de l'UNESCO sur "
    "les filles dans les filières scientifiques et une étude de la GSMA sur l'écart entre les sexes dans l'usage du "
    "téléphone mobile."]:
    f.block(text.replace(" ;", "\u00a0;"), size=SIZE, lead=LEAD, after=2.2)

f.block([("Questions du public", "B")], size=11.5, lead=6, after=1.5)
f.block("Des représentantes et représentants des organisations suivantes ont pris la parole pendant la séance de "
        "questions :", size=SIZE, lead=LEAD, after=1.2)
for org in ["AfricTivistes", "Enda Tiers Monde", "Jeunes Volontaires pour l'Environnement (JVE)",
            "Association des Femmes Juristes de Côte d'Ivoire (AFJCI)",
            "Women in Law and Development in Africa – Afrique de l'Ouest (WiLDAF-AO)",
            "Forum des Éducatrices Africaines (FAWE)",
            "Réseau des Organisations Paysannes et de Producteurs de l'Afrique de l'Ouest (ROPPA)"]:
    f.block(org, size=SIZE, lead=LEAD, indent=7, marker="–", marker_indent=2.5, after=0.6)
f.skip(1.8)
for text in [
    "AfricTivistes et l'AFJCI ont alerté sur le cyberharcèlement dont sont victimes les jeunes femmes actives en ligne, "
    "qui les pousse à quitter les réseaux professionnels. Le ROPPA a rappelé que les jeunes femmes rurales accèdent "
    "rarement à la terre et au crédit agricole. Le FAWE a demandé que la stratégie fixe des objectifs de maintien des "
    "filles dans l'enseignement secondaire. La JVE a proposé de cibler les emplois verts.",
    "Prochaines étapes : la Banque diffusera ce compte rendu aux personnes inscrites et publiera les réponses aux "
    "questions écrites reçues dans la discussion en ligne."]:
    f.block(text.replace(" :", "\u00a0:"), size=SIZE, lead=LEAD, after=2.2)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
