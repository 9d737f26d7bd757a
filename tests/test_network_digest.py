"""The network's digests: made per document by the build, merged, they give what the whole graph gives."""
from __future__ import annotations

import os
import sys

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consultkg.network import build_page
from consultkg.build.run import CACHE_DIR, build, last_build
from consultkg.build.cache import Cache
from consultkg.network import build_network_page, load_rdf, network_graph, network_html
from consultkg.network.digest import REVISION, Lit, digest, merge, parse_lines
from consultkg.network.facts import assemble, open_store, read_facts
from consultkg.rdf.writer import literal

from .conftest import RECORDS, REPO, SAMPLE

sys.path.insert(0, str(REPO / "bench"))
from make_corpus import make_corpus  # noqa: E402

FACTS = ("nodes", "meetings", "consultations", "messages", "objectives", "links", "labels")


def same_facts(a, b) -> None:
    for name in FACTS:
        assert getattr(a, name) == getattr(b, name), name


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Every fixture record, the sample and a generated corpus of every format, built with the page."""
    root = tmp_path_factory.mktemp("digest")
    make_corpus(40, root / "generated", seed=5)
    out = root / "out"
    report = build([RECORDS, SAMPLE, root / "generated"], out, progress=False, page=build_page())
    assert report.documents >= 60 and not report.errors
    return out


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_a_literal_reads_back_as_written(text):
    line = f"<urn:s> <urn:p> {literal(text, lang='pt')} ."
    [(s, p, o)] = list(parse_lines([line]))
    assert (s, p, str(o), o.lang) == ("urn:s", "urn:p", text, "pt")


def test_lines_parse_as_oxigraph_parses_them(built):
    lines = (built / "graph.nt").read_text(encoding="utf-8").splitlines()
    ours = {(s, p, (str(o), o.lang) if isinstance(o, Lit) else o) for s, p, o in parse_lines(lines)}
    theirs = set()
    for t in ox.parse(path=str(built / "graph.nt"), format=ox.RdfFormat.N_TRIPLES):
        o = t.object
        obj = (o.value, o.language or "") if isinstance(o, ox.Literal) else \
            (f"_:{o.value}" if isinstance(o, ox.BlankNode) else o.value)
        subj = f"_:{t.subject.value}" if isinstance(t.subject, ox.BlankNode) else t.subject.value
        theirs.add((subj, t.predicate.value, obj))
    assert ours == theirs and len(ours) > 10_000


def test_the_digests_the_build_kept_give_the_facts_of_the_whole_graph(built):
    keys, cache = last_build(built)
    try:
        assert all(cache.digest(k, REVISION) for k in keys)  # the workers made them as they extracted
    finally:
        cache.close()
    from_build = load_rdf(built)
    assert isinstance(from_build, dict)  # the digest, not the graph
    whole = read_facts(open_store(built))  # graph.nt in an Oxigraph store, made into one digest
    same_facts(assemble(from_build), whole)
    assert len(whole.meetings) > 60 and any(m.mentions for m in whole.meetings.values())
    assert (built / "network.html").read_bytes() == network_html(network_graph(open_store(built)))


def test_merging_is_order_free_and_idempotent(built):
    keys, cache = last_build(built)
    try:
        import json
        parts = [json.loads(cache.digest(k, REVISION)) for k in keys]
    finally:
        cache.close()
    one = assemble(merge(parts))
    same_facts(one, assemble(merge(reversed(parts))))
    same_facts(one, assemble(merge(parts + parts[:7])))


def test_a_graph_changed_after_the_build_is_read_itself(built, tmp_path):
    import shutil
    out = tmp_path / "out"
    shutil.copytree(built, out)
    assert isinstance(load_rdf(out), dict)
    nt = out / "graph.nt"
    nt.write_text(nt.read_text(encoding="utf-8") + "<urn:x> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" .\n",
                  encoding="utf-8")
    assert isinstance(load_rdf(out), ox.Store)  # not the build's digests: they no longer describe graph.nt


def test_digests_of_an_older_revision_are_made_again(built, tmp_path, monkeypatch):
    import shutil
    out = tmp_path / "out"
    shutil.copytree(built, out)
    cache = Cache(out / CACHE_DIR)
    cache._connect().execute("UPDATE digest SET revision = revision - 1")
    cache.close()
    facts = read_facts(load_rdf(out))
    same_facts(facts, read_facts(open_store(out)))
    os.utime(out / "graph.nt")  # the state no longer matches: the page is drawn from graph.nt
    assert isinstance(load_rdf(out), ox.Store)
    assert build_network_page(out).is_file()


def test_whole_graph_digest_equals_the_merge_of_its_graphs(built):
    store = ox.Store()
    store.bulk_load(path=str(built / "graph.trig"), format=ox.RdfFormat.TRIG)
    parts = []
    for g in store.named_graphs():
        parts.append(digest((q.subject.value if not isinstance(q.subject, ox.BlankNode) else f"_:{q.subject.value}",
                             q.predicate.value,
                             Lit(q.object.value, q.object.language or "") if isinstance(q.object, ox.Literal)
                             else (f"_:{q.object.value}" if isinstance(q.object, ox.BlankNode) else q.object.value))
                            for q in store.quads_for_pattern(None, None, None, g)))
    same_facts(assemble(merge(parts)), read_facts(open_store(built)))


def test_facts_equal_sparql_answers_over_the_graph(built):
    """Independent of the digest code: each meeting's participants, themes, stance sentence and theme
    mentions, and each organisation's type, as SPARQL over graph.nt gives them."""
    store = open_store(built)
    facts = assemble(load_rdf(built))
    head = "PREFIX ckg: <https://w3id.org/consultkg/ontology#> PREFIX org: <http://www.w3.org/ns/org#> "

    def pairs(where):
        return {(r[0].value, r[1].value) for r in store.query(head + f"SELECT DISTINCT ?a ?b WHERE {{ {where} }}")}

    participants = pairs("?a a ckg:Meeting ; ckg:participant ?b")
    themes = pairs("?a a ckg:Meeting . { ?a ckg:discussed ?b } UNION { ?a ckg:hasThemeMention/ckg:concept ?b }")
    stances = pairs("?a a ckg:Meeting ; ckg:stanceText ?b")
    mentions = pairs("?a a ckg:Meeting ; ckg:hasThemeMention/ckg:text ?b")
    kinds = pairs("?a a org:Organization ; org:classification ?b")
    assert {(m.iri, p) for m in facts.meetings.values() for p in m.participants} == participants
    assert {(m.iri, t) for m in facts.meetings.values() for t in m.themes} == themes
    assert {(m.iri, s.text) for m in facts.meetings.values() for s in m.said if s.kind == "stance"} == stances
    assert {(m.iri, x.text) for m in facts.meetings.values() for x in m.mentions} == mentions
    assert {(o, a["org_type_id"]) for o, a in facts.nodes.items() if a["type"] == "organisation"} == kinds
    assert len(mentions) > 100 and len(stances) > 30


def test_what_was_said_in_a_one_line_record_carries_its_character_offsets(tmp_path):
    record = REPO / "tests" / "fixtures" / "oneline" / "mission-namibia-oneline.txt"
    build([record], tmp_path, progress=False, page=build_page())
    text = record.read_text(encoding="utf-8")
    facts = read_facts(load_rdf(tmp_path))
    mentions = [x for m in facts.meetings.values() for x in m.mentions]
    assert mentions and all(x.start is not None for x in mentions)
    assert all(text[x.start:x.end] == x.text for x in mentions)
    assert facts.messages and all(text[k.start:k.end] == k.text for k in facts.messages)
    multi = read_facts(load_rdf(_built_sample(tmp_path / "sample")))
    assert all(x.start is None for m in multi.meetings.values() for x in m.mentions)


def _built_sample(out):
    build([SAMPLE], out, progress=False, page=build_page())
    return out
