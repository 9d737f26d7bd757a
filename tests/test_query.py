"""Saved questions, ad hoc SPARQL, output formats, the persistent store and the Python API."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

import consultkg
from consultkg.build.run import build
from consultkg.cli import cli
from consultkg.query.saved import saved_questions

from .conftest import RECORDS, SAMPLE

CKGT = "https://w3id.org/consultkg/theme/"
CKGO = "https://w3id.org/consultkg/org-type/"
CKGA = "https://w3id.org/consultkg/audience/"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    out = tmp_path_factory.mktemp("kg")
    build([SAMPLE], out)
    return out


def ask(kg, name, **params):
    return consultkg.ask(kg, name, **params)


def local(term) -> str:
    return str(term).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# --- every saved question, answered on the sample -------------------------------------------

def test_organisations_per_meeting(kg):
    rows = ask(kg, "organisations-per-meeting")
    assert [(int(r["position"]), int(r["organisations"])) for r in rows] == [(1, 1), (2, 1), (3, 20)]
    assert str(rows[0]["names"]) == "Ministry of Women and Vulnerable Population"


def test_organisations_per_consultation(kg):
    rows = ask(kg, "organisations-per-consultation")
    assert len(rows) == 1 and int(rows[0]["organisations"]) == 22


def test_people(kg):
    rows = ask(kg, "people")
    assert [(str(r["name"]), str(r["jobTitle"]), str(r["organisation"])) for r in rows] == [
        ("Fanny Esther Montellanos Carbajal", "Vice Minister of Social Policies and Evaluation",
         "Ministry of Development and Social Inclusion"),
        ("Nancy Tolentino", "Minister of Women and Vulnerable Population", "Ministry of Women and Vulnerable Population"),
    ]


def test_theme_frequency(kg):
    rows = ask(kg, "theme-frequency")
    top = rows[0]
    assert local(top["theme"]) == "care"
    assert (int(top["meetings"]), int(top["documents"]), int(top["countries"])) == (3, 1, 1)
    counts = {local(r["theme"]): int(r["meetings"]) for r in rows}
    assert counts["gender-based-violence"] == 2 and counts["srhr"] == 1


def test_themes_by_objective_rolls_up_through_broader(kg):
    rows = ask(kg, "themes-by-objective")
    by_theme = {local(r["theme"]): local(r.get("objective", "")) for r in rows}
    assert by_theme["care"] == "objective-economic-opportunities"
    assert by_theme["srhr"] == by_theme["adolescent-girls"] == "objective-gbv-human-capital"
    assert by_theme["leadership"] == "objective-leadership"
    assert by_theme["indigenous-women"] == ""  # under intersectionality, which serves no single objective


def test_organisations_for_theme(kg):
    srhr = ask(kg, "organisations-for-theme", theme="srhr")
    assert [str(r["label"]) for r in srhr] == ["Ministry of Women and Vulnerable Population"]
    assert len(ask(kg, "organisations-for-theme", theme="care")) == 22
    # an objective reaches the organisations of the meetings that discussed any theme under it
    assert len(ask(kg, "organisations-for-theme", theme="objective-gbv-human-capital")) == 21


def test_theme_cooccurrence(kg):
    rows = ask(kg, "theme-cooccurrence")
    twice = {(local(r["theme1"]), local(r["theme2"])) for r in rows if int(r["meetings"]) == 2}
    assert twice == {("care", "gender-based-violence"), ("care", "intersectionality")}


def test_stances_by_group(kg):
    rows = ask(kg, "stances-by-group")
    assert {(local(r["group"]), local(r["stance"]), int(r["meetings"])) for r in rows} == {
        ("government", "StrongEndorsement", 2), ("government", "Endorsement", 1)}


def test_coordination_group_members(kg):
    rows = ask(kg, "coordination-group-members")
    assert len(rows) == 19
    assert {str(r["groupLabel"]) for r in rows} == {"Mesa de Género de la Cooperación Internacional en el Perú"}


def test_consultations(kg):
    (row,) = ask(kg, "consultations")
    assert (str(row["country"]), str(row["city"]), str(row["start"]), str(row["end"])) == (
        "Peru", "Lima", "2023-12-04", "2023-12-07")
    assert local(row["group"]) == "government" and local(row["documentType"]) == "MissionSummary"


def test_evidence_gives_words_document_and_line(kg):
    rows = ask(kg, "evidence", theme="care")
    assert [(str(r["text"]), str(r["document"]), int(r["line"])) for r in rows] == [
        ("care services", "lima-peru-government.md", 42),
        ("childcare", "lima-peru-government.md", 50),
        ("the importance of an improved care services system", "lima-peru-government.md", 77),
    ]


def test_evidence_reads_document_line_and_page_off_the_specific_resource(tmp_path):
    """A PDF build: every care mention comes with its page, and the document is the evidence's oa:hasSource."""
    from .helpers import make_pdf

    pdf = make_pdf(SAMPLE.read_text(encoding="utf-8").splitlines(), tmp_path / "lima.pdf")
    build([pdf], tmp_path / "out")
    rows = ask(tmp_path / "out", "evidence", theme="care")
    assert [str(r["text"]) for r in rows] == [
        "care services", "childcare", "the importance of an improved care services system"]
    assert {str(r["document"]) for r in rows} == {"lima.pdf"}
    pages = [int(r["page"]) for r in rows]
    assert pages == sorted(pages) and pages[0] >= 1 and pages[-1] >= 2
    query = saved_questions()["evidence"].text
    assert "oa:hasSource" in query and "prov:wasDerivedFrom" not in query.split("WHERE", 1)[1]


