#!/usr/bin/env python3
"""Make docs/i-dakar-mission-fr.pdf: a French mission report (compte rendu de mission) in TWO text columns.

    .venv-make/bin/python make/make_dakar_pdf.py [OUT.pdf]

Layout: a full-width title block on page 1, then the body flows down the left column, then the
right column, then onto page 2. Each meeting is headed only by the venue where it took place.
Running header and "Page N / M" footer on every page. The participant list of the second meeting
starts at the foot of the right column of page 1 and continues at the top of page 2 (an item
never splits). Lines are broken here, not by fpdf2, so the layout is fixed; the creation date is
fixed, so rebuilding gives the same bytes. People are fictional; organisations are real.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "i-dakar-mission-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")
LEFT, RIGHT, TOP, BOTTOM = 18, 18, 22, 20
GAP = 8
SIZE, LEAD = 10, 4.85


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(LEFT, 10)
        self.cell(90, 4, "Groupe de la Banque mondiale · Bureau de Dakar")
        self.set_xy(self.w - RIGHT - 90, 10)
        self.cell(90, 4, "Compte rendu de mission · Stratégie genre", align="R")
        self.set_draw_color(30, 80, 140)
        self.set_line_width(0.4)
        self.line(LEFT, 15.5, self.w - RIGHT, 15.5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(LEFT, self.h - 12)
        self.cell(self.w - LEFT - RIGHT, 4, f"Page {self.page_no()} / {{nb}}", align="C")


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.alias_nb_pages()
pdf.set_creation_date(datetime.datetime(2023, 9, 22, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Compte rendu de mission - Consultations Stratégie genre - Sénégal")
pdf.set_author("Bureau de Dakar")
for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
    pdf.add_font("DejaVu", style, str(FONT / f))

COLW = (pdf.w - LEFT - RIGHT - GAP) / 2
state = {"col": 0, "top": TOP, "log": []}


def colx():
    return LEFT + state["col"] * (COLW + GAP)


def next_col():
    if state["col"] == 0:
        state["col"] = 1
        pdf.set_y(state["top"])
    else:
        pdf.add_page()
        state["col"] = 0
        state["top"] = TOP
        pdf.set_y(TOP)


def width(text, style, size):
    pdf.set_font("DejaVu", style, size)
    return pdf.get_string_width(text)


NBSP = "\u00a0"


def french(text):
    """French typography: a no-break space before ; and : and inside guillemets, as a word processor sets it."""
    return text.replace(" ;", NBSP + ";").replace(" :", NBSP + ":").replace("« ", "«" + NBSP).replace(" »", NBSP + "»")


def wrap(runs, avail, size):
    runs = [(french(t), st) for t, st in runs]
    words = []
    for text, style in runs:
        for i, w in enumerate(text.split(" ")):
            if w == "":
                continue
            words.append([w, style])
    lines, line, used = [], [], 0.0
    for w, st in words:
        need = width(w, st, size)
        sp = width(" ", st, size) if line else 0.0
        if line and used + sp + need > avail:
            lines.append(line)
            line, used, sp = [], 0.0, 0.0
        line.append((w, st))
        used += sp + need
    if line:
        lines.append(line)
    out = []
    for ln in lines:
        merged = []
        for i, (w, st) in enumerate(ln):
            t = w + (" " if i < len(ln) - 1 else "")
            if merged and merged[-1][1] == st:
                merged[-1] = (merged[-1][0] + t, st)
            else:
                merged.append((t, st))
        out.append(merged)
    return out


def limit():
    return pdf.h - BOTTOM


def block(runs, size=SIZE, lead=LEAD, indent=0.0, bullet=None, after=1.8, keep=2, split=True, tag=None):
    if isinstance(runs, str):
        runs = [(runs, "")]
    lines = wrap(runs, COLW - indent, size)
    need = lead * (len(lines) if not split else min(keep, len(lines)))
    if pdf.get_y() + need > limit():
        next_col()
    if tag:
        state["log"].append((tag, pdf.page_no(), state["col"], round(pdf.get_y(), 1)))
    for i, line in enumerate(lines):
        if pdf.get_y() + lead > limit():
            next_col()
        y = pdf.get_y()
        if bullet and i == 0:
            pdf.set_font("DejaVu", "", size)
            pdf.set_xy(colx() + indent - 4, y)
            pdf.cell(4, lead, bullet)
        pdf.set_xy(colx() + indent, y)
        for text, style in line:
            pdf.set_font("DejaVu", style, size)
            pdf.cell(h=lead, text=text)
        pdf.set_y(y + lead)
    pdf.set_y(pdf.get_y() + after)


def heading(text):
    if pdf.get_y() + 6 + 3 * LEAD > limit():
        next_col()
    pdf.set_y(pdf.get_y() + 1.2)
    block([(text, "B")], size=10, lead=5, after=1.6, split=False)


def item(runs, tag=None):
    block(runs, indent=4.5, bullet="•", after=0.8, split=False, tag=tag)


def numbered(n, runs):
    block(runs, indent=5, bullet=f"{n}.", after=1.2, keep=2)


# ---------------------------------------------------------------- page 1: full-width title block
pdf.add_page()
pdf.set_xy(LEFT, TOP)
pdf.set_font("DejaVu", "", 8)
pdf.cell(0, 4, "GROUPE DE LA BANQUE MONDIALE — STRATÉGIE GENRE 2024-2030")
pdf.set_xy(LEFT, TOP + 6)
pdf.set_font("DejaVu", "B", 15)
pdf.cell(0, 7, "Compte rendu de mission — Sénégal")
pdf.set_xy(LEFT, TOP + 14)
pdf.set_font("DejaVu", "", 10)
pdf.cell(0, 5, "Consultations sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale")
pdf.set_xy(LEFT, TOP + 20)
pdf.set_font("DejaVu", "I", 9.5)
pdf.cell(0, 5, "Dakar, 13-15 septembre 2023 · Autorités, société civile et secteur privé")
pdf.set_draw_color(160, 160, 160)
pdf.set_line_width(0.2)
pdf.line(LEFT, TOP + 28, pdf.w - RIGHT, TOP + 28)
state["top"] = TOP + 32
pdf.set_y(state["top"])

# ---------------------------------------------------------------- body in two columns
heading("Objet de la mission")
block("Du 13 au 15 septembre 2023, une équipe du Groupe de la Banque mondiale, appuyée par le bureau de Dakar, "
      "a consulté des interlocuteurs sénégalais sur le projet de Stratégie genre 2024-2030 du Groupe. Il "
      "s'agissait de recueillir leurs réactions aux trois objectifs proposés, de repérer les lacunes du projet et "
      "d'identifier des pistes de collaboration. Trois rencontres ont eu lieu ; elles sont résumées ci-après, "
      "chacune sous le nom du lieu où elle s'est tenue.")
block("Chaque rencontre s'est ouverte par une courte présentation du projet de stratégie, suivie d'un échange "
      "libre d'environ deux heures. Les échanges se sont déroulés en français, avec des interventions en wolof "
      "traduites par un membre du bureau. Les participants ont reçu le projet de stratégie et un questionnaire "
      "une semaine avant les rencontres ; plusieurs ont promis des contributions écrites.")

heading("Ce que nous retenons")
numbered(1, "Les interlocuteurs ont accueilli favorablement les trois objectifs du projet et souhaitent qu'il "
            "s'articule avec la Stratégie Nationale pour l'Équité et l'Égalité de Genre (SNEEG) 2016-2026.")
numbered(2, "Les violences basées sur le genre restent largement sous-déclarées : le ministère a cité une enquête "
            "de l'Agence Nationale de la Statistique et de la Démographie (ANSD) selon laquelle la plupart des "
            "victimes ne portent jamais plainte.")
numbered(3, "L'accès au foncier et au crédit demeure le premier frein à la croissance des entreprises tenues par "
            "des femmes, en ville comme en milieu rural, notamment pour les transformatrices de produits halieutiques "
            "de la Petite-Côte.")
numbered(4, "Le Projet Autonomisation des Femmes et Dividende Démographique au Sahel (SWEDD), financé par la "
            "Banque, a été cité à plusieurs reprises comme un modèle pour le maintien des filles à l'école.")

heading("Sphère ministérielle Ousmane Tanor Dieng, Diamniadio")
block("L'équipe a été reçue par Mme Awa Ndiaye Sarr, Directrice de l'Équité et de l'Égalité de Genre au Ministère "
      "de la Femme, de la Famille et de la Protection des Enfants, entourée de M. Ibrahima Faye Diop, conseiller "
      "technique, et de deux agents de sa direction.")
block("Mme Sarr a exprimé le plein soutien du ministère au projet de stratégie, qu'elle juge « en phase avec les "
      "priorités nationales ». Les échanges ont porté sur la lutte contre les violences basées sur le genre, le "
      "maintien des filles à l'école, l'autonomisation économique des femmes rurales et la budgétisation sensible "
      "au genre.")
block("Le ministère souhaite que la Banque l'aide à généraliser les cellules genre dans les ministères sectoriels "
      "et à mieux coordonner les services qui accueillent les victimes, aujourd'hui dispersés entre la santé, la "
      "justice et l'action sociale.")
block("La Direction a également souligné que les indicateurs nationaux sur le travail domestique non rémunéré "
      "datent de plusieurs années, et proposé que la Banque appuie une nouvelle enquête emploi du temps avec "
      "l'ANSD.")

heading("Novotel Dakar, salle Gorée")
block("Présentes :", after=1.0, split=False)
item("Association des Juristes Sénégalaises (AJS), représentée par Mme Fatou Bintou Cissé, chargée de programmes",
     tag="AJS")
item("Conseil Sénégalais des Femmes (COSEF)", tag="COSEF")
item("Réseau Siggil Jigéen, représenté par Mme Khady Seck Mbaye, coordinatrice", tag="RSJ")
item("Fédération des Associations Féminines du Sénégal (FAFS)", tag="FAFS")
item("Tostan", tag="Tostan")
item("Association Sénégalaise pour le Bien-Être Familial (ASBEF)", tag="ASBEF")
item("Plateforme des Femmes pour la Paix en Casamance (PFPC)", tag="PFPC")
pdf.set_y(pdf.get_y() + 1.0)
block("Les organisations ont salué la place donnée aux violences basées sur le genre, mais regretté que le projet "
      "parle peu des droits des femmes et presque pas des organisations qui les défendent. L'AJS a décrit ses "
      "boutiques de droit, où des juristes reçoivent gratuitement les victimes de violences, et demandé que leur "
      "financement ne dépende plus de projets de deux ans.")
block("L'ASBEF a rappelé que la santé sexuelle et reproductive des adolescentes reste un sujet sensible, et Tostan "
      "a insisté sur le temps long nécessaire pour faire évoluer les normes sociales autour de l'excision et du "
      "mariage des enfants.")
block("Pour la PFPC, les femmes de Casamance, touchées par des décennies de conflit, doivent être reconnues comme "
      "actrices de la paix. Le COSEF a enfin rappelé que la loi sur la parité de 2010 a fortement accru la part des "
      "femmes à l'Assemblée nationale, sans effet comparable sur les postes de maire.")

heading("Chambre de Commerce, d'Industrie et d'Agriculture de Dakar")
block([("Présents : ", "B"), ("Chambre de Commerce, d'Industrie et d'Agriculture de Dakar (CCIAD), dont M. Mamadou "
       "Lamine Ndour, secrétaire général ; Délégation générale à l'Entrepreneuriat Rapide des Femmes et des Jeunes "
       "(DER/FJ) ; Fédération Nationale des Groupements de Promotion Féminine (FNGPF) ; Union Nationale des "
       "Commerçants et Industriels du Sénégal (UNACOIS) ; Sonatel.", "")])
block("Les participants ont approuvé le projet de stratégie et se sont dits prêts à contribuer à sa mise en œuvre. "
      "Les échanges ont porté sur l'accès au crédit, la formalisation des entreprises, l'usage du mobile money et "
      "les garderies sur les marchés.")
block("La DER/FJ a présenté ses financements aux groupements féminins et indiqué que les taux de remboursement des "
      "femmes dépassent ceux des hommes. La Sonatel a proposé de partager des données anonymisées sur l'usage "
      "d'Orange Money par les commerçantes.")

heading("Suites à donner")
item("Transmettre aux interlocuteurs la version révisée du projet dès sa publication.")
item("La rencontre prévue le 15 septembre avec le Réseau des Femmes Parlementaires de l'Assemblée nationale a été "
     "reportée à la demande de celles-ci ; elle se tiendra en visioconférence en octobre.")
item("Le bureau de Dakar désignera un point focal pour le suivi avec la société civile.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
for tag, page, col, y in state["log"]:
    print(f"  {tag}: page {page}, column {col + 1}, y {y}")
