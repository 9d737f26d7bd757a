#!/usr/bin/env python3
"""Make docs/c-dakar-fr.pdf: a mission summary in French, two text columns, meetings headed by days.

Layout: a full-width title block, then two columns: "En bref" (key messages as dashes), a short
context paragraph, and a "Journal de mission" in which each day is a heading ("Lundi 20 novembre —
Dakar") and a day may hold two meetings introduced by "Matin :" / "Après-midi :" lines. Participants
are given in a sentence ("Reçus par ...") in one meeting, as a dash list in another, as a paragraph
after the discussion in the last. Text crosses the column break and the page break. People are
fictional; organisations real. Reproducible (fixed creation date).

    .venv-make/bin/python make/make_dakar_pdf.py [OUT.pdf]
"""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_flow import Flow  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "c-dakar-fr.pdf"

f = Flow(title="Consultations sur la Stratégie genre 2024-2030 - Sénégal", author="consultkg blind eval r1-c",
         when=datetime.datetime(2023, 11, 29, 8, 30, tzinfo=datetime.timezone.utc),
         header_text="Banque mondiale — Bureau de Dakar · Note de mission", footer_fmt="{n}",
         columns=1, gutter=7, left=16, right=16, top=18, bottom=18, size=9.2, lead=4.5)

B = lambda s: (s, "B")
R = lambda s: (s, "")
I = lambda s: (s, "I")

f.block([B("Sénégal — Consultations sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale")], size=14,
        lead=6.5, full_width=True, after=1)
f.block([R("Dakar et Thiès, du 20 au 22 novembre 2023")], size=10.5, full_width=True, after=0.5)
f.block([I("Interlocuteurs : administration, organisations de femmes rurales, partenaires techniques et financiers")],
        size=9.5, full_width=True, after=2.5)
f.rule(after=3)
f.set_columns(2)

f.block([B("EN BREF")], size=10, after=1.2)
for m in [
    "Les interlocuteurs sénégalais soutiennent les trois objectifs de la stratégie et demandent qu'elle s'appuie sur "
    "les politiques nationales existantes.",
    "Les femmes rurales rencontrées à Thiès placent l'accès au foncier, au crédit et à l'énergie avant toute autre "
    "priorité.",
    "Tous ont insisté sur la faiblesse des données ventilées par sexe, qui empêche de suivre les résultats au niveau "
    "des départements.",
]:
    f.block([R(m)], indent=4, bullet="–", after=1.0)
f.y += 1.5

f.block([B("CONTEXTE")], size=10, after=1.2)
f.block("La mission a présenté le projet de stratégie aux autorités, à la société civile rurale et aux partenaires "
        "au développement, afin de recueillir leurs observations avant la version finale. Quatre rencontres ont eu "
        "lieu en trois jours ; le compte rendu suit l'ordre chronologique.", after=3)

f.block([B("JOURNAL DE MISSION")], size=10, after=2)

# Day 1
f.block([B("Lundi 20 novembre — Dakar")], size=9.8, after=1.2, keep=3)
f.block([B("Matin : "), R("Ministère de la Femme, de la Famille et de la Protection des Enfants")], after=1.2)
f.block("Reçus par Mme Awa Ndiaye Sarr, Secrétaire générale du ministère, entourée de M. Ibrahima Fall Diouf, "
        "Directeur de l'Équité et de l'Égalité de Genre, et de Mme Khady Sy Mbengue, Coordonnatrice de la Cellule "
        "genre, les membres de la mission ont présenté les grandes lignes du projet.", after=1.2)
f.block("La Secrétaire générale a exprimé un soutien sans réserve à la stratégie, qu'elle juge « en phase avec nos "
        "propres priorités ». Les échanges ont porté sur la criminalisation du viol et sa mise en œuvre, le maintien "
        "des filles à l'école, l'autonomisation économique des femmes et le financement de la stratégie nationale de "
        "genre. Le ministère a rappelé que la Stratégie nationale pour l'équité et l'égalité de genre (SNEEG) reste "
        "sous-financée et a souhaité que la Banque l'aide à mobiliser d'autres bailleurs. Il a aussi cité le "
        "Programme national de bourses de sécurité familiale (PNBSF) comme canal possible pour toucher les femmes les "
        "plus pauvres.", after=2)

