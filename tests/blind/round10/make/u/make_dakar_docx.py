#!/usr/bin/env python3
"""Make docs/u-dakar-fr.docx: a French mission summary told entirely in prose paragraphs,
one meeting per paragraph, with no headings (only a bold title line and a signature line).
Participants are named inside the prose. Reproducible (fixed core properties and zip times)."""
import sys
from pathlib import Path
from docx import Document
from docx.shared import Pt
sys.path.insert(0, str(Path(__file__).parent))
from docxutil import save_fixed

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "u-dakar-fr.docx"
doc = Document()
doc.styles["Normal"].font.name = "Garamond"
doc.styles["Normal"].font.size = Pt(11.5)

p = doc.add_paragraph()
r = p.add_run("Groupe de la Banque mondiale — Sénégal. Compte rendu de mission : consultations gouvernementales sur la Stratégie genre 2024-2030, Dakar, 2-4 octobre 2023")
r.bold = True

PARAS = [
    "Du 2 au 4 octobre 2023, une équipe du Groupe de la Banque mondiale s'est rendue à Dakar pour recueillir l'avis des représentants du gouvernement sénégalais sur le projet de Stratégie genre 2024-2030. Les entretiens se sont tenus dans les locaux des institutions rencontrées ; le présent compte rendu les reprend dans l'ordre où ils ont eu lieu.",

    "La mission a commencé le lundi 2 octobre au Ministère de la Femme, de la Famille et de la Protection des Enfants, où l'équipe a été reçue par Mme Awa Ndiaye Sarr, Directrice de l'Équité et de l'Égalité de Genre, entourée de M. Ibrahima Faye, Chef de la Division des Études et de la Planification. Le ministère a exprimé un soutien sans réserve aux trois objectifs de la stratégie, qu'il juge « parfaitement alignés » sur la Stratégie nationale pour l'Équité et l'Égalité de Genre. Les échanges ont porté sur les violences basées sur le genre, les mariages précoces dans les régions de Kolda et de Tambacounda, et l'accès des femmes rurales au foncier. Mme Sarr a souhaité que la Banque appuie le renforcement des centres de prise en charge des survivantes.",

    "Le même jour, dans l'après-midi, la mission s'est entretenue au Ministère de l'Économie, du Plan et de la Coopération avec M. Cheikh Tidiane Diop, Directeur de la Planification, et Mme Fatou Bintou Camara, Point focal genre. Tout en approuvant l'orientation générale du document, les deux interlocuteurs ont estimé que la stratégie restait trop générale sur les moyens : ils ont rappelé que la budgétisation sensible au genre n'est appliquée que dans quatre ministères pilotes et ont demandé un appui pour l'étendre à l'ensemble de la loi de finances. Ils ont aussi insisté sur la nécessité d'une meilleure coordination intersectorielle entre les ministères sectoriels et le ministère chargé de la Femme.",

    "Le mardi 3 octobre, l'équipe a rencontré à l'Agence Nationale de la Statistique et de la Démographie (ANSD) Mme Mariama Ba Sow, Cheffe du Bureau des statistiques sociales. L'ANSD a salué l'intérêt de la stratégie pour les données, puis a décrit les lacunes actuelles : l'Enquête nationale sur l'emploi ne permet pas encore de mesurer le travail domestique et de soins non rémunéré, et les données ventilées par sexe restent rares au niveau communal. Un rapport d'ONU Femmes sur les indicateurs de l'ODD 5 au Sénégal a été cité à l'appui.",

    "La dernière rencontre, le mercredi 4 octobre, a eu lieu à la Délégation générale à l'Entreprenariat rapide des Femmes et des Jeunes (DER/FJ) avec M. Moustapha Ndiaye Gueye, Directeur du financement, et Mme Khady Diallo, Responsable du suivi-évaluation. La DER/FJ a dit soutenir fermement la stratégie et a présenté ses résultats en matière d'inclusion financière des femmes, d'entrepreneuriat féminin et de compétences numériques. Elle a proposé de partager avec la Banque les données de remboursement de son portefeuille de microcrédits, dont 70 % sont accordés à des femmes.",

    "Une rencontre prévue avec le Haut Conseil des Collectivités Territoriales n'a pas pu se tenir et sera organisée à distance. L'équipe remercie l'ensemble de ses interlocuteurs ; les points soulevés seront pris en compte dans la version finale de la stratégie.",
]
for t in PARAS:
    doc.add_paragraph(t)
p = doc.add_paragraph()
p.add_run("Bureau de la Banque mondiale à Dakar — octobre 2023").italic = True
save_fixed(doc, OUT)
print(OUT)
