#!/usr/bin/env python3
"""Make docs/j-dakar-mission-fr.pdf: a two-column "note de fin de mission" in French.

Layout: a full-width title band, then two text columns. Each meeting is headed by its VENUE and day
("Assemblée nationale — lundi 6 novembre"); the discussion comes first under "Ce qui a été dit", in prose;
the people present come AFTER it, under "Présents :", as "Organisation — Person, function" lines. The
list of those present at the second meeting runs from the foot of one column to the top of the next; a
postponed meeting with a ministry is reported in a closing box and is not a meeting. Running header and
"Page N" footer. People are fictional; organisations are real. Fixed creation date: reproducible.

    .venv-make/bin/python make_dakar_pdf.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdflayout import Layout, utc  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "j-dakar-mission-fr.pdf"
L = Layout("Note de fin de mission - Sénégal", "Stratégie genre 2024-2030 du Groupe de la Banque mondiale  |  "
           "Consultations au Sénégal", "Page {n}", utc(2023, 11, 15, 8, 0, 0), columns=1)

B = lambda s: (s, "B")
R = lambda s: (s, "")
I = lambda s: (s, "I")

L.block([B("GROUPE DE LA BANQUE MONDIALE")], size=8.5, after=1.5)
L.block([B("Stratégie genre 2024-2030 : consultations au Sénégal")], size=15, lead=7, after=1.5)
L.block([R("Note de fin de mission  •  Dakar, 6-8 novembre 2023  •  Élus, associations de femmes et chercheurs")],
        size=9.5, after=3)
L.rule(after=4)
L.set_columns(2)


def h1(text):
    L.block([B(text)], size=10.5, lead=5.4, after=1.4, keep=4)


def h2(text):
    L.block([I(text)], size=9.5, after=1.0, keep=3)


def p(text, **kw):
    L.block(text, **kw)


def present(line, tag=None):
    L.block(line, indent=4, bullet="–", after=0.8, keep=99, tag=tag)  # a participant line never splits


h1("Contexte")
p("Du 6 au 8 novembre 2023, une équipe du Groupe de la Banque mondiale a recueilli à Dakar l'avis d'élus, "
  "d'associations de femmes et de chercheurs sur le projet de Stratégie genre 2024-2030. Les échanges sont "
  "présentés ci-dessous lieu par lieu, dans l'ordre où ils se sont tenus ; pour chaque rencontre, la liste des "
  "présents figure après le résumé de la discussion. Les rencontres se sont déroulées en français et, pour "
  "partie, en wolof.", after=3)

h1("Assemblée nationale — lundi 6 novembre")
h2("Ce qui a été dit")
p("Les députés ont accueilli favorablement le projet de stratégie. Ils ont rappelé que la loi sur la parité de "
  "2010 a porté la part des femmes à l'Assemblée nationale à plus de 40 %, mais que les femmes restent rares à la "
  "tête des communes. Ils ont souhaité que la Banque appuie la budgétisation sensible au genre dans la préparation "
  "de la loi de finances, ainsi que la formation des élues locales, et ont demandé à être informés de "
  "l'avancement de la consultation.")
p("La séance, ouverte par le vice-président de la Commission des finances, a duré un peu plus d'une heure "
  "et s'est tenue dans une salle de commission, place Soweto. Les députés ont demandé que le résumé de "
  "leurs observations leur soit communiqué avant la publication de la version finale de la stratégie.")
p("Mme Diagne Ndiaye a également évoqué l'application de la loi de 2020 criminalisant le viol, qui manque "
  "encore de moyens dans les tribunaux régionaux.")
p("Présents :", after=0.8)
present("Assemblée nationale du Sénégal — Mme Aïssatou Diagne Ndiaye, députée", tag="m1-p1")
present("Assemblée nationale du Sénégal — M. Ibrahima Sarr Fall, député, vice-président de la Commission des "
        "finances et du contrôle budgétaire", tag="m1-p2")
present("deux assistantes parlementaires", tag="m1-last")
L.pdf.set_y(L.pdf.get_y() + 2.2)

h1("Siège du COSEF — mardi 7 novembre")
h2("Ce qui a été dit")
p("Les associations ont exprimé un soutien sans réserve à la stratégie, qu'elles jugent «\u00a0attendue depuis "
  "longtemps\u00a0». Les échanges ont porté sur la parité dans les assemblées élues, l'accès des femmes rurales au "
  "foncier, le mariage précoce et le financement des organisations de femmes.")
p("L'AJS a décrit ses boutiques de droit, qui offrent une assistance juridique gratuite aux femmes victimes de "
  "violences. La Plateforme des femmes pour la paix en Casamance a demandé que la stratégie tienne compte des "
  "femmes des régions qui sortent d'un long conflit armé, et l'APROFES a souhaité que les associations de "
  "Kaolack soient associées au suivi.")
p("Présents :", after=0.8)
present("Conseil sénégalais des femmes (COSEF) — Mme Fatou Kiné Sow, secrétaire exécutive", tag="m2-p1")
present("Association des juristes sénégalaises (AJS) — Me Ndèye Coumba Faye, avocate, responsable des "
        "boutiques de droit", tag="m2-p2")
present("Réseau Siggil Jigéen", tag="m2-p3")
present("Plateforme des femmes pour la paix en Casamance (PFPC)", tag="m2-p4")
present("Association pour la promotion de la femme sénégalaise (APROFES)", tag="m2-p5")
L.pdf.set_y(L.pdf.get_y() + 2.2)

h1("Université Cheikh Anta Diop, IFAN — mercredi 8 novembre")
h2("Ce qui a été dit")
p("Les chercheurs se sont montrés plus réservés. Ils doutent que les indicateurs du cadre de résultats puissent "
  "être suivis au Sénégal, faute de données ventilées par sexe au niveau des communes, et regrettent que le "
  "projet passe presque sous silence le travail domestique et de soins non rémunéré, qui repose pour l'essentiel "
  "sur les femmes.")
p("Le CRES a présenté une étude sur l'effet de la hausse des prix alimentaires sur les ménages dirigés par des "
  "femmes ; le CODESRIA a plaidé pour que la Banque s'appuie davantage sur la recherche africaine, et a cité à "
  "ce propos les travaux d'ONU Femmes sur l'emploi du temps au Sénégal.")
p("Présents :", after=0.8)
present("Laboratoire Genre et Recherche Scientifique de l'IFAN — Pr Mame Diarra Sarr Diouf, directrice", tag="m3-p1")
present("Consortium pour la recherche économique et sociale (CRES) — Dr Moussa Thiam Kane, chercheur principal", tag="m3-p2")
present("Conseil pour le développement de la recherche en sciences sociales en Afrique (CODESRIA)")
L.pdf.set_y(L.pdf.get_y() + 3)

h1("Rencontre reportée")
p("L'entretien prévu le 8 novembre avec le Ministère de la Femme, de la Famille et de la Protection des enfants "
  "a été reporté à la demande du Ministère. Il se tiendra par visioconférence avant la fin du mois et fera "
  "l'objet d'une note séparée.", after=3)

h1("Suites à donner")
for s in ["Transmettre la version révisée de la stratégie à l'ensemble des interlocuteurs.",
          "Étudier avec le CRES et l'IFAN un appui à la production de statistiques communales ventilées par sexe.",
          "Proposer au COSEF une session de restitution en début d'année 2024."]:
    L.block(s, indent=4, bullet="•", after=0.8, keep=1)

L.save(OUT)
