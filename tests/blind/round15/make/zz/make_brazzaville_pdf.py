#!/usr/bin/env python3
"""Make docs/zz-brazzaville-atelier-fr.pdf: a French workshop readout (Republic of the Congo) in two columns.

    ../.venv-make/bin/python make_brazzaville_pdf.py [OUT.pdf]

Layout: a full-width title block, then two text columns (DejaVu Serif); the list of
organisations represented starts at the foot of column 1 and continues at the top of
column 2; a running footer. The lines are broken once by fpdf2 and placed here, so the
breaks are fixed. Fixed creation date: the same bytes on every run.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_columns import FONT, Flow  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zz-brazzaville-atelier-fr.pdf"


class Doc(FPDF):
    def footer(self):
        self.set_font("Serif", "I", 7.5)
        self.set_xy(18, self.h - 12)
        self.cell(self.w - 36, 4, f"Compte rendu — atelier jeunesse, Brazzaville — page {self.page_no()}", align="C")


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 11, 20, 8, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Compte rendu - Atelier de consultation des jeunes - Brazzaville")
pdf.set_author("Bureau de la Banque mondiale a Brazzaville")
for st, f in [("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")]:
    pdf.add_font("Serif", st, str(FONT / f))
pdf.add_page()

# full-width title block
pdf.set_xy(18, 16)
pdf.set_font("Serif", "B", 9)
pdf.cell(0, 5, "COMPTE RENDU D'ÉVÉNEMENT")
pdf.set_xy(18, 22)
pdf.set_font("Serif", "B", 14)
pdf.multi_cell(174, 6.5, "Atelier de consultation des jeunes sur la Stratégie genre 2024-2030 du Groupe de la Banque "
                         "mondiale")
pdf.set_font("Serif", "", 9.5)
pdf.set_x(18)
pdf.multi_cell(174, 5, "Brazzaville (République du Congo), jeudi 16 novembre 2023, de 9 h à 16 h\n"
                       "Co-organisé par le bureau de la Banque mondiale à Brazzaville et le Fonds des Nations Unies "
                       "pour la population (UNFPA)")
y = pdf.get_y() + 3
pdf.set_draw_color(60, 60, 60)
pdf.line(18, y, 192, y)

f = Flow(pdf, "Serif", left=18, right=18, top=18, bottom=20, columns=2, gutter=8, first_top=y + 4)
H = dict(style="B", size=10, before=1.5, after=1.5, keep=3)

f.block("Objet", **H)
f.block("L'atelier visait à recueillir l'avis des jeunes Congolaises et Congolais sur le projet de Stratégie genre "
        "2024-2030 du Groupe de la Banque mondiale, dans le cadre des consultations menées dans une quarantaine de "
        "pays. Il s'agissait de présenter les trois objectifs stratégiques du projet, d'entendre les priorités des "
        "jeunes et de recueillir leurs propositions sur la manière dont la Banque peut les associer à la mise en "
        "œuvre de la stratégie en République du Congo.")
f.block("Déroulement", **H)
f.block("La séance a été ouverte par Mme Clarisse Mabiala Nkounkou, Directrice générale de l'intégration de la femme "
        "au développement, au nom du ministère de la Promotion de la femme, de l'Intégration de la femme au "
        "développement et de l'Économie informelle. M. Serge Itoua Ngakosso, Représentant adjoint de l'UNFPA, a "
        "rappelé que plus de la moitié de la population congolaise a moins de vingt-cinq ans. Après la "
        "présentation du projet de stratégie par l'équipe de la Banque, trois groupes de travail ont examiné "
        "respectivement l'emploi des jeunes femmes, les grossesses précoces et la participation des jeunes femmes "
        "à la vie publique. Chaque groupe a restitué ses conclusions en plénière, et un temps d'échange avec "
        "l'équipe de la Banque a clos la journée.")
f.block("Participation", **H)
f.block("L'atelier a réuni quarante-huit jeunes de 18 à 30 ans, dont trente et une jeunes femmes, venus de "
        "Brazzaville et de Pointe-Noire. Certains sont venus à titre individuel ; la plupart représentaient les "
        "structures suivantes :")
for org in ["Conseil consultatif de la jeunesse (CCJ)",
            "Azur Développement",
            "Association des Femmes Juristes du Congo (AFJC)",
            "Université Marien Ngouabi (étudiantes et étudiants de la Faculté des sciences économiques)",
            "Comptoir Juridique Junior (CJJ)",
            "Croix-Rouge congolaise",
            "Jeune Chambre Internationale de Brazzaville (JCI Brazzaville)"]:
    f.block(org, indent=5, bullet="–", after=0.8)
f.block("", after=0.6, size=4, lead=1)
f.block("Ce que les jeunes ont dit", **H)
f.block("Les participants ont approuvé les orientations du projet de stratégie et se sont dits prêts à contribuer "
        "à sa mise en œuvre, à condition d'être consultés régulièrement et pas seulement lors de sa préparation.")
f.block("Sur l'emploi, les jeunes femmes ont décrit un marché du travail où la plupart d'entre elles n'ont d'autre "
        "choix que le commerce informel. Elles ont demandé des formations qualifiantes mieux adaptées aux métiers "
        "porteurs et cité le Projet de Développement des Compétences pour l'Employabilité (PDCE) comme un exemple "
        "à étendre aux villes secondaires. Plusieurs ont souligné que le coût de l'internet mobile les empêche de "
        "se former en ligne et de vendre leurs produits sur les réseaux sociaux.")
f.block("Le groupe consacré aux grossesses précoces a fait le lien entre les grossesses d'adolescentes et "
        "l'abandon scolaire, et a plaidé pour une éducation à la vie familiale dispensée dès le collège. Les "
        "étudiantes de l'Université Marien Ngouabi et l'AFJC ont dénoncé le harcèlement sexuel dans les "
        "établissements d'enseignement supérieur, où les victimes renoncent le plus souvent à porter plainte.")
f.block("Enfin, sur la vie publique, les participants ont regretté que si peu de jeunes femmes siègent dans les "
        "conseils départementaux et municipaux, et ont proposé des programmes de mentorat avec des élues.")
f.block("Suites", **H)
f.block("L'équipe de la Banque transmettra les recommandations de l'atelier à l'équipe chargée de la stratégie et "
        "informera les participants de la manière dont elles auront été prises en compte. Le CCJ a proposé "
        "d'accueillir une séance de restitution au premier trimestre 2024.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
for page, col, text in f.log:
    print(page, col, text)
print(f"wrote {OUT}: {pdf.page_no()} pages")
