"""Identity across documents, shown on a generated corpus (bench/make_corpus.py)."""
from __future__ import annotations

import collections
import sys

import pytest

import consultkg
from consultkg.build import build
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


def test_each_organisation_is_one_node_linked_to_every_consultation(corpus):
    manifest, _, out = corpus
    named_in = collections.defaultdict(set)
    for path, entry in manifest.items():
        for org in entry["organisations"]:
            named_in[fold(split_acronym(org)[0])].add(path)
    rows = consultkg.query(out, """SELECT ?o ?label (COUNT(DISTINCT ?c) AS ?n) WHERE {
        ?o a org:Organization ; rdfs:label ?label . ?m ckg:participant ?o ; ckg:partOf ?c } GROUP BY ?o ?label""")
    nodes = collections.defaultdict(list)
    for r in rows:
        nodes[fold(r["label"])].append(r)
    every = {fold(r["label"]) for r in consultkg.query(out, "SELECT DISTINCT ?label WHERE { ?o a org:Organization ; rdfs:label ?label }")}
    assert set(named_in) <= every  # governments are parents, not participants, but they are there
    for label, found in nodes.items():
        if label.startswith(("ministry", "ministerio", "ministere")):
            continue  # national bodies: one node per country, checked below
        assert len(found) == 1, f"{label} split into {len(found)} nodes"
        if label in named_in:
            assert found[0]["n"] == len(named_in[label]), label


def test_ministries_are_one_node_per_country(corpus):
    _, _, out = corpus
    rows = consultkg.query(out, """SELECT DISTINCT ?o ?country WHERE { ?o org:classification ckgo:government-ministry ;
        ckg:country/rdfs:label ?country }""")
    per_country = collections.Counter(r["country"] for r in rows)
    assert per_country and set(per_country.values()) == {1}


def test_same_person_same_organisation_is_one_node(corpus):
    manifest, _, out = corpus
    pairs = {(name, org if country is None else f"{org}|{country}")
             for e in manifest.values() for name, org, country in e["people"]}
    rows = consultkg.query(out, "SELECT DISTINCT ?p WHERE { ?p a foaf:Person }")
    assert len(rows) == len(pairs)


def test_store_loaded_in_bulk_answers_like_the_files(corpus, tmp_path):
    manifest, _, out = corpus
    from consultkg.sparql import store as store_module

    assert len(manifest) > store_module.BULK_FROM  # this build takes the bulk path
    records = out.parent / "records"
    report = build([records], out, store=tmp_path / "kg.store")
    assert report.store_graphs == len(manifest) + 1
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert consultkg.query(tmp_path / "kg.store", count) == consultkg.query(out / "graph.trig", count)
    assert consultkg.query(tmp_path / "kg.store", "theme-frequency") == consultkg.query(out, "theme-frequency")
