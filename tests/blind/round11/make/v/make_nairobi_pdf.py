#!/usr/bin/env python3
"""Make docs/v-nairobi-en.pdf, an English back-to-office note (mission summary) in TWO columns.

    OUT/.venv-make/bin/python make_nairobi_pdf.py [OUT.pdf]

Layout: a full-width title band, then two text columns on every page; a running header and
"Page N of 2" footer; "What we took away" as four numbered key messages; meetings headed by
their DAY ("Day 1 — Nairobi"); Day 1's discussion ("What we heard") BEFORE its participants,
which are a nested list (organisation, then its people) under "In the room"; Day 2's
participants as one semicolon-separated paragraph under "Present:" with people in
parentheses, and its topics enumerated in one sentence; Day 3's participant list runs from
the foot of one column into the next (checked below), and a prose paragraph of the same
meeting crosses a page break; a meeting that was postponed, with an organisation that was
therefore NOT consulted; a UN Women study cited. People are fictional; organisations real.
Reproducible (fixed creation date).
"""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_flow import Flow  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "v-nairobi-en.pdf"

f = Flow(title="Kenya - Gender Strategy consultations - back-to-office note", author="blind round11 v",
         when=datetime.datetime(2023, 9, 20, 7, 0, 0),
         header="Kenya  |  WBG Gender Strategy 2024-2030 consultations  |  Back-to-office note",
         footer="Page {n} of 2", columns=2, gutter=7, margins=(16, 16), top=19, bottom=18,
         body=("Serif", 9.2, 4.25))


def band(pdf, x, y, w):
    pdf.set_fill_color(232, 238, 245)
    pdf.rect(x, y, w, 27, style="F")
    pdf.set_xy(x + 4, y + 3)
    title, size = "KENYA: Consultations on the World Bank Group Gender Strategy 2024-2030", 14
    pdf.set_font("Sans", "B", size)
    while pdf.get_string_width(title) > w - 8:  # shrink the title until it fits the band
        size -= 0.5
        pdf.set_font("Sans", "B", size)
    pdf.cell(w - 8, 7, title)
    pdf.set_xy(x + 4, y + 11.5)
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(w - 8, 5, "Back-to-office note  |  Nairobi and Kisumu, 11-13 September 2023")
    pdf.set_xy(x + 4, y + 17.5)
    pdf.set_font("Sans", "I", 8.5)
    pdf.cell(w - 8, 5, "Stakeholders: national government, county officials, civil society and private sector")
    return y + 32


f.full_width_block(band)
B = lambda s: (s, "B")
R = lambda s: (s, "")

f.heading("Purpose of the visit", before=0)
f.block("A World Bank Group team visited Kenya from 11 to 13 September 2023 to consult stakeholders on the draft "
        "Gender Strategy 2024-2030. The team wanted to test the draft's three objectives against Kenya's own "
        "commitments, to hear where it falls short, and to find openings for joint work with national and county "
        "institutions. The team held three meetings, two in Nairobi and one in Kisumu.")

f.heading("What we took away")
for i, runs in enumerate([
    [B("Government officials endorsed the three objectives"), R(" and asked that the Bank's support follow the "
       "division of responsibilities between the national government and the 47 counties.")],
    [B("Gender-based violence remains the most urgent concern."), R(" Recovery centres in county hospitals are "
       "overstretched, and prosecutions are slow.")],
    [R("Women's groups welcomed credit from the "), B("Women Enterprise Fund"), R(" but warned that high-cost "
       "digital loans are pushing many women traders into debt.")],
    [R("The country team presented the Bank's support to "), B("Inua Jamii"), R(", the National Safety Net "
       "Programme, whose cash transfers reach older women in particular, and asked for ideas on linking it to "
       "childcare.")],
], start=1):
    f.block(runs, indent=5, marker=f"{i}.", after=1.0, label=f"key message {i}")

f.heading("Day 1 — Nairobi", size=11.5)
f.block([("Monday 11 September, State Department for Gender and Affirmative Action", "I")], after=1.4)
f.block([B("What we heard")], font="Sans", size=9, after=0.8)
f.block("Officials welcomed the draft, which they said fits the country's constitutional commitments to equality "
        "and the work already under way in the counties. The State Department described the network of "
        "gender-based violence recovery centres and the difficulty of keeping shelters open once donor funding "
        "ends. The National Gender and Equality Commission stressed that the two-thirds gender rule for elective "
        "bodies has still not been implemented, and that women remain a small minority in Parliament.", after=1.2)
