"""Bounded queries (time, Ctrl-C, SERVICE, nesting) and results written by pyoxigraph's serialisers."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

import consultkg
from consultkg.query.results import Result, render

from .conftest import REPO

try:
    from consultkg.query.guard import QueryRefused, QueryTimeout, check_query, nesting_depth
except ImportError:  # only so that each test can be run (and fail) against a consultkg without the guard
    QueryRefused = QueryTimeout = type("Missing", (Exception,), {})
    check_query = nesting_depth = None

CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }"


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "g.nt"
    path.write_text("".join(f"<http://e.example/{i}> <http://e.example/p> \"{i}\" .\n" for i in range(400)))
    return path


def test_a_runaway_query_stops_at_the_timeout(big):
    start = time.monotonic()
    with pytest.raises(QueryTimeout, match="stopped after 0.5 s"):
        consultkg.ask(big, CROSS, timeout=0.5)
    assert time.monotonic() - start < 3


def test_the_cli_timeout_is_one_line_and_exit_1(big):
    start = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "consultkg.cli", "query", str(big), CROSS, "--timeout", "1"],
                         capture_output=True, text=True, timeout=60, cwd=REPO)
    assert run.returncode == 1 and run.stderr.strip() == "Error: the query was stopped after 1 s " \
                                                         "(--timeout SECONDS allows longer)"
    assert time.monotonic() - start < 10


def test_ctrl_c_stops_a_running_query(big):
    # Ctrl-C as at a terminal: a test run started in the background (``cmd &`` in a script) ignores SIGINT,
    # and a child would inherit that and never see the signal
    proc = subprocess.Popen([sys.executable, "-m", "consultkg.cli", "query", str(big), CROSS],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(2.5)  # started and inside the engine
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    assert time.monotonic() - sent < 3
    assert proc.returncode == 130 and "interrupted" in err


@pytest.mark.parametrize("source_kind", ["file", "api-store"])
def test_service_is_refused_on_local_sources(tmp_path, big, source_kind):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    source = big
    if source_kind == "api-store":
        from consultkg.build.run import build

        from .conftest import SAMPLE
        build([SAMPLE], tmp_path / "out", store=tmp_path / "kg.store", progress=False)
        source = tmp_path / "kg.store"
    with pytest.raises(QueryRefused, match="--allow-service"):
        consultkg.ask(source, q)


def test_service_in_a_string_or_comment_is_not_a_service_call(big):
    assert consultkg.ask(big, "SELECT ?o WHERE { ?s ?p ?o FILTER(?o = 'SERVICE') } # SERVICE") == []


def test_allow_service_lets_the_engine_try(big):
    with pytest.raises(Exception) as info:  # nothing listens on port 9: the engine's own error, not a refusal
        consultkg.ask(big, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                        allow_service=True, timeout=20)
    assert not isinstance(info.value, QueryRefused)


def test_deep_nesting_is_refused_before_the_engine(big):
    deep = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000  # crashes pyoxigraph 0.5 (segfault)
    with pytest.raises(QueryRefused, match="nests"):
        consultkg.ask(big, deep)
    with pytest.raises(QueryRefused):
        check_query("ASK { FILTER(" + "!" * 3000 + "true) }")
    run = subprocess.run([sys.executable, "-m", "consultkg.cli", "query", str(big), deep],
                         capture_output=True, text=True, timeout=60, cwd=REPO)
    assert run.returncode == 1 and "at most 200 are allowed" in run.stderr


def test_nesting_depth_ignores_strings_iris_and_comments():
    assert nesting_depth("SELECT * WHERE { ?s ?p '{{{{' . ?s ?p <http://x/(> # {{{{\n }") == 1
    assert nesting_depth("SELECT * WHERE { { { ?s ?p ?o } } }") == 3


def test_tsv_keeps_a_row_whole_when_a_value_holds_a_tab_or_newline():
    from rdflib import Literal, URIRef

    r = Result("select", ["s", "o"], [(URIRef("http://e.example/a"), Literal("one\ttwo\nthree"))])
    tsv = render(r, "tsv")
    assert tsv.splitlines() == ["?s\t?o", '<http://e.example/a>\t"one\\ttwo\\nthree"']
    back = list(ox.parse_query_results(tsv.encode(), format=ox.QueryResultsFormat.TSV))
    assert back[0]["o"].value == "one\ttwo\nthree"


@pytest.mark.parametrize("fmt, fmt_ox", [("csv", "CSV"), ("tsv", "TSV"), ("json", "JSON"), ("xml", "XML")])
def test_every_result_format_is_pyoxigraphs(big, fmt, fmt_ox):
    from consultkg.query.api import run

    q = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3"
    store = ox.Store()
    store.bulk_load(path=str(big), format=ox.RdfFormat.N_TRIPLES)
    expected = store.query(q).serialize(format=getattr(ox.QueryResultsFormat, fmt_ox)).decode()
    assert render(run(big, q), fmt) == expected


FLAT = {  # chains with no nesting at all, that the engine's parser recurses on (10,000 terms: SIGSEGV in the engine)
    "sum": "SELECT (" + "+".join(["1"] * 10_000) + " AS ?x) WHERE {}",
    "or": "SELECT * WHERE { ?s ?p ?o FILTER(" + "||".join(["?o=1"] * 10_000) + ") }",
    "union": "SELECT * WHERE { " + " UNION ".join(["{?s ?p ?o}"] * 10_000) + " }",
}


@pytest.mark.parametrize("kind", FLAT)
def test_a_flat_chain_that_crashes_the_engine_is_one_error_line(big, kind, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text(FLAT[kind], encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "consultkg.cli", "query", str(big), "--file", str(rq)],
                         capture_output=True, text=True, timeout=120, cwd=REPO)
    assert run.returncode == 1, (run.returncode, run.stderr[-300:])  # was: -11 (SIGSEGV), no message
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("Error: the query engine crashed on this query")


def test_a_query_past_its_memory_is_stopped_in_its_child(big):
    from consultkg.query.child import QueryCrashed

    hungry = "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h } ORDER BY ?b"  # 400⁴ rows to sort
    with pytest.raises(QueryCrashed, match="more than its 256 MB of memory"):
        consultkg.ask(big, hungry, memory_mb=256)
    run = subprocess.run([sys.executable, "-m", "consultkg.cli", "query", str(big), hungry, "--memory", "256"],
                         capture_output=True, text=True, timeout=120, cwd=REPO)
    assert run.returncode == 1 and run.stderr == \
        "Error: the query engine stopped: it needed more than its 256 MB of memory (--memory MB allows more)\n"
    assert consultkg.ask(big, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", memory_mb=256) == [{"n": 400}]
