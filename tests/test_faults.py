"""The fault run (bench/faults.py) as a marked test: SIGKILL at random moments of builds and store updates.

Long, so it runs only when CONSULTKG_FAULTS=1 (``.ci/run`` sets it):
``CONSULTKG_FAULTS=1 .venv/bin/python -m pytest -q -m faults``.
"""
from __future__ import annotations

import importlib.util
import os

import pytest

from .conftest import REPO

pytestmark = [pytest.mark.faults,
              pytest.mark.skipif(os.environ.get("CONSULTKG_FAULTS") != "1", reason="long: set CONSULTKG_FAULTS=1")]


def test_killed_builds_leave_old_or_new_and_the_next_build_is_clean(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("faults", REPO / "bench" / "faults.py")
    faults = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(faults)
    records = os.environ.get("CONSULTKG_FAULT_RECORDS", "300")
    kills = os.environ.get("CONSULTKG_FAULT_KILLS", "20")
    code = faults.main(["--records", records, "--kills", kills, "--work", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"{kills} of {kills} kills left every output and the store old or new" in out
