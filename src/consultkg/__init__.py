"""consultkg: stakeholder-consultation records to a linked-data knowledge graph.

    >>> from consultkg.build.run import build
    >>> report = build(["data/"], "output/")   # doctest: +SKIP
"""
from __future__ import annotations

__version__ = "0.1.0"


def ask(source, sparql_or_name: str, **params: str):
    """Ask SOURCE a question: SPARQL text or a saved question's name (see ``consultkg query --list``); the
    Python side of ``consultkg query`` (the query stage itself is the package :mod:`consultkg.query`).

    Returns a list of ``{variable: term}`` dicts for SELECT, a bool for ASK and an
    rdflib Graph for CONSTRUCT/DESCRIBE::

        >>> import consultkg
        >>> consultkg.ask("output/", "people")                      # doctest: +SKIP
        >>> consultkg.ask("output/", "evidence", theme="care")      # doctest: +SKIP
    """
    from .query.api import query as _query

    return _query(source, sparql_or_name, **params)
