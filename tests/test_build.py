"""Whole builds: SHACL conformance, determinism, named graphs, bad inputs."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from rdflib import Dataset

from consultkg.network import build_page
from consultkg.build.run import build
from consultkg.query.validate import validate

from .conftest import BAD, RECORDS, REPO, SAMPLE

GOOD = [SAMPLE] + sorted(p for p in RECORDS.iterdir() if p.suffix in (".md", ".txt") and p.name != "README.md")


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    report = build([SAMPLE, RECORDS], out)
    return out, report


def test_every_fixture_builds_into_its_own_named_graph(corpus_build):
    out, report = corpus_build
    assert report.errors == []
    assert report.documents == len(GOOD)
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    doc_graphs = [g for g in ds.graphs() if "/id/doc/" in str(g.identifier)]
    assert len(doc_graphs) == len(GOOD)


@pytest.mark.slow
def test_every_graph_built_conforms(corpus_build):
    # validated once (pySHACL on the whole corpus is the suite's slowest step); the other three files are shown
    # to hold the same triples, so they conform as that one does
    out, _ = corpus_build
    result = validate(out / "graph.trig")
    assert result.conforms, result.report
    import pyoxigraph as ox

    def triples(name: str, fmt):
        """The file's distinct triples: those without a blank node as a set, and the rest by their shape
        (a blank node's label is the serialiser's own, so only what surrounds it can be compared)."""
        ground, blank = set(), set()
        for q in ox.parse(path=str(out / name), format=fmt):
            s, p, o = q.subject, q.predicate, q.object
            if isinstance(s, ox.BlankNode) or isinstance(o, ox.BlankNode):
                blank.add((s.value if isinstance(s, ox.BlankNode) else s, p,
                           o.value if isinstance(o, ox.BlankNode) else o))
            else:
                ground.add((s, p, o))
        shapes = sorted((str(p), str(s) if not isinstance(s, str) else "_", str(o) if not isinstance(o, str) else "_")
                        for s, p, o in blank)
        return ground, shapes

    union = triples("graph.trig", ox.RdfFormat.TRIG)
    assert triples("graph.ttl", ox.RdfFormat.TURTLE) == union
    assert triples("graph.nt", ox.RdfFormat.N_TRIPLES) == union
    assert triples("graph.jsonld", ox.RdfFormat.JSON_LD) == union


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_each_record_alone_conforms(tmp_path, path):
    build([path], tmp_path)
    result = validate(tmp_path)
    assert result.conforms, result.report


def test_same_inputs_same_bytes_across_processes(tmp_path):
    """Two separate processes with different hash seeds write identical files."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "consultkg.cli", "build", str(SAMPLE), str(RECORDS), "--out", str(out)],
                       check=True, env=env, capture_output=True, cwd=REPO)
        outs.append(out)
    for name in ("graph.trig", "graph.ttl", "graph.jsonld", "graph.nt"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_same_organisation_in_two_documents_is_one_node(tmp_path):
    copy = tmp_path / "lima-copy.md"
    copy.write_bytes(SAMPLE.read_bytes())
    report = build([SAMPLE, copy], tmp_path / "out")
    assert report.documents == 2
    assert report.organisations == 23  # the same 23 organisations, not 46


def test_bad_inputs_each_get_one_line_and_the_rest_builds(tmp_path):
    report = build([BAD, SAMPLE], tmp_path)
    assert report.documents >= 1
    messages = "\n".join(report.errors)
    assert f"{BAD / 'empty.md'}: empty file" in messages
    assert f"{BAD / 'not-a-record.txt'}" in messages and "not a consultation record" in messages
    assert all("\n" not in e for e in report.errors)


def test_truncated_record_yields_what_is_there_with_warnings(tmp_path):
    report = build([BAD / "truncated.md"], tmp_path)
    assert report.errors == [] and report.documents == 1
    assert report.meetings == 1 and report.organisations >= 1
    assert any("names no themes" in w for w in report.warnings)
    assert all(w.startswith(str(BAD / "truncated.md")) for w in report.warnings)


def test_every_build_draws_the_network_page(tmp_path):
    """No size limit: the page is drawn whenever the caller hands the build its page (the CLI does unless
    --no-network); without one, none."""
    report = build([SAMPLE], tmp_path, page=build_page())
    assert (tmp_path / "network.html").exists() and not any("network.html" in w for w in report.warnings)
    build([SAMPLE], tmp_path / "none")
    assert not (tmp_path / "none" / "network.html").exists()
