#!/usr/bin/env python3
"""Make docs/s-dakar-fr.pdf: a French mission summary as a chronological diary, in TWO text columns.

Layout: a full-width title block, then two columns: day headings ("LUNDI 13 NOVEMBRE"),
entries led by a time ("09:30 —") with the people met in square brackets, a postponed
meeting, and a closing "Suites à donner" list. Text flows from column to column and page
to page (fpdf2 text_columns), so a bracketed participant list runs across a column break.
Reproducible: fixed creation date.

    OUT/.venv-make/bin/python make/make_dakar_pdf.py
"""
import datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parents[1] / "docs" / "s-dakar-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, "Stratégie genre 2024-2030 du Groupe de la Banque mondiale — Consultations au Sénégal", align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_font("Serif", "", 8)
        self.set_xy(self.l_margin, self.h - 12)
        self.cell(0, 4, f"Page {self.page_no()}", align="R")


pdf = Doc(format="A4")
pdf.set_margins(18, 18, 18)
pdf.set_auto_page_break(True, margin=18)
pdf.set_creation_date(datetime.datetime(2023, 11, 20, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Journal de mission - Sénégal")
pdf.set_author("Bureau du Groupe de la Banque mondiale à Dakar")
pdf.add_font("Serif", "", str(FONT / "DejaVuSerif.ttf"))
pdf.add_font("Serif", "B", str(FONT / "DejaVuSerif-Bold.ttf"))
pdf.add_font("Serif", "I", str(FONT / "DejaVuSerif-Italic.ttf"))
pdf.add_font("Sans", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("Sans", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_page()

# full-width title block
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "GROUPE DE LA BANQUE MONDIALE", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "B", 15)
pdf.multi_cell(0, 7.5, "Consultations sur la Stratégie genre 2024-2030\nJournal de mission — Sénégal", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("Sans", "", 10)
pdf.multi_cell(0, 5, "Dakar, du 13 au 15 novembre 2023\nInterlocuteurs : parties prenantes multiples (gouvernement, société civile, "
                     "partenaires techniques et financiers, secteur privé)", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_draw_color(60, 60, 60)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
pdf.ln(4)

BODY = 9.5


def para(cols, pieces, top=0, bottom=1.8, align="J"):
    """pieces: list of (style, text)."""
    with cols.paragraph(text_align=align, top_margin=top, bottom_margin=bottom) as p:
        for style, text in pieces:
            pdf.set_font("Serif", style, BODY)
            p.write(text)


def day(cols, text):
    with cols.paragraph(text_align="L", top_margin=2.5, bottom_margin=1.5) as p:
        pdf.set_font("Sans", "B", 9.5)
        p.write(text)


def bullet(cols, text):
    with cols.paragraph(text_align="L", indent=4, bullet_string="–", bottom_margin=1) as p:
        pdf.set_font("Serif", "", BODY)
        p.write(text)


with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.25) as cols:
    para(cols, [("B", "Objet. "),
                ("", "Du lundi 13 au mercredi 15 novembre 2023, une équipe du Groupe de la Banque mondiale a consulté à "
                     "Dakar des représentants du Gouvernement du Sénégal, des organisations de la société civile, des "
                     "partenaires techniques et financiers et du secteur privé sur le projet de Stratégie genre 2024-2030. "
                     "Le présent journal suit l'ordre chronologique des rencontres ; les personnes rencontrées sont "
                     "indiquées entre crochets. Il ne constitue pas un compte rendu intégral.")])

    day(cols, "LUNDI 13 NOVEMBRE")
    para(cols, [("B", "09:30 — Ministère de la Femme, de la Famille et de la Protection des Enfants, "
                      "Direction de l'Équité et de l'Égalité de Genre "),
                ("", "[Mme Aïssatou Ndiaye Sarr, Directrice de l'Équité et de l'Égalité de Genre ; M. Ousmane Diallo "
                     "Faye, Conseiller technique du Ministre]. La Directrice a exprimé le soutien sans réserve du ministère "
                     "au projet de stratégie, qu'elle juge « parfaitement aligné » sur la Stratégie Nationale pour "
                     "l'Équité et l'Égalité de Genre (SNEEG 2). Les échanges ont porté sur la lutte contre les violences "
                     "basées sur le genre, l'autonomisation économique des femmes, la production de statistiques sexuées "
                     "et la coordination intersectorielle. Le ministère a demandé que le Projet Autonomisation des Femmes "
                     "et Dividende Démographique au Sahel (SWEDD), appuyé par la Banque, soit étendu aux régions de Kolda "
                     "et de Sédhiou.")])
    para(cols, [("B", "15:00 — Ministère des Finances et du Budget. "),
                ("I", "Rencontre reportée à la demande du ministère en raison d'un conseil interministériel, puis annulée "
                      "faute de créneau disponible. Les questions prévues sur la budgétisation sensible au genre seront "
                      "transmises par écrit.")])

    day(cols, "MARDI 14 NOVEMBRE")
    para(cols, [("B", "10:00 — Organisations de la société civile, au siège du Réseau Siggil Jigéen "),
                ("", "[Mme Fatou Binetou Cissé, Secrétaire exécutive, Réseau Siggil Jigéen (RSJ) ; Mme Ndèye Coumba "
                     "Guèye, Présidente, Association des Juristes Sénégalaises (AJS) ; Mme Mariama Sow Ba, Chargée de "
                     "programmes, Conseil Sénégalais des Femmes (COSEF) ; M. Ibrahima Lo Ndour, Coordonnateur du "
                     "programme jeunes, Association Sénégalaise pour le Bien-Être Familial (ASBEF)]. Les organisations "
                     "ont accueilli favorablement le projet, tout en exprimant de fortes réserves sur sa mise en œuvre. "
                     "Le COSEF a rappelé que la loi sur la parité de 2010 a transformé l'Assemblée nationale mais que les "
                     "femmes restent rares à la tête des communes, et a demandé que la Banque soutienne la formation des "
                     "élues locales. L'AJS a insisté sur les mariages précoces, encore fréquents dans le sud et l'est du "
                     "pays, et sur l'accès des victimes à la justice. Pour l'ASBEF, la santé de la reproduction des "
                     "adolescentes est « la grande absente » du document. Toutes les organisations ont enfin déploré que "
                     "les financements destinés aux organisations de femmes transitent presque toujours par des ONG "
                     "internationales.")])
    para(cols, [("B", "15:30 — Groupe thématique Genre des partenaires techniques et financiers (PTF), réunion mensuelle "
                      "élargie, dans les locaux d'ONU Femmes "),
                ("", "[présidence : Mme Hélène Dubois-Karamoko, Représentante adjointe, ONU Femmes ; membres présents : "
                     "Fonds des Nations Unies pour la population (UNFPA) ; UNICEF ; Ambassade du Canada au Sénégal ; "
                     "Agence Française de Développement (AFD) ; Agence luxembourgeoise pour la Coopération au "
                     "Développement (LuxDev) ; Banque Africaine de Développement (BAD) ; Agence Espagnole de Coopération "
                     "Internationale pour le Développement (AECID)]. Les partenaires ont appuyé le projet de stratégie et "
                     "proposé d'en suivre la mise en œuvre au sein du groupe. Quatre sujets ont dominé : l'économie des "
                     "soins, les données ventilées par sexe, l'accès des femmes rurales au foncier et la situation des "
                     "femmes déplacées en Casamance. L'AFD et LuxDev ont proposé de cartographier leurs financements pour éviter les "
                     "doublons.")])

    day(cols, "MERCREDI 15 NOVEMBRE")
    para(cols, [("B", "09:00 — Secteur privé, à la Chambre de Commerce, d'Industrie et d'Agriculture de Dakar (CCIAD) "),
                ("", "[M. Mamadou Lamine Sy, Secrétaire général, CCIAD ; Mme Khady Diop Mbengue, Responsable RSE, Sonatel ; "
                     "représentants du Conseil National du Patronat (CNP) et de Wave Mobile Money]. Les participants ne se "
                     "sont pas prononcés sur le projet de stratégie lui-même ; ils ont surtout décrit leurs pratiques. "
                     "Wave a expliqué que la monnaie mobile a ouvert un premier compte à des centaines de milliers de "
                     "commerçantes. La Sonatel a présenté ses formations aux compétences numériques destinées aux jeunes "
                     "femmes, et la CCIAD a plaidé pour un meilleur accès des entreprises dirigées par des femmes aux "
                     "marchés publics. Le CNP a reconnu que les femmes restent très peu nombreuses dans les conseils "
                     "d'administration des grandes entreprises sénégalaises.")])

    day(cols, "SUITES À DONNER")
    bullet(cols, "Transmettre au Ministère des Finances et du Budget les questions sur la budgétisation sensible au genre.")
    bullet(cols, "Partager le présent journal avec l'équipe de la stratégie à Washington et avec les participants.")
    bullet(cols, "Examiner avec l'équipe du SWEDD la demande d'extension à Kolda et Sédhiou.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
