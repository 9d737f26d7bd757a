#!/usr/bin/env python3
"""Make docs/w-dakar-fr.pdf: a French event readout (compte rendu) of a youth consultation workshop.

    python3 -m venv .venv-make && .venv-make/bin/pip install fpdf2
    .venv-make/bin/python make/make_dakar_pdf.py [OUT.pdf]

Layout: one column, numbered sections ("1. Contexte", "2. Messages clés", ...), key messages as
a numbered list, the delegations as "Pays : Organisation ; Organisation" bullets running from
the foot of page 1 onto page 2 (the running footer of page 1 and header of page 2 fall inside
the list), then the speakers as dash items "Mme Name, Title, Organisation". An observer organisation and a cited report's author are
only mentioned. People are fictional; organisations are real. Reproducible: fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "w-dakar-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")

LEFT, RIGHT, TOP, BOTTOM = 24.0, 24.0, 26.0, 22.0
SIZE, LEAD = 10.2, 5.3


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(LEFT, 12)
        self.cell(self.w - LEFT - RIGHT, 4, "Banque mondiale – Consultations sur la Stratégie genre 2024-2030", align="L")
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(LEFT, self.h - 13)
        self.cell(self.w - LEFT - RIGHT, 4, f"Compte rendu – atelier jeunesse, Dakar        {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.alias_nb_pages()
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 11, 28, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Compte rendu - Atelier régional de consultation avec les organisations de jeunes, Dakar")
pdf.set_author("Bureau de la Banque mondiale à Dakar")
for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
    pdf.add_font("DejaVu", style, str(FONT / name))
WIDTH = pdf.w - LEFT - RIGHT
state = {"breaks": []}


def block(text, style="", size=SIZE, lead=LEAD, indent=0.0, marker=None, after=2.0, keep=1, align="L"):
    pdf.set_font("DejaVu", style, size)
    lines = pdf.multi_cell(WIDTH - indent, lead, text, dry_run=True, output=MethodReturnValue.LINES)
    limit = pdf.h - BOTTOM
    if pdf.get_y() + lead * min(keep, len(lines)) > limit:
        state["breaks"].append("(before) " + lines[0])
        pdf.add_page(); pdf.set_y(TOP)
    for i, line in enumerate(lines):
        if pdf.get_y() + lead > limit:
            state["breaks"].append(line)
            pdf.add_page(); pdf.set_y(TOP)
        y = pdf.get_y()
        if marker and i == 0:
            pdf.set_font("DejaVu", "", size)
            pdf.set_xy(LEFT + indent - 6, y)
            pdf.cell(6, lead, marker)
        pdf.set_font("DejaVu", style, size)
        pdf.set_xy(LEFT + indent, y)
        pdf.cell(WIDTH - indent, lead, line, align=align)
        pdf.set_xy(LEFT, y + lead)
    pdf.set_y(pdf.get_y() + after)


def section(text):
    block(text, style="B", size=11, lead=6, after=1.6, keep=3)


def item(text, marker="•", after=1.0):
    block(text, indent=7, marker=marker, after=after)


pdf.add_page()
pdf.set_y(TOP)
block("COMPTE RENDU", style="B", size=15, lead=7.5, after=1.5, align="C")
block("Atelier régional de consultation avec les organisations de jeunes et de jeunes femmes d'Afrique de l'Ouest",
      style="B", size=11.5, lead=6.2, after=2.0, align="C")
block("Dakar (Sénégal), mardi 21 novembre 2023 – format hybride (présentiel et en ligne)", style="I", after=6,
      align="C")

section("1. Contexte")
block("Dans le cadre des consultations publiques sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque "
      "mondiale, le bureau de Dakar a organisé une journée d'échanges avec des organisations de jeunes et de jeunes "
      "femmes de la sous-région. L'atelier visait à recueillir l'avis de ces organisations sur les trois objectifs "
      "stratégiques proposés, à identifier les priorités des jeunes femmes et à discuter de la manière dont elles "
      "pourraient être associées à la mise en œuvre. Les délégations du Burkina Faso, du Mali et du Niger ont suivi "
      "les travaux en ligne, les déplacements depuis ces pays restant difficiles.")

section("2. Messages clés")
item("Les jeunes femmes demandent que l'emploi soit au cœur de la stratégie : le chômage et le sous-emploi des "
     "diplômées poussent nombre d'entre elles vers l'émigration.", marker="1.")
item("Le mariage des enfants reste l'une des premières causes d'abandon scolaire des filles au Sahel. Les "
     "participantes ont cité le projet Autonomisation des femmes et dividende démographique au Sahel (SWEDD) comme "
     "un exemple à étendre.", marker="2.")
item("Dans les zones touchées par les conflits au Mali, au Burkina Faso et au Niger, les jeunes femmes déplacées sont "
     "exposées aux violences sexuelles et n'ont presque plus accès aux services de base.", marker="3.")
item("Le cyberharcèlement décourage les jeunes femmes de s'exprimer en ligne et de s'engager en politique ; les "
     "délégations ont aussi demandé un meilleur accès au numérique pour les jeunes filles des zones rurales.",
     marker="4.", after=3.0)

section("3. Déroulement de l'atelier")
block("Après le mot de bienvenue du bureau de la Banque mondiale et une présentation du projet de stratégie, les "
      "participants se sont répartis en trois groupes. Les travaux de groupe ont porté sur trois thèmes : l'emploi "
      "des jeunes femmes, le mariage des enfants et les grossesses précoces, et la participation des jeunes femmes à "
      "la vie publique. Chaque groupe a restitué ses conclusions en plénière. Pour appuyer ses propos, le groupe sur "
      "le mariage des enfants s'est référé au dernier rapport de l'UNICEF sur la situation en Afrique de l'Ouest et du "
      "Centre.")

section("4. Participation")
block("L'atelier a réuni 46 personnes, dont 31 en présentiel. Les délégations suivantes étaient représentées :",
      after=1.4)
item("Sénégal : Conseil National de la Jeunesse du Sénégal (CNJS) ; Réseau Siggil Jigéen (RSJ) ; Association des "
     "Juristes Sénégalaises (AJS)")
item("Côte d'Ivoire : Ligue Ivoirienne des Droits des Femmes (LIDF)")
item("Burkina Faso : Association des Femmes Juristes du Burkina Faso (AFJ/BF), en ligne")
item("Mali : Association pour le Progrès et la Défense des Droits des Femmes maliennes (APDF), en ligne")
item("Niger : Association des Femmes Juristes du Niger (AFJN), en ligne")
item("Organisations régionales : Plan International, bureau régional pour l'Afrique de l'Ouest et du Centre", after=2.0)
block("Le bureau régional d'ONU Femmes a suivi les travaux en qualité d'observateur.", after=2.0)
block("Intervenantes et intervenants :", style="B", after=1.2)
item("Mme Aminata Diop Sarr, Chargée de programmes, Réseau Siggil Jigéen (modératrice)", marker="–")
item("M. Ousmane Ba Ndiaye, Vice-président, Conseil National de la Jeunesse du Sénégal", marker="–")
item("Mme Adjoa Kouamé Yao, Juriste, Ligue Ivoirienne des Droits des Femmes", marker="–")
item("Me Fatoumata Bintou Traoré, Avocate, Association pour le Progrès et la Défense des Droits des Femmes maliennes "
     "(en ligne)", marker="–", after=3.0)

section("5. Appréciation générale")
block("Dans l'ensemble, les délégations ont accueilli favorablement le projet de stratégie et se sont dites d'accord "
      "avec ses trois objectifs. Elles ont salué la place faite aux adolescentes, tout en regrettant que les "
      "organisations de jeunes ne soient pas mentionnées parmi les partenaires de mise en œuvre. Le CNJS a proposé "
      "que la Banque mondiale s'appuie sur les conseils régionaux de la jeunesse pour suivre les projets financés "
      "dans les régions.")

section("6. Suites à donner")
block("Le présent compte rendu sera transmis aux délégations et à l'équipe chargée de la stratégie. Le bureau de Dakar "
      "étudiera avec le Réseau Siggil Jigéen la possibilité d'une séance de restitution au premier trimestre 2024.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages; page breaks before: {state['breaks']}")
