#!/usr/bin/env python3
"""Make docs/k-lome-readout-fr.pdf: a French event readout laid out as a two-column office newsletter.

Layout: a full-width masthead ("ÉCHOS DU BUREAU", issue line, headline, standfirst) on page 1, then the body
in two justified text columns flowing over two pages (fpdf2 text_columns): "En bref", "Ouverture",
"Ce qui s'est dit" (speakers given inline as "Mme X (Organisation)"), a boxed-off "À retenir" list, and
"Qui était dans la salle", a bulleted list of organisations that crosses a column break. Running footer on
every page. Fictional people, real organisations. Reproducible: fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "k-lome-readout-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def footer(self):
        self.set_font("Serif", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(self.l_margin, self.h - 12)
        self.cell(self.w - self.l_margin - self.r_margin, 4,
                  f"Échos du bureau · Groupe de la Banque mondiale, Togo · Numéro spécial, décembre 2023 · {self.page_no()}",
                  align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_margins(16, 16, 16)
pdf.set_auto_page_break(True, margin=18)
pdf.set_creation_date(datetime.datetime(2023, 12, 4, 8, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Échos du bureau - Consultation société civile, Lomé")
pdf.set_author("r5-k blind test material")
pdf.add_font("Serif", "", str(FONT / "DejaVuSerif.ttf"))
pdf.add_font("Serif", "B", str(FONT / "DejaVuSerif-Bold.ttf"))
pdf.add_font("Serif", "I", str(FONT / "DejaVuSerif-Italic.ttf"))
pdf.add_font("Sans", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("Sans", "B", str(FONT / "DejaVuSans-Bold.ttf"))

pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin
# masthead
pdf.set_fill_color(20, 70, 120)
pdf.rect(pdf.l_margin, 14, W, 15, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 20)
pdf.set_xy(pdf.l_margin + 3, 16)
pdf.cell(W / 2, 11, "ÉCHOS DU BUREAU")
pdf.set_font("Sans", "", 8.5)
pdf.set_xy(pdf.l_margin + W / 2, 16.5)
pdf.multi_cell(W / 2 - 3, 4.5, "Lettre d'information du bureau pays\nGroupe de la Banque mondiale — Togo\nNuméro spécial · Décembre 2023",
               align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_y(34)
pdf.set_font("Sans", "B", 8)
pdf.set_text_color(20, 70, 120)
pdf.cell(W, 5, "COMPTE RENDU · CONSULTATION SUR LA STRATÉGIE GENRE 2024-2030")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
pdf.set_font("Serif", "B", 17)
pdf.multi_cell(W, 8, "Stratégie genre : la société civile togolaise donne de la voix")
pdf.ln(1)
pdf.set_font("Serif", "I", 10)
pdf.multi_cell(W, 5.2, "Atelier de consultation du 28 novembre 2023, hôtel Sarakawa, Lomé. Une cinquantaine de "
               "participantes et participants ont commenté le projet de Stratégie genre 2024-2030 du Groupe de la "
               "Banque mondiale.")
pdf.ln(2)
pdf.set_draw_color(20, 70, 120)
pdf.set_line_width(0.6)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
pdf.ln(4)

BODY = 9.6
LH = 1.32


def head(cols, text):
    with cols.paragraph(text_align="L", top_margin=2.5, bottom_margin=1.2) as p:
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(20, 70, 120)
        p.write(text)
    pdf.set_text_color(0, 0, 0)


def para(cols, runs, after=1.6):
    with cols.paragraph(bottom_margin=after) as p:
        for text, style in runs:
            pdf.set_font("Serif", style, BODY)
            p.write(text)


def bullet(cols, text, style=""):
    with cols.paragraph(indent=4, bullet_string="•", bottom_margin=0.8, text_align="L") as p:
        pdf.set_font("Serif", style, BODY)
        p.write(text)


with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=LH) as cols:
    head(cols, "En bref")
    para(cols, [("Le 28 novembre 2023, une cinquantaine de représentantes et représentants d'organisations de la "
                 "société civile, d'universitaires et de partenaires se sont réunis à Lomé pour commenter le projet de "
                 "Stratégie genre 2024-2030 du Groupe de la Banque mondiale. Quatre sujets ont dominé : la situation "
                 "des femmes déplacées dans la région des Savanes, les violences sexuelles, les mariages précoces et la "
                 "place des femmes dans les comités locaux de paix. Dans l'ensemble, l'assistance a approuvé les trois "
                 "objectifs de la Stratégie, tout en demandant qu'elle tienne davantage compte de l'insécurité qui "
                 "touche le nord du pays.", "")])
    head(cols, "Ouverture")
    para(cols, [("M. Tchaa Bawa, directeur de la Promotion de la femme au Ministère de l'Action sociale, de la "
                 "Promotion de la femme et de l'Alphabétisation, a ouvert les travaux. Il a rappelé que le Togo s'est "
                 "doté de plusieurs textes en faveur de l'égalité et a invité les participantes à « dire sans détour » "
                 "ce qui manque au projet. L'équipe du bureau pays a ensuite présenté les trois objectifs de la "
                 "Stratégie et le calendrier de sa finalisation.", "")])
    head(cols, "Ce qui s'est dit")
    para(cols, [("Pour Mme Afi Dzifa Agbobli (WiLDAF-Togo), la Stratégie arrive « au bon moment » : depuis 2022, les "
                 "attaques armées dans la région des Savanes ont poussé des milliers de familles à fuir, et ce sont les "
                 "femmes qui portent la charge des ménages déplacés. Elle a demandé que les projets du Groupe, "
                 "notamment le Projet de cohésion sociale des régions du nord du golfe de Guinée (COSO), prévoient des "
                 "espaces sûrs pour les femmes et les filles.", "")])
    para(cols, [("Mme Essowè Tchalim (GF2D) a insisté sur les violences sexuelles, rarement dénoncées faute de "
                 "services de prise en charge hors de Lomé. Un rapport de l'UNICEF sur le mariage des enfants au Togo "
                 "a été cité à l'appui de son propos.", "")])
    para(cols, [("M. Komlan Edem Adjovi (Université de Lomé) a présenté des travaux montrant que les mariages "
                 "précoces augmentent dans les zones touchées par l'insécurité, les familles cherchant à « protéger » "
                 "leurs filles en les mariant tôt.", "")])
    para(cols, [("Mme Yawa Amegah (ONU Femmes) a plaidé pour une place réservée aux femmes dans les comités locaux de "
                 "paix et de prévention de l'extrémisme violent, où elles restent très minoritaires.", "")])
    para(cols, [("Plusieurs intervenantes ont salué le programme de transferts monétaires Novissi, tout en relevant "
                 "que de nombreuses femmes n'ont pas de téléphone à leur nom et restent de ce fait exclues des "
                 "paiements. Enfin, M. Kodjo Sénamé Afanvi (WANEP-Togo) a souhaité que les organisations de la "
                 "société civile soient associées au suivi de la Stratégie dans le pays, et pas seulement à sa "
                 "préparation.", "")])
    head(cols, "À retenir")
    bullet(cols, "Les participantes et participants soutiennent les trois objectifs de la Stratégie.")
    bullet(cols, "L'insécurité dans la région des Savanes doit être prise en compte dans toutes les opérations "
                 "menées dans le nord.")
    bullet(cols, "La société civile demande un mécanisme de suivi auquel elle serait associée.")
    head(cols, "Qui était dans la salle")
    para(cols, [("Outre l'équipe du bureau pays, les organisations suivantes étaient représentées :", "")], after=1)
    for org in [
        "Ministère de l'Action sociale, de la Promotion de la femme et de l'Alphabétisation",
        "Women in Law and Development in Africa – Togo (WiLDAF-Togo)",
        "Groupe de réflexion et d'action Femme, Démocratie et Développement (GF2D)",
        "Ligue togolaise des droits de l'homme (LTDH)",
        "Réseau Ouest-Africain pour l'Édification de la Paix – Togo (WANEP-Togo)",
        "Croix-Rouge togolaise",
        "Plan International Togo",
        "Université de Lomé",
        "ONU Femmes",
    ]:
        bullet(cols, org)
    para(cols, [("ainsi que des associations de femmes des régions des Savanes et de la Kara.", "")])
    head(cols, "Et après ?")
    para(cols, [("Les observations recueillies seront transmises à l'équipe chargée de finaliser la Stratégie. Le "
                 "bureau pays prévoit de réunir à nouveau les participants lorsque la version définitive sera "
                 "publiée.", "I")])

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
