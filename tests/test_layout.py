"""The folders are the pipeline: no stage imports a later one, and only the CLI wires them.

Stages, in order: lexicon -> read -> extract -> rdf -> build -> query -> network. Beneath them the primitives
every stage may use (``errors``, ``text``, ``model``, ``files``, ``limits``, ``namespaces``, ``vocab``, ``themes``); above
them ``cli`` (and the package's own ``ask``, which calls the query stage)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import REPO

PACKAGE = REPO / "src" / "consultkg"
STAGES = ["lexicon", "read", "extract", "rdf", "build", "query", "network"]
PRIMITIVES = {"", "errors", "text", "model", "files", "limits", "namespaces", "vocab", "themes"}  # "": __version__
WIRING = {"cli"}


def _module(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = parts[-1] == "__init__"
    return ".".join(parts[:-1] if package else parts), package


def _imports(path: Path):
    """The consultkg modules ``path`` imports (at any depth of its code), as dotted names."""
    name, package = _module(path)
    here = name.split(".") if package else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = here[:len(here) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            if node.module is None:
                yield from (f"{target}.{a.name}" for a in node.names)
            else:
                yield target
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names)


def _stage(dotted: str) -> str | None:
    parts = dotted.split(".")
    if parts[0] != "consultkg":
        return None
    return "" if len(parts) == 1 or parts[1] == "__version__" else parts[1]


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_stage_imports_a_later_one(path):
    own = _stage(_module(path)[0])
    if own in WIRING or own == "":
        return
    for target in _imports(path):
        stage = _stage(target)
        if stage is None or stage == own or stage in PRIMITIVES:
            continue
        assert stage not in WIRING, f"{path.name} imports the CLI"
        assert own not in PRIMITIVES, f"the primitive {own} imports the stage {stage} ({target})"
        assert STAGES.index(stage) < STAGES.index(own), f"{own} ({path.name}) imports the later stage {target}"


def test_every_stage_is_a_folder_that_says_what_goes_in_and_out():
    for stage in STAGES:
        init = PACKAGE / stage / "__init__.py"
        assert init.is_file(), stage
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc.split()) >= 12, f"{stage}/__init__.py says nothing of what it takes and gives"


def test_the_top_level_holds_only_primitives_and_the_cli():
    top = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert top <= PRIMITIVES | WIRING, top - PRIMITIVES - WIRING


def test_every_source_file_is_in_git():
    """A file git ignores (a ``build/`` rule once hid ``build/__init__.py``) is missing from every clone."""
    import shutil
    import subprocess
    if not (REPO / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout")
    listed = subprocess.run(["git", "ls-files", "src"], cwd=REPO, capture_output=True, text=True).stdout.split()
    tracked = {REPO / p for p in listed}
    missing = [str(p.relative_to(REPO)) for p in SOURCES if p not in tracked]
    assert not missing, missing
