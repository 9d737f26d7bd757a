#!/usr/bin/env python3
"""Make docs/x-tunis-fr.pdf: a mission summary written as an AIDE-MÉMOIRE (Tunisia, French).

Layout: one column, serif font; a title block; sections in Roman numerals (I. to IV.);
every paragraph of the body numbered 1., 2., ... in the margin, as aide-mémoires are;
the three meetings as lettered sub-sections "A. Entretien avec ..." whose text gives no
participants at all: the people and organisations met are listed only in an ANNEX at the
end, grouped under the same letters. Key lessons are a dash list inside numbered
paragraph 3. Paragraphs (and the annex list) run across page breaks; a running header
and a "page N" footer sit between them. Mentioned only: Institut national de la
statistique, the ministry that is copied. People are fictional; organisations are real.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdfflow import Flow, add_fonts  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "x-tunis-fr.pdf"


class Doc(FPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_xy(24, 10)
        self.cell(self.w - 48, 4, "Groupe de la Banque mondiale — Consultations sur la Stratégie genre 2024-2030 — "
                  "Aide-mémoire, Tunisie", align="C")
        self.set_line_width(0.2)
        self.line(24, 15, self.w - 24, 15)

    def footer(self):
        self.set_font("Serif", "", 8)
        self.set_xy(24, self.h - 12)
        self.cell(self.w - 48, 4, f"page {self.page_no()}", align="R")


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Aide-mémoire - Mission de consultation à Tunis")
pdf.set_author("x round12 records")
add_fonts(pdf, family="Serif", serif=True)
f = Flow(pdf, left=24, right=24, top=22, bottom=20, family="Serif")
f.new_page()

SZ, LD = 10.5, 5.3
n = [0]


def num(text, tag=None):
    n[0] += 1
    f.para(text if isinstance(text, list) else [(text, "")], size=SZ, lead=LD, indent=9, hang=f"{n[0]}.",
           after=2.4, tag=tag)


def section(text):
    f.space(1.5)
    f.para([(text, "B")], size=11, lead=6, after=2, keep=4)


def sub(text, tag=None):
    f.para([(text, "B")], size=10.5, lead=5.5, after=1.6, keep=4, tag=tag)


def dash(text, tag=None, indent=15):
    f.para([(text, "")], size=SZ, lead=LD, indent=indent, first_indent=indent - 4.5, hang="–", after=1.0,
           tag=tag, keep=99)


f.para([("GROUPE DE LA BANQUE MONDIALE", "B")], size=9, lead=5, after=0.5)
f.para([("Stratégie genre 2024-2030 — Consultations nationales", "")], size=9, lead=5, after=6)
f.para([("AIDE-MÉMOIRE", "B")], size=17, lead=8, after=2)
f.para([("Mission de consultation à Tunis (Tunisie), 23-25 octobre 2023", "B")], size=11.5, lead=6, after=1)
f.para([("Interlocuteurs : gouvernement, partenaires techniques et financiers, société civile", "I")],
       size=10.5, lead=5.5, after=5)
f.rule(0.3)

section("I. CONTEXTE ET OBJET DE LA MISSION")
num("Une équipe du Groupe de la Banque mondiale a séjourné à Tunis du 23 au 25 octobre 2023 afin de recueillir "
    "l'avis des autorités, des partenaires techniques et financiers et de la société civile tunisienne sur le projet "
    "de Stratégie genre 2024-2030. La mission a tenu trois séances de travail, dont le compte rendu figure à la "
    "section III ; la liste des personnes rencontrées est jointe en annexe.")
num("La mission remercie les autorités tunisiennes et l'ensemble des interlocuteurs pour la qualité des échanges et "
    "pour la disponibilité dont ils ont fait preuve malgré des délais de préparation très courts.")

section("II. PRINCIPAUX ENSEIGNEMENTS")
num("Les principaux enseignements de la mission sont les suivants :")
for t in [
    "les trois objectifs du projet de stratégie rejoignent les priorités nationales, notamment la lutte contre la "
    "violence à l'égard des femmes et l'entrepreneuriat féminin ;",
    "l'insuffisance des données ventilées par sexe limite le suivi des politiques publiques comme des projets ;",
    "les femmes rurales, en particulier les ouvrières agricoles, restent les grandes oubliées des dispositifs "
    "de protection sociale ;",
    "la société civile s'inquiète du recul de la participation des femmes à la vie politique et de "
    "l'espace laissé aux associations.",
]:
    dash(t)
f.space(1.5)

section("III. COMPTE RENDU DES ENTRETIENS")
sub("A. Entretien avec le Ministère de la Famille, de la Femme, de l'Enfance et des Personnes Âgées (23 octobre)",
    tag="A")
num("La Directrice générale des affaires de la femme et de la famille a salué un projet de stratégie qui « rejoint "
    "pleinement » les priorités du Gouvernement tunisien et a assuré la mission du plein soutien du Ministère à ses "
    "trois objectifs.")
num("Le Ministère a présenté l'état de mise en œuvre de la loi organique n° 2017-58 relative à l'élimination de la "
    "violence à l'égard des femmes. Les centres de prise en charge des femmes victimes de violence se sont multipliés "
    "depuis 2017, mais leur répartition sur le territoire reste inégale et leurs équipes manquent de formation.")
num("Les échanges ont également porté sur le programme Raïdat d'appui à l'entrepreneuriat féminin, l'extension des "
    "crèches et jardins d'enfants publics en zones rurales et la protection sociale des travailleuses agricoles à "
    "travers le programme Ahmini. Le Ministère souhaiterait que la Banque l'aide à évaluer ces deux programmes "
    "avant leur extension à l'ensemble des gouvernorats.")

sub("B. Réunion du Groupe thématique genre des partenaires techniques et financiers (24 octobre)", tag="B")
num("Réunis à l'invitation d'ONU Femmes, qui assure la présidence du groupe, les partenaires ont accueilli "
    "favorablement le projet de stratégie et se sont dits prêts à en harmoniser la mise en œuvre avec leurs propres "
    "programmes.")
num("ONU Femmes et le FNUAP ont insisté sur le manque de statistiques ventilées par sexe, en rappelant que la "
    "dernière enquête nationale sur la violence à l'égard des femmes menée avec l'Institut national de la "
    "statistique (INS) date de plusieurs années. La BAD a présenté son initiative AFAWA (Affirmative Finance Action "
    "for Women in Africa), qui vise à faciliter l'accès des entrepreneures au crédit bancaire, et l'AFD ses lignes "
    "de crédit aux institutions de microfinance.")
num("La Délégation de l'Union européenne a attiré l'attention de la mission sur la situation des femmes migrantes "
    "originaires d'Afrique subsaharienne, particulièrement exposées aux violences et à l'exploitation à Sfax et dans "
    "le Grand Tunis. Les partenaires ont proposé de mieux coordonner leurs appuis aux structures publiques chargées "
    "de l'égalité.")

sub("C. Rencontre avec des organisations de la société civile (25 octobre)", tag="C")
num("Les organisations rencontrées ont exprimé de fortes réserves. Elles reconnaissent l'intérêt du projet de "
    "stratégie mais craignent qu'il reste lettre morte si la Banque ne conditionne pas davantage ses appuis au "
    "respect des droits des femmes.")
num("L'ATFD a souligné que l'égalité est d'abord une question de droits et ne doit pas être justifiée seulement par "
    "son rendement économique. Plusieurs participantes ont relevé la forte baisse du nombre de femmes élues à "
    "l'Assemblée des représentants du peuple depuis la suppression du principe de parité dans la loi électorale de "
    "2022.")
num("Les associations ont enfin fait part de leurs difficultés d'accès aux financements et de leur inquiétude face "
    "aux projets de restriction du financement étranger des associations. Elles ont demandé que la Banque les "
    "consulte régulièrement pendant toute la durée de la stratégie.")

section("IV. SUITES À DONNER")
num("La mission transmettra cet aide-mémoire aux interlocuteurs rencontrés. Le bureau de la Banque à Tunis "
    "organisera en décembre une séance de restitution avec le Groupe thématique genre et étudiera avec le Ministère "
    "les modalités d'une évaluation conjointe des programmes Raïdat et Ahmini.")

f.new_page()
f.para([("ANNEXE — PERSONNES ET ORGANISATIONS RENCONTRÉES", "B")], size=11, lead=6, after=2.5, keep=4)
f.para([("A. Ministère de la Famille, de la Femme, de l'Enfance et des Personnes Âgées (MFFEPA)", "B")],
       size=SZ, lead=LD, after=1, keep=3)
dash("Mme Samia Ben Romdhane, Directrice générale des affaires de la femme et de la famille", tag="annex", indent=9)
dash("M. Karim Jaziri, Directeur de la planification et des études", tag="annex", indent=9)
f.space(1.5)
f.para([("B. Groupe thématique genre des partenaires techniques et financiers", "B")], size=SZ, lead=LD, after=1,
       keep=3)
for t in ["Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes (ONU Femmes), présidence "
          "du groupe — Mme Hela Dridi Mansour, chargée de programme",
          "Fonds des Nations Unies pour la population (FNUAP)",
          "Délégation de l'Union européenne en Tunisie",
          "Agence française de développement (AFD)",
          "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
          "Banque africaine de développement (BAD)",
          "Ambassade du Canada en Tunisie"]:
    dash(t, tag="annex", indent=9)
f.space(1.5)
f.para([("C. Organisations de la société civile", "B")], size=SZ, lead=LD, after=1, keep=3)
for t in ["Association tunisienne des femmes démocrates (ATFD) — Mme Leïla Hamrouni Gharbi, membre du bureau exécutif",
          "Aswat Nissa — Mme Ines Ferchichi, directrice exécutive",
          "Ligue tunisienne pour la défense des droits de l'homme (LTDH) — M. Mehdi Ayari, responsable de la "
          "commission égalité",
          "Centre de recherches, d'études, de documentation et d'information sur la femme (CREDIF) — "
          "Mme Amel Trabelsi, chercheuse"]:
    dash(t, tag="annex", indent=9)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
last = None
for tag, page, col, text, y in f.log:
    if page != last:
        print(f"--- page {page}: first line: {text[:70]}")
        last = page
