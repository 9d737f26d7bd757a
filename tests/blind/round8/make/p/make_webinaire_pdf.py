#!/usr/bin/env python3
"""Make docs/p-webinaire-jeunes-fr.pdf: a French webinar readout, one text column.

    .venv-make/bin/python make_webinaire_pdf.py [OUT.pdf]

Layout: a grey banner with the event type, a title, a practical-information line; "Déroulé"
as a time-stamped list (time in a left margin column); panellists under "Intervenantes et
intervenant" as "Nom, fonction, organisation" lines; "Ce que nous avons entendu" in prose;
"Dans le chat" as a dashed list naming the organisations that wrote in; "Suites". The
running footer carries the event title and page number. A prose sentence crosses the page
break (the script checks it). Fixed creation date: rebuilding gives the same bytes. People
are fictional; organisations are real.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "p-webinaire-jeunes-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")
LEFT, RIGHT, TOP, BOTTOM = 24, 24, 20, 24
SIZE, LEAD = 10.5, 5.5


class Doc(FPDF):
    def footer(self):
        self.set_font("Sans", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(LEFT, self.h - 14)
        self.cell(self.w - LEFT - RIGHT, 4, "Webinaire « Jeunes, genre et emploi » — compte rendu", align="L")
        self.set_xy(LEFT, self.h - 14)
        self.cell(self.w - LEFT - RIGHT, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.alias_nb_pages()
pdf.set_creation_date(datetime.datetime(2023, 11, 10, 15, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Compte rendu - Webinaire Jeunes, genre et emploi")
pdf.set_author("Equipe Strategie genre")
pdf.add_font("Sans", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("Sans", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("Sans", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
WIDTH = pdf.w - LEFT - RIGHT
lines_log = []  # (page, text) of every printed line


def wrap(runs, avail, size):
    words = []
    for text, style in runs:
        parts = text.split(" ")
        for i, w in enumerate(parts):
            if w == "":
                if words:
                    words[-1] = (words[-1][0], words[-1][1], True)
                continue
            words.append((w, style, i < len(parts) - 1))
    lines, line, used = [], [], 0.0
    for w, st, sp in words:
        pdf.set_font("Sans", st, size)
        need = pdf.get_string_width(w)
        lead = pdf.get_string_width(" ") if line and line[-1][2] else 0.0
        if line and used + lead + need > avail:
            lines.append(line)
            line, used, lead = [], 0.0, 0.0
        line.append((w, st, sp))
        used += lead + need
    if line:
        lines.append(line)
    out = []
    for ln in lines:
        merged = []
        for i, (w, st, sp) in enumerate(ln):
            w = w + (" " if sp and i < len(ln) - 1 else "")
            if merged and merged[-1][1] == st:
                merged[-1] = (merged[-1][0] + w, st)
            else:
                merged.append((w, st))
        out.append(merged)
    return out


def block(runs, size=SIZE, lead=LEAD, indent=0.0, label=None, label_w=0.0, after=2.0, keep=1):
    if isinstance(runs, str):
        runs = [(runs, "")]
    lines = wrap(runs, WIDTH - indent, size)
    if pdf.get_y() + lead * min(keep, len(lines)) > pdf.h - BOTTOM:
        pdf.add_page()
        pdf.set_y(TOP)
    for i, line in enumerate(lines):
        if pdf.get_y() + lead > pdf.h - BOTTOM:
            pdf.add_page()
            pdf.set_y(TOP)
        y = pdf.get_y()
        if label and i == 0:
            pdf.set_font("Sans", "B", size)
            pdf.set_xy(LEFT + indent - label_w, y)
            pdf.cell(label_w, lead, label)
        pdf.set_xy(LEFT + indent, y)
        for text, style in line:
            pdf.set_font("Sans", style, size)
            pdf.cell(h=lead, text=text)
        lines_log.append((pdf.page_no(), "".join(t for t, _ in line)))
        pdf.set_xy(LEFT, y + lead)
    pdf.set_y(pdf.get_y() + after)


def heading(text):
    pdf.set_y(pdf.get_y() + 1.5)
    block([(text, "B")], size=11.5, lead=6.2, after=1.5, keep=3)


pdf.add_page()
pdf.set_fill_color(225, 225, 225)
pdf.rect(LEFT, TOP, WIDTH, 8, style="F")
pdf.set_font("Sans", "B", 9)
pdf.set_xy(LEFT + 3, TOP + 1.8)
pdf.cell(text="COMPTE RENDU DE WEBINAIRE  |  CONSULTATION RÉGIONALE")
pdf.set_y(TOP + 13)
block([("Jeunes, genre et emploi en Afrique de l'Ouest et du Centre : quelles priorités pour la Stratégie genre "
        "2024-2030 du Groupe de la Banque mondiale ?", "B")], size=14, lead=7, after=3)
block([("Mardi 7 novembre 2023, 10 h 00 – 11 h 45 (GMT)  •  En ligne (Zoom)  •  Interprétation français-anglais  "
        "•  Environ 130 personnes connectées depuis 17 pays", "I")], size=9.5, lead=5, after=4)

heading("Déroulé")
for t, s in [("10 h 00", "Mot d'ouverture de l'équipe de la Stratégie genre du Groupe de la Banque mondiale"),
             ("10 h 10", "Présentation du projet de stratégie et de ses trois objectifs"),
             ("10 h 30", "Table ronde : trois organisations de jeunes réagissent"),
             ("11 h 05", "Questions et commentaires reçus dans le chat"),
             ("11 h 40", "Clôture")]:
    block(s, indent=20, label=t, label_w=20, after=0.8)

heading("Intervenantes et intervenant")
for s in ["Mme Mariam Traoré Koné, coordonnatrice régionale, Réseau africain des adolescents et jeunes en population et "
          "développement (AfriYAN) Afrique de l'Ouest et du Centre",
          "M. Kossi Mawuena Amegan, chargé de programmes, Jeunes Volontaires pour l'Environnement (JVE) Togo",
          "Mme Nadège Kaboré Ouédraogo, présidente, Réseau Ouest Africain des Jeunes Femmes Leaders (ROAJELF), section "
          "du Burkina Faso"]:
    block(s, indent=6, label="›", label_w=5, after=1.0)

heading("Ce que nous avons entendu")
block("Trois sujets ont dominé la table ronde : la santé sexuelle et reproductive des adolescentes, l'emploi des "
      "jeunes femmes et leur place dans la vie politique. Les intervenants ont salué l'attention que le projet de "
      "stratégie accorde aux adolescentes, mais ont regretté que les jeunes n'y apparaissent pas comme un groupe cible "
      "à part entière et que les organisations de jeunes restent exclues des financements de la Banque.")
block("Pour AfriYAN, les grossesses précoces et le mariage d'enfants expliquent encore une grande partie de l'abandon "
      "scolaire des filles dans la région ; Mme Traoré Koné a cité l'Initiative Spotlight comme exemple de programme "
      "qui finance directement des réseaux de jeunes. M. Amegan a décrit les formations de JVE aux compétences "
      "numériques et aux métiers verts, en insistant sur le fait que les jeunes femmes rurales y accèdent très peu "
      "faute de connexion et de moyens de transport.")
block("Mme Kaboré Ouédraogo a rappelé les engagements pris lors du Forum Génération Égalité et a décrit les violences "
      "en ligne que subissent les jeunes femmes qui s'engagent en politique, au point que plusieurs militantes de son "
      "réseau ont renoncé à se présenter aux élections locales. Elle a demandé que la stratégie reconnaisse le "
      "harcèlement numérique comme une forme de violence basée sur le genre, et que les jeunes femmes leaders soient "
      "associées au suivi de sa mise en œuvre dans chaque pays.")

heading("Dans le chat")
for s in ["Plan International, par son bureau régional pour l'Afrique de l'Ouest et du Centre, a demandé comment la "
          "Banque compte mesurer les progrès sur le mariage d'enfants.",
          "Une participante du Conseil national de la jeunesse du Sénégal a souligné que le chômage touche d'abord les "
          "jeunes diplômées.",
          "L'Association des Femmes Juristes de Côte d'Ivoire (AFJCI) a demandé que la stratégie traite de l'accès à la "
          "justice pour les survivantes de violences.",
          "Le Fonds des Nations Unies pour la population (UNFPA), par la voix de son bureau régional, a partagé un lien "
          "vers son rapport sur la santé reproductive des jeunes.",
          "Plusieurs personnes ont cité les travaux de l'Organisation internationale du Travail (OIT) sur l'emploi des "
          "jeunes, sans que l'OIT soit représentée."]:
    block(s, indent=6, label="–", label_w=5, after=1.0)

heading("Suites")
block("L'équipe publiera les présentations et ce compte rendu sur la page de la consultation. Les organisations "
      "qui le souhaitent peuvent envoyer des contributions écrites jusqu'au 30 novembre 2023.")

# check: a sentence of prose runs across the page break
breaks = [(a, b) for a, b in zip(lines_log, lines_log[1:]) if a[0] != b[0]]
print("page break between:", breaks)
assert breaks and not breaks[0][0][1].rstrip().endswith((".", ":", "?")), "no sentence crosses the page break"
OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
