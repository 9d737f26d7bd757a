"""The saved questions shipped with consultkg (``consultkg/queries/*.rq``).

Each file starts with comment lines: the first is the one-line description,
``# param NAME PREFIX: text`` declares a parameter (``NAME!`` when it is
required) whose value is a local name under PREFIX or a full IRI::

    >>> q = get_saved("organisations-for-theme")
    >>> q.params[0].name, q.params[0].prefix
    ('theme', 'ckgt:')
    >>> sorted(saved_questions())[:2]
    ['consultations', 'coordination-group-members']
"""
from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from importlib import resources

from ..errors import ConsultkgError

_PARAM = re.compile(r"^#\s*param\s+(?P<name>\w+)(?P<req>!?)\s+(?P<prefix>\w+:)\s*(?P<text>.*)$")


@dataclass(frozen=True)
class Param:
    name: str
    prefix: str  # "ckgt:" and so on: a bare value is a local name in this namespace
    description: str
    required: bool = False


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str


class UnknownQuery(ConsultkgError):
    pass


def _parse(name: str, text: str) -> SavedQuery:
    comments = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comments.append(line)
    description = comments[0].lstrip("# ").strip() if comments else name
    params = tuple(Param(m["name"], m["prefix"], m["text"].strip(), bool(m["req"]))
                   for m in (_PARAM.match(c) for c in comments) if m)
    return SavedQuery(name, description, params, text)


@functools.cache
def saved_questions() -> dict[str, SavedQuery]:
    """Every saved question by name."""
    folder = resources.files("consultkg") / "queries"
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = _parse(name, entry.read_text(encoding="utf-8"))
    return out


def get_saved(name: str) -> SavedQuery:
    """The saved question ``name``; the error lists the close matches."""
    table = saved_questions()
    if name in table:
        return table[name]
    close = difflib.get_close_matches(name, list(table), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; see 'consultkg query --list'"
    raise UnknownQuery(f"no saved question '{name}'{hint}")
