"""Every variant fixture (tests/fixtures/records) against its asserted expectations.

The expectations were written from the rules of the record family, not from the
code; see tests/fixtures/records/README.md. Lists compare as sets; a key that
is absent is not asserted.
"""
from __future__ import annotations

import json

import pytest

from consultkg.extract import extract
from consultkg.text import fold
from consultkg.read import read_source

from .conftest import RECORDS

CASES = sorted(p for p in RECORDS.iterdir() if p.suffix in (".md", ".txt", ".pdf", ".docx") and p.name != "README.md")


def _f(values) -> set[str]:
    return {fold(v) for v in values if v is not None}


def mismatches(record, want: dict) -> list[str]:
    """Every asserted expectation the record does not meet, as readable lines."""
    out: list[str] = []
    orgs = {o.key: o for o in record.organisations}
    label = lambda key: orgs[key].label if key in orgs else None  # noqa: E731

    def check(what, got, expected):
        if got != expected:
            out.append(f"{what}: want {expected!r}, got {got!r}")

    for key in ("documentType", "language"):
        if key in want:
            check(key, {"documentType": record.document_type, "language": record.language}[key], want[key])
    c, wc = record.consultation, want.get("consultation", {})
    fields = {"startDate": c.start, "endDate": c.end, "city": c.city, "country": c.country,
              "stakeholderGroup": c.stakeholder_group, "venue": c.venue}
    for key, expected in wc.items():
        if key in fields:
            check(f"consultation.{key}", fields[key], expected)
    if "author" in want:
        check("author", label(record.author), want["author"])
    by_pos = {m.position: m for m in record.meetings}
    if "meetings" in want:
        check("meeting positions", sorted(by_pos), sorted(m["position"] for m in want["meetings"]))
    for wm in want.get("meetings", []):
        m = by_pos.get(wm["position"])
        if m is None:
            continue
        p = f"meeting {m.position}"
        people = {x.key: x for x in record.people}
        got = {"label": m.label, "stance": m.stance, "orgs": _f(label(k) for k in m.participants),
               "people": _f(people[k].name for k in m.people),
               "themes": {c for x in m.mentions for c in x.concepts}, "mentions": {x.text for x in m.mentions},
               "follow_ups": set(m.follow_ups)}
        for key, expected in wm.items():
            if key == "position":
                continue
            exp = expected if key in ("label", "stance") else (_f(expected) if key in ("orgs", "people") else set(expected))
            check(f"{p} {key}", got[key], exp)
    if "organisations" in want:
        stakeholders = {fold(o.label): o for o in orgs.values() if o.org_type != "world-bank-group"}
        check("organisation labels", set(stakeholders), _f(o["label"] for o in want["organisations"]))
        for wo in want["organisations"]:
            o = stakeholders.get(fold(wo["label"]))
            if o is None:
                continue
            got = {"acronym": o.acronym, "type": o.org_type, "country": o.country, "parent": label(o.parent),
                   "member_of": _f(label(k) for k in o.member_of)}
            for key in ("acronym", "type", "country", "parent", "member_of"):
                if key in wo:
                    exp = _f(wo[key]) if key == "member_of" else wo[key]
                    check(f"org {wo['label']!r} {key}", got[key], exp)
    if "people" in want:
        people = {fold(p.name): p for p in record.people}
        check("people", set(people), _f(p["name"] for p in want["people"]))
        for wp in want["people"]:
            p = people.get(fold(wp["name"]))
            if p is None:
                continue
            got = {"honorific": p.honorific, "jobTitle": p.job_title, "org": label(p.organisation)}
            for key in ("honorific", "jobTitle", "org"):
                if key in wp:
                    check(f"person {wp['name']!r} {key}", got[key], wp[key])
    if "key_messages" in want:
        check("key messages", len([k for k in record.key_messages if k.detail_of is None]), want["key_messages"])
    if "initiatives" in want:
        check("initiatives", _f(i.label for i in record.initiatives), _f(want["initiatives"]))
    if "unmapped" in want:
        check("unmapped", set(record.unmapped_phrases()), set(want["unmapped"]))
    if "not_read" in want:  # what the build report lists, by text
        check("not read", {n.text for n in record.not_read}, set(want["not_read"]))
    return out


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_record_meets_expectations(path):
    want = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    problems = mismatches(extract(read_source(path)), want)
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)


def test_every_fixture_has_expectations():
    assert len(CASES) >= 12
    for path in CASES:
        assert path.with_suffix(".expected.json").exists(), path.name


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_graph_has_no_junk_nodes(path):
    """Every organisation and person node in the record's graph is one its expectations name."""
    import pyoxigraph

    from consultkg.rdf.writer import Iris, record_triples

    want = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    if "organisations" not in want or "people" not in want:
        pytest.skip("expectations do not list every organisation and person")
    store = pyoxigraph.Store()
    lines = record_triples(extract(read_source(path)), "doc", Iris("https://example.org/"))
    store.load("\n".join(lines).encode("utf-8"), pyoxigraph.RdfFormat.N_TRIPLES)
    q = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX ckgo: <https://w3id.org/consultkg/org-type/>
        PREFIX ckg: <https://w3id.org/consultkg/ontology#>
        SELECT ?l WHERE { ?o a org:Organization ; rdfs:label ?l .
                          FILTER NOT EXISTS { ?o org:classification ckgo:world-bank-group } }"""
    orgs = {fold(str(r["l"].value)) for r in store.query(q)}
    expected_orgs = _f(o["label"] for o in want["organisations"]) | _f(want.get("organisations_optional", []))
    parents = {fold(str(o.get("parent"))) for o in want["organisations"] if o.get("parent")}
    assert orgs <= expected_orgs | parents, f"junk organisations: {sorted(orgs - expected_orgs - parents)}"
    people = {fold(str(r["n"].value)) for r in store.query(
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n }")}
    assert people <= _f(p["name"] for p in want["people"]), f"junk people: {sorted(people - _f(p['name'] for p in want['people']))}"
