"""The examples in the modules' docstrings run and give what they show."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import consultkg

MODULES = sorted(m.name for m in pkgutil.walk_packages(consultkg.__path__, "consultkg."))


@pytest.mark.parametrize("name", MODULES)
def test_module_examples(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # examples write only temporary files
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert failures == 0
