#!/usr/bin/env python3
"""Make docs/zv-bukavu-lettre-fr.pdf: a written input as a French letter from four organisations in Bukavu.

Layout: letterhead of the lead organisation, place and date on the right, addressee block, "Objet :",
salutation, Roman-numbered comments (I.-V.) in prose, closing formula, then the signatories in a
table (Organisation | Nom et fonction | Signature) that follows a page break; footer "page N/2".
MONUSCO, the ministry in charge of gender and the Global Survivors Fund are only mentioned.
People are fictional; organisations are real. Reproducible: fixed creation date.
"""
import datetime
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[1] / "docs" / "zv-bukavu-lettre-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 4, f"page {self.page_no()}/{{nb}}", align="R")


pdf = Doc(format="A4")
pdf.set_margins(25, 20, 25)
pdf.set_auto_page_break(True, margin=22)
pdf.set_creation_date(datetime.datetime(2023, 11, 24, 15, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Lettre - Stratégie genre du Groupe de la Banque mondiale")
pdf.set_author("zv blind round")
for st, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
    pdf.add_font("Serif", st, str(FONT / f))
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.alias_nb_pages("{nb}")
pdf.add_page()
W = pdf.w - 50

pdf.set_font("Serif", "B", 11)
pdf.multi_cell(W, 5.5, "CAUCUS DES FEMMES CONGOLAISES DU SUD-KIVU POUR LA PAIX", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 8.5)
pdf.multi_cell(W, 4.2, "Avenue Lumumba, commune d'Ibanda — Bukavu, Sud-Kivu, République démocratique du Congo", new_x="LMARGIN", new_y="NEXT")
pdf.line(25, pdf.get_y() + 2, pdf.w - 25, pdf.get_y() + 2)
pdf.ln(8)

pdf.set_font("Serif", "", 10.5)
pdf.cell(W, 5, "Bukavu, le 24 novembre 2023", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
for line in ["À l'attention de l'équipe chargée de la Stratégie genre",
             "Groupe de la Banque mondiale",
             "1818 H Street NW",
             "Washington, DC 20433, États-Unis d'Amérique",
             "(par courrier électronique)"]:
    pdf.cell(W, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Serif", "B", 10.5)
pdf.multi_cell(W, 5.2, "Objet : Contribution des organisations de femmes du Sud-Kivu au projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("Serif", "", 10.5)


def par(text, after=2.5):
    pdf.multi_cell(W, 5.2, text, new_x="LMARGIN", new_y="NEXT", align="J")
    pdf.ln(after)


def item(num, title, text):
    pdf.set_font("Serif", "B", 10.5)
    pdf.multi_cell(W, 5.2, f"{num}. {title}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10.5)
    par(text)


par("Madame, Monsieur,")
par("Nous, organisations de femmes du Sud-Kivu soussignées, vous remercions de nous avoir transmis le projet de "
    "Stratégie genre 2024-2030 du Groupe de la Banque mondiale. Nous l'avons examiné lors d'une réunion tenue à "
    "Bukavu le 17 novembre 2023 avec des membres de nos organisations venus de Bukavu, d'Uvira, de Walungu et de "
    "Kabare. Nous saluons le choix de placer la fin des violences basées sur le genre au cœur du premier objectif. "
    "Nous regrettons toutefois que le projet parle très peu des pays en conflit armé, alors que l'est de la RDC vit "
    "une nouvelle crise depuis la reprise des combats avec le M23 et que le retrait progressif de la MONUSCO inquiète "
    "nos communautés. Nos observations sont les suivantes.")
item("I", "Les violences sexuelles liées au conflit",
     "Les survivantes ont besoin d'une prise en charge à la fois médicale, psychologique, juridique et "
     "socio-économique. Le Projet de prévention et de réponse aux violences basées sur le genre, financé par la "
     "Banque mondiale, a montré l'intérêt de cette approche, mais il ne couvre pas tous les territoires et ses "
     "services risquent de s'arrêter à la fin du financement. Nous demandons que la stratégie garantisse la "
     "continuité de ces services et qu'elle reconnaisse l'expérience des structures locales. Des fonds de réparation, "
     "comme le Fonds mondial pour les survivant·e·s de violences sexuelles liées aux conflits, ne peuvent remplacer "
     "des services publics qui fonctionnent.")
item("II", "La place des femmes dans la paix et la sécurité",
     "Les femmes restent presque absentes des négociations et des comités locaux de paix. Nous demandons que la "
     "Banque appuie la mise en œuvre du Plan d'action national de la Résolution 1325 et que les femmes soient "
     "associées au Programme de désarmement, démobilisation, relèvement communautaire et stabilisation (P-DDRCS) "
     "dans nos provinces.")
item("III", "L'autonomie économique des femmes",
     "Des milliers de femmes vivent du petit commerce transfrontalier entre Bukavu et Cyangugu, au Rwanda, ou "
     "travaillent dans les sites miniers artisanaux, souvent sans protection. D'autres ont perdu leurs champs à cause "
     "de l'insécurité, et les femmes déplacées installées autour de Bukavu n'ont pour la plupart aucun moyen de "
     "subsistance. Les coopératives d'agricultrices de Walungu et de Kabare, elles, manquent de semences et d'outils. Nous demandons des mesures concrètes pour leur accès au crédit et à la terre, et pour la "
     "sécurité des femmes commerçantes aux postes frontaliers.")
item("IV", "Le financement des organisations locales de femmes",
     "Les financements pour l'égalité de genre passent par des intermédiaires internationaux et arrivent rarement aux "
     "organisations de base. Nous demandons qu'une part des ressources de la stratégie soit réservée aux organisations "
     "locales de femmes, avec des procédures adaptées à leur taille.")
item("V", "Le suivi et la redevabilité",
     "Nous souhaitons être associées au suivi de la stratégie en RDC, aux côtés du ministère en charge du genre, et "
     "recevoir un retour sur la manière dont nos observations auront été prises en compte.")
par("Nous restons à votre disposition pour tout échange complémentaire et vous prions d'agréer, Madame, Monsieur, "
    "l'expression de notre haute considération.", after=6)

pdf.set_font("Serif", "B", 10.5)
pdf.cell(W, 6, "Les organisations signataires :", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("Serif", "", 9.5)
rows = [("Organisation", "Nom et fonction", "Signature"),
        ("Caucus des Femmes Congolaises du Sud-Kivu pour la Paix", "Me Annie Kavira Zihalirwa\nCoordonnatrice", "(signé)"),
        ("Fondation Panzi", "Mme Espérance Bahati Mulume\nCoordinatrice des programmes", "(signé)"),
        ("Sauti ya Mama Mukongomani", "Mme Nsimire Furaha Cishugi\nPrésidente", "(signé)"),
        ("Association des Femmes des Médias du Sud-Kivu (AFEM-SK)", "Mme Jeanine Mapendo Birindwa\nSecrétaire exécutive", "(signé)")]
with pdf.table(col_widths=(70, 62, 28), line_height=5, text_align="LEFT", first_row_as_headings=True) as t:
    for r in rows:
        row = t.row()
        for c in r:
            row.cell(c)
pdf.ln(4)
pdf.set_font("Serif", "I", 8.5)
pdf.multi_cell(W, 4.2, "Contact : caucus.femmes.sudkivu@example.org — Copie : Bureau de la Banque mondiale à Kinshasa",
               new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT, pdf.page_no(), "pages")
