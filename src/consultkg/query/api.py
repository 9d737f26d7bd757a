"""Asking questions: the Python API behind ``consultkg query`` and ``consultkg push``.

    >>> import consultkg
    >>> rows = consultkg.ask("output/", "organisations-for-theme", theme="care")   # doctest: +SKIP
    >>> rows[0]["label"]                                                             # doctest: +SKIP

A question is either SPARQL text or the name of a saved question
(``consultkg query --list``); SOURCE is a graph file, a build folder, a store
made by ``build --store`` or an http(s) SPARQL endpoint.
"""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import BNode, URIRef
from rdflib.term import Node

from .guard import DEFAULT_TIMEOUT
from .child import DEFAULT_MEMORY_MB
from .local import OxigraphSource, open_local
from .params import ParamError, term_of
from .remote import Endpoint, Retry, put_graph
from .results import Result
from .saved import SavedQuery, get_saved, saved_questions


def open_source(source: str | Path, retry: Retry | None = None, timeout: float | None = DEFAULT_TIMEOUT,
                allow_service: bool = False, memory_mb: int | None = DEFAULT_MEMORY_MB):
    """An object with ``run(query, bindings) -> Result`` for any kind of SOURCE.

    A local source (file, build folder, store) stops a query after ``timeout``
    seconds and refuses SERVICE unless ``allow_service``; its evaluation runs in a child process
    that may grow to ``memory_mb`` (``None``: in this process, unbounded); an endpoint's time is
    bounded by ``retry.timeout``.
    """
    s = str(source)
    if re.match(r"^https?://", s):
        return Endpoint(s, retry)
    return open_local(source, timeout=timeout, allow_service=allow_service, memory_mb=memory_mb)


def prepare(question: str | SavedQuery, params: dict[str, str]) -> tuple[str, dict[str, Node]]:
    """The query text and its bindings; values of a saved question's parameters become terms."""
    if isinstance(question, SavedQuery):
        declared = {p.name: p for p in question.params}
        unknown = sorted(set(params) - set(declared))
        if unknown:
            known = ", ".join(declared) or "none"
            raise ParamError(f"'{question.name}' takes no parameter {', '.join(unknown)} (parameters: {known})")
        missing = [p.name for p in question.params if p.required and p.name not in params]
        if missing:
            raise ParamError(f"'{question.name}' needs --param {missing[0]}=VALUE")
        return question.text, {k: term_of(v, declared[k].prefix) for k, v in params.items()}
    return question, {k: term_of(v, None) for k, v in params.items()}


def is_saved_name(text: str) -> bool:
    return bool(re.fullmatch(r"[a-z][a-z0-9-]*", text.strip()))


def run(source, question: str | SavedQuery, params: dict[str, str] | None = None,
        timeout: float | None = DEFAULT_TIMEOUT, allow_service: bool = False,
        memory_mb: int | None = DEFAULT_MEMORY_MB) -> Result:
    """Run SPARQL text or a saved question (object or name) on SOURCE (within the limits of :func:`open_source`)."""
    if isinstance(question, str) and is_saved_name(question):
        question = get_saved(question.strip())
    text, bindings = prepare(question, params or {})
    src = source if hasattr(source, "run") else open_source(source, timeout=timeout, allow_service=allow_service,
                                                            memory_mb=memory_mb)
    return src.run(text, bindings)


def query(source, sparql_or_name: str, *, timeout: float | None = DEFAULT_TIMEOUT, allow_service: bool = False,
          memory_mb: int | None = DEFAULT_MEMORY_MB, **params: str):
    """Rows for SELECT, a bool for ASK, an rdflib Graph for CONSTRUCT and DESCRIBE.

    A row is a dict of plain Python values: IRIs as ``str``, literals as their
    Python value (``str``, ``int``, ``datetime.date``, ...); unbound variables
    are left out. ``run`` gives the RDF terms themselves. A local query stops
    after ``timeout`` seconds (:class:`~consultkg.query.guard.QueryTimeout`)
    and SERVICE is refused unless ``allow_service``, as on the command line; its evaluation may
    grow to ``memory_mb`` (:class:`~consultkg.query.child.QueryCrashed` beyond).
    """
    result = run(source, sparql_or_name, params, timeout=timeout, allow_service=allow_service, memory_mb=memory_mb)
    if result.kind == "select":
        return [{k: (str(v) if isinstance(v, (URIRef, BNode)) else v.toPython()) for k, v in row.items()}
                for row in result.dicts()]
    return result.boolean if result.kind == "ask" else result.graph


def push(source: str | Path, store_url: str, retry: Retry | None = None) -> list[str]:
    """PUT every named graph of SOURCE (a graph file, build folder or store) to a Graph Store Protocol server.

    Returns the graph IRIs sent. Each PUT replaces one graph, so pushing twice
    changes nothing.
    """
    local = open_local(source)
    graphs = sorted(g.value for g in local.store.named_graphs() if hasattr(g, "value"))
    for iri in graphs:
        data = _graph_ntriples(local, iri)
        put_graph(store_url, iri, data, retry)
    return graphs


def _graph_ntriples(local: OxigraphSource, iri: str) -> bytes:
    import pyoxigraph as ox
    quads = local.store.quads_for_pattern(None, None, None, ox.NamedNode(iri))
    return ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                        format=ox.RdfFormat.N_TRIPLES) or b""


def listing() -> list[tuple[str, str, str]]:
    """(name, description, parameters) of every saved question."""
    out = []
    for name, q in saved_questions().items():
        params = " ".join(f"--param {p.name}=…{'' if p.required else ' (optional)'}" for p in q.params)
        out.append((name, q.description, params))
    return out


__all__ = ["query", "run", "push", "open_source", "listing"]
