#!/usr/bin/env python3
"""Make docs/r3g-madagascar-fr.pdf: a French mission summary (civil society, Antananarivo) in two text columns.

    OUT/.venv-make/bin/python make/make_madagascar_pdf.py

Layout: running header and footer; a full-width title block; the body in two balanced-less columns
(fpdf2 text_columns), so paragraphs and the second meeting's participant list run across the column
and page breaks; meetings headed by bold lines naming day and audience; participants as a
"Présents :" semicolon paragraph, as a dash list, and in prose. Fixed creation date.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "r3g-madagascar-fr.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 5, "Banque mondiale — Bureau de Madagascar  |  Note de restitution, consultations sur la Stratégie genre",
                  align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 5, f"page {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_creation_date(datetime.datetime(2023, 12, 11, 10, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Note de restitution - Madagascar")
pdf.set_author("Bureau de Madagascar")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
pdf.set_margins(16, 16, 16)
pdf.set_auto_page_break(True, margin=18)
pdf.add_page()

pdf.set_font("DejaVu", "B", 14)
pdf.multi_cell(0, 7, "Stratégie du Groupe de la Banque mondiale pour l'égalité des genres 2024-2030", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 10)
pdf.multi_cell(0, 5.5, "Consultations avec la société civile malgache\nAntananarivo, du 4 au 6 décembre 2023",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.line(16, pdf.get_y(), 194, pdf.get_y())
pdf.ln(4)

S = 10.5      # body size
L = 4.6      # line height


def para(cols, parts, space=2.2, indent=0):
    with cols.paragraph(text_align="J" if indent == 0 else "L", line_height=1.0, top_margin=0, bottom_margin=space,
                        indent=indent) as p:
        for style, text in parts:
            pdf.set_font("DejaVu", style, S)
            p.write(text)
    pdf.set_font("DejaVu", "", S)


def head(cols, text):
    with cols.paragraph(text_align="L", top_margin=2.5, bottom_margin=1.5) as p:
        pdf.set_font("DejaVu", "B", S + 0.6)
        p.write(text)
    pdf.set_font("DejaVu", "", S)


pdf.set_font("DejaVu", "", S)
cols = pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.12, balance=False)
with cols:
    head(cols, "CONTEXTE")
    para(cols, [("", "Du 4 au 6 décembre 2023, l'équipe du Bureau de Madagascar a réuni des organisations de la société "
                     "civile à Antananarivo pour recueillir leurs avis sur le projet de Stratégie du Groupe de la Banque "
                     "mondiale pour l'égalité des genres 2024-2030. Le Ministère de la Population et des Solidarités, "
                     "invité à la séance d'ouverture, n'a pas pu y participer. Les échanges se sont tenus en français et en "
                     "malgache ; la présente note en restitue l'essentiel, séance par séance.")])
    head(cols, "EN BREF")
    para(cols, [("B", "1. Un soutien large. "),
                ("", "Les organisations rencontrées approuvent les trois objectifs de la Stratégie et souhaitent être "
                     "associées à sa mise en œuvre dans les régions.")])
    para(cols, [("B", "2. Le Grand Sud d'abord. "),
                ("", "La sécheresse prolongée dans le Sud a aggravé les mariages précoces et la déscolarisation des filles ; "
                     "les participants demandent que le programme Fiavota de transferts monétaires tienne compte de ces "
                     "risques.")])
    para(cols, [("B", "3. Appliquer la loi. "),
                ("", "La loi n° 2019-008 relative à la lutte contre les violences basées sur le genre reste peu appliquée "
                     "hors de la capitale, faute de moyens pour les centres d'écoute et les tribunaux.")])

    head(cols, "Lundi 4 décembre — Atelier avec les associations de défense des droits des femmes")
    para(cols, [("B", "Présents : "),
                ("", "Fédération pour la Promotion Féminine et Enfantine (FPFE), représentée par Mme Hanitra Rakotomalala "
                     "Razafy, présidente ; Association Nifin'Akanga ; Marie Stopes Madagascar, représentée par Dr Fanja "
                     "Andrianaivo, directrice médicale ; Plateforme des Fédérations des Personnes Handicapées de "
                     "Madagascar (PFPH).")])
    para(cols, [("", "Les participantes ont accueilli le projet de Stratégie avec enthousiasme et lui ont apporté leur plein "
                     "soutien. Les échanges ont porté sur la dépénalisation de l'avortement thérapeutique, les mariages "
                     "précoces dans le Sud, les violences basées sur le genre et l'inclusion des femmes handicapées. "
                     "Nifin'Akanga a rappelé que les complications d'avortements clandestins restent une cause majeure de "
                     "mortalité maternelle, et la PFPH a demandé que les centres de santé et les centres d'écoute soient "
                     "rendus accessibles aux femmes en fauteuil roulant et aux femmes sourdes. Une étude de l'UNICEF sur le "
                     "mariage des enfants a été citée à plusieurs reprises.")])

    head(cols, "Mardi 5 décembre — Organisations paysannes et plateformes foncières")
    para(cols, [("", "Ont pris part à la séance :")], space=1)
    for line in ["Fikambanana Fampivoarana ny Tantsaha (FIFATA) ;",
                 "Solidarité des Intervenants sur le Foncier (SIF), représentée par M. Jean-Aimé Randriamanana, "
                 "coordonnateur national ;",
                 "CARE Madagascar ;",
                 "Coalition Paysanne de Madagascar (CPM), représentée par Mme Odile Razanamparany, secrétaire générale."]:
        para(cols, [("", "– " + line)], space=0.8, indent=0)
    para(cols, [("", "Les organisations paysannes ont salué l'attention que la Stratégie porte aux actifs des femmes, tout en "
                     "jugeant le texte trop éloigné des réalités du foncier malgache. Dans beaucoup de régions, la coutume "
                     "écarte les filles de l'héritage des rizières, et les certificats fonciers délivrés par les guichets "
                     "communaux sont presque toujours établis au seul nom du mari. La SIF a proposé que les projets "
                     "financés par la Banque mondiale exigent l'inscription conjointe des époux. CARE Madagascar a décrit "
                     "les groupes d'épargne villageois qui, dans le Sud, permettent aux femmes rurales d'acheter du petit "
                     "bétail et de résister aux chocs climatiques, mais a averti que ces groupes restent sans lien avec les "
                     "institutions de microfinance.")], space=2.5)

    head(cols, "Mercredi 6 décembre")
    para(cols, [("", "L'équipe a également rencontré, au Bureau de la Banque mondiale à Anosy, deux organisations de "
                     "gouvernance : l'Observatoire de la vie publique (SeFaFi) et Transparency International – Initiative "
                     "Madagascar (TI-IM), cette dernière représentée par Mme Voahangy Ranaivoson, chargée de programme. Ces "
                     "organisations ont exprimé des réserves sur la capacité de la Stratégie à changer la donne sans un "
                     "engagement politique plus ferme. Elles ont souligné la très faible présence des femmes parmi les "
                     "candidats aux élections de 2023 et parmi les maires, et estimé que le projet ne dit rien de la "
                     "place des femmes dans la vie politique locale. Elles ont aussi dénoncé le rétrécissement de l'espace "
                     "civique et demandé que la Banque consulte la société civile de manière régulière, et pas seulement "
                     "lors de la préparation des stratégies.")])
    head(cols, "Même jour, après-midi — Jeunes femmes et emploi")
    para(cols, [("", "Participants :")], space=1)
    for line in ["Groupement des Femmes Entrepreneurs de Madagascar (GFEM) ;",
                 "Habaka Madagascar Innovation Hub ;",
                 "SOS Villages d'Enfants Madagascar, représenté par M. Tiana Rabearivelo, responsable des programmes "
                 "jeunesse."]:
        para(cols, [("", "– " + line)], space=0.8)
    para(cols, [("", "Les participants ont approuvé l'orientation de la Stratégie vers l'emploi. Trois sujets ont dominé : "
                     "l'accès des jeunes femmes au numérique, le financement des entreprises créées par des femmes et les "
                     "grossesses précoces qui interrompent la scolarité. Le GFEM a expliqué que les banques exigent des "
                     "garanties que les jeunes entrepreneures ne possèdent pas, et Habaka a proposé d'ouvrir ses "
                     "formations au codage à des cohortes exclusivement féminines dans les villes secondaires.")])
    para(cols, [("I", "Prochaine étape : la note sera partagée avec les participants, qui pourront envoyer des "
                      "commentaires écrits jusqu'au 15 décembre.")])

pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
