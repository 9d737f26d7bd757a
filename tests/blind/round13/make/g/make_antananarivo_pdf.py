#!/usr/bin/env python3
"""Make docs/g-antananarivo-societe-civile-fr.pdf: a French synthesis note of civil society
consultations in Antananarivo, laid out in two text columns.

Layout: a full-width title band on page 1, then two columns. The left column opens with an
"En bref" box (dates, place, audience), then "Ce qu'il faut retenir" (four numbered points),
then three sessions headed by their audience ("Avec les ..."), each with a dated italic line.
Participants are given after the discussion in one session ("Étaient présents :" as one
semicolon paragraph), before it in another ("Autour de la table :" as dash lines), and as a
closing "Participants :" paragraph in the third. Paragraphs flow across the column break and
the page break (the lines are laid out by make/flowpdf.py, so the breaks are fixed).
People are fictional; organisations are real. Reproducible (fixed creation date).

    .venv-make/bin/python make/make_antananarivo_pdf.py
"""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DOCS  # noqa: E402
from flowpdf import Flow, new_doc  # noqa: E402

OUT = DOCS / "g-antananarivo-societe-civile-fr.pdf"
when = datetime.datetime(2023, 11, 17, 8, 30, 0)

pdf = new_doc("Note de synthèse - Consultations société civile - Madagascar", "Bureau de la Banque mondiale à Madagascar", when,
              margins=(16, 16))
pdf.header_text = "Groupe de la Banque mondiale  ·  Consultations sur la Stratégie genre 2024-2030  ·  Madagascar"
pdf.footer_fmt = "— {n} —"
pdf.add_page()

L, R = 16, 16
GUT = 7
COLW = (pdf.w - L - R - GUT) / 2
BOTTOM = pdf.h - 18

# ---- title band (page 1, full width) -----------------------------------------------------------
pdf.set_fill_color(232, 238, 244)
pdf.rect(L, 17, pdf.w - L - R, 27, style="F")
pdf.set_xy(L + 4, 20)
pdf.set_font("Sans", "B", 14)
pdf.multi_cell(pdf.w - L - R - 8, 6.4, "Stratégie genre 2024-2030 du Groupe de la Banque mondiale\n"
               "Note de synthèse des consultations avec la société civile", align="L")
pdf.set_xy(L + 4, 36)
pdf.set_font("Sans", "", 9.5)
pdf.cell(text="Antananarivo, Madagascar  ·  7-9 novembre 2023")

flow = Flow(pdf, [(L, COLW, 50), (L + COLW + GUT, COLW, 50)],
            [(L, COLW, 18), (L + COLW + GUT, COLW, 18)], BOTTOM)


def head(text, size=10.5, after=1.4):
    flow.skip(1.2)
    flow.block([(text, "B")], family="Sans", size=size, lead=5.0, after=after, keep=4, color=(25, 55, 95))


def par(runs, **kw):
    flow.block(runs, **kw)


def italic(text):
    flow.block([(text, "I")], size=8.8, lead=4.3, after=1.4, keep=3)


# ---- En bref box ------------------------------------------------------------------------------------
box_top = flow.y
flow.skip(2.5)
flow.block([("En bref", "B")], family="Sans", size=9.5, lead=4.8, after=0.8, indent=3, color=(25, 55, 95))
for k, v in [("Dates : ", "du 7 au 9 novembre 2023"), ("Lieu : ", "Antananarivo (Madagascar)"),
             ("Public : ", "organisations de la société civile"),
             ("Format : ", "trois séances thématiques de deux heures, en français et en malgache")]:
    flow.block([(k, "B"), (v, "")], family="Sans", size=8.6, lead=4.2, after=0.4, indent=3, hang=3)
flow.skip(2)
pdf.set_draw_color(120, 140, 170)
pdf.rect(L, box_top, COLW, flow.y - box_top)
flow.skip(3)

head("Contexte")
par("Du 7 au 9 novembre 2023, une équipe du Groupe de la Banque mondiale a réuni à Antananarivo une quinzaine "
    "d'organisations de la société civile malgache pour recueillir leurs avis sur le projet de Stratégie genre "
    "2024-2030. Les séances, organisées par thème plutôt que par type d'organisation, ont eu lieu au bureau de "
    "la Banque mondiale. Les participants avaient reçu le résumé du projet en français une semaine à l'avance. "
    "La présente note résume les échanges ; elle ne reflète pas une position de la Banque.")

head("Ce qu'il faut retenir")
points = [
    "Les organisations consultées soutiennent les trois objectifs de la stratégie et demandent que la Banque "
    "les associe au suivi de sa mise en œuvre dans le pays, au-delà de la présente consultation.",
    "Les violences basées sur le genre restent largement impunies ; les participantes attendent de la Banque "
    "qu'elle finance des services de prise en charge dans les régions et pas seulement dans la capitale.",
    "Le Grand Sud, frappé par des sécheresses répétées, doit faire l'objet d'une attention particulière : les "
    "femmes y cumulent pauvreté, insécurité alimentaire et mariages précoces.",
    "L'accès des femmes à la terre passe par la délivrance de certificats fonciers à leur nom, comme le prévoit "
    "la Lettre de Politique Foncière 2015-2030, ce qui suppose des guichets fonciers communaux en état de marche.",
]
for i, t in enumerate(points, 1):
    par(t, marker=f"{i}.", indent=0, hang=5, after=1.2)

