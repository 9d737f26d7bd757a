"""The sample's graph against its reviewed golden copy, compared as graphs.

Regenerate with ``pytest tests/test_golden.py --regen-golden`` and review the diff.
"""
from __future__ import annotations


from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from consultkg.build.run import make_dataset
from consultkg.rdf.writer import VOCABULARY_GRAPH

from .conftest import REPO

GOLDEN = REPO / "tests" / "golden" / "lima-peru-government.ttl"


def _document_graph(record) -> Graph:
    ds = make_dataset([("lima-peru-government", record)])
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    for s, p, o, ctx in ds.quads((None, None, None, None)):
        if ctx != VOCABULARY_GRAPH:
            g.add((s, p, o))
    return g


def _readable_diff(expected: Graph, got: Graph, limit: int = 40) -> str:
    _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
    lines = [f"- {' '.join(t.n3() for t in tr)}" for tr in sorted(only_expected)][:limit]
    lines += [f"+ {' '.join(t.n3() for t in tr)}" for tr in sorted(only_got)][:limit]
    return "\n".join(lines)


def test_sample_graph_matches_golden(sample_record, regen_golden):
    got = _document_graph(sample_record)
    if regen_golden or not GOLDEN.exists():
        GOLDEN.write_text(got.serialize(format="turtle"), encoding="utf-8")
    expected = Graph().parse(GOLDEN, format="turtle")
    assert to_isomorphic(expected) == to_isomorphic(got), "graph differs from golden:\n" + _readable_diff(expected, got)


def test_golden_diff_is_readable():
    """The diff helper names the triples that differ (so a failing golden test explains itself)."""
    a = Graph().parse(data="<urn:a> <urn:p> 'x' .", format="turtle")
    b = Graph().parse(data="<urn:a> <urn:p> 'y' .", format="turtle")
    diff = _readable_diff(a, b)
    assert "- <urn:a> <urn:p> \"x\"" in diff and "+ <urn:a> <urn:p> \"y\"" in diff