def test_organisations_in_several_consultations(kg, tmp_path):
    assert ask(kg, "organisations-in-several-consultations") == []
    twin = tmp_path / "lima-again.md"
    twin.write_bytes(SAMPLE.read_bytes())
    build([SAMPLE, twin], tmp_path / "out")
    rows = ask(tmp_path / "out", "organisations-in-several-consultations")
    assert len(rows) == 22 and {int(r["consultations"]) for r in rows} == {2}


def test_not_consulted_on(kg):
    rows = ask(kg, "not-consulted-on", theme="gender-based-violence")
    groups = {local(r["who"]) for r in rows if str(r["kind"]) == "stakeholder group"}
    types = {local(r["who"]) for r in rows if str(r["kind"]) == "organisation type"}
    assert "government" not in groups and {"civil-society", "private-sector", "youth"} <= groups
    assert types == {"national-government", "local-government", "government-agency", "academia", "parliament",
                     "private-sector", "world-bank-group", "other"}


def test_unmapped_phrases(kg, tmp_path):
    assert ask(kg, "unmapped-phrases") == []
    build([RECORDS / "mission-bom.md"], tmp_path)
    assert [str(r["text"]) for r in ask(tmp_path, "unmapped-phrases")] == ["climate-smart agriculture"]


def test_every_saved_question_is_tested_here():
    import inspect
    import sys
    source = inspect.getsource(sys.modules[__name__])
    for name in saved_questions():
        assert f'"{name}"' in source, f"saved question {name} has no asserted answer"


# --- the command line: formats, ad hoc queries, errors ---------------------------------------

@pytest.fixture
def run(kg):
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, ["query", str(kg), *args])


def test_output_formats(run):
    table = run("-q", "people")
    assert table.exit_code == 0 and table.stdout.splitlines()[0].split() == ["person", "name", "honorific",
                                                                           "jobTitle", "organisation"]
    assert "Nancy Tolentino" in table.stdout
    rows = list(csv.reader(io.StringIO(run("-q", "people", "--format", "csv").stdout)))
    assert rows[0][1] == "name" and rows[2][1] == "Nancy Tolentino" and len(rows) == 3
    tsv = run("-q", "people", "--format", "tsv").stdout.splitlines()
    assert tsv[0].startswith("?person\t?name") and '"Nancy Tolentino"' in tsv[2]
    data = json.loads(run("-q", "people", "--format", "json").stdout)
    assert data["head"]["vars"][1] == "name"
    assert data["results"]["bindings"][1]["name"] == {"type": "literal", "value": "Nancy Tolentino"}
    md = run("-q", "people", "--format", "md").stdout.splitlines()
    assert md[0].startswith("| person | name |") and md[1].startswith("|---|")


def test_ad_hoc_select_ask_construct_with_default_prefixes(run):
    res = run("SELECT ?name WHERE { ?p foaf:name ?name } ORDER BY ?name")
    assert res.exit_code == 0 and res.stdout.split()[-1] == "Tolentino"
    assert run("ASK { ?m a ckg:Meeting }").stdout.strip() == "true"
    assert json.loads(run("ASK { ?m a ckg:Nothing }", "--format", "json").stdout) == {"head": {}, "boolean": False}
    ttl = run("CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }").stdout
    assert "foaf:name" in ttl and '"Nancy Tolentino"' in ttl


