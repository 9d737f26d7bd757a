#!/usr/bin/env python3
"""Make docs/r3f-cameroun-fr.pdf: a French mission note set in two text columns.

    .venv-make/bin/python make/make_cameroun_pdf.py

Layout: a shaded header band, an info box ("Période / Lieu / Public"), then the body in two
columns: "Contexte", three dash-led key messages under "Ce que nous retenons", and three
meetings headed by their audience, each with "Organisations présentes" as a nested list
(organisation, then its people on indented dash lines) and "Points saillants" as prose.
Text runs across the column break and onto page 2. Fixed creation date: reproducible.
"""
import datetime
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[1] / "docs" / "r3f-cameroun-fr.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"

pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2023, 10, 20, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Note de synthèse - consultations Cameroun")
pdf.set_author("Bureau de la Banque mondiale, Yaoundé")
pdf.add_font("S", "", FONT + "DejaVuSerif.ttf")
pdf.add_font("S", "B", FONT + "DejaVuSerif-Bold.ttf")
pdf.add_font("S", "I", FONT + "DejaVuSerif-Italic.ttf")
pdf.add_font("H", "", FONT + "DejaVuSansCondensed.ttf")
pdf.add_font("H", "B", FONT + "DejaVuSansCondensed-Bold.ttf")
pdf.set_margins(16, 16, 16)
pdf.set_auto_page_break(True, 18)


def footer():
    pdf.set_y(-12)
    pdf.set_font("H", "", 7.5)
    pdf.cell(0, 5, f"Note de synthèse – Cameroun – page {pdf.page_no()}", align="C")


pdf.footer = footer
pdf.add_page()

# header band
pdf.set_fill_color(20, 70, 110)
pdf.rect(0, 0, 210, 24, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(16, 7)
pdf.set_font("H", "B", 10)
pdf.cell(0, 5, "GROUPE DE LA BANQUE MONDIALE  |  Bureau de Yaoundé")
pdf.set_xy(16, 13)
pdf.set_font("H", "", 9)
pdf.cell(0, 5, "Note de synthèse – Consultations sur la Stratégie genre 2024-2030")
pdf.set_text_color(0, 0, 0)
pdf.set_y(30)
pdf.set_font("S", "B", 15)
pdf.multi_cell(0, 7, "Ce que la société civile camerounaise nous a dit", align="L")
pdf.ln(2)

# info box
pdf.set_fill_color(232, 238, 244)
pdf.set_font("H", "", 9)
y0 = pdf.get_y()
pdf.rect(16, y0, 178, 17, style="F")
pdf.set_xy(19, y0 + 2)
for label, val in (("Période", "9 – 11 octobre 2023"), ("Lieu", "Yaoundé (Cameroun)"),
                   ("Public", "Organisations de la société civile")):
    pdf.set_x(19)
    pdf.set_font("H", "B", 9)
    pdf.cell(22, 4.3, label)
    pdf.set_font("H", "", 9)
    pdf.cell(0, 4.3, val, new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y0 + 22)

cols = pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.25)


def head(text):
    pdf.set_font("H", "B", 10)
    with cols.paragraph(text_align="L", top_margin=2.5, bottom_margin=1.2) as p:
        p.write(text)


def sub(text):
    pdf.set_font("S", "I", 9)
    with cols.paragraph(text_align="L", top_margin=1, bottom_margin=0.6) as p:
        p.write(text)


def para(text, indent=0, bottom=1.6, align="J"):
    pdf.set_font("S", "", 9)
    with cols.paragraph(text_align=align, bottom_margin=bottom, indent=indent) as p:
        p.write(text)


def item(text, level=0):
    pdf.set_font("S", "B" if level == 0 else "", 9)
    mark = "•  " if level == 0 else "–  "
    with cols.paragraph(text_align="L", bottom_margin=0.5, indent=2 + 6 * level) as p:
        p.write(mark + text)


