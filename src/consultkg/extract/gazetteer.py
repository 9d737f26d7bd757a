"""A curated table of well-known bodies: their type and, where certain, Wikidata.

The entries are data, ``ontology/gazetteer.toml``, written by hand, with their names in
Spanish, French and Portuguese where records use them (``names``). ``wikidata`` is filled only where the entity is
beyond doubt; everything else gets its type from :mod:`consultkg.extract.orgs`
rules::

    >>> lookup("United Nations Development Programme").org_type
    'un-entity'
    >>> lookup("UNESCO").wikidata
    'Q7809'
    >>> lookup("Organização Internacional do Trabalho").label
    'International Labour Organization'
"""
from __future__ import annotations

import functools
import tomllib
from typing import NamedTuple

from ..lexicon import FUNCTION_WORDS
from ..vocab import ontology_path
from .names import fold


class Known(NamedTuple):
    label: str
    acronyms: tuple[str, ...]
    org_type: str
    wikidata: str | None = None
    names: tuple[str, ...] = ()  # the name in other languages (matched like the label)


GAZETTEER_FILE = "gazetteer.toml"


@functools.cache
def known() -> tuple[Known, ...]:
    """The entries of ``ontology/gazetteer.toml``, read once."""
    with open(ontology_path(GAZETTEER_FILE), "rb") as fh:
        data = tomllib.load(fh)
    return tuple(Known(e["label"], tuple(e.get("acronyms", ())), e["type"], e.get("wikidata"), tuple(e.get("names", ())))
                 for e in data["organisation"])


@functools.cache
def _index() -> tuple[dict[str, Known], dict[str, Known]]:
    by_name, by_acronym = {}, {}
    for k in known():
        by_name[fold(k.label)] = k
        for n in k.names:
            by_name.setdefault(fold(n), k)
        for a in k.acronyms:
            by_acronym[a if a.isupper() else fold(a)] = k
    return by_name, by_acronym


def lookup(label: str, acronym: str | None = None) -> Known | None:
    """The curated entry for an organisation named ``label`` (or with ``acronym``).

    Names are matched case- and accent-insensitively; an acronym only counts when
    the label does not contradict it (a "Pacific Maritime Association (PMA)" is
    not the World Food Programme, whose Spanish acronym is also PMA).
    """
    by_name, by_acronym = _index()
    hit = by_name.get(fold(label))
    if hit:
        return hit
    for key in (label.strip(), acronym):
        if key and key in by_acronym:
            cand = by_acronym[key]
            if key == label.strip() or _compatible(label, cand):
                return cand
    return None


def _compatible(label: str, known: Known) -> bool:
    """The label shares its distinctive words with the entry's name."""
    stop = FUNCTION_WORDS
    a = set(fold(label).split()) - stop
    b = set(fold(known.label).split()) - stop
    return len(a & b) >= max(1, min(len(a), len(b)) // 2)
