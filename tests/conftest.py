"""Shared fixtures. ``pytest --regen-golden`` rewrites the golden graphs (review the diff!)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "lima-peru-government.md"
RECORDS = REPO / "tests" / "fixtures" / "records"
BAD = REPO / "tests" / "fixtures" / "bad"



def pytest_collection_modifyitems(config, items):
    """Tests marked ``slow`` take minutes and guard what CI guards (the blind rounds' floors, the whole
    corpus's conformance, growth with the input's size): skipped unless CONSULTKG_SLOW=1, which `.ci/run`
    sets (`pytest -m slow`)."""
    if os.environ.get("CONSULTKG_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: CI runs it; CONSULTKG_SLOW=1 pytest -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_addoption(parser):
    parser.addoption("--regen-golden", action="store_true", help="rewrite tests/golden/*.ttl from the current code")


@pytest.fixture
def regen_golden(request) -> bool:
    return request.config.getoption("--regen-golden")


@pytest.fixture(scope="session")
def sample_record():
    from consultkg.extract import extract
    from consultkg.read import read_source

    return extract(read_source(SAMPLE))


@pytest.fixture
def mission_corpus(tmp_path):
    """A folder holding copies of the sample and the Markdown mission fixtures (free to change)."""
    import shutil

    src = tmp_path / "in"
    src.mkdir()
    for p in [SAMPLE, *sorted(RECORDS.glob("mission-*.md"))]:
        shutil.copy(p, src / p.name)
    return src


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium for the explorer's page (``tests/browser.py``)."""
    from .browser import ARGS, CHROMIUM, skip_without_browser

    skip_without_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory, browser):
    """A 400-record generated corpus, built; its page, loaded; an Oxigraph store of its graph for SPARQL counts."""
    from .browser import Page, make_corpus

    g, page, store = make_corpus(tmp_path_factory.mktemp("corpus"))
    p = Page(browser, page)
    yield p, g, store
    p.page.close()


@pytest.fixture(scope="session")
def corpus_1000(tmp_path_factory, browser):
    """The same at 1,000 records (for the tests marked slow: about a minute to build)."""
    from .browser import Page, make_corpus

    g, page, store = make_corpus(tmp_path_factory.mktemp("corpus1000"), 1000)
    p = Page(browser, page)
    yield p, g, store
    p.page.close()
