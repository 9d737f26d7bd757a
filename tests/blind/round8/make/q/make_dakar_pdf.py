#!/usr/bin/env python3
"""Make docs/q-dakar-carnet-fr.pdf: a mission summary (French, Senegal) as a field-visit diary in TWO text columns.

Layout: a full-width title block, then two columns; each day is a bold heading ("Jour 2 — mardi 14 novembre")
and each meeting a bullet that begins with a time and the institution ("10h00 — ..."), the people and the
discussion following inside the bullet as prose; one meeting was cancelled (kept in the diary, marked ANNULÉE);
a donor coordination group's members are a dash list that runs from the foot of the first column into the second;
a numbered "Principaux enseignements" list closes the record. Running header and page footer on every page.
People are fictional; organisations are real. Reproducible (fixed creation date).

    .venv-make/bin/python make/make_dakar_pdf.py
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_flow import Flow, new_pdf  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "q-dakar-carnet-fr.pdf"
LEFT, RIGHT, GUTTER = 16, 16, 7


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(LEFT, 9)
        self.cell(self.w - LEFT - RIGHT, 4, "Groupe de la Banque mondiale · Stratégie genre 2024-2030 · Carnet de mission Sénégal",
                  align="R")
        self.set_draw_color(120, 120, 120)
        self.line(LEFT, 14, self.w - RIGHT, 14)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(LEFT, self.h - 11)
        self.cell(self.w - LEFT - RIGHT, 4, f"{self.page_no()}", align="C")


pdf = new_pdf("Carnet de mission - Sénégal - Stratégie genre 2024-2030", "r8-q blind eval",
              datetime.datetime(2023, 11, 20, 10, 0, 0, tzinfo=datetime.timezone.utc), cls=Doc)
pdf.add_page()
full = pdf.w - LEFT - RIGHT
colw = (full - GUTTER) / 2
# the title block spans the page, then the text flows in two columns
title = Flow(pdf, [(LEFT, full)], top=20, bottom=pdf.h - 18)
title.block([("CARNET DE MISSION", "B")], size=15, lead=7, after=1)
title.block([("Consultations sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale", "B")], size=11, lead=5.5,
            after=1.5)
title.block("Sénégal — Dakar, du 13 au 15 novembre 2023", size=10, lead=5, after=0.5)
title.block([("Public rencontré : ", "B"), ("multi-acteurs (gouvernement, partenaires techniques et financiers, société "
             "civile, université)", "")], size=9.5, lead=4.8, after=2)
pdf.set_draw_color(0, 0, 0)
pdf.line(LEFT, title.y, pdf.w - RIGHT, title.y)

f = Flow(pdf, [(LEFT, colw), (LEFT + colw + GUTTER, colw)], top=20, bottom=pdf.h - 18)
f.first_top = f.y = title.y + 4


def day(text):
    f.skip(1.5)
    f.block([(text, "B")], size=10.5, lead=5.2, after=1.5, keep=3)


def meeting(head, runs):
    f.block([(head, "B")] + runs, indent=4, marker="•", after=1.6)


def para(runs, **kw):
    f.block(runs, indent=kw.pop("indent", 4), after=kw.pop("after", 1.6), **kw)


def R(s):
    # French typography: a no-break space before ";" and ":" so that they never start a line
    return (s.replace(" ;", "\u00a0;").replace(" :", "\u00a0:"), "")


f.block([("Objet. ", "B"), R("Recueillir l'avis des acteurs sénégalais sur le projet de Stratégie genre 2024-2030 du "
         "Groupe de la Banque mondiale. Carnet tenu au jour le jour par l'équipe du bureau de Dakar.")], after=2)

day("Jour 1 — lundi 13 novembre")
meeting("09h30 — Ministère de la Femme, de la Famille et de la Protection des Enfants (MFFPE). ", [R(
    "Reçus à la Direction de l'Équité et de l'Égalité de Genre par Mme Aminata Diouf Faye, Directrice de l'Équité et "
    "de l'Égalité de Genre, et M. Ousmane Kane Sylla, Conseiller technique du Ministre. La Directrice a salué le projet "
    "de stratégie et en a approuvé les trois objectifs, qu'elle juge cohérents avec la Stratégie nationale pour "
    "l'équité et l'égalité de genre (SNEEG 2016-2026) du Gouvernement du Sénégal.")])
para([R("Les échanges ont porté sur la lutte contre les violences basées sur le genre, l'autonomisation économique des "
        "femmes, la budgétisation sensible au genre et la production de statistiques sexospécifiques. La Directrice a "
        "cité les résultats de l'Enquête démographique et de santé de l'ANSD et souhaité que la Banque aide les "
        "ministères sectoriels à suivre leurs dépenses en faveur de l'égalité.")])
meeting("15h00 — Caucus des femmes parlementaires de l'Assemblée nationale — ANNULÉE. ", [R(
    "La rencontre a été annulée le matin même en raison d'une séance plénière consacrée au vote de la loi de finances. "
    "Le Caucus a proposé une visioconférence en décembre.")])

day("Jour 2 — mardi 14 novembre")
meeting("10h00 — Groupe thématique Genre des partenaires techniques et financiers (PTF), ", [R(
    "réunion tenue dans les locaux d'ONU Femmes. Membres présents :")])
for m in ["Ambassade du Canada au Sénégal", "Agence française de développement (AFD)",
          "Agence espagnole de coopération internationale pour le développement (AECID)", "ONU Femmes",
          "Fonds des Nations Unies pour la population (UNFPA)", "Fonds des Nations Unies pour l'enfance (UNICEF)",
          "Banque africaine de développement (BAD)", "Délégation de l'Union européenne au Sénégal",
          "Agence luxembourgeoise pour la Coopération au Développement (LuxDev)"]:
    f.block(m, indent=8, marker="–", marker_indent=4.5, after=0.6)
f.skip(1)
para([R("Le groupe a approuvé l'orientation générale de la stratégie mais a émis des réserves sur sa mise en œuvre. "
        "Les partenaires ont d'abord insisté sur la nécessité de mieux coordonner leurs appuis au ministère, "
        "aujourd'hui dispersés entre une douzaine de projets. L'UNFPA et l'UNICEF ont rappelé l'ampleur du mariage des "
        "enfants dans les régions de Kolda, Tambacounda et Kédougou. Plusieurs membres se sont inquiétés du faible "
        "volume de financements qui parvient directement aux organisations de femmes. Un rapport de l'OCDE sur "
        "l'indice SIGI a été évoqué pour souligner le poids des normes sociales discriminatoires.")])
meeting("16h30 — Société civile, au siège du Réseau Siggil Jigéen (Sicap Liberté). ", [R(
    "Autour de la table : Mme Khady Mbaye Ndour, Coordonnatrice du Réseau Siggil Jigéen (RSJ) ; Me Ndèye Coumba "
    "Thiam, Avocate, Association des Juristes Sénégalaises (AJS) ; des représentantes du Conseil Sénégalais des Femmes "
    "(COSEF) et de la Fédération des Associations Féminines du Sénégal (FAFS).")])
para([R("Les organisations ont exprimé de vives préoccupations : à leurs yeux, le projet de stratégie parle peu des "
        "droits et reste muet sur l'application des lois déjà votées, dont la loi de 2010 instituant la parité absolue "
        "homme-femme et la loi de 2020 criminalisant le viol. Quatre sujets ont dominé : l'application de la loi sur la "
        "parité, l'accès des survivantes de viol à la justice, la santé de la reproduction des adolescentes et le "
        "financement direct des organisations de femmes. L'AJS a proposé de partager les données de ses boutiques de "
        "droit.")])

day("Jour 3 — mercredi 15 novembre")
meeting("09h00 — Université Cheikh Anta Diop de Dakar (UCAD), ", [R(
    "Laboratoire Genre et Recherche Scientifique de l'IFAN. Présents : Pr Mame Diarra Sène Ba, Directrice du "
    "Laboratoire ; Dr Ibrahima Faye Ndiaye, Enseignant-chercheur en démographie ; deux doctorantes.")])
para([R("Les chercheurs ont accueilli favorablement la stratégie et proposé d'y contribuer par des travaux conjoints. "
        "Ils ont regretté que les enquêtes nationales ne mesurent presque jamais le temps consacré au travail "
        "domestique et de soins non rémunéré. Le Dr Ndiaye a présenté ses travaux sur le mariage précoce et "
        "l'abandon scolaire des filles en Casamance. La Pr Sène Ba a insisté sur les femmes rurales, qui cultivent "
        "des terres dont elles ne détiennent presque jamais les titres. L'étude Women, Business and the Law a été "
        "citée à plusieurs reprises.")])

f.skip(2)
f.block([("Principaux enseignements", "B")], size=10.5, lead=5.2, after=1.5, keep=3)
for i, text in enumerate([
        "Un large soutien aux trois objectifs, assorti d'attentes fortes sur l'application des lois existantes.",
        "La coordination des PTF autour du ministère reste à renforcer.",
        "Les données sexospécifiques sont la première lacune citée ; l'ANSD devrait être associée au cadre de résultats.",
        "Le Caucus des femmes parlementaires sera consulté à distance en décembre."], start=1):
    f.block(text, indent=5, marker=f"{i}.", marker_indent=0, after=1)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
