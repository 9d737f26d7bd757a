"""What the extractor reads from the sample record (data/lima-peru-government.md)."""
from __future__ import annotations


def _orgs(record):
    return {o.key: o for o in record.organisations}


def test_document_and_consultation(sample_record):
    r = sample_record
    assert (r.document_type, r.language) == ("MissionSummary", "en")
    c = r.consultation
    assert (c.start, c.end, c.city, c.country) == ("2023-12-04", "2023-12-07", "Lima", "Peru")
    assert c.stakeholder_group == "government"
    assert c.strategy == "World Bank Group Gender Strategy 2024-2030"
    assert c.campaign == "#AccelerateEquality"


def test_meetings_stances_and_labels(sample_record):
    ms = sample_record.meetings
    assert [m.position for m in ms] == [1, 2, 3]
    assert [m.stance for m in ms] == ["StrongEndorsement", "StrongEndorsement", "Endorsement"]
    assert ms[2].label.startswith("Meeting with Members of Mesa de Género")
    assert ms[2].follow_ups == ["the World Bank Group-envisioned activities that would engage women as leaders"]


def test_ministries_people_and_government(sample_record):
    orgs = _orgs(sample_record)
    labels = {o.label: o for o in orgs.values()}
    gov = labels["Government of Peru"]
    for name in ("Ministry of Women and Vulnerable Population", "Ministry of Development and Social Inclusion"):
        ministry = labels[name]
        assert ministry.org_type == "government-ministry"
        assert ministry.parent == gov.key and ministry.country == "Peru"
    people = {p.name: p for p in sample_record.people}
    assert set(people) == {"Nancy Tolentino", "Fanny Esther Montellanos Carbajal"}
    nancy = people["Nancy Tolentino"]
    assert (nancy.honorific, nancy.job_title) == ("Mrs.", "Minister of Women and Vulnerable Population")
    assert orgs[nancy.organisation].label == "Ministry of Women and Vulnerable Population"


def test_coordination_group_members(sample_record):
    orgs = _orgs(sample_record)
    group = next(o for o in orgs.values() if o.acronym == "MESAGEN")
    assert group.org_type == "coordination-group"
    members = [o for o in orgs.values() if group.key in o.member_of]
    assert len(members) == 19
    giz = next(o for o in orgs.values() if o.acronym == "GIZ")
    assert giz.label == "Deutsche Gesellschaft für Internationale Zusammenarbeit GmbH"
    assert giz.org_type == "bilateral-agency"
    types = {o.label: o.org_type for o in orgs.values()}
    assert types["European Union"] == "supranational-union"
    assert types["Inter-American Development Bank"] == "multilateral-development-bank"
    assert types["Naciones Unidas en Perú"] == "un-entity"
    assert types["Swiss Embassy in Peru"] == "embassy"


def test_embassy_country_is_the_state_it_represents(sample_record):
    embassy = next(o for o in sample_record.organisations if o.label == "Canadian Embassy in Peru")
    assert (embassy.country, embassy.host_country) == ("Canada", "Peru")


def test_theme_mentions_verbatim_with_lines(sample_record):
    m1 = sample_record.meetings[0]
    assert [x.text for x in m1.mentions] == [
        "GBV prevention and response",
        "protection of women's sexual and reproductive health and rights",
        "care services",
        "overlapping disadvantages for rural women",
        "women's leadership and political participation",
    ]
    assert all(x.evidence.line == 42 for x in m1.mentions)
    m2 = sample_record.meetings[1]
    assert m2.mentions[1].concepts == ["intersectionality", "indigenous-women"]
    assert sample_record.unmapped_phrases() == []


def test_key_messages_short_forms_and_initiatives(sample_record):
    km = sample_record.key_messages
    assert len(km) == 5
    assert km[2].highlight == "Insufficient public and private care service supply"
    assert km[4].text.endswith("design and implement policies and programs effectively.")
    orgs = _orgs(sample_record)
    # "Ministry of Inclusion" and "Ministry of Women" resolve to the ministries met in the meetings
    assert {orgs[k].label for k in km[4].mentions} == {
        "Ministry of Development and Social Inclusion", "Ministry of Women and Vulnerable Population"}
    assert len([o for o in orgs.values() if o.label.startswith("Ministry")]) == 2
    assert {(i.label, i.acronym) for i in sample_record.initiatives} >= {("Umbrella Facility for Gender Equality", "UFGE")}
