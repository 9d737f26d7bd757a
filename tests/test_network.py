"""The stakeholder-theme network: projections, metrics, the page's HTML, exports, the CLI (no browser here)."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, RDF, RDFS

from consultkg.build.run import make_dataset
from consultkg.cli import cli
from consultkg.build.load import load_dataset
from consultkg.namespaces import CKG, CKGO, CKGT
from consultkg.network import METRICS, VIEWS, network_graph, network_html, write_network
from consultkg.network.export import to_csv, to_gexf, to_graphml
from consultkg.network.metrics import BETWEENNESS_BUDGET, BETWEENNESS_MIN_SAMPLES, add_metrics, betweenness_samples
from consultkg.network.project import project, read_facts

from .conftest import REPO, SAMPLE

ID = "https://w3id.org/consultkg/id/"
HOSTILE = "<img src=x onerror=alert(1)>"
PREFIXES = """PREFIX ckg: <https://w3id.org/consultkg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>"""


@pytest.fixture(scope="module")
def sample_ds(sample_record):
    return make_dataset([("lima-peru-government", sample_record)])


@pytest.fixture(scope="module")
def sample_union(sample_ds):
    g = Graph()
    for s, p, o, _ in sample_ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def count(g: Graph, where: str) -> int:
    return int(next(iter(g.query(f"{PREFIXES} SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")))[0])


def hostile_graph(with_themes: bool = True) -> Graph:
    """An organisation with a label that is HTML, a person, a meeting and (optionally) a theme."""
    g = Graph()
    org, person, meeting = URIRef(ID + "org/evil"), URIRef(ID + "person/p"), URIRef(ID + "meeting/m-1")
    g.add((org, RDF.type, ORG.Organization))
    g.add((org, RDFS.label, Literal(HOSTILE)))
    g.add((org, CKG.acronym, Literal("</script><script>alert(2)</script>")))
    g.add((org, ORG.classification, CKGO["civil-society"]))
    g.add((person, RDF.type, FOAF.Person))
    g.add((person, FOAF.name, Literal("Ada & <b>Bold</b>")))
    g.add((meeting, RDF.type, CKG.Meeting))
    g.add((meeting, CKG.participant, org))
    g.add((meeting, CKG.participant, person))
    if with_themes:
        g.add((meeting, CKG.discussed, CKGT.care))
        g.add((meeting, CKG.stanceText, Literal(f"They said {HOSTILE}")))
        g.add((meeting, CKG.followUpInterest, Literal("<script>alert(3)</script>")))
    return g


# ---- projections, checked against counts computed independently with SPARQL ----

def test_stakeholder_theme_view_of_the_sample(sample_ds, sample_union):
    g = network_graph(sample_ds, "stakeholder-theme")
    orgs = count(sample_union, "SELECT DISTINCT ?o { ?o a org:Organization }")
    people = count(sample_union, "SELECT DISTINCT ?p { ?p a foaf:Person }")
    themes = count(sample_union, "SELECT DISTINCT ?t { ?m ckg:discussed ?t }")
    assert (orgs, people, themes) == (23, 2, 10)
    assert g.number_of_nodes() == orgs + people + themes == 35
    pairs = count(sample_union, "SELECT DISTINCT ?p ?t { ?m ckg:participant ?p ; ckg:discussed ?t }")
    assert g.number_of_edges() == pairs == 100
    triples = count(sample_union, "?m ckg:participant ?p ; ckg:discussed ?t")
    assert sum(w for _, _, w in g.edges(data="weight")) == triples
    assert nx.is_bipartite(g)
    undp = g.nodes[ID + "org/united-nations-development-programme"]
    assert (undp["acronym"], undp["type"], undp["org_type"]) == ("UNDP", "organisation", "United Nations entity")
    assert undp["countries"] == ("Peru",) and undp["stances"] == ("endorsement",)
    # the government of Peru took part in no meeting: still drawn, with no edge
    assert g.degree(ID + "org/government-of-peru") == 0


def test_evidence_carries_the_exact_words_with_document_and_line(sample_ds):
    g = network_graph(sample_ds, "stakeholder-theme")
    gbv = g.nodes[str(CKGT["gender-based-violence"])]
    assert gbv["type"] == "theme" and gbv["label"] == "Gender-based violence"
    assert gbv["objectives"] == ("End gender-based violence and elevate human capital",)
    words = {(m.text, m.document, m.line) for m in gbv["evidence"]}
    assert ("GBV prevention and response", "lima-peru-government.md", 42) in words
    assert all(m.theme == "Gender-based violence" for m in gbv["evidence"])


