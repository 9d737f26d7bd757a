"""Identity across documents, shown on a generated corpus (bench/make_corpus.py)."""
from __future__ import annotations

import collections
import sys

import pytest

import consultkg
from consultkg.build.run import build
from consultkg.extract.names import split_acronym
from consultkg.text import fold

from .conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
from make_corpus import make_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    manifest = make_corpus(60, root / "records", seed=11)
    report = build([root / "records"], root / "out")
    return manifest, report, root / "out"


def test_every_generated_record_builds(corpus):
    manifest, report, _ = corpus
    assert report.errors == []
    assert report.documents == len(manifest)
    formats = {e["format"] for e in manifest.values()}
    assert {"md", "txt-oneline", "pdf", "docx", "md-bom"} <= formats  # the corpus really is varied
    assert {(e["family"], e["language"]) for e in manifest.values()} >= {
        ("mission", "en"), ("mission", "es"), ("mission", "fr"), ("mission", "pt"), ("readout", "pt"),
        ("readout", "en"), ("written", "en")}
    assert {e["format"] for e in manifest.values() if e["table"]} >= {"md", "docx", "pdf"}
    assert any(e["footnote"] for e in manifest.values()) and any(e["prose"] for e in manifest.values())
    assert any(e["family"] == "written" and len(e["organisations"]) == 3 and len(e["people"]) == 2
               for e in manifest.values())  # a joint input: three authors in the title, two signatures


def test_generated_tables_and_page_furniture_read_back_as_such(corpus):
    from consultkg.read import read_source

    manifest, _, out = corpus
    records = out.parent / "records"
    for path, entry in manifest.items():
        source = read_source(records / path)
        tables = [b for b in source.blocks if b.kind == "table"]
        if entry["table"]:
            assert len(tables) == 1 and tables[0].header and len(tables[0].rows) == 4, path
            assert all(len(row) == 3 for row in tables[0].rows), path
        else:
            assert tables == [], path
        if entry["format"] == "pdf":  # two pages: header and "Page n of N" are furniture, not body
            assert not any(b.text.startswith(("Gender Strategy consultation |", "Page ")) for b in source.blocks), path
            notes = [n.text for n in source.footnotes]
            assert notes == (["Figures from the national household survey of 2022."] if entry["footnote"] else []), path


def test_each_organisation_is_one_node_linked_to_every_consultation(corpus):
    manifest, _, out = corpus
    named_in = collections.defaultdict(set)
    for path, entry in manifest.items():
        for org in entry["organisations"]:
            named_in[fold(split_acronym(org)[0])].add(path)
    rows = consultkg.ask(out, """SELECT ?o ?label (COUNT(DISTINCT ?c) AS ?n) WHERE {
        ?o a org:Organization ; rdfs:label ?label . ?m ckg:participant ?o ; ckg:partOf ?c } GROUP BY ?o ?label""")
    nodes = collections.defaultdict(list)
    for r in rows:
        nodes[fold(r["label"])].append(r)
    every = {fold(r["label"]) for r in consultkg.ask(out, "SELECT DISTINCT ?label WHERE { ?o a org:Organization ; rdfs:label ?label }")}
    assert set(named_in) <= every  # governments are parents, not participants, but they are there
    for label, found in nodes.items():
        if label.startswith(("ministry", "ministerio", "ministere")):
            continue  # national bodies: one node per country, checked below
        assert len(found) == 1, f"{label} split into {len(found)} nodes"
        if label in named_in:
            assert found[0]["n"] == len(named_in[label]), label


def test_ministries_are_one_node_per_country(corpus):
    _, _, out = corpus
    rows = consultkg.ask(out, """SELECT DISTINCT ?o ?country WHERE { ?o org:classification ckgo:government-ministry ;
        ckg:country/rdfs:label ?country }""")
    per_country = collections.Counter(r["country"] for r in rows)
    assert per_country and set(per_country.values()) == {1}


def test_same_person_same_organisation_is_one_node(corpus):
    manifest, _, out = corpus
    pairs = {(name, org if country is None else f"{org}|{country}")
             for e in manifest.values() for name, org, country in e["people"]}
    rows = consultkg.ask(out, "SELECT DISTINCT ?p WHERE { ?p a foaf:Person }")
    assert len(rows) == len(pairs)


def test_store_loaded_in_bulk_answers_like_the_files(corpus, tmp_path):
    manifest, _, out = corpus
    from consultkg.build import store as store_module

    assert len(manifest) > store_module.BULK_FROM  # this build takes the bulk path
    records = out.parent / "records"
    report = build([records], out, store=tmp_path / "kg.store")
    assert report.store_graphs == len(manifest) + 1
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert consultkg.ask(tmp_path / "kg.store", count) == consultkg.ask(out / "graph.trig", count)
    assert consultkg.ask(tmp_path / "kg.store", "theme-frequency") == consultkg.ask(out, "theme-frequency")