def test_query_from_file_and_param_for_ad_hoc_query(run, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?n WHERE { ?p foaf:name ?n ; schema:jobTitle ?t }")
    res = run("-f", str(rq), "--param", "t=Vice Minister of Social Policies and Evaluation")
    assert res.exit_code == 0 and "Fanny" in res.stdout and "Nancy" not in res.stdout


def test_parameter_values_cannot_inject_sparql(run):
    res = run("-q", "evidence", "--param", "theme=care> } } SELECT * WHERE { ?s ?p ?o")
    assert res.exit_code == 1 and "not a valid name" in res.stderr
    res = run("SELECT ?n WHERE { ?p foaf:name ?n }", "--param", 'n=x" } ; DROP ALL ; #')
    assert res.exit_code == 0  # bound as a literal: it matches nothing, runs nothing


def test_errors(run, tmp_path):
    res = run("SELECT ?x WHERE {\n  ?x a ckg:Meeting .\n  FILTER(?x = ) }")
    assert res.exit_code == 1 and "SPARQL syntax error at line 3, column" in res.stderr
    res = run("-q", "orgs-for-theme")
    assert res.exit_code == 1 and "did you mean organisations-for-theme" in res.stderr
    res = run("DELETE WHERE { ?s ?p ?o }")
    assert res.exit_code == 1 and "read-only" in res.stderr
    res = run("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert res.exit_code == 1 and "read-only" in res.stderr
    res = run("-q", "people", "--param", "theme=care")
    assert res.exit_code == 1 and "takes no parameter theme" in res.stderr
    res = CliRunner().invoke(cli, ["query", str(tmp_path / "missing.ttl"), "-q", "people"])
    assert res.exit_code == 1 and "missing.ttl: no such file" in res.stderr
    assert run().exit_code == 2  # no question


# --- the persistent store -------------------------------------------------------------------

def test_store_round_trip_and_rebuild_replaces_graphs(tmp_path):
    data = tmp_path / "in"
    data.mkdir()
    doc = data / "lima.md"
    doc.write_bytes(SAMPLE.read_bytes())
    store = tmp_path / "kg.store"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(data), "--out", str(tmp_path / "o"), "--store", str(store)]).exit_code == 0
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    first = int(consultkg.ask(store, count)[0]["n"])
    assert first == int(consultkg.ask(tmp_path / "o" / "graph.trig", count)[0]["n"])
    assert [str(r["name"]) for r in consultkg.ask(store, "people")] == [
        "Fanny Esther Montellanos Carbajal", "Nancy Tolentino"]
    # rebuild after an edit: the document's graph is replaced, nothing duplicated, nothing stale
    doc.write_text(SAMPLE.read_text(encoding="utf-8").replace("offered their strong endorsement",
                                                             "broadly welcomed the draft but raised concerns"))
    runner.invoke(cli, ["build", str(data), "--out", str(tmp_path / "o"), "--store", str(store)])
    stances = {local(r["stance"]) for r in consultkg.ask(store, "stances-by-group")}
    assert stances == {"MixedStance", "Endorsement"}
    assert int(consultkg.ask(store, count)[0]["n"]) == first
    # a second document, then its removal: its graph goes
    (data / "copy.md").write_bytes(SAMPLE.read_bytes())
    runner.invoke(cli, ["build", str(data), "--out", str(tmp_path / "o"), "--store", str(store)])
    assert len(consultkg.ask(store, "consultations")) == 2
    (data / "copy.md").unlink()
    runner.invoke(cli, ["build", str(data), "--out", str(tmp_path / "o"), "--store", str(store)])
    assert len(consultkg.ask(store, "consultations")) == 1


def test_store_errors(tmp_path):
    bogus = tmp_path / "bogus.store"
    bogus.mkdir()
    (bogus / "consultkg-store.json").write_text("{}")
    (bogus / "CURRENT").write_text("garbage")
    res = CliRunner().invoke(cli, ["query", str(bogus), "-q", "people"])
    assert res.exit_code == 1 and str(bogus) in res.stderr and "Traceback" not in res.output
    other = tmp_path / "not-a-store"
    other.mkdir()
    (other / "keep.txt").write_text("mine")
    res = CliRunner().invoke(cli, ["build", str(SAMPLE), "--out", str(tmp_path / "o"), "--store", str(other)])
    assert res.exit_code == 1 and "not a consultkg store" in res.stderr
    assert (other / "keep.txt").read_text() == "mine"


def test_python_api_returns_rows_bool_and_graph(kg):
    rows = consultkg.ask(kg, "people")
    assert isinstance(rows, list) and rows[1]["name"] == "Nancy Tolentino"
    assert consultkg.ask(kg, "ASK { ?m a ckg:Meeting }") is True
    g = consultkg.ask(kg, "CONSTRUCT { ?m a ckg:Meeting } WHERE { ?m a ckg:Meeting }")
    assert len(g) == 3


def test_triples_shared_by_documents_are_counted_once(tmp_path):
    """The default graph is the union of the documents' graphs, without repeats."""
    twin = tmp_path / "lima-again.md"
    twin.write_bytes(SAMPLE.read_bytes())
    build([SAMPLE, twin], tmp_path / "out", store=tmp_path / "kg.store")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?o a org:Organization }"
    per_graph = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?o a org:Organization } }"
    for source in (tmp_path / "out", tmp_path / "out" / "graph.trig", tmp_path / "kg.store"):
        assert consultkg.ask(source, count)[0]["n"] == 23, source
        assert consultkg.ask(source, per_graph)[0]["n"] == 46, source


@pytest.mark.parametrize("value", ["http://a>{}", "<http://a> } DROP ALL #", "https://x.org/a b"])
def test_a_param_iri_that_could_change_the_query_is_refused_by_consultkg(value):
    """The check is consultkg's own (a one-line error naming the value), not left to the engine's parser."""
    from consultkg.query.params import ParamError, term_of
    with pytest.raises(ParamError, match="not a valid"):
        term_of(value, "ckgt:")
