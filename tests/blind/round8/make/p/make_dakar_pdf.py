#!/usr/bin/env python3
"""Make docs/p-dakar-mission-fr.pdf: a French mission note laid out in two text columns.

    python3 -m venv .venv-make && .venv-make/bin/pip install python-docx fpdf2
    .venv-make/bin/python make_dakar_pdf.py [OUT.pdf]

Layout: a full-width title block and a full-width "Messages clés" numbered list on page 1,
then the body in two columns, organised by stakeholder group (I. Gouvernement du Sénégal,
II. Partenaires techniques et financiers, III. Société civile); each group holds meetings
told as prose paragraphs opened by a bold lead. The member list of the donor gender group
is a bulleted list that starts at the foot of one column and continues at the top of the
next (the script checks it). Running header and footer on every page. Fixed creation date:
rebuilding gives the same bytes. People are fictional; organisations are real.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "p-dakar-mission-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")

LEFT, RIGHT, TOP, BOTTOM = 17, 17, 22, 20
GUTTER = 8
SIZE, LEAD = 9.2, 4.4


class Doc(FPDF):
    def header(self):
        self.set_font("Serif", "I", 7.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(LEFT, 10)
        self.cell(self.w - LEFT - RIGHT, 4, "Banque mondiale — Stratégie genre 2024-2030 — Consultations au Sénégal", align="L")
        self.set_xy(LEFT, 10)
        self.cell(self.w - LEFT - RIGHT, 4, "Usage officiel", align="R")
        self.set_draw_color(120, 120, 120)
        self.line(LEFT, 15, self.w - RIGHT, 15)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("Serif", "", 7.5)
        self.set_xy(LEFT, self.h - 12)
        self.cell(self.w - LEFT - RIGHT, 4, f"Page {self.page_no()}", align="C")


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 9, 20, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Note de synthèse des consultations - Sénégal")
pdf.set_author("Bureau de Dakar")
pdf.add_font("Serif", "", str(FONT / "DejaVuSerif.ttf"))
pdf.add_font("Serif", "B", str(FONT / "DejaVuSerif-Bold.ttf"))
pdf.add_font("Serif", "I", str(FONT / "DejaVuSerif-Italic.ttf"))
pdf.add_font("Sans", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("Sans", "B", str(FONT / "DejaVuSans-Bold.ttf"))

FULL = pdf.w - LEFT - RIGHT
COLW = (FULL - GUTTER) / 2
state = {"col": 0, "top": TOP, "x": LEFT, "width": FULL, "mode": "full"}
placed = []  # (tag, page, col) of list items, to check the column break


def width(text, font, style, size):
    pdf.set_font(font, style, size)
    return pdf.get_string_width(text)


def wrap(runs, avail, font, size):
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
        need = width(w, font, st, size)
        lead = width(" ", font, line[-1][1], size) if line and line[-1][2] else 0.0
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


def next_column():
    if state["mode"] == "cols" and state["col"] == 0:
        state["col"] = 1
        state["x"] = LEFT + COLW + GUTTER
        pdf.set_y(state["top"])
    else:
        pdf.add_page()
        state["top"] = TOP
        state["col"] = 0
        state["x"] = LEFT
        pdf.set_y(TOP)


def start_columns():
    state["mode"] = "cols"
    state["top"] = pdf.get_y()
    state["col"] = 0
    state["x"] = LEFT
    state["width"] = COLW


def block(runs, font="Serif", size=SIZE, lead=LEAD, indent=0.0, bullet=None, after=1.8, keep=1, tag=None,
          align_justify=False):
    if isinstance(runs, str):
        runs = [(runs, "")]
    lines = wrap(runs, state["width"] - indent, font, size)
    if pdf.get_y() + lead * min(keep, len(lines)) > pdf.h - BOTTOM:
        next_column()
    for i, line in enumerate(lines):
        if pdf.get_y() + lead > pdf.h - BOTTOM:
            next_column()
        y = pdf.get_y()
        if bullet and i == 0:
            pdf.set_font(font, "", size)
            pdf.set_xy(state["x"] + indent - 4, y)
            pdf.cell(4, lead, bullet)
            if tag:
                placed.append((tag, pdf.page_no(), state["col"]))
        pdf.set_xy(state["x"] + indent, y)
        for text, style in line:
            pdf.set_font(font, style, size)
            pdf.cell(h=lead, text=text)
        pdf.set_xy(state["x"], y + lead)
    pdf.set_y(pdf.get_y() + after)


def heading(text, size=10, after=1.6, room=14):
    if pdf.get_y() + room > pdf.h - BOTTOM:
        next_column()
    block([(text, "B")], font="Sans", size=size, lead=5.2, after=after, keep=3)


def lead_para(lead_text, body, after=2.2):
    block([(lead_text + " ", "B"), (body, "")], after=after, keep=3)


# ---------------------------------------------------------------- page 1, full width
pdf.add_page()
pdf.set_y(TOP)
block([("GROUPE DE LA BANQUE MONDIALE", "B")], font="Sans", size=9, lead=5, after=1)
block([("Stratégie genre 2024-2030 : consultations nationales", "")], font="Sans", size=10, lead=5, after=2)
block([("NOTE DE SYNTHÈSE — SÉNÉGAL", "B")], font="Sans", size=15, lead=7.5, after=1.5)
block("Dakar, 11-13 septembre 2023  |  Interlocuteurs : gouvernement, partenaires techniques et financiers, "
      "société civile", font="Sans", size=9, after=4)

block([("Contexte. ", "B"),
       ("Du 11 au 13 septembre 2023, une équipe du Groupe de la Banque mondiale a conduit à Dakar une série "
        "d'entretiens sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale. La présente note, "
        "préparée par le bureau de la Banque à Dakar, rend compte des échanges en les regroupant par catégorie "
        "d'interlocuteurs plutôt que par ordre chronologique. Elle ne reprend pas la présentation faite par "
        "l'équipe, disponible sur demande.", "")], after=3)

block([("Messages clés", "B")], font="Sans", size=10.5, lead=5.4, after=1.2)
for i, (a, b, c) in enumerate([
    ("Les interlocuteurs ont ", "soutenu les trois objectifs stratégiques proposés",
     ", en demandant que la stratégie s'appuie sur la Stratégie nationale pour l'équité et l'égalité de genre (SNEEG) "
     "2016-2026."),
    ("", "La lutte contre les violences basées sur le genre et contre le mariage d'enfants",
     " reste la première préoccupation de tous les groupes rencontrés."),
    ("Les partenaires souhaitent ", "une meilleure coordination des financements",
     " et une plus grande place, dans le dialogue avec le gouvernement, pour le projet régional Autonomisation "
     "des femmes et dividende démographique au Sahel (SWEDD)."),
    ("Les organisations de la société civile ont regretté des délais d'invitation trop courts et demandent ",
     "un accès direct aux financements", " de la Banque."),
], start=1):
    block([(a, ""), (b, "B"), (c, "")], indent=6, bullet=f"{i}.", after=1.0)
pdf.set_y(pdf.get_y() + 2.5)
pdf.set_draw_color(0, 0, 0)
pdf.line(LEFT, pdf.get_y(), pdf.w - RIGHT, pdf.get_y())
pdf.set_y(pdf.get_y() + 3.5)

# ---------------------------------------------------------------- two columns
start_columns()

heading("I. GOUVERNEMENT DU SÉNÉGAL")
lead_para("Ministère de la Famille et des Solidarités (11 septembre).",
          "Le 11 septembre au matin, l'équipe a été reçue par Mme Aminata Ndiaye Sarr, Directrice de l'Équité et "
          "de l'Égalité de Genre, accompagnée de M. Pape Mamadou Cissé, chef de la division Études et "
          "Planification. La Directrice a exprimé un soutien sans réserve au projet de stratégie, qu'elle juge "
          "« en phase avec nos priorités nationales ». Les échanges ont porté sur la prise en charge des "
          "survivantes de violences basées sur le genre, l'autonomisation économique des femmes, le développement "
          "des services de garde d'enfants et la production de données ventilées par sexe. Le ministère a rappelé "
          "que la SNEEG arrive à échéance en 2026 et souhaite l'appui de la Banque pour son évaluation finale.")
lead_para("Ministère des Finances et du Budget (12 septembre).",
          "Le lendemain, la mission s'est entretenue avec M. Ousmane Diop Faye, coordonnateur de la Cellule genre "
          "de la Direction générale du Budget, et deux de ses collaboratrices. Le ministère a pris note des "
          "objectifs de la stratégie mais s'est montré réservé sur le nombre d'indicateurs que les pays devront "
          "suivre : « chaque nouveau cadre de résultats ajoute une charge à des équipes déjà réduites ». M. Faye a "
          "présenté les progrès de la budgétisation sensible au genre, désormais expérimentée dans six ministères "
          "sectoriels, et a plaidé pour que la Banque appuie l'intégration du genre dans les documents de "
          "programmation budgétaire pluriannuelle plutôt que de créer des dispositifs parallèles. Il a aussi "
          "rappelé que le poids du service de la dette réduit la marge de manœuvre de l'État.")

heading("II. PARTENAIRES TECHNIQUES ET FINANCIERS")
lead_para("Groupe thématique Genre des PTF (12 septembre, après-midi).",
          "La mission a présenté le projet de stratégie lors de la réunion mensuelle du Groupe thématique Genre "
          "des partenaires techniques et financiers, coprésidé par ONU Femmes et l'Ambassade du Canada. "
          "Étaient représentés :", after=1.2)
MEMBERS = ["ONU Femmes", "Ambassade du Canada au Sénégal", "Agence française de développement (AFD)",
           "Agence japonaise de coopération internationale (JICA)",
           "Fonds des Nations Unies pour la population (UNFPA)",
           "Fonds des Nations Unies pour l'enfance (UNICEF)", "Banque africaine de développement (BAD)",
           "Délégation de l'Union européenne au Sénégal", "Enabel, agence belge de développement",
           "Agence italienne pour la coopération au développement (AICS)",
           "Agence des États-Unis pour le développement international (USAID)"]
for m in MEMBERS:
    block(m, indent=5, bullet="•", after=0.5, tag=m)
pdf.set_y(pdf.get_y() + 1.5)
block("Les partenaires ont accueilli favorablement le projet de stratégie et ont insisté sur trois priorités : la "
      "santé sexuelle et reproductive des adolescentes, la prévention du mariage d'enfants et une meilleure "
      "coordination des financements entre bailleurs. L'UNFPA a rappelé les résultats du projet SWEDD, financé par "
      "la Banque, dans les régions de Kolda et de Kédougou, et plusieurs membres ont proposé que le groupe serve "
      "d'espace de suivi de la mise en œuvre de la stratégie au Sénégal.", after=2.2)

heading("III. SOCIÉTÉ CIVILE")
lead_para("Table ronde des organisations de femmes (13 septembre).",
          "Le bureau de Dakar a accueilli une table ronde avec le Réseau Siggil Jigéen, l'Association des Juristes "
          "Sénégalaises (AJS), le Conseil sénégalais des femmes (COSEF) et la Plateforme des femmes pour la paix en "
          "Casamance. Y ont notamment pris part Mme Ndèye Fatou Sow Guèye, secrétaire exécutive du Réseau Siggil "
          "Jigéen, et Me Khady Diallo Ba, membre du bureau exécutif de l'AJS. Les participantes ont salué la place "
          "donnée aux violences basées sur le genre dans le projet, en rappelant que la loi de 2020 criminalisant "
          "le viol reste mal appliquée faute de moyens pour la justice. Elles ont en revanche jugé que la stratégie "
          "reste silencieuse sur la situation des femmes dans les zones affectées par le conflit en Casamance, et "
          "que la loi sur la parité n'a pas encore produit d'effets au niveau des conseils municipaux. Enfin, "
          "elles ont regretté d'avoir reçu l'invitation moins d'une semaine avant la réunion et ont demandé que la "
          "Banque finance directement les organisations de femmes, plutôt que par l'intermédiaire de grandes ONG "
          "internationales.")
lead_para("Organisations paysannes (13 septembre, après-midi).",
          "La mission s'est ensuite rendue au siège du Conseil national de concertation et de coopération des "
          "ruraux (CNCR), où l'attendaient des responsables du CNCR et de la Fédération nationale des groupements "
          "de promotion féminine (FNGPF). Mme Mariama Badji Coly, présidente du collège des femmes du CNCR, a "
          "souligné que les femmes rurales cultivent des terres qu'elles ne possèdent pas : moins d'une exploitante "
          "sur cinq dispose d'un titre ou d'une délibération foncière à son nom, selon une enquête de l'Agence "
          "nationale de la Statistique et de la Démographie (ANSD) citée pendant la réunion. Les participantes ont "
          "approuvé les objectifs de la stratégie et demandé que l'accès des femmes à la terre soit traité comme "
          "une priorité. Le crédit agricole, ont-elles ajouté, reste hors de portée de la plupart des groupements "
          "de femmes, qui souhaitent être associés aux projets agricoles financés par la Banque.")

heading("Suites à donner")
for t in ["Transmettre la présentation de l'équipe aux membres du Groupe thématique Genre.",
          "Tenir à distance l'entretien prévu le 12 septembre avec la Banque islamique de développement, qui n'a "
          "pas pu avoir lieu.",
          "Partager avec la société civile le calendrier de publication de la version finale."]:
    block(t, indent=5, bullet="–", after=0.6)

# check: the member list must cross a column break
cols = {(p, c) for _, p, c in placed}
print("member list placed in", sorted(cols))
assert len(cols) == 2, "the member list does not cross a column break: adjust the text"
OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
