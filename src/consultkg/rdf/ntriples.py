"""N-Triples strings, escaped for the writer (:mod:`.writer`) and read back: the one reader of the lines the
writer makes, for what needs plain terms fast (the build's figures, the network's digest) rather than an
rdflib graph.

    >>> [(s, p, str(o), o.lang) for s, p, o in parse_lines(['<urn:a> <urn:p> "caf\\u00E9"@fr .'])]
    [('urn:a', 'urn:p', 'café', 'fr')]
    >>> weird = 'say "hi"' + chr(92) + chr(10) + chr(9) + chr(0) + chr(0x202E) + ' café'
    >>> unescape(escape(weird)) == weird
    True
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


class Lit(str):
    """A literal's text with its language tag (``lang``, "" when none)."""

    __slots__ = ("lang",)

    def __new__(cls, value: str, lang: str = ""):
        s = super().__new__(cls, value)
        s.lang = lang
        return s


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')


def _escape_one(m: re.Match) -> str:
    c = m.group(0)
    return _ESCAPES.get(c) or f"\\u{ord(c):04X}"


def escape(text: str) -> str:
    r"""The body of an N-Triples string holding ``text``: ``escape('a"b\n')`` -> ``'a\\"b\\n'``."""
    return _NEEDS_ESCAPE.sub(_escape_one, text)


_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")


def _unescape_one(m: re.Match) -> str:
    if m.group(3) is not None:
        return _ECHAR.get(m.group(3), m.group(0))
    return chr(int(m.group(1) or m.group(2), 16))


def unescape(text: str) -> str:
    r"""The value of an N-Triples string body: ``unescape('a\\"b\\u00E9')`` -> ``'a"bé'``."""
    return _ESCAPE.sub(_unescape_one, text) if "\\" in text else text


def _term(text: str):
    if text[0] == "<":
        return text[1:-1]
    if text[0] == '"':
        end = text.rindex('"')
        tail = text[end + 1:]
        return Lit(unescape(text[1:end]), tail[1:] if tail.startswith("@") else "")
    return text  # a blank node label


def parse_lines(lines: Iterable[str], predicates: Iterable[str] | None = None) -> Iterator[tuple]:
    """(subject, predicate, object) of each N-Triples line (blank lines and comments skipped), only of
    the ``predicates`` (IRIs) when given.

    Subjects and predicates are IRIs or blank nodes, so they end at the first space."""
    wanted = None if predicates is None else {f"<{p}>" for p in predicates}
    for line in lines:
        line = line.strip()
        if not line or line[0] == "#":
            continue
        s, p, rest = line.split(" ", 2)
        if wanted is None or p in wanted:
            yield _term(s), p[1:-1], _term(rest[:-1].rstrip())
