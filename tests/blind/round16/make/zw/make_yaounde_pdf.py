#!/usr/bin/env python3
"""Make docs/zw-yaounde-table-ronde-fr.pdf: a French event readout (memo style) in one column.

    OUT/.venv-make/bin/python make/make_yaounde_pdf.py [OUT.pdf]

Layout: a memo block of "Label : value" lines (Objet, Date, Lieu, Format, Modération,
Rédaction) in place of a title page; numbered sections; speakers as a numbered list
"Name — title, institution"; the institutions in the room as a dash list that starts at the
foot of page 1 and continues on page 2, below a running header; a footer "Compte rendu –
page N". Discussion as prose. Fictional people, real institutions. Fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from zwlayout import Flow, new_pdf  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zw-yaounde-table-ronde-fr.pdf"
L, R, TOP, BOTTOM = 25, 25, 26, 270


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Serif", "I", 8)
        self.set_xy(L, 12)
        self.cell(self.w - L - R, 4, "Table ronde universitaire – Stratégie genre 2024-2030 – Yaoundé", align="C")

    def footer(self):
        self.set_font("Serif", "", 8)
        self.set_xy(L, self.h - 14)
        self.cell(self.w - L - R, 4, f"Compte rendu – page {self.page_no()}", align="C")


pdf = new_pdf(Doc, "Compte rendu - Table ronde universitaire - Yaounde", "Bureau de Yaoundé",
              datetime.datetime(2023, 11, 24, 9, 0, 0, tzinfo=datetime.timezone.utc))
pdf.add_page()
W = pdf.w - L - R
f = Flow(pdf, "Serif", [(L, W)], TOP, BOTTOM)
S, LD = 10.5, 5.4

f.block([("COMPTE RENDU", "B")], size=16, lead=8, after=4)
memo = [("Objet", "Table ronde « Genre, données et savoirs » sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale"),
        ("Date", "21 novembre 2023, de 9 h 30 à 13 h"),
        ("Lieu", "Yaoundé (Cameroun), Université de Yaoundé II, campus de Soa"),
        ("Format", "table ronde suivie d'un débat avec la salle, environ 60 participants"),
        ("Modération", "Pr Jean-Marie Essomba Atangana, Professeur d'économie, Université de Yaoundé II"),
        ("Rédaction", "Bureau de la Banque mondiale à Yaoundé")]
for k, v in memo:
    f.block([(k + " : ", "B"), (v, "")], size=S, lead=LD, indent=0, after=0.8)
f.space(2)
pdf.set_draw_color(0, 0, 0)
pdf.line(L, f.y, L + W, f.y)
f.space(4)


def h(t):
    f.block([(t, "B")], size=11, lead=6, after=1.5, keep=3)


def p(t, **kw):
    kw.setdefault("after", 2.4)
    f.block(t, size=S, lead=LD, **kw)


h("1. Contexte")
p("Dans le cadre des consultations sur le projet de Stratégie genre 2024-2030, le Groupe de la Banque mondiale a "
  "souhaité entendre les universitaires et chercheurs camerounais qui travaillent sur les questions de genre, de "
  "population et d'économie. La table ronde, accueillie par l'Université de Yaoundé II, visait à confronter les "
  "orientations du projet de stratégie aux résultats de la recherche nationale et à identifier des pistes de "
  "collaboration.")
p("Après une présentation du projet de stratégie par l'équipe de la Banque, quatre intervenants ont réagi, puis la "
  "parole a été donnée à la salle. Le présent compte rendu résume les interventions sans les attribuer nommément, "
  "sauf pour les panélistes.")

h("2. Panélistes")
pan = ["Pr Albertine Mvondo Ebogo — Sociologue, Université de Yaoundé I",
       "Dr Serge Mbarga Etoundi — Chargé de recherche, Institut de Formation et de Recherche Démographiques (IFORD)",
       "Mme Clarisse Fotso Kamdem — Cheffe de la Division des statistiques démographiques et sociales, Institut National de la Statistique (INS)",
       "Dr Hamadou Bello Adji — Maître de conférences en économie, Université de Maroua"]
for i, t in enumerate(pan, 1):
    f.block(t, size=S, lead=LD, indent=7, bullet=f"{i}.", after=1.0, keep=2)
f.space(1.5)

h("3. Institutions représentées dans la salle")
inst = ["Université de Yaoundé I",
        "Université de Yaoundé II",
        "Université Catholique d'Afrique Centrale (UCAC)",
        "Institut de Formation et de Recherche Démographiques (IFORD)",
        "Institut National de la Statistique (INS)",
        "Université de Dschang",
        "Université de Maroua",
        "Fondation Paul Ango Ela de géopolitique en Afrique centrale (FPAE)",
        "Nkafu Policy Institute",
        "Ministère de la Promotion de la Femme et de la Famille (MINPROFF), en qualité d'observateur"]
for t in inst:
    f.block(t, size=S, lead=LD, indent=7, bullet="–", after=0.6, keep=2, tag="inst")
f.space(2)

h("4. Synthèse des échanges")
p("Les participants ont accueilli favorablement le projet de stratégie, tout en regrettant que son cadre de résultats "
  "repose sur des indicateurs que le système statistique national ne produit pas encore. Les échanges ont porté sur "
  "trois questions : la qualité des données ventilées par sexe, la scolarisation des filles dans l'Extrême-Nord et "
  "l'emploi des femmes dans le secteur informel.")
p("L'INS a rappelé que les résultats du quatrième Recensement général de la population et de l'habitat (RGPH) sont "
  "attendus et que l'Enquête démographique et de santé de 2018 reste la principale source sur la situation des "
  "femmes. Plusieurs chercheurs ont demandé que la Banque finance des enquêtes régulières plutôt que des collectes "
  "ponctuelles liées à des projets.")
p("Le Dr Hamadou Bello Adji a décrit les effets des attaques de Boko Haram et des déplacements de population sur la "
  "scolarité des filles dans l'Extrême-Nord, où les mariages précoces interrompent souvent les études. D'autres "
  "intervenants ont évoqué la situation des femmes déplacées par la crise dans les régions du Nord-Ouest et du "
  "Sud-Ouest.")
p("L'IFORD a cité le projet SWEDD (Autonomisation des femmes et dividende démographique au Sahel) comme exemple "
  "d'intervention à évaluer de façon rigoureuse. Le Nkafu Policy Institute a souligné que la plupart des femmes "
  "actives travaillent dans l'informel, sans protection sociale, et que les politiques d'emploi devraient partir de "
  "cette réalité.")

h("5. Suites à donner")
p("L'équipe de la Banque transmettra le présent compte rendu aux participants. Le Laboratoire d'innovation pour "
  "l'égalité des genres en Afrique (GIL) de la Banque mondiale prendra contact avec l'IFORD et l'Université de Maroua "
  "pour étudier une collaboration sur l'évaluation d'impact.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages; list lines: {f.log}")