def test_the_other_views_of_the_sample(sample_ds, sample_union):
    orgs = network_graph(sample_ds, "organisation")
    assert orgs.number_of_nodes() == 23
    pairs = count(sample_union, """SELECT DISTINCT ?a ?b { ?m ckg:participant ?a, ?b .
        ?a a org:Organization . ?b a org:Organization FILTER(STR(?a) < STR(?b)) }""")
    assert orgs.number_of_edges() == pairs
    themes = network_graph(sample_ds, "theme-cooccurrence")
    assert themes.number_of_nodes() == 10
    assert themes.number_of_edges() == count(
        sample_union, "SELECT DISTINCT ?a ?b { ?m ckg:discussed ?a, ?b FILTER(STR(?a) < STR(?b)) }")
    full = network_graph(sample_ds, "full")
    kinds = nx.get_node_attributes(full, "type")
    assert sorted((k, list(kinds.values()).count(k)) for k in set(kinds.values())) == [
        ("consultation", 1), ("document", 1), ("meeting", 3), ("organisation", 23), ("person", 2), ("theme", 10)]
    assert full.has_edge(ID + "meeting/lima-peru-government-1", ID + "consultation/lima-peru-government")


def test_the_page_lists_only_the_meetings_a_view_has_members_of(sample_ds):
    """A meeting with no theme has no place in the theme-co-occurrence view's meeting table."""
    from consultkg.network.page_tables import page_tables

    f = read_facts(sample_ds)
    quiet = sorted(f.meetings)[0]
    f.meetings[quiet].themes.clear()
    g = project(f, "theme-cooccurrence")
    rows = page_tables(g, {n: i for i, n in enumerate(g.nodes)})["meetings"]
    labels = [row[4] for row in rows]
    assert f.nodes[quiet]["label"] not in labels
    assert len(rows) == sum(1 for m in f.meetings.values() if m.themes) == len(f.meetings) - 1


def test_unknown_view_and_metric_name_the_choices(sample_ds):
    with pytest.raises(ValueError, match="stakeholder-theme, organisation, theme-cooccurrence, full"):
        project(read_facts(sample_ds), "people")
    with pytest.raises(ValueError, match="degree, weighted-degree, betweenness"):
        network_html(network_graph(sample_ds), size_by="pagerank")


# ---- metrics ----

def test_metrics_are_set_and_deterministic(sample_ds):
    a, b = network_graph(sample_ds), network_graph(sample_ds)
    for node, attrs in a.nodes(data=True):
        assert attrs["degree"] == a.degree(node)
        assert attrs["weighted_degree"] == a.degree(node, weight="weight")
        assert {k: attrs[k] for k in ("betweenness", "community")} == \
               {k: b.nodes[node][k] for k in ("betweenness", "community")}
    top = max(a.nodes, key=lambda n: a.nodes[n]["betweenness"])
    assert a.nodes[top]["type"] == "theme"
    assert min(nx.get_node_attributes(a, "community").values()) == 1


