#!/usr/bin/env python3
"""Make docs/zy-lome-mission-fr.pdf: a French mission summary set in TWO text columns (fpdf2).

Layout: full-width masthead on page 1, then two columns; meetings headed by weekday and venue; participants
given as a sentence of prose (meeting 1), as a semicolon list after a label (meeting 2) and as a bulleted list
AFTER the discussion (meeting 3); a numbered "Ce qu'il faut retenir" box of three points near the top.
The script asserts that a paragraph (and the sentence in it) runs from the bottom of the left column to the top
of the right column. Footer "Bureau du Togo - p. N". Reproducible: fixed creation date.
"""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fpdf import FPDF  # noqa: E402
from pdflayout import Flow, add_fonts  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zy-lome-mission-fr.pdf"
F = "Dv"
SIZE, LEAD = 9.6, 4.75


class Doc(FPDF):
    def footer(self):
        self.set_font(F, "I", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(18, self.h - 12)
        self.cell(self.w - 36, 4, f"Bureau du Togo - p. {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 10, 11, 8, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Compte rendu de mission - Strategie genre 2024-2030 - Togo")
pdf.set_author("Bureau du Groupe de la Banque mondiale au Togo")
add_fonts(pdf, F, serif=True)
pdf.add_page()

# masthead, full width
pdf.set_font(F, "B", 8)
pdf.set_text_color(0, 84, 140)
pdf.set_xy(18, 14)
pdf.cell(text="GROUPE DE LA BANQUE MONDIALE  ·  BUREAU DU TOGO")
pdf.set_text_color(0, 0, 0)
pdf.set_font(F, "B", 13.5)
pdf.set_xy(18, 21)
pdf.cell(text="Stratégie genre 2024-2030 : consultations avec le secteur privé")
pdf.set_font(F, "", 10.5)
pdf.set_xy(18, 29)
pdf.cell(text="Compte rendu de mission  ·  Lomé (Togo), 2-4 octobre 2023")
pdf.set_font(F, "I", 9)
pdf.set_xy(18, 35)
pdf.cell(text="Public consulté : entreprises, organisations patronales et institutions financières")
pdf.set_draw_color(0, 84, 140)
pdf.set_line_width(0.6)
pdf.line(18, 41, pdf.w - 18, 41)
pdf.set_line_width(0.2)

flow = Flow(pdf, F, left=18, right=18, bottom=pdf.h - 20, top_next=18, ncols=2, gutter=7)
flow.start(46)


def head(text):
    flow.block([(text.upper(), "B")], size=8.6, lead=4.6, after=1.2, keep=3)


def sub(text):
    flow.block([(text, "B")], size=9.8, lead=4.9, after=1.4, keep=4)


def p(runs, **kw):
    flow.block(runs, size=SIZE, lead=LEAD, after=kw.pop("after", 2.2), **kw)


def li(runs, mark="•", **kw):
    flow.block(runs, size=SIZE, lead=LEAD, indent=4.5, bullet=mark, after=kw.pop("after", 1.2), **kw)


head("Contexte")
p("Du 2 au 4 octobre 2023, une équipe du Groupe de la Banque mondiale a rencontré à Lomé des représentants du secteur "
  "privé togolais et des institutions financières pour recueillir leurs avis sur le projet de Stratégie genre "
  "2024-2030. Trois séances ont été organisées dans les locaux des institutions hôtes. Le présent compte rendu en "
  "restitue les principaux enseignements.")

head("Ce qu'il faut retenir")
li([("Le secteur privé adhère aux objectifs de la stratégie", "B"),
    (", en particulier à l'élargissement des opportunités économiques des femmes.", "")], mark="1.")
li([("L'accès au financement reste le principal obstacle", "B"),
    (" pour les entreprises dirigées par des femmes ; les banques demandent des mécanismes de garantie plutôt que de "
     "nouvelles lignes de crédit.", "")], mark="2.")
li([("Les entreprises sont prêtes à agir contre le harcèlement sexuel au travail", "B"),
    (", à condition de disposer d'outils pratiques.", "")], mark="3.", after=3)

sub("Lundi 2 octobre — Siège du Conseil National du Patronat du Togo")
p("Ont pris part à la rencontre la Secrétaire générale du Conseil National du Patronat du Togo (CNP-Togo), "
  "Mme Akouvi Mensah-Adjo, le Directeur des études de la Chambre de Commerce et d'Industrie du Togo (CCIT), "
  "M. Komlan Agbéko Dogbé, ainsi que trois cheffes d'entreprise membres du patronat.")
p("Le patronat a accueilli favorablement le projet de stratégie, notamment son deuxième objectif consacré aux "
  "opportunités économiques. Les échanges ont porté sur l'accès des femmes entrepreneures aux marchés publics, la "
  "formalisation des entreprises du secteur informel, le coût de l'énergie pour les unités de transformation et "
  "l'absence de crèches dans les zones industrielles. Les cheffes d'entreprise présentes ont insisté sur les "
  "retards de paiement de l'État, qui pèsent davantage sur les petites entreprises dirigées par des femmes. La CCIT a rappelé que la Feuille de route gouvernementale "
  "Togo 2025 fait de l'inclusion économique des femmes une priorité, et a proposé que les futurs projets de la Banque "
  "s'appuient sur ses guichets d'appui aux petites entreprises.", after=3)

sub("Mardi 3 octobre — Banque Ouest Africaine de Développement (BOAD)")
p([("Institutions représentées : ", "B"),
   ("BOAD, représentée par M. Yawovi Kossi Amégan, chargé principal des questions de genre ; Ecobank Transnational "
    "Incorporated (ETI) ; Orabank Togo ; Faîtière des Unités Coopératives d'Épargne et de Crédit du Togo "
    "(FUCEC-Togo).", "")])
p("Les institutions financières ont jugé pertinents les objectifs de la stratégie, mais se sont montrées réservées "
  "sur l'idée de quotas de prêts aux femmes. Selon elles, le principal frein est l'absence de garanties : peu de "
  "femmes disposent d'un titre foncier à leur nom, et les biens du ménage sont le plus souvent enregistrés au nom du "
  "mari. M. Amégan a présenté les instruments de garantie de la BOAD et rappelé que le programme Affirmative Finance "
  "Action for Women in Africa (AFAWA), porté par la Banque africaine de développement, partage le risque avec les "
  "banques commerciales. Ecobank a indiqué qu'elle ne suit pas encore la part de son portefeuille accordée à des "
  "entreprises dirigées par des femmes, faute de définition commune ; une étude de la BCEAO citée par Orabank Togo "
  "arrive au même constat pour l'ensemble de l'UEMOA. La FUCEC-Togo a souligné que les coopératives d'épargne et de "
  "crédit touchent surtout des commerçantes et des agricultrices, mais que leurs ressources à long terme sont "
  "limitées ; elle a demandé à bénéficier de l'Initiative de financement en faveur des femmes entrepreneures (We-Fi).",
  label="BOAD discussion", after=3)

sub("Mercredi 4 octobre — Déjeuner de travail à l'Association des Grandes Entreprises du Togo (AGET)")
p("Autour de la table, les grandes entreprises ont salué la démarche de consultation engagée par le Groupe de la "
  "Banque mondiale et le fait que le secteur privé soit associé à la préparation de la stratégie. La discussion a "
  "d'abord porté sur le harcèlement sexuel au travail : Moov Africa Togo a présenté sa politique interne et son "
  "dispositif de signalement confidentiel, que d'autres membres de l'AGET souhaiteraient reproduire. Les participants "
  "ont ensuite évoqué la faible présence des femmes dans les conseils d'administration et les comités de direction. "
  "Togocom a enfin souligné que l'extension de la couverture numérique aux zones rurales et l'accès des commerçantes "
  "au paiement mobile conditionnent l'inclusion économique des femmes.")
p([("Participants :", "B")], after=1)
li("AGET — M. Sélom Kwami Tsogbé, Secrétaire exécutif")
li("Moov Africa Togo — Mme Ablavi Djossou-Kpodar, Directrice des ressources humaines")
li("Togocom — représentée par sa responsable RSE", after=3)

head("Suites à donner")
li("Partager avec la BOAD et la FUCEC-Togo les résultats des évaluations financées par We-Fi.")
li("Organiser avec l'AGET un atelier sur la prévention du harcèlement sexuel en entreprise.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages; breaks inside blocks: {flow.breaks}")
assert any(b[1] == "column" for b in flow.breaks), "no paragraph crosses the column break"