f.block("KNBS presented the results of the first national time-use survey and offered to work with the Bank on "
        "indicators for the strategy's results framework. Participants also asked for clearer coordination "
        "between national ministries and county departments, which often run parallel programmes for the same "
        "women. A UN Women study on the cost of violence against women was cited in the discussion.", after=1.6)
f.block([B("In the room")], font="Sans", size=9, after=0.8)
for org, people in [
    ("Ministry of Public Service, Gender and Affirmative Action — State Department for Gender and Affirmative Action",
     ["Dr. Achieng Mwangi-Odhiambo, Secretary, Gender Affairs"]),
    ("National Gender and Equality Commission (NGEC)", ["Ms. Faith Njeri Wambui, Commissioner"]),
    ("Kenya National Bureau of Statistics (KNBS)", ["Mr. Peter Kiprono Langat, Director, Population and Social Statistics"]),
]:
    f.block(org, indent=4, marker="•", after=0.5, keep_whole=True)
    for p in people:
        f.block(p, indent=9, marker="–", after=0.7, keep_whole=True)
f.gap(1.5)

f.heading("Day 2 — Kisumu", size=11.5)
f.block([("Tuesday 12 September, Kisumu county offices", "I")], after=1.4)
f.block([B("Present: "), R("County Government of Kisumu (Ms. Rosemary Atieno Ouma, County Executive Committee "
        "Member for Gender, Youth and Sports); GROOTS Kenya (Ms. Grace Akinyi Nyandiko, Coordinator, Kisumu); "
        "Federation of Women Lawyers Kenya (FIDA-Kenya); Kenya Women Microfinance Bank.")], after=1.4)
f.block("Discussion centred on women's access to credit through table banking groups, the burden of unpaid care "
        "work on women fish traders, the exchange of fish for sex on the beaches of Lake Victoria, and the "
        "representation of women in county assemblies.", after=1.2)
f.block("Participants welcomed the draft but were sharply critical of digital lending apps and of microcredit that "
        "leaves women heavily indebted, and doubted that a global strategy would change much for women around the "
        "lake. FIDA-Kenya described cases of women traders coerced into sex by fishermen to secure their supply. "
        "The county asked the Bank to support childcare centres near the main landing beaches.", after=1.6)

f.heading("Day 3 — Nairobi", size=11.5)
f.block([("Wednesday 13 September, private sector roundtable hosted by KEPSA", "I")], after=1.4)
f.block([B("Participants")], font="Sans", size=9, after=0.8)
for line in [
    "Kenya Private Sector Alliance (KEPSA)",
    "Safaricom PLC – Ms. Wairimu Gachanja Mutua, Head of Diversity and Inclusion",
    "Equity Bank",
    "Kenya Association of Manufacturers (KAM)",
    "Federation of Kenya Employers (FKE) – Mr. Daniel Kiprotich Rono, Senior Industrial Relations Officer",
]:
    f.block(line, indent=4, marker="•", after=0.5, keep_whole=True, label="day 3 participant")
f.gap(1.0)
f.block("Companies endorsed the strategy and described the business case for workplace childcare, which several "
        "of them now provide. Equity Bank explained its lending to women-owned small businesses and the "
        "difficulty of lending without land as collateral, since few women hold title deeds. FKE reported that "
        "more employers have adopted sexual harassment policies, but that few workers use the complaints "
        "procedures. Safaricom described its programmes to bring young women into technical and engineering "
        "roles, and KAM asked for help to recruit women into manufacturing jobs outside Nairobi.",
        label="day 3 discussion")
f.block("The meeting with the Kenya Women Parliamentary Association (KEWOPA), planned for the afternoon of 13 "
        "September, was postponed at the Association's request because of a sitting of the National Assembly; it "
        "will be held online in October.", after=2.0)

f.heading("Next steps")
for t in ["Share this note with the participants and with the country management unit.",
          "Agree with KNBS on a short list of gender indicators drawn from the time-use survey.",
          "Reschedule the KEWOPA meeting as a virtual session."]:
    f.block(t, indent=4, marker="•", after=0.6)

f.save(OUT)
crossing = [(label, start, end) for label, start, end in f.log if start != end]
for label, start, end in crossing:
    print(f"crosses a column/page break: {label!r}: page/column {start} -> {end}")
day3 = {start for label, start, end in f.log if label == "day 3 participant"}
assert len(day3) > 1, "the Day 3 participant list should run across a column or page break"
assert crossing, "some paragraph should cross a column or page break"
print(f"wrote {OUT}: {f.pdf.page_no()} pages")