def test_betweenness_is_sampled_only_above_the_budget(monkeypatch):
    assert betweenness_samples(nx.path_graph(50)) is None
    big = nx.barabasi_albert_graph(3000, 3, seed=1)
    assert BETWEENNESS_MIN_SAMPLES <= betweenness_samples(big) == max(16, BETWEENNESS_BUDGET // (3000 + 8991)) < 3000
    monkeypatch.setattr("consultkg.network.metrics.BETWEENNESS_BUDGET", 10_000)
    g = nx.barabasi_albert_graph(300, 2, seed=1)
    assert betweenness_samples(g) == BETWEENNESS_MIN_SAMPLES
    add_metrics(g)
    first = nx.get_node_attributes(g, "betweenness")
    add_metrics(g)
    assert first == nx.get_node_attributes(g, "betweenness")  # seeded samples
    assert first != {n: round(b, 6) for n, b in nx.betweenness_centrality(g).items()}  # an estimate
    assert max(first, key=first.get) == max(g.degree, key=lambda x: x[1])[0]


# ---- the page's HTML ----

def test_page_is_self_contained_and_deterministic(sample_ds):
    html = network_html(network_graph(sample_ds)).decode()
    assert html == network_html(network_graph(sample_ds)).decode()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "cdnjs" not in html and "jsdelivr" not in html and "bootstrap" not in html.lower()
    assert "default-src 'none'" in html  # the CSP forbids every network request
    assert "vis.Network" in html and 'id="ckg-data"' in html
    data = json.loads(re.search(r'id="ckg-data">(.*?)</script>', html, re.S).group(1))
    assert len(data["nodes"]) == 35 and len(data["edges"]) == 100
    assert {t["key"] for t in data["types"]} == {"organisation", "person", "theme"}
    assert [f["key"] for f in data["facets"]] == ["theme", "objective", "country", "consultation", "stance", "group"]


def test_hostile_text_is_escaped():
    g = hostile_graph()
    html = network_html(network_graph(g), title="<b>title</b>").decode()
    assert "<img" not in html and "<b>Bold" not in html and "<b>title" not in html
    assert "</script><script>alert(2)" not in html
    assert "&lt;b&gt;title&lt;/b&gt;" in html
    data = json.loads(re.search(r'id="ckg-data">(.*?)</script>', html, re.S).group(1))
    assert HOSTILE in [n["label"] for n in data["nodes"]]  # the text itself survives, as JSON


def test_empty_graph_says_so():
    html = network_html(network_graph(Graph())).decode()
    assert "This graph is empty" in html
    assert 'id="network"' not in html and len(html) < 60_000  # no canvas, no vis-network


def test_graph_without_themes_still_shows_the_organisations():
    g = network_graph(hostile_graph(with_themes=False))
    assert sorted(nx.get_node_attributes(g, "type").values()) == ["organisation", "person"]
    assert g.number_of_edges() == 0
    assert "This graph is empty" not in network_html(g).decode()


# ---- exports ----

def test_exports_read_back(sample_ds, tmp_path):
    g = network_graph(sample_ds)
    written = write_network(g, graphml=tmp_path / "n.graphml", gexf=tmp_path / "n.gexf", csv_prefix=tmp_path / "n")
    assert [p.name for p in written] == ["n.graphml", "n.gexf", "n-nodes.csv", "n-edges.csv"]
    gm = nx.read_graphml(tmp_path / "n.graphml")
    assert (gm.number_of_nodes(), gm.number_of_edges()) == (35, 100)
    undp = gm.nodes[ID + "org/united-nations-development-programme"]
    assert undp["acronym"] == "UNDP" and undp["degree"] == g.degree(ID + "org/united-nations-development-programme")
    gx = nx.read_gexf(tmp_path / "n.gexf")
    assert (gx.number_of_nodes(), gx.number_of_edges()) == (35, 100)
    assert "lastmodifieddate" not in (tmp_path / "n.gexf").read_text()
    nodes = list(csv.DictReader(io.StringIO((tmp_path / "n-nodes.csv").read_text(encoding="utf-8"))))
    edges = list(csv.DictReader(io.StringIO((tmp_path / "n-edges.csv").read_text(encoding="utf-8"))))
    assert list(nodes[0])[:3] == ["ID", "Label", "Type"] and list(edges[0])[:2] == ["From", "To"]
    assert len(nodes) == 35 and len(edges) == 100
    ids = {n["ID"] for n in nodes}
    assert all(e["From"] in ids and e["To"] in ids for e in edges)
    care = next(n for n in nodes if n["Label"] == "Care services")
    assert "Peru" in care["Consultation countries"].split("|")
    assert to_graphml(g) == to_graphml(network_graph(sample_ds)) and to_gexf(g) == to_gexf(network_graph(sample_ds))


def test_csv_defuses_spreadsheet_formulas():
    g = nx.Graph()
    g.add_node("x", label="=HYPERLINK(\"http://evil\")", type="organisation")
    nodes, _ = to_csv(g)
    assert "'=HYPERLINK" in nodes.decode()


# ---- the command line ----

def test_cli_choices_are_the_library_choices():
    params = {p.name: p for p in cli.commands["network"].params}
    assert tuple(params["view"].type.choices) == VIEWS
    assert tuple(params["size_by"].type.choices) == METRICS


def test_network_command_writes_page_and_exports(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(SAMPLE), "--out", str(tmp_path / "kg"), "--no-network"]).exit_code == 0
    assert not (tmp_path / "kg" / "network.html").exists()
    res = runner.invoke(cli, ["network", str(tmp_path / "kg"), "--out", str(tmp_path / "o.html"), "--view",
                              "organisation", "--size-by", "betweenness", "--graphml", str(tmp_path / "o.graphml")])
    assert res.exit_code == 0, res.output
    assert "organisation: 23 nodes" in res.stderr
    assert (tmp_path / "o.html").read_bytes().startswith(b"<!DOCTYPE html>")
    assert nx.read_graphml(tmp_path / "o.graphml").number_of_nodes() == 23