f.block([B("Après-midi : "), R("Agence Nationale de la Statistique et de la Démographie (ANSD)")], after=1.2)
f.block("Participants : M. Moustapha Guèye, Chef de la Division des enquêtes auprès des ménages ; Mme Fatou Bintou "
        "Camara, statisticienne-démographe.", after=1.2)
f.block("L'ANSD ne s'est pas prononcée sur la stratégie elle-même. Elle a présenté les données disponibles sur "
        "l'emploi des femmes et sur le temps consacré aux tâches domestiques et aux soins, et a indiqué qu'aucune "
        "enquête nationale sur l'emploi du temps n'a été réalisée depuis plus de dix ans. Elle propose un module "
        "genre dans la prochaine enquête harmonisée sur les conditions de vie des ménages.", after=2.5)

# Day 2
f.block([B("Mardi 21 novembre — Thiès")], size=9.8, after=1.2, keep=3)
f.block("Rencontre avec des organisations de femmes rurales dans les locaux de la chambre de commerce régionale. "
        "Présents :", after=1)
for n in [
    "Fédération des Associations Féminines du Sénégal (FAFS), représentée par Mme Ndèye Astou Faye, Présidente "
    "régionale",
    "Conseil National de Concertation et de Coopération des Ruraux (CNCR), Collège des femmes",
    "Fédération nationale des groupements de promotion féminine (FNGPF)",
    "Réseau Siggil Jigéen, représenté par Mme Bineta Diop Ndour, Chargée de programme",
]:
    f.block([R(n)], indent=4, bullet="–", after=0.8)
f.block("Les participantes ont salué l'attention portée aux femmes dans le projet de stratégie, mais se sont montrées "
        "sceptiques sur la capacité des projets financés par la Banque à atteindre les groupements de village. Elles "
        "ont surtout parlé de l'accès à la terre, de plus en plus difficile avec l'extension des périmètres "
        "agro-industriels, et de l'accès au crédit, que les institutions de microfinance accordent à des taux jugés "
        "trop élevés. Le manque d'eau et d'électricité pour la transformation des produits agricoles a été cité à "
        "plusieurs reprises. Une étude de la FAO sur le foncier des femmes au Sénégal a été citée à l'appui.",
        after=2.5)

# Day 3
f.block([B("Mercredi 22 novembre — Dakar")], size=9.8, after=1.2, keep=3)
f.block("La dernière rencontre s'est tenue avec le Groupe thématique genre des partenaires techniques et financiers, "
        "présidé par ONU Femmes. Les partenaires ont approuvé l'orientation générale du projet. L'UNFPA a insisté "
        "sur la santé sexuelle et reproductive et sur le mariage des enfants, qui touche près d'une fille sur trois "
        "avant 18 ans, et a rappelé les résultats du projet SWEDD (Autonomisation des femmes et dividende "
        "démographique au Sahel). Plusieurs partenaires ont souligné que la loi sur la parité a fait entrer de "
        "nombreuses femmes à l'Assemblée nationale, mais que très peu dirigent des communes. L'AFD et la BAD ont "
        "proposé de mieux coordonner leurs lignes de crédit aux entreprises de femmes avec celles de l'IFC.",
        after=1.2)
f.block([I("Ont pris part à cette réunion, tous membres du Groupe thématique : "),
         R("ONU Femmes ; Fonds des Nations Unies pour la population (UNFPA) ; Agence Française de Développement (AFD) ; "
           "Banque africaine de développement (BAD) ; Ambassade du Canada au Sénégal ; Agence luxembourgeoise pour la "
           "Coopération au Développement (LuxDev).")], after=2.5)

f.block([B("SUITES")], size=10, after=1.2)
f.block("La mission transmettra ce compte rendu à l'équipe chargée de la stratégie et étudiera avec l'ANSD l'appui "
        "possible à un module genre.", after=1)

f.output(OUT)
print(f"wrote {OUT}: {f.pdf.page_no()} pages; splits: {f.breaks}")
