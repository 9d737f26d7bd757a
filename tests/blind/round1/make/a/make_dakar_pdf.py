#!/usr/bin/env python3
"""Make docs/a-dakar-gouvernement-fr.pdf: a French mission report (Senegal, government) in TWO text columns.

Layout: a full-width title block, then the body in two columns that flow from the left column to the right
and on to page 2 (fpdf2 text_columns). Meetings are headed by the day ("Jour 1 — lundi 20 novembre, Dakar");
day 2 holds two meetings headed "Matin :" and "Après-midi :"; day 3 reports a meeting that was postponed
(it did not take place). Participants are given as a "Délégation du Ministère :" sentence, as a prose
clause, or after "Étaient présents :" separated by semicolons. The highlights ("Points saillants") are dash
items. A running header and a page footer ("Page N / 2") sit on every page. Column and page breaks fall
inside paragraphs. People are fictional; organisations are real. Reproducible (fixed creation date).
    .venv-make/bin/python make_dakar_pdf.py [OUT.pdf]
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "a-dakar-gouvernement-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(self.l_margin, 9)
        self.cell(self.w - self.l_margin - self.r_margin, 4, "Stratégie Genre 2024-2030 — Consultations au Sénégal",
                  align="L")
        self.cell(0, 4, "", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_font("Serif", "", 8)
        self.set_y(-13)
        self.cell(0, 4, f"Page {self.page_no()} / {{nb}}", align="C")


pdf = Doc(format="A4")
pdf.set_margins(16, 18, 16)
pdf.set_auto_page_break(True, margin=18)
pdf.set_creation_date(datetime.datetime(2023, 11, 29, 8, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Compte rendu de mission - Sénégal")
pdf.set_author("Bureau du Groupe de la Banque mondiale à Dakar")
pdf.add_font("Serif", "", str(FONT / "DejaVuSerif.ttf"))
pdf.add_font("Serif", "B", str(FONT / "DejaVuSerif-Bold.ttf"))
pdf.add_font("Serif", "I", str(FONT / "DejaVuSerif-Italic.ttf"))
pdf.alias_nb_pages()
pdf.add_page()

# full-width title block
pdf.set_font("Serif", "B", 9)
pdf.cell(0, 5, "GROUPE DE LA BANQUE MONDIALE", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "B", 15)
pdf.multi_cell(0, 7.5, "Stratégie Genre 2024-2030 : consultations nationales", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 10.5)
pdf.multi_cell(0, 5.5, "Compte rendu de mission — Sénégal (Dakar et Thiès), 20-23 novembre 2023\n"
                       "Interlocuteurs : administration publique", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_draw_color(0, 0, 0)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
pdf.ln(4)

BODY = 9.5


def title(cols, text):
    pdf.set_font("Serif", "B", 10.5)
    with cols.paragraph(top_margin=2.5, bottom_margin=1.2) as p:
        p.write(text)
    pdf.set_font("Serif", "", BODY)


def sub(cols, text):
    pdf.set_font("Serif", "B", BODY)
    with cols.paragraph(top_margin=1.8, bottom_margin=0.6) as p:
        p.write(text)
    pdf.set_font("Serif", "", BODY)


def body(cols, *parts):
    """parts: plain strings, or ('B'|'I', text) tuples for emphasis."""
    with cols.paragraph(text_align="J", bottom_margin=1.6) as p:
        for part in parts:
            style, text = part if isinstance(part, tuple) else ("", part)
            pdf.set_font("Serif", style, BODY)
            p.write(text)
    pdf.set_font("Serif", "", BODY)


def dash(cols, *parts):
    with cols.paragraph(text_align="J", indent=4, bullet_string="–", bottom_margin=1.0) as p:
        for part in parts:
            style, text = part if isinstance(part, tuple) else ("", part)
            pdf.set_font("Serif", style, BODY)
            p.write(text)
    pdf.set_font("Serif", "", BODY)


pdf.set_font("Serif", "", BODY)
with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.25) as cols:
    title(cols, "Contexte")
    body(cols, "Dans le cadre de la préparation de la Stratégie Genre 2024-2030 du Groupe de la Banque mondiale, "
               "une mission s'est rendue au Sénégal du 20 au 23 novembre 2023 afin de recueillir l'avis des "
               "administrations concernées. Quatre séances de travail étaient prévues à Dakar et une à Thiès. Le "
               "présent compte rendu résume les échanges ; il a été relu par le bureau de Dakar.")

    title(cols, "Points saillants")
    dash(cols, "Les administrations rencontrées ", ("B", "adhèrent aux trois objectifs stratégiques"),
         " et souhaitent que la Stratégie s'appuie sur les politiques nationales existantes.")
    dash(cols, ("B", "La budgétisation sensible au genre"), " reste peu appliquée hors des ministères pilotes, faute "
         "d'outils et de données.")
    dash(cols, "Les interlocuteurs ont insisté sur ", ("B", "l'accès des femmes rurales au foncier et au crédit"),
         ", condition de leur autonomisation économique.")
    dash(cols, ("B", "Le manque de données ventilées par sexe"), " au niveau des collectivités territoriales limite le "
         "suivi des politiques publiques.")

    title(cols, "Déroulement de la mission")

    sub(cols, "Jour 1 — lundi 20 novembre, Dakar")
    body(cols, "Séance de travail au Ministère de la Femme, de la Famille et de la Protection des Enfants (MFFPE).")
    body(cols, ("I", "Délégation du Ministère : "), "Mme Aminata Diallo Ndour, Directrice de l'Équité et de "
               "l'Égalité de genre ; M. Ousmane Faye Sarr, Conseiller technique du Ministre.")
    body(cols, "La Directrice a exprimé le plein soutien du Ministère au projet de Stratégie, qu'elle juge "
               "parfaitement cohérent avec la Stratégie nationale pour l'Équité et l'Égalité de genre (SNEEG 2). "
               "Les échanges ont porté sur la lutte contre les violences faites aux femmes, l'autonomisation "
               "économique des femmes, la prise en charge de la petite enfance et le maintien des filles à "
               "l'école. Le Ministère a cité les résultats du projet Autonomisation des femmes et dividende "
               "démographique au Sahel (SWEDD), cofinancé avec l'UNFPA, et souhaite que les cellules genre des "
               "ministères sectoriels soient associées à sa mise en œuvre.")

    sub(cols, "Jour 2 — mardi 21 novembre, Dakar")
    body(cols, ("B", "Matin : "), "Ministère de l'Économie, du Plan et de la Coopération (MEPC), en présence de "
               "M. Mamadou Lamine Ba, Directeur de la Planification, et de l'Agence nationale de la Statistique et "
               "de la Démographie (ANSD), représentée par Mme Coumba Ndiaye Guèye, Cheffe de la Division des "
               "statistiques démographiques.")
    body(cols, "Les deux institutions ont accueilli favorablement le projet, tout en émettant des réserves sur le "
               "nombre d'indicateurs du cadre de résultats, qu'elles jugent difficile à renseigner. Le MEPC a "
               "présenté l'expérience de la budgétisation sensible au genre dans quatre ministères pilotes et "
               "souhaite l'étendre grâce à l'appui de la Banque. L'ANSD a rappelé que les enquêtes nationales ne "
               "permettent pas encore de produire des statistiques ventilées par sexe à l'échelle des communes, et "
               "a plaidé pour une meilleure coordination entre producteurs de données administratives. Le MEPC a "
               "également évoqué le ciblage du Programme national de Bourses de Sécurité familiale (PNBSF).")
    body(cols, ("B", "Après-midi : "), "Observatoire national de la Parité (ONP), reçu par sa Secrétaire "
               "générale, Mme Fatou Kiné Mbaye Thiam.")
    body(cols, "L'ONP a salué la démarche participative de la Banque et encouragé l'équipe à poursuivre dans cette "
               "voie. L'Observatoire a rappelé que la loi n° 2010-11 du 28 mai 2010 instituant la parité absolue "
               "homme-femme a fortement accru la présence des femmes à l'Assemblée nationale, mais que les "
               "bureaux des conseils municipaux restent très majoritairement masculins. Il a souligné le poids des "
               "résistances culturelles et religieuses et la nécessité d'associer les chefs religieux et "
               "coutumiers à l'évolution des normes.")

    sub(cols, "Jour 3 — mercredi 22 novembre, Thiès")
    body(cols, "La rencontre prévue avec le Conseil départemental de Thiès a été reportée à la demande de nos "
               "interlocuteurs, en raison d'une session extraordinaire du conseil. Elle sera reprogrammée en "
               "visioconférence en décembre.")

    sub(cols, "Jour 4 — jeudi 23 novembre, Dakar")
    body(cols, "Réunion conjointe avec le Ministère de l'Agriculture, de l'Équipement rural et de la Souveraineté "
               "alimentaire (MAERSA) et la Délégation générale à l'Entrepreneuriat rapide des Femmes et des Jeunes "
               "(DER/FJ).")
    body(cols, ("I", "Étaient présents : "), "M. Ibrahima Sow Camara (MAERSA, Coordonnateur de la Cellule genre) ; "
               "Mme Awa Seck Diagne (DER/FJ, Directrice du Financement).")
    body(cols, "Les participants ont approuvé les orientations du projet de Stratégie. La discussion a couvert "
               "l'accès des femmes rurales au foncier agricole, le crédit pour les groupements de femmes, la "
               "mécanisation des tâches post-récolte et les effets du changement climatique sur les productrices. "
               "La DER/FJ a indiqué que les femmes représentent plus de la moitié de ses bénéficiaires mais "
               "reçoivent des prêts plus petits que les hommes.")

    title(cols, "Suites à donner")
    dash(cols, "Transmettre le présent compte rendu aux interlocuteurs rencontrés.")
    dash(cols, "Reprogrammer la séance avec le Conseil départemental de Thiès.")
    dash(cols, "Organiser avec l'ANSD un atelier technique sur les indicateurs du cadre de résultats.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
