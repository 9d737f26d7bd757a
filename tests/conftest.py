"""Shared fixtures. ``pytest --regen-golden`` rewrites the golden graphs (review the diff!)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "lima-peru-government.md"
RECORDS = REPO / "tests" / "fixtures" / "records"
BAD = REPO / "tests" / "fixtures" / "bad"


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
