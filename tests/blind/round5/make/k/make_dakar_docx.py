#!/usr/bin/env python3
"""Make docs/k-dakar-retour-mission-fr.docx: a French back-to-office note (note de fin de mission).

Layout: a memo block in a borderless two-column table (A / De / Date / Objet / Interlocuteurs), then
paragraphs numbered by hand 1. to 8. with a bold run-in title; paragraphs 3 to 6 each tell one meeting,
with the people inline ("Mme X, titre" or "Mme X (Organisation)"); paragraph 2 holds the key messages as
lettered sub-paragraphs a) b) c); paragraph 7 is a meeting that was postponed. Fictional people, real
organisations. Reproducible: fixed metadata and zip timestamps.
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common_docx import save_reproducible  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "k-dakar-retour-mission-fr.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)


def line(text, bold=False, size=None, align=None, after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def numbered(num, title, runs, indent=0.9):
    """A hand-numbered paragraph: 'N.' then a bold run-in title, then text runs (text, bold)."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent)
    pf.first_line_indent = Cm(-indent)
    pf.space_after = Pt(6)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(f"{num}.\t")
    p.add_run(title + " ").bold = True
    for text, bold in runs:
        p.add_run(text).bold = bold
    return p


def sub(letter, runs, indent=1.8):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent)
    pf.first_line_indent = Cm(-0.7)
    pf.space_after = Pt(3)
    p.add_run(f"{letter})\t")
    for text, bold in runs:
        p.add_run(text).bold = bold
    return p


line("GROUPE DE LA BANQUE MONDIALE", bold=True, size=9, after=0)
line("Région Afrique de l'Ouest et du Centre", size=9, after=10)
line("NOTE DE FIN DE MISSION", bold=True, size=15, after=8)

memo = [
    ("À :", "Directrice des opérations pour le Sénégal ; Équipe de la Stratégie genre"),
    ("De :", "Équipe de consultation Afrique de l'Ouest et du Centre"),
    ("Date :", "20 septembre 2023"),
    ("Objet :", "Consultations sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale "
                "— Dakar (Sénégal), 11-14 septembre 2023"),
    ("Interlocuteurs :", "Gouvernement, partenaires techniques et financiers, société civile"),
]
t = doc.add_table(rows=len(memo), cols=2)
for i, (k, v) in enumerate(memo):
    t.cell(i, 0).width = Cm(3.2)
    t.cell(i, 1).width = Cm(13)
    t.cell(i, 0).paragraphs[0].add_run(k).bold = True
    t.cell(i, 1).paragraphs[0].add_run(v)
line("", after=4)

numbered(1, "Objet de la mission.", [(
    "Du 11 au 14 septembre 2023, l'équipe s'est rendue à Dakar afin de recueillir l'avis des représentants du "
    "Gouvernement du Sénégal, des partenaires techniques et financiers et des organisations de la société civile "
    "sur le projet de Stratégie genre 2024-2030 du Groupe de la Banque mondiale. Quatre réunions ont pu se tenir "
    "(paragraphes 3 à 6) ; une cinquième a été reportée (paragraphe 7). La mission remercie le bureau pays pour "
    "son appui logistique.", False)])

numbered(2, "Principaux messages.", [("Trois messages se dégagent de l'ensemble des échanges :", False)])
sub("a", [("Les interlocuteurs ", False), ("adhèrent aux trois objectifs stratégiques", True),
          (" et souhaitent que la Stratégie s'appuie sur les instruments nationaux existants, au premier rang "
           "desquels la Stratégie nationale pour l'équité et l'égalité de genre (SNEEG 2).", False)])
sub("b", [("Les données ventilées par sexe restent lacunaires", True),
          (" ; sans un appui aux enquêtes nationales, le cadre de résultats sera difficile à renseigner.", False)])
sub("c", [("La société civile demande à être associée au suivi", True),
          (" de la mise en œuvre, et pas seulement consultée en amont.", False)])

numbered(3, "Ministère de la Femme, de la Famille et de la Protection des Enfants — lundi 11 septembre.", [(
    "La mission a été reçue par Mme Aminata Sow Ndiaye, Secrétaire générale, qu'accompagnait M. Ousmane Badji, "
    "Directeur de l'Équité et de l'Égalité de genre. Le ministère a dit son plein appui au projet de Stratégie, "
    "qu'il juge « en phase avec la SNEEG 2 ». Les échanges ont porté sur la prise en charge des survivantes de "
    "violences basées sur le genre, les mariages précoces dans les régions de Kolda et de Tambacounda, et l'accès "
    "des femmes au financement. Mme Sow Ndiaye a rappelé que la loi de 2020 criminalisant le viol n'a pas encore "
    "produit tous ses effets, faute de centres d'accueil en nombre suffisant. M. Badji a cité les lignes de crédit "
    "de la Délégation générale à l'Entrepreneuriat rapide des Femmes et des Jeunes (DER/FJ), dont les montants "
    "restent, selon lui, trop modestes pour permettre aux femmes d'investir.", False)])

