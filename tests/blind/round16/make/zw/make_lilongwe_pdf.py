#!/usr/bin/env python3
"""Make docs/zw-lilongwe-mission.pdf: an English back-to-office note set in TWO text columns.

    OUT/.venv-make/bin/python make/make_lilongwe_pdf.py [OUT.pdf]

Layout: a running header and a bare page number on every page; a full-width title block and
a "Headlines" list across the page; then two columns. Meetings are headed by day and venue
("Tuesday 10 October · Parliament Building"); participants are given in prose (meeting 1),
after "Present:" (meeting 2) and as a list of organisations (meeting 3) that starts at the
foot of the RIGHT column of page 1 and continues at the top of the LEFT column of page 2
(as built: four organisations on page 1, six on page 2). A fourth, postponed meeting has a
heading of its own but did not take place. Fictional people, real
organisations. Fixed creation date: rebuilding gives the same bytes.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from zwlayout import Flow, new_pdf  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zw-lilongwe-mission.pdf"
L, R, TOP, BOTTOM, GUT = 17, 17, 22, 277, 8


class Doc(FPDF):
    def header(self):
        self.set_font("Sans", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(L, 10)
        self.cell(self.w - L - R, 4, "WORLD BANK GROUP  ·  Malawi Country Office  ·  Back-to-office note", align="L")
        self.set_xy(L, 10)
        self.cell(self.w - L - R, 4, "Gender Strategy 2024-2030 consultations", align="R")
        self.set_draw_color(0, 94, 145)
        self.set_line_width(0.5)
        self.line(L, 15.5, self.w - R, 15.5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("Sans", "", 7.5)
        self.set_xy(L, self.h - 12)
        self.cell(self.w - L - R, 4, str(self.page_no()), align="R")


pdf = new_pdf(Doc, "Back-to-office note - Malawi - Gender Strategy consultations", "Malawi Country Office",
              datetime.datetime(2023, 10, 16, 8, 0, 0, tzinfo=datetime.timezone.utc))
pdf.add_page()
W = pdf.w - L - R
CW = (W - GUT) / 2
f = Flow(pdf, "Sans", [(L, W)], TOP, BOTTOM)
BLUE = (0, 94, 145)

f.block([("Malawi: consultations on the World Bank Group Gender Strategy 2024-2030", "B")], size=15, lead=7, after=1,
        color=BLUE)
f.block("Lilongwe, 9–11 October 2023  ·  Government, Parliament and civil society", size=10.5, lead=5.5, after=4)
f.block([("Headlines", "B")], size=10.5, lead=5.5, after=1, color=BLUE)
heads = [
    "Government and the Parliamentary Women's Caucus endorsed the three objectives of the draft strategy.",
    "Gender-based violence services exist on paper in every district but are understaffed and poorly funded.",
    "The Social Cash Transfer Programme (SCTP) was seen as a platform for reaching poor rural women with savings "
    "and livelihood support.",
    "Civil society organisations asked for direct, multi-year funding and a formal role in implementation.",
]
for h in heads:
    f.block(h, size=9.5, lead=4.8, indent=5, bullet="■", after=0.8)
f.space(3)
pdf.set_draw_color(180, 180, 180)
pdf.set_line_width(0.2)
pdf.line(L, f.y, L + W, f.y)
f.space(4)
f.set_columns([(L, CW), (L + CW + GUT, CW)])

S, LD = 9.5, 4.75


def head(text):
    f.block([(text, "B")], size=10, lead=5.2, after=1.2, keep=3, color=BLUE)


def p(runs, **kw):
    kw.setdefault("after", 2.2)
    f.block(runs, size=S, lead=LD, **kw)


head("Purpose")
p("A World Bank Group team visited Lilongwe from 9 to 11 October 2023 to consult Malawian stakeholders on the draft "
  "World Bank Group Gender Strategy 2024-2030. The visit was organised by the Malawi Country Office. This note records "
  "what we heard; it is not a verbatim record, and views are not attributed to individuals unless they agreed.")
p("Each meeting opened with a short presentation of the draft strategy and its three objectives, followed by open "
  "discussion. Meetings with Government and Parliament were held in English; the civil society roundtable was held "
  "in English and Chichewa, with notes taken in English.")

head("Monday 9 October · Capital Hill")
p("We were received by Mrs. Esnart Chirwa Banda, Principal Secretary, and Mr. Chimwemwe Kalua, Director of Gender "
  "Affairs, of the Ministry of Gender, Community Development and Social Welfare. An officer of the National "
  "Statistical Office (NSO) joined for the second half of the meeting.")
p("The Principal Secretary welcomed the draft and said its objectives match the Government's own priorities under "
  "Malawi 2063 (MW2063). She described the network of one-stop centres for survivors of gender-based violence, most of "
  "which lack trained staff outside the district hospitals.")
p("The Director of Gender Affairs stressed that district councils, the police and the health ministry rarely share "
  "information on cases, and asked the Bank to support a common referral system. The ministry also hopes to link "
  "beneficiaries of the Social Cash Transfer Programme to village savings groups.")
p("The NSO officer noted that the last time-use survey is more than a decade old and that most sector statistics are "
  "still not broken down by sex.")
p("The ministry asked that any new Bank operation in social protection or agriculture include a budget line for "
  "gender staff in district councils, which it sees as the weakest link in delivery.")

head("Tuesday 10 October · Parliament Building")
p([("Present: ", "B"), ("Hon. Tamanda Mwale Nyirenda, MP, Chairperson; Hon. Grace Kachingwe Msiska, MP, Secretary; "
                       "and seven other members of the Malawi Parliamentary Women's Caucus.", "")])
p("The Caucus strongly supported the strategy and offered to champion it in the National Assembly. Members raised "
  "three issues: the low number of women elected to Parliament, gender-responsive budgeting, and child marriage in "
  "rural constituencies.")
p("Members recalled that the Gender Equality Act sets a 40 percent minimum for either sex in public appointments, "
  "but that the target has never been met, and asked for support to women candidates before the 2025 elections.")

head("Tuesday 10 October · Civil society roundtable")
p("Organisations taking part:", after=1)
cso = ["NGO Gender Coordination Network (NGOGCN)",
       "Women and Law in Southern Africa Research and Education Trust – Malawi (WLSA Malawi)",
       "Centre for Human Rights and Rehabilitation (CHRR)",
       "Girls Empowerment Network (GENET)",
       "Family Planning Association of Malawi (FPAM)",
       "Youth Net and Counselling (YONECO)",
       "Centre for Social Concern (CfSC)",
       "Coalition of Women Farmers (COWFA)",
       "Disabled Women in Africa (DIWA)",
       "Plan International Malawi"]
for o in cso:
    f.block(o, size=S, lead=LD, indent=5, bullet="–", after=0.6, keep=2, tag="cso")
f.space(1.6)
p("Participants welcomed the attention to violence and adolescent girls, but were sceptical that Bank financing would "
  "reach community organisations. Several said that funds channelled through government take years to arrive and "
  "that short project cycles leave survivors without support when a grant ends.")
p("FPAM and GENET described rising teenage pregnancy since the school closures of 2020 and asked that the strategy "
  "name access to contraception for adolescents explicitly. YONECO reported that its toll-free helpline receives more "
  "calls about violence than it can follow up.")
p("DIWA pointed out that women and girls with disabilities are absent from most programme targets, and COWFA asked "
  "that land and input subsidies reach women farmers in their own names. Participants asked to be consulted again "
  "on the results framework.")

head("Wednesday 11 October · Development partners (postponed)")
p("The meeting with the Donor Committee on Gender, co-chaired by UN Women and the Embassy of Ireland, was postponed at "
  "the co-chairs' request because it clashed with a Government event. It will be held online in November and reported "
  "separately.")

head("Next steps")
p("The team will share this note with the ministry and the Caucus, follow up with NGOGCN on a list of grassroots "
  "organisations for future consultations, and reschedule the partners' meeting.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages; list lines (tag, page, col): {f.log}")
