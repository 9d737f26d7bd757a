"""The explorer page in a real browser: headless Chromium (Debian's ``chromium``) driven by Playwright.

Every request that is not ``file:`` or ``data:`` is blocked and recorded, and
console errors are collected: the page must need neither. Skipped, with the
reason, when Chromium or the playwright package is missing (``.ci/run``
installs both).
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from consultkg.build import make_dataset
from consultkg.namespaces import CKGT
from consultkg.network import network_graph, network_html
from consultkg.network.metrics import add_metrics
from consultkg.network.render import PHYSICS_MAX_NODES

from .test_network import HOSTILE, hostile_graph

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium chromium-driver)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed "
                                                            "(pip install '.[test]')")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """One loaded page with what it logged, requested and popped up."""

    def __init__(self, browser, path: Path):
        self.errors, self.requests, self.dialogs = [], [], []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def js(self, expression: str):
        return self.page.evaluate(expression)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return tmp_path_factory.mktemp("pages")


@pytest.fixture(scope="module")
def sample_graph(sample_record):
    return network_graph(make_dataset([("lima-peru-government", sample_record)]))


@pytest.fixture(scope="module")
def sample(browser, pages, sample_graph):
    path = pages / "sample.html"
    path.write_bytes(network_html(sample_graph))
    p = Page(browser, path)
    yield p
    p.page.close()


def test_loads_offline_without_errors(sample):
    assert sample.errors == []
    assert sample.requests == []
    assert sample.js("ckg.data.physics") is True
    assert sample.js("ckg.network.physics.physicsEnabled") is False  # stabilised, then frozen


def test_draws_every_node_and_edge(sample, sample_graph):
    assert sample.js("ckg.drawnNodeCount()") == sample_graph.number_of_nodes() == 35
    assert sample.js("ckg.drawnEdgeCount()") == sample_graph.number_of_edges() == 100
    assert sample.page.inner_text("#status") == "Showing 35 of 35 nodes and 100 of 100 links"
    legend = sample.page.inner_text("#legend")
    assert "Organisation" in legend and "Theme" in legend and "Embassy" in legend


def test_search_finds_undp_and_shows_its_evidence(sample):
    page = sample.page
    page.fill("#search", "UNDP")
    page.wait_for_selector("#results li")
    first = page.inner_text("#results li:first-child")
    assert first.startswith("United Nations Development Programme (UNDP)")
    page.press("#search", "Enter")
    page.wait_for_selector("#panel:not([hidden])")
    assert page.inner_text("#details h2") == "United Nations Development Programme"
    details = page.inner_text("#details")
    assert "United Nations entity" in details and "lima-peru-government.md, line" in details
    assert sample.js("ckg.network.getSelectedNodes().length") == 1


def test_filters_hide_the_right_nodes(sample, sample_graph):
    page = sample.page
    ids = list(sample_graph.nodes)
    page.uncheck("#type-person")
    assert sample.js("ckg.drawnNodeCount()") == 33
    page.check("#type-person")
    index = page.evaluate("Array.from(document.querySelectorAll('#filter-themes option')).map(o => o.text)")
    page.select_option("#filter-themes", label="Rural women")
    rural = str(CKGT["rural-women"])
    expected = {rural} | set(sample_graph.neighbors(rural))
    drawn = {ids[i] for i in sample.js("ckg.network.body.nodeIndices")}
    assert drawn == expected and "Rural women" in index
    assert sample.js("ckg.drawnEdgeCount()") == sample_graph.degree(rural)
    page.select_option("#filter-themes", index=0)
    assert sample.js("ckg.drawnNodeCount()") == 35


def test_hostile_label_is_text(browser, pages):
    path = pages / "hostile.html"
    path.write_bytes(network_html(network_graph(hostile_graph())))
    p = Page(browser, path)
    assert p.errors == [] and p.requests == [] and p.dialogs == []
    p.page.fill("#search", "onerror")
    p.page.wait_for_selector("#results li")
    assert p.page.inner_text("#results li:first-child").startswith(HOSTILE)
    p.page.click("#results li:first-child button")
    assert p.page.inner_text("#details h2") == HOSTILE
    assert p.js("document.querySelectorAll('img, b').length") == 0
    assert p.js("typeof ckg.nodes.get(0).title") == "string"  # plain-text tooltip
    p.page.wait_for_timeout(200)
    assert p.dialogs == []
    p.page.close()


def test_empty_graph_page_says_so(browser, pages):
    import rdflib
    path = pages / "empty.html"
    path.write_bytes(network_html(network_graph(rdflib.Graph())))
    p = Page(browser, path)
    assert p.errors == [] and p.requests == []
    assert "This graph is empty" in p.page.inner_text("#empty")
    p.page.close()


def test_big_graph_has_a_precomputed_layout_and_no_physics(browser, pages):
    g = nx.Graph()
    n = PHYSICS_MAX_NODES + 200
    for i in range(n):
        theme = i < 20
        g.add_node(f"n{i:05d}", label=f"{'Theme' if theme else 'Organisation'} {i}",
                   type="theme" if theme else "organisation", org_type="" if theme else "Civil society organization",
                   org_type_id="" if theme else "https://w3id.org/consultkg/org-type/civil-society")
    for i in range(20, n):
        for t in (i % 20, (i * 7) % 20):
            g.add_edge(f"n{i:05d}", f"n{t:05d}", weight=1 + i % 3, kind="discussed")
    add_metrics(g)
    path = pages / "big.html"
    path.write_bytes(network_html(g))
    p = Page(browser, path)
    assert p.errors == [] and p.requests == []
    assert p.js("ckg.data.physics") is False and p.js("ckg.data.ownEdges") is True
    assert p.js("ckg.drawnNodeCount()") == n
    assert p.js("ckg.drawnEdgeCount()") == g.number_of_edges()
    assert p.js("ckg.search('Organisation 1199').length") == 1
    p.page.close()