numbered(4, "Ministère de l'Économie, du Plan et de la Coopération — mardi 12 septembre.", [(
    "Séance de travail à la Direction générale de la Planification et des Politiques économiques (DGPPE), avec "
    "la participation de l'Agence nationale de la Statistique et de la Démographie (ANSD). Autour de la table : "
    "M. Cheikh Tidiane Mbaye, conseiller technique (Ministère de l'Économie, du Plan et de la Coopération) ; "
    "Mme Khady Sarr Fall, cheffe de la Division des statistiques démographiques (ANSD) ; deux cadres de la "
    "cellule genre du ministère. Le ministère a salué l'attention portée aux résultats, mais s'est montré réservé "
    "sur le nombre d'indicateurs proposés. Selon Mme Sarr Fall, plusieurs d'entre eux supposent une enquête "
    "nationale sur l'emploi du temps que l'ANSD n'a pas les moyens de conduire seule ; elle a plaidé pour un appui "
    "à la production de statistiques de genre. M. Mbaye a présenté les efforts du ministère pour introduire une "
    "budgétisation sensible au genre dans les programmes budgétaires, et a souligné que la majorité des femmes "
    "actives travaillent dans l'économie informelle, ce qui rend difficile la mesure de leur emploi. Il a enfin "
    "évoqué le Programme national de bourses de sécurité familiale (PNBSF), dont les bénéficiaires sont "
    "majoritairement des femmes.", False)])

numbered(5, "Groupe thématique Genre des partenaires techniques et financiers — mercredi 13 septembre.", [(
    "Réunion tenue dans les locaux d'ONU Femmes, qui préside le groupe. Étaient représentés, parmi les membres "
    "du groupe : ONU Femmes, l'Ambassade du Canada au Sénégal (co-présidence), le Fonds des Nations Unies pour la "
    "population (UNFPA), le Fonds des Nations Unies pour l'enfance (UNICEF), l'Agence française de développement "
    "(AFD), l'Agence luxembourgeoise pour la Coopération au Développement (LuxDev) et la Délégation de l'Union "
    "européenne au Sénégal. Les membres ont bien accueilli le projet de Stratégie et se sont dits prêts à en "
    "accompagner la mise en œuvre. Mme Hélène Marchand (Ambassade du Canada au Sénégal) a insisté sur le "
    "financement direct des organisations de défense des droits des femmes, qui ne reçoivent selon elle qu'une "
    "part infime de l'aide. M. Babacar Guèye (UNFPA) a souligné l'importance de l'accès des adolescentes aux "
    "services de santé sexuelle et reproductive. Mme Sophie Diatta (UNICEF) a rappelé l'enjeu du maintien des "
    "filles à l'école au-delà du cycle primaire. La représentante de l'AFD a plaidé pour une meilleure prise en "
    "compte du genre dans les projets d'accès à l'électricité en milieu rural.", False)])

numbered(6, "Organisations de la société civile — jeudi 14 septembre, au siège de l'Association des Juristes "
            "Sénégalaises.", [(
    "Ont pris part à l'échange Mme Mariama Cissé Ba (Association des Juristes Sénégalaises, AJS), Mme Coumba "
    "Thiam Ndour (Conseil sénégalais des femmes, COSEF), Mme Ndèye Rokhaya Faye (Réseau Siggil Jigéen) et "
    "Mme Awa Diop Sène (Fédération des Associations Féminines du Sénégal, FAFS). Les organisations ont accueilli "
    "la consultation avec intérêt mais ont exprimé de vives réserves : à leurs yeux, le projet reste silencieux "
    "sur les discriminations inscrites dans la loi. Elles ont insisté sur trois points : l'accès des femmes "
    "rurales au foncier, l'application effective de la loi sur la parité dans les conseils municipaux, et la "
    "révision des dispositions discriminatoires du Code de la famille. Mme Thiam Ndour a ajouté que les "
    "mutilations génitales féminines et les violences conjugales restent sous-déclarées dans plusieurs régions.",
    False)])

numbered(7, "Réunion reportée.", [(
    "La rencontre prévue le 14 septembre après-midi avec le Réseau des femmes parlementaires de l'Assemblée "
    "nationale n'a pu avoir lieu en raison d'une session extraordinaire de l'Assemblée. Elle sera reprogrammée "
    "sous forme de visioconférence d'ici la fin du mois d'octobre.", False)])

numbered(8, "Suites à donner.", [(
    "(i) Partager la présente note avec les interlocuteurs rencontrés ; (ii) transmettre à l'ANSD la liste "
    "provisoire des indicateurs du cadre de résultats ; (iii) reprogrammer l'échange avec les parlementaires ; "
    "(iv) intégrer les observations ci-dessus dans la version révisée de la Stratégie.", False)])

save_reproducible(doc, OUT, datetime.datetime(2023, 9, 20, 10, 0, 0), "Note de fin de mission - Dakar")
print(f"wrote {OUT}")
