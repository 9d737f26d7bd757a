#!/usr/bin/env python3
"""Make docs/u-abidjan-fr.pdf: French readout of a youth workshop, single column.
Layout: a boxed "fiche" (date, lieu, organisateurs, public), a timed "Déroulé",
"Ce que les jeunes ont dit" in prose, and the participating organisations as a numbered
list placed so that it runs across the page break; speakers named with their roles in a
final "Intervenantes et intervenants" block. Reproducible: fixed creation date."""
import datetime
import sys
from pathlib import Path
from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "u-abidjan-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 4, f"Atelier jeunesse — Abidjan — {self.page_no()}/{{nb}}", align="C")


pdf = Doc(format="A4")
pdf.set_creation_date(datetime.datetime(2023, 11, 15, 8, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Compte rendu atelier jeunesse Abidjan")
pdf.set_author("blind r10-u")
for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
    pdf.add_font("DejaVu", st, str(FONT / f))
pdf.set_margins(24, 20, 24)
pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.add_page()
W = pdf.w - 48


def p(text, style="", size=10.5, h=5.6, after=2):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


p("COMPTE RENDU", "B", 9, after=0)
p("Atelier « Jeunes, emploi et égalité » — consultation sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale", "B", 14, 7, 4)
pdf.set_fill_color(235, 240, 245)
pdf.set_font("DejaVu", "", 9.5)
fiche = ("Date : mercredi 8 novembre 2023, 9 h – 13 h\n"
         "Lieu : Université Félix Houphouët-Boigny, amphithéâtre B, Cocody, Abidjan (Côte d'Ivoire)\n"
         "Organisateurs : Bureau de la Banque mondiale en Côte d'Ivoire, avec le Conseil National des Jeunes de Côte d'Ivoire\n"
         "Public : jeunes (18-35 ans) — 96 participantes et participants")
pdf.multi_cell(W, 5.4, fiche, fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

p("Déroulé", "B", 11.5)
p("9 h 00   Mot d'accueil du Conseil National des Jeunes de Côte d'Ivoire\n"
  "9 h 20   Présentation du projet de stratégie par l'équipe de la Banque\n"
  "10 h 00  Travaux en quatre groupes\n"
  "11 h 45  Restitution en plénière et questions-réponses\n"
  "12 h 45  Clôture", size=9.5, h=5)

p("Ce que les jeunes ont dit", "B", 11.5)
p("Les participantes et participants ont accueilli favorablement la démarche de consultation, mais se sont montrés partagés sur le fond : beaucoup ont jugé le projet de stratégie trop éloigné de leur quotidien et trop peu précis sur les jeunes. Trois priorités ont émergé des travaux de groupe : l'emploi des jeunes femmes, les compétences numériques et le harcèlement sexuel en milieu universitaire.")
p("Sur l'emploi, les étudiantes ont décrit un marché du travail où les stages non rémunérés se succèdent et où les jeunes diplômées sont moins souvent recrutées que leurs camarades masculins. Orange Côte d'Ivoire a présenté son programme de formation au codage pour les jeunes filles et a reconnu que la fracture numérique reste forte hors d'Abidjan.")
p("L'Association des Femmes Juristes de Côte d'Ivoire a rappelé que le harcèlement sexuel est puni par le Code pénal mais que les plaintes d'étudiantes aboutissent rarement. Plan International Côte d'Ivoire a évoqué les grossesses précoces et le mariage des enfants dans le nord et l'ouest du pays, en citant un rapport de l'UNICEF sur l'abandon scolaire des filles.")
p("Enfin, plusieurs jeunes femmes ont regretté d'être absentes des instances de décision, y compris au sein des organisations de jeunesse, et ont demandé que la Banque soutienne le leadership des jeunes femmes dans les conseils municipaux.")

p("Organisations représentées", "B", 11.5)
pdf.set_y(max(pdf.get_y(), pdf.h - 20 - 5.6 * 3))
orgs = [
    "Conseil National des Jeunes de Côte d'Ivoire (CNJCI)",
    "Université Félix Houphouët-Boigny",
    "Association des Femmes Juristes de Côte d'Ivoire (AFJCI)",
    "Ligue Ivoirienne des Droits des Femmes",
    "Plan International Côte d'Ivoire",
    "Orange Côte d'Ivoire",
    "Citoyennes pour la Promotion et la Défense des Droits des Enfants, Femmes et Minorités (CPDEFM)",
]
for i, o in enumerate(orgs, 1):
    p(f"{i}. {o}", size=10, h=5.6, after=0)
pdf.ln(4)
p("Intervenantes et intervenants", "B", 11.5)
for t in [
    "M. Yao Serge Kouadio, Secrétaire général, Conseil National des Jeunes de Côte d'Ivoire",
    "Mme Aminata Koné-Traoré, Présidente, Ligue Ivoirienne des Droits des Femmes",
    "Me Adjoua Rachelle N'Guessan, avocate, Association des Femmes Juristes de Côte d'Ivoire",
    "Dr Fabrice Gnahoré Zadi, Maître de conférences en sociologie, Université Félix Houphouët-Boigny",
    "Mme Esther Ahou Bamba, Responsable RSE, Orange Côte d'Ivoire",
]:
    p("– " + t, size=10, after=0.5)
pdf.ln(3)
p("Les contributions écrites reçues après l'atelier seront transmises à l'équipe de la stratégie.", "I", 9)
pdf.output(str(OUT))
print(OUT)