with cols:
    head("Contexte")
    para("Du 9 au 11 octobre 2023, une équipe du Groupe de la Banque mondiale a consulté à Yaoundé des "
         "organisations de la société civile camerounaise sur le projet de Stratégie du Groupe de la Banque "
         "mondiale pour l'égalité des genres 2024-2030. Trois rencontres ont eu lieu, au bureau de la Banque "
         "mondiale à Bastos et dans une salle de conférence du centre-ville. Les participants ont été invités "
         "à envoyer des contributions écrites complémentaires avant le 31 octobre.")
    head("Ce que nous retenons")
    para("– Les organisations soutiennent l'orientation générale de la stratégie, mais demandent que les crises "
         "du Nord-Ouest, du Sud-Ouest et de l'Extrême-Nord y soient explicitement prises en compte.", bottom=1)
    para("– Le financement direct des organisations de femmes reste très faible ; les participants souhaitent "
         "des guichets accessibles aux petites associations, sans exigence de cofinancement.", bottom=1)
    para("– Plusieurs intervenants ont jugé utile le Projet Filets Sociaux, tout en regrettant que les "
         "transferts soient le plus souvent versés au chef de ménage plutôt qu'aux femmes.")

    head("Table ronde avec les organisations de défense des droits des femmes")
    sub("Organisations présentes")
    item("Association de Lutte contre les Violences faites aux Femmes (ALVF)")
    item("Mme Odile Mbarga Nkolo, coordinatrice nationale", 1)
    item("Association Camerounaise des Femmes Juristes (ACAFEJ)")
    item("Me Béatrice Ngo Bassa, avocate au barreau du Cameroun", 1)
    item("Women in Alternative Action (WAA Cameroon)")
    item("Centre for Human Rights and Democracy in Africa (CHRDA)")
    item("M. Emmanuel Tabe Ashu, chargé de programme", 1)
    item("Ligue internationale des femmes pour la paix et la liberté, section Cameroun (WILPF Cameroun)")
    sub("Points saillants")
    para("Les participantes ont accueilli très favorablement le projet de stratégie, qu'elles jugent « attendu "
         "depuis longtemps » et pleinement conforme à leurs propres priorités. La discussion a porté sur l'accès à "
         "la justice pour les survivantes de violences sexuelles, la situation des femmes déplacées par la crise "
         "dans les régions anglophones, la place des femmes dans les processus de paix et l'insuffisance des "
         "financements accordés aux organisations féminines locales.")
    para("L'ACAFEJ a rappelé que les procédures judiciaires restent longues et coûteuses pour les victimes. "
         "WILPF Cameroun a demandé que la Banque s'appuie sur le deuxième Plan d'action national de la "
         "résolution 1325 pour ses opérations dans les zones de crise. Un rapport de l'UNFPA sur les violences "
         "basées sur le genre dans l'Extrême-Nord a été cité à plusieurs reprises.")

    head("Séance de travail avec des organisations de jeunesse et d'éducation des filles")
    sub("Organisations présentes")
    item("Conseil National de la Jeunesse du Cameroun (CNJC)")
    item("Mlle Aïcha Bouba Hamadou, vice-présidente chargée du genre", 1)
    item("Ligue pour l'Éducation de la Femme et de l'Enfant (LEFE)")
    item("Plan International Cameroun")
    item("M. Serge Ateba Owona, responsable du plaidoyer", 1)
    sub("Points saillants")
    para("Les jeunes ont salué l'attention que la stratégie porte aux adolescentes, mais ils se sont inquiétés de "
         "ce que le texte dise si peu des mariages précoces et des grossesses chez les filles de moins de "
         "dix-huit ans, très fréquents dans le Septentrion.")
    para("La LEFE a insisté sur le maintien des filles à l'école au-delà du primaire et sur le coût des "
         "fournitures scolaires pour les familles pauvres.")
    para("Le CNJC a plaidé pour des formations aux compétences numériques destinées aux jeunes femmes des "
         "villes secondaires, où l'accès à internet reste limité. Plan International Cameroun a regretté que "
         "les organisations de jeunes n'aient été associées qu'à la fin du processus et a demandé un mécanisme "
         "de suivi qui leur soit ouvert.")

    head("Déjeuner de travail avec les organisations paysannes")
    sub("Organisations présentes")
    para("Plateforme Régionale des Organisations Paysannes d'Afrique Centrale (PROPAC), Concertation Nationale "
         "des Organisations Paysannes du Cameroun (CNOP-CAM) et CARE Cameroun, représentée par Mme Jeanne "
         "Ebongue Mvondo, conseillère genre.", align="L")
    sub("Points saillants")
    para("Les participants ont appuyé la stratégie et proposé d'en relayer le contenu auprès de leurs membres. "
         "Les échanges ont porté sur l'accès des agricultrices au foncier, le crédit rural, le temps consacré à "
         "la corvée d'eau et de bois, et la représentation des femmes dans les coopératives. La PROPAC a proposé "
         "de partager les résultats de ses enquêtes auprès des femmes rurales de la sous-région.")
    pdf.set_font("S", "I", 8)
    with cols.paragraph(text_align="L", top_margin=3) as p:
        p.write("Rédigé par l'équipe pays de la Banque mondiale, Yaoundé, le 18 octobre 2023.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