# ---- Session 1: discussion first, participants after ---------------------------------------------
head("Avec les réseaux de défense des droits des femmes")
italic("Mardi 7 novembre, bureau de la Banque mondiale")
par("Les participantes ont exprimé un soutien sans réserve à la stratégie, qu'elles jugent « attendue depuis "
    "longtemps ». Les échanges ont porté sur la représentation politique des femmes, les violences basées sur "
    "le genre en milieu urbain, la corruption dans l'accès aux services publics et le financement des "
    "organisations de femmes.")
par("La FPFE a rappelé que les femmes occupent moins d'un siège sur cinq à l'Assemblée nationale et que les "
    "listes des partis les placent rarement en position éligible. TI-IM a décrit les paiements informels "
    "exigés des femmes dans les centres de santé, les commissariats et les tribunaux, et a proposé que les "
    "projets financés par la Banque comportent des mécanismes de plainte accessibles aux femmes qui ne savent "
    "pas lire. Le CNFM a demandé que les financements bénéficient directement aux associations de femmes des "
    "régions, et non aux seules grandes ONG de la capitale.")
par([("Étaient présents : ", "B"),
     ("Fédération pour la Promotion Féminine et Enfantine (FPFE), représentée par sa présidente, Mme Hanitra "
      "Rasoanaivo ; Conseil National des Femmes de Madagascar (CNFM), représenté par Mme Voahangy Rakotomalala, "
      "secrétaire générale ; Collectif des Citoyens et des Organisations Citoyennes (CCOC) ; Transparency "
      "International – Initiative Madagascar (TI-IM).", "")])

# ---- Session 2: participants first, as dash lines -------------------------------------------------
head("Avec les organisations de santé, de l'enfance et du handicap")
italic("Mercredi 8 novembre, bureau de la Banque mondiale")
par([("Autour de la table :", "B")], after=0.6)
for t in ["Fianakaviana Sambatra (FISA) : Dr Fara Andrianjafy, directrice exécutive",
          "Marie Stopes Madagascar",
          "Plateforme de la Société Civile pour l'Enfance (PFSCE) : M. Tojo Ravelomanana, chargé de plaidoyer",
          "Plateforme des Fédérations des Personnes Handicapées de Madagascar (PFPH)"]:
    par(t, marker="–", indent=1, hang=5, after=0.5)
flow.skip(1.2)
par("Tout en saluant la place que le projet accorde à la santé et à l'éducation, les participants ont jugé "
    "qu'il reste trop vague sur la santé sexuelle et reproductive des jeunes et sur les adolescentes. FISA a "
    "décrit des ruptures de stock de contraceptifs dans les centres de santé de base de plusieurs districts, "
    "que le Ministère de la Santé publique peine à approvisionner hors des chefs-lieux de région.")
par("La PFSCE a cité un rapport de l'UNICEF selon lequel près de quatre filles sur dix sont mariées avant "
    "dix-huit ans à Madagascar, et davantage encore dans le Sud, où les grossesses précoces interrompent la "
    "scolarité de nombreuses collégiennes. Les participants ont souhaité que le programme de transferts "
    "monétaires Fiavota, mis en œuvre dans le Sud avec l'appui de la Banque, comporte des séances sur la santé "
    "des adolescentes.")
par("La PFPH a regretté que les femmes handicapées ne soient citées qu'une fois dans le document et a demandé "
    "que la stratégie prévoie des mesures pour les atteindre, notamment dans l'accès aux soins et à l'emploi.")

# ---- Session 3: enumerated topics, participants in a closing paragraph ---------------------------
head("Avec les acteurs du foncier, de l'entreprise et de la recherche")
italic("Jeudi 9 novembre, bureau de la Banque mondiale")
par("Les participants ont appuyé les objectifs de la stratégie. Trois sujets ont dominé : l'accès des femmes "
    "aux certificats fonciers, l'entrepreneuriat féminin dans les filières vanille et soie, et la situation des "
    "femmes rurales du Grand Sud face à la sécheresse.")
par("Le SIF a souligné que, dans les communes dotées d'un guichet foncier, les certificats sont encore "
    "établis le plus souvent au seul nom du mari, et a plaidé pour un certificat délivré aux deux époux. Le "
    "GFEM a décrit les difficultés des entrepreneures à fournir les garanties exigées par les banques et les "
    "institutions de microfinance. L'Université d'Antananarivo a présenté des travaux de terrain sur les "
    "agricultrices de l'Androy, qui vendent leurs semences et leur bétail pendant les années de sécheresse.")
par([("Participants : ", "B"),
     ("Solidarité des Intervenants sur le Foncier (SIF) ; Groupement des Femmes Entrepreneurs de Madagascar "
      "(GFEM), avec Mme Nirina Razafindrabe, vice-présidente ; Université d'Antananarivo, avec le Pr Lalao "
      "Randriamanantena, enseignante-chercheuse en sociologie rurale.", "")])

head("Suites à donner")
par("Le bureau de pays transmettra la présente note à l'équipe chargée de la stratégie et aux participants. "
    "Une restitution des résultats de la consultation est prévue au premier trimestre 2024, à laquelle le "
    "Ministère de la Population et des Solidarités sera invité.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
