#!/usr/bin/env python3
"""Make docs/n-amman-panel-cuidados-en.pdf: an English event readout of a panel discussion.

    .venv-make/bin/python make/make_amman_pdf.py [OUT.pdf]

Layout: one text column; a running header "EVENT READOUT | Jordan" and a footer "Page N of 2" on
every page; an event card in label: value lines; the speakers introduced in prose (no participant
list); the audience named in a sentence; a numbered list of recommendations from the floor that
runs across the page break (item 1 on page 1, items 2-6 on page 2, after the running header); a short "Key takeaways" bullet
list at the end. Lines are placed here so the breaks are fixed. People's names are fictional; the
organisations are real. Reproducible (fixed creation date).
"""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common_pdf import Flow, new_pdf  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "n-amman-panel-cuidados-en.pdf"
LEFT, RIGHT, TOP, BOTTOM = 24, 24, 24, 20


def header(pdf):
    pdf.set_font("DejaVu", "B", 8)
    pdf.set_text_color(120, 30, 60)
    pdf.set_xy(LEFT, 12)
    pdf.cell(pdf.w - LEFT - RIGHT, 4, "EVENT READOUT  |  Jordan", align="L")
    pdf.set_draw_color(120, 30, 60)
    pdf.line(LEFT, 17.5, pdf.w - RIGHT, 17.5)
    pdf.set_text_color(0, 0, 0)


def footer(pdf):
    pdf.set_font("DejaVu", "", 8)
    pdf.set_xy(LEFT, pdf.h - 14)
    pdf.cell(pdf.w - LEFT - RIGHT, 4, f"Page {pdf.page_no()} of 2", align="R")


pdf = new_pdf(datetime.datetime(2023, 9, 15, 12, 0, tzinfo=datetime.timezone.utc),
              "Event readout - Who cares? Childcare, work and women in Jordan", "Jordan Country Office",
              header=header, footer=footer)
W = pdf.w - LEFT - RIGHT
LEAD = 4.5
flow = Flow(pdf, lambda page: [(LEFT, TOP, W, pdf.h - BOTTOM)])
flow.start_page()
B, R = "B", ""

flow.block([("Who cares? Childcare, work and women's economic participation in Jordan", B)], size=15, lead=7,
           after=2)
flow.block([("A panel discussion held as part of the consultations on the World Bank Group Gender Strategy "
             "2024-2030", "I")], size=10, lead=5, after=4)
for k, v in [("Date", "Tuesday, 12 September 2023, 10:00-12:30"),
             ("Venue", "Landmark Hotel, Amman"),
             ("Format", "in person, streamed live on the country office's social media pages"),
             ("Attendance", "about 70 people from government, business, civil society and development partners")]:
    flow.block([(k + ": ", B), (v, R)], size=9.5, lead=LEAD, after=0.6)
flow.space(3)

flow.block([("Why this panel", B)], size=11, lead=5.6, after=1.2, keep=3)
flow.block("Jordan has one of the lowest rates of female labour force participation in the world, and the draft "
           "Gender Strategy names care as one of the services that enable women to work. The panel asked a "
           "single question: what would it take for childcare to stop being the reason women leave their jobs?", size=9.5, lead=LEAD, after=3)

flow.block([("The speakers", B)], size=11, lead=5.6, after=1.2, keep=3)
flow.block("Opening remarks were delivered by H.E. Dr. Layla Mansour Al-Tal, Secretary-General of the Jordanian "
           "National Commission for Women (JNCW), who recalled that the Commission had pushed for the 2019 amendment "
           "of Article 72 of the Labour Law, which obliges larger employers to provide or fund childcare. The "
           "panel was moderated by Ms. Rania Haddad Khoury, economics editor at The Jordan Times. She was joined by "
           "Mr. Omar Saleh Bataineh, Director of Labour Policies at the Ministry of Labour; by Ms. Dana Kassem "
           "Nimri, co-founder of SADAQA, a Jordanian civil society organisation that campaigns for women-friendly "
           "workplaces; and by Ms. Hiba Farouk Zureikat, gender specialist at the ILO Regional Office for Arab "
           "States.", size=9.5, lead=LEAD, after=1.6)
flow.block("Questions from the floor came from representatives of the Jordan Chamber of Industry, Aramex, UN Women "
           "and the Jordan River Foundation, as well as from members of several women's cooperatives in Mafraq "
           "and Irbid.", size=9.5, lead=LEAD, after=3)

flow.block([("What was discussed", B)], size=11, lead=5.6, after=1.2, keep=3)
flow.block("The conversation covered four areas: the cost and availability of childcare, safe and affordable public "
           "transport, flexible work arrangements, and the social expectations placed on married women.",
           size=9.5, lead=LEAD, after=1.6)
flow.block("Panelists welcomed the attention that the draft strategy gives to care and asked the World Bank Group "
           "to keep it at the centre of its dialogue with the government. Mr. Bataineh said that compliance with "
           "Article 72 remains low among small and medium firms, and that the Ministry is looking at shared "
           "nurseries in industrial zones. Ms. Nimri argued that childcare alone will not be enough as long as "
           "women spend up to two hours a day on unsafe buses, where harassment is common; figures from the "
           "Department of Statistics were quoted showing that many women turn down jobs located more than "
           "30 minutes from home. Ms. Zureikat presented ILO estimates of the jobs that public investment in care "
           "could create, most of them for women, and stressed that care workers themselves need decent pay.",
           size=9.5, lead=LEAD, after=1.6)
flow.block("Several participants pointed to the expectations of husbands and families as the quiet barrier behind "
           "the statistics. The moderator closed the panel by asking each speaker what the government's Economic "
           "Modernisation Vision should promise women by 2033; the answers ranged from a national care strategy to "
           "a target for women in senior public posts.", size=9.5, lead=LEAD, after=3)

flow.block([("Recommendations from the floor", B)], size=11, lead=5.6, after=1.2, keep=3)
recs = [
    "Finance shared childcare centres in industrial zones and business parks, run jointly by several employers.",
    "Link childcare support to the social security system so that small firms are not deterred from hiring women.",
    "Invest in safe public transport, with women drivers and staff and a simple way to report harassment.",
    "Make flexible and part-time work legally secure, with social security coverage for part-time workers.",
    "Support campaigns, with religious and community leaders, that show fathers sharing care at home.",
    "Track results with data on time use, not only on employment rates.",
]
for i, r in enumerate(recs, 1):
    flow.block(r, size=9.5, lead=LEAD, indent=7, bullet=f"{i}.", after=0.8, keep=2)
flow.space(2.6)

flow.block([("Key takeaways", B)], size=11, lead=5.6, after=1.2, keep=3)
for t in ["Care is seen in Jordan as the first condition for women's employment, ahead of training or credit.",
          "Transport and safety from harassment are part of the same problem and should be addressed together.",
          "Stakeholders expect the World Bank Group to help the government enforce Article 72 and to build the "
          "evidence on what works, for instance through the Mashreq Gender Facility.",
          "Social norms about who provides care at home were seen as the slowest barrier to move."]:
    flow.block(t, size=9.5, lead=LEAD, indent=5, bullet="•", after=0.8)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT}: {pdf.page_no()} pages")
prev = None
for page, fr, text in flow.log:
    if prev and (page, fr) != prev[:2]:
        print(f"  break p{prev[0]} -> p{page}: ...{prev[2][-60:]!r} | {text[:60]!r}")
    prev = (page, fr, text)
