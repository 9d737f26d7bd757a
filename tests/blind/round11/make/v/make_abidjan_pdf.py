#!/usr/bin/env python3
"""Make docs/v-abidjan-fr.pdf, a French event readout (a youth workshop) as a one-column PDF.

    OUT/.venv-make/bin/python make_abidjan_pdf.py [OUT.pdf]

Layout: a label/value "cartouche" (Objet, Date, Lieu, Appui, Rédaction) drawn as two
aligned columns of text; sections lettered "A." to "E."; a timed agenda; participants
given as a lead-in sentence ("... issus des structures suivantes :") and a dash list of
organisations that runs from page 1 onto page 2 (checked below); the people who spoke named
only in the prose, with "Mlle"/"Mme"/"M."; the three group-work topics enumerated in one
sentence; a UNICEF study cited (UNICEF was not present). People are fictional;
organisations real. Reproducible (fixed creation date).
"""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_flow import Flow  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "v-abidjan-fr.pdf"

f = Flow(title="Compte rendu - Atelier jeunesse - Abidjan", author="blind round11 v",
         when=datetime.datetime(2023, 10, 24, 15, 0, 0),
         header="", footer="— {n} —", columns=1, margins=(24, 24), top=22, bottom=22,
         body=("Sans", 10.4, 5.3))
B = lambda s: (s, "B")
R = lambda s: (s, "")

f.block([B("COMPTE RENDU")], size=15, lead=7.5, after=0.5)
f.block("Atelier de consultation des organisations de jeunesse sur la Stratégie genre 2024-2030 du Groupe de la "
        "Banque mondiale", size=11.5, lead=6, after=4)


def cartouche(pdf, x, y, w):
    pdf.set_draw_color(60, 60, 60)
    pdf.line(x, y, x + w, y)
    rows = [("Objet", "Recueillir l'avis des jeunes sur le projet de stratégie"),
            ("Date", "Jeudi 19 octobre 2023, de 9 h à 13 h"),
            ("Lieu", "Abidjan-Plateau, Côte d'Ivoire"),
            ("Appui", "Bureau de la Banque mondiale à Abidjan, avec l'UNFPA"),
            ("Rédaction", "Équipe Genre, bureau d'Abidjan, 24 octobre 2023")]
    yy = y + 2.5
    for k, v in rows:
        pdf.set_xy(x, yy)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(28, 5, k)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(w - 28, 5, v)
        yy += 5.4
    pdf.line(x, yy + 1.5, x + w, yy + 1.5)
    return yy + 7


f.full_width_block(cartouche)

f.heading("A. Objet de l'atelier", size=11.5)
f.block("Le Groupe de la Banque mondiale prépare sa Stratégie genre 2024-2030. Pour que la voix des jeunes y soit "
        "entendue, le bureau d'Abidjan a organisé un atelier d'une demi-journée avec des organisations de jeunesse, "
        "des associations d'étudiantes et des réseaux de jeunes femmes leaders. L'atelier devait présenter les "
        "grandes lignes du projet, recueillir les réactions des participants et identifier des priorités propres "
        "aux jeunes Ivoiriennes.")
f.block("Les jeunes représentent plus des trois quarts de la population ivoirienne. Ils sont pourtant rarement "
        "consultés sur les politiques publiques qui les concernent, et les jeunes femmes encore moins que les "
        "jeunes hommes. L'atelier s'inscrivait dans une série de consultations menées par le Groupe de la Banque "
        "mondiale en Afrique de l'Ouest et du Centre, et ses conclusions seront reprises dans la synthèse régionale.")

f.heading("B. Déroulé", size=11.5)
for t, what in [("9 h 00", "Ouverture officielle"),
                ("9 h 30", "Présentation du projet de stratégie par l'équipe de la Banque mondiale"),
                ("10 h 15", "Travaux de groupe"),
                ("12 h 00", "Restitution en plénière et échanges"),
                ("13 h 00", "Clôture")]:
    f.block([B(t + "   "), R(what)], after=0.4)
f.gap(1.2)

