#!/usr/bin/env python3
"""Make docs/j-amman-webinar-en.pdf: the readout of a hybrid panel, single column.

Layout: an "at a glance" line (format | venue | date) under a rule; prose sections "Why we met", "What the
panel said", "From the floor"; a numbered "Key messages" list whose last message runs across the page
break; and, at the very end, "Annex: Participants" with speakers (name, title, organisation) and then the
organisations represented as a bullet list. The moderator is not named. People are fictional; organisations are real.
Fixed creation date: reproducible.

    .venv-make/bin/python make_amman_pdf.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdflayout import Layout, utc  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "j-amman-webinar-en.pdf"
L = Layout("Event readout - Women, displacement and work (Amman)", "", "{n}", utc(2023, 10, 4, 7, 30, 0),
           columns=1, left=24, right=24, top=22, bottom=24)

B = lambda s: (s, "B")
R = lambda s: (s, "")
I = lambda s: (s, "I")
SIZE, LEAD = 10, 5.3


def p(runs, **kw):
    kw.setdefault("size", SIZE)
    kw.setdefault("lead", LEAD)
    kw.setdefault("after", 2.4)
    return L.block(runs, **kw)


def h(text):
    L.pdf.set_y(L.pdf.get_y() + 1.5)
    L.block([B(text.upper())], size=9.5, lead=5.2, after=1.6, keep=3)


def item(runs, mark, **kw):
    kw.setdefault("after", 1.2)
    return p(runs, indent=7, bullet=mark, **kw)


L.block([B("EVENT READOUT")], size=9, after=2)
L.block([B("Women, Displacement and Work: A Conversation on the World Bank Group Gender Strategy 2024-2030")],
        size=15, lead=7.2, after=3)
L.block([R("Hybrid panel  |  Amman, Jordan  |  26 September 2023  |  in the room and online")], size=9.5, after=2)
L.rule(after=4)

h("Why we met")
p("The World Bank Group and the Office of the United Nations High Commissioner for Refugees (UNHCR) co-hosted "
  "this panel to hear how the draft World Bank Group Gender Strategy 2024-2030 reads from Jordan, a country that "
  "hosts one of the largest refugee populations in the world relative to its size. Around sixty people took part "
  "in the room and online, from government, United Nations agencies, donors, civil society and refugee-led "
  "groups; the discussion was held in Arabic and English with simultaneous interpretation. A member of the "
  "World Bank's Jordan country team moderated. The speakers and the organisations "
  "represented are listed in the Annex.")

h("What the panel said")
p("Panellists welcomed the draft's explicit attention to forced displacement, but cautioned that its results "
  "framework says little about how refugee women will be counted, and that national surveys rarely identify "
  "them. The conversation kept returning to four issues: work permits for Syrian refugee women, the cost of "
  "childcare, safe and affordable public transport, and sexual harassment in the workplace.")
p("The Ministry of Labour noted that the number of flexible work permits issued to women has grown since the "
  "Jordan Compact but remains small, and linked the issue to the labour market targets of the Economic "
  "Modernization Vision. The ILO presented findings on women running home-based businesses, many of whom "
  "remain unregistered. SADAQA argued that enforcing Article 72 of the Labour Law, which obliges larger "
  "employers to provide daycare, would do more for women's employment than any training programme.")

h("From the floor")
p("Participants from refugee-led groups described how family expectations and fear of gossip keep young women "
  "at home, and asked that the strategy's work on social norms include refugee communities. The Jordanian "
  "National Commission for Women recalled that the Mashreq Gender Facility had helped bring several of these "
  "issues onto the national agenda, and asked how it would continue under the new strategy.")

h("Key messages")
for n, (lead_in, rest) in enumerate([
        ("Count refugee women. ", "The results framework should report separately on refugee and host-community "
                                  "women wherever the data allow."),
        ("Care and transport are labour market policy. ", "Without affordable childcare and safe transport, "
                                                          "work permits alone will not bring women into jobs."),
        ("Workplaces must be safe. ", "Anti-harassment measures should be a condition of support to employers."),
        ("Norms matter. ", "Programmes should work with families and community leaders, not only with women.")], 1):
    item([B(lead_in), R(rest)], f"{n}.", tag=f"km{n}", keep=1)

# push the annex so that its organisation list crosses onto the next page
h("Annex: Participants")
p([I("Speakers")], after=1.2)
for who in ["Dr. Lina Qudah Masri, Senior Livelihoods Officer, Office of the United Nations High Commissioner "
            "for Refugees (UNHCR)",
            "Mr. Omar Haddad Abu-Rumman, Gender Focal Point, Ministry of Labour",
            "Ms. Reem Tawalbeh Nasser, Programme Officer, International Labour Organization (ILO)",
            "Ms. Hala Zu'bi Saleh, Advocacy Coordinator, SADAQA"]:
    item(who, "–", keep=99)
p([I("Organisations represented (in the room or online)")], after=1.2)
for i, org in enumerate(["Office of the United Nations High Commissioner for Refugees (UNHCR)",
                         "International Labour Organization (ILO)",
                         "UN Women",
                         "Ministry of Labour",
                         "Jordanian National Commission for Women (JNCW)",
                         "Embassy of Canada to Jordan",
                         "Arab Women Organization of Jordan (AWO)",
                         "Tamkeen Fields for Aid",
                         "SADAQA"]):
    item(org, "•", keep=99, tag=f"org{i+1}", after=0.8)

L.save(OUT)
