#!/usr/bin/env python3
"""Make docs/c-nairobi-panel-en.pdf: an event readout (private-sector panel) in English, one column.

Layout: a "READOUT" kicker and title, a block of label-value lines (Date, Venue, Co-hosts, Attendance),
the panel as speaker blocks (name line, then title and organisation on the next line), "Highlights"
as numbered paragraphs with bold lead-ins, "From the floor" as a list of organisations that spoke,
which runs across the page break, then "Where the room stood" and "Next steps". People are
fictional; organisations real. Reproducible (fixed creation date).

    .venv-make/bin/python make/make_nairobi_pdf.py [OUT.pdf]
"""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_flow import Flow  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "c-nairobi-panel-en.pdf"

f = Flow(title="Readout - Private sector panel on the WBG Gender Strategy, Nairobi", author="consultkg blind eval r1-c",
         when=datetime.datetime(2023, 11, 10, 7, 0, tzinfo=datetime.timezone.utc),
         header_text="", footer_fmt="Page {n}", columns=1, left=24, right=24, top=22, bottom=22, size=10.5, lead=5.1)

B = lambda s: (s, "B")
R = lambda s: (s, "")
I = lambda s: (s, "I")

f.block([B("READOUT")], size=9, after=1)
f.block([B("Closing the gender gap in Kenya's digital economy: a private sector panel on the World Bank Group "
           "Gender Strategy 2024–2030")], size=14, lead=6.8, after=3)
for label, val in [
    ("Date", "Tuesday, 7 November 2023, 2:00–4:30 pm (EAT)"),
    ("Venue", "Kenya Private Sector Alliance (KEPSA), Westlands, Nairobi, and online"),
    ("Co-hosts", "World Bank Group and the Kenya Private Sector Alliance (KEPSA)"),
    ("Attendance", "48 in the room and 110 online, mostly from companies, banks and business associations"),
]:
    f.block([B(label + ": "), R(val)], after=0.6)
f.y += 2
f.rule(after=4)

f.block([B("Panel")], size=11.5, after=1.5)
f.block("The panel was moderated by IFC's gender lead for Kenya. The panellists were:", after=1.5)
for name, role in [
    ("Ms. Wanjiru Kamau-Otieno", "Chief Human Resources Officer, Safaricom PLC"),
    ("Mr. Habil Odhiambo Were", "Head of SME Banking, Equity Bank Kenya"),
    ("Ms. Faith Chebet Rotich", "Head of Policy and Advocacy, Kenya Private Sector Alliance (KEPSA)"),
    ("Prof. Amina Said Abdalla", "Dean, Strathmore Business School, Strathmore University"),
]:
    f.block([B(name)], indent=6, after=0)
    f.block([R(role)], indent=6, after=1.6)
f.y += 1.5

f.block([B("Highlights")], size=11.5, after=1.5)
f.block("The panel covered digital skills, access to finance for women-owned businesses, childcare at work, and "
        "online harassment.", after=2)
for n, (lead, body) in enumerate([
    ("Skills and connectivity first. ",
     "Safaricom described its programmes to train women in coding and its experience that women in rural counties "
     "are far less likely to own a smartphone. A GSMA study on the mobile gender gap was cited to show that cost of "
     "handsets, not interest, is the main barrier."),
    ("Finance that fits. ",
     "Equity Bank said women repay loans at least as well as men but borrow smaller amounts, often without collateral. "
     "Panellists discussed the government's Hustler Fund and the Women Entrepreneurs Finance Initiative (We-Fi), and "
     "asked the World Bank Group to help lenders use mobile-money histories in place of land titles."),
    ("Care is a business issue. ",
     "KEPSA reported that few firms outside Nairobi provide childcare and that the cost keeps many women out of "
     "formal jobs; it asked for incentives for employers who set up workplace crèches."),
    ("Safety online and at work. ",
     "Strathmore presented research on online harassment of women traders who sell on social media, and participants "
     "asked that the strategy address technology-facilitated violence and sexual harassment in workplaces."),
], start=1):
    f.block([B(f"{n}. {lead}"), R(body)], indent=6, after=2)
f.y += 1

f.block([B("From the floor")], size=11.5, after=1.5)
f.block("Representatives of the following organisations took part in the open discussion:", after=1.5)
for org in [
    "Federation of Kenya Employers (FKE)",
    "Kenya Association of Manufacturers (KAM)",
    "Kenya National Chamber of Commerce and Industry (KNCCI)",
    "Kenya Women Microfinance Bank (KWFT)",
    "M-KOPA",
    "Association of Women in Agriculture Kenya (AWAK)",
    "Kenya Bankers Association (KBA)",
]:
    f.block([R(org)], indent=6, bullet="•", after=0.8)
f.block("AWAK asked that women farmers selling through digital platforms not be forgotten, and KBA offered to share "
        "sex-disaggregated lending data from its members.", after=3)

f.block([B("Where the room stood")], size=11.5, after=1.5)
f.block("Participants endorsed the strategy's emphasis on jobs and entrepreneurship and its call for a larger role "
        "for the private sector. Several asked that the strategy set out how companies can measure their own "
        "progress.", after=3)

f.block([B("Next steps")], size=11.5, after=1.5)
for s in ["The readout will be shared with panellists and registered participants.",
          "KEPSA and IFC will explore a working session on workplace childcare in early 2024."]:
    f.block([R(s)], indent=6, bullet="•", after=0.8)

f.output(OUT)
print(f"wrote {OUT}: {f.pdf.page_no()} pages; splits: {f.breaks}")
