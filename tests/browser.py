"""The explorer page in a real browser: headless Chromium (Debian's ``chromium``) driven by Playwright.

``Page`` loads one page; every request that is not ``file:`` or ``data:`` is
blocked and recorded, and console errors are collected: the page must need
neither. The ``browser`` and ``corpus`` fixtures (``conftest.py``) are shared
by the modules that drive the page; they skip, with the reason, when Chromium or
the playwright package is missing (``.ci/run`` installs both).
"""
from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CORPUS_RECORDS = 400
Q_PREFIX = "PREFIX ckg: <https://w3id.org/consultkg/ontology#>\n"


def skip_without_browser():
    """Skip the calling test module when there is no Chromium or no playwright."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium chromium-driver)", allow_module_level=True)
    pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install '.[test]')")


class Page:
    """One loaded page with what it logged, requested and popped up."""

    def __init__(self, browser, path: Path, viewport: dict | None = None):
        self.errors, self.requests, self.dialogs = [], [], []
        self.page = browser.new_page(viewport=viewport or {"width": 1400, "height": 900})
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

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)


def _select(store, query: str) -> list[tuple]:
    answer = store.query(Q_PREFIX + query)
    names = [v.value for v in answer.variables]
    return [tuple(None if s[n] is None else s[n].value for n in names) for s in answer]  # unbound: None


def _drawn(p, fragments: list[str]) -> list[list[str]]:
    """The IRIs drawn for each URL fragment (set, then the page's own restore, as on a hash change)."""
    return p.js("""fs => fs.map(f => { history.replaceState(null, '', '#' + f); ckg.restore();
        return ckg.network.body.nodeIndices.map(i => ckg.data.details[i].iri).sort(); })""", fragments)


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def make_corpus(root: Path, records: int = CORPUS_RECORDS):
    """``records`` generated records built under ``root``: (networkx graph, page path, Oxigraph store)."""
    import subprocess
    import sys

    import pyoxigraph as ox

    from consultkg.network import network_graph, network_html, open_store
    from .conftest import REPO

    subprocess.run([sys.executable, str(REPO / "bench" / "make_corpus.py"), str(records), "--out",
                    str(root / "in")], check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "consultkg.cli", "build", str(root / "in"), "--out", str(root / "out"),
                    "--no-network"], check=True, capture_output=True, cwd=REPO)
    g = network_graph(open_store(root / "out"))
    (root / "page.html").write_bytes(network_html(g))
    store = ox.Store()
    store.bulk_load(path=str(root / "out" / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
    return g, root / "page.html", store
