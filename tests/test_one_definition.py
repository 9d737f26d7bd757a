"""No module binds a top-level name twice: a second ``_HONORIFIC_AT = ...`` silently replaced the first one
that a function above it was written against (prose.py, until it was caught)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "consultkg"


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return sorted(n for n, k in names.items() if k > 1 and n != "__all__")


def test_no_top_level_name_is_bound_twice():
    twice = {str(p.relative_to(SRC)): names for p in sorted(SRC.rglob("*.py")) if (names := _bound_twice(p))}
    assert twice == {}


def test_the_check_sees_a_second_binding(tmp_path):
    path = tmp_path / "m.py"
    path.write_text("A = 1\ndef f():\n    return A\nA = 2\n", encoding="utf-8")
    assert _bound_twice(path) == ["A"]


def _strings(path: Path) -> set[str]:
    """The string constants of a module's code (docstrings and doctests left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and id(n) not in docs}


def test_one_prefix_table_and_one_atomic_write():
    """The namespaces' IRIs are written once (consultkg.namespaces.PREFIXES); files are replaced in one place
    (consultkg.files.atomic_write) and by the graph files' streamed writer."""
    from consultkg.namespaces import PREFIXES

    iris = set(PREFIXES.values()) - {"https://schema.org/"}  # rdflib's SDO spells it too
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "namespaces.py":
            continue
        assert not _strings(path) & iris, f"{path.relative_to(SRC)} spells a namespace IRI of its own"
        uses_replace = "os.replace" in path.read_text(encoding="utf-8")
        assert not uses_replace or path.relative_to(SRC).as_posix() in ("files.py", "build/outputs.py"), path
