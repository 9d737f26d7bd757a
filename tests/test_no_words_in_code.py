"""Reading and extraction hold no natural-language words: every word lives in the data files.

The test reads the source of ``read/`` and ``extract/`` and looks at every regular
expression given to :mod:`re` and every table of strings (a set, list, tuple or dict
literal of two strings or more). A word there that is a word of the language files
(``src/consultkg/lexicon/*.toml``), and no identifier the data itself declares (a
table key of those files, a name of the ontology, a block kind), fails it: the word
belongs in a language file, where a new language can bring its own. Capital-letter
classes are for any script too: ``[\\p{Lu}]`` spelt by :func:`consultkg.text.cased`,
never ``A-Z`` or ``À-Ý``.
"""
from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from consultkg import model
from consultkg.text import fold

SRC = Path(__file__).resolve().parents[1] / "src" / "consultkg"
ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology"
STAGES = sorted([*SRC.glob("read/*.py"), *SRC.glob("extract/*.py")])
RE_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}
# regex syntax that spells letters without being words: escapes, named groups, inline flags, counts
_SYNTAX = re.compile(r"\\[A-Za-z]|\\p\{L[ul]\}|\(\?P<\w+>|\(\?P=\w+\)|\(\?[aiLmsux-]+[:)]|\{\d*,?\d*\}")
# names of the markup the readers take apart (HTML, WordprocessingML): the formats' words, no language's
MARKUP = {"del", "ins", "sub", "sup", "strong", "div", "span", "font", "bullet", "none", "true", "false", "off"}


def _lexicon_words() -> set[str]:
    words: set[str] = set()

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                yield from walk(v)
        elif isinstance(x, list):
            for v in x:
                yield from walk(v)
        elif isinstance(x, str):
            yield x
    for path in (SRC / "lexicon").glob("*.toml"):
        for text in walk(tomllib.loads(path.read_text(encoding="utf-8"))):
            words |= {fold(w) for w in re.findall(r"[^\W\d_]{3,}", text)}
    return words


def _identifiers() -> set[str]:
    """Names the data declares and the code may spell: table keys, ontology names, block kinds, markup."""
    names: set[str] = set(MARKUP)

    def keys(x):
        if isinstance(x, dict):
            for k, v in x.items():
                yield k
                yield from keys(v)
    for path in (SRC / "lexicon").glob("*.toml"):
        names |= set(keys(tomllib.loads(path.read_text(encoding="utf-8"))))
    for path in ONTOLOGY.glob("*.ttl"):
        names |= set(re.findall(r"\b\w+:([A-Za-z][\w-]*)", path.read_text(encoding="utf-8")))
    names |= {v for v in vars(model).values() if isinstance(v, str)}
    return names


LEXICON_WORDS = _lexicon_words()
IDENTIFIERS = _identifiers()


def _strings(node) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [s for v in node.values for s in _strings(v)]
    if isinstance(node, ast.BinOp):
        return _strings(node.left) + _strings(node.right)
    if isinstance(node, ast.Call) and node.args:  # cased(r"..."), "|".join(...) keep their literal
        return [s for a in node.args for s in _strings(a)]
    return []


def _names_of_code(tree) -> set[int]:
    """ids of the literals that name things of the code, not of a language: ``__all__``, and the values
    of constants that are a closed set of names (``ENTRIES, STATEMENT = "entries", "statement"``)."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Tuple, ast.List)):
            targets = node.targets[0]
            if (isinstance(targets, ast.Name) and targets.id == "__all__") or (
                    isinstance(targets, ast.Tuple) and all(isinstance(t, ast.Name) and t.id.isupper() for t in targets.elts)):
                out.add(id(node.value))
    return out


def _places(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, what, strings) of each regex and string table of a module."""
    out = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _names_of_code(tree)
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RE_CALLS \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args:
            out.append((node.lineno, "regex", _strings(node.args[0])))
        elif isinstance(node, (ast.Set, ast.List, ast.Tuple)) and len(node.elts) >= 2 and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            out.append((node.lineno, "table", [e.value for e in node.elts]))
        elif isinstance(node, ast.Dict) and len(node.keys) >= 2 and all(
                isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys):
            out.append((node.lineno, "table", [k.value for k in node.keys]))
    return out


def _words(text: str, table: bool) -> list[str]:
    if table and text in IDENTIFIERS:
        return []  # a key of the data ("key_messages", "national-government"), spelt whole
    return [w for w in re.findall(r"[^\W\d_]{3,}", _SYNTAX.sub(" ", text))
            if fold(w) in LEXICON_WORDS and w not in IDENTIFIERS and fold(w) not in IDENTIFIERS]


@pytest.mark.parametrize("path", STAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_natural_language_word_in_a_regex_or_table(path):
    found = [f"{path.name}:{line} {what}: {words}" for line, what, texts in _places(path)
             for words in [[w for t in texts for w in _words(t, what == "table")]] if words]
    assert not found, "words that belong in a language file:\n" + "\n".join(found)


@pytest.mark.parametrize("path", STAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_capital_letters_of_any_script(path):
    found = [f"{path.name}:{line}" for line, what, texts in _places(path) if what == "regex"
             for t in texts if re.search(r"A-Z|a-z|À-|à-|ß-", t)]
    assert not found, "Latin-only letter ranges (write [\\p{Lu}] with text.cased):\n" + "\n".join(found)


def test_the_check_finds_a_word_and_a_latin_range(tmp_path):
    """The checks can fail: a module with words in a regex and a table, and an A-Z class."""
    bad = tmp_path / "bad.py"
    bad.write_text('import re\nX = re.compile(r"(?:Ministry|Ministerio)\\s+[A-Z]")\nY = ("the", "los")\n',
                   encoding="utf-8")
    places = _places(bad)
    assert [w for _, what, texts in places for t in texts for w in _words(t, what == "table")] == \
        ["Ministry", "Ministerio", "the", "los"]
    assert any(re.search(r"A-Z", t) for _, what, texts in places if what == "regex" for t in texts)
