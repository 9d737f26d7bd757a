#!/usr/bin/env python3
"""Make docs/y-tunis-atelier-fr.pdf: a French event readout (workshop) as a one-column PDF.

    python3 -m venv .venv-make && .venv-make/bin/pip install -q fpdf2
    .venv-make/bin/python make_tunis_pdf.py [OUT.pdf] [-v]

Layout: a coloured title band; a label/value block (Date, Lieu, Organisation, Participation);
numbered section headings "1 · Contexte"; the panel as a drawn table (Nom | Fonction |
Institution) with a header row; the other institutions as a bullet list that runs across the
page break (checked below); findings as lettered paragraphs; a running footer "p. N/2".
Lines are laid out here (greedy wrap), so breaks are fixed. People are fictional; the
institutions are real. Reproducible: fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

ARGS = [a for a in sys.argv[1:] if a != "-v"]
DEBUG = "-v" in sys.argv
OUT = Path(ARGS[0]) if ARGS else Path(__file__).resolve().parents[1] / "docs" / "y-tunis-atelier-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")
LEFT, RIGHT, TOP, BOTTOM = 24, 24, 22, 24
SIZE, LEAD = 10, 5.3
TEAL = (0, 110, 120)


class Doc(FPDF):
    def footer(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(120, 120, 120)
        self.set_xy(LEFT, self.h - 14)
        self.cell(self.w - LEFT - RIGHT, 4, "Restitution – Atelier universitaire, Tunis, 2 novembre 2023", align="L")
        self.set_xy(LEFT, self.h - 14)
        self.cell(self.w - LEFT - RIGHT, 4, f"p. {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.alias_nb_pages("{nb}")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 11, 8, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Note de restitution - Atelier universitaire - Tunis")
pdf.set_author("Bureau de la Banque mondiale a Tunis")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
WIDTH = pdf.w - LEFT - RIGHT
breaks = []


def width(text, style, size):
    pdf.set_font("DejaVu", style, size)
    return pdf.get_string_width(text)


def wrap(runs, avail, size):
    words = []
    for text, style in runs:
        parts = text.split(" ")
        for i, w in enumerate(parts):
            if w:
                words.append([w, style, i < len(parts) - 1])
            elif words:
                words[-1][2] = True
    lines, line, used = [], [], 0.0
    for word, style, sp in words:
        need = width(word, style, size)
        lead = width(" ", line[-1][1], size) if line and line[-1][2] else 0.0
        if line and used + lead + need > avail:
            lines.append(line)
            line, used, lead = [], 0.0, 0.0
        line.append((word, style, sp))
        used += lead + need
    if line:
        lines.append(line)
    out = []
    for ln in lines:
        merged = []
        for i, (word, style, sp) in enumerate(ln):
            word = word + (" " if sp and i < len(ln) - 1 else "")
            if merged and merged[-1][1] == style:
                merged[-1] = (merged[-1][0] + word, style)
            else:
                merged.append((word, style))
        out.append(merged)
    return out


def new_page(label):
    breaks.append(label)
    pdf.add_page()
    pdf.set_y(TOP)


def block(runs, size=SIZE, lead=LEAD, indent=0.0, bullet=None, after=2.0, keep=2, label=None):
    if isinstance(runs, str):
        runs = [(runs, "")]
    label = label or "".join(t for t, _ in runs)[:40]
    lines = wrap(runs, WIDTH - indent, size)
    if DEBUG:
        print(f"  {label[:30]!r} p{pdf.page_no()} y={pdf.get_y():.1f} lines={len(lines)}")
    if pdf.get_y() + lead * min(keep, len(lines)) > pdf.h - BOTTOM:
        new_page(label)
    for i, line in enumerate(lines):
        if pdf.get_y() + lead > pdf.h - BOTTOM:
            new_page(label)
        y = pdf.get_y()
        if bullet and i == 0:
            pdf.set_font("DejaVu", "", size)
            pdf.set_xy(LEFT + indent - 5, y)
            pdf.cell(5, lead, bullet)
        pdf.set_xy(LEFT + indent, y)
        for text, style in line:
            pdf.set_font("DejaVu", style, size)
            pdf.cell(h=lead, text=text)
        pdf.set_xy(LEFT, y + lead)
    pdf.set_y(pdf.get_y() + after)


def section(text):
    pdf.set_text_color(*TEAL)
    block([(text, "B")], size=11, lead=6, after=2.2, keep=4)
    pdf.set_text_color(0, 0, 0)


def table(rows, widths):
    """A ruled table; the first row is the header. Cells wrap; a row never splits."""
    size, lead = 8.8, 4.4
    for r, row in enumerate(rows):
        cells = [wrap([(v, "B" if r == 0 else "")], w - 3, size) for v, w in zip(row, widths)]
        h = max(len(c) for c in cells) * lead + 2.4
        if pdf.get_y() + h > pdf.h - BOTTOM:
            new_page("table")
        y0, x = pdf.get_y(), LEFT
        if r == 0:
            pdf.set_fill_color(225, 240, 241)
            pdf.rect(LEFT, y0, sum(widths), h, style="F")
        for lines, w in zip(cells, widths):
            for i, line in enumerate(lines):
                pdf.set_xy(x + 1.5, y0 + 1.2 + i * lead)
                for text, style in line:
                    pdf.set_font("DejaVu", style, size)
                    pdf.cell(h=lead, text=text)
            x += w
        pdf.set_draw_color(160, 160, 160)
        pdf.line(LEFT, y0 + h, LEFT + sum(widths), y0 + h)
        pdf.set_y(y0 + h)
    pdf.set_y(pdf.get_y() + 3)


pdf.add_page()
# title band
pdf.set_fill_color(*TEAL)
pdf.rect(0, 0, pdf.w, 38, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("DejaVu", "", 8.5)
pdf.set_xy(LEFT, 9)
pdf.cell(text="GROUPE DE LA BANQUE MONDIALE  |  Bureau de Tunis")
pdf.set_font("DejaVu", "B", 16)
pdf.set_xy(LEFT, 16)
pdf.cell(text="NOTE DE RESTITUTION")
pdf.set_font("DejaVu", "", 10)
pdf.set_xy(LEFT, 25)
pdf.cell(text="Stratégie Genre 2024-2030 du Groupe de la Banque mondiale – consultations en Tunisie")
pdf.set_text_color(0, 0, 0)
pdf.set_y(46)
block([("Atelier de consultation avec les universitaires et les centres de recherche", "B")], size=12.5, lead=6.4,
      after=4)

for k, v in [("Date", "jeudi 2 novembre 2023, de 9 h 00 à 13 h 00"),
             ("Lieu", "Cité des Sciences à Tunis, Tunisie"),
             ("Organisation", "Bureau de la Banque mondiale à Tunis, en partenariat avec le Centre de la Femme "
                              "Arabe pour la Formation et la Recherche (CAWTAR)"),
             ("Participation", "38 personnes, dont 29 femmes")]:
    block([(k + " : ", "B"), (v, "")], after=0.8)
pdf.set_y(pdf.get_y() + 4)

section("1 · Contexte")
block("Dans le cadre des consultations sur le projet de Stratégie Genre 2024-2030 du Groupe de la Banque mondiale, "
      "le bureau de Tunis a réuni des chercheuses et chercheurs de plusieurs universités et centres d'études "
      "tunisiens. L'objectif était de confronter le projet de stratégie aux données et aux travaux de recherche "
      "disponibles en Tunisie et de repérer les lacunes du diagnostic. Le projet de stratégie avait été "
      "envoyé aux personnes invitées une semaine avant l'atelier, en français et en anglais. La présente note résume les échanges ; "
      "elle ne reflète pas la position du Groupe de la Banque mondiale.", after=3)

section("2 · Déroulement et participants")
block("L'atelier s'est ouvert par un panel de quatre intervenantes et intervenants, suivi de deux tables rondes en "
      "groupes restreints et d'une mise en commun en plénière. Le panel était composé comme suit :", after=2.5)
table([("Nom", "Fonction", "Institution"),
       ("Pr Leïla Ben Ammar Trabelsi", "Professeure de sociologie", "Université de Tunis El Manar"),
       ("Dr Hédi Mansouri Gharbi", "Chercheur principal", "Institut Tunisien des Études Stratégiques (ITES)"),
       ("Mme Sonia Jaziri Ferchichi", "Directrice générale",
        "Centre de recherches, d'études, de documentation et d'information sur la femme (CREDIF)"),
       ("Mme Amira Bouzid Karray", "Chargée de programmes",
        "Centre de la Femme Arabe pour la Formation et la Recherche (CAWTAR)")],
      [46, 40, WIDTH - 86])
block([("Autres institutions représentées dans la salle :", "B")], after=1.2, keep=2)
for inst in ["Université de la Manouba",
             "Université de Carthage",
             "Université de Sfax",
             "Institut National de la Statistique (INS)",
             "Observatoire Tunisien de l'Économie (OTE)",
             "Association Tunisienne des Femmes Démocrates (ATFD)",
             "Association des Femmes Tunisiennes pour la Recherche sur le Développement (AFTURD)",
             "Forum Tunisien pour les Droits Économiques et Sociaux (FTDES)"]:
    block(inst, indent=6, bullet="–", after=0.6, keep=9, label="institutions")
pdf.set_y(pdf.get_y() + 3)

section("3 · Ce que nous avons retenu")
block("Les échanges ont porté sur quatre thèmes : l'emploi des diplômées de l'enseignement supérieur, les "
      "conditions de transport des ouvrières agricoles, la répartition du travail domestique et de soin, et la "
      "qualité des statistiques ventilées par sexe.", after=2.5)
block([("a) Emploi des diplômées. ", "B"),
       ("Les femmes sont désormais majoritaires parmi les diplômés du supérieur, mais leur taux de chômage reste "
        "presque deux fois plus élevé que celui des hommes diplômés. L'ITES et l'OTE ont relevé que le gel des "
        "recrutements dans la fonction publique, longtemps premier employeur des diplômées, pèse particulièrement "
        "sur elles. Un rapport récent de l'Organisation internationale du Travail a été cité à l'appui.", "")])
block([("b) Ouvrières agricoles. ", "B"),
       ("Les chercheuses de l'AFTURD et du FTDES ont rappelé les accidents mortels de camionnettes transportant "
        "des ouvrières agricoles dans les gouvernorats de Sidi Bouzid et de Kairouan. La loi n° 2019-51 créant une "
        "catégorie de transport des ouvrières agricoles reste peu appliquée, et la plupart de ces femmes "
        "travaillent sans contrat ni couverture sociale.", "")])
block([("c) Travail domestique et de soin. ", "B"),
       ("Le CREDIF a présenté des travaux montrant que les femmes consacrent plusieurs heures par jour de plus que "
        "les hommes au travail non rémunéré. Les participantes ont plaidé pour un réseau public de crèches et de "
        "jardins d'enfants dans les quartiers populaires et les zones rurales.", "")])
block([("d) Statistiques. ", "B"),
       ("L'INS a indiqué que la dernière enquête nationale sur l'emploi du temps date de plus de quinze ans et "
        "qu'une nouvelle édition dépend de financements extérieurs. Plusieurs universitaires ont demandé un accès "
        "plus simple aux microdonnées des enquêtes sur l'emploi.", "")])
block("En marge de ces quatre thèmes, l'ATFD a rappelé que la loi organique n° 2017-58 relative à l'élimination de "
      "la violence à l'égard des femmes reste mal appliquée, faute de moyens pour les unités spécialisées de la "
      "police et pour les centres d'hébergement.", after=3)

section("4 · Appréciation générale")
block("Les participantes et participants ont salué la démarche de consultation et approuvé les trois objectifs "
      "stratégiques, mais plusieurs ont jugé que le projet reste trop centré sur l'argument économique de "
      "l'égalité et pas assez sur les droits des femmes. Ils ont aussi regretté que le diagnostic s'appuie peu "
      "sur la recherche produite dans la région.", after=3)

section("5 · Suites proposées")
block("Transmettre la présente note aux participants et à l'équipe de la stratégie.", indent=6, bullet="–",
      after=0.8)
block("Étudier avec l'INS et le CREDIF un appui à la prochaine enquête sur l'emploi du temps.", indent=6,
      bullet="–", after=0.8)
block("Organiser au premier semestre 2024 un séminaire de restitution des travaux de recherche sur l'emploi des "
      "femmes.", indent=6, bullet="–", after=0.8)

assert "institutions" in breaks, f"the institutions list does not cross the page break: {breaks}"
OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages; breaks at {breaks}")