f.heading("C. Participation", size=11.5)
f.block("L'atelier a été ouvert par M. Yao Kouadio Bamba, Directeur de la Promotion de la Jeunesse, représentant le "
        "Ministre de la Promotion de la Jeunesse, de l'Insertion professionnelle et du Service civique. Mme Clarisse "
        "Gnagne Yapi, chargée de programme Jeunesse du Fonds des Nations Unies pour la population (UNFPA), a présenté "
        "les résultats de l'appui de l'UNFPA aux espaces sûrs pour les adolescentes.")
f.block("L'atelier a réuni une quarantaine de jeunes, dont 31 jeunes femmes, issus des structures suivantes :",
        after=1.2)
for org in [
    "Conseil national des jeunes de Côte d'Ivoire (CNJCI)",
    "Jeune Chambre Internationale Côte d'Ivoire (JCI Côte d'Ivoire)",
    "Akendewa",
    "Association des Femmes Juristes de Côte d'Ivoire (AFJCI)",
    "Citoyennes pour la promotion et la défense des droits des enfants, femmes et minorités (CPDEFM)",
    "Réseau Paix et Sécurité des Femmes de l'espace CEDEAO, section Côte d'Ivoire (REPSFECO-CI)",
    "Université Félix Houphouët-Boigny, club genre des étudiantes",
    "Plan International Côte d'Ivoire",
]:
    f.block(org, indent=6, marker="–", after=0.6, keep_whole=True, label="participant")
f.gap(1.5)

f.heading("D. Ce que les jeunes ont dit", size=11.5)
f.block("Dans l'ensemble, les participants ont accueilli favorablement le projet de stratégie et apprécié d'être "
        "consultés avant sa finalisation. Trois thèmes avaient été retenus pour les travaux de groupe : l'emploi des "
        "jeunes femmes, les grossesses précoces en milieu scolaire et la participation des jeunes femmes à la vie "
        "publique.")
f.block("Sur l'emploi, Mlle Awa Koné Traoré, présidente de la commission genre du CNJCI, a souligné que les jeunes "
        "diplômées restent plus longtemps au chômage que les garçons et finissent souvent dans le commerce informel. "
        "Plusieurs groupes ont demandé que le Programme Jeunesse du Gouvernement (PJGouv) réserve une part de ses "
        "financements aux projets portés par des jeunes femmes. M. Serge-Alain Kouassi N'Guessan, chargé de "
        "programmes à Akendewa, a insisté sur la formation des filles au numérique et sur le coût de la connexion "
        "Internet hors d'Abidjan.")
f.block("Le groupe sur les grossesses précoces a rappelé qu'une étude de l'UNICEF recense chaque année plusieurs "
        "milliers de grossesses chez les élèves. Mme Bintou Cissé Ouattara, juriste à l'AFJCI, a décrit les "
        "violences sexuelles subies par des élèves de la part d'enseignants, rarement sanctionnées. Les participants "
        "ont cité le projet d'Autonomisation des Femmes et Dividende Démographique au Sahel (SWEDD) comme un exemple "
        "d'espaces sûrs à étendre. Ils ont aussi dénoncé le poids des normes sociales qui réservent les tâches "
        "domestiques aux filles et les retirent de l'école.")
f.block("Enfin, le REPSFECO-CI a plaidé pour la présence de jeunes femmes sur les listes électorales des "
        "prochaines élections locales et pour leur formation au leadership.")

f.heading("E. Suites à donner", size=11.5)
for t in ["Transmettre le présent compte rendu aux participants et à l'équipe de la Stratégie genre.",
          "Étudier avec le Ministère la possibilité d'un atelier de suivi à Bouaké ou à Korhogo en 2024.",
          "Associer un représentant des organisations de jeunesse au suivi de la stratégie en Côte d'Ivoire."]:
    f.block(t, indent=6, marker="•", after=0.6)

f.save(OUT)
pages = [start[0] for label, start, end in f.log if label == "participant"]
assert 1 in pages and 2 in pages, f"the participant list should cross from page 1 to page 2: {pages}"
print(f"participant list: {pages.count(1)} items on page 1, {pages.count(2)} on page 2")
print(f"wrote {OUT}: {f.pdf.page_no()} pages")
