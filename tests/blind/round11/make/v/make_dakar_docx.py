#!/usr/bin/env python3
"""Make docs/v-dakar-fr.docx, a French back-to-office note (mission summary) as a Word file.

    OUT/.venv-make/bin/python make_dakar_docx.py [OUT.docx]

Layout: an identification table ("Pays | Sénégal", ...) before any heading; Heading 1 for
sections and Heading 2 for meetings named by their VENUE and day ("Au Ministère ... — lundi
2 octobre"); a prose "Synthèse" instead of a key-messages list; meeting 1's people in a
two-column table with no header row (Nom | Fonction; the institution is only in the
heading) AFTER its discussion bullets; meeting 2's participants as a nested Word list
(ministry at level 1, its people at level 2); meeting 3's delegations in one running
sentence ("Étaient représentés : la Délégation ..., l'Ambassade ..."); meeting 4 given as a
single prose paragraph under "Autres échanges". People are fictional; institutions real.
Byte-reproducible (fixed core properties and zip timestamps).
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_common import save_reproducible  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "v-dakar-fr.docx"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)


def para(text="", style=None, bold_lead=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    if text:
        p.add_run(text)
    return p


def grid(rows, style="Table Grid", bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = t.cell(r, c)
            cell.text = ""
            cell.paragraphs[0].add_run(value).bold = bold_first_col and c == 0
    return t


p = para()
p.add_run("GROUPE DE LA BANQUE MONDIALE — Bureau de Dakar").bold = True
p = para()
r = p.add_run("NOTE DE FIN DE MISSION")
r.bold = True
r.font.size = Pt(14)
para("Consultations sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale")

grid([
    ("Pays", "Sénégal"),
    ("Lieu", "Dakar"),
    ("Dates", "du 2 au 4 octobre 2023"),
    ("Interlocuteurs", "Gouvernement et partenaires techniques et financiers"),
], bold_first_col=True)

doc.add_heading("1. Contexte et objectifs", level=1)
para("Dans le cadre de la préparation de sa Stratégie genre 2024-2030, le Groupe de la Banque mondiale mène des "
     "consultations dans une quarantaine de pays. Au Sénégal, la mission a souhaité recueillir l'avis du Gouvernement "
     "du Sénégal et des partenaires techniques et financiers sur le projet de stratégie, mieux comprendre les "
     "priorités nationales en matière d'égalité entre les femmes et les hommes, et repérer des pistes de collaboration. "
     "Quatre rencontres ont eu lieu à Dakar.")

doc.add_heading("2. Synthèse", level=1)
para("Les interlocuteurs ont dans l'ensemble accueilli favorablement le projet de stratégie, qu'ils jugent cohérent "
     "avec la Stratégie nationale pour l'Équité et l'Égalité de Genre (SNEEG). Ils ont insisté sur l'application "
     "effective de la loi de 2020 criminalisant le viol, sur l'accès des femmes au foncier et sur la nécessité de "
     "mieux mesurer le travail non rémunéré. Les partenaires ont rappelé que la coordination entre bailleurs reste "
     "insuffisante et que les organisations de femmes de la Casamance et des zones frontalières reçoivent peu de "
     "financements directs.")

doc.add_heading("3. Déroulé des rencontres", level=1)

# Meeting 1: venue heading, discussion bullets first, then a header-less Nom | Fonction table
doc.add_heading("Au Ministère de la Femme, de la Famille et de la Protection des Enfants — lundi 2 octobre", level=2)
para("Points saillants", bold_lead=None).runs[0].bold = True
for t in [
    "La Directrice a exprimé le plein soutien du Ministère au projet de stratégie et souhaité que le Groupe de la "
    "Banque mondiale s'aligne sur la SNEEG.",
    "Le Ministère a présenté le bilan de la loi n° 2020-05 criminalisant le viol et la pédophilie : les plaintes "
    "augmentent, mais les victimes manquent encore de prise en charge médicale et psychologique.",
    "Les mariages d'enfants restent fréquents dans certaines régions, où l'âge légal du mariage des filles, fixé à "
    "16 ans, est souvent contourné.",
    "Le Ministère a souligné que l'accès des femmes au foncier agricole dépend encore largement des conseils "
    "municipaux et des chefs de famille.",
    "Les cellules genre créées dans les ministères sectoriels manquent de moyens et de mandat clair ; le Ministère "
    "souhaite un appui pour renforcer leur coordination.",
]:
    para(t, style="List Bullet")
para("Interlocuteurs").runs[0].bold = True
grid([
    ("Mme Aïssatou Ndiaye Diop", "Directrice de l'Équité et de l'Égalité de Genre"),
    ("M. Moustapha Sarr Faye", "Conseiller technique du Ministre"),
    ("Mme Khady Ba Sow", "Cheffe du Bureau de lutte contre les violences basées sur le genre"),
])

# Meeting 2: venue heading, participants as a nested list (ministry -> people)
doc.add_heading("À la Direction générale de la Planification et des Politiques économiques — mardi 3 octobre", level=2)
para("Ont pris part à la rencontre :")
para("Ministère de l'Économie, du Plan et de la Coopération (MEPC)", style="List Bullet")
para("M. Ibrahima Diallo Kane, Directeur de la Planification, DGPPE", style="List Bullet 2")
para("Mme Ndèye Fatou Sène Gueye, Cheffe de la Cellule Genre", style="List Bullet 2")
para("Ministère des Finances et du Budget", style="List Bullet")
para("M. Abdoulaye Thiam Fall, Conseiller technique, Direction générale du Budget", style="List Bullet 2")
para("Les représentants des deux ministères ont salué l'initiative et souhaité être associés à la mise en œuvre de la "
     "stratégie. Les échanges ont porté sur la budgétisation sensible au genre, la prise en compte du travail "
     "domestique non rémunéré dans les comptes nationaux et l'évaluation de l'impact des réformes fiscales sur les "
     "ménages dirigés par des femmes. La DGPPE a rappelé que le Programme national de Bourses de Sécurité familiale "
     "(PNBSF) verse ses allocations majoritairement à des femmes et pourrait servir de base à des mesures "
     "d'accompagnement économique.")

# Meeting 3: venue heading, delegations in one running sentence
doc.add_heading("Dans les locaux d'ONU Femmes — mercredi 4 octobre (matin)", level=2)
para("La mission a été reçue par le Groupe thématique Genre des partenaires techniques et financiers (GTG-PTF). "
     "Étaient représentés : la Délégation de l'Union européenne au Sénégal, l'Ambassade du Canada au Sénégal, "
     "l'Agence française de développement (AFD), l'Agence luxembourgeoise pour la Coopération au Développement "
     "(LuxDev), ONU Femmes, le Fonds des Nations Unies pour la population (UNFPA), la Banque africaine de "
     "développement (BAD) et l'Agence japonaise de coopération internationale (JICA).")
para("Les partenaires ont accueilli positivement le projet de stratégie. Ils ont plaidé pour des financements "
     "directs et pluriannuels aux organisations de femmes, qui dépendent aujourd'hui de petits projets de courte "
     "durée. Plusieurs membres ont décrit la situation des femmes déplacées en Casamance et dans les zones "
     "frontalières du Mali, où l'insécurité limite l'accès aux services. La JICA a présenté son appui aux "
     "transformatrices de produits halieutiques de la Petite-Côte, dont les revenus ont fortement baissé. Le "
     "groupe a proposé que la Banque participe à ses réunions trimestrielles afin d'harmoniser les interventions.")

# Meeting 4: one prose paragraph, no venue heading of its own
doc.add_heading("Autres échanges", level=2)
para("La mission a également rencontré, le 4 octobre après-midi, l'équipe de l'Agence nationale de la Statistique et "
     "de la Démographie (ANSD), conduite par M. Cheikh Tidiane Mbaye, Chef de la Division des Statistiques "
     "démographiques. Les échanges ont porté sur les enquêtes existantes, notamment l'Enquête démographique et de "
     "santé continue, et sur la possibilité d'ajouter un module sur l'emploi du temps à la prochaine enquête "
     "nationale sur l'emploi, afin de produire des données ventilées par sexe sur le travail non rémunéré.")

doc.add_heading("4. Prochaines étapes", level=1)
for t in [
    "Partager la présente note avec les interlocuteurs rencontrés.",
    "Transmettre au GTG-PTF la note conceptuelle de la stratégie et le calendrier des consultations en ligne.",
    "Étudier avec l'ANSD un appui technique pour le module sur l'emploi du temps.",
]:
    para(t, style="List Number")
para("Rédigé par l'équipe du Bureau de Dakar, le 9 octobre 2023.").runs[0].italic = True

save_reproducible(doc, OUT, datetime.datetime(2023, 10, 9, 10, 0, 0),
                  "Note de fin de mission - Consultations Stratégie genre - Sénégal")
print(f"wrote {OUT}")
