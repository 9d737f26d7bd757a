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
