#!/usr/bin/env python3
"""Make docs/o-dakar-mission-fr.pdf: a French mission summary laid out in two text columns.

    python3 -m venv .venv-make && .venv-make/bin/pip install fpdf2
    .venv-make/bin/python make/make_dakar_pdf.py [OUT.pdf]

Layout: a full-width title block on page 1, then two columns that flow column 1 -> column 2 ->
next page. A running header and a page footer sit on every page. Meetings are headed only by a
bold line giving day, time and venue; the third meeting gives its participants after the
discussion; a fourth, cancelled, appointment is listed in the same way. The delegation list of
the second meeting starts at the foot of page 1, column 2, and ends at the top of page 2,
column 1 (the script prints where it fell). People are fictional; organisations are real.
Reproducible: fixed creation date, lines laid out here rather than by fpdf2.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "o-dakar-mission-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")

LEFT, RIGHT, TOP, BOTTOM = 16, 16, 22, 20
GUTTER = 8
SIZE, LEAD = 9.2, 4.5


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(LEFT, 9)
        self.cell(self.w - LEFT - RIGHT, 4, "Groupe de la Banque mondiale  |  Stratégie genre 2024-2030  |  Sénégal", align="L")
        self.set_xy(LEFT, 9)
        self.cell(self.w - LEFT - RIGHT, 4, "Compte rendu de mission", align="R")
        self.set_draw_color(120, 120, 120)
        self.line(LEFT, 14.5, self.w - RIGHT, 14.5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(LEFT, self.h - 12)
        self.cell(self.w - LEFT - RIGHT, 4, f"{self.page_no()}", align="C")


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 11, 24, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Compte rendu de mission - Dakar - Stratégie genre 2024-2030")
pdf.set_author("Bureau de la Banque mondiale à Dakar")
for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
    pdf.add_font("DejaVu", style, str(FONT / f))

COLW = (pdf.w - LEFT - RIGHT - GUTTER) / 2


def width(text, style, size):
    pdf.set_font("DejaVu", style, size)
    return pdf.get_string_width(text)


def wrap(runs, avail, size):
    """Greedy line breaking over (text, style) runs; returns lines as lists of (text, style)."""
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
        need = width(w, st, size)
        lead = width(" ", line[-1][1], size) if line and line[-1][2] else 0.0
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


class Flow:
    """Places lines in column 1, then column 2, then on the next page."""

    def __init__(self, top_first):
        self.col = 0
        self.y = top_first
        self.top = top_first
        self.log = []

    def x(self):
        return LEFT + self.col * (COLW + GUTTER)

    def bottom(self):
        return pdf.h - BOTTOM

    def next_col(self):
        if self.col == 0:
            self.col = 1
            self.y = self.top
        else:
            pdf.add_page()
            self.col, self.top = 0, TOP
            self.y = TOP

    def block(self, runs, size=SIZE, lead=LEAD, indent=0.0, bullet=None, after=1.8, keep=2, tag=None):
        if isinstance(runs, str):
            runs = [(runs, "")]
        lines = wrap(runs, COLW - indent, size)
        if self.y + lead * min(keep, len(lines)) > self.bottom():
            self.next_col()
        for i, line in enumerate(lines):
            if self.y + lead > self.bottom():
                self.next_col()
            if bullet and i == 0:
                pdf.set_font("DejaVu", "", size)
                pdf.set_xy(self.x() + indent - 3.8, self.y)
                pdf.cell(3.8, lead, bullet)
            pdf.set_xy(self.x() + indent, self.y)
            for text, style in line:
                pdf.set_font("DejaVu", style, size)
                pdf.cell(h=lead, text=text)
            if tag:
                self.log.append((tag, pdf.page_no(), self.col + 1))
            self.y += lead
        self.y += after

    def space(self, mm):
        self.y += mm


def B(s):
    return (s, "B")


def R(s):
    return (s, "")


def I(s):
    return (s, "I")


pdf.add_page()
# full-width title block
pdf.set_xy(LEFT, 20)
pdf.set_font("DejaVu", "B", 13)
pdf.multi_cell(pdf.w - LEFT - RIGHT, 6.4, "CONSULTATIONS SUR LA STRATÉGIE GENRE 2024-2030\nDU GROUPE DE LA BANQUE MONDIALE")
pdf.set_font("DejaVu", "", 10)
pdf.set_x(LEFT)
pdf.cell(pdf.w - LEFT - RIGHT, 5.5, "Compte rendu de mission  ·  Dakar (Sénégal)  ·  13-15 novembre 2023")
pdf.ln(5.5)
pdf.set_x(LEFT)
pdf.set_font("DejaVu", "I", 9.5)
pdf.cell(pdf.w - LEFT - RIGHT, 5.5, "Interlocuteurs : représentants du Gouvernement du Sénégal")
pdf.ln(7)
y0 = pdf.get_y()
pdf.set_draw_color(0, 0, 0)
pdf.line(LEFT, y0, pdf.w - RIGHT, y0)

f = Flow(y0 + 4)
H = dict(size=10, lead=5.2, after=1.5, keep=3)
M = dict(size=9.2, lead=4.6, after=1.5, keep=4)

f.block([B("Contexte")], **H)
f.block("Du 13 au 15 novembre 2023, une équipe du Groupe de la Banque mondiale s'est rendue à Dakar pour recueillir "
        "l'avis des autorités sénégalaises sur le projet de Stratégie genre 2024-2030. Organisée avec le bureau de la "
        "Banque à Dakar, la mission a rencontré trois institutions du Gouvernement du Sénégal ; une quatrième rencontre, "
        "prévue à l'Assemblée nationale, a dû être annulée. La mission s'inscrit dans une série de consultations menées "
        "dans plusieurs pays d'Afrique de l'Ouest et du Centre. Chaque rencontre a commencé par une brève présentation "
        "des trois objectifs du projet de stratégie, suivie d'un échange libre ; les interlocuteurs avaient reçu le "
        "document une semaine à l'avance. Les observations recueillies seront prises en compte dans la version finale "
        "de la stratégie.", after=3)

f.block([B("Points saillants")], **H)
for n, runs in enumerate([
    [R("Les autorités "), B("adhèrent aux trois objectifs stratégiques proposés"),
     R(" et souhaitent qu'ils soient alignés sur la Stratégie nationale pour l'Équité et l'Égalité de genre (SNEEG).")],
    [R("La mise en œuvre de la loi de 2020 criminalisant le viol et la pédophilie "),
     B("reste freinée par le manque de structures de prise en charge"), R(" des survivantes.")],
    [R("Le service de la dette "), B("réduit la marge budgétaire"),
     R(" disponible pour les politiques sociales ; le ministère de l'Économie demande que la stratégie en tienne compte.")],
    [R("L'accès des femmes au crédit et à la terre est "), B("le principal obstacle cité à leur autonomisation économique"),
     R(", notamment en milieu rural.")],
    [R("Tous les interlocuteurs ont demandé que "), B("la Banque s'appuie davantage sur les données nationales"),
     R(" produites par l'ANSD pour suivre les résultats de la stratégie.")],
], start=1):
    f.block(runs, indent=5, bullet=f"{n}.", after=1.2)
f.space(2.5)

f.block([B("Déroulé des rencontres")], **H)
f.space(1)

# meeting 1
f.block([B("Lun. 13/11 · 10 h 30 – Ministère de la Femme, de la Famille et de la Protection des Enfants, Sicap Liberté")], **M)
f.block([I("Délégation du ministère :")], after=0.8)
for p in ["Mme Awa Ndiaye Sarr, Directrice de l'Équité et de l'Égalité de genre",
          "M. Ibrahima Faye Diop, Conseiller technique du Ministre",
          "Mme Khady Sène Guèye, Cheffe du bureau de lutte contre les violences basées sur le genre",
          "Mme Coumba Thiaw Ndour, Chargée de programme à la Direction de la Famille",
          "M. Lamine Diouf Sagna, Chef de la Division des études et de la planification"]:
    f.block(p, indent=4, bullet="–", after=0.6, keep=9)
f.space(1.2)
f.block([I("Ce que nous avons entendu")], after=0.8)
f.block("Le ministère a exprimé un soutien sans réserve au projet de stratégie, qu'il juge « en phase avec nos "
        "priorités ». Mme Ndiaye Sarr a d'abord insisté sur les violences faites aux femmes : depuis l'adoption de la "
        "loi n° 2020-05 criminalisant le viol et la pédophilie, les plaintes ont augmenté, mais les centres d'accueil "
        "pour les survivantes restent trop peu nombreux hors de Dakar.")
f.block("L'équipe du ministère a ensuite évoqué le mariage des enfants, encore fréquent dans les régions de Kolda, "
        "Tambacounda et Matam, en rappelant qu'un rapport de l'UNICEF publié en 2022 place le Sénégal parmi les pays où "
        "les progrès sont les plus lents. Selon la délégation, les grossesses précoces qui accompagnent ces unions "
        "expliquent une part importante des abandons scolaires des filles au cycle moyen.")
f.block("Enfin, le ministère a plaidé pour que la Banque appuie l'autonomisation économique des femmes au travers des "
        "groupements de promotion féminine, qu'il considère comme le meilleur relais vers les femmes des quartiers "
        "populaires et des zones périurbaines.", after=3.5)

# meeting 2: its delegation list is the one that crosses the page break
f.block([B("Lun. 13/11 · 15 h 00 – Sphères ministérielles de Diamniadio, Ministère de l'Économie, du Plan et de la Coopération")], **M)
f.block([I("Délégation :")], after=0.8)
for p in ["M. Cheikh Tidiane Mbaye, Directeur général de la Planification et des Politiques économiques",
          "Mme Fatou Kiné Diallo, Point focal genre du ministère",
          "M. Pape Modou Ndiaye Seck, Conseiller économique du Secrétaire général",
          "Mme Mariama Sow Ba, Directrice des Statistiques démographiques et sociales, Agence nationale de la Statistique "
          "et de la Démographie (ANSD)"]:
    f.block(p, indent=4, bullet="–", after=0.6, keep=9, tag="m2-list")
f.space(1.2)
f.block([I("Ce que nous avons entendu")], after=0.8)
f.block("Tout en saluant l'ambition du projet, la délégation s'est montrée réservée sur sa faisabilité budgétaire. Les "
        "échanges ont porté successivement sur la budgétisation sensible au genre, la marge budgétaire réduite par le "
        "service de la dette, la production de données ventilées par sexe et l'accès des femmes au crédit.")
f.block("M. Mbaye a rappelé que le Sénégal consacre une part croissante de ses recettes au service de la dette et que "
        "le programme conclu avec le Fonds monétaire international (FMI) limite les dépenses nouvelles. Mme Sow Ba a "
        "présenté les résultats de l'Enquête démographique et de santé continue et souhaité un appui pour introduire un "
        "module sur l'emploi du temps dans les prochaines enquêtes auprès des ménages.", after=3.5)

# meeting 3: participants after the discussion
f.block([B("Mar. 14/11 · 9 h 30 – Délégation générale à l'Entrepreneuriat rapide des Femmes et des Jeunes (DER/FJ), Dakar-Plateau")], **M)
f.block("La DER/FJ et le ministère de l'Agriculture ont accueilli favorablement le projet de stratégie. La DER/FJ a "
        "présenté ses financements aux entreprises dirigées par des femmes et souligné que les taux de remboursement y "
        "sont plus élevés que la moyenne.")
f.block("Le représentant du ministère de l'Agriculture a décrit les obstacles que rencontrent les femmes rurales pour "
        "accéder à la terre dans la vallée du fleuve Sénégal et dans le bassin de l'Anambé, et demandé que la stratégie "
        "appuie la délivrance de titres fonciers aux groupements de productrices. Les deux institutions ont enfin "
        "souhaité un appui pour renforcer les compétences numériques des jeunes entrepreneures.")
f.block([I("Présents : "), R("Mme Ndèye Fatou Camara Faye, Directrice des opérations (DER/FJ) ; M. Alioune Badara Kane, "
                             "Chargé des partenariats (DER/FJ) ; M. Moussa Seck Thiam, Chef de la Cellule genre du "
                             "Ministère de l'Agriculture, de l'Équipement rural et de la Souveraineté alimentaire.")],
        after=3.5)

# cancelled appointment
f.block([B("Mer. 15/11 · 11 h 00 – Assemblée nationale (annulée)")], **M)
f.block("La rencontre prévue avec le Réseau des femmes parlementaires n'a pas pu avoir lieu, la séance plénière "
        "consacrée au budget ayant été avancée. Le Réseau a indiqué qu'il transmettrait ses observations par écrit.",
        after=3.5)

f.block([B("Suites à donner")], **H)
f.block("Le bureau de Dakar partagera avec les trois institutions rencontrées la synthèse des consultations régionales "
        "et leur proposera une séance de restitution au premier trimestre 2024. Il relancera également le Réseau des "
        "femmes parlementaires pour recueillir ses observations écrites.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
pages = sorted({(p, c) for t, p, c in f.log if t == "m2-list"})
print(f"wrote {OUT}: {pdf.page_no()} pages; meeting-2 list lines on (page, column) {pages}")