@pytest.mark.parametrize("args, choices", [
    (["--view", "people"], "'stakeholder-theme', 'organisation', 'theme-cooccurrence', 'full'"),
    (["--size-by", "pagerank"], "'degree', 'weighted-degree', 'betweenness'"),
])
def test_unknown_view_or_metric_is_a_usage_error(tmp_path, args, choices):
    res = CliRunner().invoke(cli, ["network", str(SAMPLE), "--out", str(tmp_path / "x.html"), *args])
    assert res.exit_code == 2 and choices in res.stderr


def test_nothing_to_write_and_bad_source(tmp_path):
    res = CliRunner().invoke(cli, ["network", str(tmp_path)])
    assert res.exit_code == 2 and "give --out" in res.stderr
    res = CliRunner().invoke(cli, ["network", str(tmp_path / "nope.ttl"), "--out", str(tmp_path / "x.html")])
    assert res.exit_code == 1 and "nope.ttl" in res.stderr and "Traceback" not in res.output


def test_build_writes_network_html_identical_across_processes(tmp_path):
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        subprocess.run([sys.executable, "-m", "consultkg.cli", "build", str(SAMPLE), "--out", str(out)],
                       check=True, env=dict(os.environ, PYTHONHASHSEED=seed), capture_output=True, cwd=REPO)
        pages.append((out / "network.html").read_bytes())
    assert pages[0] == pages[1]
    assert b"United Nations Development Programme" in pages[0]


def test_repeated_one_line_mentions_give_the_same_page_under_any_hash_seed(tmp_path):
    """The same words twice on the one line of a portal record differ only by their character offsets; the page
    orders them by those offsets, so its bytes never depend on the order the graph was read in (issue 18).
    Unfixed, three seeds of five gave three different pages."""
    text = (REPO / "tests" / "fixtures" / "oneline" / "mission-namibia-oneline.txt").read_text(encoding="utf-8")
    themes = "land rights for widows, unpaid care work, and gender-based violence in rural areas."
    assert themes in text
    record = tmp_path / "in" / "repeated.txt"
    record.parent.mkdir()
    record.write_text(text.replace(themes, f"{themes} • Key themes of the discussion included {themes}"),
                      encoding="utf-8")
    pages = set()
    for seed in ("1", "2", "3", "13", "21"):
        out = tmp_path / seed
        subprocess.run([sys.executable, "-m", "consultkg.cli", "build", str(record.parent), "--out", str(out)],
                       check=True, env=dict(os.environ, PYTHONHASHSEED=seed), capture_output=True, cwd=REPO)
        pages.add((out / "network.html").read_bytes())
    assert len(pages) == 1


# ---- reading: Oxigraph, both vocabulary shapes, identities ----

OA_NS = "http://www.w3.org/ns/oa#"


def _v11_graph() -> Graph:
    """A meeting in the 1.1 shape: evidence as oa:SpecificResource with a source, line, page and a quote selector;
    the meeting reported in its document (ckg:reportedIn); a person representing an organisation; two ministries
    with the same name in two countries."""
    from rdflib.namespace import DCTERMS, PROV, SKOS
    g = Graph()
    doc, cons, m = URIRef(ID + "doc/d"), URIRef(ID + "consultation/d"), URIRef(ID + "meeting/d-1")
    g.add((doc, RDF.type, CKG.SourceDocument))
    g.add((doc, DCTERMS.source, Literal("mission.pdf")))
    g.add((cons, RDF.type, CKG.Consultation))
    g.add((cons, RDFS.label, Literal("Mission")))
    g.add((cons, CKG.reportedIn, doc))
    g.add((m, RDF.type, CKG.Meeting))
    g.add((m, CKG.partOf, cons))
    g.add((m, CKG.reportedIn, doc))
    g.add((m, CKG.stanceText, Literal("They voiced concern about funding.")))
    g.add((m, CKG.followUpInterest, Literal("a workshop on care")))
    sr, q = URIRef(ID + "evidence/d/meeting-1"), URIRef(ID + "evidence/d/meeting-1-quote")
    g.add((m, CKG.evidence, sr))
    g.add((sr, RDF.type, URIRef(OA_NS + "SpecificResource")))
    g.add((sr, URIRef(OA_NS + "hasSource"), doc))
    g.add((sr, CKG.line, Literal(17)))
    g.add((sr, CKG.page, Literal(3)))
    g.add((sr, URIRef(OA_NS + "hasSelector"), q))
    g.add((q, RDF.type, URIRef(OA_NS + "TextQuoteSelector")))
    g.add((q, URIRef(OA_NS + "exact"), Literal("Meeting with ministries")))
    mention, sr2, q2 = URIRef(ID + "mention/d-1-1"), URIRef(ID + "evidence/d/mention-1-1"), URIRef(ID + "q2")
    g.add((m, CKG.hasThemeMention, mention))
    g.add((mention, CKG.concept, CKGT.care))
    g.add((mention, CKG.evidence, sr2))
    g.add((mention, PROV.wasDerivedFrom, doc))
    g.add((sr2, URIRef(OA_NS + "hasSource"), doc))
    g.add((sr2, CKG.line, Literal(21)))
    g.add((sr2, CKG.page, Literal(4)))
    g.add((sr2, URIRef(OA_NS + "hasSelector"), q2))
    g.add((q2, URIRef(OA_NS + "exact"), Literal("childcare centres")))
    g.add((CKGT.care, SKOS.prefLabel, Literal("Care services", lang="en")))
    for country in ("peru", "kenya"):
        org, c = URIRef(ID + f"org/ministry-of-women-{country}"), URIRef(ID + f"country/{country}")
        g.add((org, RDF.type, ORG.Organization))
        g.add((org, RDFS.label, Literal("Ministry of Women")))
        g.add((org, CKG.country, c))
        g.add((c, RDFS.label, Literal(country.title(), lang="en")))
        g.add((m, CKG.participant, org))
    person = URIRef(ID + "person/ana")
    g.add((person, RDF.type, FOAF.Person))
    g.add((person, FOAF.name, Literal("Ana Quispe")))
    g.add((person, ORG.memberOf, URIRef(ID + "org/ministry-of-women-peru")))
    g.add((m, CKG.participant, person))
    return g


