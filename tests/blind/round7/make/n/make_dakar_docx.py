#!/usr/bin/env python3
"""Make docs/n-dakar-journal-fr.docx: a French mission diary (journal de mission) as a real Word file.

    .venv-make/bin/python make/make_dakar_docx.py [OUT.docx]

Layout: no heading styles at all. A two-column "fiche" table (label | value) at the top, a short
"En bref" paragraph, then one bold line per day with its venue ("LUNDI 20 NOVEMBRE — ..."), and under
it each meeting as a plain line starting with the time ("09 h 30 — Organisation. Reçus par ..."),
followed by a plain discussion paragraph. The members of the donor group are a Word bullet list.
One meeting of the diary was postponed (it is not a meeting that took place). People's names are
fictional; the organisations are real. Reproducible bytes (fixed metadata and zip timestamps).
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common_docx import save_reproducible  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "n-dakar-journal-fr.docx"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)


def para(text="", bold=False, size=None, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def line(time, head, rest):
    """A diary line: time and organisation in bold, the rest plain, in one paragraph."""
    p = doc.add_paragraph()
    p.add_run(time + " — ").bold = True
    p.add_run(head).bold = True
    p.add_run(rest)
    return p


para("GROUPE DE LA BANQUE MONDIALE — BUREAU DE DAKAR", bold=True, size=9)
para("JOURNAL DE MISSION", bold=True, size=16)
para("Consultations sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale", bold=True, size=12)

fiche = [
    ("Pays", "Sénégal"),
    ("Lieux", "Dakar et Diamniadio"),
    ("Période", "du 20 au 22 novembre 2023"),
    ("Interlocuteurs", "administration publique et partenaires techniques et financiers"),
    ("Rédaction", "équipe pays, point focal genre"),
]
t = doc.add_table(rows=len(fiche), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(fiche):
    t.cell(i, 0).text = ""
    t.cell(i, 0).paragraphs[0].add_run(k).bold = True
    t.cell(i, 1).text = v

para()
para("En bref", bold=True)
para("La mission a rencontré deux ministères, l'agence nationale de la statistique et le groupe des partenaires "
     "techniques et financiers qui travaillent sur le genre. Tous les interlocuteurs ont soutenu le projet de "
     "stratégie ; les principales demandes portent sur l'alignement avec les politiques nationales, le financement "
     "des données et la coordination entre bailleurs. La rencontre prévue avec les parlementaires n'a pas pu avoir "
     "lieu. Le détail jour par jour figure ci-dessous.")

# ---- Day 1
para()
para("LUNDI 20 NOVEMBRE — Sphère ministérielle Ousmane Tanor Dieng, Diamniadio", bold=True)
line("09 h 30", "Ministère de la Femme, de la Famille et de la Protection des Enfants (MFFPE).",
     " Reçus par Mme Awa Ndiaye Sarr, Secrétaire générale, entourée de M. Ibrahima Faye, Directeur de l'Équité et "
     "de l'Égalité de Genre, et de Mme Khady Diop Mbengue, cheffe de la Cellule genre.")
para("Le Ministère a accueilli très favorablement le projet de stratégie, dont les trois objectifs rejoignent ceux "
     "de la Stratégie nationale pour l'équité et l'égalité de genre (SNEEG 2). Les échanges ont porté sur la lutte "
     "contre les violences basées sur le genre, l'autonomisation économique des femmes rurales, le maintien des "
     "filles à l'école et la représentation des femmes dans les instances de décision. Mme Sarr a souhaité que la "
     "nouvelle stratégie capitalise sur le Projet d'autonomisation des femmes et du dividende démographique au "
     "Sahel (SWEDD), dont la deuxième phase couvre plusieurs régions du pays, et a proposé un atelier commun de "
     "restitution au premier trimestre 2024.")
line("15 h 00", "Ministère de l'Économie, du Plan et de la Coopération (MEPC), Direction générale de la "
     "Planification et des Politiques économiques.", " Interlocuteur principal : M. Mamadou Lamine Sow, Directeur "
     "de la Planification.")
para("M. Sow a dit partager les orientations du document. Il a surtout été question de la budgétisation sensible "
     "au genre, que le Sénégal expérimente dans plusieurs ministères pilotes, et de la manière dont la Banque pourrait "
     "tenir compte de l'égalité entre les sexes dans ses appuis budgétaires et dans le dialogue sur les finances "
     "publiques. Le MEPC a aussi plaidé pour que les financements climatiques bénéficient davantage aux femmes des "
     "zones côtières menacées par l'érosion, qui vivent de la transformation du poisson.")

# ---- Day 2
para()
para("MARDI 21 NOVEMBRE — Bureau de la Banque mondiale, Dakar (salle Gorée)", bold=True)
line("10 h 00", "Groupe thématique genre des partenaires techniques et financiers (GTG-PTF).",
     " Réunion ordinaire du groupe, présidée ce trimestre par ONU Femmes, représentée par Mme Fatou Binetou Cissé, "
     "spécialiste de programme. Membres présents :")
for m in ["ONU Femmes",
          "Fonds des Nations Unies pour la population (UNFPA)",
          "Ambassade du Canada au Sénégal",
          "Agence française de développement (AFD)",
          "Délégation de l'Union européenne au Sénégal",
          "Agence luxembourgeoise pour la Coopération au Développement (LuxDev)",
          "Banque africaine de développement (BAD)",
          "Agence des États-Unis pour le développement international (USAID)"]:
    para(m, style="List Bullet")
para("Les membres ont soutenu le projet de stratégie. La discussion a surtout porté sur la coordination entre "
     "partenaires : chacun finance ses propres études et ses propres projets pilotes, parfois dans les mêmes "
     "communes, et le groupe propose une cartographie commune des financements consacrés à l'égalité de genre. "
     "L'Ambassade du Canada et l'UNFPA ont insisté sur la santé sexuelle et reproductive des adolescentes, encore "
     "peu présente dans le portefeuille de la Banque au Sénégal. La BAD a présenté son initiative Affirmative "
     "Finance Action for Women in Africa (AFAWA) et proposé des passerelles avec les lignes de crédit de la Banque "
     "mondiale destinées aux entreprises dirigées par des femmes.")
line("15 h 30", "Assemblée nationale, Réseau des femmes parlementaires : rencontre reportée.",
     " Le Réseau a demandé le report en raison de l'examen du projet de loi de finances 2024 en séance plénière. "
     "Une visioconférence sera proposée dans la deuxième quinzaine de décembre.")

# ---- Day 3
para()
para("MERCREDI 22 NOVEMBRE — Agence nationale de la Statistique et de la Démographie, Dakar", bold=True)
line("09 h 00", "Agence nationale de la Statistique et de la Démographie (ANSD).",
     " Participants : M. Cheikh Tidiane Diouf, Directeur des Statistiques démographiques et sociales ; Mme Mariama "
     "Sy Thiam, statisticienne ; Mme Seynabou Gaye, chargée des enquêtes auprès des ménages.")
para("L'ANSD approuve la place donnée aux données dans la stratégie, mais s'inquiète de voir figurer dans le cadre "
     "de résultats des indicateurs que les enquêtes nationales ne mesurent pas encore et qu'elle n'a pas les moyens "
     "de financer seule. M. Diouf a rappelé que le pays ne dispose d'aucune enquête sur l'emploi du temps "
     "permettant de mesurer le travail domestique et de soins non rémunéré, et que les données ventilées par sexe "
     "sur la propriété foncière restent très partielles. Une étude récente de l'Institut de recherche pour le "
     "développement (IRD) sur le travail des femmes dans le secteur informel a été citée comme exemple de ce qui "
     "pourrait être fait à plus grande échelle.")

para()
para("Suites à donner", bold=True)
for s in ["Envoyer aux interlocuteurs le lien vers la consultation en ligne (équipe pays, 24 novembre).",
          "Reprogrammer la rencontre avec le Réseau des femmes parlementaires.",
          "Étudier avec l'ANSD et le GTG-PTF un financement commun d'une enquête sur l'emploi du temps."]:
    para(s, style="List Number")

save_reproducible(doc, OUT, datetime.datetime(2023, 11, 24, 10, 0, 0),
                  "Journal de mission - Consultations Stratégie genre - Sénégal")
print(f"wrote {OUT}")
