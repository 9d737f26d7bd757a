#!/usr/bin/env python3
"""Make docs/h-abidjan-panel-fr.pdf: an event readout (French) set in TWO text columns.

    .venv-make/bin/python make/make_abidjan_pdf.py [OUT.pdf]

Layout: a full-width masthead (office line, "Compte rendu", title, place/date/venue line),
then the body flowed in two columns (newsletter style). Lines are computed here, not by
fpdf2, and poured column after column (then page after page), so a paragraph, and a sentence
in it, runs from the foot of the left column to the head of the right column. The
participants are named only in running prose ("le panel réunissait Mme ..., ..."), the
audience is described, not listed. A shaded box "Trois messages à retenir" closes the
record. A footer "Compte rendu – panel secteur privé | N" on each page. People are
fictional; organisations are real. Reproducible: fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "h-abidjan-panel-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")

LEFT, RIGHT, TOP, BOTTOM = 16, 16, 16, 28
GUTTER = 8
SIZE, LEAD = 9.2, 4.55


class Doc(FPDF):
    def footer(self):
        self.set_font("Serif", "", 7.5)
        self.set_xy(LEFT, self.h - 12)
        self.cell(self.w - LEFT - RIGHT, 4, f"Compte rendu – panel secteur privé | {self.page_no()}", align="C")


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(LEFT, TOP, RIGHT)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 12, 12, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Compte rendu - Panel Financer les entrepreneures - Abidjan")
pdf.set_author("Bureau de la Banque mondiale en Côte d'Ivoire")
pdf.add_font("Serif", "", str(FONT / "DejaVuSerif.ttf"))
pdf.add_font("Serif", "B", str(FONT / "DejaVuSerif-Bold.ttf"))
pdf.add_font("Serif", "I", str(FONT / "DejaVuSerif-Italic.ttf"))
pdf.add_font("Sans", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("Sans", "", str(FONT / "DejaVuSans.ttf"))

COLW = (pdf.w - LEFT - RIGHT - GUTTER) / 2

# ------------------------------------------------------------------ masthead (full width)
pdf.add_page()
pdf.set_font("Sans", "", 7.5)
pdf.set_text_color(90, 90, 90)
pdf.set_xy(LEFT, TOP)
pdf.cell(0, 4, "GROUPE DE LA BANQUE MONDIALE · BUREAU DE CÔTE D'IVOIRE")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(LEFT, TOP + 7)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "COMPTE RENDU")
pdf.set_xy(LEFT, TOP + 13)
pdf.set_font("Serif", "B", 15)
pdf.multi_cell(pdf.w - LEFT - RIGHT, 7, "Panel « Financer les entrepreneures » — consultation du secteur privé "
               "sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 9.5)
pdf.ln(1.5)
pdf.cell(0, 5, "Abidjan-Plateau, jeudi 7 décembre 2023 · Maison de l'Entreprise · 9 h 30 – 12 h 30",
         new_x="LMARGIN", new_y="NEXT")
y0 = pdf.get_y() + 3
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.4)
pdf.line(LEFT, y0, pdf.w - RIGHT, y0)
BODY_TOP_P1 = y0 + 4

# ------------------------------------------------------------------ body text as blocks
H, P, BOX = "h", "p", "box"
blocks = [
    (H, "Contexte"),
    (P, "Organisé par le bureau de la Banque mondiale à Abidjan avec la Société financière internationale (IFC), "
        "le panel visait à recueillir l'avis des entreprises, des banques et des organisations patronales sur le "
        "deuxième objectif du projet de stratégie, qui consiste à élargir et faciliter les opportunités économiques "
        "des femmes. Environ soixante-dix personnes ont assisté aux échanges, en majorité des cheffes d'entreprise "
        "venues d'Abidjan, de Bouaké et de San-Pédro."),
    (H, "Les intervenants"),
    (P, "Animé par une journaliste économique, le panel réunissait Mme Adjoua Brou Kouassi, directrice de la "
        "clientèle PME d'Ecobank Côte d'Ivoire ; M. Serge-Alain Yao N'Guessan, secrétaire exécutif adjoint de la "
        "Confédération Générale des Entreprises de Côte d'Ivoire (CGECI) ; Mme Mariam Koné Ouattara, présidente "
        "de la commission Femmes entrepreneures de la Chambre de Commerce et d'Industrie de Côte d'Ivoire "
        "(CCI-CI) ; et Mme Élodie Gnahoré Zadi, responsable de l'inclusion financière d'Orange Côte d'Ivoire. "
        "Dans la salle, des représentants d'Advans Côte d'Ivoire et de la Banque africaine de développement "
        "(BAD) ont également pris la parole."),
    (H, "Ce qui a été dit"),
    (P, "Les intervenants ont accueilli favorablement le projet de stratégie et la place qu'il donne à "
        "l'entrepreneuriat féminin. Quatre obstacles ont été cités à plusieurs reprises : l'exigence de garanties "
        "foncières, le coût du crédit, la faible culture numérique des commerçantes et le poids de l'informalité."),
    (P, "Mme Brou Kouassi a expliqué que moins d'un prêt PME sur cinq accordé par sa banque va à une entreprise "
        "dirigée par une femme, alors même que les femmes remboursent mieux ; elle a plaidé pour des mécanismes de "
        "garantie partagés entre banques et bailleurs, en citant l'initiative AFAWA (Affirmative Finance Action "
        "for Women in Africa) de la BAD, dont les représentants présents ont détaillé le fonctionnement et les "
        "premiers résultats dans la sous-région."),
    (P, "Pour Orange Côte d'Ivoire, le paiement mobile a ouvert un compte à des centaines de milliers de femmes "
        "qui n'en avaient jamais eu, mais l'épargne et le crédit numériques restent peu utilisés : beaucoup de "
        "commerçantes des marchés ne lisent pas les messages reçus sur leur téléphone et dépendent d'un tiers "
        "pour leurs opérations."),
    (P, "La CGECI a insisté sur la formalisation des entreprises de femmes et sur leur accès aux marchés publics, "
        "et a proposé qu'une part des commandes de l'État leur soit réservée. Mme Koné Ouattara a rappelé que "
        "certaines femmes doivent encore obtenir l'accord de leur mari pour emprunter, alors que la loi ne "
        "l'exige pas, et a cité le Fonds d'appui aux femmes de Côte d'Ivoire (FAFCI) comme une porte d'entrée "
        "vers le crédit pour les plus petites activités."),
    (P, "Advans Côte d'Ivoire et la BAD ont enfin regretté l'absence de données ventilées par sexe sur les "
        "portefeuilles de crédit des banques ; les chiffres de la BCEAO sur l'inclusion financière, qui ne "
        "distinguent pas les entreprises selon le sexe de leur dirigeant, ont été cités à ce propos."),
    (BOX, ["Trois messages à retenir",
           "1. Partager le risque : des garanties conjointes banques-bailleurs sont la condition d'un crédit plus "
           "large aux entreprises de femmes.",
           "2. Accompagner le numérique : l'accès au paiement mobile doit s'accompagner de formation.",
           "3. Mesurer : les banques doivent publier des données de crédit ventilées par sexe."]),
    (H, "Suites"),
    (P, "Le bureau de la Banque mondiale transmettra ce compte rendu aux intervenants et à la CGECI. Les "
        "observations recueillies seront intégrées à la synthèse des consultations de la Région Afrique de "
        "l'Ouest et du Centre."),
]


def wrap(text, font, size, width):
    pdf.set_font(*font)
    pdf.set_font_size(size)
    return pdf.multi_cell(width, LEAD, text, dry_run=True, output="LINES")


# turn blocks into a flat list of drawable lines: (kind, text, font, size, lead, space_before)
lines = []
for kind, content in blocks:
    if kind == H:
        lines.append(("h", content, ("Sans", "B"), 9.5, 5.2, 2.6))
    elif kind == P:
        for i, ln in enumerate(wrap(content, ("Serif", ""), SIZE, COLW)):
            lines.append(("p", ln, ("Serif", ""), SIZE, LEAD, 1.6 if i == 0 else 0))
    else:
        head, *items = content
        lines.append(("boxh", head, ("Sans", "B"), 9, 5.0, 4.0))
        for it in items:
            for i, ln in enumerate(wrap(it, ("Serif", "I"), 8.8, COLW - 6)):
                lines.append(("boxp", ln, ("Serif", "I"), 8.8, 4.4, 1.0 if i == 0 else 0))

# pour lines into columns: page 1 left, page 1 right, page 2 left, ...
col, page_top = 0, BODY_TOP_P1
y = page_top
bottom = pdf.h - BOTTOM
first_in_col = True
breaks = []
i = 0
while i < len(lines):
    kind, text, font, size, lead, before = lines[i]
    gap = 0 if first_in_col else before
    need = gap + lead
    if kind == "h":  # keep a heading with the next two lines
        need += 2 * LEAD
    if y + need > bottom:
        breaks.append((pdf.page_no(), col, text))
        if col == 0:
            col = 1
        else:
            pdf.add_page()
            col, page_top = 0, TOP
        y = page_top
        first_in_col = True
        continue
    y += gap
    x = LEFT + col * (COLW + GUTTER)
    if kind.startswith("box"):
        pdf.set_fill_color(232, 236, 242)
        pdf.rect(x, y - (0.8 if kind == "boxh" else 0), COLW, lead + (0.8 if kind == "boxh" else 0) + (
            lines[i + 1][5] if i + 1 < len(lines) and lines[i + 1][0].startswith("boxp") else 0), style="F")
        x += 3
    pdf.set_font(*font)
    pdf.set_font_size(size)
    pdf.set_xy(x, y)
    pdf.cell(COLW, lead, text)
    y += lead
    first_in_col = False
    i += 1

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages; column breaks before: {breaks}")