def test_reads_the_1_1_evidence_shape_with_document_line_and_page():
    facts = read_facts(_v11_graph())
    m = facts.meetings[ID + "meeting/d-1"]
    assert [(s.kind, s.text, s.document, s.line, s.page) for s in m.said] == [
        ("stance", "They voiced concern about funding.", "mission.pdf", 17, 3),
        ("follow-up", "a workshop on care", "mission.pdf", 17, None)]
    assert [(x.text, x.document, x.line, x.page, x.theme) for x in m.mentions] == [
        ("childcare centres", "mission.pdf", 21, 4, "Care services")]


def test_identities_are_told_apart_and_a_person_counts_as_their_organisation():
    g = network_graph(_v11_graph())
    shown = {a["display"] for _, a in g.nodes(data=True)}
    assert {"Ministry of Women (Peru)", "Ministry of Women (Kenya)", "Ana Quispe (Ministry of Women)"} <= shown
    care = g.nodes[str(CKGT.care)]
    assert care["stakeholders"] == 2  # two ministries; Ana counts as the Peruvian one
    assert g.degree(str(CKGT.care)) == 3  # while the graph still links all three participants


def test_network_is_read_without_rdflib_parsing(tmp_path, monkeypatch):
    from consultkg.network import build_network_page, load_rdf, open_store
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(SAMPLE), "--out", str(tmp_path), "--no-network"]).exit_code == 0
    parsed = network_graph(load_dataset(tmp_path))

    def refuse(*a, **k):
        raise AssertionError("rdflib parse called")
    monkeypatch.setattr(Graph, "parse", refuse)
    fast = network_graph(load_rdf(tmp_path))
    assert sorted(fast.nodes) == sorted(parsed.nodes) and sorted(fast.edges) == sorted(parsed.edges)
    assert dict(fast.nodes(data="display")) == dict(parsed.nodes(data="display"))
    assert build_network_page(tmp_path).read_bytes() == network_html(network_graph(open_store(tmp_path)))


def test_layout_has_no_overlaps_with_real_sizes():
    import math
    from consultkg.network.metrics import community_layout
    g = nx.barabasi_albert_graph(3000, 2, seed=3)
    g.add_nodes_from(range(3000, 3050))  # isolated: a disc of their own
    add_metrics(g)
    top = max(d for _, d in g.degree)
    sizes = {n: 8 + 32 * math.sqrt(g.degree(n) / top) for n in g}
    pos = community_layout(g, sizes)
    assert pos == community_layout(g, sizes)  # deterministic
    by_x = sorted(g.nodes, key=lambda n: pos[n][0])
    overlaps = 0
    for i, a in enumerate(by_x):
        for b in by_x[i + 1:]:
            if pos[b][0] - pos[a][0] > 2 * 40 + 4:
                break
            overlaps += math.dist(pos[a], pos[b]) < sizes[a] + sizes[b]
    assert overlaps == 0
